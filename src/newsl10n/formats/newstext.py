"""News blocks told apart by their words, where the markup says nothing: credits and bylines.

The forms plain text is read with (:mod:`newsl10n.credits`: "Image credit: ...", "Jane Doe/AP", "Via
Engadget", "Jane Doe, The Washington Post") count in HTML and Markdown too, with two broader forms a block of
its own allows: a credit label at the start ("Photos by ...", "Source: ...") and a short "By"/"From" line.
"""

from __future__ import annotations

import re

from newsl10n.credits import is_byline, is_credit
from newsl10n.model import Kind

_CREDIT_RE = re.compile(
    r"\(?\s*(?:reporting|writing|additional reporting|editing|edited|compiled|photo|photos|photograph|image|"
    r"video|graphic|credit|source)s?\s*(?:by\b|:)",
    re.IGNORECASE,
)
_BYLINE_RE = re.compile(r"(?:by|from)\s+\S", re.IGNORECASE)
_BYLINE_MAX = 80


def kind_from_text(text: str) -> Kind | None:
    """CREDIT for "(Reporting by ...)" and "Photo: ...", BYLINE for a short "By Anna Reed"; else None."""
    text = text.strip()
    if _CREDIT_RE.match(text):
        return Kind.CREDIT
    if (_BYLINE_RE.match(text) and len(text) <= _BYLINE_MAX and not text.endswith(".")) or is_byline(text):
        return Kind.BYLINE  # "By Jane Doe, CNN" is the byline, though "Jane Doe, CNN" alone is a photo credit
    if is_credit(text):
        return Kind.CREDIT
    return None
