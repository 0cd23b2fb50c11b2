"""Page furniture in an article's blocks, anywhere in the text: what to leave out, and the kind of what stays.

A block is classified on its own first (:mod:`newsl10n.credits`, :mod:`newsl10n.newsparts`): a credit,
byline or caption is kept and marked; a share prompt, gallery counter, copyright line, newsletter prompt
and the like is dropped.
Then structure decides what a block alone cannot:

* the title-like lines after a list heading ("Most read", "Related", "More:") are its teasers;
* a run of three or more very short link-like lines is a menu or tag list;
* a title-like line that repeats the headline, or that occurs in other stories of the same batch or of the
  output folder (:mod:`newsl10n.recurring`), is a teaser or widget, so is a short sentence that recurs above
  or below the story (a slogan), and a first line on top of other stories too is the site's name (a
  sentence among the paragraphs, a quote, a credit or stamp two stories share are kept: two stories can
  quote one source);
* readers' comments are found first (:mod:`newsl10n.comments`) and run to the end of the page; the rules
  that look for the article's end read only the page above them;
* cards of other stories under a list's heading (a title or one-line summary with its byline or date, card
  after card) are teasers, though a summary reads like prose;
* a label many sites share ("Privacy Policy", "Most Popular", :mod:`newsl10n.pagelabels`) is furniture
  above or below the article's prose, or next to other furniture.

Precision comes before recall: a block that reads like prose is dropped by structure only inside something
that is surely not the article (a comment thread, a list of other stories' cards), and the article's
credits, bylines and captions are never dropped (a story card's byline and date are another story's).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from enum import Enum
from itertools import pairwise

from newsl10n.comments import comments_start, kept_in_comments
from newsl10n.credits import (
    DATELINE_RE,
    is_agency_name,
    is_byline,
    is_caption,
    is_credit,
    is_date_only,
    is_date_word,
    is_dateline_alone,
    is_event_day,
    is_page_timestamp,
    is_signed_date,
    is_stamp_line,
    is_timestamp,
    is_tweet_attribution,
    is_wire_alone,
    mentions_date,
    trailing_credit,
)
from newsl10n.model import REPEATED_IN_BATCH, REPEATED_ON_TOP, Kind
from newsl10n.newsparts import (
    MEDIA_LABEL_RE,
    NO_WORDS,
    ends_like_sentence,
    furniture_reason,
    is_gallery_opener,
    is_list_heading,
    is_newsletter_cadence,
    is_tags_label,
    is_teaser,
    is_title_like,
    repeated_words,
    repeats_like_a_widget,
)
from newsl10n.pagelabels import is_page_label
from newsl10n.text import TITLE_SMALL_WORDS, in_title_case
from newsl10n.topicwords import story_words, topic_words

_MENU_RUN = 3  # this many very short link-like lines in a row are a menu or tag list
_MENU_WORDS = 4
_GAP_WORDS = 8  # a longer line between two link-list items is still an item
_PROSE_WORDS = 12  # a paragraph this long ending like a sentence is article prose
_LISTED_TITLE_WORDS = 4  # a title this long found twice is one link: a section's name recurs by itself
_PAGE_GOES_ON_LINES = 3  # this many long lines below the story's prose are the page's content, not a teaser's
_TIMELINE_GAP = 2  # a numbered card and its one-line summary
_CONTENTS_ENTRIES = 2  # a table of contents lists two headings at least
# a card of a numbered timeline: its number, its title, its day ("41 Titans hire ... Tuesday Feb 8")
_NUMBERED_DAY_RE = re.compile(r"^(\d{1,3}) \S.{8,160}? (\w+,? \w+\.? \d{1,2})$")
_HEAD_WORDS = 4  # a headline or standfirst has at least this many words
_SIGNED_REACH = 15  # the article's byline, named again below it, stands among this many blocks at its top
_HEAD_REACH = 6  # blocks above the first byline or prose where the headline may be
_HEADER_WORDS = 15  # a section label, breadcrumb or another story's headline in a page's header
_KICKER_WORDS = 3  # a section label above the headline ("Biz & IT —") is this short
_TITLE_CASE_WORDS = 5  # a teaser headline in Title Case has at least this many words
_SHOUTED_WORDS = 8  # a headline in capitals this long is a link; a subhead in capitals is shorter
_GALLERY_TITLE_WORDS = 12
# What is left is a line's shape: "--,," or "():"; a bullet, "&" and a word's hyphen are labels' own.
_PUNCTUATION_SHAPE_RE = re.compile(r"^[-–•*·]\s|[\w\s'’.&]+|(?<=\w)-(?=\w)")
_BYLINE_START_RE = re.compile(r"^[Bb]y:?\s*[A-Z][a-z]")
_NUMBERED_ITEM_RE = re.compile(r"^\d{1,2}[.)]\s+\S")  # "1. Finland": an article's own ranking, not a menu
_LETTER_RE = re.compile(r"[^\W\d_]")
_DIGIT_RE = re.compile(r"\d")
_MEDIA_TAG_RE = re.compile(r"\s\[(?:video|watch|gallery|photos)\]$", re.I)
# an entry of a table of contents: its number, then a heading the page gives again below ("1 7:53 am: Dow futures ...")
_CONTENTS_ENTRY_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.? (\S.{1,160})$")
# a pager's two links, each with its story's title: "Previous Coronavirus in India: ..." / "Next Quarantine ..."
_PREVIOUS_TITLE_RE = re.compile(r"^previous (?=[A-Z‘“'\"0-9])", re.I)
_NEXT_TITLE_RE = re.compile(r"^next (?=[A-Z‘“'\"0-9])", re.I)
_LOWER_WORD_RE = re.compile(r"\b[a-z][a-z'’-]*\b")
_BYLINE_REACH = 4  # a byline stands within this many blocks of the top
# Two or three capitalised names, an initial allowed: "Rodrigo Campos", "Trevor J. Mitchell"
_NAME_LINE_RE = re.compile(
    r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?: (?:[A-Z]\.|[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)){1,2}$"
)
# a story's sources set as a label alone over their names: "Source" / "Yacht Club Games" / "Jane Doe (YouTube)"
_SOURCE_LABEL_ALONE_RE = re.compile(r"^(?:sources?|via|h/t):?$", re.I)
_SOURCE_NAMES = 3
_SOURCE_NAME_WORDS = 6
# "By" alone above the name; Postmedia's papers say "Author of the article:"
_BY_ALONE_RE = re.compile(
    r"^(?:(?:article|story|written|words|text|report|posted|published) )?by:?$|^author of the article:?$",
    re.I,
)
# a writer's user name or the site's, in lower case, under "By" alone: "Article by" / "nationnews"
_USER_NAME_RE = re.compile(r"[a-z][a-z0-9._-]{2,30}")
_GLUED_DATE_RE = re.compile(r"^(?:[-–•*]\s+)?(.{8,160})\s+[-–—|]\s+(.{6,40})$")
# a comment section's rules: what they are about, and how they ask
_COMMENT_POLICY = "furniture: comment policy"
_HOUSE_RULE = "comment policy"
_HOUSE_RULE_CHARS = 500
_HOUSE_RULE_TOPIC_RE = re.compile(
    r"\bcomment|\bmoderat|\bblock capitals|\bcaps lock|\bterms (?:and conditions|of (?:use|service))|"
    r"\bprivacy policy|\bcommunity (?:guidelines|standards)"
)
_HOUSE_RULE_ASK_RE = re.compile(
    r"^(?:please|lastly|finally|if (?:readers|you)|we ask|do not|don['’]t)\b|\bplease\b"
)
_SAID_MANY_TIMES = 3
_QUOTED_HEADLINE_MARKS = 4  # '"Headline"', "Headline!": the marks around the headline said again
_SAID_MANY_TIMES_WORDS = 3
_PAGER_LABEL_RE = re.compile(
    r"^(?:next|previous|prev|older|newer) (?:post|article|story|entry)\s*[:»›>]?$", re.I
)
_SIGN_OFF_RE = re.compile(r"^\(?[A-Z]{2,5}\)?$")
_DATE_PREPOSITIONS = frozenset(
    {
        "on",
        "of",
        "for",
        "since",
        "until",
        "till",
        "by",
        "from",
        "in",
        "at",
        "to",
        "before",
        "after",
        "between",
    }
)
# a video's running time alone, its source line below it, and a playlist's heading with its count
_VIDEO_TITLE_REACH = 3  # a video's title stands this many lines above its running time at most
_RUNNING_TIME_RE = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}$")
_VIDEO_SOURCE_RE = re.compile(r"^[-–—]\s*Source:\s*\S.{0,40}$")
_PLAYLIST_HEADING_RE = re.compile(r"^.{1,60}\b\d{1,3} videos$", re.I)
# a date with its year glued to a title by a space alone: "... Agenda April 28, 2022", "... for 22nd April, 2022"
_GLUED_FULL_DATE_RE = re.compile(
    r"^(.{8,160}?)\s+([A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?, (?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8},? (?:19|20)\d\d)$"
)
# a teaser's date in figures, zero-padded as a list prints it ("... misses expectations 04.15.11"); a version
# number ("Linux 2.6.32") is not padded
_GLUED_FIGURE_DATE_RE = re.compile(
    r"^(.{8,160}?)\s+((?:0[1-9]|1[0-2])[./](?:0[1-9]|[12]\d|3[01])[./](?:\d\d|(?:19|20)\d\d))$"
)
_STAMP_LABEL_ALONE_RE = re.compile(
    r"^(?:published|updated|posted|last updated|first published)(?: on)?:?$", re.I
)
# A page's tools and navigation bars are a menu's lines by their kind, whatever their length.
_CONTROL_DROPS = ("furniture: page tools", "furniture: navigation")
_REPEATED_LABEL = "furniture: repeated label"
_WIDGET_LABEL_DROPS = {
    "furniture: widget label",
    "furniture: share prompt",
    "furniture: follow prompt",
    "furniture: gallery control",
    _REPEATED_LABEL,
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
# a name opens the line and says who they are: "Jane Doe, Princeton University", "Ben Silverman is on Twitter"
_NAMED_FIRST_RE = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w'’-]+(?:,|:| is | was | has | writes | covers )"
)
_LABEL_WORDS = 4  # a list's label: "Editors' Recommendations:", "- More Articles:"
_EMBEDDED_WORDS_RE = re.compile(
    r"\w['’]s (?:full )?(?:tweets?|posts?|statement|letter|message|remarks|speech|video)\b", re.I
)
# a slide's counter and its gallery's title, as an extractor joins them: "1 /50 UK news in pictures"
_COUNTED_GALLERY_RE = re.compile(r"^\d{1,3} /\d{1,3} (.{3,120})$")
_LONG_QUESTION_WORDS = 8  # a teaser's question this long ends a list; a subhead asks in fewer words
_LINKED_HEADLINE_WORDS = 8  # the one story a "Related" label links has a headline this long at least
_BARE_LINK_LABEL_RE = re.compile(
    r"^(?:related(?: (?:story|stories|articles?|coverage|content|links?))?|read (?:more|next|also)|also read|see also)$",
    re.I,
)
_SIGNATORIES = 8  # a letter's list of signatories has this many names at least
_SIGNATORY_RE = re.compile(
    r"^(?=.{4,140}$)(?!.*\b(?:said|says|told)\b)[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]*|de|van|von|da|del|al|la|le)){1,4}"
    r"(?:, [^,!?]{2,80}){0,4}(?<![a-z]{4}\.)$"
)
# a link under its label in capitals: "A SIMPLE GUIDE: How do I protect myself?", "VIDEO: The 20-second hand wash"
_CAPITAL_LABELLED_LINK_RE = re.compile(
    r"^(?=[^:]{3})[A-Z][A-Z0-9'’&-]*(?: [A-Z0-9'’&-]+){0,3}: (?=[A-Z0-9‘“'\"])[^.!]{3,100}\??$"  # not "Q:", "A:"
)
_LINK_BOX_LINES = 2
# letters of a script an English site's teasers are not written in: Cyrillic, Greek, Arabic, Hebrew, CJK, kana, Hangul
_OTHER_SCRIPT_RE = re.compile(r"[\u0370-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SIGNED_TITLE_WORDS = 25  # a title signed by its source is no longer
_AGENCY_LIKE_RE = re.compile(r"[A-Z]{2,5}")  # an agency's letters alone ("PA", "AFP"), a picture's credit
_GRAPHIC_SOURCE_RE = re.compile(r"^(?:Sources?|Data):\s+\S")  # the line under a chart or table
_SIGNED_CARD_LINES = 2  # a card's summary stands this near its signature at most (its photo's credit between)
_CARD_METAS = 3  # a list of story cards shows this many bylines or dates at least
_CARD_GAP = 6  # one card's byline or date is at most this many kept blocks from the next card's
_CARD_TITLE_WORDS = 6  # a card's title has this many words; a signatory's line ("Jane Doe, writer") fewer
_CARD_LINE_WORDS = 60  # a card's title or summary is this short; a letter or an article's paragraph is longer
_DOUBLED_CARDS = 2  # cards with their title said twice on one line come in lists
_NEWSLETTER_NAME_WORDS = 5
_SAID_RE = re.compile(r"\bsaid\b")
_NAME_AND_AGE_RE = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}, \d{1,3}$")
# a list's own introduction, of other stories: "Here are more FA Council perspectives on ..."
_LIST_INTRO_RE = re.compile(r"^(?:here are|here['’]s|check out) more\b.{0,150}\.$", re.I)
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
_GLUED_NAME_DATE_RE = re.compile(
    r"^(.{3,60}?[a-z])((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4})$"
)
# a list's heading that other rules drop by their own names: "Most Read Most Shared", "More Great WIRED Stories"
_LIST_OPENERS = frozenset({"furniture: list heading", "furniture: story navigation"})
_ABOUT_NAME_RE = re.compile(r"^About ([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})$")
_ENDS_WITH_ADDRESS_RE = re.compile(r"\bhttps?://\S+$")
_SUMMARY_WORDS = 2  # a teaser's summary names this many of its title's topic words at least
_BARE_TIME_RE = re.compile(r"^\d{1,2}:\d{2}\s*(?:[ap]\.m\.|[AP]M)?$")
_CUT_TITLE_RE = re.compile(r"\s*(?:\.\.\.|…)$")
_SPLIT_TAG_WORDS = 4  # a tag on a line of its own, its comma after it: "Sanctions,"
_LABELLED_TAG_WORDS = 6  # under "Tags:": "mezcal bars in metro Detroit,"
_SPLIT_TAG_RE = re.compile(r"^[^\W\d_](?:[^\W_]|[&.'’ -])*$")
# a card's time: "2 hours ago", "19 mins ago", "Yesterday", also under its section's label ("Holiday / 19 mins ago")
_RELATIVE_TIME_RE = re.compile(
    r"^(?:[\w&'’-]+(?: [\w&'’-]+){0,2} / )?"
    r"(?:\d{1,2} ?[mhd]|(?:about )?\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago|yesterday)$",
    re.I,
)
# A page's <title>: the headline, then the site's name ("... | Malay Mail", "... - Taipei Times").
_SITE_SUFFIX_RE = re.compile(r"^(.+?)\s+(?:[|·•—–-]|::)\s+[^|·•—–]{2,40}$")
_PLAIN_MARKS = str.maketrans("‘’“”", "''\"\"")
# A no-break space, "©" or "°" decoded twice reads "Â " or "Â©" on older pages; read as what it was.
_MOJIBAKE_RE = re.compile(r"Â([\u00a0-\u00bf])|Â(?=\s)")
# The site's and its sections' names around the headline in a page's <title>, and what sets them apart
_SITE_NAME_WORDS = 10
_SITE_SEPARATOR_RE = re.compile(r"\s*(?:[|:·•—–>»]|-(?!\w)|(?<!\w)-)")
_STORY_PARAGRAPHS = 2  # a story whose topic words are known has this many paragraphs of prose at least
_STORY_TOPIC_WORDS = 40  # a story is known by its words when its paragraphs hold this many
_HEADLINE_TOPIC_WORDS = 2  # a headline shares this many topic words with its story at least
_MORE_TOPIC_WORDS = 3  # the headline below a section's name names this many more of the story's words
_OWN_STORY_SHARE = 0.5  # a line of the story shares at least this part of its topic words with its paragraphs
_NAMES_WITH_OUTLET_WORDS = 10
# Another story's summary cut short: "... killing seven students...", "... and about ..."
_CUT_SUMMARY_WORDS = 6
_CUT_SUMMARY_RE = re.compile(r"[\w,;:'’\")]\s?(?:\.\.\.|…)$")
# A byline, a role, a row of links or tools, a credit in brackets: "Special to The Globe and Mail", "Reprints |"
_ROLE_WORDS = (
    "reporter",
    "writer",
    "editor",
    "correspondent",
    "staff",
    "columnist",
    "contributor",
    "journalist",
)
_NOT_A_HEADLINE_RE = re.compile(
    rf"\b(?:by|{'|'.join(_ROLE_WORDS)}|service|services|press|special to)\b|[|/•»«()\[\]@]|^[-–•*]\s",
    re.I,
)
# writers' names joined, a byline without its "By": "Julia Carrie Wong and Sam Levin"
_WRITER_NAME = r"[A-Z][a-z'’-]+(?: (?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}"
_NAMES_JOINED_RE = re.compile(rf"^{_WRITER_NAME}(?:(?:, | and | & ){_WRITER_NAME})+$")
# the headings of an article's own parts, never a page's section: "Highlights" above a post's first points
_ARTICLE_PART_HEADINGS = frozenset(
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
_QUOTE_OR_REPORT_RE = re.compile(r"[“”\"]|\b(?:said|says|told|according to)\b")  # what a story reports
_ROLE_GLUED_RE = re.compile("|".join(word.capitalize() for word in _ROLE_WORDS))  # "EditorFollow"
# a story's people or source, in lines a site's stories share: "Editor: Lin Li", "Staff and agencies", "Source
# Ubergizmo"
_STORY_PEOPLE_RE = re.compile(rf"\b(?:{'|'.join(_ROLE_WORDS)})s?\b|^(?:source|via)\b", re.I)
# a writer's role alone under the name: "Journalist", "Senior Reporter"
_ROLE_ALONE_RE = re.compile(rf"^(?:[\w-]+ ){{0,2}}(?:{'|'.join(_ROLE_WORDS)})$", re.I)


@dataclass(frozen=True)
class BlockVerdict:
    """What to do with one block: ``drop`` is why it is left out (None keeps it); ``kind`` is what it is."""

    kind: Kind | None = None  # None: ordinary body text
    drop: str | None = None


def classify_blocks(
    texts: Sequence[str], *, repeated: Collection[str] = (), top_recurs: bool = False
) -> list[BlockVerdict]:
    """One verdict per block of one article, in document order (``texts`` are plain text, one per block).

    ``repeated`` holds block texts that also occur in other articles of the same batch or read before;
    ``top_recurs`` says the first block stands on top of other articles too. When the first block is page
    navigation or the site's name and is dropped, the real headline found further down gets kind HEADLINE.
    """
    texts = [_normal(text) for text in texts]
    repeated = {_normal(text) for text in repeated}
    verdicts = _mark_head_dates(
        texts,
        _mark_name_bylines(texts, _mark_split_bylines(texts, [_classify_alone(text) for text in texts])),
    )
    verdicts = _mark_sign_offs(texts, verdicts)
    drops = [verdict.drop for verdict in verdicts]
    if drops[0] == "furniture: related link" and (
        _MEDIA_TAG_RE.search(texts[0]) or MEDIA_LABEL_RE.match(texts[0])
    ):
        # the headline with its media tag or label: "Jennifer Lawrence Made An Appearance ... [VIDEO]", "Podcast:
        # More From Tony Colaprete on LCROSS"
        drops[0] = None
    head = ArticleHead()
    below_kicker = _headline_below_kicker(texts, drops, verdicts[0].kind is not None if texts else False)
    below_stamp = _headline_below_stamp(texts, verdicts)
    below_site = _headline_below_site_name(texts, drops, [verdict.kind is not None for verdict in verdicts])
    below_recurring = _headline_below_recurring_top(texts, drops, verdicts) if top_recurs else None
    site_name = "site's name"
    if below_site is None and below_recurring is not None:
        below_site, site_name = below_recurring, REPEATED_ON_TOP
    if below_kicker is not None:
        drops[0] = "section label"
        head = ArticleHead(below_kicker, frozenset({below_kicker}))
    elif below_stamp is not None:  # the byline or date kept above the headline, as its kind
        head = ArticleHead(below_stamp, frozenset({below_stamp}))
    elif below_site is not None:
        # the author's name on top, above the story's date, is the byline ("Molly Wood" / "Ideas" / "11.14.2019")
        dated = any(verdict.kind is not None for verdict in verdicts[1:below_site])
        if dated and _is_person_name(texts[0]) and not _in_lower_case(texts[0], texts):
            verdicts[0] = BlockVerdict(Kind.BYLINE)
        else:
            drops[0] = site_name
        head = ArticleHead(below_site, frozenset({below_site}))
    elif texts and _opens_with_navigation(texts, drops[0]):
        head = find_article_head(texts, drops, [verdict.kind is not None for verdict in verdicts])
    # the wire's or staff's name alone is marked as the byline, yet a list may take it along (a credit, a link)
    marked = [
        (verdict.kind is not None and not is_wire_alone(texts[index])) or index in head.blocks
        for index, verdict in enumerate(verdicts)
    ]
    for index in _signatories(texts, drops, marked):  # the article's own names, like its bylines
        marked[index] = True
    comments = comments_start(texts, drops, _prose_blocks(texts, drops, marked))
    page_end = len(texts) if comments is None else comments.index + 1
    for rule in _STRUCTURE_RULES:
        if rule in _TAIL_RULES:  # the article's tail is read above the comments
            page_drops = drops[:page_end]
            rule(texts[:page_end], page_drops, marked[:page_end])
            drops[:page_end] = page_drops
        else:
            rule(texts, drops, marked)
    _drop_repeats(texts, drops, marked, repeated, {0} if head.headline is None else {0, head.headline})
    _drop_above_page_heading(texts, drops, marked)  # the page's own heading is known as a repeat
    _drop_teasers_listed_twice(texts, drops, marked)
    if comments is None:  # a comment count under the page's lists shows once the lists are known
        comments = comments_start(texts, drops, _prose_blocks(texts, drops, marked))
    if comments is not None:
        for index in range(comments.index, len(texts)):
            if drops[index] is None and not kept_in_comments(texts[index], marked[index]):
                drops[index] = comments.reason
    _drop_between_furniture(texts, drops, marked)
    _drop_labels_of_nothing(texts, drops, marked)  # last: what stood below a label is known now
    verdicts = [
        verdict if drop == verdict.drop else BlockVerdict(verdict.kind, drop and f"furniture: {drop}")
        for verdict, drop in zip(verdicts, drops, strict=True)
    ]
    if head.headline is not None and (
        drops[0] is not None or below_stamp is not None or below_site is not None
    ):
        verdicts[head.headline] = BlockVerdict(Kind.HEADLINE)
    return verdicts


def _normal(text: str) -> str:
    return " ".join(_MOJIBAKE_RE.sub(r"\1", text).split())


def _headline_below_kicker(
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
    section = _is_section_name(texts[0], texts) and _is_title_case_headline(texts[below])
    return below if _is_kicker(texts[0]) or section else None


def _headline_below_stamp(texts: Sequence[str], verdicts: Sequence[BlockVerdict]) -> int | None:
    """The headline's block when the page's text opens with the story's byline, date or lead picture's
    caption above it ("By John Smith", "Tuesday, March 4, 2008" / "5:55 AM", "Reuters"), or None."""
    index = 0
    while index < min(len(texts), _BYLINE_REACH) and _is_stamp_above_headline(texts[index], verdicts[index]):
        index += 1
    if index == 0 or index >= len(texts) or verdicts[index] != BlockVerdict():
        return None
    return index if _is_head_title(texts[index], False) else None


def _headline_below_site_name(
    texts: Sequence[str], drops: Sequence[str | None], marked: Sequence[bool]
) -> int | None:
    """The headline's block when the first block is the site's or section's name the page's <title> gave
    ("Daily Times - Leading News Resource of Pakistan", "Financial Times FT.com"), or None.

    That name shares no word of the story's topic with its paragraphs; the headline below it shares some.
    A section's short name may share one ("Nuclear Deals" above a story on North Korea's programmes): then
    the headline below names several more.
    """
    stamp_label = _STAMP_LABEL_ALONE_RE.match(texts[0]) if texts else None  # "Posted on" above its date
    if not texts or drops[0] is not None or marked[0] or stamp_label or not _is_site_name(texts[0]):
        return None
    prose = _prose_blocks(texts, drops, marked)
    if len(prose) < _STORY_PARAGRAPHS:
        return None
    story = story_words(texts[index] for index in prose)
    named = len(topic_words(texts[0]) & story)
    # a section's name may name the story's field ("Technology" above a story on phones): one word at most,
    # on a short line, while the headline below names several more
    section = len(texts[0].split()) <= _KICKER_WORDS and not _DIGIT_RE.search(texts[0])
    if named > (1 if section else 0):
        return None
    for index in range(1, min(prose[0], _HEAD_REACH + 1)):
        if drops[index] is None and not marked[index] and _is_head_title(texts[index], False):
            shared = len(topic_words(texts[index]) & story)
            needed = named + _MORE_TOPIC_WORDS if named else _HEADLINE_TOPIC_WORDS
            return index if shared >= needed else None
    return None


def _headline_below_recurring_top(
    texts: Sequence[str], drops: Sequence[str | None], verdicts: Sequence[BlockVerdict]
) -> int | None:
    """The headline's block when the first block stands on top of the site's other stories too, so it is
    the site's or blog's name ("The BLT: The Blog of Legal Times"), or None: the first headline-like line
    below it, above the story's first paragraph. The wire or a date there stays; a columnist's name above
    the story's date is its byline (the caller's)."""
    marked = [verdict.kind is not None for verdict in verdicts]
    if not texts or drops[0] is not None or marked[0] or _names_source_or_time(texts[0]):
        return None
    prose = _prose_blocks(texts, drops, marked)
    if not prose:
        return None
    for index in range(1, min(prose[0], _HEAD_REACH + 1)):
        headline = _is_head_title(texts[index], False) and _NOT_A_HEADLINE_RE.search(texts[index]) is None
        if drops[index] is None and not marked[index] and headline:
            return index
    return None


def _is_site_name(text: str) -> bool:
    """A line that can be a site's or section's name: a few words in Title Case, or a name and a slogan
    set apart by a dash or bar ("Gulf Times – Qatar's top-selling English daily newspaper")."""
    words = [word for word in text.split() if _LETTER_RE.search(word)]
    if not 0 < len(words) <= _SITE_NAME_WORDS + 2 or ends_like_sentence(text):
        return False
    return in_title_case(words) or _SITE_SEPARATOR_RE.search(f" {text}") is not None


def _is_stamp_above_headline(text: str, verdict: BlockVerdict) -> bool:
    # "By ..." or the wire alone; "The Impeachment Clock | National Review" (the page's <title>) is no byline
    if verdict.kind is Kind.BYLINE:
        return _is_byline_start(text) or len(text.split()) <= _KICKER_WORDS
    return verdict.kind in (Kind.CREDIT, Kind.CAPTION) and verdict.drop is None


# What extractor text shows but markup does not: in a page's article a row of figures is a table's, a bare
# address its source list's, and words run together are another script's (Japanese has no spaces).
_TEXT_SHAPES = frozenset({NO_WORDS, "link line", "glued link list"})


def inline_widget_reason(text: str) -> str | None:
    """Why a block of an article found in a whole page is one of the page's widgets set inside it ("CLICK
    HERE TO GET THE FOX NEWS APP", "You may also like..."), or None. Only what the block says counts: where
    it stands is the markup's, and the reader has read that already."""
    reason = furniture_reason(text)
    return f"furniture: {reason}" if reason is not None and reason not in _TEXT_SHAPES else None


