"""The glossary checker: hints for translators, problems in a target, and repairs of machine output.

A repair needs the word to replace. The MT model's attention alignment says which target words a source
term became; without it, the target word that sounds most like the term (across scripts) is taken.
The replacement is the glossary term in the grammatical case and number of the word it replaces.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsl10n.glossary.matching import Occurrence, find_occurrences, target_spans
from newsl10n.glossary.morphology import inflect_like
from newsl10n.glossary.similarity import THRESHOLD, best_similarity
from newsl10n.glossary.terms import Glossary, Term
from newsl10n.model import Change, Problem, Segment
from newsl10n.text import words

# An aligned word of a kept name must still look a little like it (Пэтриот, not комплекс).
KEPT_ALIGNED_MIN_SIMILARITY = 0.5


class TermChange(Change):
    """A term repair; its message starts with the term (``Kiev → Київ: ...``), so it is shown as is."""

    def __str__(self) -> str:
        return self.message


@dataclass
class Repair:
    """A target word span (inclusive word indices) holding a wrong variant, and what should replace it."""

    first: int
    last: int
    old: str
    new: str | None  # None: the right form could not be built


@dataclass
class TermStatus:
    term: Term
    label: str  # the English variant as the source writes it
    expected: str  # e.g. "Київ" or "Patriot (do not translate)"
    found: int  # accepted forms in the target
    missing: int  # source occurrences without an accepted form
    position: int  # where the term first occurs in the source, to report in reading order
    repairs: list[Repair] = field(default_factory=list)


class GlossaryChecker:
    """Checker (see :mod:`newsl10n.checks`) enforcing one glossary for one target language."""

    name = "glossary"

    def __init__(self, glossary: Glossary, lang: str) -> None:
        self.glossary = glossary
        self.lang = lang
        # Longer terms first, so "Dmitry Peskov" claims its words before "Peskov" looks at them.
        self.terms = sorted(
            glossary.for_language(lang), key=lambda term: -max(len(words(t)) for t in term.rule(lang))
        )

    # -- Checker protocol -------------------------------------------------------------------------

    def hints(self, segment: Segment) -> list[str]:
        """One ``glossary: Kyiv → Київ`` line per term in the source, in source order."""
        hints: list[str] = []
        seen: set[int] = set()
        for occ in find_occurrences(segment.source, self.terms):
            if occ.term_index not in seen:
                seen.add(occ.term_index)
                hints.append(f"glossary: {occ.variant} → {self._expected(self.terms[occ.term_index])}")
        return hints

    def check(self, segment: Segment) -> list[Problem]:
        """Wrong variants of a term, and terms with no accepted form at all in a non-empty target."""
        problems: list[Problem] = []
        for status in sorted(self._plan(segment), key=lambda status: status.position):
            for repair in status.repairs:
                message = f"wrong form '{repair.old}' of {status.label} → {status.expected}"
                problems.append(Problem(check=self.name, message=message))
            if not status.repairs and not status.found:
                problems.append(
                    Problem(check=self.name, message=f"missing term: {status.label} → {status.expected}")
                )
        return problems

    def fix(self, segment: Segment) -> list[Change]:
        """Replace wrong variants in place; returns ``"Kiev → Київ: replaced 'Киеве' with 'Києві'"`` lines."""
        edits = [(status, r) for status in self._plan(segment) for r in status.repairs if r.new is not None]
        if not edits:
            return []
        edits.sort(key=lambda edit: edit[1].first)
        target_words = words(segment.target)
        text = segment.target
        for _status, repair in reversed(edits):
            start, end = target_words[repair.first].start(), target_words[repair.last].end()
            text = text[:start] + repair.new + text[end:]
        segment.target = text
        if segment.alignment is not None:
            segment.alignment = _shift_alignment(segment.alignment, [r for _, r in edits])
        return [
            TermChange(
                self.name, f"{s.label} → {s.term.rule(self.lang)[0]}: replaced '{r.old}' with '{r.new}'"
            )
            for s, r in edits
        ]

    # -- planning -----------------------------------------------------------------------------------

    def _expected(self, term: Term) -> str:
        target = term.rule(self.lang)[0]
        return f"{target} (do not translate)" if term.keeps_source(self.lang) else target

    def _plan(self, segment: Segment) -> list[TermStatus]:
        """What is right and wrong about each term of the source in the current target."""
        if not segment.target:
            return []
        occurrences = find_occurrences(segment.source, self.terms)
        if not occurrences:
            return []
        by_term: dict[int, list[Occurrence]] = {}
        for occ in occurrences:
            by_term.setdefault(occ.term_index, []).append(occ)
        target_matches = words(segment.target)
        target_words = [match.group() for match in target_matches]
        accepted = {index: target_spans(target_words, self.terms[index], self.lang) for index in by_term}
        claimed = {i for spans in accepted.values() for first, last in spans for i in range(first, last + 1)}
        statuses: list[TermStatus] = []
        for index in sorted(by_term):  # self.terms order: longer terms first
            term, occs = self.terms[index], by_term[index]
            status = TermStatus(
                term,
                occs[0].variant,
                self._expected(term),
                found=len(accepted[index]),
                missing=len(occs) - len(accepted[index]),
                position=occs[0].start,
            )
            statuses.append(status)
            if status.missing <= 0:
                continue
            if segment.alignment:
                for occ in occs:
                    if len(status.repairs) >= status.missing:
                        break
                    repair = self._aligned_repair(segment, occ, accepted[index], claimed, target_matches)
                    if repair:
                        status.repairs.append(repair)
                        claimed.update(range(repair.first, repair.last + 1))
            for repair in self._similar_repairs(segment.target, term, claimed, target_matches):
                if len(status.repairs) >= status.missing:
                    break
                if not claimed.intersection(range(repair.first, repair.last + 1)):
                    status.repairs.append(repair)
                    claimed.update(range(repair.first, repair.last + 1))
        return statuses

    def _references(self, term: Term) -> list[str]:
        """Every known spelling of the term: English variants and its targets in all languages."""
        return [*term.sources, *(t for targets in term.targets.values() for t in targets)]

    def _looks_right(self, term: Term, text: str) -> bool:
        """A proper-noun target must replace a capitalised word; a kept name a look-alike of it."""
        if term.keeps_source(self.lang):
            return best_similarity(text, list(term.sources)) >= KEPT_ALIGNED_MIN_SIMILARITY
        return not term.rule(self.lang)[0][:1].isupper() or text[:1].isupper()

    def _repair(self, term: Term, first: int, last: int, target: str, matches: list) -> Repair | None:
        old = target[matches[first].start() : matches[last].end()]
        expected = term.rule(self.lang)[0]
        if term.keeps_source(self.lang):
            new = expected
        else:
            preposition = matches[first - 1].group() if first > 0 else ""
            new = inflect_like(expected, self.lang, old, self._references(term), preposition)
        if new == old:
            return None  # a right form the dictionary did not know: leave it
        return Repair(first, last, old, new)

    def _aligned_repair(
        self,
        segment: Segment,
        occ: Occurrence,
        spans: list[tuple[int, int]],
        claimed: set[int],
        matches: list,
    ) -> Repair | None:
        """The target words the model aligned to this occurrence, if they are not already right."""
        source_indices = {
            i for i, m in enumerate(words(segment.source)) if m.start() < occ.end and m.end() > occ.start
        }
        aligned = sorted(
            {t for s, t in segment.alignment or () if s in source_indices and 0 <= t < len(matches)}
        )
        if not aligned or any(first <= t <= last for t in aligned for first, last in spans):
            return None
        term = self.terms[occ.term_index]
        first, last = aligned[0], aligned[-1]
        # Attention often takes in a preposition or article at the edge (в Киеве, der Kreml).
        while first < last and _function_word(matches[first].group()):
            first += 1
        while last > first and _function_word(matches[last].group()):
            last -= 1
        # The span may be as long as the term on either side (United Nations -> ООН); if the model
        # spread its attention wider, take the one aligned word that looks most like the term.
        if last - first + 1 > max(len(source_indices), *(len(words(t)) for t in term.rule(self.lang))):
            references = self._references(term)
            first = last = max(aligned, key=lambda t: best_similarity(matches[t].group(), references))
        if claimed.intersection(range(first, last + 1)):
            return None
        text = segment.target[matches[first].start() : matches[last].end()]
        if not self._looks_right(term, text):
            return None
        return self._repair(term, first, last, segment.target, matches)

    def _similar_repairs(self, target: str, term: Term, claimed: set[int], matches: list) -> list[Repair]:
        """Unclaimed word spans that sound like the term, best first."""
        references = self._references(term)
        sizes = sorted({len(words(t)) for t in term.rule(self.lang)})
        scored: list[tuple[float, int, int]] = []
        for size in sizes:
            for first in range(len(matches) - size + 1):
                last = first + size - 1
                if claimed.intersection(range(first, last + 1)):
                    continue
                text = target[matches[first].start() : matches[last].end()]
                score = best_similarity(text, references)
                if score >= THRESHOLD and (term.keeps_source(self.lang) or self._looks_right(term, text)):
                    scored.append((score, first, last))
        scored.sort(key=lambda item: (-item[0], item[1]))
        repairs: list[Repair] = []
        taken: set[int] = set()
        for _score, first, last in scored:
            if taken.intersection(range(first, last + 1)):
                continue
            repair = self._repair(term, first, last, target, matches)
            if repair:
                repairs.append(repair)
                taken.update(range(first, last + 1))
        return repairs


def _function_word(word: str) -> bool:
    return word.islower() and len(word) <= 3


def _shift_alignment(alignment: list[tuple[int, int]], repairs: list[Repair]) -> list[tuple[int, int]]:
    """Keep alignment indices pointing at the same words after spans changed their word count."""
    changes = [(r.first, r.last, len(words(r.new or ""))) for r in sorted(repairs, key=lambda r: r.first)]

    def moved(index: int) -> int:
        shift = 0
        for first, last, size in changes:
            if index > last:
                shift += size - (last - first + 1)
            elif index >= first:
                return first + shift + min(index - first, max(size, 1) - 1)
        return index + shift

    return [(source, moved(target)) for source, target in alignment]
