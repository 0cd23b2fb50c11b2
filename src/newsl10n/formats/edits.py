"""Writing a file back as edits of its source: every byte outside the edited spans stays as it was.

A format's reader records, for each block, the source span its content came from and the content as the
writer would write it unchanged. The writer turns changed contents into :class:`Edit` objects and
:func:`apply` splices them in. An attribute-like value (an image's ``alt`` in ``<img ...>`` or in
``![alt](src)``) sits inside a larger piece of markup, its *holder*; when a block that carries that markup
verbatim as a code is replaced too, the value is changed in the block's new text instead.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    text: str
    holder: tuple[int, int] | None = None  # the markup span holding this value, when it is a value


def apply(source: str, edits: Iterable[Edit]) -> str:
    """``source`` with every edit made; values inside a replaced block are changed in its new text."""
    blocks: list[tuple[int, int, str]] = []
    held: dict[tuple[int, int], list[Edit]] = {}
    for edit in edits:
        if edit.holder is None:
            blocks.append((edit.start, edit.end, edit.text))
        else:
            held.setdefault(edit.holder, []).append(edit)
    blocks.sort()
    starts = [block[0] for block in blocks]
    holders: list[tuple[int, int, str]] = []
    for (holder_start, holder_end), values in sorted(held.items()):
        old = source[holder_start:holder_end]
        new = splice(
            old, [(edit.start - holder_start, edit.end - holder_start, edit.text) for edit in values]
        )
        outer = bisect.bisect_right(starts, holder_start) - 1  # the replaced block it sits in, if any
        if outer < 0 or holder_start >= blocks[outer][1]:
            holders.append((holder_start, holder_end, new))
        elif blocks[outer][2].count(old) == 1:
            start, end, text = blocks[outer]
            blocks[outer] = (start, end, text.replace(old, new))
    return splice(source, sorted(blocks + holders))


def splice(text: str, replacements: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, new)`` (sorted, not overlapping) put in place."""
    pieces: list[str] = []
    position = 0
    for start, end, new in sorted(replacements):
        pieces.append(text[position:start])
        pieces.append(new)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