def _classify_alone(text: str) -> BlockVerdict:
    words = repeated_words(text)
    if words is not None:  # what it repeats decides: a credit said twice is still a credit
        verdict = _classify_alone(words)
        if verdict.kind is not None or verdict.drop is not None:
            return verdict
        if is_title_like(words) and repeats_like_a_widget(text, words):
            return BlockVerdict(drop=_REPEATED_LABEL)
    if is_dateline_alone(text) and furniture_reason(text) is None:  # not a gallery's "HIDE CAPTION –"
        return BlockVerdict(Kind.DATELINE)
    if is_credit(text):
        return BlockVerdict(Kind.CREDIT)
    if is_byline(text):
        return BlockVerdict(Kind.BYLINE)
    if is_caption(text):
        # a promotion with its picture's credit is still a promotion ("Want more science? ... (Image credit: ...)")
        credit = trailing_credit(text)
        reason = furniture_reason(text[:credit].rstrip()) if credit else None
        return BlockVerdict(drop=f"furniture: {reason}") if reason else BlockVerdict(Kind.CAPTION)
    if is_page_timestamp(text) or is_stamp_line(text):  # when and by whom: kept with the byline, not as prose
        return BlockVerdict(Kind.CREDIT)
    reason = furniture_reason(text)
    return BlockVerdict(drop=f"furniture: {reason}" if reason else None)


