"""Glossary data: one term per concept, with English variants and per-language targets.

Kept free of file formats and morphology so that CSV, TBX and the checker all share one model.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field


@dataclass
class Term:
    """One concept: English variants (the first is canonical) and accepted targets per language.

    The first target of a language is the one the desk uses; later ones are accepted alternatives.
    A target equal to an English variant means "do not translate".
    """

    sources: tuple[str, ...]
    targets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    note: str = ""

    @property
    def canonical(self) -> str:
        return self.sources[0]

    def rule(self, lang: str) -> tuple[str, ...]:
        """Accepted targets for ``lang`` (``de-AT`` falls back to ``de``); empty when no rule is set."""
        if lang in self.targets:
            return self.targets[lang]
        return self.targets.get(lang.split("-")[0].split("_")[0].lower(), ())

    def keeps_source(self, lang: str) -> bool:
        """A do-not-translate term: the desk keeps the English form in ``lang``."""
        rule = self.rule(lang)
        return bool(rule) and rule[0] in self.sources


class Glossary:
    """Terms in load order; a later term sharing an English variant overrides per language."""

    def __init__(self, terms: Iterable[Term] = ()) -> None:
        self.terms: list[Term] = []
        for term in terms:
            self.add(term)

    def add(self, term: Term) -> None:
        """Merge ``term`` into an earlier one sharing an English variant, else append it.

        Only the languages the new term sets (and its note, if any) override, so a small local file
        can correct one language of a shipped term without repeating the others.
        """
        for existing in self.terms:
            if set(existing.sources) & set(term.sources):
                existing.sources = tuple(dict.fromkeys(existing.sources + term.sources))
                existing.targets.update(term.targets)
                if term.note:
                    existing.note = term.note
                return
        self.terms.append(Term(tuple(term.sources), dict(term.targets), term.note))

    def extend(self, terms: Iterable[Term]) -> None:
        for term in terms:
            self.add(term)

    def languages(self) -> list[str]:
        """Target language codes in order of first appearance."""
        seen: dict[str, None] = {}
        for term in self.terms:
            for lang in term.targets:
                seen.setdefault(lang, None)
        return list(seen)

    def for_language(self, lang: str) -> list[Term]:
        return [term for term in self.terms if term.rule(lang)]

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)


def split_variants(cell: str) -> tuple[str, ...]:
    """``"Kyiv | Kiev"`` to ``("Kyiv", "Kiev")``; empty parts are returned as ``""`` for the caller to reject."""
    return tuple(part.strip() for part in cell.split("|"))
