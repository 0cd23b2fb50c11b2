"""Story cards: other stories' titles with their bylines, dates and summaries, in lists under a
heading or after the article, and the cards whose title a page says twice (on the picture and as text).

A card's summary reads like prose and its byline like the article's own, so the cards are known by how
they repeat: card after card, under a list's heading or other teasers, with no prose below them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from newsl10n.credits import is_date_only, is_tweet_attribution, trailing_credit
from newsl10n.furniture.bylines import is_byline_start
from newsl10n.furniture.reading import (
    CARD_LINE_WORDS,
    CARD_TITLE_WORDS,
    HEAD_WORDS,
    KICKER_WORDS,
    RELATIVE_TIME_RE,
    comparable,
    droppable,
    is_card_byline,
    is_card_stamp,
    is_prose,
    prose_blocks,
)
from newsl10n.furniture.repeats import repeats_headline
from newsl10n.newsparts import (
    NO_WORDS,
    is_list_heading,
    is_newsletter_cadence,
    is_teaser,
    is_title_like,
    repeated_words,
)
from newsl10n.pagelabels import is_page_label

_CARD_METAS = 3  # a list of story cards shows this many bylines or dates at least
_CARD_GAP = 6  # one card's byline or date is at most this many kept blocks from the next card's
_DOUBLED_CARDS = 2  # cards with their title said twice on one line come in lists
_NEWSLETTER_NAME_WORDS = 5
# Furniture after which cards of other stories begin: a list's heading or its first teasers, a menu.
_CARD_ANCHORS = (
    "list heading",
    "share prompt",
    "tag list",
    "teaser in",
    "link list",
    "title list",
    "headline list",
    "dated teaser",
    "label many",
)
# Names on a story card: "Joan Walsh", "Thaleigha Rampersad and Andrew Stiles", "StudentNation / Nadia Scharf".
_CARD_NAMES_RE = re.compile(
    r"^(?:[A-Z][\w'’-]+ / )?[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][\w'’-]+(?:(?:,| and| &) [A-Z][a-z]+(?: [A-Z]\.)? [A-Z][\w'’-]+)*$"
)
_ARGUMENT_GOES_ON_RE = re.compile(
    r"^(?:still|but|however|and|yet|so|meanwhile|also|moreover|instead|indeed|even so|that said|in fact|"
    r"nonetheless|nevertheless|otherwise|thus|therefore|as a result)\b,?\s",
    re.I,
)
_LABELLED_COPY_RE = re.compile(r"^[A-Z]{3,12}: ")  # "LATEST: ", "BREAKING: "
# what only a picture's caption says: who stands where ("Chelsea Clinton (l) and Wester Hubbell"), or a name and
# the year it was taken ("Dolly Kyle in 1998")
_PHOTO_CAPTION_RE = re.compile(
    r"\((?:l|r|c|left|right|cent(?:er|re)|l-r|l to r|from left|seated|standing)\)|"
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} in (?:18|19|20)\d\d$",
    re.I,
)
_GLUED_NAME_DATE_RE = re.compile(
    r"^(.{3,60}?[a-z])((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4})$"
)


def drop_doubled_teasers(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A story card links its title twice, once on its picture and once as text, often under its section's
    label said twice too ("Business" / "Tribune renames itself Tronc" / "Business" / "Tribune renames itself
    Tronc" / its summary): below the article's first paragraph such a card is another story's, inside the
    article or after it. The summary right under the second title goes with it.

    An article does not say a headline-long line twice in a row; its headline can stand twice at the top, a
    photo's credit twice in a gallery, and those are left alone (above the prose, marked, or a credit).
    """
    prose = prose_blocks(texts, drops, marked)
    if not prose:
        return
    headline = comparable(texts[0])
    index = prose[0] + 1
    while index < len(texts) - 1:
        second = next(
            (
                index + gap
                for gap in (1, 2)
                if index + gap < len(texts)
                and texts[index + gap] == texts[index]
                # the section's label said before each copy, or once between them ("Trump Plans To Dissolve His
                # Foundation ..." / "THE TWO-WAY" / "Trump Plans To Dissolve His Foundation ...", NPR's box)
                and (
                    gap == 1
                    or texts[index + 1] == texts[index - 1]
                    or _is_kicker_between(index, texts, drops, marked)
                )
                and texts.count(texts[index]) == 2  # a table's head said before each of its rows is no card
            ),
            None,
        )
        text = texts[index]
        # a post's embed of another post: its title, then the same under a label in capitals ("Donald Trump Claims
        # He Will Buy Canada ... | Trump Canada Independence" / "LATEST: Donald Trump Claims ..."); no summary follows
        labelled_copy = (
            second is None and _LABELLED_COPY_RE.sub("", texts[index + 1]) == text != texts[index + 1]
        )
        if labelled_copy:
            second = index + 1
        if (
            second is None
            or len(text.split()) < HEAD_WORDS
            or not is_teaser(text)
            or comparable(text) == headline
            or _is_signed_tweet(text)  # an embedded tweet the extractor printed twice is the article's
            or _PHOTO_CAPTION_RE.search(text)  # a picture's alt text and caption: "Dolly Kyle in 1998" twice
            or not (droppable(index, drops, marked) and droppable(second, drops, marked))
        ):
            index += 1
            continue
        card = [index, second]
        if second - index == 2:  # the section's label before each copy
            card += [label for label in (index - 1, index + 1) if _is_card_label(label, texts, drops, marked)]
        summary = second + 1
        # a box with its kicker between the copies stands between the story's paragraphs: it takes no summary
        kicker_between = second - index == 2 and texts[index + 1] != texts[index - 1]
        takes_summary = not kicker_between and not labelled_copy
        if takes_summary and summary < len(texts) and _is_card_summary(summary, texts, drops, marked):
            card.append(summary)
        for member in card:
            drops[member] = "story card"
        index = max(card) + 1