@dataclass(frozen=True)
class ArticleHead:
    """Where the article starts in a page pasted whole: its headline and the blocks structure must keep."""

    headline: int | None = None
    blocks: frozenset[int] = frozenset()


def find_article_head(
    texts: Sequence[str], drops: Sequence[str | None], marked: Sequence[bool]
) -> ArticleHead:
    """The headline and standfirst just above the article's first byline, or above its first prose.

    A page pasted whole puts its navigation, and often a "More" menu, right above the headline; these
    title-like blocks would otherwise read as the menu's last teasers. The article starts at its first
    byline (or, with none, at its first paragraph of prose); its headline is the title-like block closest
    above that, with the one right above it when there are two (headline, then standfirst).
    """
    prose = next((i for i, text in enumerate(texts) if _is_prose(text, drops[i], marked[i])), len(texts))
    start = next((i for i in range(prose) if _opens_byline(texts[i], drops[i], marked[i])), prose)
    if start == len(texts):
        return ArticleHead()  # no byline and no prose: no article to find
    candidates = [i for i in range(start - 1, 0, -1) if drops[i] is None][:_HEAD_REACH]
    titles = [i for i in candidates if _is_head_title(texts[i], marked[i])]
    if not titles:
        return ArticleHead(blocks=frozenset(range(start, prose)) & _marked_indexes(marked))
    nearest = titles[0]
    above = candidates[candidates.index(nearest) + 1 : candidates.index(nearest) + 2]
    headline = above[0] if above and above[0] in titles else nearest
    return ArticleHead(headline, frozenset({headline, nearest}))


def _opens_with_navigation(texts: list[str], drop: str | None) -> bool:
    """A page pasted whole: its first block is furniture or a menu-sized line, not a headline (a short
    headline the page repeats as its heading is one)."""
    return drop is not None or (len(texts[0].split()) <= _MENU_WORDS and not _repeated_below(texts))


def _is_kicker(text: str) -> bool:
    """A section label or kicker above the headline: "Biz & IT —", "SLOW MOVING", "Politics:", "Technology"."""
    words = [word for word in text.split() if _LETTER_RE.search(word)]
    if not 0 < len(words) <= _KICKER_WORDS:
        return False
    labelled = text.endswith(("—", "–", " -", ":", "|")) or "·" in text or "|" in text
    sections = "," in text and is_title_like(text) and not _DIGIT_RE.search(text)  # "VC, Investments"
    return labelled or sections or len(words) == 1 or (text.isupper() and len(words) <= 2)


def _is_section_name(text: str, texts: Sequence[str]) -> bool:
    """A section's or programme's name in Title Case: "Allergies Health Center", "KPBS Midday Edition"; not
    the author's name (its words the article never writes in lower case) nor a date."""
    words = text.split()
    capitalised = all(word[0].isupper() or word in {"and", "&", "of"} for word in words)
    short_title = 0 < len(words) <= _KICKER_WORDS and is_title_like(text)
    if not (capitalised and short_title) or _DIGIT_RE.search(text):
        return False
    return not _is_person_name(text) or _in_lower_case(text, texts)


def _is_list_content(text: str) -> bool:
    """An item of the article's own list or table: numbered ("1. Finland"), or data ("28 Michael McDowell 485 0 0")."""
    numbers = sum(any(char.isdigit() for char in token) for token in text.split())
    return _NUMBERED_ITEM_RE.match(text) is not None or numbers >= 2


def _is_structured_list(items: Sequence[str]) -> bool:
    """Items built on one pattern are the article's own list: "June 9 -- Coral Sky Amphitheatre, Tampa, FL",
    "Spain (Group F): 11th appearance". Teasers and menu labels share no punctuation, but for a headline's
    colon ("Moon Rush: Private Lunar Lander Plans"): one mark alone must be in every item."""
    shapes = Counter(_PUNCTUATION_SHAPE_RE.sub("", item) for item in items)
    shapes.pop("", None)
    if not shapes:
        return False
    shape, count = shapes.most_common(1)[0]
    return count == len(items) if len(shape) == 1 else count * 10 >= len(items) * 6


def _is_schedule(items: Sequence[int], texts: Sequence[str]) -> bool:
    """Dates between the items, one line in three at least, make a schedule ("LUBOKU – LIFT OFF TOUR" /
    "THURSDAY APRIL 2" / "COLOUR CLUB, MELBOURNE"): a tour's or a festival's, the article's own."""
    dates = sum(1 for item in items if is_date_only(texts[item]))
    return dates >= 2 and dates * 3 >= len(items)


def _signatories(texts: Sequence[str], drops: Sequence[str | None], marked: Sequence[bool]) -> list[int]:
    """Names right below the article's prose, each maybe with its affiliation, are the signatories of an open
    letter or a statement ("Salman Rushdie, New York University", "Michael Ignatieff"): the article's own, which
    no list or card rule may take."""
    for paragraph in _prose_blocks(texts, drops, marked):
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


def _marked_indexes(marked: Sequence[bool]) -> frozenset[int]:
    return frozenset(i for i, mark in enumerate(marked) if mark)


def _is_prose(text: str, drop: str | None, marked: bool) -> bool:
    """A paragraph of article prose: long enough and ending like a sentence."""
    return drop is None and not marked and len(text.split()) >= _PROSE_WORDS and ends_like_sentence(text)


def _prose_blocks(texts: Sequence[str], drops: Sequence[str | None], marked: Sequence[bool]) -> list[int]:
    """The indexes of the blocks that are the article's prose, as the drops so far leave them.

    A paragraph after the story's end, furniture between them, that speaks of other things is no part of it: another
    story's summary on its card, the site's appeal ("Most Snopes assignments begin when readers ask us ...").
    """
    prose = [i for i, text in enumerate(texts) if _is_prose(text, drops[i], marked[i])]
    while len(prose) > _STORY_PARAGRAPHS:
        last, before = prose[-1], prose[-2]
        # page furniture stands between them (a digest's next item under its subhead is the article's)
        # or another story's byline and date (a card's "By" / "Caroline Lewis" / "Published Nov 9, 2023")
        if not any(
            _is_furniture_drop(drops[index]) or (marked[index] and _is_card_signature(texts[index]))
            for index in range(before + 1, last)
        ):
            break
        story = story_words(texts[index] for index in prose[:-1])
        if len(story) < _STORY_TOPIC_WORDS or _tells_the_story(texts[last], story):
            break
        prose.pop()
    return prose


def _is_card_signature(text: str) -> bool:
    return _is_card_byline(text) or _is_card_stamp(text)


def _opens_byline(text: str, drop: str | None, marked: bool) -> bool:
    return drop is None and (_is_byline_start(text) or (marked and text.startswith("By")))


def _is_byline_start(text: str) -> bool:
    """A byline, also with a date or a label glued on ("By Emily Burack 8 January 2020, 3:51 pm")."""
    return (
        _BYLINE_START_RE.match(text) is not None and len(text.split()) <= 14 and not ends_like_sentence(text)
    )


