"""The article's own names: its bylines split over lines or set without "By", its date stamp and
sign-off, the signatories of a letter, the author's box.

They are marked before the structure rules run, because a list or card rule must never take the article's
credits: a byline and a date near other stories' titles would otherwise read as one more card's. The rules
ask here too whether a name among links is the article's own (its author's box, its byline beside the share
buttons), and drop the author box's heading.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from newsl10n.credits import (
    DATELINE_RE,
    is_agency_name,
    is_byline,
    is_date_only,
    is_signed_date,
    is_timestamp,
    is_wire_alone,
    mentions_date,
)
from newsl10n.furniture.reading import (
    BY_ALONE_RE,
    BYLINE_REACH,
    DIGIT_RE,
    HEAD_REACH,
    HEAD_WORDS,
    NAME_LINE_RE,
    PROSE_WORDS,
    ROLE_WORDS,
    STAMP_LABEL_ALONE_RE,
    BlockVerdict,
    in_lower_case,
    is_person_name,
    prose_blocks,
)
from newsl10n.model import Kind
from newsl10n.newsparts import NETWORK, TEXT_SHAPES, ends_like_sentence
from newsl10n.pagelabels import is_page_label

_SIGNED_REACH = 15  # the article's byline, named again below it, stands among this many blocks at its top
_BYLINE_START_RE = re.compile(r"^[Bb]y:?\s*[A-Z][a-z]")
# a story's sources set as a label alone over their names: "Source" / "Yacht Club Games" / "Jane Doe (YouTube)"
_SOURCE_LABEL_ALONE_RE = re.compile(r"^(?:sources?|via|h/t):?$", re.I)
_SOURCE_NAMES = 3
_SOURCE_NAME_WORDS = 6
# a writer's user name or the site's, in lower case, under "By" alone: "Article by" / "nationnews"
_USER_NAME_RE = re.compile(r"[a-z][a-z0-9._-]{2,30}")
_SIGN_OFF_RE = re.compile(r"^\(?[A-Z]{2,5}\)?$")
_SIGNATORIES = 8  # a letter's list of signatories has this many names at least
_SIGNATORY_RE = re.compile(
    r"^(?=.{4,140}$)(?!.*\b(?:said|says|told)\b)[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]*|de|van|von|da|del|al|la|le)){1,4}"
    r"(?:, [^,!?]{2,80}){0,4}(?<![a-z]{4}\.)$"
)
# one network's name alone, a link to someone's profile there
_PROFILE_LINK_RE = re.compile(rf"^{NETWORK}$", re.I)
_ABOUT_NAME_RE = re.compile(r"^About ([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})$")
_NAMES_WITH_OUTLET_WORDS = 10
# a writer's role alone under the name: "Journalist", "Senior Reporter"
_ROLE_ALONE_RE = re.compile(rf"^(?:[\w-]+ ){{0,2}}(?:{'|'.join(ROLE_WORDS)})$", re.I)


def mark_split_bylines(texts: Sequence[str], verdicts: list[BlockVerdict]) -> list[BlockVerdict]:
    """ "By" alone above a name ("By" / "James Whittaker", "Article by" / "Jane Doe"): both are the byline, as
    one block would be; so a stamp's label alone above its date ("Published" / "February 24, 2020") is the
    page's date stamp, and a "Source" label alone above the sources' names is their credit."""
    marked = list(verdicts)
    for index in range(len(texts) - 1):
        signed = is_byline(f"By {texts[index + 1]}") or _USER_NAME_RE.fullmatch(texts[index + 1]) is not None
        if BY_ALONE_RE.match(texts[index]) and signed:
            for name in [index, *_names_listed_on(index + 1, texts)]:
                marked[name] = BlockVerdict(Kind.BYLINE)
        elif STAMP_LABEL_ALONE_RE.match(texts[index]) and is_date_only(texts[index + 1]):
            marked[index] = marked[index + 1] = BlockVerdict(Kind.CREDIT)
        elif _SOURCE_LABEL_ALONE_RE.match(texts[index]):  # "Source" / "Yacht Club Games" / "... (YouTube)"
            following = range(index + 1, min(index + 1 + _SOURCE_NAMES, len(texts)))
            names = list(
                itertools.takewhile(lambda item: _is_source_name(texts[item], verdicts[item]), following)
            )
            if names:
                for item in range(index, index + 1 + len(names)):
                    marked[item] = BlockVerdict(Kind.CREDIT)
    return marked


def _names_listed_on(first: int, texts: Sequence[str]) -> list[int]:
    """The byline's names from ``first`` on, one per line while a line ends with a comma or "&" ("Mariana
    Lenharo," / "Davide Castelvecchi &" / "…" / "Jeff Tollefson"); an ellipsis stands for the names folded away."""
    names, index = [first], first
    while texts[index].rstrip().endswith((",", "&", " and")) and index + 1 < len(texts):
        following = index + 1
        if texts[following].strip() in ("…", "...") and following + 1 < len(texts):
            following += 1
        if not is_byline(f"By {texts[following].rstrip(',& ')}"):
            break
        names.append(following)
        index = following
    return names


