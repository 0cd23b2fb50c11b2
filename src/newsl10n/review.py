"""``check``: what is wrong in PO files, and ``--fix`` for what can be repaired.

The same checkers that run in ``translate`` run here on any catalog, including one translated elsewhere
or by hand. Every file is read and checked before any is rewritten, so one malformed file leaves all of
them untouched, and a file is rewritten only where an entry was fixed, in its own wrapping
(:mod:`newsl10n.po`): header, comments, ``#|`` and ``#~|`` lines and every other entry stay byte for byte.

What ``--fix`` may do depends on the entry:

- a fuzzy entry (machine output, a draft) gets the desk's style: quotes, dashes, apostrophes, number
  marks, glossary terms; no-break spaces and collapsed spaces only where it is our own machine output;
- a reviewed entry is a translator's decision: only glossary terms and plain errors are repaired
  (straight quotation marks around prose, a hyphen standing for a dash, English number marks, outer
  whitespace the source has), never its style; each change is reported;
- a ``#, no-wrap`` entry (a verbatim block) keeps its spacing and typography;
- a catalog whose translators quote with straight marks throughout (git's ``"%s"``) keeps that style, and
  a catalog of program messages its re-wrapped lines: both reported only under ``--strict``;
- an entry whose translator comment says ``newsl10n-skip: quotes, number`` (or that has the flag
  ``newsl10n-skip-quotes``) is exempt from those checks.

Plural entries are checked form by form (``msgstr[n]``), each against ``msgid_plural`` (or ``msgid`` for
a form the plural rule uses for one number only, which may leave the number out, as gettext allows).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsl10n import checks
from newsl10n.catalog import MACHINE_NOTE, PSEUDO_NOTE, find_po_files
from newsl10n.checks import Selection
from newsl10n.errors import UserError
from newsl10n.fsio import Fingerprint, Transaction
from newsl10n.glossary import load_glossaries
from newsl10n.languages import SOURCE_LANGUAGE, base_language, validate_language
from newsl10n.model import Change, Code, Kind, Problem, Provenance, Segment
from newsl10n.po import Catalog, Entry, read_catalog, render
from newsl10n.po.checks import catalog_plural_forms
from newsl10n.po.plurals import PluralForms

SKIP_COMMENT_RE = re.compile(r"^\s*newsl10n-skip:\s*(?P<checks>[\w\s,-]+?)\s*$")
SKIP_FLAG_PREFIX = "newsl10n-skip-"
# What a verbatim (no-wrap) block keeps as it is: its spacing and its typography.
VERBATIM_SKIPS = frozenset(
    {"quotes", "dash", "apostrophe", "spaces", "nbsp", "doublespaces", "number", "amount", "case", "brackets"}
)
# What a program's messages may keep as their own convention (terminal output): lines wrapped the
# translator's way, a spaced hyphen as in the English message. Reported only under --strict.
PROGRAM_STYLE = frozenset({"newlines", "dash"})
_TYPOGRAPHIC_QUOTES = frozenset("«»„“”‚‘›‹")
_LOCATION_RE = re.compile(r"^(?P<kind>[a-z-]+)(?: \d+)?(?:, sentence \d+)?$")
_LEGEND_RE = re.compile(r"^<(?P<id>[1-9][0-9]{0,3})(?P<empty>/?)> = (?P<label>.*)$")
OWN_GENERATOR = "newsl10n"


@dataclass
class EntryReport:
    msgid: str
    line: int  # the msgstr line (msgstr[n] for a plural form), as msgfmt and Poedit report
    problems: list[Problem] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    form: int | None = None  # the plural form, None for a singular entry


@dataclass
class FileReport:
    path: Path
    lang: str
    total: int = 0
    translated: int = 0  # reviewed: translated and not fuzzy
    fuzzy: int = 0
    untranslated: int = 0
    plural: int = 0  # entries with plural forms (each form is checked)
    fixed: bool = False  # the file was rewritten by --fix
    entries: list[EntryReport] = field(default_factory=list)  # only entries with problems or changes
    notes: list[str] = field(default_factory=list)  # one-line remarks, e.g. where the language came from

    @property
    def problem_count(self) -> int:
        return sum(len(entry.problems) for entry in self.entries)

    @property
    def fixed_entries(self) -> int:
        return len({(entry.msgid, entry.form) for entry in self.entries if entry.changes})


def catalog_language(catalog: Catalog, path: Path) -> tuple[str, str]:
    """The catalog's language and, when it came from the path, a one-line note saying so.

    ``ru_RU``, ``uk-UA`` and ``de_DE@euro`` are read as their language with its region; without a
    ``Language`` header the path decides (``de.po``, ``de/LC_MESSAGES/x.po``, ``l10n/de/x.po``).
    """
    declared = catalog.header_field("Language").strip()
    if declared:
        lang = validate_language(declared.split("@")[0])
        folder = _folder_language(path)
        if folder and base_language(folder) != base_language(lang):
            raise UserError(
                f"{path}: its header says 'Language: {declared}' but it sits in the {folder} folder; "
                "fix the header or move the file"
            )
        return lang, ""
    for candidate in _path_languages(path):
        return candidate, f"{path}: no Language header; checking it as {candidate!r}, from its path"
    raise UserError(f"{path}: the PO header has no Language and the path names none; add e.g. 'Language: ru'")


def _folder_language(path: Path) -> str:
    """The language the file's folder names (``l10n/ru/x.po``, ``ru/LC_MESSAGES/x.po``), or ""."""
    parents = [part for part in reversed(path.parent.parts[-3:]) if part != "LC_MESSAGES"]
    for name in parents[:1]:
        if re.fullmatch(r"[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?(?:@\w+)?", name):
            try:
                return validate_language(name.split("@")[0])
            except UserError:
                return ""
    return ""


