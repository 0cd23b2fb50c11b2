"""What a block of a news page is: its kind in the article, or the kind of furniture it belongs to.

News sites mark their parts in the markup far more consistently than in the prose: a byline sits in an
element whose class or ``rel``/``itemprop`` says "author", a caption in ``<figcaption>``, a credit in a
``credit`` or ``copyright`` span, a cookie banner in something called ``cookie``/``consent``. These
rules read those words (class, id, role, rel, itemprop, split at ``-``, ``_`` and spaces) and the element
names, with the text patterns of :mod:`newsl10n.formats.newstext` for what is marked nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsl10n.formats.htmlblocks import Run
from newsl10n.formats.htmltree import Element, Text
from newsl10n.formats.newstext import kind_from_text
from newsl10n.model import Kind

_WORD_SPLIT_RE = re.compile(r"[\s_\-:]+|(?<=[a-z])(?=[A-Z])")
_ALNUM_RE = re.compile(r"[\W_]+")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

_CREDIT_WORDS = {"credit", "credits", "copyright", "photographer", "photocredit", "attribution", "courtesy"}
_CAPTION_WORDS = {"caption", "figcaption", "wp-caption-text", "imagecaption"}
_BYLINE_WORDS = {"byline", "author", "authors", "contributor", "contributors", "writer", "by"}
_DATELINE_WORDS = {
    "dateline",
    "date",
    "timestamp",
    "published",
    "datepublished",
    "updated",
    "pubdate",
    "time",
}
_STANDFIRST_WORDS = {
    "standfirst",
    "dek",
    "deck",
    "subtitle",
    "subheadline",
    "strapline",
    "lede",
    "kicker-dek",
}
# Words that mark a standfirst only on the block itself: on a container they often name the whole body.
_SUMMARY_WORDS = {"summary", "excerpt", "intro", "teaser", "description", "lead"}
_QUOTE_WORDS = {"pullquote", "pull", "blockquote"}
# what code highlighters and blogs' code plug-ins call their boxes
_CODE_WORDS = {
    "code",
    "codesnip",
    "sourcecode",
    "syntaxhighlighter",
    "codecolorer",
    "geshi",
    "prettyprint",
    "hljs",
    "codehilite",
    "highlighter",
}

_BYLINE_MAX = 120
# A date or time says a figure or a calendar word; a link that only carries a date in its markup
# (BBC's related stories: ``<a rel="published-1362330355906">Savvy shops</a>``) is no dateline.
_DATED_RE = re.compile(
    r"\d|\b(?:(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|ago|updated|published)\b)",
    re.I,
)

# Furniture, in the order its reasons are tried: the words of an element (or its name) that mark it.
_FURNITURE: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = (
    ("cookie banner", frozenset(), frozenset({"cookie", "cookies", "consent", "gdpr", "cmp", "onetrust"})),
    (
        "advertisement",
        frozenset(),
        frozenset(
            {
                "ad",
                "ads",
                "advert",
                "advertisement",
                "adslot",
                "adunit",
                "sponsor",
                "sponsored",
                "promo",
                "promoted",
                "taboola",
                "outbrain",
                "dfp",
                "gpt",
                "commercial",
            }
        ),
    ),
    ("share tools", frozenset(), frozenset({"share", "sharing", "social", "sharetools", "addthis"})),
    (
        "newsletter sign-up",
        frozenset(),
        frozenset({"newsletter", "subscribe", "subscription", "signup", "paywall", "registration"}),
    ),
    ("comments", frozenset(), frozenset({"comment", "comments", "disqus", "discussion", "respond"})),
    (
        "recommendations",
        frozenset(),
        frozenset(
            {
                "recommended",
                "recommendations",
                "recommendation",
                "popular",
                "trending",
                "mostread",
                "most",
                "outbrain",
                "also",
            }
        ),
    ),
    (
        "related links",
        frozenset(),
        frozenset({"related", "readmore", "recirc", "more", "tags", "topics", "tag"}),
    ),
    (
        "navigation",
        frozenset({"nav", "menu"}),
        frozenset(
            {
                "nav",
                "navbar",
                "navigation",
                "menu",
                "breadcrumb",
                "breadcrumbs",
                "masthead",
                "skip",
                "pagination",
            }
        ),
    ),
    ("footer", frozenset({"footer"}), frozenset({"footer", "colophon"})),
    ("page header", frozenset({"header"}), frozenset({"header"})),
    ("sidebar", frozenset({"aside"}), frozenset({"sidebar", "rail", "widget"})),
    ("form", frozenset({"form"}), frozenset()),
)


def words(element: Element) -> set[str]:
    """The words that name an element: its class, id, role, rel and itemprop, lower case."""
    found: set[str] = set()
    for attribute in ("class", "id", "role", "rel", "itemprop", "data-component", "aria-label"):
        value = element.get(attribute)
        if value and not (attribute == "id" and _is_anchor_of_its_text(element, value)):
            for token in value.split():
                found.add(token.lower().replace("-", "").replace("_", ""))
                found.update(part.lower() for part in _WORD_SPLIT_RE.split(token) if part)
    return found


def _is_anchor_of_its_text(element: Element, value: str) -> bool:
    """A heading's id made of its own words (``<h3 id="more-about-letters">More about letters</h3>``, as Ghost,
    Hugo and WordPress's tables of contents write them): a link target, which names nothing about the page."""
    if element.name not in _HEADINGS:
        return False
    text = "".join(node.text for node in _texts(element))
    return _ALNUM_RE.sub("", value).casefold() == _ALNUM_RE.sub("", text).casefold() != ""


