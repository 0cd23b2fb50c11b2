"""Is a machine translation worth showing a translator, and how sure was the model?

A model can fail without an error: it returns nothing, only punctuation, the English sentence
unchanged, or the same few words over and over. Such output is worse than an empty entry (it
looks translated), so :func:`rejection` names what is wrong with it and the engine leaves the unit
empty with that reason as a problem.

:func:`confidence` turns CTranslate2's hypothesis score into the model's geometric-mean token
probability (0..1), and :func:`least_confident` picks the units a reviewer should read first.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable

from newsl10n.model import Segment

# A copy of the source is a failure only for a real sentence: short units (names, "NATO",
# "iPhone 15", a dateline) often stay as they are in a translation.
MIN_COPIED_WORDS = 4
# A run of one unit repeated this many times in a row is a decoding loop, not prose.
MIN_REPEATS = 4
MIN_REPEATED_CHARS = 12

_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
# (unit)(unit)(unit)(unit)...: the shortest unit of 1..40 characters repeated MIN_REPEATS+ times.
_REPEATED = re.compile(rf"(.{{1,40}}?)\1{{{MIN_REPEATS - 1},}}", re.DOTALL)


def rejection(source: str, target: str) -> str | None:
    """Why ``target`` is not a usable translation of ``source``, in a few words, or None."""
    text = target.strip()
    if not text:
        return "the model returned nothing"
    if not any(_is_word_char(char) for char in text):
        return "the model returned only punctuation or symbols"
    if _normalized(text) == _normalized(source) and len(_WORD.findall(source)) >= MIN_COPIED_WORDS:
        return "the model returned the English source unchanged"
    loop = _repetition(text)
    if loop and not _repetition(source):
        return f"the model repeated {loop!r} over and over"
    return None


def confidence(score: float, output_tokens: int, length_penalty: float) -> float:
    """The geometric mean of the output tokens' probabilities, from CTranslate2's hypothesis score.

    CTranslate2 reports ``sum(log p) / length ** length_penalty``, where length counts the output
    tokens (a target prefix included) and the end-of-sentence token. Undoing the penalty and
    averaging gives ``exp(mean log p)``: 1 for a model sure of every token, near 0 for a guess.
    """
    length = max(1, output_tokens + 1)
    mean_log_prob = score * length**length_penalty / length
    return min(1.0, max(0.0, math.exp(mean_log_prob)))


def least_confident(segments: Iterable[Segment], count: int = 5) -> list[Segment]:
    """The machine translations with the lowest confidence, lowest first (for the run summary)."""
    scored = [
        segment
        for segment in segments
        if segment.provenance is not None and segment.provenance.confidence is not None and segment.target
    ]
    scored.sort(key=lambda segment: segment.provenance.confidence)  # type: ignore[union-attr]
    return scored[:count]


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in ("L", "N")


def _normalized(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _repetition(text: str) -> str:
    """The unit of the longest run of at least MIN_REPEATS repeats containing a letter, or ''."""
    best = ""
    best_length = 0
    for match in _REPEATED.finditer(text):
        unit = match.group(1)
        if len(match.group(0)) >= max(MIN_REPEATED_CHARS, best_length + 1) and any(
            char.isalpha() for char in unit
        ):
            best, best_length = unit.strip() or unit, len(match.group(0))
    return best