def _is_source_name(text: str, verdict: BlockVerdict) -> bool:
    """A source's name under a "Source" label: a few words, capitalized, no sentence; not a widget's label its
    own words drop ("Shares", a share count's), though a name may look like links run together
    ("CastleGeekSkull (YouTube)")."""
    widget = verdict.drop is not None and verdict.drop.removeprefix("furniture: ") not in TEXT_SHAPES
    return (
        not widget
        and len(text.split()) <= _SOURCE_NAME_WORDS
        and text[:1].isupper()
        and not ends_like_sentence(text)
    )


def mark_name_bylines(texts: Sequence[str], verdicts: list[BlockVerdict]) -> list[BlockVerdict]:
    """A name alone under the headline, right above the story's date or dateline ("Rodrigo Campos" / "NEW YORK
    (Reuters) - ..."), is the byline. A menu's two-word items stand above other items, a subhead above prose."""
    marked = list(verdicts)
    for index in range(1, min(len(texts) - 1, HEAD_REACH * 2)):
        text = texts[index]
        name = index <= BYLINE_REACH and NAME_LINE_RE.match(text) is not None
        # names with their outlet, the "By" left out: "Jason Botchford, The Province", "KEN WARREN, CanWest News Service"
        with_outlet = (
            "," in text
            and len(text.split()) <= _NAMES_WITH_OUTLET_WORDS
            and not DIGIT_RE.search(text)  # a date: "Sep 30, 2020"
            and is_byline(f"By {text}")
        )
        if verdicts[index] != BlockVerdict() or not (name or with_outlet) or is_page_label(text):
            continue
        # under the headline or standfirst; names with their outlet also under furniture left out in between
        up = (
            next((i for i in range(index - 1, -1, -1) if verdicts[i].drop is None), None)
            if with_outlet
            else index - 1
        )
        under_title = up is not None and len(texts[up].split()) >= HEAD_WORDS and verdicts[up].drop is None
        # the next block that is not furniture ("5 Min Read" may stand between the byline and the story)
        after = next((i for i in range(index + 1, len(texts)) if verdicts[i].drop is None), None)
        below = texts[after] if after is not None else ""
        # above its date or the story's dateline: a subhead in Title Case stands above plain prose
        over_story = after is not None and (
            verdicts[after].kind in (Kind.CREDIT, Kind.DATELINE)
            or is_timestamp(below)
            or DATELINE_RE.match(below)
        )
        if under_title and over_story:
            marked[index] = BlockVerdict(Kind.BYLINE)
    # an author box: a name alone above the author's note ("Josiah Motley" / "Senior Editor with a focus on ...")
    for index in range(1, len(texts) - 1):
        author_note = verdicts[index + 1].kind is Kind.CREDIT and len(texts[index + 1].split()) >= PROSE_WORDS
        if author_note and verdicts[index] == BlockVerdict() and is_person_name(texts[index]):
            marked[index] = BlockVerdict(Kind.BYLINE)
    return marked


def mark_head_dates(texts: Sequence[str], verdicts: list[BlockVerdict]) -> list[BlockVerdict]:
    """A date alone among the headline's blocks, above the story's first paragraph, is its date stamp
    ("April 21, 2022"), and so is a date signed by a writer, wire or site ("Reuters November 18, 2019");
    further down a date alone is the article's own (a timeline's entry), a signed one a comment's."""
    marked = list(verdicts)
    for index in range(min(len(texts), HEAD_REACH + 1)):
        text = texts[index]
        if index and len(text.split()) >= PROSE_WORDS and ends_like_sentence(text):
            break  # the first paragraph (the first block is the headline or a date, never a paragraph)
        if verdicts[index] == BlockVerdict() and (is_date_only(text) or is_signed_date(text)):
            marked[index] = BlockVerdict(Kind.CREDIT)
    return marked


