"""Where terms occur: in the English source (whole words, case-sensitive) and in a target.

Case-sensitive whole-word matching is what keeps a "patriot" (a person) from being the Patriot system.
Every English variant of a glossary goes into one Aho–Corasick automaton, so finding the terms of a
sentence costs one pass over it whatever the size of the glossary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import ahocorasick

from newsl10n.glossary.morphology import (
    CYRILLIC_RE,
    GERMAN_COMPOUND_MIN,
    base_lang,
    fold,
    form_test,
    german_adjective,
    needs_cyrillic,
)
from newsl10n.glossary.terms import Term
from newsl10n.text import match_view, words

# What a kept (do-not-translate) name may carry in a target: English/German endings or a hyphenated
# case ending (Patriot-ов is unusual, but it is the name).
KEPT_ENDINGS = ("", "s", "es", "'s", "’s", "n", "en")
APOSTROPHES = "'’"
# After a source variant: Kyiv's, Kyiv’s, the Kyivs' and Kyivs; tried in this order, the first that
# ends on a word boundary wins (the order a regex alternation would try them).
SOURCE_SUFFIXES = ("'s", "’s", "'", "’", "s", "")
# Sources whose matches an index keeps: every sentence of a big run, so that each target language's
# checker (run one language after another) finds the terms of a sentence once.
MATCHES_KEPT = 1 << 16


@dataclass(frozen=True)
class Occurrence:
    """One match of a term in the source: ``variant`` as listed in the glossary, and where it sits."""

    term_index: int
    variant: str
    start: int
    end: int


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _starts_word(text: str, start: int) -> bool:
    """Nothing word-like before: not Kyiv inside pro-Kyiv, o'Kyiv or AKyiv."""
    return start == 0 or not (_is_word_char(text[start - 1]) or text[start - 1] in "'’-")


def _word_end(text: str, end: int) -> int | None:
    """Where the match ends with its possessive or plural ending, or None when it runs into a word
    (Kyivsk) or a compound (Kyiv-based)."""
    for suffix in SOURCE_SUFFIXES:
        if not text.startswith(suffix, end):
            continue
        after = end + len(suffix)
        if suffix in APOSTROPHES and after < len(text) and _is_word_char(text[after]):
            continue  # an apostrophe that starts a word is no possessive
        if after == len(text):
            return after
        following = text[after]
        if _is_word_char(following):
            continue
        if following == "-" and after + 1 < len(text) and _is_word_char(text[after + 1]):
            continue
        return after
    return None


def normalized(variant: str) -> str:
    """The form a variant is matched in: whitespace runs as one space (as :func:`match_view` gives)."""
    return " ".join(variant.split())


class SourceIndex:
    """Every English variant of a list of terms, in one automaton; finds whole-word matches."""

    def __init__(self, terms: Sequence[Term]) -> None:
        self.automaton = ahocorasick.Automaton()
        entries: dict[str, list[tuple[int, str]]] = {}
        for position, term in enumerate(terms):
            for variant in term.sources:
                key = normalized(variant)
                if key:
                    entries.setdefault(key, []).append((position, variant))
        for key, found in entries.items():
            self.automaton.add_word(key, (len(key), tuple(found)))
        self.empty = not entries
        if not self.empty:
            self.automaton.make_automaton()
        self._found: dict[str, tuple[tuple[int, str, int, int], ...]] = {}  # oldest first

    def matches(self, text: str) -> list[tuple[int, str, int, int]]:
        """(term position, variant, start, end) of every whole-word match in ``text``, where start and
        end are offsets in ``text`` itself (invisible characters inside a term do not hide it).

        Kept per text: the same source is asked about by the checker of every target language."""
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = tuple(self._scan(text))
            if len(self._found) > MATCHES_KEPT:
                del self._found[next(iter(self._found))]
        return list(found)

    def _scan(self, text: str) -> list[tuple[int, str, int, int]]:
        if self.empty:
            return []
        view = match_view(text)
        found = []
        for last, (length, entries) in self.automaton.iter(view.text):
            start = last + 1 - length
            if not _starts_word(view.text, start):
                continue
            end = _word_end(view.text, last + 1)
            if end is None:
                continue
            original = view.span(start, end)
            found.extend((position, variant, *original) for position, variant in entries)
        return found

    def occurrences(self, text: str, index_of: Callable[[int], int | None]) -> list[Occurrence]:
        """Matches of the terms ``index_of`` knows (a checker's numbering), in source order; a match
        inside a longer one (Peskov in Dmitry Peskov) is dropped."""
        found = []
        for position, variant, start, end in self.matches(text):
            index = index_of(position)
            if index is not None:
                found.append(Occurrence(index, variant, start, end))
        found.sort(key=lambda occ: (occ.start, occ.start - occ.end, occ.term_index))
        kept: list[Occurrence] = []
        reach = -1
        for occ in found:
            if kept and occ.end <= reach:
                continue  # inside an earlier, longer (or equal) match
            kept.append(occ)
            reach = max(reach, occ.end)
        return kept


