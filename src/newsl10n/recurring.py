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
_TEMPLATE_LINES = 2  # two stories share a site's template when they share this many short lines
_TEMPLATE_HOLDERS = 3  # a line around a story that this many stories hold is their site's, alone as it may be


@dataclass(frozen=True)
class Recurring:
    """What of one story recurs in the others: the fingerprints of its lines that are their site's template,
    and its first line's if it stands on top of another story too, a site's name, not a headline (a story's
    headline may stand among another's teasers, never on top of it)."""

    lines: frozenset[str] = frozenset()
    tops: frozenset[str] = frozenset()


def block_key(text: str) -> str:
    """The fingerprint a block is remembered by, whatever its spacing."""
    return fingerprint(" ".join(text.split()))


def story_print(texts: Sequence[str]) -> StoryPrint:
    """The print of a story given as its block texts."""
    return StoryPrint(
        lines=frozenset(block_key(text) for text in texts if len(text.split()) <= _SITE_LINE_WORDS),
        paragraphs=frozenset(block_key(text) for text in texts if is_paragraph(text)),
        top=block_key(texts[0]) if texts else "",
    )


def around_the_story(texts: Sequence[str]) -> frozenset[str]:
    """The fingerprints of a story's blocks above its first paragraph and below its last: where a site's
    template stands (all of them on a page with no paragraph the story's shape shows)."""
    story = [index for index, text in enumerate(texts) if is_paragraph(text)] or [len(texts)]
    return frozenset(
        block_key(text) for index, text in enumerate(texts) if not story[0] <= index <= story[-1]
    )


def recurring(
    stories: Sequence[StoryPrint], targets: Sequence[int], outside: Sequence[frozenset[str]]
) -> list[Recurring]:
    """What of each target story recurs in the other stories, each story's versions counted once.

    A line counts where a story that shares it shares at least one more of the target's lines, one of them
    ``outside`` the target's story (around it: :func:`around_the_story`), or where it stands around the target's
    story and two more stories hold it. Two pages of one site share their template, above and below the story;
    two stories of different sites may share a heading or two among their paragraphs ("Summary", "Step 1",
    "Ingredients"), and those are the stories' own.
    """
    groups = _by_story(stories)
    group_of = {index: number for number, members in enumerate(groups) for index in members}
    lines = [frozenset().union(*(stories[index].lines for index in members)) for members in groups]
    holders: defaultdict[str, set[int]] = defaultdict(set)
    top_holders: defaultdict[str, set[int]] = defaultdict(set)
    for number, members in enumerate(groups):
        for line in lines[number]:
            holders[line].add(number)
        for index in members:
            if stories[index].top:
                top_holders[stories[index].top].add(number)
    # the other stories a line stands around: a template line there is one wherever it stands in a story whose
    # bounds a site notice of a sentence's shape shifted ("% of readers think this story is Fact. Add your two cents.")
    holders_around: defaultdict[str, set[int]] = defaultdict(set)
    for target, around in zip(targets, outside, strict=True):
        for line in around:
            holders_around[line].add(group_of[target])
    found = []
    for target, around in zip(targets, outside, strict=True):
        own = group_of[target]
        shared: Counter[int] = Counter()  # the lines each other story shares with the target
        shared_around: Counter[int] = Counter()  # ... of them, those around the target's story
        for line in stories[target].lines:
            shared.update(holders[line] - {own})
            if line in around:
                shared_around.update(holders[line] - {own})
        found.append(
            Recurring(
                frozenset(
                    line
                    for line in stories[target].lines
                    if any(
                        shared[other] >= _TEMPLATE_LINES and shared_around[other]
                        for other in holders[line] - {own}
                    )
                    # an advertisement a site sets above or below every story, and nothing else the same
                    or (line in around and len(holders[line] - {own}) >= _TEMPLATE_HOLDERS - 1)
                    or len(holders_around[line] - {own}) >= _TEMPLATE_HOLDERS
                ),
                frozenset({stories[target].top} if top_holders[stories[target].top] - {own} else ()),
            )
        )
    return found


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


def is_paragraph(text: str) -> bool:
    """A story's paragraph: long, and ending like a sentence."""
    return len(text.split()) >= _PARAGRAPH_WORDS and ends_like_sentence(text)
