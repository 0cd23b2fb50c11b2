"""The article's head in a page pasted whole: the headline below a kicker, a byline or date, the
site's name or a line on top of every story, the headline closest above the first byline or prose
(:func:`find_article_head`), and what stands between the page's top and the first paragraph that is not
the story's (section labels, another story's headline, the page's header).

Where the article starts decides what the structure rules keep: above it stand the page's navigation and
often a "More" menu, whose title-like lines would read as teasers.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from newsl10n.credits import (
    DATELINE_RE,
    is_agency_name,
    is_caption,
    is_date_only,
    is_date_word,
    is_timestamp,
    is_wire_alone,
    trailing_credit,
)
from newsl10n.furniture.bylines import is_byline_start, names_source_or_time
from newsl10n.furniture.reading import (
    ARTICLE_PART_HEADINGS,
    BYLINE_REACH,
    DIGIT_RE,
    HEAD_REACH,
    HEAD_WORDS,
    KICKER_WORDS,
    LETTER_RE,
    LOWER_WORD_RE,
    MENU_WORDS,
    ROLE_WORDS,
    SITE_NAME_WORDS,
    SITE_SEPARATOR_RE,
    STAMP_LABEL_ALONE_RE,
    STORY_PARAGRAPHS,
    STORY_TOPIC_WORDS,
    BlockVerdict,
    droppable,
    in_lower_case,
    is_furniture_drop,
    is_person_name,
    is_prose,
    is_title_case_headline,
    prose_blocks,
    tells_the_story,
)
from newsl10n.furniture.repeats import repeated_below
from newsl10n.model import Kind
from newsl10n.newsparts import ends_like_sentence, is_teaser, is_title_like
from newsl10n.text import TITLE_SMALL_WORDS, in_title_case
from newsl10n.topicwords import story_words, topic_words

_HEADER_WORDS = 15  # a section label, breadcrumb or another story's headline in a page's header
_SAID_RE = re.compile(r"\bsaid\b")
_HEADLINE_TOPIC_WORDS = 2  # a headline shares this many topic words with its story at least
_MORE_TOPIC_WORDS = 3  # the headline below a section's name names this many more of the story's words
# A byline, a role, a row of links or tools, a credit in brackets: "Special to The Globe and Mail", "Reprints |"
_NOT_A_HEADLINE_RE = re.compile(
    rf"\b(?:by|{'|'.join(ROLE_WORDS)}|service|services|press|special to)\b|[|/•»«()\[\]@]|^[-–•*]\s",
    re.I,
)
# writers' names joined, a byline without its "By": "Julia Carrie Wong and Sam Levin"
_WRITER_NAME = r"[A-Z][a-z'’-]+(?: (?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}"
_NAMES_JOINED_RE = re.compile(rf"^{_WRITER_NAME}(?:(?:, | and | & ){_WRITER_NAME})+$")
_ROLE_GLUED_RE = re.compile("|".join(word.capitalize() for word in ROLE_WORDS))  # "EditorFollow"


def headline_below_kicker(
    texts: Sequence[str], drops: Sequence[str | None], marked_first: bool
) -> int | None:
    """The headline's block when the first block is a section label or kicker above it ("Politics:", "VC,
    Investments"; a share row may stand between them), or None. A byline or date there is no kicker."""
    if not texts or drops[0] is not None or marked_first:
        return None
    below = next((i for i in range(1, min(len(texts), 3)) if drops[i] is None), None)
    if below is None or not _is_head_title(texts[below], False) or "furniture: list heading" in drops[:below]:
        return None  # under a list's heading stand its teasers
    # a section's name above a headline in Title Case (a short headline would stand above its standfirst)
    section = _is_section_name(texts[0], texts) and is_title_case_headline(texts[below])
    return below if _is_kicker(texts[0]) or section else None


def _is_kicker(text: str) -> bool:
    """A section label or kicker above the headline: "Biz & IT —", "SLOW MOVING", "Politics:", "Technology"."""
    words = [word for word in text.split() if LETTER_RE.search(word)]
    if not 0 < len(words) <= KICKER_WORDS:
        return False
    labelled = text.endswith(("—", "–", " -", ":", "|")) or "·" in text or "|" in text
    sections = "," in text and is_title_like(text) and not DIGIT_RE.search(text)  # "VC, Investments"
    return labelled or sections or len(words) == 1 or (text.isupper() and len(words) <= 2)


def _is_section_name(text: str, texts: Sequence[str]) -> bool:
    """A section's or programme's name in Title Case: "Allergies Health Center", "KPBS Midday Edition"; not
    the author's name (its words the article never writes in lower case) nor a date."""
    words = text.split()
    capitalised = all(word[0].isupper() or word in {"and", "&", "of"} for word in words)
    short_title = 0 < len(words) <= KICKER_WORDS and is_title_like(text)
    if not (capitalised and short_title) or DIGIT_RE.search(text):
        return False
    return not is_person_name(text) or in_lower_case(text, texts)


