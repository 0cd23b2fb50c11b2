"""Labels that news sites share: "Privacy Policy", "Most Popular", "Sign in", "Breaking News".

Sites are built from a few content systems and widget vendors, so the words of their menus, footers, forms
and section fronts recur from site to site. ``page_labels.txt`` lists lines found alone on at least four
different sites among about 1,200 saved English news pages (see benchmarks/mine_page_labels.py for how the
list was made and curated). A line of an article is rarely one of them; those that can be (a place as a
dateline, "By" or "AP" of a split byline, a report's own "Summary" or "Background") were taken out by hand,
and :mod:`newsl10n.furniture` drops a listed line only outside the article's prose or next to other furniture.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

_DIGITS_RE = re.compile(r"\d+")
_EDGE_MARKS = " .:|-–—•·»›>*"
MAX_LABEL_WORDS = 10


def label_key(text: str) -> str:
    """The form a label is listed in: lower case, one space between words, no marks at the ends."""
    key = _DIGITS_RE.sub("#", text.lower().replace("’", "'"))
    return " ".join(key.split()).strip(_EDGE_MARKS)


@cache
def _labels() -> frozenset[str]:
    listing = files("newsl10n").joinpath("page_labels.txt").read_text(encoding="utf-8")
    return frozenset(line for line in listing.splitlines() if line and not line.startswith("#"))


def is_page_label(text: str) -> bool:
    """A line many sites carry alone as a menu item, footer link, form label or section name."""
    return len(text.split()) <= MAX_LABEL_WORDS and label_key(text) in _labels()
