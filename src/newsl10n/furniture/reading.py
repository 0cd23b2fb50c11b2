"""How every furniture rule reads a page: where the article's prose is, which blocks structure may
still drop, and the shapes of lines many rules look for (a person's name, a list's item, a headline in
Title Case), with the few measures they share.

A block's verdict (:class:`BlockVerdict`) is made here too, since the rules that mark bylines and find the
headline build verdicts before the pipeline (:func:`newsl10n.furniture.classify_blocks`) gathers them. This
module imports no other module of the package: the rules all stand on it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from newsl10n.credits import is_byline, is_date_only, is_page_timestamp, is_timestamp
from newsl10n.model import Kind
from newsl10n.newsparts import NO_WORDS, ends_like_sentence, is_title_like
from newsl10n.pagelabels import is_page_label
from newsl10n.topicwords import story_words, topic_words

MENU_RUN = 3  # this many very short link-like lines in a row are a menu or tag list
MENU_WORDS = 4
PROSE_WORDS = 12  # a paragraph this long ending like a sentence is article prose
HEAD_WORDS = 4  # a headline or standfirst has at least this many words
HEAD_REACH = 6  # blocks above the first byline or prose where the headline may be
KICKER_WORDS = 3  # a section label above the headline ("Biz & IT —") is this short
_TITLE_CASE_WORDS = 5  # a teaser headline in Title Case has at least this many words
# What is left is a line's shape: "--,," or "():"; a bullet, "&" and a word's hyphen are labels' own.
_PUNCTUATION_SHAPE_RE = re.compile(r"^[-–•*·]\s|[\w\s'’.&]+|(?<=\w)-(?=\w)")
_NUMBERED_ITEM_RE = re.compile(r"^\d{1,2}[.)]\s+\S")  # "1. Finland": an article's own ranking, not a menu
LETTER_RE = re.compile(r"[^\W\d_]")
DIGIT_RE = re.compile(r"\d")
LOWER_WORD_RE = re.compile(r"\b[a-z][a-z'’-]*\b")
BYLINE_REACH = 4  # a byline stands within this many blocks of the top
# Two or three capitalised names, an initial allowed: "Rodrigo Campos", "Trevor J. Mitchell"
NAME_LINE_RE = re.compile(
    r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?: (?:[A-Z]\.|[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)){1,2}$"
)
# the headings of an article's own parts, never a page's section: "Highlights" above a post's first points
ARTICLE_PART_HEADINGS = frozenset(
    (
        "highlights",
        "overview",
        "summary",
        "abstract",
        "background",
        "introduction",
        "key points",
        "conclusion",
    )
)
# a byline's label alone: "Author:", "Writer"
AUTHOR_LABEL_RE = re.compile(r"^(?:authors?|writers?|reporters?):?$", re.I)
# "By" alone above the name; Postmedia's papers say "Author of the article:"
BY_ALONE_RE = re.compile(
    r"^(?:(?:article|story|written|words|text|report|posted|published) )?by:?$|^author of the article:?$",
    re.I,
)
STAMP_LABEL_ALONE_RE = re.compile(
    r"^(?:published|updated|posted|last updated|first published)(?: on)?:?$", re.I
)
REPEATED_LABEL = "furniture: repeated label"
# a name opens the line and says who they are: "Jane Doe, Princeton University", "Ben Silverman is on Twitter"
NAMED_FIRST_RE = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w'’-]+(?:,|:| is | was | has | writes | covers )"
)
# letters of a script an English site's teasers are not written in: Cyrillic, Greek, Arabic, Hebrew, CJK, kana, Hangul
OTHER_SCRIPT_RE = re.compile(r"[\u0370-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
CARD_TITLE_WORDS = 6  # a card's title has this many words; a signatory's line ("Jane Doe, writer") fewer
CARD_LINE_WORDS = 60  # a card's title or summary is this short; a letter or an article's paragraph is longer
# a card's time: "2 hours ago", "19 mins ago", "Yesterday", also under its section's label ("Holiday / 19 mins ago")
RELATIVE_TIME_RE = re.compile(
    r"^(?:[\w&'’-]+(?: [\w&'’-]+){0,2} / )?"
    r"(?:\d{1,2} ?[mhd]|(?:about )?\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago|yesterday)$",
    re.I,
)
_PLAIN_MARKS = str.maketrans("‘’“”", "''\"\"")
# The site's and its sections' names around the headline in a page's <title>, and what sets them apart
SITE_NAME_WORDS = 10
SITE_SEPARATOR_RE = re.compile(r"\s*(?:[|:·•—–>»]|-(?!\w)|(?<!\w)-)")
STORY_PARAGRAPHS = 2  # a story whose topic words are known has this many paragraphs of prose at least
STORY_TOPIC_WORDS = 40  # a story is known by its words when its paragraphs hold this many
_OWN_STORY_SHARE = 0.5  # a line of the story shares at least this part of its topic words with its paragraphs
# the words of a writer's role, as bylines and credits give it
ROLE_WORDS = (
    "reporter",
    "writer",
    "editor",
    "correspondent",
    "staff",
    "columnist",
    "contributor",
    "journalist",
)
QUOTE_OR_REPORT_RE = re.compile(r"[“”\"]|\b(?:said|says|told|according to)\b")  # what a story reports


@dataclass(frozen=True)
class BlockVerdict:
    """What to do with one block: ``drop`` is why it is left out (None keeps it); ``kind`` is what it is."""

    kind: Kind | None = None  # None: ordinary body text
    drop: str | None = None


def is_prose(text: str, drop: str | None, marked: bool) -> bool:
    """A paragraph of article prose: long enough and ending like a sentence."""
    return drop is None and not marked and len(text.split()) >= PROSE_WORDS and ends_like_sentence(text)


def prose_blocks(texts: Sequence[str], drops: Sequence[str | None], marked: Sequence[bool]) -> list[int]:
    """The indexes of the blocks that are the article's prose, as the drops so far leave them.

    A paragraph after the story's end, furniture between them, that speaks of other things is no part of it: another
    story's summary on its card, the site's appeal ("Most Snopes assignments begin when readers ask us ...").
    """
    prose = [i for i, text in enumerate(texts) if is_prose(text, drops[i], marked[i])]
    while len(prose) > STORY_PARAGRAPHS:
        last, before = prose[-1], prose[-2]
        # page furniture stands between them (a digest's next item under its subhead is the article's)
        # or another story's byline and date (a card's "By" / "Caroline Lewis" / "Published Nov 9, 2023")
        if not any(
            is_furniture_drop(drops[index]) or (marked[index] and is_card_signature(texts[index]))
            for index in range(before + 1, last)
        ):
            break
        story = story_words(texts[index] for index in prose[:-1])
        if len(story) < STORY_TOPIC_WORDS or tells_the_story(texts[last], story):
            break
        prose.pop()
    return prose


def tells_the_story(text: str, story: Collection[str]) -> bool:
    """Whether a line shares a good part of its topic words with the story's paragraphs."""
    words = topic_words(text)
    return len(words & story) >= len(words) * _OWN_STORY_SHARE


