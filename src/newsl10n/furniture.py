"""Page furniture in an article's blocks, anywhere in the text: what to leave out, and the kind of what stays.

A block is classified on its own first (:mod:`newsl10n.newsparts`): a credit, byline or caption is kept
and marked; a share prompt, gallery counter, copyright line, newsletter prompt and the like is dropped.
Then structure decides what a block alone cannot:

* the title-like lines after a list heading ("Most read", "Related", "More:") are its teasers;
* a run of three or more very short link-like lines is a menu or tag list;
* a title-like line that repeats the headline, or that occurs in other articles of the same batch, is a
  teaser or widget (a sentence that repeats across articles is kept: two stories can quote one source);
* a comments heading followed by comment bylines starts the comment section, which runs to the end.

Precision comes before recall: a block that reads like prose is never dropped by structure alone, and
credits, bylines and captions are never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from newsl10n.model import Kind
from newsl10n.newsparts import (
    furniture_reason,
    is_byline,
    is_caption,
    is_credit,
    is_list_heading,
    is_teaser,
    is_title_like,
)

_MENU_RUN = 3  # this many very short link-like lines in a row are a menu or tag list
_MENU_WORDS = 4
_COMMENT_HEADING_RE = re.compile(
    r"^(?:\d+\s+)?(?:comments?|reader comments|join the (?:conversation|discussion))$", re.I
)
_COMMENT_MARK_RE = re.compile(
    r"^(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|reply|\d+\s+repl(?:y|ies))$",
    re.I,
)


@dataclass(frozen=True)
class BlockVerdict:
    """What to do with one block: ``drop`` is why it is left out (None keeps it); ``kind`` is what it is."""

    kind: Kind | None = None  # None: ordinary body text
    drop: str | None = None


def classify_blocks(texts: Sequence[str], *, repeated: Collection[str] = ()) -> list[BlockVerdict]:
    """One verdict per block of one article, in document order (``texts`` are plain text, one per block).

    ``repeated`` holds block texts that also occur in other articles of the same batch.
    """
    texts = [" ".join(text.split()) for text in texts]
    verdicts = [_classify_alone(text) for text in texts]
    marked = [verdict.kind is not None for verdict in verdicts]
    drops = [verdict.drop for verdict in verdicts]
    _drop_list_teasers(texts, drops, marked)
    _drop_menus(texts, drops, marked)
    _drop_repeats(texts, drops, marked, repeated)
    _drop_comment_section(texts, drops, marked)
    return [
        verdict if drop == verdict.drop else BlockVerdict(verdict.kind, f"furniture: {drop}")
        for verdict, drop in zip(verdicts, drops, strict=True)
    ]


def _classify_alone(text: str) -> BlockVerdict:
    if is_credit(text):
        return BlockVerdict(Kind.CREDIT)
    if is_byline(text):
        return BlockVerdict(Kind.BYLINE)
    if is_caption(text):
        return BlockVerdict(Kind.CAPTION)
    reason = furniture_reason(text)
    return BlockVerdict(drop=f"furniture: {reason}" if reason else None)


def _droppable(index: int, drops: list[str | None], marked: list[bool]) -> bool:
    """Structure may drop a block that is not the first (the headline) and not a credit, byline or caption."""
    return index > 0 and drops[index] is None and not marked[index]


def _drop_list_teasers(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    for index, text in enumerate(texts):
        footer = drops[index] == "furniture: copyright line"  # what follows a copyright line is the footer
        if drops[index] is None or not (footer or is_list_heading(text)):
            continue
        heading = "footer" if footer else text.rstrip(":.…>»→|- ")
        for follower in range(index + 1, len(texts)):
            if is_list_heading(texts[follower]):
                break  # the next list: its own teasers are its own
            if drops[follower] is not None:
                continue  # a counter or label inside the list
            if not _droppable(follower, drops, marked) or not is_teaser(texts[follower]):
                break
            drops[follower] = f"teaser in '{_short(heading)}' list"


def _drop_menus(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    def menu_item(index: int) -> bool:
        text = texts[index]
        return _droppable(index, drops, marked) and is_title_like(text, max_words=_MENU_WORDS)

    index = 0
    while index < len(texts):
        end = index
        while end < len(texts) and (menu_item(end) or (end > index and drops[end] is not None)):
            end += 1
        items = [i for i in range(index, end) if drops[i] is None]
        if len(items) >= _MENU_RUN:
            for item in items:
                drops[item] = "link list"
        index = max(end, index + 1)


def _drop_repeats(
    texts: list[str], drops: list[str | None], marked: list[bool], repeated: Collection[str]
) -> None:
    headline = texts[0] if texts else ""
    for index, text in enumerate(texts):
        if not _droppable(index, drops, marked) or not is_title_like(text):
            continue
        if text == headline:
            drops[index] = "repeats the headline"
        elif text in repeated:
            drops[index] = "repeated in other articles"


def _drop_comment_section(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    for index, text in enumerate(texts):
        if index == 0 or not _COMMENT_HEADING_RE.match(text):
            continue
        if any(_COMMENT_MARK_RE.match(texts[i]) for i in range(index + 1, min(index + 5, len(texts)))):
            for follower in range(index, len(texts)):
                if drops[follower] is None:
                    drops[follower] = "comment section"
            return


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
