"""News blocks told apart by their words, where the markup says nothing: credits and bylines."""

from __future__ import annotations

import re

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
    if _BYLINE_RE.match(text) and len(text) <= _BYLINE_MAX and not text.endswith("."):
        return Kind.BYLINE
    return None
