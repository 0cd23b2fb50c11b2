"""Reading a whole PO file: its charset, its messages, and the checks msgfmt -c makes on the file.

The bytes are decoded in the charset the header declares (found before decoding, as gettext's lexer
finds it), the grammar (:mod:`newsl10n.po.parser`) reads the messages, and then the file as a whole
is checked: one header, no duplicate msgctxt+msgid, a valid Plural-Forms that the translated plural
entries follow. The first problem is raised as :class:`MalformedCatalog` naming the file and line.
"""

from __future__ import annotations

import gc
from pathlib import Path

from newsl10n.po import charset as charsets
from newsl10n.po.errors import MalformedCatalog
from newsl10n.po.model import Catalog, Diagnostic, Entry
from newsl10n.po.parser import Parser, SyntaxProblem
from newsl10n.po.plurals import GERMANIC, PluralForms, PluralFormsError, read_plural_forms
from newsl10n.po.style import detect_style


def parse(data: bytes, path: Path | str) -> Catalog:
    """Read a PO file's bytes; :class:`MalformedCatalog` if ``msgfmt -c`` would refuse the file.

    Refused: syntax errors (unterminated strings, bad escapes, keywords out of order, msgstr[n]
    without msgid_plural and the reverse, gaps in plural indexes, mixed ``#~`` lines), duplicate
    msgctxt+msgid, a missing header, an invalid Plural-Forms or translated plural entries whose
    number of forms differs from it; and what cannot be read without guessing: a byte order mark,
    bytes that are invalid in the declared charset, non-ASCII bytes under a missing or unknown
    charset, and UTF-8 bytes under a header that declares a legacy charset.

    Per-entry msgfmt checks (placeholders of c-format entries, leading/trailing newlines) are
    separate: see :func:`newsl10n.po.checks.entry_diagnostics`.
    """
    path = Path(path)
    if data.startswith(b"\xef\xbb\xbf"):
        raise MalformedCatalog(path, 1, "the file starts with a byte order mark, which msgfmt rejects")
    header_charset = _sniff_charset(data, path)
    try:
        text, encoding = charsets.decode(data, header_charset)
    except charsets.CharsetError as error:
        line = data.count(b"\n", 0, error.offset) + 1 if error.offset is not None else 0
        raise MalformedCatalog(path, line, str(error)) from None
    parser = Parser(text, path, encoding)
    collecting = gc.isenabled()
    gc.disable()  # many small objects and no cycles: the collector would only slow the reading down
    try:
        messages = parser.run()
    except SyntaxProblem as error:
        raise MalformedCatalog(path, error.line, error.reason) from None
    finally:
        if collecting:
            gc.enable()
    return _assemble(messages, path, data, text, header_charset, encoding)


def _sniff_charset(data: bytes, path: Path) -> str | None:
    """The charset the header declares, read before the file is decoded (as gettext's lexer does)."""
    text = data.decode("latin-1")
    parser = Parser(text, path, "latin-1")
    try:
        first = parser.run(stop_after_header=True)
    except SyntaxProblem as error:
        raise MalformedCatalog(path, error.line, error.reason) from None
    candidates = first if first else []
    header = next((entry for entry in candidates if _is_header(entry)), None)
    if header is None:
        header = next((entry for entry in parser.messages if _is_header(entry)), None)
    if header is None and first and not _is_header(first[0]):
        # The header is not the first message: read on (rare, so the second pass is fine).
        parser = Parser(text, path, "latin-1")
        try:
            header = next((entry for entry in parser.run() if _is_header(entry)), None)
        except SyntaxProblem as error:
            raise MalformedCatalog(path, error.line, error.reason) from None
    if header is None or not header.msgstr:
        if not data.isascii():
            raise MalformedCatalog(path, 1, _NO_HEADER)
        return None
    return charsets.declared_charset(header.msgstr)


_NO_HEADER = 'no header entry (msgid "" with the Content-Type and its charset); msgfmt -c requires one'


def _is_header(entry: Entry) -> bool:
    return entry.msgid == "" and entry.msgctxt is None and not entry.obsolete


