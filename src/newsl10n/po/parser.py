"""Reading a PO file as strictly as GNU ``msgfmt -c``, keeping where everything is.

The grammar is gettext's (po-gram.y): a message is ``[#| previous] [msgctxt S+] msgid S+`` followed by
``msgstr S+`` or by ``msgid_plural S+`` and ``msgstr[0] S+ msgstr[1] S+ ...``; comments come only
between messages; ``#~`` marks every line of an obsolete message; whitespace, including line breaks,
separates tokens, and a backslash at the end of a line joins it to the next. Most lines have one of
three shapes (a comment, ``keyword "string"``, ``"string"``), which are read with one regular
expression each; anything else goes through a general tokenizer with the same meaning.

The first problem found is raised as :class:`SyntaxProblem` with msgfmt's wording and the line.
Messages in the shape msgcat writes are matched whole by one regular expression (``_MESSAGE``);
the line grammar reads everything else, and the two are checked to agree on real catalogs.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from newsl10n.po.model import FLAGS, PREVIOUS, Entry, plural_span
from newsl10n.po.strings import StringError, unescape

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
# A whole message in the shape msgcat writes (comments, msgctxt, msgid, msgstr or msgid_plural and
# msgstr[n], one string per line), matched in one go; anything else is read line by line.
_S = r'[^"\\\n]*(?:\\.[^"\\\n]*)*'
_END = r"[ \t\r]*\n"
_MESSAGE = re.compile(
    rf"""(?P<comments>(?:\#(?:[^~|\n][^\n]*)?\n)*)
    (?:(?P<pp>\#~?\|[ ])
       (?:msgctxt[ ]"(?P<prev_msgctxt>{_S})"{_END}(?P<prev_msgctxt_more>(?:(?P=pp)"{_S}"{_END})*)(?P=pp))?
       msgid[ ]"(?P<prev_msgid>{_S})"{_END}(?P<prev_msgid_more>(?:(?P=pp)"{_S}"{_END})*)
       (?:(?P=pp)msgid_plural[ ]"(?P<prev_msgid_plural>{_S})"{_END}
          (?P<prev_msgid_plural_more>(?:(?P=pp)"{_S}"{_END})*))?)?
    (?P<p>(?:\#~[ ])?)
    (?:msgctxt[ ]"(?P<msgctxt>{_S})"{_END}(?P<msgctxt_more>(?:(?P=p)"{_S}"{_END})*)(?P=p))?
    msgid[ ]"(?P<msgid>{_S})"{_END}(?P<msgid_more>(?:(?P=p)"{_S}"{_END})*)
    (?P=p)
    (?:msgstr[ ]"(?P<msgstr>{_S})"{_END}(?P<msgstr_more>(?:(?P=p)"{_S}"{_END})*)
      |msgid_plural[ ]"(?P<msgid_plural>{_S})"{_END}(?P<msgid_plural_more>(?:(?P=p)"{_S}"{_END})*)
       (?P<forms>(?:(?P=p)msgstr\[[0-9]+\][ ]"{_S}"{_END}(?:(?P=p)"{_S}"{_END})*)+))
    (?P<blank>(?:[ \t\r]*\n)*)
    (?=\#[^~|\n]|\#\n|\#~?\|?[ \t]*(?:msgctxt|msgid)\b|msgctxt\b|msgid\b|\Z)""",
    re.VERBOSE,
)
_FORM = re.compile(rf'(?:\#~[ ])?msgstr\[([0-9]+)\][ ]"({_S})"{_END}((?:(?:\#~[ ])?"{_S}"{_END})*)')
_BODY = re.compile(rf'"({_S})"')
_PREVIOUS_FIELDS = ("prev_msgctxt", "prev_msgid", "prev_msgid_plural")
_NO_PREVIOUS = (None, None, None)
_FIELDS = ("prev_msgctxt", "prev_msgid", "prev_msgid_plural", "msgctxt", "msgid", "msgstr", "msgid_plural")
_FIELD_GROUPS = tuple((name, name + "_more") for name in _FIELDS)
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


class SyntaxProblem(Exception):
    """A grammar error: msgfmt's wording and the 1-based line."""

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


class Parser:
    """The grammar, fed the decoded text; ``run()`` returns every message, header included."""

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
        self.text = text
        self.lines, self.physical = _logical_lines(text)
        # Whole messages are matched in one go unless lines were joined or EOT may hide in a string.
        self.fast = self.physical is None and "\x04" not in text

    # -- driving ---------------------------------------------------------------------------------

    def run(self, stop_after_header: bool = False) -> list[Entry]:
        match_string = _STRING_LINE.match
        match_keyword = _KEYWORD_LINE.match
        physical = self.physical
        messages = self.messages
        lines = self.lines
        count = len(lines)
        number = 0
        offset = 0  # where line `number` starts in the text (kept only while matching messages whole)
        while number < count:
            if stop_after_header and messages:
                return messages
            line = lines[number]
            row = physical[number] if physical is not None else number
            first = line[:1]
            if self.fast and first in ("#", "m") and self._between_messages():
                taken = self._message(offset, row)
                if taken:
                    number += taken[0]
                    offset = taken[1]
                    continue
            number += 1
            offset += len(line) + 1
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
                second = line[1:2]
                if second not in ("~", "|"):
                    self._comment(line[1:], row)
                    continue
                if self._marked_line(line, second, row):
                    continue
            elif not line.strip(_WS):
                continue
            self._tokenize(line, row)
        self._finish_file()
        return messages

    def _marked_line(self, line: str, second: str, row: int) -> bool:
        """A "#|", "#~" or "#~|" line of the usual shapes; False to leave it to the tokenizer."""
        obsolete = second == "~"
        rest = line[2:]
        previous = not obsolete
        if obsolete and rest[:1] == "|":
            previous = True
            rest = rest[1:]
        rest = rest.lstrip(" \t")
        if rest[:1] == '"':
            found = _STRING_LINE.match(rest)
            if found is None or not self.collecting or self.field_previous != previous:
                return False
            if self.draft.obsolete != obsolete:  # type: ignore[union-attr]
                return False
            body = found.group(1)
            self.strings.append(self._unescape(body, row) if "\\" in body else body)
            self.field_end = self.last_token_line = row
            return True
        found = _KEYWORD_LINE.match(rest)
        if found is None:
            return False
        keyword, index, body = found.groups()
        if previous and (keyword == "msgstr" or index is not None):
            return False
        self._keyword(keyword, row, obsolete, previous, index)
        self.strings.append(self._unescape(body, row) if "\\" in body else body)
        return True

    def _between_messages(self) -> bool:
        """True when a new message may start here: none is open, or the open one is complete."""
        if self.draft is None:
            return True
        if self.collecting:
            return self.field.startswith("msgstr") and not self.field_previous
        return self.state in _COMPLETE

    def _message(self, offset: int, row: int) -> tuple[int, int] | None:
        """Read a whole message starting at ``offset``; (lines read, offset after it), or None."""
        found = _MESSAGE.match(self.text, offset)
        if found is None:
            return None
        if self.draft is not None:
            if self.collecting:
                self._close_strings(row)
            self._finish_message()
        flags: list[str] = []
        translator: list[str] = []
        extracted: list[str] = []
        references: list[str] = []
        spans: dict[str, tuple[int, int]] = {}
        at = row
        comments = found.group("comments")
        if comments:
            flag_rows = []
            for line in comments.split("\n")[:-1]:
                marker = line[1:2]
                if marker == ":":
                    references.extend(line[2:].split())
                elif marker in (",", "!"):
                    flags.extend(_flags(line[2:]))
                    flag_rows.append(at)
                elif marker == ".":
                    extracted.append(_comment_text(line[2:]))
                else:
                    translator.append(_comment_text(line[1:]))
                at += 1
            if flag_rows:
                spans[FLAGS] = (flag_rows[0], flag_rows[-1] + 1)
        groups = found.groupdict()
        obsolete = bool(groups["p"])
        previous_prefix = groups["pp"]
        if previous_prefix is not None and previous_prefix != ("#~| " if obsolete else "#| "):
            return None  # "#|" lines on an obsolete message or the reverse: let the grammar say so
        values = {}
        for name, more_name in _FIELD_GROUPS if previous_prefix is not None else _FIELD_GROUPS[3:]:
            body = groups[name]
            if body is None:
                continue
            value, taken = self._field_value(body, groups[more_name], at)
            values[name] = value
            spans[name] = (at, at + taken)
            at += taken
        if previous_prefix is not None:
            first = min(spans[name][0] for name in _PREVIOUS_FIELDS if name in spans)
            last = max(spans[name][1] for name in _PREVIOUS_FIELDS if name in spans)
            spans[PREVIOUS] = (first, last)
            for name in _PREVIOUS_FIELDS:
                spans.pop(name, None)
        msgid_line = spans["msgid"][0] + 1
        plural: dict[int, str] = {}
        plural_lines: dict[int, int] = {}
        forms = groups["forms"]
        if forms is None:
            msgstr = values["msgstr"]
            msgstr_line = spans["msgstr"][0] + 1
        else:
            msgstr = ""
            for expected, form in enumerate(_FORM.finditer(forms)):
                if int(form.group(1)) != expected:
                    reason = (
                        "first plural form has nonzero index"
                        if expected == 0
                        else "plural form has wrong index"
                    )
                    raise SyntaxProblem(at + 1, reason)
                value, taken = self._field_value(form.group(2), form.group(3), at)
                plural[expected] = value
                plural_lines[expected] = at + 1
                spans[plural_span(expected)] = (at, at + taken)
                at += taken
            msgstr_line = plural_lines[0]
        spans["entry"] = (row, at)
        previous = (
            (values.get("prev_msgctxt"), values.get("prev_msgid"), values.get("prev_msgid_plural"))
            if previous_prefix is not None
            else _NO_PREVIOUS
        )
        self.messages.append(
            Entry(
                values["msgid"],
                msgstr,
                values.get("msgctxt"),
                values.get("msgid_plural"),
                plural,
                flags,
                translator,
                extracted,
                references,
                *previous,
                obsolete,
                row + 1,
                msgid_line,
                msgstr_line,
                plural_lines,
                spans,
                (msgstr, tuple(plural.items()), tuple(flags), previous),
            )
        )
        self.last_token_line = at - 1
        return at - row + groups["blank"].count("\n"), found.end()

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
                raise SyntaxProblem(row + 1, "end-of-line within string")
            else:
                raise SyntaxProblem(row + 1, "syntax error")

    def _field_value(self, body: str, more: str | None, at: int) -> tuple[str, int]:
        """A field's value from its first string and the continuation strings after it, and its line count."""
        value = self._unescape(body, at) if "\\" in body else body
        if not more:
            return value, 1
        bodies = _BODY.findall(more)
        if "\\" in more:
            bodies = [self._unescape(part, at) if "\\" in part else part for part in bodies]
        return value + "".join(bodies), 1 + len(bodies)

    def _unescape(self, body: str, row: int) -> str:
        try:
            return unescape(body, self.encoding)
        except StringError as error:
            raise SyntaxProblem(row + 1, str(error)) from None

    # -- grammar ---------------------------------------------------------------------------------

    def _name(self, name: str, row: int, obsolete: bool, previous: bool) -> None:
        if name == "domain" and not previous:
            raise SyntaxProblem(row + 1, "'domain' directive: msgfmt -c refuses it in a catalog")
        if name not in _KEYWORDS or (previous and name == "msgstr"):
            raise SyntaxProblem(row + 1, f'keyword "{name}" unknown')
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
            raise SyntaxProblem(
                row + 1,
                "missing 'msgid_plural' section" if self.state == _MSGID and token == "[" else "syntax error",
            )
        self._check_obsolete(obsolete, row)
        self.pending_index.append(token)
        pieces = self.pending_index
        if (len(pieces) == 1 and pieces[0] != "[") or (len(pieces) == 2 and not pieces[1].isdigit()):
            raise SyntaxProblem(row + 1, "syntax error")
        if len(pieces) == 3:
            if pieces[2] != "]":
                raise SyntaxProblem(row + 1, "syntax error")
            self.state = _PLURAL if not self._forms() else _DONE_PLURAL
            self._keyword("msgstr", row, obsolete, False, pieces[1], continued=True)

    def _forms(self) -> int:
        draft = self.draft
        return 0 if draft is None else sum(1 for name in draft.fields if name.startswith("msgstr["))

    def _check_obsolete(self, obsolete: bool, row: int) -> None:
        draft = self.draft
        if draft is not None and draft.obsolete is not None and draft.obsolete != obsolete:
            raise SyntaxProblem(row + 1, "inconsistent use of #~")

    def _close_strings(self, row: int) -> None:
        strings = self.strings
        if not strings:
            raise SyntaxProblem(row + 1, "syntax error")
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
            raise SyntaxProblem(row + 1, _unexpected(state, token))
        draft = self.draft
        if state == _BETWEEN:
            if draft is None:
                draft = self.draft = _Draft(row)
            draft.obsolete = obsolete
        elif draft.obsolete != obsolete:  # type: ignore[union-attr]
            raise SyntaxProblem(row + 1, "inconsistent use of #~")
        if index is not None:
            expected = self._forms()
            if int(index) != expected:
                reason = (
                    "first plural form has nonzero index" if expected == 0 else "plural form has wrong index"
                )
                raise SyntaxProblem(row + 1, reason)
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
            raise SyntaxProblem(row + 1, "syntax error")
        self._check_obsolete(obsolete, row)
        self.strings.append(value)
        self.field_end = self.last_token_line = row

    def _comment(self, text: str, row: int) -> None:
        if row == self.last_token_line:
            # msgfmt reads it, but no tool writes it, and the line would belong to two entries.
            raise SyntaxProblem(
                row + 1, "a comment on the same line as a string; put it on a line of its own"
            )
        if self.collecting:
            self._close_strings(row)
        if self.state in _COMPLETE:
            self._finish_message()
        elif self.state != _BETWEEN:
            raise SyntaxProblem(row + 1, _unexpected(self.state, "comment"))
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
            raise SyntaxProblem(row + 1, _unexpected(self.state, "end of file"))

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
            flags.extend(_flags(text[1:]))
        elif marker == ":":
            references.extend(text[1:].split())
        elif marker == ".":
            extracted.append(_comment_text(text[1:]))
        elif marker == "!":
            flags.extend(_flags(text[1:]))
        else:
            translator.append(_comment_text(text))
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


@functools.lru_cache(maxsize=512)
def _flags(text: str) -> tuple[str, ...]:
    """The flags of a "#," line (the same few lines recur throughout a catalog)."""
    return tuple(flag for flag in _FLAG_SPLIT.split(text) if flag)


def _comment_text(text: str) -> str:
    """A comment without the one blank that usually follows its marker (and without a CR)."""
    if text.endswith("\r"):
        text = text[:-1]
    return text[1:] if text[:1] == " " else text


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
