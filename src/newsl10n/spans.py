"""The one finder of text no rule may touch: URLs, e-mails, dates, times, ordinals, versions.

Each rule runs on text where these are masked, so "2022-12-13" never loses its hyphens to the dash
rule and "v1.2.3" never becomes "v1,2,3".
"""

from __future__ import annotations

import re

URL_RE = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"«»“”„]+[^\s<>\"«»“”„.,;:!?)\]'’]")
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_PROTECTED = [
    URL_RE,
    EMAIL_RE,
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),  # 2022-12-13
    re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"),  # 13.12.2022, 12/13/22
    re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?\b"),  # Dec 13, 2022
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?:,?\s+\d{{4}})?\b"),  # 13 December
    re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\B|[ap]m\b)", re.IGNORECASE),  # 9.30 a.m.
    re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b"),  # 10:30
    re.compile(r"\b\d{1,2}\s*(?:[ap]\.m\.\B|[ap]m\b)", re.IGNORECASE),  # 9 a.m.
    re.compile(r"\b\d+(?:st|nd|rd|th)\b"),  # 21st
    re.compile(r"\b\d+-[а-яёіїєґ]{1,3}\b", re.IGNORECASE),  # 21-й, 1980-х, 5-ти
    re.compile(r"\bv?\d+(?:\.\d+){2,}\b"),  # 3.11.2
    re.compile(r"\bv\d+(?:\.\d+)*\b"),  # v2, v2.1
]

_MASK_BASE = 0xE000  # Unicode private use area: never a word, digit, space or quote


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) offsets of everything that must stay as it is."""
    spans = sorted((m.start(), m.end()) for rx in _PROTECTED for m in rx.finditer(text))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mask(text: str) -> tuple[str, list[str]]:
    """``text`` with each protected span replaced by one private-use character, and the spans."""
    if any(_MASK_BASE <= ord(ch) < _MASK_BASE + 0x1000 for ch in text):
        return text, []  # already holds private-use characters: masking could not be undone safely
    parts: list[str] = []
    originals: list[str] = []
    last = 0
    for start, end in protected_spans(text):
        parts.append(text[last:start])
        parts.append(chr(_MASK_BASE + len(originals)))
        originals.append(text[start:end])
        last = end
    parts.append(text[last:])
    return "".join(parts), originals


def unmask(text: str, originals: list[str]) -> str:
    if not originals:
        return text
    return re.sub(
        rf"[{chr(_MASK_BASE)}-{chr(_MASK_BASE + len(originals) - 1)}]",
        lambda m: originals[ord(m.group()) - _MASK_BASE],
        text,
    )
