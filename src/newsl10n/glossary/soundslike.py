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

from dataclasses import dataclass
from functools import lru_cache

from newsl10n.glossary.similarity import THRESHOLD, skeleton, skeleton_similarity
from newsl10n.glossary.terms import Term
from newsl10n.text import words


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

    def __init__(self, term: Term, lang: str) -> None:
        references = [*term.sources, *(t for targets in term.targets.values() for t in targets)]
        spellings = [Spelling.of(reference) for reference in references]
        self.spellings = [s for s in dict.fromkeys(spellings) if s.skeleton]
        self.abbreviations = any(s.abbreviation_letters for s in self.spellings)
        self.sizes = sorted({len(words(target)) for target in term.rule(lang)})
        # A translated proper noun replaces a capitalised word; a kept name may be any word.
        self.capitalised = not term.keeps_source(lang) and term.rule(lang)[0][:1].isupper()

    def score(self, text: str) -> float:
        """How much ``text`` sounds like the term: the best similarity to a spelling it could be, or 0.0
        when below :data:`THRESHOLD`."""
        text_skeleton = skeleton(text)
        if not text_skeleton:
            return 0.0
        letters = _letters(text) if self.abbreviations else 0
        best = 0.0
        for spelling in self.spellings:
            if not spelling.abbreviation_letters or spelling.could_be(text, letters):
                score = skeleton_similarity(text_skeleton, spelling.skeleton, THRESHOLD)
                best = max(best, score)
        return best

    def spans(self, target: str, matches: list, claimed: set[int]) -> list[tuple[int, int]]:
        """Unclaimed word spans (first, last) of ``target`` that sound like the term, best first."""
        scored: list[tuple[float, int, int]] = []
        for size in self.sizes:
            for first in range(len(matches) - size + 1):
                last = first + size - 1
                if self.capitalised and not matches[first].group()[:1].isupper():
                    continue
                if any(index in claimed for index in range(first, last + 1)):
                    continue
                score = self.score(target[matches[first].start() : matches[last].end()])
                if score >= THRESHOLD:
                    scored.append((score, first, last))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [(first, last) for _, first, last in scored]


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text))
