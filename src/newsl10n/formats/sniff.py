"""What a data file is, told by a look at it before any format is loaded: an XML document by its first element, a
JSON document by its keys, a wire transmission by its control characters."""

from __future__ import annotations

import json
import re

# The root elements (namespace prefix aside) of IPTC's news documents: NITF, a NewsML-G2 item or message, and
# NewsML 1's document; and AP's own <Publication> (APPL), which carries NITF the same way.
NEWS_ROOTS = frozenset(("nitf", "newsitem", "newsmessage", "newsml", "publication"))
_AP_PUBLICATION_RE = re.compile(r"<(?:[\w.-]+:)?Publication\b[^>]*ap\.org/schemas/[^>]*appl", re.I)
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
    """Whether the text is a NITF document, a NewsML-G2 item or message, a NewsML 1 document, or an AP Publication
    (whose generic root name counts only with AP's namespace)."""
    root = root_name(text)
    if root == "publication":
        return _AP_PUBLICATION_RE.search(text, 0, 4000) is not None
    return root in NEWS_ROOTS


# Keys only a ninjs item (IPTC's news in JSON) has among them: its story's text, in ninjs 1 or 2.
_NINJS_TEXT_KEYS = frozenset(("body_html", "body_text", "bodies", "headlines", "description_html"))
_NINJS_ID_KEYS = frozenset(("guid", "uri"))


def is_ninjs(text: str) -> bool:
    """Whether the text is a ninjs item: a JSON object with a story body or headlines, or a headline and an
    agency's id."""
    if not text.lstrip().startswith("{"):
        return False
    try:
        item = json.loads(text)
    except (ValueError, RecursionError):
        return False
    if not isinstance(item, dict):
        return False
    return bool(_NINJS_TEXT_KEYS & item.keys()) or ("headline" in item and bool(_NINJS_ID_KEYS & item.keys()))


START_OF_TEXT = "\x02"
# An ANPA 1312 transmission opens with SYN characters and SOH (start of heading), or with SOH alone.
_ANPA_FRAME_RE = re.compile(r"\A\x16*\x01")
_ANPA_REACH = 2000  # where its header ends and STX opens the story


def is_anpa(text: str) -> bool:
    """Whether the text is an ANPA 1312 transmission (a wire's legacy feed): it opens with SOH, then STX."""
    return _ANPA_FRAME_RE.match(text) is not None and START_OF_TEXT in text[:_ANPA_REACH]