def mark_sign_offs(texts: Sequence[str], verdicts: list[BlockVerdict]) -> list[BlockVerdict]:
    """Letters alone right under a paragraph of prose are its source's or writer's sign-off ("GIS", "(CMC)"),
    as a government's information service or a regional wire signs the releases papers print whole."""
    marked = list(verdicts)
    for index in range(1, len(texts)):
        above = texts[index - 1]
        prose_above = (
            verdicts[index - 1] == BlockVerdict()
            and len(above.split()) >= PROSE_WORDS
            and ends_like_sentence(above)
        )
        # the story ends there: the page's furniture or nothing follows
        ends = index + 1 == len(texts) or verdicts[index + 1].drop is not None
        if prose_above and ends and verdicts[index] == BlockVerdict() and _SIGN_OFF_RE.match(texts[index]):
            marked[index] = BlockVerdict(Kind.CREDIT)
    return marked


def mark_tweet_authors(texts: Sequence[str], verdicts: list[BlockVerdict]) -> list[BlockVerdict]:
    """An embedded tweet printed whole by an extractor: its "Follow" button, then its writer's display name and
    handle ("Mr.savage magoo @haydenchad20", "Kevin #Trump45# @CNY_KFieLd"), then its text. A display name can be
    anything; under the button the line is the tweet's credit."""
    marked = list(verdicts)
    for index in range(1, len(texts)):
        button = verdicts[index - 1].drop is not None and texts[index - 1].casefold() == "follow"
        # a display name may read as words glued together ("American????Comrade @WrongThinkBlog")
        if button and verdicts[index].kind is None and _TWEET_AUTHOR_RE.match(texts[index]):
            marked[index] = BlockVerdict(Kind.CREDIT)
    return marked


# A tweet's display name and handle, as its card prints them
_TWEET_AUTHOR_RE = re.compile(r"^[^@\s][^@]{0,49} @\w{1,15}$")
# A list of the story's sources under its heading: "Sources include:" / "NCBI.NLM.NIH.gov" / "DailyMail.co.uk"
_SOURCES_HEADING_RE = re.compile(
    r"^(?:(?:sources?|references)(?: for this (?:article|story|report))?(?: include[sd]?)?|"
    r"for more information,? see)\s?:$",
    re.I,
)
_SOURCE_ITEM_RE = re.compile(
    r"^(?:https?://)?(?:[\w-]+\.)+(?:com|org|net|gov|edu|int|info|io|news|co\.uk|org\.uk|ac\.uk)(?:/\S*)?$",
    re.I,
)


def mark_source_lists(texts: Sequence[str], verdicts: list[BlockVerdict]) -> list[BlockVerdict]:
    """A story's sources listed under their heading are its credits, heading and all ("Sources include:" /
    "NYPost.com" / "NaturalNews.com"), though a bare site's name is a link list's line elsewhere; a widget's
    heading the extractor set among them ("You Might Like") is passed over."""
    marked = list(verdicts)
    for index, text in enumerate(texts):
        if not _SOURCES_HEADING_RE.match(text):
            continue
        items = []
        for item in range(index + 1, len(texts)):
            if _SOURCE_ITEM_RE.match(texts[item]):
                items.append(item)
            elif verdicts[item].drop is None:
                break
        if items:
            for item in (index, *items):
                marked[item] = BlockVerdict(Kind.CREDIT)
    return marked


def is_sign_off(index: int, texts: Sequence[str], marked: Sequence[bool]) -> bool:
    """Whether a block is the sign-off under the article's last paragraph ("GIS"): the page's tail goes on."""
    return marked[index] and _SIGN_OFF_RE.match(texts[index]) is not None


def is_byline_start(text: str) -> bool:
    """A byline, also with a date or a label glued on ("By Emily Burack 8 January 2020, 3:51 pm")."""
    return (
        _BYLINE_START_RE.match(text) is not None and len(text.split()) <= 14 and not ends_like_sentence(text)
    )


