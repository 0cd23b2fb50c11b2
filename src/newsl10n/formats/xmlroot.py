"""Which XML document a file is, by its first element: told before any format is loaded."""

from __future__ import annotations

import re

# The root elements (namespace prefix aside) of IPTC's news documents: NITF, a NewsML-G2 item or message, and
# NewsML 1's document.
NEWS_ROOTS = frozenset(("nitf", "newsitem", "newsmessage", "newsml"))
_PROLOG_RE = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)", re.S | re.I)
_ROOT_RE = re.compile(r"\s*<(?:[\w.-]+:)?([A-Za-z][\w.-]*)")


def root_name(text: str) -> str:
    """The local name of the first element, lower case, after the XML declaration, comments and doctype;
    "" when the text opens with no element."""
    position = 0
    while (prolog := _PROLOG_RE.match(text, position)) is not None and prolog.end() > position:
        position = prolog.end()
    found = _ROOT_RE.match(text, position)
    return found.group(1).lower() if found else ""


def is_news_xml(text: str) -> bool:
    """Whether the text is a NITF document, a NewsML-G2 item or message, or a NewsML 1 document."""
    return root_name(text) in NEWS_ROOTS