def is_furniture_drop(drop: str | None) -> bool:
    """Dropped as furniture; a block of figures only ("$119.00") is left untranslated, not furniture."""
    return drop is not None and not drop.endswith(NO_WORDS)


def is_card_signature(text: str) -> bool:
    return is_card_byline(text) or is_card_stamp(text)


def is_card_byline(text: str) -> bool:
    """A card's byline: "By REUTERS", "By" alone, the writer's name alone."""
    return is_byline(text) or BY_ALONE_RE.match(text) is not None or NAME_LINE_RE.match(text) is not None


def is_card_stamp(text: str) -> bool:
    """A card's date or time: "11/20/2019 01:14 PM", "Published 4h at 9:15 PM", "2 hours ago"."""
    return (
        is_date_only(text)
        or is_timestamp(text)
        or is_page_timestamp(text)
        or RELATIVE_TIME_RE.match(text) is not None
    )


def is_list_item_drop(drop: str | None) -> bool:
    """Whether a block was dropped as an item of a list of links (a menu's or a heading's teasers)."""
    return drop is not None and (drop in {"link list", "inside a link list"} or drop.startswith("teaser in"))


def droppable(index: int, drops: Sequence[str | None], marked: Sequence[bool]) -> bool:
    """Structure may drop a block that is not the first (the headline) and not a credit, byline or caption."""
    return index > 0 and drops[index] is None and not marked[index]