def headline_below_stamp(texts: Sequence[str], verdicts: Sequence[BlockVerdict]) -> int | None:
    """The headline's block when the page's text opens with the story's byline, date or lead picture's
    caption above it ("By John Smith", "Tuesday, March 4, 2008" / "5:55 AM", "Reuters"), or None."""
    index = 0
    while index < min(len(texts), BYLINE_REACH) and _is_stamp_above_headline(texts[index], verdicts[index]):
        index += 1
    if index == 0 or index >= len(texts) or verdicts[index] != BlockVerdict():
        return None
    return index if _is_head_title(texts[index], False) else None


def _is_stamp_above_headline(text: str, verdict: BlockVerdict) -> bool:
    # "By ..." or the wire alone; "The Impeachment Clock | National Review" (the page's <title>) is no byline
    if verdict.kind is Kind.BYLINE:
        return is_byline_start(text) or len(text.split()) <= KICKER_WORDS
    return verdict.kind in (Kind.CREDIT, Kind.CAPTION) and verdict.drop is None


def headline_below_site_name(
    texts: Sequence[str], drops: Sequence[str | None], marked: Sequence[bool]
) -> int | None:
    """The headline's block when the first block is the site's or section's name the page's <title> gave
    ("Daily Times - Leading News Resource of Pakistan", "Financial Times FT.com"), or None.

    That name shares no word of the story's topic with its paragraphs; the headline below it shares some.
    A section's short name may share one ("Nuclear Deals" above a story on North Korea's programmes): then
    the headline below names several more.
    """
    stamp_label = STAMP_LABEL_ALONE_RE.match(texts[0]) if texts else None  # "Posted on" above its date
    if not texts or drops[0] is not None or marked[0] or stamp_label or not _is_site_name(texts[0]):
        return None
    prose = prose_blocks(texts, drops, marked)
    if len(prose) < STORY_PARAGRAPHS:
        return None
    story = story_words(texts[index] for index in prose)
    named = len(topic_words(texts[0]) & story)
    # a section's name may name the story's field ("Technology" above a story on phones): one word at most,
    # on a short line, while the headline below names several more
    section = len(texts[0].split()) <= KICKER_WORDS and not DIGIT_RE.search(texts[0])
    if named > (1 if section else 0):
        return None
    for index in range(1, min(prose[0], HEAD_REACH + 1)):
        if drops[index] is None and not marked[index] and _is_head_title(texts[index], False):
            shared = len(topic_words(texts[index]) & story)
            needed = named + _MORE_TOPIC_WORDS if named else _HEADLINE_TOPIC_WORDS
            return index if shared >= needed else None
    return None


def _is_site_name(text: str) -> bool:
    """A line that can be a site's or section's name: a few words in Title Case, or a name and a slogan
    set apart by a dash or bar ("Gulf Times – Qatar's top-selling English daily newspaper")."""
    words = [word for word in text.split() if LETTER_RE.search(word)]
    if not 0 < len(words) <= SITE_NAME_WORDS + 2 or ends_like_sentence(text):
        return False
    return in_title_case(words) or SITE_SEPARATOR_RE.search(f" {text}") is not None


def headline_below_recurring_top(
    texts: Sequence[str], drops: Sequence[str | None], verdicts: Sequence[BlockVerdict]
) -> int | None:
    """The headline's block when the first block stands on top of the site's other stories too, so it is
    the site's or blog's name ("The BLT: The Blog of Legal Times"), or None: the first headline-like line
    below it, above the story's first paragraph. The wire or a date there stays; a columnist's name above
    the story's date is its byline (the caller's)."""
    marked = [verdict.kind is not None for verdict in verdicts]
    if not texts or drops[0] is not None or marked[0] or names_source_or_time(texts[0]):
        return None
    prose = prose_blocks(texts, drops, marked)
    if not prose:
        return None
    for index in range(1, min(prose[0], HEAD_REACH + 1)):
        headline = _is_head_title(texts[index], False) and _NOT_A_HEADLINE_RE.search(texts[index]) is None
        if drops[index] is None and not marked[index] and headline:
            return index
    return None


@dataclass(frozen=True)
class ArticleHead:
    """Where the article starts in a page pasted whole: its headline and the blocks structure must keep."""

    headline: int | None = None
    blocks: frozenset[int] = frozenset()


