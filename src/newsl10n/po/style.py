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


def detect_style(text: str, entries: list[Entry]) -> Style:
    lines = text.split("\n")
    crlf = sum(1 for line in lines[:-1] if line.endswith("\r"))
    newline = "\r\n" if crlf and crlf * 2 >= len(lines) - 1 else "\n"
    return Style(
        wrap_width=_wrap_width(lines, entries),
        newline=newline,
        final_newline=text.endswith("\n"),
    )


def _wrap_width(lines: list[str], entries: list[Entry]) -> int | None:
    skipped = bytearray(len(lines))  # rows of no-wrap entries and of the header
    for entry in entries:
        if "no-wrap" in entry.flags or (entry.msgid == "" and entry.msgctxt is None):
            start, end = entry.spans.get("entry", (0, 0))
            skipped[start:end] = b"\x01" * (end - start)
    longest_wrapped = 0
    shortest_overflow = 10**9
    wrapped = 0
    longest_line = 0
    for row in range(len(lines) - 1):
        following = lines[row + 1]
        if skipped[row]:
            continue
        line = lines[row]
        if len(line) > longest_line and line.lstrip("#~| ")[:1] in ('"', "m"):
            longest_line = len(line.rstrip("\r"))
        if '"' not in following[:4] or not following.lstrip("#~| ").startswith('"'):
            continue
        line = line.rstrip("\r")
        if not line.endswith('"') or line.endswith(' ""') or line.endswith('\\n"'):
            continue
        wrapped += 1
        if len(line) > longest_wrapped:
            longest_wrapped = len(line)
        word = _FIRST_WORD.search(following)
        if word:
            shortest_overflow = min(shortest_overflow, len(line) + len(word.group(1)))
    if not wrapped:
        return None if longest_line > _LONG_LINE else _DEFAULT
    for width in _COMMON_WIDTHS:
        if longest_wrapped <= width < shortest_overflow:
            return width
    return longest_wrapped
