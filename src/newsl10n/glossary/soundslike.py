"""Finding the target words that stand for a missing term because they sound like it.

Used only for a term the source has and the target lacks, when the alignment did not say where it
went: the model wrote Киеве for Київ, Пэтриот for Patriot. Each term's spellings are reduced to sound
skeletons once; a target word span is a candidate only when it could be the term at all (a proper
noun replaces a capitalised word, a span as long as one of its targets) and then scored (see
:mod:`newsl10n.glossary.similarity`: rapidfuzz rules out most pairs, difflib scores the rest).

Chance likenesses are refused by rule. An abbreviation (ООН, NATO) is spelled letter by letter, so a
short ordinary word (Он "he" against ООН: both sound "on") is no variant of it: a candidate for an
abbreviation must be written in capitals too, or have at least as many letters (Нато for НАТО).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Indel
from rapidfuzz.process import extract

from newsl10n.glossary.matching import word_pattern
from newsl10n.glossary.similarity import THRESHOLD, skeleton, skeleton_similarity
from newsl10n.glossary.terms import Term


@dataclass(frozen=True)
class Spelling:
    """One known spelling of a term, ready to compare: its sound skeleton and whether it is an
    abbreviation (how many letters it has, if so)."""

    skeleton: str
    abbreviation_letters: int  # 0: not an abbreviation

    @staticmethod
    @lru_cache(maxsize=65536)
    def of(text: str) -> Spelling:
        """The spelling ``text`` (kept: every language's checker asks for the same ones)."""
        letters = _letters(text) if text.isupper() else 0
        return Spelling(skeleton(text), letters if letters >= 2 else 0)

    def could_be(self, candidate: str, letters: int) -> bool:
        """Whether ``candidate`` may be compared with this spelling at all (see the module's rule)."""
        return not self.abbreviation_letters or candidate.isupper() or letters >= self.abbreviation_letters


class SoundsLike:
    """The sounds-like search for one term in one target language."""

    def __init__(self, term: Term, lang: str, spellings: list[Spelling] | None = None) -> None:
        self.spellings = spellings if spellings is not None else self.spellings_of(term)
        self.sizes = sorted({len(word_pattern(target)) for target in term.rule(lang)})
        # A translated proper noun replaces a capitalised word; a kept name may be any word.
        self.capitalised = not term.keeps_source(lang) and term.rule(lang)[0][:1].isupper()

    @staticmethod
    def spellings_of(term: Term) -> list[Spelling]:
        """The term's distinct spellings in every language: the same for each target language's search,
        so a caller searching several languages computes them once (see GlossaryChecker)."""
        unique: dict[tuple[str, int], Spelling] = {}
        for reference in (*term.sources, *(t for targets in term.targets.values() for t in targets)):
            spelling = Spelling.of(reference)
            if spelling.skeleton:
                unique.setdefault((spelling.skeleton, spelling.abbreviation_letters), spelling)
        return list(unique.values())

    def spans(self, candidates: Candidates, claimed: set[int]) -> list[tuple[int, int]]:
        """Unclaimed word spans (first, last) of the target that sound like the term, best first."""
        scored: list[tuple[float, int, int]] = []
        for size in self.sizes:
            spans, skeletons = candidates.of_size(size)
            best: dict[int, float] = {}
            for spelling in self.spellings:
                # rapidfuzz scans every span at once; only those it lets through get a closer look
                for _, _, index in extract(
                    spelling.skeleton,
                    skeletons,
                    scorer=Indel.normalized_similarity,
                    score_cutoff=THRESHOLD - 1e-9,
                    limit=None,
                ):
                    first, last, text = spans[index]
                    if self.capitalised and not text[:1].isupper():
                        continue
                    if not spelling.could_be(text, _letters(text)):
                        continue
                    score = skeleton_similarity(skeletons[index], spelling.skeleton, THRESHOLD)
                    if score > best.get(index, 0.0):
                        best[index] = score
            for index, score in best.items():
                first, last, _ = spans[index]
                if not any(word in claimed for word in range(first, last + 1)):
                    scored.append((score, first, last))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [(first, last) for _, first, last in scored]


SPACES = re.compile(" {2,}")


class Candidates:
    """The word spans of one target a missing term might have become, with their sound skeletons;
    made once per target, for every term it lacks."""

    def __init__(self, target: str, matches: list[re.Match[str]]) -> None:
        self.target = target
        self.matches = matches
        self._by_size: dict[int, tuple[list[tuple[int, int, str]], list[str]]] = {}

    def of_size(self, size: int) -> tuple[list[tuple[int, int, str]], list[str]]:
        """Spans of ``size`` words as (first, last, text), and their skeletons in the same order."""
        found = self._by_size.get(size)
        if found is None:
            matches, target = self.matches, self.target
            spans = [
                (first, first + size - 1, target[matches[first].start() : matches[first + size - 1].end()])
                for first in range(len(matches) - size + 1)
            ]
            found = self._by_size.setdefault(size, (spans, [self._skeleton(*span) for span in spans]))
        return found

    def _skeleton(self, first: int, last: int, text: str) -> str:
        # Words apart by one space: the skeleton is theirs joined (each word's is kept by skeleton()).
        if first == last:
            return skeleton(text)
        pieces = [match.group() for match in self.matches[first : last + 1]]
        if text != " ".join(pieces):
            return skeleton(text)
        return SPACES.sub(" ", " ".join(map(skeleton, pieces)))  # a word of digits leaves no sound


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text))
