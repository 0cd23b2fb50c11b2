"""A preview of readers' comments set inside the story, printed whole by the extractor.

Papers show a few readers' comments between two paragraphs of an opinion piece, with a link to the rest: each
comment under its stamp, the reader's name and the day ("Don Levi September 27, 2016"), its text cut short, and the
box closed by "SEE ALL COMMENTS". The comments read like prose; what gives them away is the closing link and the
stamps that recur above it, one every few blocks. The story goes on below the box.
"""

from __future__ import annotations

import re

from newsl10n.credits import MONTH
from newsl10n.furniture.reading import droppable

_CLOSING_RE = re.compile(
    r"^(?:see|view|read|show) (?:all|more)(?: \d[\d,]*)? (?:readers['’]? )?comments$", re.I
)
# a reader's name or pen name and the day: "Liberty Apples September 26, 2016"
_STAMP_RE = re.compile(rf"^\D{{2,60}}? {MONTH} \d{{1,2}}, \d{{4}}$", re.I)
_STAMP_GAP = 3  # a comment's text takes a block or two between its stamp and the next
_PREVIEW_STAMPS = 2
_COMMENT_WORDS = 120  # a preview cuts each comment short
_REASON = "comment preview"


def drop_comment_previews(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """The box's closing link, and above it its stamped comments back to the first stamp of their run."""
    for closing, text in enumerate(texts):
        if closing == 0 or not _CLOSING_RE.match(text):
            continue
        start, last_stamp = closing, closing
        for index in range(closing - 1, 0, -1):
            if last_stamp - index > _STAMP_GAP or not _is_preview_line(index, texts, drops, marked):
                break
            if _STAMP_RE.match(texts[index]):
                start = last_stamp = index
        stamps = sum(1 for index in range(start, closing) if _STAMP_RE.match(texts[index]))
        if stamps < _PREVIEW_STAMPS:
            start = closing  # the link alone
        for index in range(start, closing + 1):
            if drops[index] is None:
                drops[index] = _REASON


def _is_preview_line(index: int, texts: list[str], drops: list[str | None], marked: list[bool]) -> bool:
    """A comment's stamp (which may read as a dated byline), its text, or what is dropped already."""
    if drops[index] is not None or _STAMP_RE.match(texts[index]):
        return True
    return droppable(index, drops, marked) and len(texts[index].split()) <= _COMMENT_WORDS
