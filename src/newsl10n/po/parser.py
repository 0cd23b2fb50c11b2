"""Reading a PO file as strictly as GNU ``msgfmt -c``, keeping where everything is.

The grammar is gettext's (po-gram.y): a message is ``[#| previous] [msgctxt S+] msgid S+`` followed by
``msgstr S+`` or by ``msgid_plural S+`` and ``msgstr[0] S+ msgstr[1] S+ ...``; comments come only
between messages; ``#~`` marks every line of an obsolete message; whitespace, including line breaks,
separates tokens, and a backslash at the end of a line joins it to the next. Most lines have one of
three shapes (a comment, ``keyword "string"``, ``"string"``), which are read with one regular
expression each; anything else goes through a general tokenizer with the same meaning.

The first problem found is raised as :class:`MalformedCatalog` naming the file and line.
"""

from __future__ import annotations

import re
from pathlib import Path

from newsl10n.po import charset as charsets
from newsl10n.po.errors import MalformedCatalog
from newsl10n.po.model import FLAGS, PREVIOUS, Catalog, Diagnostic, Entry, plural_span
from newsl10n.po.plurals import GERMANIC, PluralForms, PluralFormsError, read_plural_forms
from newsl10n.po.strings import StringError, unescape
from newsl10n.po.style import detect_style

