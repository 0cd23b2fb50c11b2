"""How alike two spellings of a name are, across scripts.

Both sides are reduced to a rough Latin sound skeleton (Киеве -> kieve, Kyjiw -> kiiv -> kiv) so that a
transliterated or foreign variant of a term scores high against the glossary form, whatever the script.
Skeletons are cached (a run sees the same words and terms again and again) and compared with
difflib's Ratcliff/Obershelp ratio, the measure the threshold was tuned on. rapidfuzz's Indel
similarity (twice the longest common subsequence over the total length) is never lower than that
ratio, so it rules out a hopeless pair first, in C, and difflib runs only on the few that remain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import groupby

from rapidfuzz.distance import Indel

CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "e", "э": "e",
        "ж": "z", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "ы": "i", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c",
        "ч": "c", "ш": "s", "щ": "s", "ъ": "", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "",
    }
)  # fmt: skip
# Applied in this order (ts -> c before ck -> k: Kyivtsk and Kyivck sound alike); the single letters
# last, in one pass, since nothing after them looks at their output.
LATIN_DIGRAPHS = [
    ("shch", "s"), ("sch", "s"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("kh", "h"), ("ts", "c"),
    ("tz", "c"), ("ck", "k"),
]  # fmt: skip
LATIN_LETTERS = str.maketrans(
    {"w": "v", "y": "i", "j": "i", "x": "ks", "q": "k", "ß": "s", "ä": "e", "ö": "o", "ü": "u"}
)
NOT_SKELETON = re.compile(r"[^a-z ]+")
THRESHOLD = 0.75


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """Lowercase Latin sound skeleton of ``text``: digraphs folded, doubled letters (and spaces) collapsed."""
    latin = text.lower().translate(CYRILLIC)
    for digraph, letter in LATIN_DIGRAPHS:
        if digraph in latin:
            latin = latin.replace(digraph, letter)
    return "".join(letter for letter, _ in groupby(NOT_SKELETON.sub("", latin.translate(LATIN_LETTERS))))


def similarity(a: str, b: str) -> float:
    """0..1: how alike ``a`` and ``b`` sound, e.g. Киеве/Kiev 0.89, Пэтриот/Patriot 0.86."""
    return skeleton_similarity(skeleton(a), skeleton(b))


def skeleton_similarity(left: str, right: str, cutoff: float = 0.0) -> float:
    """:func:`similarity` of two skeletons; 0.0 when below ``cutoff``."""
    if not left or not right:
        return 0.0
    if cutoff and not Indel.normalized_similarity(left, right, score_cutoff=cutoff - 1e-9):
        return 0.0  # the longest common subsequence is too short already: the ratio cannot reach it
    ratio = _ratio(left, right)
    return ratio if ratio >= cutoff else 0.0


@lru_cache(maxsize=65536)
def _ratio(left: str, right: str) -> float:
    return SequenceMatcher(None, left, right, autojunk=False).ratio()


def best_similarity(text: str, references: Sequence[str]) -> float:
    """The highest :func:`similarity` of ``text`` to any of ``references``."""
    text_skeleton = skeleton(text)
    return max((skeleton_similarity(text_skeleton, skeleton(r)) for r in references), default=0.0)
