"""``segment``, ``translate`` and ``build``: the article-facing commands."""

from __future__ import annotations

import json
import sys
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict
from pathlib import Path

import click

from newsl10n.cli import main

ARTICLE = click.Path(
    path_type=Path, dir_okay=True, allow_dash=True
)  # existence is checked with a clearer message


def _format_names() -> list[str]:
    from newsl10n.formats import format_names

    return format_names()


FORMAT_OPTION = click.option(
    "--format",
    "fmt",
    default="auto",
    show_default=True,
    type=click.Choice(_format_names()),
    help="Article format; auto: by extension, then by content.",
)
NAME_OPTION = click.option(
    "--name", default="", help="Output name when the article comes from standard input ('-')."
)
KEEP_ALL_OPTION = click.option("--keep-all", is_flag=True, help="Keep every block: drop no page furniture.")


def _echo_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _unit_json(unit) -> dict:
    """A unit for scripts: its place, kind and text; inline codes (PO form) only where it has some."""
    data = {
        "id": unit.id,
        "kind": str(unit.kind),
        "paragraph": unit.paragraph,
        "sentence": unit.sentence,
        "line": unit.line,
        "text": unit.text,
    }
    if unit.codes:
        data["codes"] = {f"<{code.id}>": code.label for code in unit.codes}
    return data


def _kinds(value: str) -> frozenset:
    from newsl10n.errors import UserError
    from newsl10n.model import Kind

    kinds = set()
    for raw in filter(None, (part.strip() for part in value.split(","))):
        try:
            kinds.add(Kind(raw))
        except ValueError:
            known = ", ".join(kind.value for kind in Kind)
            raise UserError(f"unknown unit kind {raw!r} for --skip-kinds (kinds: {known})") from None
    return frozenset(kinds)


@main.command()
@click.argument("article", type=ARTICLE)
@click.option("--json", "as_json", is_flag=True, help="Print units and dropped blocks as JSON.")
@FORMAT_OPTION
@NAME_OPTION
@KEEP_ALL_OPTION
def segment(article: Path, as_json: bool, fmt: str, name: str, keep_all: bool) -> None:
    """Split ARTICLE into translatable units (headline, paragraphs, sentences) with their kinds."""
    from newsl10n import api

    result = api.segment(
        article, fmt, name=name or ("stdin" if str(article) == "-" else ""), keep_all=keep_all
    )
    if as_json:
        _echo_json(
            {
                "units": [_unit_json(u) for u in result.units],
                "dropped": [asdict(d) for d in result.dropped],
                "notices": result.notices,
            }
        )
        return
    for unit in result.units:
        click.echo(f"{unit.id}\t{unit.line}\t{unit.text}")
    for dropped in result.dropped:
        click.echo(f"dropped line {dropped.line}: {dropped.text!r} ({dropped.reason})", err=True)
    for notice in result.notices:
        click.echo(f"{article}: {notice}", err=True)


