"""Other stories' titles known by their shape wherever they stand: runs of titles under section
labels, cut short, in Title Case or signed by one source, headlines in capitals, links under labels in
capitals, titles over a summary cut short, a gallery's title; and a comment section's house rules.

An article's own subheads come one at a time between its paragraphs; links to other stories come in runs,
or in a shape no subhead takes.
"""

from __future__ import annotations

import re
from collections import Counter

from newsl10n.credits import is_agency_name, is_credit
from newsl10n.furniture.reading import (
    HEAD_WORDS,
    KICKER_WORDS,
    LETTER_RE,
    MENU_RUN,
    OTHER_SCRIPT_RE,
    QUOTE_OR_REPORT_RE,
    droppable,
    is_list_content,
    is_structured_list,
    is_title_case_headline,
    prose_blocks,
    short,
    tells_the_story,
)
from newsl10n.furniture.repeats import repeats_headline
from newsl10n.newsparts import is_gallery_opener, is_teaser, is_title_like
from newsl10n.topicwords import story_words

_SHOUTED_WORDS = 8  # a headline in capitals this long is a link; a subhead in capitals is shorter
_GALLERY_TITLE_WORDS = 12
# a comment section's rules: what they are about, and how they ask
_COMMENT_POLICY = "furniture: comment policy"
_HOUSE_RULE = "comment policy"
_HOUSE_RULE_CHARS = 500
_HOUSE_RULE_TOPIC_RE = re.compile(
    r"\bcomment|\bmoderat|\bblock capitals|\bcaps lock|\bterms (?:and conditions|of (?:use|service))|"
    r"\bprivacy policy|\bcommunity (?:guidelines|standards)|"
    # a rule's prohibition under the rules' heading: "No profanity, racial slurs, direct threats, or threatening
    # language.", "No product advertisements."
    r"\bprofanity|\bslurs?\b|\bspam\b|\bpersonal attacks|\badvertisements|\boff[- ]topic\b"
)
_HOUSE_RULE_ASK_RE = re.compile(
    r"^(?:please|lastly|finally|if (?:readers|you)|we ask|do not|don['’]t|no)\b|\bplease\b"
)
# a slide's counter and its gallery's title, as an extractor joins them: "1 /50 UK news in pictures"
_COUNTED_GALLERY_RE = re.compile(r"^\d{1,3} /\d{1,3} (.{3,120})$")
# a link under its label in capitals: "A SIMPLE GUIDE: How do I protect myself?", "VIDEO: The 20-second hand wash"
_CAPITAL_LABELLED_LINK_RE = re.compile(
    r"^(?=[^:]{3})[A-Z][A-Z0-9'’&-]*(?: [A-Z0-9'’&-]+){0,3}: (?=[A-Z0-9‘“'\"])[^.!]{3,100}\??$"  # not "Q:", "A:"
)
_LINK_BOX_LINES = 2
_SIGNED_TITLE_WORDS = 25  # a title signed by its source is no longer
_AGENCY_LIKE_RE = re.compile(r"[A-Z]{2,5}")  # an agency's letters alone ("PA", "AFP"), a picture's credit
_NAME_AND_AGE_RE = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}, \d{1,3}$")
_CUT_TITLE_RE = re.compile(r"\s*(?:\.\.\.|…)$")
# Another story's summary cut short: "... killing seven students...", "... and about ..."
_CUT_SUMMARY_WORDS = 6
_ANAPHORA_LINES = 3  # this many lines cut short that open with the same two words are one text's verse
_CUT_SUMMARY_RE = re.compile(r"[\w,;:'’\")]\s?(?:\.\.\.|…)$")


def drop_labelled_title_runs(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Three or more titles in a row, each under its section's label ("Book Review" / "Diableries: Stereoscopic
    Adventures in Hell" / "Recap" / "TV recap: Game Of Thrones ..."), above or below the article's prose: a
    sidebar of other stories. Between its paragraphs such pairs can be the article's own (a list of books under
    their genres)."""
    prose = prose_blocks(texts, drops, marked)
    index = 1
    while index + 1 < len(texts):
        end = index
        while end + 1 < len(texts) and _is_labelled_title(end, texts, drops, marked):
            end += 2
        outside = not prose or end <= prose[0] or index > prose[-1]
        if end - index >= 2 * MENU_RUN and outside:
            for item in range(index, end):
                if drops[item] is None:
                    drops[item] = "labelled titles"
        index = max(end, index + 1)


def _is_labelled_title(index: int, texts: list[str], drops: list[str | None], marked: list[bool]) -> bool:
    """A section's label (a word or two, dropped already or not) with a headline under it."""
    label, title = texts[index], texts[index + 1]
    label_ok = (drops[index] is None or drops[index] == "furniture: label many sites share") and not marked[
        index
    ]
    return (
        label_ok
        and is_title_like(label, max_words=KICKER_WORDS - 1)
        and not is_list_content(label)
        and droppable(index + 1, drops, marked)
        and len(title.split()) >= HEAD_WORDS
        and is_teaser(title)
        and not is_list_content(title)
    )


