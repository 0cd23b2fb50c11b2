"""Laying a string out as PO lines the way gettext's ``msgcat`` does, at a given width.

gettext splits a value after every ``\\n``; each such portion is wrapped at spaces so that no line
(prefix, keyword and quotes included) is longer than the width. When the value has more than one
portion or does not fit on the keyword's line, the keyword gets an empty string (``msgstr ""``) and
the text starts on the next line. A ``#, no-wrap`` entry, or a file that does not wrap, is split
only after ``\\n``.

:func:`relayout` changes an existing field with the fewest changed lines: lines at the start and at
the end whose text is unchanged are kept as they were, and only the changed middle is wrapped anew.
"""

from __future__ import annotations

import itertools
import re
import textwrap

from newsl10n.po.strings import escape

_PORTION = re.compile(r"[^\n]*\n|[^\n]+")
# Where a line may break, after Unicode line breaking (UAX #14) as gettext's libunistring applies
# it to prose (read off msgcat's output): after spaces, after a hyphen before a letter ("Home-|Verzeichnis"),
# after a slash followed by a letter ("</|link>"), after a stop, comma, colon or semicolon followed by a
# letter or a backtick ("file.|html", ":|func:|`len`"; not "1.5"), after "!" or "?", after a dash, an
# ellipsis, "}" or "|" followed by a word, before an em dash, and between ")" or "]" and "("; never inside
# an escape sequence.
_BREAK = re.compile(
    r"(?<= )(?=[^ ])|(?<=-)(?=[^\W\d_])|(?<=/)(?=[^\W\d_])|(?<=[.,;:])(?=[^\W\d_]|[(`]|\\\")"
    r"|(?<=[!?])(?=[\w(]|\\\")|(?<=[}|—–…])(?=[\w(])|(?<=[)\]])(?=\()|(?<=[^\s—])(?=—)"
)


def portions(value: str) -> list[str]:
    """The value cut after each newline, as gettext cuts it ("" stays one empty portion)."""
    return _PORTION.findall(value) or [""]


def _words(escaped: str) -> list[str]:
    """The pieces between break opportunities (each keeps the spaces that follow it)."""
    cuts = [match.start() for match in _BREAK.finditer(escaped)]
    if not cuts:
        return [escaped]
    bounds = [0, *cuts, len(escaped)]
    return [escaped[start:end] for start, end in itertools.pairwise(bounds) if end > start]


def _wrap_portion(
    escaped: str, first_column: int, column: int, width: int | None, polib: bool = False
) -> list[str]:
    """Break an escaped portion after spaces; the first line starts at ``first_column``.

    ``polib`` wraps as polib (and so Transifex) does: Python's textwrap on the escaped text, where
    a blank that does not fit starts the next line.
    """
    if width is None:
        return [escaped]
    if polib:
        return textwrap.wrap(escaped, width - 2, drop_whitespace=False, break_long_words=False) or [""]
    words = _words(escaped)
    if len(words) > 1 and words[-1] == "\\n":  # gettext never breaks right before a final \n
        words[-2:] = [words[-2] + words[-1]]
    lines: list[str] = []
    current = ""
    start = first_column
    for word in words:
        if current and start + len(current) + len(word) + 2 > width:
            lines.append(current)
            current = ""
            start = column
        current += word
    lines.append(current)
    return lines


def layout(
    keyword: str,
    value: str,
    width: int | None,
    prefix: str = "",
    continuation: str | None = None,
    polib: bool = False,
) -> list[str]:
    """The lines of ``keyword "value"`` (without line endings), wrapped as msgcat wraps them.

    ``prefix`` starts every line ("#~ " for an obsolete entry, "#| " for a previous string);
    ``continuation`` starts the lines after the first (``prefix`` by default).
    """
    if continuation is None:
        continuation = prefix
    head = f"{prefix}{keyword} "
    parts = portions(value)
    escaped = [escape(part) for part in parts]
    if len(parts) == 1:
        if polib:
            # polib's test: the unescaped length less its special characters, against the room left
            special = sum(value.count(char) for char in '\\\n\r\t"')
            fits = width is None or len(value) - special <= width - len(keyword) - 3
            if fits:
                return [f'{head}"{escaped[0]}"']
            chunks = _wrap_portion(escaped[0], 0, 0, width, polib)
            return [f'{head}""', *(f'{continuation}"{chunk}"' for chunk in chunks)]
        single = _wrap_portion(escaped[0], len(head), len(continuation), width)
        if len(single) == 1:
            return [f'{head}"{single[0]}"']
    if polib:  # polib leaves values with newlines unwrapped, one line per portion
        return [f'{head}""', *(f'{continuation}"{part}"' for part in escaped)]
    lines = [f'{head}""']
    for part in escaped:
        lines.extend(
            f'{continuation}"{chunk}"'
            for chunk in _wrap_portion(part, len(continuation), len(continuation), width)
        )
    return lines


def relayout(
    keyword: str,
    old_lines: list[str],
    old_bodies: list[str],
    value: str,
    width: int | None,
    prefix: str = "",
    continuation: str | None = None,
    polib: bool = False,
) -> list[str]:
    """New lines for a field whose value changed, keeping unchanged lines at both ends.

    ``old_lines`` are the field's lines as written; ``old_bodies`` the unescaped string each one
    holds (the first is the keyword line's). Falls back to :func:`layout` when nothing can be kept.
    """
    if continuation is None:
        continuation = prefix
    canonical = layout(keyword, value, width, prefix, continuation, polib)
    if len(canonical) == 1 or len(old_lines) < 2 or old_bodies[0] != "":
        return canonical
    bodies = old_bodies[1:]
    lines = old_lines[1:]
    kept_head = 0
    consumed = 0
    while kept_head < len(bodies) and value.startswith(bodies[kept_head], consumed) and bodies[kept_head]:
        consumed += len(bodies[kept_head])
        kept_head += 1
    kept_tail = 0
    tail_length = 0
    while kept_head + kept_tail < len(bodies):
        body = bodies[len(bodies) - 1 - kept_tail]
        if not body or len(value) - tail_length - len(body) < consumed:
            break
        if not value.endswith(body, 0, len(value) - tail_length):
            break
        tail_length += len(body)
        kept_tail += 1
    if kept_head == 0 and kept_tail == 0:
        return canonical
    middle = value[consumed : len(value) - tail_length]
    new_middle: list[str] = []
    if middle:
        for part in portions(middle):
            chunks = _wrap_portion(escape(part), len(continuation), len(continuation), width, polib)
            new_middle.extend(f'{continuation}"{chunk}"' for chunk in chunks)
    tail = lines[len(lines) - kept_tail :] if kept_tail else []
    return [old_lines[0], *lines[:kept_head], *new_middle, *tail]
