"""Runs of links with no heading to name them: menus and tag rows, the title lists after the
article, a pager's links, a table of contents; labels many sites share, a label with nothing left below
it, and what stands between furniture after the article.

Their shape gives them away where their words do not: several short link-like lines in a row outside the
article's prose, or one or two lines walled in by furniture after the article.
"""

from __future__ import annotations

import re

from newsl10n.credits import mentions_date, trailing_credit
from newsl10n.furniture.bylines import is_author_in_box, is_sign_off, lone_name
from newsl10n.furniture.reading import (
    HEAD_REACH,
    HEAD_WORDS,
    MENU_RUN,
    MENU_WORDS,
    NAMED_FIRST_RE,
    OTHER_SCRIPT_RE,
    PROSE_WORDS,
    REPEATED_LABEL,
    STORY_PARAGRAPHS,
    comparable,
    droppable,
    is_furniture_drop,
    is_list_content,
    is_list_item_drop,
    is_person_name,
    is_prose,
    is_schedule,
    is_structured_list,
    kept_runs,
    prose_blocks,
    tells_the_story,
)
from newsl10n.furniture.repeats import repeated_below
from newsl10n.newsparts import is_tags_label, is_teaser, is_title_like, repeated_words
from newsl10n.pagelabels import is_page_label
from newsl10n.topicwords import story_words

_GAP_WORDS = 8  # a longer line between two link-list items is still an item
_PAGE_GOES_ON_LINES = 3  # this many long lines below the story's prose are the page's content, not a teaser's
# The line that closes a wire or newspaper story: "Eva Ruth Moravec in Austin contributed to this report.",
# "(Reporting by ...; Editing by ...)". Title lines to the page's end below it are other stories', two at least.
_CLOSING_CREDIT_RE = re.compile(
    r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|^\(?(?:additional )?reporting by\b|\bediting by\b",
    re.I,
)
_TITLES_AFTER_CLOSING = 2
# a transcript's turn: its speaker's name, a stage direction perhaps, a colon ("Q:", "Postillon:", "Trump (louder):")
_SPEAKER_RE = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?: \([^()]{1,30}\))?: \S")
_TRANSCRIPT_TURNS = 2
# a story made of title-like items has this many inside it at least, more than twice its paragraphs of prose, and
# few of those (a whole page's text with teasers between many paragraphs is no list)
_LIST_ARTICLE_ITEMS = 6
_LIST_ARTICLE_RATIO = 2
_LIST_ARTICLE_PARAGRAPHS = 6
_ADVICE_ITEMS = (
    3  # a list of advice has this many items at least; a lone "Keep up to date with X" is a prompt
)
# The article's own advice, item after item, is no list of other stories: "Wash your hands often with soap ...",
# "Avoid touching your eyes, nose, or mouth ...", "If you are sick, stay home, ..."
_ADVICE_RE = re.compile(
    r"^(?:wash|avoid|cover|stay|replace|keep|use|wear|clean|disinfect|limit|practice|practise|don['’]t|do not|"
    r"if you|try|drink|eat|seek|monitor|call your)\b",
    re.I,
)
# a play time, not a time of day ("1:00 PM - FirstEnergy Stadium" is a fixture list's)
_CHAPTER_RE = re.compile(r"^[►▶•-]?\s?\d{1,2}:\d{2}(?::\d{2})?(?!\s?[ap]\.?m\b)\s?[:–—-]?\s+\S", re.I)
# the bullet marks an extractor prints before a list's items; other stories' titles come without them
_BULLETS = ("• ", "· ", "▪ ", "● ", "- ")  # trafilatura writes the items of a page's lists as "- item"
_CONTENTS_ENTRIES = 2  # a table of contents lists two headings at least
# an entry of a table of contents: its number, then a heading the page gives again below ("1 7:53 am: Dow futures ...")
_CONTENTS_ENTRY_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.? (\S.{1,160})$")
# a pager's two links, each with its story's title: "Previous Coronavirus in India: ..." / "Next Quarantine ..."
_PREVIOUS_TITLE_RE = re.compile(r"^previous (?=[A-Z‘“'\"0-9])", re.I)
_NEXT_TITLE_RE = re.compile(r"^next (?=[A-Z‘“'\"0-9])", re.I)
_PAGER_LABEL_RE = re.compile(
    r"^(?:next|previous|prev|older|newer) (?:post|article|story|entry)\s*[:»›>]?$", re.I
)
# A page's tools and navigation bars are a menu's lines by their kind, whatever their length.
_CONTROL_DROPS = ("furniture: page tools", "furniture: navigation")
_WIDGET_LABEL_DROPS = {
    "furniture: widget label",
    "furniture: share prompt",
    "furniture: follow prompt",
    "furniture: gallery control",
    "furniture: feedback prompt",  # "Was this helpful?"
    "furniture: contact prompt",  # "Report an editorial error", "Submit a news tip" among a footer's links
    "furniture: reprint link",
    REPEATED_LABEL,
    *_CONTROL_DROPS,
}
# drops that stand inside an article's prose too (the article may go on below them), or are the least certain;
# a reason a line earns alone carries its "furniture: " already, one the structure gives not yet
_NOT_A_WALL = frozenset(
    {
        "link list",
        "furniture: advertisement",
        "furniture: related link",
        "furniture: widget label",
        "furniture: link prompt",
        "furniture: sponsored",
    }
)
_BETWEEN_RUN = 2  # lines kept between furniture after the article that context makes furniture
_OPENER_ITEM_WORDS = 8  # a menu's item that opens as the others do may be this long
_LABEL_WORDS = 4  # a list's label: "Editors' Recommendations:", "- More Articles:"
# an item of a wire story's section: a team's or a name's label, then its sentence ("Heat: Host Washington.")
_SECTION_ITEM_RE = re.compile(r"^[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}: [A-Z0-9].{3,200}[.!?]$")
_EMBEDDED_WORDS_RE = re.compile(
    r"\w['’]s (?:full )?(?:tweets?|posts?|statement|letter|message|remarks|speech|video)\b", re.I
)
_GRAPHIC_SOURCE_RE = re.compile(r"^(?:Sources?|Data):\s+\S")  # the line under a chart or table
_ENDS_WITH_ADDRESS_RE = re.compile(r"\bhttps?://\S+$")
_SPLIT_TAG_WORDS = 4  # a tag on a line of its own, its comma after it: "Sanctions,"
_LABELLED_TAG_WORDS = 6  # under "Tags:": "mezcal bars in metro Detroit,"
_SPLIT_TAG_RE = re.compile(r"^[^\W\d_](?:[^\W_]|[&.'’ -])*$")