_WS = " \t\r\f\v"
_STRING_LINE = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"[ \t\r\f\v]*\Z')
_KEYWORD_LINE = re.compile(
    r'(msgctxt|msgid_plural|msgid|msgstr)(?:\[([0-9]+)\])?[ \t]+"([^"\\]*(?:\\.[^"\\]*)*)"[ \t\r\f\v]*\Z'
)
_TOKEN = re.compile(
    r"""
    (?P<ws>[ \t\r\f\v]+)
    |"(?P<str>[^"\\]*(?:\\.[^"\\]*)*)"
    |(?P<open>")
    |(?P<hash>\#)
    |(?P<name>[A-Za-z_$][A-Za-z0-9_$]*)
    |(?P<num>[0-9]+)
    |(?P<lb>\[)
    |(?P<rb>\])
    |(?P<junk>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_FLAG_SPLIT = re.compile(r"[\n \t\r\f\v,]+")
_KEYWORDS = {"msgctxt", "msgid", "msgid_plural", "msgstr"}

# Grammar states: what has been read of the current message. A keyword is allowed after a state
# if it is in _ALLOWED[state]; "msgstr[]" is msgstr with an index, "prev_*" the "#|" keywords.
_BETWEEN = 0  # no message yet (comments may have been read)
_PREV_CTXT = 1  # "#| msgctxt" strings
_PREV_ID = 2  # "#| msgid" strings
_PREV_PLURAL = 3  # "#| msgid_plural" strings
_CTXT = 4  # msgctxt strings
_MSGID = 5  # msgid strings
_PLURAL = 6  # msgid_plural strings
_DONE = 7  # msgstr strings: a whole singular message
_DONE_PLURAL = 8  # msgstr[n] strings: a whole plural message, more forms may follow
_BRACKET = 9  # "msgstr" in a plural message, "[N]" still to come

_STARTERS = frozenset({"msgctxt", "msgid", "prev_msgctxt", "prev_msgid"})
_ALLOWED = {
    _BETWEEN: _STARTERS,
    _PREV_CTXT: frozenset({"prev_msgid"}),
    _PREV_ID: frozenset({"prev_msgid_plural", "msgctxt", "msgid"}),
    _PREV_PLURAL: frozenset({"msgctxt", "msgid"}),
    _CTXT: frozenset({"msgid"}),
    _MSGID: frozenset({"msgstr", "msgid_plural"}),
    _PLURAL: frozenset({"msgstr[]"}),
    _DONE: frozenset(),
    _DONE_PLURAL: frozenset({"msgstr[]"}),
    _BRACKET: frozenset(),
}
_COMPLETE = (_DONE, _DONE_PLURAL)
_AFTER_FIELD = {
    "prev_msgctxt": _PREV_CTXT,
    "prev_msgid": _PREV_ID,
    "prev_msgid_plural": _PREV_PLURAL,
    "msgctxt": _CTXT,
    "msgid": _MSGID,
    "msgid_plural": _PLURAL,
    "msgstr": _DONE,
}


def _unexpected(state: int, token: str) -> str:
    """msgfmt's wording for a keyword where it does not belong."""
    if state == _MSGID:
        return "missing 'msgid_plural' section" if token == "msgstr[]" else "missing 'msgstr' section"
    if state == _PLURAL:
        return "missing 'msgstr[]' section"
    if state == _BETWEEN and token.startswith("msgstr"):
        return "msgstr without a msgid"
    return "syntax error"


class _Syntax(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


class _Draft:
    """A message being read."""

    __slots__ = (
        "comments",
        "end",
        "fields",
        "flags_lines",
        "obsolete",
        "prev_lines",
        "shared",
        "start",
        "starts",
    )

    def __init__(self, start: int) -> None:
        self.start = start  # first physical line (0-based)
        self.end = start
        self.comments: list[str] = []
        self.fields: dict[str, str] = {}
        self.starts: dict[str, tuple[int, int]] = {}
        self.flags_lines: list[int] = []
        self.prev_lines: list[int] = []
        self.obsolete: bool | None = None
        self.shared = False  # two fields share a line: the entry is rewritten whole if changed


class _Parser:
    def __init__(self, text: str, path: Path, encoding: str) -> None:
        self.path = path
        self.encoding = encoding
        self.messages: list[Entry] = []
        self.state = _BETWEEN
        self.draft: _Draft | None = None
        self.collecting = False  # reading the strings of self.field
        self.field = ""
        self.field_previous = False
        self.strings: list[str] = []
        self.field_start = 0
        self.field_end = 0
        self.last_token_line = -1
        self.pending_index: list[str] = []  # tokens of "msgstr [ N ]" written apart
        self.lines, self.physical = _logical_lines(text)

    # -- driving ---------------------------------------------------------------------------------

    def run(self, stop_after_header: bool = False) -> list[Entry]:
        match_string = _STRING_LINE.match
        match_keyword = _KEYWORD_LINE.match
        physical = self.physical
        messages = self.messages
        for number, line in enumerate(self.lines):
            if stop_after_header and messages:
                return messages
            row = physical[number] if physical is not None else number
            first = line[:1]
            if first == '"':
                if self.collecting and not self.field_previous and not self.draft.obsolete:  # type: ignore[union-attr]
                    found = match_string(line)
                    if found is not None:
                        body = found.group(1)
                        self.strings.append(self._unescape(body, row) if "\\" in body else body)
                        self.field_end = self.last_token_line = row
                        continue
            elif first == "m":
                found = match_keyword(line)
                if found is not None:
                    keyword, index, body = found.groups()
                    self._keyword(keyword, row, False, False, index)
                    self.strings.append(self._unescape(body, row) if "\\" in body else body)
                    continue
            elif first == "#":
                if line[1:2] not in ("~", "|"):
                    self._comment(line[1:], row)
                    continue
            elif not line.strip(_WS):
                continue
            self._tokenize(line, row)
        self._finish_file()
        return messages

    def _tokenize(self, line: str, row: int) -> None:
        obsolete = previous = False
        position = 0
        length = len(line)
        while position < length:
            found = _TOKEN.match(line, position)
            assert found is not None
            position = found.end()
            kind = found.lastgroup
            if kind == "ws":
                continue
            if kind == "str":
                self._string(self._unescape(found.group("str"), row), row, obsolete, previous)
            elif kind == "hash":
                following = line[position : position + 1]
                if following == "~":
                    obsolete = True
                    position += 1
                    if line[position : position + 1] == "|":
                        previous = True
                        position += 1
                elif following == "|":
                    previous = True
                    position += 1
                else:
                    self._comment(line[position:], row)
                    return
            elif kind == "name":
                self._name(found.group("name"), row, obsolete, previous)
            elif kind in ("lb", "num", "rb"):
                self._index_token(found.group(), row, obsolete)
            elif kind == "open":
                raise _Syntax(row + 1, "end-of-line within string")
            else:
                raise _Syntax(row + 1, "syntax error")

    def _unescape(self, body: str, row: int) -> str:
        try:
            return unescape(body, self.encoding)
        except StringError as error:
            raise _Syntax(row + 1, str(error)) from None

    # -- grammar ---------------------------------------------------------------------------------

    def _name(self, name: str, row: int, obsolete: bool, previous: bool) -> None:
        if name == "domain" and not previous:
            raise _Syntax(row + 1, "'domain' directive: msgfmt -c refuses it in a catalog")
        if name not in _KEYWORDS or (previous and name == "msgstr"):
            raise _Syntax(row + 1, f'keyword "{name}" unknown')
        if name == "msgstr" and self._plural_expected(row):
            self._check_obsolete(obsolete, row)
            self.state = _BRACKET
            self.pending_index = []
            self._note_line(row)
            return
        self._keyword(name, row, obsolete, previous, None)

    def _plural_expected(self, row: int) -> bool:
        if self.collecting:
            self._close_strings(row)
        return self.state in (_PLURAL, _DONE_PLURAL)

    def _index_token(self, token: str, row: int, obsolete: bool) -> None:
        """A piece of "msgstr [ N ]" written with blanks or across lines."""
        if self.collecting:
            self._close_strings(row)
        if self.state != _BRACKET:
            raise _Syntax(
                row + 1,
                "missing 'msgid_plural' section" if self.state == _MSGID and token == "[" else "syntax error",
            )
        self._check_obsolete(obsolete, row)
        self.pending_index.append(token)
        pieces = self.pending_index
        if (len(pieces) == 1 and pieces[0] != "[") or (len(pieces) == 2 and not pieces[1].isdigit()):
            raise _Syntax(row + 1, "syntax error")
        if len(pieces) == 3:
            if pieces[2] != "]":
                raise _Syntax(row + 1, "syntax error")
            self.state = _PLURAL if not self._forms() else _DONE_PLURAL
            self._keyword("msgstr", row, obsolete, False, pieces[1], continued=True)

    def _forms(self) -> int:
        draft = self.draft
        return 0 if draft is None else sum(1 for name in draft.fields if name.startswith("msgstr["))

    def _check_obsolete(self, obsolete: bool, row: int) -> None:
        draft = self.draft
        if draft is not None and draft.obsolete is not None and draft.obsolete != obsolete:
            raise _Syntax(row + 1, "inconsistent use of #~")

    def _close_strings(self, row: int) -> None:
        strings = self.strings
        if not strings:
            raise _Syntax(row + 1, "syntax error")
        draft = self.draft
        field = self.field
        draft.fields[field] = strings[0] if len(strings) == 1 else "".join(strings)  # type: ignore[union-attr]
        draft.starts[field] = (self.field_start, self.field_end + 1)  # type: ignore[union-attr]
        if self.field_previous:
            draft.prev_lines.extend((self.field_start, self.field_end))  # type: ignore[union-attr]
        draft.end = self.field_end + 1  # type: ignore[union-attr]
        self.strings = []
        self.collecting = False
        self.state = _AFTER_FIELD.get(field, _DONE_PLURAL)

    def _keyword(
        self,
        keyword: str,
        row: int,
        obsolete: bool,
        previous: bool,
        index: str | None,
        continued: bool = False,
    ) -> None:
        """A keyword: check it may come here, then read its strings."""
        if self.collecting:
            self._close_strings(row)
        state = self.state
        token = "prev_" + keyword if previous else ("msgstr[]" if index is not None else keyword)
        if state in _COMPLETE and token in _STARTERS:
            self._finish_message()
            state = _BETWEEN
        if token not in _ALLOWED[state] and not continued:
            raise _Syntax(row + 1, _unexpected(state, token))
        draft = self.draft
        if state == _BETWEEN:
            if draft is None:
                draft = self.draft = _Draft(row)
            draft.obsolete = obsolete
        elif draft.obsolete != obsolete:  # type: ignore[union-attr]
            raise _Syntax(row + 1, "inconsistent use of #~")
        if index is not None:
            expected = self._forms()
            if int(index) != expected:
                reason = (
                    "first plural form has nonzero index" if expected == 0 else "plural form has wrong index"
                )
                raise _Syntax(row + 1, reason)
            keyword = plural_span(expected)
            start = self.last_token_line if continued else row
        else:
            start = row
            keyword = token
        if not continued and row == self.last_token_line:
            draft.shared = True  # type: ignore[union-attr]
        self.field = keyword
        self.field_previous = previous
        self.field_start = start
        self.field_end = self.last_token_line = row
        self.collecting = True

    def _note_line(self, row: int) -> None:
        if row == self.last_token_line and self.draft is not None:
            self.draft.shared = True
        self.last_token_line = row

    def _string(self, value: str, row: int, obsolete: bool, previous: bool) -> None:
        if not self.collecting or previous != self.field_previous:
            raise _Syntax(row + 1, "syntax error")
        self._check_obsolete(obsolete, row)
        self.strings.append(value)
        self.field_end = self.last_token_line = row

    def _comment(self, text: str, row: int) -> None:
        if row == self.last_token_line:
            # msgfmt reads it, but no tool writes it, and the line would belong to two entries.
            raise _Syntax(row + 1, "a comment on the same line as a string; put it on a line of its own")
        if self.collecting:
            self._close_strings(row)
        if self.state in _COMPLETE:
            self._finish_message()
        elif self.state != _BETWEEN:
            raise _Syntax(row + 1, _unexpected(self.state, "comment"))
        draft = self.draft
        if draft is None:
            draft = self.draft = _Draft(row)
        if text.endswith("\r"):
            text = text[:-1]
        draft.comments.append(text)
        if text[:1] in (",", "!"):
            draft.flags_lines.append(row)
        draft.end = row + 1

    def _finish_file(self) -> None:
        row = (self.physical[-1] if self.physical else len(self.lines) - 1) if self.lines else 0
        if self.collecting:
            self._close_strings(row)
        if self.state in _COMPLETE:
            self._finish_message()
        elif self.state != _BETWEEN or (self.draft is not None and self.draft.fields):
            raise _Syntax(row + 1, _unexpected(self.state, "end of file"))

    def _finish_message(self) -> None:
        self.messages.append(_entry(self.draft))  # type: ignore[arg-type]
        self.draft = None
        self.state = _BETWEEN


def _entry(draft: _Draft) -> Entry:
    fields = draft.fields
    starts = draft.starts
    flags: list[str] = []
    translator: list[str] = []
    extracted: list[str] = []
    references: list[str] = []
    for text in draft.comments:
        marker = text[:1]
        if marker == ",":
            flags.extend(flag for flag in _FLAG_SPLIT.split(text[1:]) if flag)
        elif marker == ":":
            references.extend(text[1:].split())
        elif marker == ".":
            extracted.append(text[2:] if text[1:2] == " " else text[1:])
        elif marker == "!":
            flags.extend(flag for flag in _FLAG_SPLIT.split(text[1:]) if flag)
        else:
            translator.append(text[1:] if marker == " " else text)
    msgid_plural = fields.get("msgid_plural")
    plural: dict[int, str] = {}
    plural_lines: dict[int, int] = {}
    if msgid_plural is not None:
        index = 0
        while (name := plural_span(index)) in fields:
            plural[index] = fields[name]
            plural_lines[index] = starts[name][0] + 1
            index += 1
        msgstr_line = plural_lines[0]
    else:
        msgstr_line = starts["msgstr"][0] + 1
    spans = {"entry": (draft.start, draft.end)}
    if not draft.shared:
        for name, span in starts.items():
            if not name.startswith("prev_"):
                spans[name] = span
        if draft.flags_lines:
            spans[FLAGS] = (draft.flags_lines[0], draft.flags_lines[-1] + 1)
        if draft.prev_lines:
            spans[PREVIOUS] = (min(draft.prev_lines), max(draft.prev_lines) + 1)
    msgstr = fields.get("msgstr", "")
    previous = (fields.get("prev_msgctxt"), fields.get("prev_msgid"), fields.get("prev_msgid_plural"))
    return Entry(
        fields["msgid"],
        msgstr,
        fields.get("msgctxt"),
        msgid_plural,
        plural,
        flags,
        translator,
        extracted,
        references,
        *previous,
        bool(draft.obsolete),
        draft.start + 1,
        starts["msgid"][0] + 1,
        msgstr_line,
        plural_lines,
        spans,
        (msgstr, tuple(plural.items()), tuple(flags), previous),
    )


def _logical_lines(text: str) -> tuple[list[str], list[int] | None]:
    """The file's lines after gettext's backslash-newline joining, and where each one starts.

    The second value is None when no line was joined (logical line i is physical line i).
    """
    lines = text.split("\n")
    if "\\\n" not in text:
        return lines, None
    joined: list[str] = []
    starts: list[int] = []
    pending: str | None = None
    for number, line in enumerate(lines):
        if pending is None:
            starts.append(number)
            pending = line
        else:
            pending += line
        if pending.endswith("\\") and number + 1 < len(lines):
            pending = pending[:-1]
            continue
        joined.append(pending)
        pending = None
    if pending is not None:
        joined.append(pending)
    return joined, starts


# -- the file as a whole ------------------------------------------------------------------------------


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
    parser = _Parser(text, path, encoding)
    try:
        messages = parser.run()
    except _Syntax as error:
        raise MalformedCatalog(path, error.line, error.reason) from None
    return _assemble(messages, path, data, text, header_charset, encoding)


def _sniff_charset(data: bytes, path: Path) -> str | None:
    """The charset the header declares, read before the file is decoded (as gettext's lexer does)."""
    text = data.decode("latin-1")
    parser = _Parser(text, path, "latin-1")
    try:
        first = parser.run(stop_after_header=True)
    except _Syntax as error:
        raise MalformedCatalog(path, error.line, error.reason) from None
    candidates = first if first else []
    header = next((entry for entry in candidates if _is_header(entry)), None)
    if header is None:
        header = next((entry for entry in parser.messages if _is_header(entry)), None)
    if header is None and first and not _is_header(first[0]):
        # The header is not the first message: read on (rare, so the second pass is fine).
        parser = _Parser(text, path, "latin-1")
        try:
            header = next((entry for entry in parser.run() if _is_header(entry)), None)
        except _Syntax as error:
            raise MalformedCatalog(path, error.line, error.reason) from None
    if header is None:
        return None
    return charsets.declared_charset(header.msgstr)


def _is_header(entry: Entry) -> bool:
    return entry.msgid == "" and entry.msgctxt is None and not entry.obsolete


def _assemble(
    messages: list[Entry], path: Path, data: bytes, text: str, charset: str | None, encoding: str
) -> Catalog:
    header_entry: Entry | None = None
    entries: list[Entry] = []
    seen: dict[tuple[str | None, str], Entry] = {}
    for entry in messages:
        first = seen.get(entry.key)
        if first is not None:
            raise MalformedCatalog(
                path,
                entry.msgid_line,
                f"duplicate message definition (first defined at line {first.msgid_line})",
            )
        seen[entry.key] = entry
        if header_entry is None and _is_header(entry):
            header_entry = entry
        else:
            entries.append(entry)
    if header_entry is None or not header_entry.msgstr:
        raise MalformedCatalog(
            path, 1, 'no header entry (msgid "" with the file\'s Content-Type); msgfmt -c requires one'
        )
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
