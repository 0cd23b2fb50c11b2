"""Small text helpers shared by the stages, so they all agree on what a 'word' is."""

from __future__ import annotations

import re

WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")


def words(text: str) -> list[re.Match[str]]:
    """The words of ``text`` with their offsets; alignments index into this list."""
    return list(WORD_RE.finditer(text))
