"""Lines the page says again: the headline (in quote marks, behind a label, with or without the
site's name of the page's <title>), lines other stories of the batch carry too, a teaser listed in two of
the page's boxes, a title said many times in a row.

An article says its headline once and does not repeat a title-long line; a page's widgets and template do.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

from newsl10n.credits import is_byline, is_timestamp
from newsl10n.furniture.bylines import names_source_or_time
from newsl10n.furniture.reading import (
    ARTICLE_PART_HEADINGS,
    AUTHOR_LABEL_RE,
    BY_ALONE_RE,
    HEAD_REACH,
    HEAD_WORDS,
    KICKER_WORDS,
    NAMED_FIRST_RE,
    QUOTE_OR_REPORT_RE,
    ROLE_WORDS,
    SITE_NAME_WORDS,
    SITE_SEPARATOR_RE,
    comparable,
    droppable,
    is_list_item_drop,
    is_person_name,
    is_title_case_headline,
    prose_blocks,
    tells_the_story,
)
from newsl10n.model import REPEATED_IN_BATCH
from newsl10n.newsparts import is_title_like
from newsl10n.topicwords import story_words

_LISTED_TITLE_WORDS = 4  # a title this long found twice is one link: a section's name recurs by itself
_SAID_MANY_TIMES = 3
_QUOTED_HEADLINE_MARKS = 4  # '"Headline"', "Headline!": the marks around the headline said again
_SAID_MANY_TIMES_WORDS = 3
# The headline reworded above the story, the page's heading under its <title>: "Adam Johnson: Belfast Giants
# postpone game following death of player in 'freak' horror injury" under "Belfast Giants postpone game following
# death of player Adam Johnson in 'freak accident'"; this share of each one's words is the other's
_REWORDED_SHARE = 0.8
_REWORDED_WORDS = 6  # a shorter title said in other words is a subhead or a label as often
_WORD_RE = re.compile(r"\w+")
# A page's <title>: the headline, then the site's name ("... | Malay Mail", "... - Taipei Times").
_SITE_SUFFIX_RE = re.compile(r"^(.+?)\s+(?:[|·•—–-]|::)\s+[^|·•—–]{2,40}$")
# a story's people or source, in lines a site's stories share: "Editor: Lin Li", "Staff and agencies", "Source
# Ubergizmo"
_STORY_PEOPLE_RE = re.compile(rf"\b(?:{'|'.join(ROLE_WORDS)})s?\b|^(?:source|via)\b", re.I)


def drop_repeats(
    texts: list[str],
    drops: list[str | None],
    marked: list[bool],
    repeated: Collection[str],
    headlines: Collection[int],
) -> None:
    """The headline again (the first line's, or the one found below a kicker or navigation), and the lines
    that recur in other stories of the batch or of the output folder: title lines anywhere, short sentences
    above or below the story.

    A site's other articles share its template, and also what its stories share: the wire's name, a
    dateline's city, a stamp's label, a desk's credit. Those stay; what else recurs is the template's, also
    between paragraphs ("View Larger Image"), where a subhead two stories share goes too."""
    prose = prose_blocks(texts, drops, marked)
    story = story_words(texts[index] for index in prose) if repeated else frozenset()
    # two stories may end alike (a line of background), never begin alike: a sentence the batch repeats above
    # the story's own first paragraph is the template's ("Headline: Bitcoin & Blockchain Searches Exceed Trump!")
    own = [
        index
        for index in prose
        if texts[index] not in repeated
        and not any(
            index == headline or repeats_headline(texts[index], texts[headline]) for headline in headlines
        )
    ]
    first_own = own[0] if own else prose[0] if prose else 0
    for index, text in enumerate(texts):
        if index in headlines or not droppable(index, drops, marked):
            continue
        if any(repeats_headline(text, texts[headline]) for headline in headlines):
            if not _heads_the_storys_paragraphs(index, texts, prose, headlines):
                drops[index] = "repeats the headline"
        elif (
            prose
            and index < prose[0]
            and any(_rewords_headline(text, texts[headline]) for headline in headlines)
        ):
            drops[index] = "repeats the headline"
        elif not is_title_like(text):
            # a site's sentence above or below every story ("Command Line delivers daily updates ..."); among
            # the paragraphs, or where it quotes someone or speaks of the story, a sentence two stories share
            # is the story's: a quote, a line of background, a short last paragraph
            outside = bool(prose) and not first_own <= index <= prose[-1]
            if (
                text in repeated
                and outside
                and QUOTE_OR_REPORT_RE.search(text) is None
                and not tells_the_story(text, story)
                and not _shared_by_stories(text)
            ):
                drops[index] = REPEATED_IN_BATCH
        elif text in repeated and not _shared_by_stories(text):
            drops[index] = REPEATED_IN_BATCH


def _heads_the_storys_paragraphs(
    index: int, texts: list[str], prose: Sequence[int], headlines: Collection[int]
) -> bool:
    """A part of the headline set between the story's paragraphs, heading the next ones: an explainer's
    subhead ("What is the OBR and what does it do?" under "Office for Budget Responsibility: What is the OBR
    and what does it do?"). The whole headline said again there is a widget's."""
    if any(comparable(texts[index]) == comparable(texts[headline]) for headline in headlines):
        return False
    return bool(prose) and prose[0] < index and index + 1 in prose


# what the structure rules drop as an item of a list of other stories
_LIST_ITEM_DROPS = frozenset(
    {"title list after the article", "dated teaser list", "story cards", "headline list"}
)


def drop_teasers_listed_twice(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A title kept alone that is an item of a list of other stories elsewhere on the page: the same link in
    two of the page's boxes ("Moody's cuts Ireland rating to 1 grade above junk" between the paragraphs and in
    the footer's "More Europe"). Above the story's first paragraph such a line is the story's own: its byline,
    its video's caption, both listed again among the site's stories; a line said three times or more is a
    label the article repeats ("30 minutes before bed" on each day of a meal plan), and a byline is one."""
    prose = prose_blocks(texts, drops, marked)
    if not prose:
        return
    listed = {
        text
        for text, drop in zip(texts, drops, strict=True)
        if drop is not None and (is_list_item_drop(drop) or drop in _LIST_ITEM_DROPS)
    }
    said = Counter(texts)
    for index, text in enumerate(texts):
        if (
            text in listed
            and said[text] == 2
            and index > prose[0]
            # a live blog's entry under its time: its title is listed among the site's stories too
            and not is_timestamp(texts[index - 1])
            and not is_byline(text)
            # a byline with its date and topic: "By Jane Doe | November 18, 2019 | Topic: Hardware"
            and not text.lower().startswith("by ")
            and droppable(index, drops, marked)
            and is_title_like(text)
            and len(text.split()) >= _LISTED_TITLE_WORDS
        ):
            drops[index] = "listed again below"


def _shared_by_stories(text: str) -> bool:
    """A line two stories of one site may both carry: a credit's or a stamp's part ("CanWest News Service",
    "(AP)", "Staff and agencies", "Source Ubergizmo", a dateline the page broke off: "Tokyo,"), a byline's
    part (a regular writer signs many of the site's stories: "By", "Author:", "Alice Speri"), and the heading
    of the stories' own parts the site sets on each ("Key Points")."""
    return (
        text.endswith(",")
        or names_source_or_time(text)
        or NAMED_FIRST_RE.match(text) is not None
        or _STORY_PEOPLE_RE.search(text) is not None
        or BY_ALONE_RE.match(text) is not None
        or AUTHOR_LABEL_RE.match(text) is not None
        or is_person_name(text)
        or text.rstrip(":").casefold() in ARTICLE_PART_HEADINGS
    )


def drop_lines_said_many_times(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A title said three times or more in a row is a widget's: a gallery's title on each of its slides ("UK news
    in pictures" fifty times, once the extractor has left the counters and captions out). An article does not
    say a title-long line twice in a row; a credit said under every picture is marked and stays."""
    comparables = [comparable(text) for text in texts]
    index = 1
    while index < len(texts):
        end = index
        while end < len(texts) and comparables[end] == comparables[index]:
            end += 1
        text = texts[index]
        if (
            end - index >= _SAID_MANY_TIMES
            and is_title_like(text)
            and len(text.split()) >= _SAID_MANY_TIMES_WORDS
        ):
            for item in range(index, end):
                if droppable(item, drops, marked):
                    drops[item] = "said many times on the page"
        index = end


def is_page_heading(index: int, texts: Sequence[str]) -> bool:
    """The page's own heading under the headline taken from its <title>; a list of the site's stories
    can hold the article's own title too, among other headlines."""
    if not 0 < index <= HEAD_REACH or not repeats_headline(texts[index], texts[0]):
        return False
    return index + 1 < len(texts) and not is_title_case_headline(texts[index + 1])


def repeats_headline(text: str, headline: str) -> bool:
    return (
        text == headline
        or _labels_the_headline(text, headline)
        or _is_headline_without_site(text, headline)
        or _quoted_headline(text, headline)
    )


def _rewords_headline(text: str, headline: str) -> bool:
    """A title-like line that says the whole headline again in other words: a name added or moved, a word
    changed. A line that says less of it is a caption's or a subhead's ("ALPS OutdoorZ Upland Game Vest X" under
    "ALPS OutdoorZ Now Offers Upland Game Vest X")."""
    if not is_title_like(text):
        return False
    said, title = set(_WORD_RE.findall(comparable(text))), set(_WORD_RE.findall(comparable(headline)))
    shared = len(said & title)
    return (
        len(said) >= len(title) >= _REWORDED_WORDS
        and shared >= _REWORDED_SHARE * len(said)
        and shared >= _REWORDED_SHARE * len(title)
    )


def _quoted_headline(text: str, headline: str) -> bool:
    """The headline again in quote marks or with a mark after it, as share widgets print it: '"Forex motion
    defeated in Senate"', "Make your social media shine bright like a diamond!"."""
    if not 0 < len(text) - len(headline) <= _QUOTED_HEADLINE_MARKS:  # a mark or two more, no other words
        return False
    said = comparable(text)
    bare = said.strip("\"'").rstrip("!?.").strip("\"'")
    return bare != said and len(headline.split()) >= HEAD_WORDS and bare == comparable(headline)


def _labels_the_headline(text: str, headline: str) -> bool:
    """The headline again behind a section label: "Economy|As Debt Rises, ..." under "As Debt Rises, ..."."""
    if len(headline.split()) < HEAD_WORDS or not text.endswith(headline) or text == headline:
        return False
    label = text[: -len(headline)].rstrip()
    return label.endswith(("|", "·", ":", "—", "–", "-")) and len(label.split()) <= KICKER_WORDS


def _is_headline_without_site(text: str, headline: str) -> bool:
    """The headline again, in other quote marks or without the site's name that ends the page's <title>:
    "2022 world athletics championships set for July 15-24" under "... set for July 15-24 | Malay Mail"."""
    line, title = comparable(text), comparable(headline)
    if line == title:  # "France's" under "France’s"
        return True
    match = _SITE_SUFFIX_RE.match(headline)
    if match is not None and len(match.group(1).split()) >= HEAD_WORDS and line == comparable(match.group(1)):
        return True
    return _is_title_without_site(line, title)


def _is_title_without_site(line: str, title: str) -> bool:
    """The page's <title> is the headline with the site's and sections' names before or after it:
    "Channel 4 - News - Briton murdered in New Zealand", "Bulls, Jones pursue talks: Sport: Rugby: News24",
    "Lukla Airport to be named ...- Travel-Services-News By Industry-News-The Economic Times"."""
    if len(line.split()) < KICKER_WORDS or len(line) >= len(title):
        return False
    if title.endswith(line):
        names = title[: -len(line)]
        return len(names.split()) <= SITE_NAME_WORDS and SITE_SEPARATOR_RE.search(names) is not None
    if title.startswith(line):
        names = title[len(line) :]
        return len(names.split()) <= SITE_NAME_WORDS and SITE_SEPARATOR_RE.match(names) is not None
    return False


def repeated_below(texts: list[str]) -> bool:
    """Whether the page repeats its first line further down, in any case ("Two More Gunned Down")."""
    first = comparable(texts[0])
    return any(comparable(text) == first for text in texts[1:])