def find_article_head(
    texts: Sequence[str],
    drops: Sequence[str | None],
    marked: Sequence[bool],
    recurring: Collection[int] = frozenset(),
) -> ArticleHead:
    """The headline and standfirst just above the article's first byline, or above its first prose.

    A page pasted whole puts its navigation, and often a "More" menu, right above the headline; these
    title-like blocks would otherwise read as the menu's last teasers. The article starts at its first
    byline (or, with none, at its first paragraph of prose); its headline is the title-like block closest
    above that, with the one right above it when there are two (headline, then standfirst). A line that
    recurs in the batch's other stories is their site's (``recurring``), never this story's headline.
    """
    prose = next((i for i, text in enumerate(texts) if is_prose(text, drops[i], marked[i])), len(texts))
    start = next((i for i in range(prose) if _opens_byline(texts[i], drops[i], marked[i])), prose)
    if start == len(texts):
        return ArticleHead()  # no byline and no prose: no article to find
    candidates = [i for i in range(start - 1, 0, -1) if drops[i] is None][:HEAD_REACH]
    titles = [i for i in candidates if i not in recurring and _is_head_title(texts[i], marked[i])]
    if not titles:
        return ArticleHead(blocks=frozenset(range(start, prose)) & _marked_indexes(marked))
    nearest = titles[0]
    above = candidates[candidates.index(nearest) + 1 : candidates.index(nearest) + 2]
    headline = above[0] if above and above[0] in titles else nearest
    return ArticleHead(headline, frozenset({headline, nearest}))


def opens_with_navigation(texts: list[str], drop: str | None) -> bool:
    """A page pasted whole: its first block is furniture or a menu-sized line, not a headline (a short
    headline the page repeats as its heading is one)."""
    return drop is not None or (len(texts[0].split()) <= MENU_WORDS and not repeated_below(texts))


def _opens_byline(text: str, drop: str | None, marked: bool) -> bool:
    """Whether a kept block starts the article's byline ("By ..." alone or with its names)."""
    return drop is None and (is_byline_start(text) or (marked and text.startswith("By")))


def _is_head_title(text: str, marked: bool) -> bool:
    """A headline or standfirst: several words, no menu item, byline, timestamp or credit."""
    words = [word for word in text.split() if LETTER_RE.search(word)]
    return (
        not marked
        and HEAD_WORDS <= len(words) <= 40
        and is_teaser(text)
        and not is_byline_start(text)
        and not is_timestamp(text)
    )


def _marked_indexes(marked: Sequence[bool]) -> frozenset[int]:
    return frozenset(i for i, mark in enumerate(marked) if mark)