def _path_languages(path: Path) -> list[str]:
    names = [path.stem, *(part for part in reversed(path.parent.parts[-3:]) if part != "LC_MESSAGES")]
    found = []
    for name in names:
        if not re.fullmatch(r"[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?(?:@\w+)?", name):
            continue
        try:
            code = validate_language(name.split("@")[0])
        except UserError:
            continue
        if code.split("-")[0] != SOURCE_LANGUAGE:
            found.append(code)
    return found


def check_catalogs(
    paths: Sequence[Path | str],
    glossary_paths: Sequence[Path] = (),
    fix: bool = False,
    selection: Selection | None = None,
) -> list[FileReport]:
    """Check (and with ``fix``, repair) PO files or folders of them; a file is rewritten only if a fix changed it."""
    selection = selection or Selection()
    files = find_po_files(paths)
    if not files:
        raise UserError(f"no PO files in {', '.join(map(str, paths))}")
    loaded = []
    for path in files:
        fingerprint = Fingerprint.of(path)
        catalog = read_catalog(path)
        lang, note = catalog_language(catalog, path)
        loaded.append((path, catalog, lang, note, fingerprint))

    glossary = load_glossaries(glossary_paths)
    reviewer = _Reviewer(glossary, selection, fix)
    reports: list[FileReport] = []
    for path, catalog, lang, note, _ in loaded:
        report = reviewer.review(path, catalog, lang)
        if note:
            report.notes.append(note)
        reports.append(report)
    with Transaction() as writes:
        for report, (path, catalog, _, _, fingerprint) in zip(reports, loaded, strict=True):
            if not report.fixed:
                continue
            if Fingerprint.of(path) != fingerprint:  # a translator saved it while we checked
                report.fixed = False
                report.notes.append(
                    f"{path}: changed on disk while it was checked; not rewritten, run --fix again"
                )
                continue
            writes.add(path, render(catalog))
        writes.commit()
    return reports


class _Reviewer:
    """Checks the entries of catalogs, with checkers built once per language and set of exemptions."""

    def __init__(self, glossary, selection: Selection, fix: bool) -> None:
        self.glossary = glossary
        self.selection = selection
        self.fix = fix
        self._checkers: dict[tuple[str, frozenset[str], bool, bool], list] = {}

    def checkers(self, lang: str, skips: frozenset[str], verbatim: bool, machine: bool) -> list:
        key = (lang, skips, verbatim, machine)
        if key not in self._checkers:
            selection = self.selection.without(skips)
            selection = selection.as_verbatim() if verbatim else selection
            selection = selection if machine else selection.without_house_style()
            self._checkers[key] = checks.checkers_for(lang, self.glossary, selection)
        return self._checkers[key]

    def review(self, path: Path, catalog: Catalog, lang: str) -> FileReport:
        report = FileReport(path, lang)
        own = catalog.header_field("X-Generator").startswith(OWN_GENERATOR)
        style_skips: frozenset[str] = frozenset()
        if not self.selection.strict:
            style_skips = (PROGRAM_STYLE if _is_program_catalog(catalog) else frozenset()) | (
                frozenset({"quotes"}) if _straight_quotes_are_the_convention(catalog) else frozenset()
            )
        plural_forms = catalog_plural_forms(catalog)
        article = tuple(entry.msgid for entry in catalog.entries if entry.msgid and not entry.obsolete)
        for entry in catalog.entries:
            if entry.obsolete or not entry.msgid:
                continue
            _count(report, entry)
            machine = (
                own and entry.fuzzy and any(c.startswith(MACHINE_NOTE) for c in entry.extracted_comments)
            )
            pseudo = machine and PSEUDO_NOTE in entry.extracted_comments
            provenance = Provenance(engine="pseudo") if pseudo else None
            skips = _exemptions(entry) | style_skips
            verbatim = "no-wrap" in entry.flags
            checkers = self.checkers(lang, skips, verbatim, machine)
            kinds, codes = _kinds_and_codes(entry) if own else (frozenset(), None)
            for form, source, target, line in _forms(entry, plural_forms):
                segment = Segment(
                    source=source,
                    lang=lang,
                    target=target,
                    fuzzy=entry.fuzzy,
                    kinds=kinds,
                    codes=codes,
                    provenance=provenance,
                    article=article,
                )
                # a translation left as the source on purpose (a name, a licence) is neither repaired nor
                # held to the glossary
                copy = bool(target.strip()) and target.strip() == source.strip()
                form_checkers = (
                    self.checkers(lang, skips | {"glossary"}, verbatim, machine) if copy else checkers
                )
                changes = checks.repair(segment, form_checkers) if self.fix and not copy else []
                if changes and segment.target != target:
                    if _encodable(segment.target, catalog.encoding):
                        _set_translation(entry, form, segment.target)
                        report.fixed = True
                    else:  # « in a KOI8-R file: reported, never written wrong
                        segment.target, changes = target, []
                problems = checks.inspect(segment, form_checkers)
                if form is not None and not plural_forms_often(plural_forms, form):
                    problems = [p for p in problems if not _only_missing_placeholders(p)]
                if problems or changes:
                    report.entries.append(EntryReport(entry.msgid, line, problems, changes, form))
        return report


