"""Writing a catalog back: only what changed is rewritten, in the file's own style.

Every line of an unchanged entry, the header, blank lines and comments are copied byte for byte
from the file as it was read. In a changed entry only the lines of the changed fields are replaced:
a msgstr (or msgstr[n]) keeps its unchanged lines at both ends and is wrapped at the file's width
(never for ``#, no-wrap`` entries); the ``#,`` line is rewritten in place, or inserted where gettext
puts it. Entries added to ``catalog.entries`` are written after the entry they follow; entries
removed from it lose their lines and the blank line before them.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass

from newsl10n.po.errors import UnencodableText
from newsl10n.po.layout import layout, relayout
from newsl10n.po.model import FLAGS, MSGSTR, PREVIOUS, Catalog, Entry, plural_span
from newsl10n.po.strings import unescape

_LITERAL = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"')
_FLAG_LINE = re.compile(r"[ \t]*#[,!]")


@dataclass
class EntryChange:
    """What to change in one entry: a new msgstr, some msgstr[n], the fuzzy flag, the flags.

    Fields left None stay as they are. ``drop_previous`` removes the ``#|`` lines (done when a
    translator confirms a fuzzy entry).
    """

    msgstr: str | None = None
    msgstr_plural: Mapping[int, str] | None = None
    fuzzy: bool | None = None
    flags: list[str] | None = None
    drop_previous: bool = False

    def apply(self, entry: Entry) -> None:
        if self.msgstr is not None:
            entry.msgstr = self.msgstr
        if self.msgstr_plural is not None:
            entry.msgstr_plural.update(self.msgstr_plural)
        if self.flags is not None:
            entry.flags = list(self.flags)
        if self.fuzzy is not None:
            entry.fuzzy = self.fuzzy
        if self.drop_previous:
            entry.previous_msgctxt = entry.previous_msgid = entry.previous_msgid_plural = None


def render_changes(catalog: Catalog, changes: Mapping[tuple[str | None, str], EntryChange]) -> bytes:
    """The file with ``changes`` (by entry key, ``(msgctxt, msgid)``) made; ``catalog`` is not modified."""
    edited = copy.copy(catalog)
    edited.entries = list(catalog.entries)
    known = {entry.key: index for index, entry in enumerate(catalog.entries)}
    for key, change in changes.items():
        if key not in known:
            raise KeyError(f"no entry {key!r} in {catalog.path}")
        index = known[key]
        entry = copy.copy(catalog.entries[index])
        entry.flags = list(entry.flags)
        entry.msgstr_plural = dict(entry.msgstr_plural)
        change.apply(entry)
        edited.entries[index] = entry
    return render(edited)


def render(catalog: Catalog) -> bytes:
    """The catalog as bytes: the file as read, with the entries that changed rewritten.

    With no change at all this is exactly the bytes that were parsed.
    """
    return _Writer(catalog).write()


class _Writer:
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.rows = catalog.data.split(b"\n")
        self.newline_cr = catalog.style.newline == "\r\n"

    # -- the file ----------------------------------------------------------------------------------

    def write(self) -> bytes:
        catalog = self.catalog
        header = catalog.header_entry
        current = [header, *catalog.entries] if header is not None else list(catalog.entries)
        by_start = {entry.spans["entry"][0]: entry for entry in current if entry.spans}
        starts = [entry.spans["entry"][0] for entry in current if entry.spans]
        if starts != sorted(starts):
            raise ValueError("entries read from the file cannot be reordered; only changed, added or removed")
        followers: dict[int, list[Entry]] = {}
        anchor = starts[0] if starts else 0
        for entry in current:
            if entry.spans:
                anchor = entry.spans["entry"][0]
            else:
                followers.setdefault(anchor, []).append(entry)

        out: list[bytes] = []
        cursor = 0
        for start, end in catalog.layout:
            gap = self.rows[cursor:start]
            cursor = end
            entry = by_start.get(start)
            if entry is None:  # removed: its lines go, and the blank lines before it
                if any(row.strip() for row in gap):
                    out.extend(gap)
                continue
            out.extend(gap)
            out.extend(self._entry_rows(entry))
            for added in followers.get(start, []):
                out.append(self._encode("", entry.line))
                out.extend(self._encode(line, entry.line) for line in self._format(added))
        out.extend(self.rows[cursor:])
        return b"\n".join(out)

    # -- one entry ---------------------------------------------------------------------------------

    def _entry_rows(self, entry: Entry) -> list[bytes]:
        start, end = entry.spans["entry"]
        if not entry.changed:
            return self.rows[start:end]
        if MSGSTR not in entry.spans and plural_span(0) not in entry.spans:
            return [self._encode(line, entry.line) for line in self._format(entry)]
        return self._edit(entry)

    def _edit(self, entry: Entry) -> list[bytes]:
        """The entry's rows with the changed fields replaced (keyed by their first row)."""
        start, end = entry.spans["entry"]
        original = entry.original or ()
        old_msgstr, old_plural, old_flags, old_previous = original
        replace: dict[int, tuple[int, list[str]]] = {}  # first row -> (end row, new lines)
        inserts: dict[int, list[str]] = {}  # row -> lines written before it
        width = None if "no-wrap" in entry.flags else self.catalog.style.wrap_width

        if not entry.is_plural and entry.msgstr != old_msgstr:
            replace[entry.spans[MSGSTR][0]] = self._field(entry, MSGSTR, "msgstr", entry.msgstr, width)
        if entry.is_plural and tuple(sorted(entry.msgstr_plural.items())) != old_plural:
            old = dict(old_plural)
            last_end = max(entry.spans[plural_span(index)][1] for index in old)
            for index, value in sorted(entry.msgstr_plural.items()):
                name = plural_span(index)
                if index in old and old[index] != value:
                    replace[entry.spans[name][0]] = self._field(entry, name, name, value, width)
                elif index not in old:
                    inserts.setdefault(last_end, []).extend(
                        layout(name, value, width, self._prefix(entry), self._prefix(entry))
                    )
            for index in old:
                if index not in entry.msgstr_plural:
                    first, stop = entry.spans[plural_span(index)]
                    replace[first] = (stop, [])
        if tuple(entry.flags) != old_flags:
            self._edit_flags(entry, replace, inserts)
        previous = (entry.previous_msgctxt, entry.previous_msgid, entry.previous_msgid_plural)
        if previous != old_previous:
            self._edit_previous(entry, previous, replace, inserts)

        out: list[bytes] = []
        row = start
        while row < end:
            for line in inserts.pop(row, []):
                out.append(self._encode(line, row + 1))
            if row in replace:
                stop, lines = replace[row]
                out.extend(self._encode(line, row + 1) for line in lines)
                row = stop
                continue
            out.append(self.rows[row])
            row += 1
        for line in inserts.pop(end, []):
            out.append(self._encode(line, end))
        return out

    def _field(
        self, entry: Entry, span: str, keyword: str, value: str, width: int | None
    ) -> tuple[int, list[str]]:
        first, stop = entry.spans[span]
        old_lines = [self._decode(row) for row in range(first, stop)]
        bodies = [self._body(line, keyword if index == 0 else None) for index, line in enumerate(old_lines)]
        prefix = old_lines[0][: max(old_lines[0].find("msgstr"), 0)]
        continuation = prefix
        if len(old_lines) > 1 and '"' in old_lines[1]:
            continuation = old_lines[1][: old_lines[1].index('"')]
        lines = relayout(keyword, old_lines, bodies, value, width, prefix, continuation)
        return stop, lines

    def _body(self, line: str, keyword: str | None) -> str:
        return "".join(unescape(body, self.catalog.encoding) for body in _LITERAL.findall(line))

    def _prefix(self, entry: Entry) -> str:
        return "#~ " if entry.obsolete else ""

    def _edit_flags(self, entry: Entry, replace: dict, inserts: dict) -> None:
        line = "#, " + ", ".join(entry.flags) if entry.flags else None
        if FLAGS in entry.spans:
            first, stop = entry.spans[FLAGS]
            written = False
            for row in range(first, stop):
                if _FLAG_LINE.match(self._decode(row)):
                    replace[row] = (row + 1, [line] if line and not written else [])
                    written = True
            return
        if line is None:
            return
        anchor = min(entry.spans[name][0] for name in (PREVIOUS, "msgctxt", "msgid") if name in entry.spans)
        inserts.setdefault(anchor, []).append(line)

    def _edit_previous(self, entry: Entry, previous: tuple, replace: dict, inserts: dict) -> None:
        prefix = "#~| " if entry.obsolete else "#| "
        width = self.catalog.style.wrap_width
        lines: list[str] = []
        for keyword, value in zip(("msgctxt", "msgid", "msgid_plural"), previous, strict=True):
            if value is not None:
                lines.extend(layout(keyword, value, width, prefix, prefix))
        if PREVIOUS in entry.spans:
            first, stop = entry.spans[PREVIOUS]
            replace[first] = (stop, lines)
        elif lines:
            anchor = min(entry.spans[name][0] for name in ("msgctxt", "msgid") if name in entry.spans)
            inserts.setdefault(anchor, []).extend(lines)

    # -- a whole entry -----------------------------------------------------------------------------

    def _format(self, entry: Entry) -> list[str]:
        """An entry written out in full, in gettext's order, at the file's width."""
        width = None if "no-wrap" in entry.flags else self.catalog.style.wrap_width
        prefix = "#~ " if entry.obsolete else ""
        lines = [f"# {comment}" if comment else "#" for comment in entry.translator_comments]
        lines += [f"#. {comment}" for comment in entry.extracted_comments]
        if entry.references:
            lines.append("#: " + " ".join(entry.references))
        if entry.flags:
            lines.append("#, " + ", ".join(entry.flags))
        previous_prefix = "#~| " if entry.obsolete else "#| "
        for keyword, value in (
            ("msgctxt", entry.previous_msgctxt),
            ("msgid", entry.previous_msgid),
            ("msgid_plural", entry.previous_msgid_plural),
        ):
            if value is not None:
                lines += layout(keyword, value, width, previous_prefix)
        if entry.msgctxt is not None:
            lines += layout("msgctxt", entry.msgctxt, width, prefix)
        lines += layout("msgid", entry.msgid, width, prefix)
        if entry.msgid_plural is not None:
            lines += layout("msgid_plural", entry.msgid_plural, width, prefix)
            for index, value in sorted(entry.msgstr_plural.items()):
                lines += layout(plural_span(index), value, width, prefix)
        else:
            lines += layout("msgstr", entry.msgstr, width, prefix)
        return lines

    # -- bytes -------------------------------------------------------------------------------------

    def _decode(self, row: int) -> str:
        return self.rows[row].decode(self.catalog.encoding).rstrip("\r")

    def _encode(self, line: str, at_line: int) -> bytes:
        try:
            data = line.encode(self.catalog.encoding)
        except UnicodeEncodeError:
            raise UnencodableText(
                self.catalog.path, at_line, line, self.catalog.charset or self.catalog.encoding
            ) from None
        return data + b"\r" if self.newline_cr else data
