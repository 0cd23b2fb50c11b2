"""``check``: report problems in PO files; exit 1 when any remain."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from newsl10n.cli import main


@main.command()
@click.argument("po_files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path), help="CSV/TBX file or folder."
)
@click.option(
    "--fix",
    is_flag=True,
    help="Repair what can be repaired: fuzzy entries get the desk's style, reviewed ones only plain "
    "errors. Only fixed entries change in the file.",
)
@click.option("--only", "only", metavar="CHECKS", help="Run only these checks, e.g. quotes,number.")
@click.option("--skip", "skip", metavar="CHECKS", help="Leave out these checks, e.g. case,dash.")
@click.option(
    "--strict",
    is_flag=True,
    help="Also report style: title case of unknown kinds, accepted "
    "but non-preferred quotes and apostrophes, dashes, re-wrapped lines.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
def check(
    po_files: tuple[Path, ...],
    glossaries: tuple[Path, ...],
    fix: bool,
    only: str | None,
    skip: str | None,
    strict: bool,
    as_json: bool,
) -> None:
    """Check translations in PO_FILES (files or folders): placeholders, tags, numbers, quotes, glossary
    terms, untranslated entries. Exempt one entry with a translator comment "# newsl10n-skip: quotes"."""
    from newsl10n import api
    from newsl10n.checks import Selection, check_names

    selection = Selection(check_names(only), check_names(skip) or frozenset(), strict)
    reports = api.check(po_files, glossaries, fix=fix, selection=selection)
    for report in reports:
        for note in report.notes:
            click.echo(note, err=True)
    if as_json:
        click.echo(json.dumps([_report_dict(r) for r in reports], ensure_ascii=False, indent=2))
    else:
        for report in reports:
            _print_report(report)
    if any(report.problem_count for report in reports):
        sys.exit(1)


def _report_dict(report) -> dict:
    return {
        "path": str(report.path),
        "language": report.lang,
        "entries": report.total,
        "translated": report.translated,
        "fuzzy": report.fuzzy,
        "untranslated": report.untranslated,
        "plural": report.plural,
        "problems": report.problem_count,
        "fixed": report.fixed,
        "fixed_entries": report.fixed_entries,
        "notes": report.notes,
        "details": [
            {
                "line": e.line,
                "msgid": e.msgid,
                "form": e.form,
                "problems": [{"check": p.check, "message": p.message} for p in e.problems],
                "changes": [str(change) for change in e.changes],
            }
            for e in report.entries
        ],
    }


def _print_report(report) -> None:
    for entry in report.entries:
        form = f"msgstr[{entry.form}]: " if entry.form is not None else ""
        for change in entry.changes:
            click.echo(f"{report.path}:{entry.line}: {form}fixed: {change}")
        for problem in entry.problems:
            click.echo(f"{report.path}:{entry.line}: {form}{problem.check}: {problem.message}")
    status = f"{_count(report.fixed_entries, 'entry', 'entries')} fixed; " if report.fixed else ""
    click.echo(
        f"{report.path}: {_count(report.total, 'entry', 'entries')}, {report.translated} translated, "
        f"{report.fuzzy} fuzzy, {report.untranslated} untranslated; "
        f"{status}{_count(report.problem_count, 'problem', 'problems')}",
        err=True,
    )


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"