def drop_menus(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Runs of very short link-like lines above or below the article's prose (site navigation, tag lists);
    the first block too, when it opens such a run.

    Between two paragraphs of prose a run of short lines is the article's own list (ingredients, results,
    features); a widget there comes with a heading ("Related") or a label, and other rules find it.
    """
    prose = prose_blocks(texts, drops, marked)

    def menu_item(index: int) -> bool:
        text = texts[index]
        # the first block opens a menu unless the page repeats it as its heading ("Tigers-Royals Preview")
        first = index == 0 and drops[0] is None and not marked[0] and not repeated_below(texts)
        return (
            (first or droppable(index, drops, marked))
            and is_title_like(text, max_words=MENU_WORDS)
            and not is_list_content(text)
        )

    def dropped_label(index: int) -> bool:  # "Share", "Next": dropped already, still one of the run's links
        return drops[index] is not None and is_title_like(texts[index], max_words=MENU_WORDS)

    index = 0
    while index < len(texts):
        end = index
        while end < len(texts) and (
            menu_item(end) or dropped_label(end) or (end > index and drops[end] is not None)
        ):
            end += 1
        items = [i for i in range(index, end) if drops[i] is None]
        links = sum(1 for i in range(index, end) if drops[i] is None or dropped_label(i))
        # the article's head ends at its byline or date: a row of links right below it is the page's (its section
        # and tags), though the standfirst above reads like prose
        below_byline = 0 < index <= HEAD_REACH and marked[index - 1]
        inside_article = bool(prose) and prose[0] < index and end <= prose[-1] and not below_byline
        if items and links >= MENU_RUN and not inside_article:
            tail = _same_opener_tail(items, end, texts, drops, marked)
            end += len(tail)
            _drop_as_links(items + tail, texts, drops, "link list")
        index = max(end, index + 1)


def _same_opener_tail(
    items: list[int], end: int, texts: list[str], drops: list[str | None], marked: list[bool]
) -> list[int]:
    """The menu's longer items right below it (from ``end``) that open as all its items do ("View The
    Advertiser" / ... / "View The Gold Coast Bulletin"; "- Home" / "- World" / "- Russian Prime Minister ... Can
    Be .."). A longer item is a link's title (no sentence), or the page's own title cut short at the end of its
    breadcrumbs."""
    openers = {texts[item].split()[0] for item in items}
    if len(openers) != 1:
        return []
    opener = openers.pop()
    headline = texts[0].lower()
    tail = []
    for index in range(end, len(texts)):
        if not droppable(index, drops, marked) or texts[index].split()[:1] != [opener]:
            break
        rest = texts[index][len(opener) :].strip().rstrip(".…").strip().lower()
        title = is_title_like(texts[index], max_words=_OPENER_ITEM_WORDS)
        if not (title or (rest and headline.startswith(rest))):
            break
        tail.append(index)
    return tail


def _drop_as_links(items: list[int], texts: list[str], drops: list[str | None], reason: str) -> None:
    """Drops a run's lines as a list of links, unless they are the article's own list or schedule, or the byline
    left among share buttons; the writer's name in an author box stays."""
    if (
        is_structured_list([texts[item] for item in items])
        or is_schedule(items, texts)
        or lone_name(items, texts)
    ):
        return
    for item in items:
        if not is_author_in_box(item, texts, drops):
            drops[item] = reason


