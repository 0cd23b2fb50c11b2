"""Lines a site's template repeats: what recurs across different stories, read together or one after another.

A short line found in two stories is their site's menu, widget, slogan or footer, and a first line on top of
two is the site's name; the furniture pass decides which of them to drop (:mod:`newsl10n.furniture`). The
stories are those of one batch and those translated into the same output folder before (their templates keep
each one's :class:`~newsl10n.model.StoryPrint`), so a desk that translates one article at a time learns a
site's template as a batch would.

Two files may also hold one story: an update saved under a new name, one wire story on two pages. They share
their paragraphs, and what they share is the story's, so the versions of a story count once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from newsl10n.model import StoryPrint, fingerprint
from newsl10n.newsparts import ends_like_sentence

_PARAGRAPH_WORDS = 12  # a block this long that ends like a sentence is a story's paragraph
_SITE_LINE_WORDS = 40  # a line a site repeats under its stories is this short; a longer one is a story's
_VERSION_SHARE = 0.5  # two versions of a story share at least this part of the shorter one's paragraphs
_VERSION_PARAGRAPHS = 2  # ... and at least this many: one shared paragraph is a quote or a site's notice
_SITE_NOTICE_HOLDERS = 10  # a paragraph in more stories than this is a site's notice, not a story's


@dataclass(frozen=True)
class Recurring:
    """The fingerprints of the lines that stand in two or more stories, and of those that stand on top of two
    or more: a site's name, not a headline (a story's headline may stand among another's teasers)."""

    lines: frozenset[str] = frozenset()
    tops: frozenset[str] = frozenset()


def block_key(text: str) -> str:
    """The fingerprint a block is remembered by, whatever its spacing."""
    return fingerprint(" ".join(text.split()))


def story_print(texts: Sequence[str]) -> StoryPrint:
    """The print of a story given as its block texts."""
    return StoryPrint(
        lines=frozenset(block_key(text) for text in texts if len(text.split()) <= _SITE_LINE_WORDS),
        paragraphs=frozenset(block_key(text) for text in texts if _is_paragraph(text)),
        top=block_key(texts[0]) if texts else "",
    )


def recurring(stories: Sequence[StoryPrint]) -> Recurring:
    """What recurs across the stories, each story's versions counted once."""
    lines: Counter[str] = Counter()
    tops: Counter[str] = Counter()
    for versions in _by_story(stories):
        lines.update(frozenset().union(*(stories[index].lines for index in versions)))
        tops.update({stories[index].top for index in versions} - {""})
    return Recurring(
        frozenset(line for line, count in lines.items() if count > 1),
        frozenset(top for top, count in tops.items() if count > 1),
    )


def _by_story(stories: Sequence[StoryPrint]) -> list[list[int]]:
    """The stories' indexes grouped: the versions of one story together, every other story alone."""
    holders: defaultdict[str, list[int]] = defaultdict(list)
    for index, story in enumerate(stories):
        for paragraph in story.paragraphs:
            holders[paragraph].append(index)
    shared: Counter[tuple[int, int]] = Counter()
    for members in holders.values():
        if len(members) <= _SITE_NOTICE_HOLDERS:
            shared.update(combinations(members, 2))
    group = list(range(len(stories)))  # union-find: each story's representative

    def root(index: int) -> int:
        while group[index] != index:
            group[index] = group[group[index]]
            index = group[index]
        return index

    for (first, second), count in shared.items():
        shorter = min(len(stories[first].paragraphs), len(stories[second].paragraphs))
        if count >= max(_VERSION_PARAGRAPHS, _VERSION_SHARE * shorter):
            group[root(first)] = root(second)
    groups: defaultdict[int, list[int]] = defaultdict(list)
    for index in range(len(stories)):
        groups[root(index)].append(index)
    return list(groups.values())


def _is_paragraph(text: str) -> bool:
    return len(text.split()) >= _PARAGRAPH_WORDS and ends_like_sentence(text)
