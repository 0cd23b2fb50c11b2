"""Typographic marks written as named entities, where the source writes its own so (&mdash;, &ldquo;).

The locale stage gives a translation the language's dashes, quotes and ellipsis as characters. A source
that names its marks as HTML entities is written in that style: the translation's marks named too.
"""

from __future__ import annotations

import re
from html.entities import codepoint2name

# The marks the locale stage writes, each with an HTML entity name.
TYPOGRAPHY = "–—„“”‚‘’«»‹›…"
NAMED = {mark: f"&{codepoint2name[ord(mark)]};" for mark in TYPOGRAPHY}
_NAMED_MARK_RE = re.compile("|".join(re.escape(entity) for entity in NAMED.values()))


def names_its_marks(source: str) -> bool:
    """Whether a stretch of source writes one of these marks as its named entity."""
    return _NAMED_MARK_RE.search(source) is not None


def named_marks(text: str) -> str:
    """``text`` with each of these marks written as its named entity."""
    return text.translate({ord(mark): entity for mark, entity in NAMED.items()})