def next_kept(index: int, drops: Sequence[str | None]) -> int | None:
    return next((item for item in range(index + 1, len(drops)) if drops[item] is None), None)


def previous_kept(index: int, drops: Sequence[str | None]) -> int | None:
    """The nearest block above ``index`` that is not dropped (a player's labels between lines are)."""
    return next((item for item in range(index - 1, 0, -1) if drops[item] is None), None)


def kept_runs(drops: Sequence[str | None], start: int) -> list[range]:
    """The runs of kept blocks from ``start`` on, each with a dropped block above it."""
    runs = []
    index = start
    while index < len(drops):
        end = index
        while end < len(drops) and drops[end] is None:
            end += 1
        if end > index and index > start:
            runs.append(range(index, end))
        index = end + 1
    return runs


def is_person_name(text: str) -> bool:
    return NAME_LINE_RE.match(text) is not None and not is_page_label(text)


def in_lower_case(name: str, texts: Sequence[str]) -> bool:
    """Whether a word of ``name`` stands in lower case in the article: then it is a label ("Full Bio", "Watch
    More Videos"), not a person's name, whose words the article writes capitalised."""
    words = {word.casefold() for word in name.split()}
    return any(word in words for text in texts for word in LOWER_WORD_RE.findall(text))


def is_list_content(text: str) -> bool:
    """An item of the article's own list or table: numbered ("1. Finland"), or data ("28 Michael McDowell 485 0 0")."""
    numbers = sum(any(char.isdigit() for char in token) for token in text.split())
    return _NUMBERED_ITEM_RE.match(text) is not None or numbers >= 2


def is_structured_list(items: Sequence[str]) -> bool:
    """Items built on one pattern are the article's own list: "June 9 -- Coral Sky Amphitheatre, Tampa, FL",
    "Spain (Group F): 11th appearance". Teasers and menu labels share no punctuation, but for a headline's
    colon ("Moon Rush: Private Lunar Lander Plans"): one mark alone must be in every item."""
    shapes = Counter(_PUNCTUATION_SHAPE_RE.sub("", item) for item in items)
    shapes.pop("", None)
    if not shapes:
        return False
    shape, count = shapes.most_common(1)[0]
    return count == len(items) if len(shape) == 1 else count * 10 >= len(items) * 6


def is_schedule(items: Sequence[int], texts: Sequence[str]) -> bool:
    """Dates between the items, one line in three at least, make a schedule ("LUBOKU – LIFT OFF TOUR" /
    "THURSDAY APRIL 2" / "COLOUR CLUB, MELBOURNE"): a tour's or a festival's, the article's own."""
    dates = sum(1 for item in items if is_date_only(texts[item]))
    return dates >= 2 and dates * 3 >= len(items)


def is_title_case_headline(text: str) -> bool:
    """A headline in Title Case: five or more words, nearly every longer word capitalised, no sentence end."""
    words = [word.strip("'‘’\"“”(") for word in text.split()]
    if len(words) < _TITLE_CASE_WORDS or not is_title_like(text) or is_list_content(text) or text.isupper():
        return False
    if text.count(",") >= 2:
        return False  # a list of names ("Path B: Bosnia, Slovakia, Ireland"), not a headline
    long_words = [word for word in words if len(word) >= 4 and word[0].isalpha()]
    capitalised = sum(word[0].isupper() for word in long_words)
    return len(long_words) >= 3 and capitalised * 10 >= len(long_words) * 9


def comparable(text: str) -> str:
    """The text compared with another line: case, spacing and curly or straight quote marks set aside."""
    return " ".join(text.translate(_PLAIN_MARKS).casefold().split())


def short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