# -- targets ----------------------------------------------------------------------------------------


def kept_word(word: str, expected: str, lang: str = "") -> bool:
    """A do-not-translate name as written, with an ending a target language may give it, also as a part
    of a hyphenated compound (NATO-Staaten, Anti-NATO-Proteste) and, in German, at the end of a closed
    one (Ostukraine) when the name is long enough not to hide inside another word, and as its -isch
    adjective (ukrainische Truppen)."""
    if _kept_as_written(word, expected):
        return True
    if "-" in word and any(_kept_as_written(part, expected) for part in word.split("-")):
        return True
    if base_lang(lang) != "de" or len(expected) < GERMAN_COMPOUND_MIN:
        return False
    compound = len(word) > len(expected) and word.endswith(expected[:1].lower() + expected[1:])
    return compound or german_adjective(fold(word), fold(expected))


def _kept_as_written(word: str, expected: str) -> bool:
    return word.startswith(expected) and (
        word[len(expected) :] in KEPT_ENDINGS or word[len(expected) : len(expected) + 1] == "-"
    )


class TargetWords:
    """The words of a plain target, folded once for every term that looks for its forms in them."""

    def __init__(self, text: str, matches: Sequence[re.Match[str]]) -> None:
        self.words = [match.group() for match in matches]
        self.cyrillic = bool(CYRILLIC_RE.search(text))

    @cached_property
    def folded(self) -> list[str]:
        return [fold(word) for word in self.words]

    @cached_property
    def folded_parts(self) -> list[list[str]]:
        """The parts of each hyphenated word, folded (EU-Sanktionen: eu, sanktionen); none for others."""
        return [word.split("-") if "-" in word else [] for word in self.folded]

    def kept_spans(self, patterns: Sequence[Sequence[str]], lang: str = "") -> list[tuple[int, int]]:
        """Where a do-not-translate name stands as written (with an ending, see :func:`kept_word`)."""
        return self._spans(patterns, lambda index, expected: kept_word(self.words[index], expected, lang))

    def translated_spans(self, patterns: Sequence[Sequence[str]], lang: str) -> list[tuple[int, int]]:
        """Where a translated term stands in any of its forms (lemma match: any case and number), also as
        a part of a hyphenated compound (EU-Sanktionen, UN-Sondergesandte)."""
        usable = [p for p in patterns if self.cyrillic or not any(needs_cyrillic(e, lang) for e in p)]
        tests = {expected: form_test(expected, lang) for pattern in usable for expected in pattern}

        def accepts(index: int, expected: str) -> bool:
            test = tests[expected]
            return test(self.folded[index]) or any(map(test, self.folded_parts[index]))

        return self._spans(usable, accepts)

    def _spans(
        self, patterns: Sequence[Sequence[str]], accepts: Callable[[int, str], bool]
    ) -> list[tuple[int, int]]:
        """Word spans (first, last) where every word of one of ``patterns`` is accepted; a span inside a
        longer accepted span counts once."""
        spans: set[tuple[int, int]] = set()
        for pattern in patterns:
            size = len(pattern)
            for start in range(len(self.words) - size + 1):
                if all(accepts(start + i, expected) for i, expected in enumerate(pattern)):
                    spans.add((start, start + size - 1))
        return sorted(s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans))


@lru_cache(maxsize=65536)
def word_pattern(text: str) -> tuple[str, ...]:
    """The words of a glossary spelling (kept: every language's checker asks for the same ones)."""
    return tuple(match.group() for match in words(text))