def _assemble(
    messages: list[Entry], path: Path, data: bytes, text: str, charset: str | None, encoding: str
) -> Catalog:
    header_entry: Entry | None = None
    entries: list[Entry] = []
    seen: dict[tuple[str | None, str], Entry] = {}
    for entry in messages:
        key = (entry.msgctxt, entry.msgid)
        first = seen.get(key)
        if first is not None:
            raise MalformedCatalog(
                path,
                entry.msgid_line,
                f"duplicate message definition (first defined at line {first.msgid_line})",
            )
        seen[key] = entry
        if header_entry is None and _is_header(entry):
            header_entry = entry
        else:
            entries.append(entry)
    if header_entry is None or not header_entry.msgstr:
        raise MalformedCatalog(path, 1, _NO_HEADER)
    header = _header_fields(header_entry.msgstr)
    warnings = _header_warnings(path, header_entry, header, charset, encoding)
    plural = _check_plurals(path, header_entry, entries)
    return Catalog(
        path=path,
        entries=entries,
        header_entry=header_entry,
        header=header,
        charset=charset,
        encoding=encoding,
        style=detect_style(text, [header_entry, *entries]),
        data=data,
        warnings=warnings,
        nplurals=plural.nplurals if plural is not GERMANIC else None,
        plural_expression=plural.expression if plural is not GERMANIC else None,
        layout=[entry.spans["entry"] for entry in messages],
    )


def _header_fields(msgstr: str) -> list[tuple[str, str]]:
    fields = []
    for line in msgstr.split("\n"):
        name, colon, value = line.partition(":")
        if colon and name.strip():
            fields.append((name.strip(), value.strip()))
    return fields


_REQUIRED = {
    "Project-Id-Version": "PACKAGE VERSION",
    "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
    "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
    "Language-Team": "LANGUAGE <LL@li.org>",
    "MIME-Version": None,
    "Content-Type": "text/plain; charset=CHARSET",
    "Content-Transfer-Encoding": "ENCODING",
    "Language": "",
}


def _header_warnings(
    path: Path, header: Entry, fields: list[tuple[str, str]], charset: str | None, encoding: str
) -> list[Diagnostic]:
    """What msgfmt -c warns about the header (gettext 0.21 treats all of it as warnings)."""
    line = header.msgstr_line
    present = dict(fields)
    warnings = []
    for name, default in _REQUIRED.items():
        if name not in present:
            warnings.append(Diagnostic(path, line, f"header field '{name}' missing in header", fatal=False))
        elif default is not None and present[name] == default:
            warnings.append(
                Diagnostic(
                    path, line, f"header field '{name}' still has the initial default value", fatal=False
                )
            )
    if charset is None:
        warnings.append(Diagnostic(path, line, "charset missing in header", fatal=False))
    elif charsets.python_codec(charset) is None:
        warnings.append(
            Diagnostic(path, line, f"charset {charset!r} is not a known encoding name", fatal=False)
        )
    return warnings


def _check_plurals(path: Path, header: Entry, entries: list[Entry]) -> PluralForms:
    """Plural-Forms and the plural entries msgfmt compiles must agree (msgfmt -c's check_plural)."""
    try:
        plural = read_plural_forms(header.msgstr)
    except PluralFormsError as error:
        raise MalformedCatalog(path, header.msgstr_line, str(error)) from None
    compiled = [
        entry
        for entry in entries
        if entry.is_plural and not entry.obsolete and not entry.fuzzy and entry.msgstr_plural[0]
    ]
    if not compiled:
        return plural or GERMANIC
    if plural is None:
        raise MalformedCatalog(
            path,
            compiled[0].msgid_line,
            "message catalog has plural form translations, but the header has no "
            '"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;"',
        )
    for entry in compiled:
        if len(entry.msgstr_plural) != plural.nplurals:
            raise MalformedCatalog(
                path,
                entry.msgstr_line,
                f"nplurals = {plural.nplurals} in the header, but this message has {len(entry.msgstr_plural)} plural forms",
            )
    return plural