def _is_signed_tweet(text: str) -> bool:
    """A tweet's text with its writer, handle and date under it ("... — Mike Bravo (@mikebravodude) April 6,
    2020"): no card's title is signed so."""
    credit = trailing_credit(text)
    return credit is not None and is_tweet_attribution(text[credit:])


def _is_kicker_between(index: int, texts: list[str], drops: list[str | None], marked: list[bool]) -> bool:
    """A related box's section label in capitals, once, between the two copies of its title (NPR's "THE TWO-WAY")."""
    return texts[index + 1].isupper() and _is_card_label(index + 1, texts, drops, marked)


def _is_card_label(index: int, texts: list[str], drops: list[str | None], marked: list[bool]) -> bool:
    """A section's short label beside a card's title ("Business"), a label many sites share or not."""
    return (drops[index] is None or drops[index] == "furniture: label many sites share") and (
        not marked[index] and is_title_like(texts[index], max_words=KICKER_WORDS)
    )


def _is_card_summary(
    index: int, texts: list[str], drops: list[str | None], marked: list[bool], *, quoted: bool = False
) -> bool:
    """A card's summary: one paragraph, not another card's label or a list's heading; ``quoted``, it may open
    with a quotation mark (a summary quoting the story: "“The effect of these laws ...”")."""
    text = texts[index].lstrip("“\"‘'") if quoted else texts[index]
    return (
        droppable(index, drops, marked)
        and text[:1].isupper()
        and len(text.split()) <= CARD_LINE_WORDS
        and not is_list_heading(text)
        and not is_title_like(text, max_words=KICKER_WORDS)
        # the story's sentence opening what follows ("This is what she wrote in her book:"), not a list's heading
        and not (text.endswith(":") and not is_title_like(text[:-1]))
        # the story going on with its argument under a video's title said twice ("Still, some experts question ...")
        and not _ARGUMENT_GOES_ON_RE.match(text)
    )