@main.command()
@click.argument("articles", nargs=-1, required=True, type=ARTICLE)
@click.option("--to", "languages", required=True, multiple=True, help="Target languages, e.g. ru,uk,de.")
@click.option(
    "--engine",
    default="auto",
    show_default=True,
    type=click.Choice(["auto", "argos", "none", "pseudo"]),
    help="auto: Argos where a model is installed (or installable), else empty entries for translators.",
)
@click.option(
    "--out", "out_dir", default="l10n", show_default=True, type=click.Path(path_type=Path, file_okay=False)
)
@click.option(
    "--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path), help="CSV/TBX file or folder."
)
@click.option(
    "--tm",
    "tm_paths",
    multiple=True,
    type=click.Path(path_type=Path),
    help="PO or TMX file, or folder of them, to reuse.",
)
@click.option("--no-tm", is_flag=True, help="Do not reuse translations from other PO files.")
@click.option(
    "--tm-threshold",
    type=click.FloatRange(0, 100, min_open=True),
    default=75,
    show_default=True,
    help="Least similarity (percent) for a memory suggestion of a similar sentence.",
)
@click.option(
    "--beam-size", type=click.IntRange(1, 16), default=None, help="Beam width (default: see README)."
)
@click.option("--device", default="auto", show_default=True, type=click.Choice(["auto", "cpu", "cuda"]))
@click.option(
    "--threads", type=click.IntRange(1, 256), default=None, help="CPU threads (default: all cores)."
)
@click.option("--offline", is_flag=True, help="Never reach the Argos package index.")
@FORMAT_OPTION
@NAME_OPTION
@KEEP_ALL_OPTION
@click.option(
    "--alone",
    is_flag=True,
    help="Read each article on its own: learn no furniture from the other articles or those in DIR.",
)
@click.option(
    "--skip-kinds",
    default="",
    metavar="KINDS",
    help="Leave these unit kinds untranslated, e.g. byline,credit.",
)
@click.option("--no-wait", is_flag=True, help="Fail at once when another run holds the output folder.")
@click.option(
    "--jobs",
    type=click.IntRange(1, 256),
    default=None,
    help="Worker processes (default: one per core on big runs).",
)
@click.option(
    "--cluster",
    metavar="ADDRESS",
    envvar="DASK_SCHEDULER_ADDRESS",
    show_envvar=True,
    default=None,
    help="Run on the Dask cluster whose scheduler is here, e.g. tcp://host:8786 (needs newsl10n[cluster]).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
def translate(
    articles: tuple[Path, ...],
    languages: tuple[str, ...],
    engine: str,
    out_dir: Path,
    glossaries: tuple[Path, ...],
    tm_paths: tuple[Path, ...],
    no_tm: bool,
    tm_threshold: float,
    beam_size: int | None,
    device: str,
    threads: int | None,
    offline: bool,
    fmt: str,
    name: str,
    keep_all: bool,
    alone: bool,
    skip_kinds: str,
    no_wait: bool,
    jobs: int | None,
    cluster: str | None,
    as_json: bool,
) -> None:
    """Translate ARTICLES and write DIR/NAME.pot, DIR/LANG/NAME.po and the localized DIR/LANG/NAME.<ext>."""
    from newsl10n import api
    from newsl10n.engines import EngineOptions

    options = EngineOptions(beam_size=beam_size, device=device, threads=threads, offline=offline)
    with _cluster_runner(cluster, jobs, engine, options) as runner:
        report = api.translate(
            articles,
            languages,
            engine=engine,
            out_dir=out_dir,
            glossary_paths=glossaries,
            tm_paths=tm_paths,
            use_tm=not no_tm,
            tm_threshold=tm_threshold / 100,
            options=options,
            fmt=fmt,
            name=name,
            keep_all=keep_all,
            alone=alone,
            skip_kinds=_kinds(skip_kinds),
            wait=not no_wait,
            jobs=jobs,
            runner=runner,
        )
    if as_json:
        _echo_json(
            {
                "articles": [
                    {
                        "path": str(a.path),
                        "units": len(a.units),
                        "dropped": [asdict(d) for d in a.dropped],
                        "notices": a.notices,
                    }
                    for a in report.articles
                ],
                "languages": [asdict(s) for s in report.languages],
            }
        )
        return
    for article in report.articles:
        for dropped in article.dropped:
            click.echo(
                f"{article.path}: dropped line {dropped.line} {dropped.text!r} ({dropped.reason})", err=True
            )
        for notice in article.notices:
            click.echo(f"{article.path}: {notice}", err=True)
    for s in report.languages:
        line = f"{s.lang}: {s.units} units: {s.tm} from memory ({s.reviewed} reviewed), {s.mt} machine, {s.empty} empty"
        if s.problems:
            line += f"; {s.problems} with problems (see comments in the PO file)"
        click.echo(line, err=True)
        if s.least_confident:
            click.echo(f"{s.lang}: least confident machine translations (review these first):", err=True)
            for item in s.least_confident:
                click.echo(f"  {item['confidence']:.0%}  {item['file']}: {item['msgid'][:70]}", err=True)
    click.echo(f"wrote {out_dir}/", err=True)


def _cluster_runner(address: str | None, jobs: int | None, engine: str, options) -> AbstractContextManager:
    """A Dask runner when ``--cluster`` (or ``DASK_SCHEDULER_ADDRESS``) names a scheduler, else nothing."""
    if not address:
        return nullcontext()
    from newsl10n.errors import UserError

    if jobs is not None:
        raise UserError("--jobs runs worker processes here, --cluster on Dask workers: give one of them")
    from newsl10n.cluster import DaskRunner  # says how to install Dask when it is missing

    return DaskRunner(engine, options, address)


@main.command()
@click.argument("article", type=ARTICLE)
@click.option(
    "--po", "po_path", required=True, type=click.Path(path_type=Path), help="The translated PO file."
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write here (default stdout)."
)
@click.option("--reviewed-only", is_flag=True, help="Leave out fuzzy (unreviewed) translations.")
@FORMAT_OPTION
@NAME_OPTION
def build(
    article: Path, po_path: Path, output: Path | None, reviewed_only: bool, fmt: str, name: str
) -> None:
    """Write the localized ARTICLE, in its own format, from its PO file."""
    from newsl10n import api
    from newsl10n.errors import UserError

    if not po_path.is_file():
        raise UserError(f"{po_path}: no such PO file")
    name = name or (po_path.stem if str(article) == "-" else "")
    result = api.build(article, po_path, output=output, reviewed_only=reviewed_only, fmt=fmt, name=name)
    if output is None:
        sys.stdout.write(result.text)
    if result.fallback:
        click.echo(
            f"{result.fallback} of {result.translated + result.fallback} units left in English", err=True
        )
