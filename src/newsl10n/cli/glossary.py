"""``glossary``: list the terms in force, import TBX from termbases, export CSV or TBX."""

from __future__ import annotations

import json
from pathlib import Path

import click

from newsl10n.cli import main

GLOSSARY_OPTION = click.option(
    "--glossary",
    "paths",
    multiple=True,
    type=click.Path(path_type=Path),
    help="CSV/TBX file or folder, after the shipped glossary (repeatable; later files win).",
)
NO_SHIPPED_OPTION = click.option(
    "--no-shipped", is_flag=True, help="Leave out the shipped glossary/news.csv."
)
OUTPUT_OPTION = click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout."
)


@main.group()
def glossary() -> None:
    """Inspect, import and export glossaries (CSV for editors, TBX for termbases)."""


@glossary.command("list")
@click.option("--lang", help="Only terms with a rule for this language, e.g. ru.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout.")
@GLOSSARY_OPTION
@NO_SHIPPED_OPTION
def list_terms(lang: str | None, as_json: bool, paths: tuple[Path, ...], no_shipped: bool) -> None:
    """List the terms in force: the shipped glossary and any --glossary files."""
    from newsl10n.errors import UserError
    from newsl10n.glossary import load_glossaries

    terms = load_glossaries(paths, include_shipped=not no_shipped)
    languages = terms.languages()
    if lang:
        if not terms.for_language(lang):
            known = ", ".join(languages) or "none"
            raise UserError(f"no glossary term has a target for {lang!r} (languages: {known})")
        languages = [lang]
    selected = [term for term in terms if not lang or term.rule(lang)]
    if as_json:
        rows = [
            {
                "en": list(term.sources),
                "targets": {code: list(term.rule(code)) for code in languages if term.rule(code)},
                "do_not_translate": [code for code in languages if term.keeps_source(code)],
                "note": term.note,
            }
            for term in selected
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for term in selected:
        if lang:
            keep = " (do not translate)" if term.keeps_source(lang) else ""
            click.echo(f"{'|'.join(term.sources)} → {'|'.join(term.rule(lang))}{keep}")
        else:
            targets = "  ".join(
                f"{code}: {'|'.join(term.rule(code))}" for code in languages if term.rule(code)
            )
            click.echo(f"{'|'.join(term.sources)} → {targets}")
        if term.note:
            click.echo(f"    {term.note}")


@glossary.command("import")
@click.argument("tbx_file", type=click.Path(path_type=Path))
@OUTPUT_OPTION
def import_tbx(tbx_file: Path, output: Path | None) -> None:
    """Convert TBX_FILE (TBX-Basic, e.g. a Weblate or OmegaT export) to a glossary CSV."""
    from newsl10n.errors import UserError
    from newsl10n.glossary import Glossary
    from newsl10n.glossary.csvfile import format_csv
    from newsl10n.glossary.tbx import read_tbx

    if not tbx_file.is_file():
        raise UserError(f"{tbx_file}: TBX file not found")
    terms = Glossary(read_tbx(tbx_file))
    _emit(format_csv(terms, terms.languages()), output)
    if output:
        click.echo(f"{output}: {len(terms)} terms imported from {tbx_file}", err=True)


@glossary.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["tbx", "csv"]),
    default="tbx",
    show_default=True,
    help="Output format.",
)
@GLOSSARY_OPTION
@NO_SHIPPED_OPTION
@OUTPUT_OPTION
def export(fmt: str, paths: tuple[Path, ...], no_shipped: bool, output: Path | None) -> None:
    """Write the terms in force (shipped glossary and --glossary files merged) as TBX or CSV."""
    from newsl10n.glossary import load_glossaries
    from newsl10n.glossary.csvfile import format_csv
    from newsl10n.glossary.tbx import format_tbx

    terms = load_glossaries(paths, include_shipped=not no_shipped)
    formatter = format_tbx if fmt == "tbx" else format_csv
    _emit(formatter(terms, terms.languages()), output)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    from newsl10n.fsio import atomic_write_text

    atomic_write_text(output, text)