def drop_head_labels(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Above the story's first paragraph, a label of one to three words beside furniture that names nothing
    of the story is the page's ("Slideshow", "Search the ABC"). Beside the byline or the date it may be the
    author's name; under the headline with prose below it, a greeting or a subhead: those stay."""
    prose = prose_blocks(texts, drops, marked)
    if len(prose) < STORY_PARAGRAPHS:
        return
    story = story_words(texts[index] for index in prose)
    for index in range(1, prose[0]):
        text = texts[index]
        neighbours = (index - 1, index + 1)
        beside_furniture = any(is_furniture_drop(drops[near]) for near in neighbours)
        beside_credit = any(marked[near] for near in neighbours)
        if (
            droppable(index, drops, marked)
            and beside_furniture
            and not beside_credit
            and _is_section_label(text)
            and not tells_the_story(text, story)
        ):
            drops[index] = "section label"


def _is_section_label(text: str) -> bool:
    """A short label in the shape of a section's or a control's name: not a person's or an outlet's name
    (every word capitalised: "Jessica DeFino", "USA TODAY", "NYT"), no role, wire, credit, figure or date."""
    words = text.split()
    return (
        len(words) <= KICKER_WORDS
        and text[:1].isupper()
        and text[-1:].isalpha()
        and DIGIT_RE.search(text) is None
        and not (len(words) > 1 and all(word[:1].isupper() for word in words))  # a name, an outlet
        and not text.isupper()
        and _NOT_A_HEADLINE_RE.search(text) is None
        and _ROLE_GLUED_RE.search(text) is None
        and not is_wire_alone(text)
        and not is_agency_name(text)
        and STAMP_LABEL_ALONE_RE.match(text) is None
        and not any(is_date_word(word) for word in words)
        and text.casefold() not in ARTICLE_PART_HEADINGS
    )


def drop_unrelated_head_titles(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A headline between the page's top and the article's first paragraph that names nothing the story
    speaks of is another story's ("Superbug can target gay community: doctor" above a story about a
    wrong-way driver); the story's standfirst shares its words. Names, roles, dates and rows of links in
    that place are the story's credits or the page's tools, never another story's headline."""
    prose = prose_blocks(texts, drops, marked)
    if len(prose) < STORY_PARAGRAPHS + 1:
        return
    story = story_words(texts[index] for index in prose)
    if len(story) < STORY_TOPIC_WORDS:
        return
    kept = [index for index in range(prose[0] + 1) if drops[index] is None]
    # the first line under the headline can be its standfirst, the last above the first paragraph a subhead
    between = kept[2:-2] if kept[0] == 0 else kept[1:-2]
    for index in between:
        words = topic_words(texts[index])
        place = kept.index(index)
        # a paragraph broken over lines goes on, as a verse's lines do ("I remained silent;" / "I wasn’t a criminal")
        wrapped = texts[kept[place + 1]][:1].islower() or texts[kept[place - 1]].rstrip().endswith((";", ","))
        standfirst = marked[kept[place - 1]]  # under the byline or date the standfirst stands
        if index >= HEAD_REACH * 2 or wrapped or standfirst or not words or words & story:
            continue
        if droppable(index, drops, marked) and _is_other_headline(texts[index]):
            drops[index] = "another story's headline"


def _is_other_headline(text: str) -> bool:
    """A headline in sentence case, with words of its own in lower case ("Dad charged with killing daughter");
    no name, role, date, dateline or row of links."""
    plain = [word for word in LOWER_WORD_RE.findall(text) if len(word) > 2 and word not in TITLE_SMALL_WORDS]
    return (
        HEAD_WORDS <= len(text.split()) <= _HEADER_WORDS
        and not text[0].islower()
        and (len(plain) >= 2 or is_title_case_headline(text))
        and is_title_like(text, max_words=_HEADER_WORDS)
        and not DIGIT_RE.search(text)
        and not _NOT_A_HEADLINE_RE.search(text)
        and DATELINE_RE.match(text) is None
        and _NAMES_JOINED_RE.match(text) is None
    )


def drop_above_page_heading(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Between the headline taken from the page's <title> and the page's own heading that repeats it stands the
    page's header: its section label, breadcrumbs, a bar of other stories. The article begins below it.

    A whole page's menus can fill dozens of blocks there (CRN's "Latest News Applications OS Channel Programs Cloud
    ..."): the page's heading is also looked for further down, when it says the <title> word for word and nothing
    between them reads like the article's prose."""
    heading = next(
        (
            i
            for i in range(1, min(len(texts), HEAD_REACH + 1))
            if drops[i] == "repeats the headline" and len(texts[i].split()) >= HEAD_WORDS
        ),
        None,
    )
    far = heading is None and _title_repeated_far_below(texts, drops, marked)
    if far:
        heading = next(i for i in range(HEAD_REACH + 1, len(texts)) if texts[i] == texts[0])
    for index in range(1, heading or 0):
        text = texts[index]
        # the author's name and the date stand there too: they are the story's, and so is a standfirst telling
        # what was said (a headline tells it in the present: "says")
        own = (
            is_person_name(text)
            or is_date_only(text)
            or is_timestamp(text)
            or _SAID_RE.search(text) is not None
            # the lead picture's caption, set above the heading on some sites (ScienceAlert's)
            or is_caption(text)
            or trailing_credit(text) is not None
            or _PICTURE_CREDIT_RE.search(text) is not None
        )
        header_like = is_title_like(text, max_words=_HEADER_WORDS) or (far and _is_menu_row(text))
        if droppable(index, drops, marked) and header_like and not own:
            drops[index] = "page header"


# a picture's credit closing its caption: "(NASA/JPL/Space Science Institute)", "(Agency/Photographer)"
_PICTURE_CREDIT_RE = re.compile(r"\([^()]{2,80}/[^()]{2,60}\)\s*$")
_FAR_HEADING_REACH = 60  # blocks a whole page's menus may fill between its <title> and its own heading
_MENU_ROW_WORDS = 12  # a menu printed on one line is longer than a title
_MENU_CAPITALS = 0.75  # ... and nearly every word of it is a name


def _title_repeated_far_below(
    texts: Sequence[str], drops: Sequence[str | None], marked: Sequence[bool]
) -> bool:
    """Whether the first block, the page's <title>, stands again as its heading below the first blocks, with no
    prose of the article between (a headline repeated at the story's end has the story above it)."""
    if len(texts[0].split()) < HEAD_WORDS:
        return False
    for index in range(HEAD_REACH + 1, min(len(texts), _FAR_HEADING_REACH)):
        if texts[index] == texts[0] and drops[index] == "repeats the headline":
            return not any(is_prose(texts[i], drops[i], marked[i]) for i in range(1, index))
    return False


def _is_menu_row(text: str) -> bool:
    """A site's menu printed as one line: many words, nearly all of them capitalized names, no sentence's end
    ("Cloud Partner Programs Cloud Security Cloud Storage Edge Computing ...")."""
    words = [word for word in text.split() if any(char.isalpha() for char in word)]
    if len(words) < _MENU_ROW_WORDS or ends_like_sentence(text):
        return False
    capitalized = sum(word[0].isupper() or word in TITLE_SMALL_WORDS for word in words)
    return capitalized >= _MENU_CAPITALS * len(words)