def _is_head_title(text: str, marked: bool) -> bool:
    """A headline or standfirst: several words, no menu item, byline, timestamp or credit."""
    words = [word for word in text.split() if _LETTER_RE.search(word)]
    return (
        not marked
        and _HEAD_WORDS <= len(words) <= 40
        and is_teaser(text)
        and not _is_byline_start(text)
        and not is_timestamp(text)
    )


def _mark_split_bylines(texts: Sequence[str], verdicts: list[BlockVerdict]) -> list[BlockVerdict]:
    """ "By" alone above a name ("By" / "James Whittaker", "Article by" / "Jane Doe"): both are the byline, as
    one block would be; so a stamp's label alone above its date ("Published" / "February 24, 2020") is the
    page's date stamp, and a "Source" label alone above the sources' names is their credit."""
    marked = list(verdicts)
    for index in range(len(texts) - 1):
        signed = is_byline(f"By {texts[index + 1]}") or _USER_NAME_RE.fullmatch(texts[index + 1]) is not None
        if _BY_ALONE_RE.match(texts[index]) and signed:
            for name in [index, *_names_listed_on(index + 1, texts)]:
                marked[name] = BlockVerdict(Kind.BYLINE)
        elif _STAMP_LABEL_ALONE_RE.match(texts[index]) and is_date_only(texts[index + 1]):
            marked[index] = marked[index + 1] = BlockVerdict(Kind.CREDIT)
        elif _SOURCE_LABEL_ALONE_RE.match(texts[index]):  # "Source" / "Yacht Club Games" / "... (YouTube)"
            names = list(itertools.takewhile(_is_source_name, texts[index + 1 : index + 1 + _SOURCE_NAMES]))
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


def _is_source_name(text: str) -> bool:
    """A source's name under a "Source" label: a few words, capitalized, no sentence."""
    return len(text.split()) <= _SOURCE_NAME_WORDS and text[:1].isupper() and not ends_like_sentence(text)


