"""Invisible and control characters: taken out of source text, and said so.

A zero-width space inside "Ky\u200biv" hides the term from the glossary and memory; a paragraph of them
becomes a PO entry nobody can see. Format characters (Unicode category Cf: zero-width spaces and joiners,
word joiners, byte-order marks, soft hyphens, bidi marks) and control characters other than tab and
newline carry no meaning in English news copy. The one exception kept is a zero-width joiner between two
symbols, which is how emoji sequences are written.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

_KEEP_CONTROLS = "\t\n\r"


def _invisible(text: str, index: int) -> bool:
    char = text[index]
    category = unicodedata.category(char)
    if category == "Cc":
        return char not in _KEEP_CONTROLS
    if category != "Cf":
        return False
    if char == "\u200d" and 0 < index < len(text) - 1:  # ZWJ inside an emoji sequence
        return not (
            unicodedata.category(text[index - 1]) == "So" or unicodedata.category(text[index + 1]) == "So"
        )
    return True


def clean(text: str) -> tuple[str, Counter[str]]:
    """``text`` without invisible characters, and how many of each were taken out (by Unicode name)."""
    if text.isascii() and text.isprintable():
        return text, Counter()
    removed: Counter[str] = Counter()
    kept: list[str] = []
    for index, char in enumerate(text):
        if _invisible(text, index):
            removed[unicodedata.name(char, f"U+{ord(char):04X}")] += 1
        else:
            kept.append(char)
    return "".join(kept), removed


def is_blank(text: str) -> bool:
    """Nothing a reader could see: only spaces and invisible characters."""
    return not clean(text)[0].strip()


def describe(removed: Counter[str]) -> str:
    """``3 ZERO WIDTH SPACE, 1 SOFT HYPHEN``."""
    return ", ".join(f"{count} {name}" for name, count in removed.most_common())