def drop_link_list_gaps(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A title-like line between two items of one link list is an item too ("Write a Letter to the Editor")."""
    for index in range(1, len(texts) - 1):
        if not droppable(index, drops, marked) or not is_title_like(texts[index], max_words=_GAP_WORDS):
            continue
        between_items = is_list_item_drop(drops[index - 1]) and is_list_item_drop(drops[index + 1])
        if between_items and not is_author_in_box(index, texts, drops):
            drops[index] = "inside a link list"


def drop_split_tag_rows(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A tag row broken into one tag a line, each with its comma ("court," / "Sanctions," / "Volodymyr
    Zelenskyi,"): three short lines in a row that end with a comma are no paragraphs of an article."""
    index = 1
    while index < len(texts):
        under_label = is_tags_label(texts[index - 1])  # "Tags:" above: longer tags too
        words = _LABELLED_TAG_WORDS if under_label else _SPLIT_TAG_WORDS
        end = index
        while end < len(texts) and droppable(end, drops, marked) and _is_split_tag(texts[end], words):
            end += 1
        last_tag = end < len(texts) and droppable(end, drops, marked)  # the last tag has no comma
        last_tag = last_tag and is_title_like(texts[end], max_words=words)
        tags = [texts[item].rstrip(",") for item in range(index, end + last_tag)]
        # a list of authors ("Mariana Lenharo," / "Mohana Basu,") is names only; a tag row has a word alone
        has_word_alone = any(len(tag.split()) == 1 for tag in tags)
        has_name = any(tag[0].isupper() for tag in tags)  # a query's column list is in lower case
        if end - index >= MENU_RUN - 1 + (not last_tag) and (has_word_alone or under_label) and has_name:
            for item in range(index, end + last_tag):
                drops[item] = "tag list"
        index = max(end, index + 1)


def _is_split_tag(text: str, max_words: int = _SPLIT_TAG_WORDS) -> bool:
    """A tag and its comma: words only (code and data have quotes, brackets, "=" and figures)."""
    return (
        text.endswith(",")
        and len(text.split()) <= max_words
        and _SPLIT_TAG_RE.match(text[:-1]) is not None
        and not is_list_content(text)
    )


def drop_trailing_title_lists(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """After the article's last paragraph of prose, a run of title lines is a teaser list, whatever its heading.

    Sites head these lists with words of their own ("Features", "Popular On ...", "EDITORS' PICKS"); the
    structure is what they share. Inside the article a run of short lines can be a real list, so only the
    page's tail is read this way.
    """
    # A credit written as a sentence (an author's note) still belongs to the article: the tail begins after it.
    # Another story's line that reads as prose ("Baby Girl on the Way for Sophie B. Hawkins – at 50!") ends no
    # article, unless the page's own long lines go on below the story's last prose (a deals page's products).
    raw = [i for i, text in enumerate(texts) if is_prose(text, drops[i], False)]
    if not raw:
        return
    prose = prose_blocks(texts, drops, [False] * len(texts))
    long_lines = sum(
        1
        for i in range(prose[-1] + 1, raw[-1])
        if drops[i] is None and i not in raw and len(texts[i].split()) >= PROSE_WORDS
    )
    tail = index = (raw[-1] if long_lines >= _PAGE_GOES_ON_LINES else prose[-1]) + 1
    list_article: bool | None = None  # read only when a run of titles is found: most tails hold none
    speakers: set[str] | None = None  # the same
    while index < len(texts):
        end = index
        while end < len(texts) and (
            _tail_title(end, texts, drops, marked)
            or drops[end] is not None
            or is_sign_off(end, texts, marked)
        ):
            end += 1
        items = [i for i in range(index, end) if drops[i] is None and not marked[i]]  # a sign-off is kept
        if speakers is None:
            speakers = _transcript_speakers(raw, texts)
        items = [i for i in items if _speaker(texts[i]) not in speakers]
        labels = sum(1 for i in range(index, end) if _is_dropped_widget_label(texts[i], drops[i]))
        # a graphic's title and figures over its source ("33% of those hospitalised ..." / "Source: CDC")
        graphic = end < len(texts) and marked[end] and _GRAPHIC_SOURCE_RE.match(texts[end]) is not None
        closed = end == len(texts) and _closed_before(index, prose[-1], texts, marked)
        least = _TITLES_AFTER_CLOSING if closed else MENU_RUN
        advice = len(items) >= _ADVICE_ITEMS and 2 * sum(
            1 for i in items if _ADVICE_RE.match(texts[i])
        ) >= len(items)
        if items and len(items) + labels >= least and not graphic and not advice:
            if list_article is None:
                list_article = _is_list_article(prose[0], tail, texts, drops, marked)
            if list_article:
                return
            _drop_as_links(items, texts, drops, "title list after the article")
        index = max(end, index + 1)


def _speaker(text: str) -> str | None:
    """The speaker's name that opens a transcript's line ("Trump (louder): MAKE AMERICA GREAT AGAIN!" ->
    "Trump"), or None."""
    match = _SPEAKER_RE.match(text)
    return match.group(1) if match else None


def _transcript_speakers(prose: list[int], texts: list[str]) -> set[str]:
    """The speakers of an interview printed as a transcript: names that open two paragraphs of its prose or more.
    Their short lines after the last long answer ("Trump: Make America great again!") go on with it."""
    names = [_speaker(texts[index]) for index in prose]
    return {name for name in names if name is not None and names.count(name) >= _TRANSCRIPT_TURNS}


def _is_list_article(
    first_prose: int, tail: int, texts: list[str], drops: list[str | None], marked: list[bool]
) -> bool:
    """Whether the story itself is a list of title-like items under its subheads (a broadcaster's Christmas
    schedule, a guide): then the lines after its last paragraph of prose go on with it, not with other stories."""
    inside = range(first_prose + 1, tail)
    titles = sum(1 for i in inside if _tail_title(i, texts, drops, marked))
    paragraphs = sum(1 for i in inside if is_prose(texts[i], drops[i], marked[i]))
    return (
        titles >= _LIST_ARTICLE_ITEMS
        and titles > _LIST_ARTICLE_RATIO * paragraphs
        and paragraphs <= _LIST_ARTICLE_PARAGRAPHS
    )


def _closed_before(index: int, last_prose: int, texts: list[str], marked: list[bool]) -> bool:
    """Whether the story's closing credit stands between its last prose and ``index``."""
    return any(marked[i] and _CLOSING_CREDIT_RE.search(texts[i]) for i in range(last_prose + 1, index))


def _tail_title(index: int, texts: list[str], drops: list[str | None], marked: list[bool]) -> bool:
    """A teaser title; in the tail a question is one too ("Can you become immune to coronavirus?"), a sentence
    ending with its link's address is none ("... which takes place 18-24 November. Ticket details: https://..."),
    nor is one signed by its source or writer ("... worried investors. — WSJ’s Chelsea Dulaney", a reader's
    "“Toro Sushi ...” — @LittleLexodus on Twitter")."""
    text = texts[index]
    if _CHAPTER_RE.match(text):
        return False  # a podcast's or a video's chapters, by their play time: "►3:50: Non-stop rollercoaster ..."
    if text.startswith(_BULLETS):
        return False  # an extractor keeps the bullets of the article's own lists ("• Get tested if you have symptoms")
    credit = trailing_credit(text)
    text = text[:credit].rstrip() if credit else text
    question = text.endswith("?") and is_title_like(text.rstrip("?"))
    teaser = (is_teaser(text) or question) and _ENDS_WITH_ADDRESS_RE.search(text) is None
    other_script = OTHER_SCRIPT_RE.search(text) is not None  # "警察 （ けいさつ ） keisatsu police"
    return droppable(index, drops, marked) and teaser and not other_script and not is_list_content(text)


def _is_dropped_widget_label(text: str, drop: str | None) -> bool:
    """A widget's label dropped on its own ("Loading weather data ...", "View More"): still a line of the
    list it stands in."""
    said_once = repeated_words(text) if drop == REPEATED_LABEL else None
    short = len((said_once or text).split()) <= MENU_WORDS or drop in _CONTROL_DROPS
    return drop in _WIDGET_LABEL_DROPS and short


def drop_page_labels(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A label many sites share, above or below the article's prose or next to other furniture.

    Between two paragraphs a lone "Health" or "Features" can be the article's own subhead; out there, or
    beside a dropped share row, it is a site's menu, footer or form.
    """
    prose = prose_blocks(texts, drops, marked)
    for index, text in enumerate(texts):
        # "Comment" alone: a comment form's button, or a column's label between paragraphs (The Register's)
        label = is_page_label(text) or text.casefold() == "comment"
        if not droppable(index, drops, marked) or not label:
            continue
        outside = not prose or index < prose[0] or index > prose[-1]
        beside_furniture = any(
            0 <= near < len(texts) and drops[near] is not None for near in (index - 1, index + 1)
        )
        if outside or beside_furniture:
            drops[index] = "label many sites share"


def drop_table_of_contents(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Numbered entries that each name a heading given again further down ("1 7:53 am: Dow futures surge 900
    points" above the live blog's "7:53 am: Dow futures surge 900 points"): a table of contents, two entries at
    least, whose headings the reader meets in place."""
    below = {comparable(text): index for index, text in enumerate(texts)}  # each text's last place
    entries = []
    for index, text in enumerate(texts):
        match = _CONTENTS_ENTRY_RE.match(text)
        if match and droppable(index, drops, marked) and below.get(comparable(match.group(1)), -1) > index:
            entries.append(index)
    if len(entries) >= _CONTENTS_ENTRIES:
        for index in entries:
            drops[index] = "table of contents"


def drop_pager_titles(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """The title under a pager's label ("Next Post" / "Royal visit cancelled amidst planned protests") is the
    linked story's, not a subhead of this one; a name there is the author box's ("Robert Pelaez")."""
    for index in range(1, len(texts) - 1):
        title = texts[index + 1]
        if (
            drops[index] is not None
            and _PAGER_LABEL_RE.match(texts[index])
            and droppable(index + 1, drops, marked)
            and is_teaser(title)
            and is_title_like(title)
            and len(title.split()) >= HEAD_WORDS
            and not is_person_name(title)
        ):
            drops[index + 1] = "pager's story"


def drop_pager_pairs(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A pager's two links in a row, each the label and its story's title ("Previous Coronavirus in India: Covid-19
    patient dies ..." / "Next Quarantine within units ..."): one such line could open a sentence, two cannot."""
    for index in range(1, len(texts) - 1):
        pair = (index, index + 1)
        if (
            _PREVIOUS_TITLE_RE.match(texts[index])
            and _NEXT_TITLE_RE.match(texts[index + 1])
            and all(droppable(item, drops, marked) and is_title_like(texts[item]) for item in pair)
        ):
            drops[index] = drops[index + 1] = "pager's story"


def keep_section_labels(texts: list[str], drops: list[str | None]) -> None:
    """A wire story's own section label in capitals, which a video player also shows ("UP NEXT"), kept
    where the story's items follow it: AP's game stories end "UP NEXT" / "Heat: Host Washington on
    Saturday night." / "Hawks: Host Milwaukee on Saturday night.", a player's "Up next" a video's title."""
    for index, text in enumerate(texts[:-1]):
        if (
            drops[index] != "furniture: widget label"
            or not text.isupper()
            or len(text.split()) > _LABEL_WORDS
        ):
            continue
        below = [texts[after] for after in range(index + 1, len(texts)) if drops[after] is None][:2]
        if below and all(_SECTION_ITEM_RE.match(item) for item in below):
            drops[index] = None


def drop_labels_of_nothing(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A short label with its colon after the article ("Editors' Recommendations:", "More about:", "Symbol:")
    with nothing kept below it: what it labelled was the page's list, left out; alone it says nothing.
    Someone's embedded words ("Trump's tweet:") are the story's, though the text lost them."""
    prose = prose_blocks(texts, drops, marked)
    if not prose:
        return
    for index in range(len(texts) - 1, prose[-1], -1):
        if drops[index] is not None:
            continue
        text = texts[index]
        if len(text.split()) <= _LABEL_WORDS and text.endswith(":") and not marked[index]:
            if _EMBEDDED_WORDS_RE.search(text) is None:
                drops[index] = "label with nothing below it"
        else:
            return  # a kept line: the labels above it label something


def drop_between_furniture(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """After the article, one or two lines kept between furniture above and below that do not speak of
    the story are furniture too: a site's slogan among its footer links, a teaser between two known ones
    ("Command Line delivers daily updates from the near-future.").

    Context decides where a line alone says too little, as jusText judges its short blocks by their
    neighbours. What also interrupts an article (an advertisement's label, a related link) is no wall
    above, nor a link list, the least certain of the drops (a tour's dates, a letter's signatories), nor
    the page's end: the article's last short paragraph may stand there. Lines that may be a credit stay.
    """
    prose = prose_blocks(texts, drops, marked)
    if len(prose) < STORY_PARAGRAPHS:
        return
    story = story_words(texts[index] for index in prose)
    start = prose[-1] + 1
    for run in kept_runs(drops, start):
        above, below = run[0] - 1, run[-1] + 1
        walled = below < len(texts) and is_furniture_drop(drops[above]) and is_furniture_drop(drops[below])
        walled = walled and drops[above] not in _NOT_A_WALL
        if (
            walled
            and len(run) <= _BETWEEN_RUN
            and all(
                droppable(index, drops, marked)
                and not tells_the_story(texts[index], story)
                and not _may_be_a_credit(texts[index])
                for index in run
            )
        ):
            for index in run:
                drops[index] = "between furniture"


def _may_be_a_credit(text: str) -> bool:
    """A line that may credit the story's people: a name first ("Jane Doe, Princeton University", "Ben
    Silverman is on Twitter"), a date, an address, or a paragraph's end the page broke off ("own stuff to run.")."""
    return (
        not text[:1].isupper()
        or mentions_date(text)
        or is_person_name(text)
        or NAMED_FIRST_RE.match(text) is not None
        or "@" in text
    )


# A notice broken before the address it points to: "... use the Order Reprints tool ... or visit" / "www.djreprints.com"
_LEADS_TO_ADDRESS_RE = re.compile(r"\b(?:visit|at|to|see|go to|via)\s*:?$", re.I)
_BARE_ADDRESS_RE = re.compile(r"^(?:https?://|www\.)[\w.-]+\.[a-z]{2,}(?:/\S*)?\.?$", re.I)


def drop_notices_addresses(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """The address a dropped notice points to, set on the next line: the notice goes on into it."""
    for index in range(1, len(texts)):
        above = drops[index - 1]
        if (
            above is not None
            and is_furniture_drop(above)
            and _LEADS_TO_ADDRESS_RE.search(texts[index - 1])
            and _BARE_ADDRESS_RE.match(texts[index])
            and droppable(index, drops, marked)
        ):
            drops[index] = above.removeprefix("furniture: ")  # the final verdicts add it again
