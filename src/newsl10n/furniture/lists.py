"""The items of a list under its heading ("Most read", "Related", "More:"): teasers, their summaries,
their cards signed with a byline or a date.

A heading says what follows is other stories; the list ends where a line can no longer be one of its
items, and one title above the article's prose is its subhead, the list having been lost by the extractor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from newsl10n.credits import is_byline, is_credit, is_tweet_attribution
from newsl10n.furniture.bylines import signed_the_article
from newsl10n.furniture.reading import (
    BY_ALONE_RE,
    CARD_LINE_WORDS,
    CARD_TITLE_WORDS,
    droppable,
    is_card_signature,
    is_card_stamp,
    is_person_name,
    is_prose,
    is_title_case_headline,
    next_kept,
    prose_blocks,
    short,
)
from newsl10n.furniture.repeats import is_page_heading
from newsl10n.newsparts import furniture_reason, is_list_heading, is_teaser, is_title_like
from newsl10n.topicwords import topic_words

_LONG_QUESTION_WORDS = 8  # a teaser's question this long ends a list; a subhead asks in fewer words
_LINKED_HEADLINE_WORDS = 8  # the one story a "Related" label links has a headline this long at least
_BARE_LINK_LABEL_RE = re.compile(
    r"^(?:related(?: (?:story|stories|articles?|coverage|content|links?))?|read (?:more|next|also)|also read|see also)$",
    re.I,
)
_SIGNED_CARD_LINES = 2  # a card's summary stands this near its signature at most (its photo's credit between)
# a list's own introduction, of other stories: "Here are more FA Council perspectives on ..."
_LIST_INTRO_RE = re.compile(r"^(?:here are|here['’]s|check out) more\b.{0,150}\.$", re.I)
# a list's heading that other rules drop by their own names: "Most Read Most Shared", "More Great WIRED Stories"
_LIST_OPENERS = frozenset({"furniture: list heading", "furniture: story navigation"})
# items of one form ("Rex Tillerson - wildcard diplomat"), this many at least, and their separators
_FORMED_ITEMS = 2
_ITEM_SEPARATORS = (" - ", " – ", " — ", ": ", " | ")
_SUMMARY_WORDS = 2  # a teaser's summary names this many of its title's topic words at least
_BARE_TIME_RE = re.compile(r"^\d{1,2}:\d{2}\s*(?:[ap]\.m\.|[AP]M)?$")


def drop_list_teasers(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """The title-like lines after a list heading are its teasers.

    One title line between a heading and the article's prose is the article's subhead: the extractor left
    the list's heading and lost its items ("More about the federal debt" / "The U.S. hasn't faced this ...").
    """
    prose = prose_blocks(texts, drops, marked)
    for index, text in enumerate(texts):
        # what follows a copyright line below the article's first paragraph is the footer
        footer = drops[index] == "furniture: copyright line" and bool(prose) and prose[0] < index
        if drops[index] is None or not (footer or is_list_heading(text) or drops[index] in _LIST_OPENERS):
            continue
        heading = "footer" if footer else text.rstrip(":.…>»→|- ")
        # above the article's prose a title and the paragraph naming it again are its headline and standfirst
        items = _ListItems(below_prose=bool(prose) and prose[0] < index)
        end = _collect_list_items(index + 1, items, texts, drops, marked)
        teasers = items.teasers
        if teasers and _BARE_TIME_RE.match(texts[teasers[-1]]):
            teasers.pop()  # no teaser below the time: it is the article's
        before_prose = end < len(texts) and is_prose(texts[end], drops[end], marked[end])
        one_title = len(teasers) == 1 and before_prose and teasers[0] == end - 1
        if one_title and not _links_one_story(heading, texts[teasers[0]]):
            continue
        if before_prose and teasers and teasers[-1] == end - 1 and _breaks_the_lists_form(teasers, texts):
            teasers.pop()  # "Rex Tillerson - wildcard diplomat" / ... / "Here come the generals": the article's subhead
        for teaser in teasers:
            if not signed_the_article(teaser, texts):  # the writer's name in the author's box below
                drops[teaser] = f"teaser in '{short(heading)}' list"


def _breaks_the_lists_form(teasers: Sequence[int], texts: Sequence[str]) -> bool:
    """Whether the last title lacks the separator every item above it has ("Name - role", "Label: title")."""
    *items, last = (texts[index] for index in teasers)
    if len(items) < _FORMED_ITEMS:
        return False
    return any(
        all(separator in item for item in items) and separator not in last for separator in _ITEM_SEPARATORS
    )


@dataclass
class _ListItems:
    """What one list heading has gathered so far: its items, and which of them are summaries and signatures."""

    below_prose: bool
    teasers: list[int] = field(default_factory=list)
    summaries: set[int] = field(default_factory=set)
    signatures: list[int] = field(default_factory=list)


class _ListStep(Enum):
    """What a kept line below a list's items turns out to be."""

    ITEM = "the list's next item"
    END = "the end of the list"
    SUBHEAD = "a paragraph under the last item: that item was the article's subhead"