def _count(report: FileReport, entry: Entry) -> None:
    report.total += 1
    report.plural += entry.is_plural
    if not any(entry.translations):
        report.untranslated += 1
    elif entry.fuzzy:
        report.fuzzy += 1
    elif entry.translated:
        report.translated += 1
    else:
        report.untranslated += 1  # some plural forms still empty


def _forms(entry: Entry, plural_forms: PluralForms) -> list[tuple[int | None, str, str, int]]:
    """(form, source, target, msgstr line) for the msgstr, or for each msgstr[n]."""
    if not entry.is_plural:
        return [(None, entry.msgid, entry.msgstr, entry.msgstr_line or entry.line)]
    forms = []
    for index in sorted(entry.msgstr_plural):
        rare = not plural_forms_often(plural_forms, index)
        source = entry.msgid if rare and index == 0 else entry.msgid_plural or entry.msgid
        line = entry.msgstr_plural_lines.get(index, entry.msgstr_line or entry.line)
        forms.append((index, source, entry.msgstr_plural[index], line))
    return forms


def plural_forms_often(plural_forms: PluralForms, index: int) -> bool:
    """Whether the plural rule uses form ``index`` for many numbers (it must then keep every placeholder)."""
    return index >= len(plural_forms.often) or plural_forms.often[index]


def _only_missing_placeholders(problem: Problem) -> bool:
    """A placeholder left out of a form used for one number only ("Eine Datei" for "%d file"): allowed."""
    return (
        problem.check in ("printf", "brace")
        and problem.message.startswith("missing ")
        and "; " not in problem.message
    )


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _set_translation(entry: Entry, form: int | None, text: str) -> None:
    if form is None:
        entry.msgstr = text
    else:
        entry.msgstr_plural[form] = text


def _is_program_catalog(catalog: Catalog) -> bool:
    """A catalog of program messages: a tenth or more of its entries are format strings (``c-format``...)."""
    active = [entry for entry in catalog.entries if not entry.obsolete and entry.msgid]
    formats = sum(
        1 for e in active if any(f.endswith("-format") and not f.startswith("no-") for f in e.flags)
    )
    return bool(active) and formats * 10 >= len(active)


def _straight_quotes_are_the_convention(catalog: Catalog) -> bool:
    """Whether the translators of this catalog quote with straight marks (git's "%s"): then that is its style.

    Judged on reviewed translations that quote anything: ten or more of them use only straight double
    quotes, and more than use typographic marks.
    """
    straight = typographic = 0
    for entry in catalog.entries:
        if entry.obsolete or not entry.reviewed:
            continue
        for text in entry.translations:
            if _TYPOGRAPHIC_QUOTES.intersection(text):
                typographic += 1
            elif text.count('"') >= 2:
                straight += 1
    return straight >= 10 and straight > typographic


def _exemptions(entry: Entry) -> frozenset[str]:
    """Checks this entry is exempt from: its own skip comment or flags, and a verbatim block's typography."""
    skips: set[str] = set()
    for comment in entry.translator_comments:
        match = SKIP_COMMENT_RE.match(comment)
        if match:
            skips |= {name.strip() for name in match.group("checks").split(",") if name.strip()}
    skips |= {
        flag.removeprefix(SKIP_FLAG_PREFIX) for flag in entry.flags if flag.startswith(SKIP_FLAG_PREFIX)
    }
    if "no-wrap" in entry.flags:
        skips |= VERBATIM_SKIPS
    return frozenset(skips & set(checks.CHECKS))


def _kinds_and_codes(entry: Entry) -> tuple[frozenset[Kind], tuple[Code, ...]]:
    """What our own catalog's comments say: the unit kinds (``headline; paragraph 3, sentence 2``) and codes."""
    comments = entry.extracted_comments
    kinds: set[Kind] = set()
    if comments:
        for part in comments[0].split("; "):
            match = _LOCATION_RE.match(part.strip())
            if not match:
                continue
            name = match.group("kind")
            try:
                kinds.add(Kind.BODY if name == "paragraph" else Kind(name))
            except ValueError:
                continue
    codes = []
    for line in comments:
        match = _LEGEND_RE.match(line)
        if match:
            codes.append(Code(int(match.group("id")), not match.group("empty"), match.group("label")))
    return frozenset(kinds), tuple(codes)
