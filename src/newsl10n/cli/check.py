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
@click.option("--fix", is_flag=True, help="Repair what can be repaired and rewrite the files.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
def check(po_files: tuple[Path, ...], glossaries: tuple[Path, ...], fix: bool, as_json: bool) -> None:
    """Check translations in PO_FILES (files or folders): glossary terms, numbers, quotes, placeholders,
    untranslated entries."""
    from newsl10n import api

    reports = api.check(po_files, glossaries, fix=fix)
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
        "problems": report.problem_count,
        "fixed": report.fixed,
        "details": [
            {
                "line": e.line,
                "msgid": e.msgid,
                "problems": [{"check": p.check, "message": p.message} for p in e.problems],
                "changes": [str(change) for change in e.changes],
            }
            for e in report.entries
        ],
    }


def _print_report(report) -> None:
    for entry in report.entries:
        for change in entry.changes:
            click.echo(f"{report.path}:{entry.line}: fixed: {change}")
        for problem in entry.problems:
            click.echo(f"{report.path}:{entry.line}: {problem.check}: {problem.message}")
    status = "fixed and rewritten; " if report.fixed else ""
    click.echo(
        f"{report.path}: {report.total} entries, {report.translated} translated, {report.fuzzy} fuzzy, "
        f"{report.untranslated} untranslated; {status}{report.problem_count} problems",
        err=True,
    )
