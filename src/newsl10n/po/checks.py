"""What ``msgfmt -c`` checks in each entry: newlines at both ends and format-string arguments.

msgfmt compiles only translated, non-fuzzy entries, so only those are checked. Each problem is a
:class:`Diagnostic` on the line of the msgstr (or msgstr[n]) concerned, worded as msgfmt words it.
Format strings are checked for the ``c-format``, ``python-format`` and ``python-brace-format`` flags
(also their ``possible-`` forms); a plural form that the plural rule uses for a single number only
(German ``msgstr[0]``) may leave an argument out, as in gettext.
"""

from __future__ import annotations

import re

from newsl10n.po.formats import PARSERS, FormatSpec, InvalidFormat, compare
from newsl10n.po.model import Catalog, Diagnostic, Entry
from newsl10n.po.plurals import GERMANIC, PluralForms, PluralFormsError, read_plural_forms

_RANGE = re.compile(r"([0-9]+)\.\.([0-9]+)\Z")
_PRETTY = {"c-format": "C", "python-format": "Python", "python-brace-format": "Python brace"}


def entry_diagnostics(catalog: Catalog) -> list[Diagnostic]:
    """msgfmt -c's per-entry errors in a parsed catalog (all fatal for msgfmt)."""
    plural = catalog_plural_forms(catalog)
    found: list[Diagnostic] = []
    for entry in catalog.entries:
        if entry.obsolete or entry.fuzzy or not entry.translations[0]:
            continue
        for line, message in _newline_problems(entry):
            found.append(Diagnostic(catalog.path, line, message))
        for line, message in _format_problems(entry, plural):
            found.append(Diagnostic(catalog.path, line, message))
    return found


def catalog_plural_forms(catalog: Catalog) -> PluralForms:
    """The catalog's plural rule; the Germanic one (two forms) when its header sets none or a broken one."""
    if catalog.header_entry is None:
        return GERMANIC
    try:
        return read_plural_forms(catalog.header_entry.msgstr) or GERMANIC
    except PluralFormsError:
        return GERMANIC


def _forms(entry: Entry) -> list[tuple[str, str, int]]:
    """(name, text, line) of each translation of the entry."""
    if entry.is_plural:
        return [
            (
                f"msgstr[{index}]",
                entry.msgstr_plural[index],
                entry.msgstr_plural_lines.get(index, entry.msgstr_line),
            )
            for index in sorted(entry.msgstr_plural)
        ]
    return [("msgstr", entry.msgstr, entry.msgstr_line)]


def _newline_problems(entry: Entry) -> list[tuple[int, str]]:
    problems = []
    starts = entry.msgid.startswith("\n")
    ends = entry.msgid.endswith("\n")
    if entry.msgid_plural is not None and entry.msgid_plural.startswith("\n") != starts:
        problems.append((entry.msgid_line, "'msgid' and 'msgid_plural' entries do not both begin with '\\n'"))
    for name, text, line in _forms(entry):
        if text.startswith("\n") != starts:
            problems.append((line, f"'msgid' and '{name}' entries do not both begin with '\\n'"))
    if entry.msgid_plural is not None and entry.msgid_plural.endswith("\n") != ends:
        problems.append((entry.msgid_line, "'msgid' and 'msgid_plural' entries do not both end with '\\n'"))
    for name, text, line in _forms(entry):
        if text.endswith("\n") != ends:
            problems.append((line, f"'msgid' and '{name}' entries do not both end with '\\n'"))
    return problems


def _format_problems(entry: Entry, plural: PluralForms) -> list[tuple[int, str]]:
    problems = []
    for language, parser in PARSERS.items():
        if language not in entry.flags and f"possible-{language}" not in entry.flags:
            continue
        source = entry.msgid_plural if entry.msgid_plural is not None else entry.msgid
        try:
            original = parser(source, False)
        except InvalidFormat:
            continue  # msgfmt checks nothing when the msgid itself is not a valid format
        msgid_name = "msgid_plural" if entry.is_plural else "msgid"
        forms = _forms(entry)
        for index, (name, text, line) in enumerate(forms):
            try:
                translation: FormatSpec = parser(text, True)
            except InvalidFormat as error:
                problems.append(
                    (
                        line,
                        f"'{name}' is not a valid {_PRETTY[language]} format string, unlike '{msgid_name}'. Reason: {error}",
                    )
                )
                continue
            strict = _strict(entry, index, len(forms), plural)
            problem = compare(language, original, translation, strict, msgid_name, name)
            if problem:
                problems.append((line, problem))
    return problems


def _strict(entry: Entry, index: int, count: int, plural: PluralForms) -> bool:
    """Whether a translation must use every argument (gettext's strict_checking)."""
    if not entry.is_plural or count < 2:
        return True
    if index >= len(plural.often) or not plural.often[index]:
        return False
    bounds = _range(entry.flags)
    if bounds is None:
        return True
    low, high = bounds
    uses = sum(1 for n in range(max(low, 0), min(high, low + 1000) + 1) if plural.form(n) == index)
    return uses > 1


def _range(flags: list[str]) -> tuple[int, int] | None:
    for position, flag in enumerate(flags[:-1]):
        if flag == "range:":
            match = _RANGE.match(flags[position + 1])
            if match and int(match.group(1)) <= int(match.group(2)):
                return int(match.group(1)), int(match.group(2))
    return None