def drop_doubled_line_cards(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Story cards whose picture's link and text link a page turned into one line: the title said twice with a
    space between ("Mike Johnson's Art of the Deal Mike Johnson's Art of the Deal"), each with its summary
    under it. One such line may be a link's text with the sentence going on; two or more below the article's
    first paragraph are a list of other stories."""
    prose = prose_blocks(texts, drops, marked)
    if not prose:
        return
    titles = [
        index
        for index in range(prose[0] + 1, len(texts))
        if droppable(index, drops, marked) and _is_doubled_title(texts[index])
    ]
    if len(titles) < _DOUBLED_CARDS:
        return
    for title in titles:
        drops[title] = "story card"
        summary = title + 1
        if summary < len(texts) and _is_card_summary(summary, texts, drops, marked, quoted=True):
            drops[summary] = "story card"


def _is_doubled_title(text: str) -> bool:
    """A headline-long title said twice on one line, as a card links it on its picture and as text."""
    words = repeated_words(text)
    return words is not None and len(words.split()) >= HEAD_WORDS and text.count(words) == 2


def drop_newsletter_names(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A newsletter's name above the line saying how often it comes ("The Nation Weekly" / "Fridays. A weekly
    digest of the best of our coverage."): a sign-up box's heading."""
    for index in range(1, len(texts)):
        name = index - 1
        if (
            is_newsletter_cadence(texts[index])
            and drops[index] is not None
            and droppable(name, drops, marked)
            and is_title_like(texts[name], max_words=_NEWSLETTER_NAME_WORDS)
        ):
            drops[name] = "newsletter prompt"


def drop_card_lists(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Cards of other stories under a list's heading, below the article: each a title or a one-line summary
    with its byline or date ("Ron DeSantis and Nikki Haley clearly despise ..." / "Joan Walsh").

    A card's summary can read like prose, so the cards are known by their bylines and dates, which come
    back every few lines; an article's timeline has them too, so the cards must follow a list's heading or
    other teasers and have no prose below them.
    """
    kept = [i for i in range(1, len(texts)) if drops[i] is None]
    metas = [position for position, index in enumerate(kept) if _is_card_meta(texts[index], marked[index])]
    start = 0
    while start < len(metas):
        end = start
        while end + 1 < len(metas) and metas[end + 1] - metas[end] <= _CARD_GAP:
            end += 1
        cards = None
        if end - start + 1 >= _CARD_METAS:
            cards = _card_span(texts, drops, kept, metas[start : end + 1])
        if cards is None:
            start += 1  # the article's own byline and date can stand just above the cards' first
            continue
        for index in range(cards[0], cards[1] + 1):
            # a card's byline and date are another story's: they go with its title
            card_meta = marked[index] and _is_card_meta(texts[index], False)
            if drops[index] is None and (not marked[index] or card_meta):
                drops[index] = "story cards"
        start = end + 1


def _card_span(
    texts: list[str], drops: list[str | None], kept: list[int], meta_positions: list[int]
) -> tuple[int, int] | None:
    """The first and last block of the cards around a run of bylines and dates (positions in ``kept``), or
    None when they do not stand as a list: under a list's heading or teasers, with no prose below."""
    first_meta, last_meta, metas = meta_positions[0], meta_positions[-1], len(meta_positions)
    first = first_meta
    while (
        first > 0
        and first_meta - first < _CARD_GAP - 1
        and _next_to(kept[first - 1], kept[first], drops)
        and not _heads_cards(texts[kept[first - 1]])
    ):
        first -= 1  # the first card's title above its byline or date, below the list's heading
    if first == first_meta:  # each card opens with its byline or date: the last card's title follows it
        after = max(_title_runs(texts, kept, first_meta, last_meta), default=0)
    else:  # title, byline and date, summary: the last card's summary follows its date as the others' do
        after = _lines_between_cards(meta_positions)
    last = last_meta
    while last + 1 < len(kept) and last - last_meta < after and kept[last + 1] == kept[last] + 1:
        last += 1
    end = kept[last] + 1
    if first != first_meta and end < len(texts) and drops[end] is None:
        last = last_meta  # the lines after the last date run on: they are not surely its card's
    above = kept[first] - 1
    anchor = drops[above] if above > 0 else None
    anchored = anchor is not None and anchor.removeprefix("furniture: ").startswith(_CARD_ANCHORS)
    # a label many sites share ("The Latest") is dropped later, below the prose; it heads the cards already
    anchored = anchored or (above > 0 and anchor is None and _heads_cards(texts[above]))
    lines = [texts[kept[position]] for position in range(first, last + 1)]
    short = all(len(line.split()) <= CARD_LINE_WORDS for line in lines)
    # every card has its title; a list of names alone (a letter's signatories) is no list of stories
    titles = sum(len(line.split()) >= CARD_TITLE_WORDS for line in lines)
    short = short and titles * _CARD_METAS >= metas
    prose_below = any(is_prose(texts[i], drops[i], False) for i in range(kept[last] + 1, len(texts)))
    # a breaking-news page sets its own story, headline and paragraphs, first among the others' cards
    own_story = repeats_headline(texts[kept[first]], texts[0])
    return (kept[first], kept[last]) if anchored and short and not prose_below and not own_story else None


def _next_to(above: int, below: int, drops: Sequence[str | None]) -> bool:
    """Whether two kept blocks stand together: nothing between them, or figures alone (a card's date as
    "08/06/2022", dropped as having no words)."""
    return all(drops[index] == f"furniture: {NO_WORDS}" for index in range(above + 1, below))


def _heads_cards(text: str) -> bool:
    """A list's heading or a label many sites share ("The Latest"), kept until the rules that drop it."""
    return is_list_heading(text) or is_page_label(text)


def _lines_between_cards(meta_positions: list[int]) -> int:
    """The fewest lines between one card's bylines and dates and the next card's (its summary and the next
    title: at most that many lines of the last card follow its date), 0 for a single card."""
    gaps = [after - before - 1 for before, after in pairwise(meta_positions) if after - before > 1]
    return min(gaps, default=0)


def _title_runs(texts: list[str], kept: list[int], first_meta: int, last_meta: int) -> list[int]:
    """The lengths of the runs of lines between the cards' bylines and dates: each card's title lines."""
    runs, run = [], 0
    for position in range(first_meta, last_meta + 1):
        if _is_card_meta(texts[kept[position]], False):
            if run:
                runs.append(run)
            run = 0
        else:
            run += 1
    return runs


def _is_card_meta(text: str, marked: bool) -> bool:
    """A story card's byline or date."""
    return (
        is_date_only(text)
        or RELATIVE_TIME_RE.match(text) is not None
        or (not marked and _CARD_NAMES_RE.match(text) is not None and not is_page_label(text))
        or is_byline_start(text)
        or _is_glued_card_meta(text)
    )


def _is_glued_card_meta(text: str) -> bool:
    """A card's byline and date run together by the extractor: "Reggie ReinerDecember 9, 2020"."""
    match = _GLUED_NAME_DATE_RE.match(text)
    if match is None or not is_date_only(match.group(2)):
        return False
    words = match.group(1).split()  # a name or the outlet's ("Jewish Business NewsJanuary 1, 2013")
    return len(words) <= KICKER_WORDS + 2 and all(word[0].isupper() for word in words)


def drop_cards_to_the_end(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Other stories' cards from the article's end on, under no heading: each a title, then its
    byline and its date or time, maybe a summary ("Russia: Israeli strikes on Syria wrong move" / "By REUTERS" /
    "11/20/2019 10:08 AM"), card after card.

    A card's byline and stamp look like the article's own, so three cards at least, most of them signed, and
    nothing of the article's between it and them; an article's own timeline or schedule has dates but no bylines.
    """
    prose = prose_blocks(texts, drops, marked)
    if not prose:
        return
    cards: list[list[int]] = []
    for index in range(prose[-1] + 1, len(texts)):
        if drops[index] is not None:
            if cards:
                break  # the page's furniture below the cards
            continue
        if _is_card_title(texts[index], marked[index]):
            cards.append([index])
        elif cards:
            cards[-1].append(index)
        elif marked[index]:
            continue  # the article's own byline or credit under it (its author's box)
        elif not _title_dropped_above(index, drops):
            return  # a line of the article's own before the first card
        else:
            cards.append([index])  # the first card's title was dropped already (a list's first teaser)
    cards = _with_labels_joined(cards, texts)
    if len(cards) < _CARD_METAS or any(len(card) > _CARD_GAP - 1 for card in cards):
        return
    stamped = all(
        any(is_card_stamp(texts[line]) or is_card_byline(texts[line]) for line in card) for card in cards
    )
    signed = sum(any(is_card_byline(texts[line]) for line in card) for card in cards)
    if stamped and signed * 2 >= len(cards):
        for card in cards:
            for line in card:
                drops[line] = "story cards"


def _with_labels_joined(cards: list[list[int]], texts: Sequence[str]) -> list[list[int]]:
    """A card's section label above its title ("opinion" / "AI makes networking matter again") opens that card."""
    joined: list[list[int]] = []
    for card in cards:
        if joined and len(joined[-1]) == 1 and len(texts[joined[-1][0]].split()) <= KICKER_WORDS:
            joined[-1].extend(card)
        else:
            joined.append(list(card))
    return joined


def _is_card_title(text: str, marked: bool) -> bool:
    """A teaser's title in a list of cards, not the card's byline or date."""
    return not marked and is_teaser(text) and not is_card_stamp(text) and not is_card_byline(text)


def _title_dropped_above(index: int, drops: Sequence[str | None]) -> bool:
    """Whether the block above was dropped as a teaser or a title list's item: a card's lines go with it."""
    above = drops[index - 1] if index > 0 else None
    return above is not None and above.removeprefix("furniture: ").startswith(("teaser", "title list"))