def _mark_name_bylines(texts: Sequence[str], verdicts: list[BlockVerdict]) -> list[BlockVerdict]:
    """A name alone under the headline, right above the story's date or dateline ("Rodrigo Campos" / "NEW YORK
    (Reuters) - ..."), is the byline. A menu's two-word items stand above other items, a subhead above prose."""
    marked = list(verdicts)
    for index in range(1, min(len(texts) - 1, _HEAD_REACH * 2)):
        text = texts[index]
        name = index <= _BYLINE_REACH and _NAME_LINE_RE.match(text) is not None
        # names with their outlet, the "By" left out: "Jason Botchford, The Province", "KEN WARREN, CanWest News Service"
        with_outlet = (
            "," in text
            and len(text.split()) <= _NAMES_WITH_OUTLET_WORDS
            and not _DIGIT_RE.search(text)  # a date: "Sep 30, 2020"
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
        under_title = up is not None and len(texts[up].split()) >= _HEAD_WORDS and verdicts[up].drop is None
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
        author_note = (
            verdicts[index + 1].kind is Kind.CREDIT and len(texts[index + 1].split()) >= _PROSE_WORDS
        )
        if author_note and verdicts[index] == BlockVerdict() and _is_person_name(texts[index]):
            marked[index] = BlockVerdict(Kind.BYLINE)
    return marked


def _mark_head_dates(texts: Sequence[str], verdicts: list[BlockVerdict]) -> list[BlockVerdict]:
    """A date alone among the headline's blocks, above the story's first paragraph, is its date stamp
    ("April 21, 2022"), and so is a date signed by a writer, wire or site ("Reuters November 18, 2019");
    further down a date alone is the article's own (a timeline's entry), a signed one a comment's."""
    marked = list(verdicts)
    for index in range(min(len(texts), _HEAD_REACH + 1)):
        text = texts[index]
        if index and len(text.split()) >= _PROSE_WORDS and ends_like_sentence(text):
            break  # the first paragraph (the first block is the headline or a date, never a paragraph)
        if verdicts[index] == BlockVerdict() and (is_date_only(text) or is_signed_date(text)):
            marked[index] = BlockVerdict(Kind.CREDIT)
    return marked


def _mark_sign_offs(texts: Sequence[str], verdicts: list[BlockVerdict]) -> list[BlockVerdict]:
    """Letters alone right under a paragraph of prose are its source's or writer's sign-off ("GIS", "(CMC)"),
    as a government's information service or a regional wire signs the releases papers print whole."""
    marked = list(verdicts)
    for index in range(1, len(texts)):
        above = texts[index - 1]
        prose_above = (
            verdicts[index - 1] == BlockVerdict()
            and len(above.split()) >= _PROSE_WORDS
            and ends_like_sentence(above)
        )
        # the story ends there: the page's furniture or nothing follows
        ends = index + 1 == len(texts) or verdicts[index + 1].drop is not None
        if prose_above and ends and verdicts[index] == BlockVerdict() and _SIGN_OFF_RE.match(texts[index]):
            marked[index] = BlockVerdict(Kind.CREDIT)
    return marked


def _is_person_name(text: str) -> bool:
    return _NAME_LINE_RE.match(text) is not None and not is_page_label(text)


def _droppable(index: int, drops: Sequence[str | None], marked: Sequence[bool]) -> bool:
    """Structure may drop a block that is not the first (the headline) and not a credit, byline or caption."""
    return index > 0 and drops[index] is None and not marked[index]


def _drop_list_teasers(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """The title-like lines after a list heading are its teasers.

    One title line between a heading and the article's prose is the article's subhead: the extractor left
    the list's heading and lost its items ("More about the federal debt" / "The U.S. hasn't faced this ...").
    """
    prose = _prose_blocks(texts, drops, marked)
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
        before_prose = end < len(texts) and _is_prose(texts[end], drops[end], marked[end])
        one_title = len(teasers) == 1 and before_prose and teasers[0] == end - 1
        if one_title and not _links_one_story(heading, texts[teasers[0]]):
            continue
        for teaser in teasers:
            if not _signed_the_article(teaser, texts):  # the writer's name in the author's box below
                drops[teaser] = f"teaser in '{_short(heading)}' list"


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
        if is_list_heading(texts[follower]) or _is_page_heading(follower, texts):
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
    teaser = _droppable(index, drops, marked) and (
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
        or len(texts[index].split()) > _CARD_LINE_WORDS
    ):
        return False
    after = index + 1
    return after == len(texts) or drops[after] is not None or is_title_like(texts[after].rstrip("?"))


def _signs_card(index: int, last_teaser: int, texts: Sequence[str]) -> bool:
    """Whether a line below a list's teaser is its card's signature, or the summary its signature follows."""
    if _is_card_signature(texts[index]):
        return True
    summary = index == last_teaser + 1 and len(texts[index].split()) <= _CARD_LINE_WORDS
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
    return _is_person_name(text) and furniture_reason(text) is None


def _is_strong_signature(text: str) -> bool:
    """ "By ..." or a date: a name alone ("Report Error") may be a link."""
    return is_byline(text) or _BY_ALONE_RE.match(text) is not None or _is_card_stamp(text)


def _headline_in_a_list(
    index: int, texts: Sequence[str], drops: Sequence[str | None], teasers: Sequence[int]
) -> bool:
    """A teaser's headline that ends like a sentence: one that asks ("What percentage of our brain do we use?")
    or one in Title Case ("The News Media Isn't Biased Against Trump. It's Biased in His Favor."), where the
    list goes on below it, or a long question after two teasers at least. A question or a sentence alone says
    no more than that it may end a paragraph."""
    text = texts[index]
    question = text.endswith("?") and is_title_like(text[:-1])
    if not (question or _is_title_case_headline(text[:-1])):
        return False
    after = index + 1
    goes_on = after < len(texts) and (
        drops[after] is not None or is_teaser(texts[after]) or _is_title_case_headline(texts[after][:-1])
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
        teasers[-1] - teasers[-2] == 1 and len(texts[index].split()) >= _CARD_TITLE_WORDS
        for index in teasers[-2:]
    )


def _prose_follows(
    index: int, texts: Sequence[str], drops: Sequence[str | None], marked: Sequence[bool]
) -> bool:
    """Whether the next kept block after ``index`` is a paragraph of prose: a teaser's summary stands among
    cards, a subhead's paragraph goes on with the article."""
    after = _next_kept(index, drops)
    return after is not None and _is_prose(texts[after], drops[after], marked[after])


def _summarizes(text: str, title: str) -> bool:
    """Whether a line under a teaser's title is its summary: one paragraph that names most of the title's topic
    words again ("French actor ... Charles Gérard dies aged 96" / "French actor ... Charles Gérard died September
    19 at the age of 96, Figaro reports.")."""
    words = topic_words(title)
    shared = words & topic_words(text)
    return (
        len(text.split()) <= _CARD_LINE_WORDS
        and len(shared) >= _SUMMARY_WORDS
        and len(shared) * 2 >= len(words)
    )


def _drop_doubled_teasers(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A story card links its title twice, once on its picture and once as text, often under its section's
    label said twice too ("Business" / "Tribune renames itself Tronc" / "Business" / "Tribune renames itself
    Tronc" / its summary): below the article's first paragraph such a card is another story's, inside the
    article or after it. The summary right under the second title goes with it.

    An article does not say a headline-long line twice in a row; its headline can stand twice at the top, a
    photo's credit twice in a gallery, and those are left alone (above the prose, marked, or a credit).
    """
    prose = _prose_blocks(texts, drops, marked)
    if not prose:
        return
    headline = _comparable(texts[0])
    index = prose[0] + 1
    while index < len(texts) - 1:
        second = next(
            (
                index + gap
                for gap in (1, 2)
                if index + gap < len(texts)
                and texts[index + gap] == texts[index]
                and (gap == 1 or texts[index + 1] == texts[index - 1])
                and texts.count(texts[index]) == 2  # a table's head said before each of its rows is no card
            ),
            None,
        )
        text = texts[index]
        if (
            second is None
            or len(text.split()) < _HEAD_WORDS
            or not is_teaser(text)
            or _comparable(text) == headline
            or not (_droppable(index, drops, marked) and _droppable(second, drops, marked))
        ):
            index += 1
            continue
        card = [index, second]
        if second - index == 2:  # the section's label before each copy
            card += [label for label in (index - 1, index + 1) if _is_card_label(label, texts, drops, marked)]
        summary = second + 1
        if summary < len(texts) and _is_card_summary(summary, texts, drops, marked):
            card.append(summary)
        for member in card:
            drops[member] = "story card"
        index = max(card) + 1


def _drop_doubled_line_cards(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Story cards whose picture's link and text link a page turned into one line: the title said twice with a
    space between ("Mike Johnson's Art of the Deal Mike Johnson's Art of the Deal"), each with its summary
    under it. One such line may be a link's text with the sentence going on; two or more below the article's
    first paragraph are a list of other stories."""
    prose = _prose_blocks(texts, drops, marked)
    if not prose:
        return
    titles = [
        index
        for index in range(prose[0] + 1, len(texts))
        if _droppable(index, drops, marked) and _is_doubled_title(texts[index])
    ]
    if len(titles) < _DOUBLED_CARDS:
        return
    for title in titles:
        drops[title] = "story card"
        summary = title + 1
        if summary < len(texts) and _is_card_summary(summary, texts, drops, marked, quoted=True):
            drops[summary] = "story card"


def _is_doubled_title(text: str) -> bool:
    words = repeated_words(text)
    return words is not None and len(words.split()) >= _HEAD_WORDS and text.count(words) == 2


def _drop_newsletter_names(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A newsletter's name above the line saying how often it comes ("The Nation Weekly" / "Fridays. A weekly
    digest of the best of our coverage."): a sign-up box's heading."""
    for index in range(1, len(texts)):
        name = index - 1
        if (
            is_newsletter_cadence(texts[index])
            and drops[index] is not None
            and _droppable(name, drops, marked)
            and is_title_like(texts[name], max_words=_NEWSLETTER_NAME_WORDS)
        ):
            drops[name] = "newsletter prompt"


def _is_card_label(index: int, texts: list[str], drops: list[str | None], marked: list[bool]) -> bool:
    return (drops[index] is None or drops[index] == "furniture: label many sites share") and (
        not marked[index] and is_title_like(texts[index], max_words=_KICKER_WORDS)
    )


def _is_card_summary(
    index: int, texts: list[str], drops: list[str | None], marked: list[bool], *, quoted: bool = False
) -> bool:
    """A card's summary: one paragraph, not another card's label or a list's heading; ``quoted``, it may open
    with a quotation mark (a summary quoting the story: "“The effect of these laws ...”")."""
    text = texts[index].lstrip("“\"‘'") if quoted else texts[index]
    return (
        _droppable(index, drops, marked)
        and text[:1].isupper()
        and len(text.split()) <= _CARD_LINE_WORDS
        and not is_list_heading(text)
        and not is_title_like(text, max_words=_KICKER_WORDS)
    )


def _drop_labelled_title_runs(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Three or more titles in a row, each under its section's label ("Book Review" / "Diableries: Stereoscopic
    Adventures in Hell" / "Recap" / "TV recap: Game Of Thrones ..."), above or below the article's prose: a
    sidebar of other stories. Between its paragraphs such pairs can be the article's own (a list of books under
    their genres)."""
    prose = _prose_blocks(texts, drops, marked)
    index = 1
    while index + 1 < len(texts):
        end = index
        while end + 1 < len(texts) and _is_labelled_title(end, texts, drops, marked):
            end += 2
        outside = not prose or end <= prose[0] or index > prose[-1]
        if end - index >= 2 * _MENU_RUN and outside:
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
        and is_title_like(label, max_words=_KICKER_WORDS - 1)
        and not _is_list_content(label)
        and _droppable(index + 1, drops, marked)
        and len(title.split()) >= _HEAD_WORDS
        and is_teaser(title)
        and not _is_list_content(title)
    )


def _drop_cut_title_runs(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Three or more titles in a row, each cut short with an ellipsis ("For trans activists, recent setbacks
    temper long-term hopes …"), above or below the article's prose: a list of other stories' links."""
    prose = [index for index in _prose_blocks(texts, drops, marked) if not _is_cut_title(texts[index])]
    index = 1
    while index < len(texts):
        end = index
        while end < len(texts) and _droppable(end, drops, marked) and _is_cut_title(texts[end]):
            end += 1
        outside = not prose or end <= prose[0] or index > prose[-1]
        if end - index >= _MENU_RUN and outside:
            for item in range(index, end):
                drops[item] = "titles cut short"
        index = max(end, index + 1)


def _is_cut_title(text: str) -> bool:
    title = _CUT_TITLE_RE.sub("", text)
    return title != text and len(title.split()) >= _HEAD_WORDS and is_title_like(title)


def _drop_menus(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Runs of very short link-like lines above or below the article's prose (site navigation, tag lists);
    the first block too, when it opens such a run.

    Between two paragraphs of prose a run of short lines is the article's own list (ingredients, results,
    features); a widget there comes with a heading ("Related") or a label, and other rules find it.
    """
    prose = _prose_blocks(texts, drops, marked)

    def menu_item(index: int) -> bool:
        text = texts[index]
        # the first block opens a menu unless the page repeats it as its heading ("Tigers-Royals Preview")
        first = index == 0 and drops[0] is None and not marked[0] and not _repeated_below(texts)
        return (
            (first or _droppable(index, drops, marked))
            and is_title_like(text, max_words=_MENU_WORDS)
            and not _is_list_content(text)
        )

    def dropped_label(index: int) -> bool:  # "Share", "Next": dropped already, still one of the run's links
        return drops[index] is not None and is_title_like(texts[index], max_words=_MENU_WORDS)

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
        below_byline = 0 < index <= _HEAD_REACH and marked[index - 1]
        inside_article = bool(prose) and prose[0] < index and end <= prose[-1] and not below_byline
        structured = _is_structured_list([texts[item] for item in items]) or _is_schedule(items, texts)
        if (
            items
            and links >= _MENU_RUN
            and not inside_article
            and not structured
            and not _lone_name(items, texts)
        ):
            for item in items:
                if not _is_author_in_box(item, texts, drops):
                    drops[item] = "link list"
        index = max(end, index + 1)


def _repeated_below(texts: list[str]) -> bool:
    """Whether the page repeats its first line further down, in any case ("Two More Gunned Down")."""
    first = _comparable(texts[0])
    return any(_comparable(text) == first for text in texts[1:])


def _drop_link_list_gaps(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A title-like line between two items of one link list is an item too ("Write a Letter to the Editor")."""
    for index in range(1, len(texts) - 1):
        if not _droppable(index, drops, marked) or not is_title_like(texts[index], max_words=_GAP_WORDS):
            continue
        between_items = _is_list_item_drop(drops[index - 1]) and _is_list_item_drop(drops[index + 1])
        if between_items and not _is_author_in_box(index, texts, drops):
            drops[index] = "inside a link list"


def _is_list_item_drop(drop: str | None) -> bool:
    return drop is not None and (drop in {"link list", "inside a link list"} or drop.startswith("teaser in"))


def _drop_split_tag_rows(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A tag row broken into one tag a line, each with its comma ("court," / "Sanctions," / "Volodymyr
    Zelenskyi,"): three short lines in a row that end with a comma are no paragraphs of an article."""
    index = 1
    while index < len(texts):
        under_label = is_tags_label(texts[index - 1])  # "Tags:" above: longer tags too
        words = _LABELLED_TAG_WORDS if under_label else _SPLIT_TAG_WORDS
        end = index
        while end < len(texts) and _droppable(end, drops, marked) and _is_split_tag(texts[end], words):
            end += 1
        last_tag = end < len(texts) and _droppable(end, drops, marked)  # the last tag has no comma
        last_tag = last_tag and is_title_like(texts[end], max_words=words)
        tags = [texts[item].rstrip(",") for item in range(index, end + last_tag)]
        # a list of authors ("Mariana Lenharo," / "Mohana Basu,") is names only; a tag row has a word alone
        has_word_alone = any(len(tag.split()) == 1 for tag in tags)
        has_name = any(tag[0].isupper() for tag in tags)  # a query's column list is in lower case
        if end - index >= _MENU_RUN - 1 + (not last_tag) and (has_word_alone or under_label) and has_name:
            for item in range(index, end + last_tag):
                drops[item] = "tag list"
        index = max(end, index + 1)


def _is_split_tag(text: str, max_words: int = _SPLIT_TAG_WORDS) -> bool:
    """A tag and its comma: words only (code and data have quotes, brackets, "=" and figures)."""
    return (
        text.endswith(",")
        and len(text.split()) <= max_words
        and _SPLIT_TAG_RE.match(text[:-1]) is not None
        and not _is_list_content(text)
    )


def _drop_trailing_title_lists(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """After the article's last paragraph of prose, a run of title lines is a teaser list, whatever its heading.

    Sites head these lists with words of their own ("Features", "Popular On ...", "EDITORS' PICKS"); the
    structure is what they share. Inside the article a run of short lines can be a real list, so only the
    page's tail is read this way.
    """
    # A credit written as a sentence (an author's note) still belongs to the article: the tail begins after it.
    # Another story's line that reads as prose ("Baby Girl on the Way for Sophie B. Hawkins – at 50!") ends no
    # article, unless the page's own long lines go on below the story's last prose (a deals page's products).
    raw = [i for i, text in enumerate(texts) if _is_prose(text, drops[i], False)]
    if not raw:
        return
    prose = _prose_blocks(texts, drops, [False] * len(texts))
    long_lines = sum(
        1
        for i in range(prose[-1] + 1, raw[-1])
        if drops[i] is None and i not in raw and len(texts[i].split()) >= _PROSE_WORDS
    )
    index = (raw[-1] if long_lines >= _PAGE_GOES_ON_LINES else prose[-1]) + 1
    while index < len(texts):
        end = index
        while end < len(texts) and (
            _tail_title(end, texts, drops, marked)
            or drops[end] is not None
            or _is_sign_off(end, texts, marked)
        ):
            end += 1
        items = [i for i in range(index, end) if drops[i] is None and not marked[i]]  # a sign-off is kept
        labels = sum(1 for i in range(index, end) if _is_dropped_widget_label(texts[i], drops[i]))
        structured = _is_structured_list([texts[item] for item in items]) or _is_schedule(items, texts)
        # a graphic's title and figures over its source ("33% of those hospitalised ..." / "Source: CDC")
        graphic = end < len(texts) and marked[end] and _GRAPHIC_SOURCE_RE.match(texts[end]) is not None
        if (
            items
            and len(items) + labels >= _MENU_RUN
            and not structured
            and not graphic
            and not _lone_name(items, texts)
        ):
            for item in items:
                if not _is_author_in_box(item, texts, drops):
                    drops[item] = "title list after the article"
        index = max(end, index + 1)


def _is_sign_off(index: int, texts: Sequence[str], marked: Sequence[bool]) -> bool:
    """Whether a block is the sign-off under the article's last paragraph ("GIS"): the page's tail goes on."""
    return marked[index] and _SIGN_OFF_RE.match(texts[index]) is not None


def _drop_labels_of_nothing(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A short label with its colon after the article ("Editors' Recommendations:", "More about:", "Symbol:")
    with nothing kept below it: what it labelled was the page's list, left out; alone it says nothing.
    Someone's embedded words ("Trump's tweet:") are the story's, though the text lost them."""
    prose = _prose_blocks(texts, drops, marked)
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


def _drop_between_furniture(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """After the article, one or two lines kept between furniture above and below that do not speak of
    the story are furniture too: a site's slogan among its footer links, a teaser between two known ones
    ("Command Line delivers daily updates from the near-future.").

    Context decides where a line alone says too little, as jusText judges its short blocks by their
    neighbours. What also interrupts an article (an advertisement's label, a related link) is no wall
    above, nor a link list, the least certain of the drops (a tour's dates, a letter's signatories), nor
    the page's end: the article's last short paragraph may stand there. Lines that may be a credit stay.
    """
    prose = _prose_blocks(texts, drops, marked)
    if len(prose) < _STORY_PARAGRAPHS:
        return
    story = story_words(texts[index] for index in prose)
    start = prose[-1] + 1
    for run in _kept_runs(drops, start):
        above, below = run[0] - 1, run[-1] + 1
        walled = below < len(texts) and _is_furniture_drop(drops[above]) and _is_furniture_drop(drops[below])
        walled = walled and drops[above] not in _NOT_A_WALL
        if (
            walled
            and len(run) <= _BETWEEN_RUN
            and all(
                _droppable(index, drops, marked)
                and not _tells_the_story(texts[index], story)
                and not _may_be_a_credit(texts[index])
                for index in run
            )
        ):
            for index in run:
                drops[index] = "between furniture"


def _kept_runs(drops: Sequence[str | None], start: int) -> list[range]:
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


def _is_furniture_drop(drop: str | None) -> bool:
    """Dropped as furniture; a block of figures only ("$119.00") is left untranslated, not furniture."""
    return drop is not None and not drop.endswith(NO_WORDS)


def _may_be_a_credit(text: str) -> bool:
    """A line that may credit the story's people: a name first ("Jane Doe, Princeton University", "Ben
    Silverman is on Twitter"), a date, an address, or a paragraph's end the page broke off ("own stuff to run.")."""
    return (
        not text[:1].isupper()
        or mentions_date(text)
        or _is_person_name(text)
        or _NAMED_FIRST_RE.match(text) is not None
        or "@" in text
    )


def _lone_name(items: Sequence[int], texts: Sequence[str]) -> bool:
    """A person's name, the one line left among share buttons or "Next article" links (maybe with its outlet
    or role under it: "Duncan Walker" / "BBC", "Tania Broughton" / "Journalist"), is the byline beside them."""
    if len(items) == 2 and (_names_source_or_time(texts[items[1]]) or _ROLE_ALONE_RE.match(texts[items[1]])):
        items = items[:1]
    return len(items) == 1 and _is_person_name(texts[items[0]]) and not _in_lower_case(texts[items[0]], texts)


def _is_author_in_box(index: int, texts: Sequence[str], drops: Sequence[str | None]) -> bool:
    """The writer's name in an author box among links: beside its "Follow Us" or the writer's address."""
    if _NAME_LINE_RE.match(texts[index]) is None:  # (the address beside it writes the name in lower case)
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
    return spelt or (follow and not _in_lower_case(texts[index], texts)) or _signed_the_article(index, texts)


def _signed_the_article(index: int, texts: Sequence[str]) -> bool:
    """Whether a name alone below the article is the one its byline gave at the top ("By Adam Aaronson")."""
    name = texts[index]
    if _NAME_LINE_RE.match(name) is None:
        return False
    return any(is_byline(line) and name in line for line in texts[: min(index, _SIGNED_REACH)])


def _in_lower_case(name: str, texts: Sequence[str]) -> bool:
    """Whether a word of ``name`` stands in lower case in the article: then it is a label ("Full Bio", "Watch
    More Videos"), not a person's name, whose words the article writes capitalised."""
    words = {word.casefold() for word in name.split()}
    return any(word in words for text in texts for word in _LOWER_WORD_RE.findall(text))


def _is_dropped_widget_label(text: str, drop: str | None) -> bool:
    """A widget's label dropped on its own ("Loading weather data ...", "View More"): still a line of the
    list it stands in."""
    said_once = repeated_words(text) if drop == _REPEATED_LABEL else None
    short = len((said_once or text).split()) <= _MENU_WORDS or drop in _CONTROL_DROPS
    return drop in _WIDGET_LABEL_DROPS and short


def _drop_headline_runs(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Three or more headlines in a row, each in Title Case, are a teaser list wherever they stand.

    An article's own subheads come one at a time, between paragraphs; a widget of other stories
    ("Pizza Man Making Special Delivery to Afghanistan" / "Redesigned Scopes Fail to Stop ...") comes as a run.
    """
    index = 1
    while index < len(texts):
        end = index
        while end < len(texts) and _droppable(end, drops, marked) and _is_title_case_headline(texts[end]):
            end += 1
        if end - index >= _MENU_RUN and not _is_structured_list(texts[index:end]):
            for item in range(index, end):
                drops[item] = "headline list"
        index = max(end, index + 1)


def _is_title_case_headline(text: str) -> bool:
    """A headline in Title Case: five or more words, nearly every longer word capitalised, no sentence end."""
    words = [word.strip("'‘’\"“”(") for word in text.split()]
    if len(words) < _TITLE_CASE_WORDS or not is_title_like(text) or _is_list_content(text) or text.isupper():
        return False
    if text.count(",") >= 2:
        return False  # a list of names ("Path B: Bosnia, Slovakia, Ireland"), not a headline
    long_words = [word for word in words if len(word) >= 4 and word[0].isalpha()]
    capitalised = sum(word[0].isupper() for word in long_words)
    return len(long_words) >= 3 and capitalised * 10 >= len(long_words) * 9


def _tail_title(index: int, texts: list[str], drops: list[str | None], marked: list[bool]) -> bool:
    """A teaser title; in the tail a question is one too ("Can you become immune to coronavirus?"), a sentence
    ending with its link's address is none ("... which takes place 18-24 November. Ticket details: https://..."),
    nor is one signed by its source ("... worried investors. — WSJ’s Chelsea Dulaney")."""
    text = texts[index]
    credit = trailing_credit(text)
    text = text[:credit].rstrip() if credit else text
    question = text.endswith("?") and is_title_like(text.rstrip("?"))
    teaser = (is_teaser(text) or question) and _ENDS_WITH_ADDRESS_RE.search(text) is None
    other_script = _OTHER_SCRIPT_RE.search(text) is not None  # "警察 （ けいさつ ） keisatsu police"
    return _droppable(index, drops, marked) and teaser and not other_script and not _is_list_content(text)


def _drop_dated_teasers(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Two or more title lines in a row, each followed by its date, are a teaser list ("Title" / "8 July 2020").

    An article does not alternate its own lines with dates; a sidebar of other stories does.
    """
    pairs = [
        index
        for index in range(1, len(texts) - 1)
        if _droppable(index, drops, marked)
        and _is_teaser_date(index + 1, texts, drops, marked)
        and is_teaser(texts[index])
        and not is_timestamp(texts[index])
    ]
    for index in pairs:
        if index - 2 in pairs or index + 2 in pairs:
            drops[index] = drops[index + 1] = "dated teaser list"


def _drop_video_lists(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Two or more videos in a row, each a title over its running time ("03:29") and maybe its source
    ("- Source: CNN"), are a playlist; so is a "Politics of the Day 15 videos" heading above them.

    A story's own video has one running time under its caption; a playlist repeats the pair. The running time
    alone reads like a clock time and is marked as a stamp, so the marks of these lines do not hold here.
    """
    videos = [video for index in range(len(texts)) if (video := _video_card(index, texts, drops, marked))]
    for first, second in pairwise(videos):
        if _next_kept(first[-1], drops) == second[0]:
            for index in (*first, *second):
                drops[index], marked[index] = "video playlist", False
    if videos and drops[videos[0][0]] is not None:
        heading = _previous_kept(videos[0][0], drops)
        if heading is not None and _PLAYLIST_HEADING_RE.match(texts[heading]) and not marked[heading]:
            drops[heading] = "video playlist"


def _video_card(
    index: int, texts: Sequence[str], drops: Sequence[str | None], marked: Sequence[bool]
) -> tuple[int, ...] | None:
    """The lines of one video in a list, from its running time at ``index``: (title[, date], time[, source]).

    The title stands just above the time, or above the video's date ("Yesterday 1:55PM") that stands above it.
    """
    if drops[index] is not None or not _RUNNING_TIME_RE.match(texts[index]):
        return None
    title = _previous_kept(index, drops)
    dated = title is not None and is_timestamp(texts[title])
    if dated:
        title = _previous_kept(title, drops)
    reach = _VIDEO_TITLE_REACH + (1 if dated else 0)  # a player's labels between them, no more
    if title is None or index - title > reach:
        return None
    if not _droppable(title, drops, marked) or not is_teaser(texts[title]) or is_timestamp(texts[title]):
        return None
    lines = (title, _next_kept(title, drops), index) if dated else (title, index)
    source = _next_kept(index, drops)
    if source is not None and _VIDEO_SOURCE_RE.match(texts[source]) and not marked[source]:
        return (*lines, source)
    return lines


def _previous_kept(index: int, drops: Sequence[str | None]) -> int | None:
    """The nearest block above ``index`` that is not dropped (a player's labels between lines are)."""
    return next((item for item in range(index - 1, 0, -1) if drops[item] is None), None)


def _next_kept(index: int, drops: Sequence[str | None]) -> int | None:
    return next((item for item in range(index + 1, len(drops)) if drops[item] is None), None)


def _drop_numbered_timeline(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A story's timeline of other stories, numbered down with their days ("41 Titans coach Munchak fires
    offensive coordinator Tuesday Feb 8" / its summary / "40 Titans hire Mike Munchak ... Monday Feb 7"): an
    article numbers its own lists up, and dates its events in its sentences. Its heading may give the count
    ("Story Milestones | 41")."""
    numbered = {}
    for index, text in enumerate(texts):
        match = _NUMBERED_DAY_RE.match(text)
        if match is not None and is_event_day(match.group(2)) and _droppable(index, drops, marked):
            numbered[index] = int(match.group(1))
    runs: list[list[int]] = []
    for index in sorted(numbered):
        run = runs[-1] if runs else None
        if run and index - run[-1] <= _TIMELINE_GAP and numbered[index] == numbered[run[-1]] - 1:
            run.append(index)
        else:
            runs.append([index])
    for run in runs:
        if len(run) < _MENU_RUN:
            continue
        # the last card keeps the others' shape: a summary under it too
        last = run[-1] + (run[1] - run[0]) - 1
        for index in range(run[0], min(last, len(texts) - 1) + 1):
            if _droppable(index, drops, marked):
                drops[index] = "numbered timeline"
        heading = run[0] - 1
        if _droppable(heading, drops, marked) and texts[heading].endswith(f" {numbered[run[0]]}"):
            drops[heading] = "numbered timeline"


def _drop_glued_dated_teasers(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Two or more "Title - October 24, 2020" lines in a row above or below the article's prose: a blog's
    recent-posts widget. An article's own timeline puts the date first, and a tour's dates share one shape."""
    prose = _prose_blocks(texts, drops, marked)
    index = 0
    while index < len(texts):
        end = index
        while end < len(texts) and _droppable(end, drops, marked) and _dated_teaser_title(texts[end]):
            end += 1
        titles = [_dated_teaser_title(texts[item]) or "" for item in range(index, end)]
        outside = not prose or end <= prose[0] or index > prose[-1]
        if end - index >= 2 and outside and not _is_structured_list(titles):
            for item in range(index, end):
                drops[item] = "dated teaser list"
        index = max(end, index + 1)


def _dated_teaser_title(text: str) -> str | None:
    """The title of a teaser with its date glued on ("- 20 Winter Baby Shower Ideas - October 23, 2020"), maybe
    with no mark between them ("Richards confident, Hamilton Skeptical April 26, 2022")."""
    figures = _GLUED_FIGURE_DATE_RE.match(text)  # a date in figures alone is no date to credits' patterns
    match = _GLUED_DATE_RE.match(text)
    if match is None:
        match = _GLUED_FULL_DATE_RE.match(text) or figures
        # a sentence that ends on its date says so: "The vote was held on April 26, 2022"
        if match is not None and match.group(1).rsplit(None, 1)[-1].lower() in _DATE_PREPOSITIONS:
            return None
    if match is None or not (figures or is_date_only(match.group(2))):
        return None
    title = match.group(1)
    return title if len(title.split()) >= 3 and is_teaser(title) else None


def _is_teaser_date(index: int, texts: list[str], drops: list[str | None], marked: list[bool]) -> bool:
    """A date under a teaser; a page's date stamp is marked as a credit, but under a teaser it is the teaser's."""
    text = texts[index]
    return (
        is_date_only(text)
        and not is_event_day(text)
        and (_droppable(index, drops, marked) or (drops[index] is None and is_page_timestamp(text)))
    )


def _drop_card_lists(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
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
    short = all(len(line.split()) <= _CARD_LINE_WORDS for line in lines)
    # every card has its title; a list of names alone (a letter's signatories) is no list of stories
    titles = sum(len(line.split()) >= _CARD_TITLE_WORDS for line in lines)
    short = short and titles * _CARD_METAS >= metas
    prose_below = any(_is_prose(texts[i], drops[i], False) for i in range(kept[last] + 1, len(texts)))
    # a breaking-news page sets its own story, headline and paragraphs, first among the others' cards
    own_story = _repeats_headline(texts[kept[first]], texts[0])
    return (kept[first], kept[last]) if anchored and short and not prose_below and not own_story else None


def _next_to(above: int, below: int, drops: Sequence[str | None]) -> bool:
    """Whether two kept blocks stand together: nothing between them, or figures alone (a card's date as
    "08/06/2022", dropped as having no words)."""
    return all(drops[index] == f"furniture: {NO_WORDS}" for index in range(above + 1, below))


def _heads_cards(text: str) -> bool:
    """A list's heading or a label many sites share ("The Latest"), kept until the rules that drop it."""
    return is_list_heading(text) or is_page_label(text)


def _drop_cards_to_the_end(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Other stories' cards from the article's end on, under no heading: each a title, then its
    byline and its date or time, maybe a summary ("Russia: Israeli strikes on Syria wrong move" / "By REUTERS" /
    "11/20/2019 10:08 AM"), card after card.

    A card's byline and stamp look like the article's own, so three cards at least, most of them signed, and
    nothing of the article's between it and them; an article's own timeline or schedule has dates but no bylines.
    """
    prose = _prose_blocks(texts, drops, marked)
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
        any(_is_card_stamp(texts[line]) or _is_card_byline(texts[line]) for line in card) for card in cards
    )
    signed = sum(any(_is_card_byline(texts[line]) for line in card) for card in cards)
    if stamped and signed * 2 >= len(cards):
        for card in cards:
            for line in card:
                drops[line] = "story cards"


def _drop_pager_titles(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """The title under a pager's label ("Next Post" / "Royal visit cancelled amidst planned protests") is the
    linked story's, not a subhead of this one; a name there is the author box's ("Robert Pelaez")."""
    for index in range(1, len(texts) - 1):
        title = texts[index + 1]
        if (
            drops[index] is not None
            and _PAGER_LABEL_RE.match(texts[index])
            and _droppable(index + 1, drops, marked)
            and is_teaser(title)
            and is_title_like(title)
            and len(title.split()) >= _HEAD_WORDS
            and not _is_person_name(title)
        ):
            drops[index + 1] = "pager's story"


def _drop_pager_pairs(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A pager's two links in a row, each the label and its story's title ("Previous Coronavirus in India: Covid-19
    patient dies ..." / "Next Quarantine within units ..."): one such line could open a sentence, two cannot."""
    for index in range(1, len(texts) - 1):
        pair = (index, index + 1)
        if (
            _PREVIOUS_TITLE_RE.match(texts[index])
            and _NEXT_TITLE_RE.match(texts[index + 1])
            and all(_droppable(item, drops, marked) and is_title_like(texts[item]) for item in pair)
        ):
            drops[index] = drops[index + 1] = "pager's story"


def _drop_table_of_contents(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Numbered entries that each name a heading given again further down ("1 7:53 am: Dow futures surge 900
    points" above the live blog's "7:53 am: Dow futures surge 900 points"): a table of contents, two entries at
    least, whose headings the reader meets in place."""
    below = {_comparable(text): index for index, text in enumerate(texts)}  # each text's last place
    entries = []
    for index, text in enumerate(texts):
        match = _CONTENTS_ENTRY_RE.match(text)
        if match and _droppable(index, drops, marked) and below.get(_comparable(match.group(1)), -1) > index:
            entries.append(index)
    if len(entries) >= _CONTENTS_ENTRIES:
        for index in entries:
            drops[index] = "table of contents"


def _drop_lines_said_many_times(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A title said three times or more in a row is a widget's: a gallery's title on each of its slides ("UK news
    in pictures" fifty times, once the extractor has left the counters and captions out). An article does not
    say a title-long line twice in a row; a credit said under every picture is marked and stays."""
    comparable = [_comparable(text) for text in texts]
    index = 1
    while index < len(texts):
        end = index
        while end < len(texts) and comparable[end] == comparable[index]:
            end += 1
        text = texts[index]
        if (
            end - index >= _SAID_MANY_TIMES
            and is_title_like(text)
            and len(text.split()) >= _SAID_MANY_TIMES_WORDS
        ):
            for item in range(index, end):
                if _droppable(item, drops, marked):
                    drops[item] = "said many times on the page"
        index = end


def _drop_house_rules(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """The rest of a comment section's house rules, under the ones the site's words are known by ("HOUSE RULES"
    / "We welcome reader comments ..." / "Please do not write in block capitals ..." / "Lastly, read our Terms
    and Conditions ..."): each asks the reader something about comments or points to the site's terms."""
    for index in range(1, len(texts)):
        after_rules = drops[index - 1] in (_COMMENT_POLICY, _HOUSE_RULE)
        if after_rules and _droppable(index, drops, marked) and _is_house_rule(texts[index]):
            drops[index] = _HOUSE_RULE


def _is_house_rule(text: str) -> bool:
    lowered = text.lower()
    return (
        len(text) <= _HOUSE_RULE_CHARS
        and _HOUSE_RULE_TOPIC_RE.search(lowered) is not None
        and _HOUSE_RULE_ASK_RE.search(lowered) is not None
        and _QUOTE_OR_REPORT_RE.search(lowered) is None
    )


def _drop_author_box_headings(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """ "About Brigit Katz" where the page's byline names Brigit Katz: the heading of the author's box (the box's
    own words, a short biography, are kept as the author's note)."""
    for index, text in enumerate(texts):
        match = _ABOUT_NAME_RE.match(text)
        if index == 0 or drops[index] is not None or match is None:
            continue
        name = match.group(1)
        if any(name in texts[other] for other in range(len(texts)) if marked[other] and other != index):
            drops[index] = "author box"


def _with_labels_joined(cards: list[list[int]], texts: Sequence[str]) -> list[list[int]]:
    """A card's section label above its title ("opinion" / "AI makes networking matter again") opens that card."""
    joined: list[list[int]] = []
    for card in cards:
        if joined and len(joined[-1]) == 1 and len(texts[joined[-1][0]].split()) <= _KICKER_WORDS:
            joined[-1].extend(card)
        else:
            joined.append(list(card))
    return joined


def _is_card_title(text: str, marked: bool) -> bool:
    return not marked and is_teaser(text) and not _is_card_stamp(text) and not _is_card_byline(text)


def _is_card_stamp(text: str) -> bool:
    """A card's date or time: "11/20/2019 01:14 PM", "Published 4h at 9:15 PM", "2 hours ago"."""
    return (
        is_date_only(text)
        or is_timestamp(text)
        or is_page_timestamp(text)
        or _RELATIVE_TIME_RE.match(text) is not None
    )


def _is_card_byline(text: str) -> bool:
    """A card's byline: "By REUTERS", "By" alone, the writer's name alone."""
    return is_byline(text) or _BY_ALONE_RE.match(text) is not None or _NAME_LINE_RE.match(text) is not None


def _title_dropped_above(index: int, drops: Sequence[str | None]) -> bool:
    above = drops[index - 1] if index > 0 else None
    return above is not None and above.removeprefix("furniture: ").startswith(("teaser", "title list"))


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
        or _RELATIVE_TIME_RE.match(text) is not None
        or (not marked and _CARD_NAMES_RE.match(text) is not None and not is_page_label(text))
        or _is_byline_start(text)
        or _is_glued_card_meta(text)
    )


def _is_glued_card_meta(text: str) -> bool:
    """A card's byline and date run together by the extractor: "Reggie ReinerDecember 9, 2020"."""
    match = _GLUED_NAME_DATE_RE.match(text)
    if match is None or not is_date_only(match.group(2)):
        return False
    words = match.group(1).split()  # a name or the outlet's ("Jewish Business NewsJanuary 1, 2013")
    return len(words) <= _KICKER_WORDS + 2 and all(word[0].isupper() for word in words)


def _drop_repeats(
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
    prose = _prose_blocks(texts, drops, marked)
    story = story_words(texts[index] for index in prose) if repeated else frozenset()
    for index, text in enumerate(texts):
        if index in headlines or not _droppable(index, drops, marked):
            continue
        if any(_repeats_headline(text, texts[headline]) for headline in headlines):
            if not _heads_the_storys_paragraphs(index, texts, prose, headlines):
                drops[index] = "repeats the headline"
        elif not is_title_like(text):
            # a site's sentence above or below every story ("Command Line delivers daily updates ..."); among
            # the paragraphs, or where it quotes someone or speaks of the story, a sentence two stories share
            # is the story's: a quote, a line of background, a short last paragraph
            outside = bool(prose) and not prose[0] <= index <= prose[-1]
            if (
                text in repeated
                and outside
                and _QUOTE_OR_REPORT_RE.search(text) is None
                and not _tells_the_story(text, story)
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
    if any(_comparable(texts[index]) == _comparable(texts[headline]) for headline in headlines):
        return False
    return bool(prose) and prose[0] < index and index + 1 in prose


# what the structure rules drop as an item of a list of other stories
_LIST_ITEM_DROPS = frozenset(
    {"title list after the article", "dated teaser list", "story cards", "headline list"}
)


def _drop_teasers_listed_twice(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A title kept alone that is an item of a list of other stories elsewhere on the page: the same link in
    two of the page's boxes ("Moody's cuts Ireland rating to 1 grade above junk" between the paragraphs and in
    the footer's "More Europe"). Above the story's first paragraph such a line is the story's own: its byline,
    its video's caption, both listed again among the site's stories; a line said three times or more is a
    label the article repeats ("30 minutes before bed" on each day of a meal plan), and a byline is one."""
    prose = _prose_blocks(texts, drops, marked)
    if not prose:
        return
    listed = {
        text
        for text, drop in zip(texts, drops, strict=True)
        if drop is not None and (_is_list_item_drop(drop) or drop in _LIST_ITEM_DROPS)
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
            and _droppable(index, drops, marked)
            and is_title_like(text)
            and len(text.split()) >= _LISTED_TITLE_WORDS
        ):
            drops[index] = "listed again below"


def _shared_by_stories(text: str) -> bool:
    """A line two stories of one site may both carry: a credit's or a stamp's part ("CanWest News Service",
    "(AP)", "Staff and agencies", "Source Ubergizmo", a dateline the page broke off: "Tokyo,")."""
    return (
        text.endswith(",")
        or _names_source_or_time(text)
        or _NAMED_FIRST_RE.match(text) is not None
        or _STORY_PEOPLE_RE.search(text) is not None
    )


def _names_source_or_time(text: str) -> bool:
    """The wire, an agency, a date or a stamp's label: a story's own, whoever else carries it."""
    return (
        is_wire_alone(text)
        or is_agency_name(text)
        or mentions_date(text)
        or _STAMP_LABEL_ALONE_RE.match(text) is not None
    )


def _drop_above_page_heading(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Between the headline taken from the page's <title> and the page's own heading that repeats it stands the
    page's header: its section label, breadcrumbs, a bar of other stories. The article begins below it."""
    heading = next(
        (
            i
            for i in range(1, min(len(texts), _HEAD_REACH + 1))
            if drops[i] == "repeats the headline" and len(texts[i].split()) >= _HEAD_WORDS
        ),
        None,
    )
    for index in range(1, heading or 0):
        text = texts[index]
        # the author's name and the date stand there too: they are the story's, and so is a standfirst telling
        # what was said (a headline tells it in the present: "says")
        own = (
            _is_person_name(text)
            or is_date_only(text)
            or is_timestamp(text)
            or _SAID_RE.search(text) is not None
        )
        if _droppable(index, drops, marked) and is_title_like(text, max_words=_HEADER_WORDS) and not own:
            drops[index] = "page header"


def _drop_cut_summaries(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Another story's title above its summary cut short ("B.C. schools use 'death trap' vans for student trips" /
    "Passenger vans similar to one that crashed in New Brunswick, killing seven students..."), above or below
    the article's prose, is a teaser; under the headline such a line is the story's own standfirst. Below the
    article a summary cut short is a teaser even when it tells the same story: a follow-up's, or this one's
    own lead in a list of links."""
    cut = [_is_cut_summary(text) and _OTHER_SCRIPT_RE.search(text) is None for text in texts]
    prose = [index for index in _prose_blocks(texts, drops, marked) if not cut[index]]
    story = story_words(texts[index] for index in prose)
    for index in range(2, len(texts)):
        outside = not prose or index < prose[0] or index > prose[-1]
        title = index - 1
        if not (cut[index] and outside and _droppable(index, drops, marked)):
            continue
        # above the prose, the story's own lead, or its picture's caption above it, names the story's topic
        below = bool(prose) and index > prose[-1]
        other_story = not _tells_the_story(texts[index], story) and not _tells_the_story(texts[title], story)
        if not (below or other_story):
            continue
        if _droppable(title, drops, marked) and is_title_like(texts[title]) and not cut[title]:
            drops[title] = "teaser"
            drops[index] = "teaser's summary cut short"
        elif drops[title] is not None:  # its title left out already (a link, a picture's label)
            drops[index] = "teaser's summary cut short"


def _tells_the_story(text: str, story: Collection[str]) -> bool:
    """Whether a line shares a good part of its topic words with the story's paragraphs."""
    words = topic_words(text)
    return len(words & story) >= len(words) * _OWN_STORY_SHARE


def _drop_unrelated_head_titles(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A headline between the page's top and the article's first paragraph that names nothing the story
    speaks of is another story's ("Superbug can target gay community: doctor" above a story about a
    wrong-way driver); the story's standfirst shares its words. Names, roles, dates and rows of links in
    that place are the story's credits or the page's tools, never another story's headline."""
    prose = _prose_blocks(texts, drops, marked)
    if len(prose) < _STORY_PARAGRAPHS + 1:
        return
    story = story_words(texts[index] for index in prose)
    if len(story) < _STORY_TOPIC_WORDS:
        return
    kept = [index for index in range(prose[0] + 1) if drops[index] is None]
    # the first line under the headline can be its standfirst, the last above the first paragraph a subhead
    between = kept[2:-2] if kept[0] == 0 else kept[1:-2]
    for index in between:
        words = topic_words(texts[index])
        place = kept.index(index)
        wrapped = texts[kept[place + 1]][:1].islower()  # a paragraph broken over lines goes on
        standfirst = marked[kept[place - 1]]  # under the byline or date the standfirst stands
        if index >= _HEAD_REACH * 2 or wrapped or standfirst or not words or words & story:
            continue
        if _droppable(index, drops, marked) and _is_other_headline(texts[index]):
            drops[index] = "another story's headline"


def _is_other_headline(text: str) -> bool:
    """A headline in sentence case, with words of its own in lower case ("Dad charged with killing daughter");
    no name, role, date, dateline or row of links."""
    plain = [word for word in _LOWER_WORD_RE.findall(text) if len(word) > 2 and word not in TITLE_SMALL_WORDS]
    return (
        _HEAD_WORDS <= len(text.split()) <= _HEADER_WORDS
        and not text[0].islower()
        and (len(plain) >= 2 or _is_title_case_headline(text))
        and is_title_like(text, max_words=_HEADER_WORDS)
        and not _DIGIT_RE.search(text)
        and not _NOT_A_HEADLINE_RE.search(text)
        and DATELINE_RE.match(text) is None
        and _NAMES_JOINED_RE.match(text) is None
    )


def _is_cut_summary(text: str) -> bool:
    return len(text.split()) >= _CUT_SUMMARY_WORDS and _CUT_SUMMARY_RE.search(text) is not None


def _drop_gallery_titles(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A title line right next to a gallery's "View Photos" link is the gallery's title, not a subhead; so is
    the title its counter names ("1 /50 UK news in pictures"), wherever the gallery repeats it on its slides."""
    openers = [index for index, text in enumerate(texts) if drops[index] and is_gallery_opener(text)]
    for opener in openers:
        for index in (opener - 1, opener + 1):
            if (
                0 <= index < len(texts)
                and _droppable(index, drops, marked)
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
        if text in titles and _droppable(index, drops, marked):
            drops[index] = "gallery title"


def _is_name_and_age(text: str) -> bool:
    """A picture's caption, not a gallery's title: "Ghislaine Maxwell, 64"."""
    return _NAME_AND_AGE_RE.match(text) is not None


def _is_page_heading(index: int, texts: Sequence[str]) -> bool:
    """The page's own heading under the headline taken from its <title>; a list of the site's stories
    can hold the article's own title too, among other headlines."""
    if not 0 < index <= _HEAD_REACH or not _repeats_headline(texts[index], texts[0]):
        return False
    return index + 1 < len(texts) and not _is_title_case_headline(texts[index + 1])


def _repeats_headline(text: str, headline: str) -> bool:
    return (
        text == headline
        or _labels_the_headline(text, headline)
        or _is_headline_without_site(text, headline)
        or _quoted_headline(text, headline)
    )


def _quoted_headline(text: str, headline: str) -> bool:
    """The headline again in quote marks or with a mark after it, as share widgets print it: '"Forex motion
    defeated in Senate"', "Make your social media shine bright like a diamond!"."""
    if not 0 < len(text) - len(headline) <= _QUOTED_HEADLINE_MARKS:  # a mark or two more, no other words
        return False
    said = _comparable(text)
    bare = said.strip("\"'").rstrip("!?.").strip("\"'")
    return bare != said and len(headline.split()) >= _HEAD_WORDS and bare == _comparable(headline)


def _labels_the_headline(text: str, headline: str) -> bool:
    """The headline again behind a section label: "Economy|As Debt Rises, ..." under "As Debt Rises, ..."."""
    if len(headline.split()) < _HEAD_WORDS or not text.endswith(headline) or text == headline:
        return False
    label = text[: -len(headline)].rstrip()
    return label.endswith(("|", "·", ":", "—", "–", "-")) and len(label.split()) <= _KICKER_WORDS


def _is_headline_without_site(text: str, headline: str) -> bool:
    """The headline again, in other quote marks or without the site's name that ends the page's <title>:
    "2022 world athletics championships set for July 15-24" under "... set for July 15-24 | Malay Mail"."""
    line, title = _comparable(text), _comparable(headline)
    if line == title:  # "France's" under "France’s"
        return True
    match = _SITE_SUFFIX_RE.match(headline)
    if (
        match is not None
        and len(match.group(1).split()) >= _HEAD_WORDS
        and line == _comparable(match.group(1))
    ):
        return True
    return _is_title_without_site(line, title)


def _is_title_without_site(line: str, title: str) -> bool:
    """The page's <title> is the headline with the site's and sections' names before or after it:
    "Channel 4 - News - Briton murdered in New Zealand", "Bulls, Jones pursue talks: Sport: Rugby: News24",
    "Lukla Airport to be named ...- Travel-Services-News By Industry-News-The Economic Times"."""
    if len(line.split()) < _KICKER_WORDS or len(line) >= len(title):
        return False
    if title.endswith(line):
        names = title[: -len(line)]
        return len(names.split()) <= _SITE_NAME_WORDS and _SITE_SEPARATOR_RE.search(names) is not None
    if title.startswith(line):
        names = title[len(line) :]
        return len(names.split()) <= _SITE_NAME_WORDS and _SITE_SEPARATOR_RE.match(names) is not None
    return False


def _comparable(text: str) -> str:
    return " ".join(text.translate(_PLAIN_MARKS).casefold().split())


def _drop_shouted_links(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A headline in capitals between two paragraphs is a link to another story ("SEAN SPICER ELIMINATED FROM
    'DANCING WITH THE STARS'"): sites set their subheads in capitals only when they are a few words long."""
    for index in range(1, len(texts) - 1):
        text = texts[index]
        words = [word for word in text.split() if _LETTER_RE.search(word)]
        shouted = len(words) >= _SHOUTED_WORDS and text.isupper() and is_title_like(text, max_words=30)
        if shouted and _droppable(index, drops, marked) and not _is_list_content(text):
            drops[index] = "link in capitals"


def _drop_capital_labelled_links(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
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


def _drop_source_signed_titles(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Three or more titles in a row, each signed by the same source's name on the line below it ("Piers Morgan
    tells viewers ..." / "Wales Online" / "NHS to move to its highest alert level" / "Wales Online"), are a
    player's or partner's list of other stories, also inside the article. The article's own pictures alternate
    their captions with their credits ("PA") the same way: a credit or an agency is no such source."""
    signatures = Counter(
        text for index, text in enumerate(texts) if index and is_title_like(text, max_words=_KICKER_WORDS + 1)
    )
    for source, count in signatures.items():
        if count < _MENU_RUN or _is_list_content(source) or is_credit(source) or is_agency_name(source):
            continue
        if _AGENCY_LIKE_RE.fullmatch(source) or not _LETTER_RE.search(source):
            continue  # nor is a line that only spaces paragraphs
        cards = [
            index
            for index in range(1, len(texts) - 1)
            if texts[index + 1] == source
            and not marked[index + 1]
            and (_droppable(index, drops, marked) or drops[index] is not None)
            and is_teaser(texts[index])
            and _HEAD_WORDS <= len(texts[index].split()) <= _SIGNED_TITLE_WORDS
        ]
        for run in _runs_of_pairs(cards):
            if len(run) >= _MENU_RUN:
                for index in run:
                    for item in (index, index + 1):
                        drops[item] = drops[item] or f"titles signed '{_short(source)}'"


def _runs_of_pairs(starts: list[int]) -> list[list[int]]:
    """The pairs of lines that follow each other without a gap (10, 12, 14), in runs."""
    runs: list[list[int]] = []
    for start in starts:
        if runs and start == runs[-1][-1] + 2:
            runs[-1].append(start)
        else:
            runs.append([start])
    return runs


def _drop_head_labels(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Above the story's first paragraph, a label of one to three words beside furniture that names nothing
    of the story is the page's ("Slideshow", "Search the ABC"). Beside the byline or the date it may be the
    author's name; under the headline with prose below it, a greeting or a subhead: those stay."""
    prose = _prose_blocks(texts, drops, marked)
    if len(prose) < _STORY_PARAGRAPHS:
        return
    story = story_words(texts[index] for index in prose)
    for index in range(1, prose[0]):
        text = texts[index]
        neighbours = (index - 1, index + 1)
        beside_furniture = any(_is_furniture_drop(drops[near]) for near in neighbours)
        beside_credit = any(marked[near] for near in neighbours)
        if (
            _droppable(index, drops, marked)
            and beside_furniture
            and not beside_credit
            and _is_section_label(text)
            and not _tells_the_story(text, story)
        ):
            drops[index] = "section label"


def _is_section_label(text: str) -> bool:
    """A short label in the shape of a section's or a control's name: not a person's or an outlet's name
    (every word capitalised: "Jessica DeFino", "USA TODAY", "NYT"), no role, wire, credit, figure or date."""
    words = text.split()
    return (
        len(words) <= _KICKER_WORDS
        and text[:1].isupper()
        and text[-1:].isalpha()
        and _DIGIT_RE.search(text) is None
        and not (len(words) > 1 and all(word[:1].isupper() for word in words))  # a name, an outlet
        and not text.isupper()
        and _NOT_A_HEADLINE_RE.search(text) is None
        and _ROLE_GLUED_RE.search(text) is None
        and not is_wire_alone(text)
        and not is_agency_name(text)
        and _STAMP_LABEL_ALONE_RE.match(text) is None
        and not any(is_date_word(word) for word in words)
        and text.casefold() not in _ARTICLE_PART_HEADINGS
    )


def _drop_page_labels(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A label many sites share, above or below the article's prose or next to other furniture.

    Between two paragraphs a lone "Health" or "Features" can be the article's own subhead; out there, or
    beside a dropped share row, it is a site's menu, footer or form.
    """
    prose = _prose_blocks(texts, drops, marked)
    for index, text in enumerate(texts):
        # "Comment" alone: a comment form's button, or a column's label between paragraphs (The Register's)
        label = is_page_label(text) or text.casefold() == "comment"
        if not _droppable(index, drops, marked) or not label:
            continue
        outside = not prose or index < prose[0] or index > prose[-1]
        beside_furniture = any(
            0 <= near < len(texts) and drops[near] is not None for near in (index - 1, index + 1)
        )
        if outside or beside_furniture:
            drops[index] = "label many sites share"


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_Rule = Callable[[list[str], list[str | None], list[bool]], None]
_STRUCTURE_RULES: tuple[_Rule, ...] = (
    _drop_split_tag_rows,
    _drop_list_teasers,
    _drop_doubled_teasers,
    _drop_newsletter_names,
    _drop_labelled_title_runs,
    _drop_cut_title_runs,
    _drop_menus,
    _drop_link_list_gaps,
    _drop_trailing_title_lists,
    _drop_headline_runs,
    _drop_dated_teasers,
    _drop_video_lists,
    _drop_glued_dated_teasers,
    _drop_numbered_timeline,
    _drop_card_lists,
    _drop_cards_to_the_end,
    _drop_doubled_line_cards,
    # what the cards leave between the article and them is read again: a tag row above other stories' cards
    _drop_menus,
    _drop_trailing_title_lists,
    _drop_cut_summaries,
    _drop_unrelated_head_titles,
    _drop_gallery_titles,
    _drop_lines_said_many_times,
    _drop_shouted_links,
    _drop_capital_labelled_links,
    _drop_source_signed_titles,
    _drop_page_labels,
    _drop_head_labels,
    _drop_author_box_headings,
    _drop_house_rules,
    _drop_pager_titles,
    _drop_pager_pairs,
    _drop_table_of_contents,
)
# Rules that look for the end of the article's prose: readers' comments below it are prose too.
_TAIL_RULES = frozenset({_drop_trailing_title_lists, _drop_glued_dated_teasers, _drop_page_labels})
