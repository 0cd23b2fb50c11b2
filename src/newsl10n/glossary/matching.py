"""Where terms occur: in the English source (whole words, case-sensitive) and in a target.

Case-sensitive whole-word matching is what keeps a "patriot" (a person) from being the Patriot system.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsl10n.glossary.morphology import accepts
from newsl10n.glossary.terms import Term
from newsl10n.text import words

# What a kept (do-not-translate) name may carry in a target: English/German endings or a hyphenated
# case ending (Patriot-ов is unusual, but it is the name).
KEPT_ENDINGS = ("", "s", "es", "'s", "’s", "n", "en")


@dataclass(frozen=True)
class Occurrence:
    """One match of a term in the source: ``variant`` as listed in the glossary, and where it sits."""

    term_index: int
    variant: str
    start: int
    end: int


@lru_cache(maxsize=1024)
def source_pattern(variant: str) -> re.Pattern[str]:
    """``Kyiv`` also matches Kyiv's, Kyiv’s and Kyivs, but not Kyiv-based or pro-Kyiv (compounds)."""
    body = r"\s+".join(re.escape(part) for part in variant.split())
    return re.compile(rf"(?<![\w'’-]){body}(?:['’]s|['’](?!\w)|s)?(?!\w|-\w)")


def find_occurrences(source: str, terms: list[Term]) -> list[Occurrence]:
    """Term matches in source order; a match inside a longer one (Peskov in Dmitry Peskov) is dropped."""
    found = [
        Occurrence(index, variant, match.start(), match.end())
        for index, term in enumerate(terms)
        for variant in term.sources
        for match in source_pattern(variant).finditer(source)
    ]
    found.sort(key=lambda occ: (occ.start, occ.start - occ.end))
    kept: list[Occurrence] = []
    for occ in found:
        if not any(other.start <= occ.start and occ.end <= other.end for other in kept):
            kept.append(occ)
    return kept


def _kept_word(word: str, expected: str) -> bool:
    return word.startswith(expected) and (
        word[len(expected) :] in KEPT_ENDINGS or word[len(expected) : len(expected) + 1] == "-"
    )


def _matches(target_words: list[str], start: int, pattern: list[str], lang: str, kept: bool) -> bool:
    for offset, expected in enumerate(pattern):
        word = target_words[start + offset]
        if kept:
            if not _kept_word(word, expected):
                return False
        elif not accepts(word, expected, lang):
            return False
    return True


def target_spans(target_words: list[str], term: Term, lang: str) -> list[tuple[int, int]]:
    """Word spans (first, last) of ``target_words`` that are an accepted form of the term in ``lang``.

    Translated terms are recognised by lemma (any case and number); kept names must appear as written.
    """
    kept = term.keeps_source(lang)
    variants = (*term.rule(lang), *term.sources) if kept else term.rule(lang)
    spans: set[tuple[int, int]] = set()
    for variant in variants:
        pattern = [match.group() for match in words(variant)]
        if not pattern:
            continue
        for start in range(len(target_words) - len(pattern) + 1):
            if _matches(target_words, start, pattern, lang, kept):
                spans.add((start, start + len(pattern) - 1))
    # A span inside a longer accepted span counts once.
    return sorted(s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans))