def _texts(element: Element) -> Iterable[Text]:
    for child in element.children:
        if isinstance(child, Text):
            yield child
        else:
            yield from _texts(child)


def furniture_reason(element: Element) -> str:
    """Why this element is page furniture ("navigation", "cookie banner", ...), or ""."""
    if element.name in ("script", "style", "noscript", "template"):
        if element.name == "script" and "ld+json" in element.get("type"):
            return "JSON-LD"
        return element.name
    names = words(element)
    for reason, tags, marks in _FURNITURE:
        if element.name in tags or names & marks:
            return reason
    return ""


def enclosing_furniture(element: Element, stop: Element | None = None) -> tuple[str, Element | None]:
    """The reason and element of the outermost furniture around ``element`` (itself included), below ``stop``."""
    reason, found = "", None
    for node in (element, *element.ancestors()):
        if node is stop or node.name in ("body", "html", "#document"):
            break
        node_reason = furniture_reason(node)
        if node_reason:
            reason, found = node_reason, node
    return reason, found


def is_code_box(element: Element) -> bool:
    """Code a page sets in a ``<div>`` or ``<span>`` of its own, not ``<pre>`` or ``<code>`` (a WordPress
    plug-in's ``<div class="codesnip">``, SyntaxHighlighter's, a monospaced box): kept as it is, as code is."""
    if element.name not in ("div", "span", "td", "table", "ol", "li"):
        return False
    return bool(words(element) & _CODE_WORDS) or "monospace" in element.get("style").lower()


def is_inline_credit(element: Element) -> bool:
    """A credit span inside a caption (``<span class="credit">Photo: Reuters</span>``): a block of its own."""
    if not words(element) & _CREDIT_WORDS:
        return False
    return any(node.name == "figcaption" or words(node) & _CAPTION_WORDS for node in element.ancestors())


def named_standfirst(run: Run) -> bool:
    """A block whose markup calls it a standfirst outright (``dek``, ``standfirst``), not just a summary."""
    return any(words(element) & _STANDFIRST_WORDS for element in (*run.wrappers, run.container))


def run_kind(run: Run, article: Element | None = None) -> Kind:
    """The kind of a run of the article from its markup and, where markup says nothing, its text."""
    elements = [*reversed(run.wrappers), run.container, *_ancestors(run.container, article)]
    names = [(element.name, words(element)) for element in elements]
    text = run.text.strip()
    by_text = kind_from_text(text)
    if any(marks & _CREDIT_WORDS for _, marks in names) or by_text == Kind.CREDIT:
        return Kind.CREDIT
    if any(tag == "figcaption" or marks & _CAPTION_WORDS for tag, marks in names):
        return Kind.CAPTION
    if any(tag == "blockquote" or marks & _QUOTE_WORDS for tag, marks in names):
        return Kind.QUOTE
    own = names[: len(run.wrappers) + 2]  # the run's elements and its parent, not the whole page
    if run.container.name in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return Kind.SUBHEAD
    if any(marks & _BYLINE_WORDS for _, marks in own) and len(text) <= _BYLINE_MAX:
        return Kind.BYLINE
    if (
        any(tag == "time" or marks & _DATELINE_WORDS for tag, marks in own)
        and len(text) <= _BYLINE_MAX
        and _DATED_RE.search(text)
    ):
        return Kind.DATELINE
    if by_text == Kind.BYLINE:
        return Kind.BYLINE
    if any(marks & _STANDFIRST_WORDS for _, marks in own) or any(
        marks & _SUMMARY_WORDS for _, marks in own[: len(run.wrappers) + 1]
    ):
        return Kind.STANDFIRST
    if any(tag in ("li", "dt", "dd") for tag, _ in names):
        return Kind.LIST_ITEM
    return Kind.BODY


def _ancestors(element: Element, stop: Element | None) -> Iterable[Element]:
    for node in element.ancestors():
        if node is stop or node.name in ("body", "html", "#document", "article", "main"):
            break
        yield node
