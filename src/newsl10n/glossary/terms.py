"""Glossary data: one term per concept, with English variants and per-language targets.

Kept free of file formats and morphology so that CSV, TBX and the checker all share one model.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from newsl10n import invisible
from newsl10n.errors import UserError

if TYPE_CHECKING:
    from newsl10n.glossary.matching import SourceIndex

SPACES_RE = re.compile(r"\s+")
T = TypeVar("T")


@dataclass
class Term:
    """One concept: English variants (the first is canonical) and accepted targets per language.

    The first target of a language is the one the desk uses; later ones are accepted alternatives.
    A target equal to an English variant means "do not translate". ``where`` says where it was read
    (``news.csv, row 3``), for messages.
    """

    sources: tuple[str, ...]
    targets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    note: str = ""
    where: str = field(default="", compare=False, repr=False)

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
    """Terms in load order; a later term sharing an English variant overrides per language.

    Adding is linear: an index from each English variant to its term finds the one to merge into.
    What is built from the terms (the matcher over every English variant, each language's ordering)
    is built on first use and kept until a term is added: see :meth:`derived`.
    """

    def __init__(self, terms: Iterable[Term] = ()) -> None:
        self.terms: list[Term] = []
        self._by_source: dict[str, int] = {}
        self._derived: dict[Hashable, Any] = {}
        for term in terms:
            self.add(term)

    def add(self, term: Term) -> None:
        """Merge ``term`` into an earlier one sharing an English variant, else append it.

        Only the languages the new term sets (and its note, if any) override, so a small local file
        can correct one language of a shipped term without repeating the others.
        """
        self._derived.clear()
        shared = [self._by_source[source] for source in term.sources if source in self._by_source]
        if shared:
            position = min(shared)
            existing = self.terms[position]
            existing.sources = tuple(dict.fromkeys(existing.sources + term.sources))
            existing.targets.update(term.targets)
            if term.note:
                existing.note = term.note
        else:
            position = len(self.terms)
            self.terms.append(Term(tuple(term.sources), dict(term.targets), term.note, term.where))
        for source in term.sources:  # the first term holding a variant is the one later rows merge into
            self._by_source[source] = min(self._by_source.get(source, position), position)

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

    def source_index(self) -> SourceIndex:
        """One matcher for the English variants of every term (see :mod:`newsl10n.glossary.matching`)."""
        from newsl10n.glossary.matching import SourceIndex

        return self.derived("source index", lambda: SourceIndex(self.terms))

    def derived(self, key: Hashable, build: Callable[[], T]) -> T:
        """What ``build`` makes from the terms (a matcher, one language's view of them), made once and
        kept until a term is added."""
        if key not in self._derived:
            self._derived[key] = build()
        return self._derived[key]

    def __getstate__(self) -> dict[str, Any]:
        # What was derived is made again where it is needed (a worker process), not shipped there.
        return {**self.__dict__, "_derived": {}}

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)


def split_variants(cell: str) -> tuple[str, ...]:
    """``"Kyiv | Kiev"`` to ``("Kyiv", "Kiev")``; empty parts are returned as ``""`` for the caller to reject."""
    if "|" not in cell:
        return (cell.strip(),)  # one variant, most cells of a big glossary
    return tuple(part.strip() for part in cell.split("|"))


# -- what every glossary file goes through ------------------------------------------------------------


def warn_on_stderr(message: str) -> None:
    """How a glossary reader reports what it cleaned up, unless told otherwise: one line on stderr."""
    print(f"newsl10n: {message}", file=sys.stderr)


def clean(term: Term, warn: Callable[[str], None]) -> Term:
    """``term`` without invisible or control characters (zero-width spaces, soft hyphens, BOMs, bidi
    marks: see :mod:`newsl10n.invisible`) and with accented letters composed (NFC): copied from a CMS
    or a spreadsheet, they would hide the term from matching or end up in the translation. Each term
    that needed it is reported through ``warn``, naming where it was read."""
    strings = [*term.sources, *(target for targets in term.targets.values() for target in targets)]
    if all(text.isprintable() and unicodedata.is_normalized("NFC", text) for text in strings):
        return term  # the usual case, told in C: no format or control character, nothing to compose
    removed: Counter[str] = Counter()
    composed = False

    def cleaned(text: str) -> str:
        nonlocal composed
        visible, found = invisible.clean(text)
        removed.update(found)
        normal = unicodedata.normalize("NFC", visible)
        composed = composed or normal != visible
        return SPACES_RE.sub(" ", normal).strip()

    sources = tuple(cleaned(source) for source in term.sources)
    targets = {lang: tuple(cleaned(target) for target in ts) for lang, ts in term.targets.items()}
    if not removed and not composed:
        return term  # only no-break spaces, which are visible spacing
    if not all(sources) or not all(t for ts in targets.values() for t in ts):
        raise UserError(
            f"{term.where}: a term is nothing but invisible characters ({invisible.describe(removed)})"
        )
    if removed:
        warn(f"{term.where}: removed invisible characters from the term: {invisible.describe(removed)}")
    if composed:
        warn(f"{term.where}: composed accented letters of the term (Unicode NFC), as translations write them")
    return Term(sources, targets, term.note, term.where)


def refuse_conflicts(terms: Iterable[Term]) -> None:
    """Refuse one file giving an English term two different targets for a language: which row is
    meant cannot be guessed. Repeating a row as it is, or adding languages in a second row, is fine.
    (Across files a later file overrides, on purpose: see :meth:`Glossary.add`.)"""
    first_seen: dict[str, Term] = {}
    for term in terms:
        for source in term.sources:
            earlier = first_seen.get(source)
            if earlier is None:
                first_seen[source] = term
                continue
            for lang, targets in term.targets.items():
                if lang in earlier.targets and earlier.targets[lang] != targets:
                    raise UserError(
                        f"{earlier.where} and {term.where}: '{source}' has two different {lang} targets "
                        f"('{'|'.join(earlier.targets[lang])}' and '{'|'.join(targets)}'); keep one"
                    )


def checked(terms: list[Term], warn: Callable[[str], None]) -> list[Term]:
    """The terms of one file, cleaned of invisible characters, with conflicting rows refused."""
    terms = [clean(term, warn) for term in terms]
    refuse_conflicts(terms)
    return terms