def _collect_list_items(
    start: int, items: _ListItems, texts: Sequence[str], drops: Sequence[str | None], marked: Sequence[bool]
) -> int:
    """Gathers a list's items from ``start`` on into ``items``; returns the first block past the list."""
    follower = start
    while follower < len(texts):
        if is_list_heading(texts[follower]) or is_page_heading(follower, texts):
            break  # the next list, or the page's own heading: the article begins there
        if drops[follower] is None:
            step = _list_step(follower, items, texts, drops, marked)
            if step is _ListStep.SUBHEAD:
                items.teasers.pop()  # the list stands inside the article
                break
            if step is _ListStep.END:
                break
            items.teasers.append(follower)
        follower += 1  # a dropped counter or label inside the list is passed over
    return follower


def _list_step(
    index: int, items: _ListItems, texts: Sequence[str], drops: Sequence[str | None], marked: Sequence[bool]
) -> _ListStep:
    """Whether a kept line goes on with a list: a teaser, a card's summary or signature, its picture's credit
    or its time; it records the summaries and signatures it meets in ``items``."""
    teasers = items.teasers
    # an embedded tweet (its text, then "— Name (@handle) December 23, 2016") is the story's, never a teaser
    if any(is_tweet_attribution(text) for text in texts[index : index + 2]):
        return _ListStep.END
    # a teaser's time alone ("12:51 p.m."), marked as a stamp, when another teaser follows it
    teasers_time = bool(teasers) and _BARE_TIME_RE.match(texts[index]) is not None
    # a teaser's summary under its title (a title, not a summary cut short or another summary)
    title = texts[teasers[-1]] if items.below_prose and teasers and teasers[-1] not in items.summaries else ""
    summary = (
        is_title_like(title) and _summarizes(texts[index], title) and not _under_bare_titles(teasers, texts)
    )
    if summary and _prose_follows(index, texts, drops, marked):
        return _ListStep.SUBHEAD
    if summary:
        items.summaries.add(index)
    # the list's own introduction under its heading: "Here are more FA Council perspectives on ..."
    intro = not teasers and _LIST_INTRO_RE.match(texts[index]) is not None
    teaser = droppable(index, drops, marked) and (
        is_teaser(texts[index]) or summary or intro or _headline_in_a_list(index, texts, drops, teasers)
    )
    # a card signed below its title, maybe under its summary: "By" / "Caroline Lewis" / "Published Nov 9, 2023
    # at 5:01 a.m. ET"; its picture's credit under the signature; the summary ending it
    signature = items.below_prose and bool(teasers) and _signs_card(index, teasers[-1], texts)
    if signature and _is_strong_signature(texts[index]):
        items.signatures.append(index)
    signatures = items.signatures
    picture_credit = bool(signatures) and signatures[-1] == index - 1 and is_credit(texts[index])
    card_summary = _ends_signed_card(index, signatures, texts, drops)
    if signature or picture_credit or teasers_time or teaser or card_summary:
        return _ListStep.ITEM
    return _ListStep.END


def _ends_signed_card(
    index: int, signatures: Sequence[int], texts: Sequence[str], drops: Sequence[str | None]
) -> bool:
    """Whether a paragraph is the summary that ends a card signed just above it (its title, "By Andy Jechow",
    its photo's credit, then the summary), the next card's title or the list's end below it."""
    if (
        not signatures
        or index - signatures[-1] > _SIGNED_CARD_LINES
        or len(texts[index].split()) > CARD_LINE_WORDS
    ):
        return False
    after = index + 1
    return after == len(texts) or drops[after] is not None or is_title_like(texts[after].rstrip("?"))


