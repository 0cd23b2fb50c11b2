"""Finding how a PO file is written: its wrap width (or no wrapping) and its line endings.

The width is read off the file itself. A line that was broken by wrapping (not after a ``\\n``) is
at most the width long, and would have been longer than the width with the next word added; the
file's width lies between the longest such line and the shortest such overflow. Of the widths tools
use (msgcat 79, Transifex 78, Translate Toolkit 77, ...), the one in that range is taken. A file
whose strings are split only after ``\\n`` while some lines are long does not wrap at all.
"""

from __future__ import annotations

import re

from newsl10n.po.model import Entry, Style

_COMMON_WIDTHS = (79, 78, 77, 76, 80, 75, 72, 70, 100, 120)
_FIRST_WORD = re.compile(r'"( *[^ "]*)')
_LONG_LINE = 80
_DEFAULT = 79
_ENOUGH = 200
_PLENTY = 3000


def detect_style(text: str, entries: list[Entry]) -> Style:
    lines = text.split("\n")
    crlf = text.count("\r\n")
    newline = "\r\n" if crlf and crlf * 2 >= len(lines) - 1 else "\n"
    width, polib = _wrap_width(lines, entries)
    return Style(
        wrap_width=width,
        wrap_polib=polib,
        newline=newline,
        final_newline=text.endswith("\n"),
    )


def _wrap_width(lines: list[str], entries: list[Entry]) -> tuple[int | None, bool]:
    """The wrap width (None: no wrapping) and whether blanks start continuation lines (polib)."""
    blank_starts = 0
    longest_wrapped = 0
    shortest_overflow = 10**9
    wrapped = 0
    longest_line = 0
    for entry in entries:
        if "no-wrap" in entry.flags or (entry.msgid == "" and entry.msgctxt is None):
            continue  # the header is often left unwrapped by tools that wrap everything else
        for name, (start, end) in entry.spans.items():
            if name[:3] != "msg":
                continue
            if end - start == 1:
                longest_line = max(longest_line, len(lines[start]))
                continue
            for row in range(start, end - 1):
                line = lines[row].rstrip("\r")
                if line.endswith('\\n"') or line.endswith(' ""'):
                    continue
                wrapped += 1
                if lines[row + 1][:2] == '" ' and line[-2:-1] != " ":
                    blank_starts += 1
                if len(line) > longest_wrapped:
                    longest_wrapped = len(line)
                word = _FIRST_WORD.search(lines[row + 1])
                if word:
                    shortest_overflow = min(shortest_overflow, len(line) + len(word.group(1)))
        if (wrapped > _ENOUGH and shortest_overflow - longest_wrapped <= 1) or wrapped > _PLENTY:
            break  # the width is known exactly, or as well as the rest of the file would tell
    if not wrapped:
        return (None if longest_line > _LONG_LINE else _DEFAULT), False
    polib = blank_starts * 20 >= wrapped  # gettext never starts a line with the blank it broke at
    for width in _COMMON_WIDTHS:
        if longest_wrapped <= width < shortest_overflow:
            return width, polib
    return longest_wrapped, polib
