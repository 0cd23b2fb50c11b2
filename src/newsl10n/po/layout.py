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

import re

from newsl10n.po.strings import escape

_PORTION = re.compile(r"[^\n]*\n|[^\n]+")
_WORD = re.compile(r"[^ ]+ *| +")


def portions(value: str) -> list[str]:
    """The value cut after each newline, as gettext cuts it ("" stays one empty portion)."""
    return _PORTION.findall(value) or [""]


def _wrap_portion(escaped: str, first_column: int, column: int, width: int | None) -> list[str]:
    """Break an escaped portion after spaces; the first line starts at ``first_column``."""
    if width is None:
        return [escaped]
    words = _WORD.findall(escaped)
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
    keyword: str, value: str, width: int | None, prefix: str = "", continuation: str | None = None
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
        single = _wrap_portion(escaped[0], len(head), len(continuation), width)
        if len(single) == 1:
            return [f'{head}"{single[0]}"']
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
) -> list[str]:
    """New lines for a field whose value changed, keeping unchanged lines at both ends.

    ``old_lines`` are the field's lines as written; ``old_bodies`` the unescaped string each one
    holds (the first is the keyword line's). Falls back to :func:`layout` when nothing can be kept.
    """
    if continuation is None:
        continuation = prefix
    canonical = layout(keyword, value, width, prefix, continuation)
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
            chunks = _wrap_portion(escape(part), len(continuation), len(continuation), width)
            new_middle.extend(f'{continuation}"{chunk}"' for chunk in chunks)
    tail = lines[len(lines) - kept_tail :] if kept_tail else []
    return [old_lines[0], *lines[:kept_head], *new_middle, *tail]