def _signs_card(index: int, last_teaser: int, texts: Sequence[str]) -> bool:
    """Whether a line below a list's teaser is its card's signature, or the summary its signature follows."""
    if is_card_signature(texts[index]):
        return True
    summary = index == last_teaser + 1 and len(texts[index].split()) <= CARD_LINE_WORDS
    if not summary or index + 1 >= len(texts):
        return False
    if _is_strong_signature(texts[index + 1]):
        return True
    # a name alone may be a link ("Report Error"), but not a writer's name the next card repeats in its place
    # ("Forget Lasers. The Hot New Tool for Physicists Is Sound" / "From acoustic tweezers ..." / "Sophia
    # Chen" / "The Incredible Shrinking Car Dealership" / ... / "Aarian Marshall"), nor one ending the page
    if not _is_writer_alone(texts[index + 1]):
        return False
    next_title = index + 2
    if next_title == len(texts):
        return True
    next_name = next_title + 2
    return is_title_like(texts[next_title]) and next_name < len(texts) and _is_writer_alone(texts[next_name])


def _is_writer_alone(text: str) -> bool:
    """A person's name alone, not a link's label that reads like one ("Report Error")."""
    return is_person_name(text) and furniture_reason(text) is None


def _is_strong_signature(text: str) -> bool:
    """ "By ..." or a date: a name alone ("Report Error") may be a link."""
    return is_byline(text) or BY_ALONE_RE.match(text) is not None or is_card_stamp(text)


def _headline_in_a_list(
    index: int, texts: Sequence[str], drops: Sequence[str | None], teasers: Sequence[int]
) -> bool:
    """A teaser's headline that ends like a sentence: one that asks ("What percentage of our brain do we use?")
    or one in Title Case ("The News Media Isn't Biased Against Trump. It's Biased in His Favor."), where the
    list goes on below it, or a long question after two teasers at least. A question or a sentence alone says
    no more than that it may end a paragraph."""
    text = texts[index]
    question = text.endswith("?") and is_title_like(text[:-1])
    if not (question or is_title_case_headline(text[:-1])):
        return False
    after = index + 1
    goes_on = after < len(texts) and (
        drops[after] is not None or is_teaser(texts[after]) or is_title_case_headline(texts[after][:-1])
    )
    return goes_on or (question and len(teasers) >= 2 and len(text.split()) >= _LONG_QUESTION_WORDS)


def _links_one_story(heading: str, title: str) -> bool:
    """Whether the one title under a bare link label ("Related", "Read more") is a story's headline, not the
    article's subhead below a list the extractor lost: a headline is long."""
    return _BARE_LINK_LABEL_RE.match(heading) is not None and len(title.split()) >= _LINKED_HEADLINE_WORDS


def _under_bare_titles(teasers: Sequence[int], texts: Sequence[str]) -> bool:
    """Whether a list's last two teasers are both headlines with no card lines between them (a name, a label, a
    time): a paragraph under such a list, naming the last headline's words, is the article's own again."""
    return len(teasers) >= 2 and all(
        teasers[-1] - teasers[-2] == 1 and len(texts[index].split()) >= CARD_TITLE_WORDS
        for index in teasers[-2:]
    )


def _prose_follows(
    index: int, texts: Sequence[str], drops: Sequence[str | None], marked: Sequence[bool]
) -> bool:
    """Whether the next kept block after ``index`` is a paragraph of prose: a teaser's summary stands among
    cards, a subhead's paragraph goes on with the article."""
    after = next_kept(index, drops)
    return after is not None and is_prose(texts[after], drops[after], marked[after])


def _summarizes(text: str, title: str) -> bool:
    """Whether a line under a teaser's title is its summary: one paragraph that names most of the title's topic
    words again ("French actor ... Charles Gérard dies aged 96" / "French actor ... Charles Gérard died September
    19 at the age of 96, Figaro reports.")."""
    words = topic_words(title)
    shared = words & topic_words(text)
    return (
        len(text.split()) <= CARD_LINE_WORDS
        and len(shared) >= _SUMMARY_WORDS
        and len(shared) * 2 >= len(words)
    )
