"""``check``: what is wrong in PO files, and ``--fix`` for what can be repaired.

The same checkers that run in ``translate`` run here on any catalog, including one translated
elsewhere or by hand. Every file is read and checked before any is rewritten, so one malformed file
leaves all of them untouched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsl10n import checks
from newsl10n.catalog import declared_language, find_po_files, load_catalog, save_catalog
from newsl10n.errors import UserError
from newsl10n.glossary import load_glossaries
from newsl10n.languages import validate_language
from newsl10n.model import Change, Problem, Segment


@dataclass
class EntryReport:
    msgid: str
    line: int
    problems: list[Problem] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)


@dataclass
class FileReport:
    path: Path
    lang: str
    total: int = 0
    translated: int = 0  # reviewed: translated and not fuzzy
    fuzzy: int = 0
    untranslated: int = 0
    fixed: bool = False  # the file was rewritten by --fix
    entries: list[EntryReport] = field(default_factory=list)  # only entries with problems or changes

    @property
    def problem_count(self) -> int:
        return sum(len(entry.problems) for entry in self.entries)


def catalog_language(catalog, path: Path) -> str:
    declared = declared_language(catalog)
    if not declared:
        raise UserError(f"{path}: the PO header has no Language; add e.g. 'Language: ru'")
    return validate_language(declared)


def check_catalogs(
    paths: Sequence[Path | str], glossary_paths: Sequence[Path] = (), fix: bool = False
) -> list[FileReport]:
    """Check (and with ``fix``, repair) PO files or folders of them; a file is rewritten only if a fix changed it."""
    loaded = []
    files = find_po_files(paths)
    if not files:
        raise UserError(f"no PO files in {', '.join(map(str, paths))}")
    for path in files:
        catalog = load_catalog(path)
        loaded.append((path, catalog, catalog_language(catalog, path)))

    glossary = load_glossaries(glossary_paths)
    checker_cache: dict[str, list] = {}
    reports: list[FileReport] = []
    for path, catalog, lang in loaded:
        if lang not in checker_cache:
            checker_cache[lang] = checks.checkers_for(lang, glossary)
        report = _check_catalog(path, catalog, lang, checker_cache[lang], fix)
        reports.append(report)
    for report, (path, catalog, _) in zip(reports, loaded, strict=True):
        if report.fixed:
            save_catalog(catalog, path)
    return reports


def _check_catalog(path: Path, catalog, lang: str, checkers: list, fix: bool) -> FileReport:
    report = FileReport(path, lang)
    for entry in catalog:
        if entry.obsolete or not entry.msgid or entry.msgid_plural:
            continue
        report.total += 1
        if not entry.msgstr:
            report.untranslated += 1
        elif entry.fuzzy:
            report.fuzzy += 1
        else:
            report.translated += 1
        segment = Segment(
            source=entry.msgid,
            lang=lang,
            target=entry.msgstr,
            fuzzy=entry.fuzzy,
            origin="reviewed" if entry.msgstr and not entry.fuzzy else ("mt" if entry.msgstr else ""),
        )
        changes = checks.repair(segment, checkers) if fix else []
        if changes and segment.target != entry.msgstr:
            entry.msgstr = segment.target
            report.fixed = True
        problems = checks.inspect(segment, checkers)
        if problems or changes:
            report.entries.append(EntryReport(entry.msgid, entry.linenum, problems, changes))
    return report
