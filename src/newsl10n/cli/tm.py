"""``tm``: the translation memory to and from TMX (what CAT tools and Weblate read), and a lookup to try it."""

from __future__ import annotations

import json
from pathlib import Path

import click

from newsl10n.cli import main

MEMORY_PATH = click.Path(path_type=Path)


def _languages(value: str | None) -> list[str]:
    return [code.strip() for code in (value or "").split(",") if code.strip()]


@main.group()
def tm() -> None:
    """Export the translation memory as TMX, import TMX from CAT tools, look a sentence up."""


@tm.command("export")
@click.argument("paths", nargs=-1, required=True, type=MEMORY_PATH)
@click.option("--lang", help="Only these target languages, e.g. ru or ru,uk (default: every one found).")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout."
)
def export(paths: tuple[Path, ...], lang: str | None, output: Path | None) -> None:
    """Write the reviewed translations of PATHS (PO or TMX files, or folders such as l10n/) as TMX 1.4b."""
    from newsl10n.errors import UserError
    from newsl10n.fsio import atomic_write_text
    from newsl10n.tm.exchange import collect_export
    from newsl10n.tm.tmx import tmx_text

    wanted = _languages(lang)
    collected = collect_export(paths, wanted)
    if not collected.files:
        raise UserError(f"no PO or TMX file under {', '.join(map(str, paths))}")
    text = tmx_text(collected.entries)
    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write_text(output, text)
        languages = ", ".join(sorted(collected.languages)) or "none"
        click.echo(
            f"{output}: {len(collected.entries)} translation units ({languages}) "
            f"from {collected.files} files",
            err=True,
        )
    if collected.unwritable:
        click.echo(
            f"newsl10n: {collected.unwritable} entries left out: they hold control characters XML cannot",
            err=True,
        )


@tm.command("import")
@click.argument("tmx_file", type=MEMORY_PATH)
@click.option(
    "-o",
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the catalogs: OUT/<lang>/<name>.po (give it to translate --tm).",
)
@click.option(
    "--lang", help="Only these target languages, e.g. ru or ru,uk (default: every one in the file)."
)
@click.option("--replace", is_flag=True, help="Overwrite catalogs an earlier import wrote.")
def import_(tmx_file: Path, out_dir: Path, lang: str | None, replace: bool) -> None:
    """Turn TMX_FILE (from Trados, memoQ, OmegaT, Weblate) into PO catalogs of reviewed translations."""
    from newsl10n.tm.exchange import import_tmx

    written = import_tmx(tmx_file, out_dir, _languages(lang), replace=replace)
    for path, count in written.items():
        click.echo(f"{path}: {count} translations from {tmx_file}", err=True)


@tm.command("lookup")
@click.argument("sentence")
@click.option("--lang", required=True, help="Target language, e.g. ru.")
@click.option(
    "--tm", "tm_paths", multiple=True, required=True, type=MEMORY_PATH, help="PO/TMX file or folder."
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 100, min_open=True),
    default=75,
    show_default=True,
    help="Least similarity for a suggestion, in percent.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the match as JSON.")
def lookup(sentence: str, lang: str, tm_paths: tuple[Path, ...], threshold: float, as_json: bool) -> None:
    """Show what the memory suggests for SENTENCE (the same sentence, else the most similar one)."""
    from newsl10n.memory import TranslationMemory

    memory = TranslationMemory(lang, threshold=threshold / 100)
    memory.add_files(tm_paths)
    match = memory.lookup(sentence) or memory.lookup_similar(sentence)
    if as_json:
        data = None
        if match is not None:
            data = {
                "source": match.source,
                "target": match.target,
                "score": round(match.score, 4),
                "fuzzy": match.fuzzy,
                "file": match.source_file.as_posix(),
                "carried": [str(s) for s in match.substitutions],
                "problems": list(match.unresolved),
            }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if match is None:
        click.echo(
            f"no suggestion at {threshold:g}% or more ({len(memory)} sentences in the memory)", err=True
        )
        raise SystemExit(1)
    click.echo(f"{match.score:.0%} from {match.source_file.as_posix()}")
    click.echo(f"  memory: {match.source}")
    click.echo(f"  target: {match.target}")
    for substitution in match.substitutions:
        click.echo(f"  carried over: {substitution}")
    for line in match.unresolved:
        click.echo(f"  problem: {line}")
