"""Finding the most similar sentence among many: an inverted index of words, rapidfuzz on a few candidates.

Scoring every stored sentence against a query costs time in proportion to the memory's size. Instead each
sentence is filed under its words. A sentence that is, say, 75% like the query keeps most of the query's
words, so it shares at least one of the query's rarest words (the *prefix filter* of similarity joins).
The lists of the rarest words are read, about :data:`POSTINGS_BUDGET` postings in all; the sentences on
them are ranked by the words they share, rarer words weighing more (numpy does the counting), then by how
close their length is to the query's (an edited sentence keeps its length); the best
:data:`CANDIDATES` whose length can reach the threshold at all are scored with rapidfuzz's ``ratio`` (the
normalized Indel similarity difflib's ``ratio`` approximates). When even the query's rarest words are
everywhere, the sentences that have two of its three rarest words are taken instead.

So a lookup costs about the same with a hundred sentences as with a hundred thousand. The price is a
heuristic: a match that shares none of the query's rarer words can be missed, and among near-equal
matches the best may lose to a close second. ``tests/test_tm_index.py`` compares the index with scoring
every sentence; ``benchmarks/bench_memory.py`` measures both at 100 to 100,000 sentences.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz

WORD_RE = re.compile(r"\w+")

# About this many postings are read per lookup: the rarest words' lists first, at least two of them
# (the most recent entries of a list longer than this).
POSTINGS_BUDGET = 1000
# At most this many candidates (the ones sharing the most rare words) are scored with rapidfuzz.
CANDIDATES = 24


class Hit(NamedTuple):
    """A stored sentence (by its number in the index) and its similarity to the query, 0..1."""

    number: int
    score: float


def index_keys(text: str) -> set[str]:
    """The words a sentence is filed under: lower-cased, each once."""
    return {word.lower() for word in WORD_RE.findall(text)}


def similarity(a: str, b: str, cutoff: float = 0.0) -> float:
    """How alike two sentences are, 0..1 (rapidfuzz ``ratio``); 0 when below ``cutoff``."""
    return fuzz.ratio(a, b, score_cutoff=cutoff * 100) / 100


def length_bounds(length: int, threshold: float) -> tuple[int, int]:
    """The lengths a sentence can have and still be ``threshold`` alike a sentence of ``length``.

    ``ratio = 2·common / (len_a + len_b) <= 2·min / (len_a + len_b)``, which bounds the other length.
    """
    if threshold <= 0:
        return 0, math.inf  # type: ignore[return-value]
    low = math.ceil(length * threshold / (2 - threshold) - 1e-9)
    high = math.floor(length * (2 - threshold) / threshold + 1e-9)
    return low, high


class FuzzyIndex:
    """Sentences numbered in the order they were added, searchable by similarity."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self._texts: list[str] = []
        self._lengths: list[int] = []
        self._postings: dict[str, list[int]] = {}
        # numpy copies of what a search read (postings, lengths), made on first use
        self._arrays: dict[str, np.ndarray] = {}
        self._length_array = np.zeros(0, dtype=np.int32)
        for text in texts:
            self.add(text)

    def __len__(self) -> int:
        return len(self._texts)

    def __getitem__(self, number: int) -> str:
        return self._texts[number]

    def add(self, text: str) -> int:
        """File ``text`` under its words; returns its number."""
        number = len(self._texts)
        self._texts.append(text)
        self._lengths.append(len(text))
        postings = self._postings
        for key in index_keys(text):
            found = postings.get(key)
            if found is None:
                postings[key] = [number]
            else:
                found.append(number)
        return number

    def best(self, query: str, threshold: float) -> Hit | None:
        """The stored sentence most like ``query`` with a score of at least ``threshold`` (ties: the first added)."""
        hits = self.search(query, threshold, limit=1)
        return hits[0] if hits else None

    def search(self, query: str, threshold: float, limit: int = 5) -> list[Hit]:
        """Up to ``limit`` stored sentences at least ``threshold`` alike ``query``, best first."""
        cutoff = threshold * 100
        hits = []
        for number in sorted(self._candidates(query, threshold)):
            score = fuzz.ratio(query, self._texts[number], score_cutoff=cutoff)
            if score:
                hits.append(Hit(number, score / 100))
        hits.sort(key=lambda hit: (-hit.score, hit.number))
        return hits[:limit]

    def _candidates(self, query: str, threshold: float) -> list[int]:
        """The few stored sentences worth scoring: sharing the query's rarest words, of a length that fits."""
        postings = self._postings
        ranked = sorted(index_keys(query), key=lambda key: (len(postings.get(key, ())), key))
        # A sentence sharing at least a fraction `shared` of the query's words shares one of these.
        shared = max(0.0, 2 * threshold - 1)
        probe = len(ranked) - math.ceil(len(ranked) * shared) + 1
        known = [key for key in ranked[:probe] if key in postings]
        if not known:
            return []
        if len(postings[known[0]]) > POSTINGS_BUDGET and len(known) >= 3:
            lists, weights = self._sharing_two_of(known[:3])
        else:
            lists, weights = self._rarest_lists(known)
        numbers, where = np.unique(np.concatenate(lists), return_inverse=True)
        shares = np.bincount(where, weights=np.repeat(weights, [len(found) for found in lists]))
        low, high = length_bounds(len(query), threshold)
        lengths = self._lengths_array()[numbers]
        fits = (lengths >= low) & (lengths <= high)
        numbers, shares = numbers[fits], shares[fits]
        if len(numbers) > CANDIDATES:
            # the largest weighted shares; among equals the closest in length (an edited sentence keeps
            # its length), then the sentences added first
            order = np.lexsort((numbers, np.abs(lengths[fits] - len(query)), -shares))[:CANDIDATES]
            numbers = numbers[order]
        return numbers.tolist()

    def _rarest_lists(self, keys: list[str]) -> tuple[list[np.ndarray], list[float]]:
        """The postings of the rarest words, at least two lists, about POSTINGS_BUDGET in all, with weights."""
        lists: list[np.ndarray] = []
        weights: list[float] = []
        read = 0
        for key in keys:
            count = len(self._postings[key])
            if read + count > POSTINGS_BUDGET and len(lists) >= 2:
                break
            found = self._postings_array(key)[-POSTINGS_BUDGET:]  # a word that is everywhere: its latest uses
            lists.append(found)
            weights.append(math.log(1 + len(self._texts) / count))  # rarer words weigh more
            read += len(found)
        return lists, weights

    def _sharing_two_of(self, keys: list[str]) -> tuple[list[np.ndarray], list[float]]:
        """When even the rarest words are everywhere: the sentences that have two of the three rarest.

        A sentence edited by a word or two keeps at least two of them, and few sentences do by chance.
        """
        arrays = [self._postings_array(key) for key in keys]
        pairs = [(0, 1), (0, 2), (1, 2)]
        lists = [
            np.intersect1d(arrays[a], arrays[b], assume_unique=True)[-POSTINGS_BUDGET:] for a, b in pairs
        ]
        return lists, [1.0] * len(lists)

    def _postings_array(self, key: str) -> np.ndarray:
        found = self._postings[key]
        array = self._arrays.get(key)
        if array is None or len(array) != len(found):
            array = self._arrays[key] = np.array(found, dtype=np.int32)
        return array

    def _lengths_array(self) -> np.ndarray:
        if len(self._length_array) != len(self._lengths):
            self._length_array = np.array(self._lengths, dtype=np.int32)
        return self._length_array