def drop_cut_title_runs(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Three or more titles in a row, each cut short with an ellipsis ("For trans activists, recent setbacks
    temper long-term hopes …"), above or below the article's prose: a list of other stories' links."""
    prose = [index for index in prose_blocks(texts, drops, marked) if not _is_cut_title(texts[index])]
    index = 1
    while index < len(texts):
        end = index
        while end < len(texts) and droppable(end, drops, marked) and _is_cut_title(texts[end]):
            end += 1
        outside = not prose or end <= prose[0] or index > prose[-1]
        if end - index >= MENU_RUN and outside:
            for item in range(index, end):
                drops[item] = "titles cut short"
        index = max(end, index + 1)


def _is_cut_title(text: str) -> bool:
    """A headline-long title cut short with an ellipsis, as lists of other stories print them."""
    title = _CUT_TITLE_RE.sub("", text)
    return title != text and len(title.split()) >= HEAD_WORDS and is_title_like(title)


def drop_headline_runs(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Three or more headlines in a row, each in Title Case, are a teaser list wherever they stand.

    An article's own subheads come one at a time, between paragraphs; a widget of other stories
    ("Pizza Man Making Special Delivery to Afghanistan" / "Redesigned Scopes Fail to Stop ...") comes as a run.
    """
    index = 1
    while index < len(texts):
        end = index
        while end < len(texts) and droppable(end, drops, marked) and is_title_case_headline(texts[end]):
            end += 1
        if end - index >= MENU_RUN and not is_structured_list(texts[index:end]):
            for item in range(index, end):
                drops[item] = "headline list"
        index = max(end, index + 1)


def drop_shouted_links(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A headline in capitals between two paragraphs is a link to another story ("SEAN SPICER ELIMINATED FROM
    'DANCING WITH THE STARS'"): sites set their subheads in capitals only when they are a few words long."""
    for index in range(1, len(texts) - 1):
        text = texts[index]
        words = [word for word in text.split() if LETTER_RE.search(word)]
        shouted = len(words) >= _SHOUTED_WORDS and text.isupper() and is_title_like(text, max_words=30)
        if shouted and droppable(index, drops, marked) and not is_list_content(text):
            drops[index] = "link in capitals"


def drop_capital_labelled_links(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Two or more lines in a row, each a label in capitals, a colon and a title ("A SIMPLE GUIDE: How do I
    protect myself?" / "LOOK-UP TOOL: Check cases in your area" / "VIDEO: The 20-second hand wash"), are a
    box of links set into the article: its paragraphs never open two lines running with a shouted label."""
    index = 1
    while index < len(texts):
        end = index
        while end < len(texts) and drops[end] is None and _CAPITAL_LABELLED_LINK_RE.match(texts[end]):
            end += 1
        if end - index >= _LINK_BOX_LINES and any(not marked[item] for item in range(index, end)):
            for item in range(index, end):
                drops[item], marked[item] = "links under labels in capitals", False
        index = max(end, index + 1)


def drop_source_signed_titles(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Three or more titles in a row, each signed by the same source's name on the line below it ("Piers Morgan
    tells viewers ..." / "Wales Online" / "NHS to move to its highest alert level" / "Wales Online"), are a
    player's or partner's list of other stories, also inside the article. The article's own pictures alternate
    their captions with their credits ("PA") the same way: a credit or an agency is no such source."""
    signatures = Counter(
        text for index, text in enumerate(texts) if index and is_title_like(text, max_words=KICKER_WORDS + 1)
    )
    for source, count in signatures.items():
        if count < MENU_RUN or is_list_content(source) or is_credit(source) or is_agency_name(source):
            continue
        if _AGENCY_LIKE_RE.fullmatch(source) or not LETTER_RE.search(source):
            continue  # nor is a line that only spaces paragraphs
        cards = [
            index
            for index in range(1, len(texts) - 1)
            if texts[index + 1] == source
            and not marked[index + 1]
            and (droppable(index, drops, marked) or drops[index] is not None)
            and is_teaser(texts[index])
            and HEAD_WORDS <= len(texts[index].split()) <= _SIGNED_TITLE_WORDS
        ]
        for run in _runs_of_pairs(cards):
            if len(run) >= MENU_RUN:
                for index in run:
                    for item in (index, index + 1):
                        drops[item] = drops[item] or f"titles signed '{short(source)}'"


def _runs_of_pairs(starts: list[int]) -> list[list[int]]:
    """The pairs of lines that follow each other without a gap (10, 12, 14), in runs."""
    runs: list[list[int]] = []
    for start in starts:
        if runs and start == runs[-1][-1] + 2:
            runs[-1].append(start)
        else:
            runs.append([start])
    return runs


def drop_cut_summaries(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Another story's title above its summary cut short ("B.C. schools use 'death trap' vans for student trips" /
    "Passenger vans similar to one that crashed in New Brunswick, killing seven students..."), above or below
    the article's prose, is a teaser; under the headline such a line is the story's own standfirst. Below the
    article a summary cut short is a teaser even when it tells the same story: a follow-up's, or this one's
    own lead in a list of links."""
    opening = [
        _opening(text) if _is_cut_summary(text) and OTHER_SCRIPT_RE.search(text) is None else None
        for text in texts
    ]
    count = Counter(opening)
    # lines that trail off and open alike, three or more, are the text's own verse or list ("Then they
    # arrested a man for holding a sign …"), not other stories' summaries
    cut = [words is not None and (not words or count[words] < _ANAPHORA_LINES) for words in opening]
    prose = [index for index in prose_blocks(texts, drops, marked) if not cut[index]]
    story = story_words(texts[index] for index in prose)
    for index in range(2, len(texts)):
        outside = not prose or index < prose[0] or index > prose[-1]
        title = index - 1
        if not (cut[index] and outside and droppable(index, drops, marked)):
            continue
        if repeats_headline(texts[title], texts[0]):  # the page's own heading over its lead, cut short
            continue
        # above the prose, the story's own lead, or its picture's caption above it, names the story's topic
        below = bool(prose) and index > prose[-1]
        other_story = not tells_the_story(texts[index], story) and not tells_the_story(texts[title], story)
        if not (below or other_story):
            continue
        if droppable(title, drops, marked) and is_title_like(texts[title]) and not cut[title]:
            drops[title] = "teaser"
            drops[index] = "teaser's summary cut short"
        elif drops[title] is not None:  # its title left out already (a link, a picture's label)
            drops[index] = "teaser's summary cut short"


def _opening(text: str) -> tuple[str, ...]:
    """A line's first two words, to tell lines that open alike; none for a summary that opens with its
    writer's byline, as other stories' summaries do alike ("by Marlon Madden The unemployment rate ...")."""
    words = tuple(word.lower() for word in text.split()[:2])
    return () if words[:1] == ("by",) else words


def _is_cut_summary(text: str) -> bool:
    """Another story's summary cut short mid-sentence ("... killing seven students...")."""
    return len(text.split()) >= _CUT_SUMMARY_WORDS and _CUT_SUMMARY_RE.search(text) is not None


def drop_gallery_titles(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A title line right next to a gallery's "View Photos" link is the gallery's title, not a subhead; so is
    the title its counter names ("1 /50 UK news in pictures"), wherever the gallery repeats it on its slides."""
    openers = [index for index, text in enumerate(texts) if drops[index] and is_gallery_opener(text)]
    for opener in openers:
        for index in (opener - 1, opener + 1):
            if (
                0 <= index < len(texts)
                and droppable(index, drops, marked)
                and is_title_like(texts[index], _GALLERY_TITLE_WORDS)
                and not _is_name_and_age(texts[index])
            ):
                drops[index] = "gallery title"
    titles = {
        match.group(1)
        for index, text in enumerate(texts)
        if drops[index] and (match := _COUNTED_GALLERY_RE.match(text))
    }
    for index, text in enumerate(texts):
        if text in titles and droppable(index, drops, marked):
            drops[index] = "gallery title"


def _is_name_and_age(text: str) -> bool:
    """A picture's caption, not a gallery's title: "Ghislaine Maxwell, 64"."""
    return _NAME_AND_AGE_RE.match(text) is not None


def drop_house_rules(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """The rest of a comment section's house rules, under the ones the site's words are known by ("HOUSE RULES"
    / "We welcome reader comments ..." / "Please do not write in block capitals ..." / "Lastly, read our Terms
    and Conditions ..."): each asks the reader something about comments or points to the site's terms."""
    for index in range(1, len(texts)):
        after_rules = drops[index - 1] in (_COMMENT_POLICY, _HOUSE_RULE)
        if after_rules and droppable(index, drops, marked) and _is_house_rule(texts[index]):
            drops[index] = _HOUSE_RULE


def _is_house_rule(text: str) -> bool:
    """A short paragraph that asks the reader something about comments and reports no one's words."""
    lowered = text.lower()
    return (
        len(text) <= _HOUSE_RULE_CHARS
        and _HOUSE_RULE_TOPIC_RE.search(lowered) is not None
        and _HOUSE_RULE_ASK_RE.search(lowered) is not None
        and QUOTE_OR_REPORT_RE.search(lowered) is None
    )