def signatories(texts: Sequence[str], drops: Sequence[str | None], marked: Sequence[bool]) -> list[int]:
    """Names right below the article's prose, each maybe with its affiliation, are the signatories of an open
    letter or a statement ("Salman Rushdie, New York University", "Michael Ignatieff"): the article's own, which
    no list or card rule may take."""
    for paragraph in prose_blocks(texts, drops, marked):
        first = paragraph + 1
        if first >= len(texts) or not _SIGNATORY_RE.match(texts[first]):
            continue
        window = texts[first : first + _SIGNATORIES * 2]
        names = sum(_SIGNATORY_RE.match(text) is not None for text in window)
        if names >= _SIGNATORIES and names * 10 >= len(window) * 8:
            run = itertools.takewhile(
                lambda index: _SIGNATORY_RE.match(texts[index]), range(first, len(texts))
            )
            return [index for index in run if drops[index] is None]
    return []


def is_author_in_box(index: int, texts: Sequence[str], drops: Sequence[str | None]) -> bool:
    """The writer's name in an author box among links: beside its "Follow Us" or the writer's address."""
    if NAME_LINE_RE.match(texts[index]) is None:  # (the address beside it writes the name in lower case)
        return False
    names = [word.casefold() for word in texts[index].split()]
    beside = [texts[other].casefold() for other in (index - 1, index + 1) if 0 <= other < len(texts)]
    follow = any(
        drops[other] == "furniture: follow prompt"
        for other in (index - 1, index + 1)
        if 0 <= other < len(texts)
    )
    # the writer's address spells the name ("patrick.shanley@THR.com"); a label's words stand in lower case
    spelt = any("@" in line and any(name in line for name in names) for line in beside)
    return (
        spelt
        or ((follow or _has_profile_link(index, texts)) and not in_lower_case(texts[index], texts))
        or signed_the_article(index, texts)
    )


def _has_profile_link(index: int, texts: Sequence[str]) -> bool:
    """A writer's name over one network's name alone, the link to the writer's own profile (NPR's "Darian Woods" /
    "Twitter" / "Sarah Gonzalez" / "Twitter"); a row of share buttons names networks in a row ("Facebook" /
    "Google Plus" / "Linkedin")."""
    after = texts[index + 1 : index + 3]
    if (
        not after
        or _PROFILE_LINK_RE.match(after[0]) is None
        or (len(after) > 1 and _PROFILE_LINK_RE.match(after[1]))
    ):
        return False
    # a network's name above is the writer's before only under another name
    return (
        index < 2
        or not _PROFILE_LINK_RE.match(texts[index - 1])
        or NAME_LINE_RE.match(texts[index - 2]) is not None
    )


def signed_the_article(index: int, texts: Sequence[str]) -> bool:
    """Whether a name alone below the article is the one its byline gave at the top ("By Adam Aaronson")."""
    name = texts[index]
    if NAME_LINE_RE.match(name) is None:
        return False
    return any(is_byline(line) and name in line for line in texts[: min(index, _SIGNED_REACH)])


def lone_name(items: Sequence[int], texts: Sequence[str]) -> bool:
    """A person's name, the one line left among share buttons or "Next article" links (maybe with its outlet
    or role under it: "Duncan Walker" / "BBC", "Tania Broughton" / "Journalist"), is the byline beside them."""
    if len(items) == 2 and (names_source_or_time(texts[items[1]]) or _ROLE_ALONE_RE.match(texts[items[1]])):
        items = items[:1]
    return len(items) == 1 and is_person_name(texts[items[0]]) and not in_lower_case(texts[items[0]], texts)


def names_source_or_time(text: str) -> bool:
    """The wire, an agency, a date or a stamp's label: a story's own, whoever else carries it."""
    return (
        is_wire_alone(text)
        or is_agency_name(text)
        or mentions_date(text)
        or STAMP_LABEL_ALONE_RE.match(text) is not None
    )


def drop_author_box_headings(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """ "About Brigit Katz" where the page's byline names Brigit Katz: the heading of the author's box (the box's
    own words, a short biography, are kept as the author's note)."""
    for index, text in enumerate(texts):
        match = _ABOUT_NAME_RE.match(text)
        if index == 0 or drops[index] is not None or match is None:
            continue
        name = match.group(1)
        if any(name in texts[other] for other in range(len(texts)) if marked[other] and other != index):
            drops[index] = "author box"
