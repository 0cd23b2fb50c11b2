"""Lines made only of a page's controls: its tool buttons and its navigation rows.

Sites word their furniture in their own way, but the words of the controls are few and shared by all
of them: a row of tools says "print", "e-mail", "comments", "font size", "back to top" and nothing
else, and a navigation bar is a run of short names set apart by bars or bullets. Recognizing the
vocabulary and the shape, rather than each site's sentence, is what carries to pages never seen.
"""

from __future__ import annotations

import re

from newsl10n.text import in_title_case

# The words of a page's tools, in any order ("Mail to a friend Print story Read later", "| Most Viewed |
# Most Emailed |", "Adjust Font Size:", "COMMENTS ON THIS ARTICLE", "Share Your Comments").
_TOOL_WORD_LIST = """
print printable printer friendly version email e-mail emails emailed mail share comment comments commenting
post posts font text size adjust rate rating read later save subscribe sign-up signup sign alerts
newsletters rss feeds digg del.icio.us most viewed popular searches return back top homepage home search
discussion discussions recent related latest headlines archives archive display edition epaper e-paper
mobile boards bookmark link links reprints reprint permissions licensing page story article single next
previous prev friend friends send reader readers view views write editor contact tools options report abuse typo
correction corrections more up about alert newsletter feed letter tweet pin like quote add recs permalink
trackback
"""
_TOOL_WORDS = frozenset(_TOOL_WORD_LIST.split())
# Words only a control says: one of them must be there, so "Readers back the editor" stays a headline.
_CONTROL_WORD_LIST = """
print printable printer email e-mail emails emailed mail share comment comments commenting font subscribe rss
feeds digg del.icio.us bookmark viewed homepage archives archive epaper e-paper reprints reprint permissions
licensing prev previous next typo tools discussion discussions newsletter newsletters alerts signup sign-up
tweet permalink trackback
"""
_CONTROL_WORDS = frozenset(_CONTROL_WORD_LIST.split())
_TO_TOP_RE = re.compile(r"^[|\s]*(?:back|return|go) to (?:the )?top(?: of (?:the )?page)?[|\s]*$", re.I)
# Words that join the tools' words and say nothing alone ("to", "this", "your"): a line of them only is none.
_JOINING_WORD_LIST = "a an the of on in for and & to your you our this it with at by from all now here us"
_JOINING_WORDS = frozenset(_JOINING_WORD_LIST.split())
_WORD_RE = re.compile(r"[^\W\d_][\w.'’-]*")
_CODE_RE = re.compile(r"[{}\[\]=_;\"]|\(\)|'\w")  # a snippet of code, not a row of buttons
_MAX_TOOL_WORDS = 12
_MAX_TOOL_CHARS = 90
_MIN_TOOL_WORDS = 2  # one word alone ("Comment", "Editor") is as often a subhead

# A navigation bar: "Football | Cricket | Rugby Union | ...", "| Home \\| About Us \\| Contact Us |".
_BAR_SEPARATOR_RE = re.compile(r"\s*\\?\|\s*|\s+•\s+")
_BAR_ITEMS = 5
_DASHED_ITEMS = 8
_BAR_ITEM_WORDS = 5
_BAR_ITEM_CHARS = 45


def is_page_tools(text: str) -> bool:
    """A short line of the page's tool buttons only: two or more tool words, one of them a control's own
    ("print", "comments", "next"), or the link back to the top; no sentence, no code."""
    if len(text) > _MAX_TOOL_CHARS or text.rstrip().endswith((".", "?")) or _CODE_RE.search(text):
        return False
    words = [word.lower().strip(".'’-") for word in _WORD_RE.findall(text)]
    if not words or len(words) > _MAX_TOOL_WORDS:
        return False
    tools = [word for word in words if word not in _JOINING_WORDS]
    if len(tools) < _MIN_TOOL_WORDS or not all(word in _TOOL_WORDS for word in tools):
        return False
    return _TO_TOP_RE.match(text) is not None or any(word in _CONTROL_WORDS for word in tools)


def is_navigation_row(text: str) -> bool:
    """A site's navigation bar on one line: five or more short names in Title Case, set apart by bars or
    bullets, however long the row, or eight or more set apart by dashes ("Education - Urdu News - Car Prices - ...";
    a headline and its site's name are two). A table's row ("| Pos | Player | Plays |") opens with its bar and
    holds figures; a title listing a page's letters ("Letters: Coddling criminals | Tax dollars") is in sentence
    case."""
    if "|" in text or "•" in text:
        # a table's row opens with its bar; a menu inside a table's cell keeps its bars escaped
        if text.startswith("|") and "\\|" not in text:
            return False
        items = [item.strip(" -»›>") for item in _BAR_SEPARATOR_RE.split(text)]
        least = _BAR_ITEMS
    elif " - " in text:
        items = text.split(" - ")
        least = _DASHED_ITEMS
    else:
        return False
    items = [item for item in items if item]
    if len(items) < least:
        return False
    short = all(len(item.split()) <= _BAR_ITEM_WORDS and len(item) <= _BAR_ITEM_CHARS for item in items)
    sentences = any(item.endswith((".", "!", "?")) and not item.endswith("...") for item in items)
    figures = sum(any(char.isdigit() for char in item) for item in items)
    title_case = sum(in_title_case(item.split()) for item in items)
    return short and not sentences and figures * 4 <= len(items) and title_case * 10 >= len(items) * 8
