"""How alike two spellings of a name are, across scripts.

Both sides are reduced to a rough Latin sound skeleton (Киеве -> kieve, Kyjiw -> kiiv -> kiv) so that a
transliterated or foreign variant of a term scores high against the glossary form, whatever the script.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "e", "э": "e",
        "ж": "z", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "ы": "i", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c",
        "ч": "c", "ш": "s", "щ": "s", "ъ": "", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "",
    }
)  # fmt: skip
LATIN_DIGRAPHS = [
    ("shch", "s"), ("sch", "s"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("kh", "h"), ("ts", "c"),
    ("tz", "c"), ("ck", "k"), ("w", "v"), ("y", "i"), ("j", "i"), ("x", "ks"), ("q", "k"), ("ß", "s"),
    ("ä", "e"), ("ö", "o"), ("ü", "u"),
]  # fmt: skip
REPEATS = re.compile(r"(.)\1+")
THRESHOLD = 0.75


def skeleton(text: str) -> str:
    """Lowercase Latin sound skeleton of ``text``: digraphs folded, doubled letters collapsed."""
    latin = text.lower().translate(CYRILLIC)
    for digraph, letter in LATIN_DIGRAPHS:
        latin = latin.replace(digraph, letter)
    latin = re.sub(r"[^a-z ]+", "", latin)
    return REPEATS.sub(r"\1", latin)


def similarity(a: str, b: str) -> float:
    """0..1: how alike ``a`` and ``b`` sound, e.g. Киеве/Kiev 0.89, Пэтриот/Patriot 0.86."""
    left, right = skeleton(a), skeleton(b)
    if not left or not right:
        return 0.0
    return SequenceMatcher(None, left, right, autojunk=False).ratio()


def best_similarity(text: str, references: list[str]) -> float:
    return max((similarity(text, reference) for reference in references), default=0.0)
