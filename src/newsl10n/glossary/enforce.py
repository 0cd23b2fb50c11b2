"""The glossary checker: hints for translators, problems in a target, and repairs of machine output.

A repair needs the word to replace. The MT model's attention alignment says which target words a source
term became; without it, the target word that sounds most like the term (across scripts) is taken.
The replacement is the glossary term in the grammatical case and number of the word it replaces.

Everything is worked out on plain text (inline markup codes taken out, see :mod:`newsl10n.richtext`),
which is also what the alignment indexes; a repair goes back through :meth:`RichText.replace`, so the
codes stay where they were. The pipeline calls ``fix`` and then ``check`` on the same segment: both read
one plan, kept for as long as the source, the words of the target and the alignment stay the same.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from newsl10n import richtext
from newsl10n.glossary.matching import Occurrence, SourceIndex, TargetWords, word_pattern
from newsl10n.glossary.morphology import inflect_like
from newsl10n.glossary.similarity import best_similarity
from newsl10n.glossary.soundslike import Candidates, SoundsLike
from newsl10n.glossary.terms import Glossary, Term
from newsl10n.model import Change, Problem, Segment
from newsl10n.text import in_title_case, words

# An aligned word of a kept name must still look a little like it (Пэтриот, not комплекс).
KEPT_ALIGNED_MIN_SIMILARITY = 0.5
# Capitalised words after a term that make it part of a longer name (Washington| Post).
_FOLLOWING_NAME_RE = re.compile(r"(?:[ -][A-Z][\w'’.-]*)+")
# Plans and source matches kept per checker: enough for fix, check and a sentence repeated nearby.
CACHE_SIZE = 1024
_TITLE_WORDS = 3  # a Title Case line this long says nothing by its case
_SENTENCES_TO_TELL = 3  # an article with fewer sentences says too little of what it names

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")


class TermChange(Change):
    """A term repair; its message starts with the term (``Kiev → Київ: ...``), so it is shown as is."""

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Repair:
    """A target word span (inclusive word indices of the plain target) holding a wrong variant, and
    what should replace it (None: the right form could not be built)."""

    first: int
    last: int
    new: str | None


@dataclass
class TermStatus:
    term: Term
    label: str  # the English variant as the source writes it
    expected: str  # e.g. "Київ" or "Patriot (do not translate)"
    found: int  # accepted forms in the target
    missing: int  # source occurrences without an accepted form
    position: int  # where the term first occurs in the source, to report in reading order
    repairs: list[Repair] = field(default_factory=list)


class _Recent(Generic[Key, Value]):
    """A small least-recently-used memo."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[Key, Value] = OrderedDict()

    def get(self, key: Key) -> Value | None:
        value = self.items.get(key)
        if value is not None:
            self.items.move_to_end(key)
        return value

    def put(self, key: Key, value: Value) -> Value:
        self.items[key] = value
        if len(self.items) > self.size:
            self.items.popitem(last=False)
        return value


class LanguageTerms:
    """A glossary's terms for one target language, as checkers use them: made once per glossary and
    language (see :meth:`Glossary.derived`) and shared by every checker of that language, so what is
    learnt about a term (the words of its targets, its sound skeletons) is learnt once."""

    def __init__(self, glossary: Glossary, lang: str) -> None:
        # Longer terms first, so "Dmitry Peskov" claims its words before "Peskov" looks at them.
        self.terms = sorted(
            glossary.for_language(lang), key=lambda term: -max(len(word_pattern(t)) for t in term.rule(lang))
        )
        order = {id(term): index for index, term in enumerate(self.terms)}
        # glossary position -> index in self.terms, for the terms with a rule for this language
        self.index_of = {
            position: order[id(term)] for position, term in enumerate(glossary.terms) if id(term) in order
        }
        self.patterns: dict[int, list[tuple[str, ...]]] = {}  # term index -> words of each accepted form
        self.sounds: dict[int, SoundsLike] = {}
        self.short_names: dict[int, tuple[int, ...]] = {}  # term index -> its short names, once asked for

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "patterns": {}, "sounds": {}, "short_names": {}}


class GlossaryChecker:
    """Checker (see :mod:`newsl10n.checks`) enforcing one glossary for one target language.

    Cheap to make: the ordering of the terms and what is learnt about each comes from the glossary's
    :class:`LanguageTerms`; the checker itself keeps the plans of the sentences it has just seen.
    """

    name = "glossary"

    def __init__(self, glossary: Glossary, lang: str) -> None:
        self.glossary = glossary
        self.lang = lang
        self.view = glossary.derived(("checker terms", lang), lambda: LanguageTerms(glossary, lang))
        self.terms = self.view.terms
        self._source_index: SourceIndex | None = None  # the glossary's, asked for once
        self._reset_memos()

    def _reset_memos(self) -> None:
        self._occurrences: _Recent[str, list[Occurrence]] = _Recent(CACHE_SIZE)
        self._plans: _Recent[Hashable, list[TermStatus]] = _Recent(CACHE_SIZE)
        self._article: tuple[tuple[str, ...], frozenset[int] | None] | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        for memo in ("_occurrences", "_plans", "_article"):
            state.pop(memo)
        state["_source_index"] = None  # an automaton: made again where it is needed
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._reset_memos()

    # -- Checker protocol -------------------------------------------------------------------------

    def hints(self, segment: Segment) -> list[str]:
        """One ``glossary: Kyiv → Київ`` line per term in the source, in source order."""
        hints: list[str] = []
        seen: set[int] = set()
        for occ in self._found_in(segment, _plain(segment.source, segment)):
            if occ.term_index not in seen:
                seen.add(occ.term_index)
                hints.append(f"glossary: {occ.variant} → {self._expected(self.terms[occ.term_index])}")
        return hints

    def check(self, segment: Segment) -> list[Problem]:
        """Wrong variants of a term, and terms with no accepted form at all in a non-empty target."""
        if _pseudo(segment):
            return []
        statuses = self._plan(segment)
        if not statuses:
            return []
        target = _plain(segment.target, segment)
        matches = words(target)
        problems: list[Problem] = []
        for status in sorted(statuses, key=lambda status: status.position):
            for repair in status.repairs:
                old = _span_text(target, matches, repair)
                message = f"wrong form '{old}' of {status.label} → {status.expected}"
                problems.append(Problem(check=self.name, message=message))
            if not status.repairs and not status.found:
                problems.append(
                    Problem(check=self.name, message=f"missing term: {status.label} → {status.expected}")
                )
        return problems

    def fix(self, segment: Segment) -> list[Change]:
        """Replace wrong variants in place; returns ``"Kiev → Київ: replaced 'Киеве' with 'Києві'"`` lines.

        Only the words change: inline markup codes around or next to them stay where they were. In a
        translator's reviewed text only a variant word for word is replaced (Dmitry Peskov: Dmitri Peskow);
        a part of the term ("der Europäischen und der UN") is reported, its grammar left to them.
        """
        if _pseudo(segment):
            return []
        edits = [(status, r) for status in self._plan(segment) for r in status.repairs if r.new is not None]
        if segment.is_reviewed:
            edits = [(status, r) for status, r in edits if r.last - r.first + 1 == len(word_pattern(r.new))]
        if not edits:
            return []
        edits.sort(key=lambda edit: edit[1].first)
        rich = richtext.parse(segment.target, segment.code_ids)
        matches = words(rich.text)
        edits = [(status, repair) for status, repair in edits if _keeps_markup(rich, matches, repair)]
        if not edits:
            return []
        olds = [_span_text(rich.text, matches, repair) for _, repair in edits]
        for _status, repair in reversed(edits):
            rich = _replaced(rich, matches, repair)
        segment.target = rich.po_form
        if segment.alignment is not None:
            segment.alignment = _shift_alignment(segment.alignment, [r for _, r in edits])
        return [
            TermChange(self.name, f"{s.label} → {s.term.rule(self.lang)[0]}: replaced '{old}' with '{r.new}'")
            for (s, r), old in zip(edits, olds, strict=True)
        ]

    # -- finding --------------------------------------------------------------------------------------

    def _found_in(self, segment: Segment, source: str) -> list[Occurrence]:
        """The terms of the segment's source. In a Title Case line, where case says nothing, a term counts
        only if its article names it in a sentence too ("Algeria Loses a Patriot" is no air defence system
        unless the story speaks of one); with too few sentences to tell, every match counts. ``source`` is
        the segment's source without its markup codes."""
        found = self._find(source)
        if not found or segment.article is None or not _in_title_case(source):
            return found
        named = self._named_in_sentences(segment.article)
        return found if named is None else [occ for occ in found if occ.term_index in named]

    def _named_in_sentences(self, article: tuple[str, ...]) -> frozenset[int] | None:
        """The terms the article's sentences (not its Title Case lines) name, or None when it has too few of
        them to tell (a catalog of a headline alone). Kept for the article last asked about."""
        if self._article is not None and self._article[0] is article:
            return self._article[1]
        sentences = [source for source in article if not _in_title_case(source)]
        named = (
            frozenset(occ.term_index for source in sentences for occ in self._find(source))
            if len(sentences) >= _SENTENCES_TO_TELL
            else None
        )
        self._article = (article, named)
        return named

    def _find(self, source: str) -> list[Occurrence]:
        """Term matches in the plain source, in source order (memoized: hints, fix and check ask)."""
        found = self._occurrences.get(source)
        if found is None:
            index = self._source_index or self.glossary.source_index()
            self._source_index = index
            found = self._occurrences.put(source, index.occurrences(source, self.view.index_of.get))
        return found

    def _expected(self, term: Term) -> str:
        target = term.rule(self.lang)[0]
        return f"{target} (do not translate)" if term.keeps_source(self.lang) else target

    def _accepted_spans(self, index: int, target: TargetWords, wanted: int) -> list[tuple[int, int]]:
        """Where the target has an accepted form of term ``index``: translated terms by lemma (any case
        and number), kept names as written; a name also by the shorter term the glossary gives for its
        last words (Präsident Putin for President Vladimir Putin)."""
        spans = self._own_spans(index, target)
        if len(spans) < wanted:  # the glossary's short names are looked up only where they can help
            for short in self._short_names(index):
                spans.extend(
                    span
                    for span in self._own_spans(short, target)
                    if not any(first <= span[0] and span[1] <= last for first, last in spans)
                )
        return spans

    def _short_names(self, index: int) -> tuple[int, ...]:
        """The terms that are term ``index``'s last words in English and in this language alike (Putin of
        Vladimir Putin, Peskov of Dmitry Peskov): a translation may name the person by them alone.

        Found by the source automaton on the term's own last words, once per term and language."""
        found = self.view.short_names.get(index)
        if found is not None:
            return found
        term = self.terms[index]
        targets = [word_pattern(target) for target in term.rule(self.lang)]
        automaton = self._source_index or self.glossary.source_index()
        self._source_index = automaton
        shorts: set[int] = set()
        for variant in term.sources:
            for last_words in list(words(variant))[1:]:
                tail = variant[last_words.start() :]
                for position, _, start, end in automaton.matches(tail):
                    other = self.view.index_of.get(position)
                    if other is None or other == index or (start, end) != (0, len(tail)):
                        continue
                    shorter = [word_pattern(target) for target in self.terms[other].rule(self.lang)]
                    if shorter and all(_ends(targets, words_of) for words_of in shorter):
                        shorts.add(other)
        return self.view.short_names.setdefault(index, tuple(sorted(shorts)))

    def _own_spans(self, index: int, target: TargetWords) -> list[tuple[int, int]]:
        term = self.terms[index]
        kept = term.keeps_source(self.lang)
        patterns = self.view.patterns.get(index)
        if patterns is None:
            variants = (*term.rule(self.lang), *term.sources) if kept else term.rule(self.lang)
            patterns = self.view.patterns.setdefault(index, [p for p in map(word_pattern, variants) if p])
        return (
            target.kept_spans(patterns, self.lang) if kept else target.translated_spans(patterns, self.lang)
        )

    def _sounds_like(self, index: int) -> SoundsLike:
        found = self.view.sounds.get(index)
        if found is None:
            term = self.terms[index]
            shared: dict[int, list] = self.glossary.derived("sound spellings", dict)  # every language's
            spellings = shared.get(id(term))
            if spellings is None:
                spellings = shared[id(term)] = SoundsLike.spellings_of(term)
            found = self.view.sounds.setdefault(index, SoundsLike(term, self.lang, spellings))
        return found

    # -- planning -----------------------------------------------------------------------------------

    def _plan(self, segment: Segment) -> list[TermStatus]:
        """What is right and wrong about each term of the source in the current target.

        Memoized on the source, the words of the target and the alignment: ``fix`` and then ``check``
        share one plan, and so does a ``check`` after a locale fix that only changed spaces or quotes.
        """
        if not segment.target:
            return []
        source = _plain(segment.source, segment)
        occurrences = self._found_in(segment, source)
        if not occurrences:
            return []
        target = _plain(segment.target, segment)
        matches = words(target)
        alignment = tuple(map(tuple, segment.alignment)) if segment.alignment else None
        terms = tuple(occ.term_index for occ in occurrences)
        key = (source, terms, tuple(match.group() for match in matches), alignment)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans.put(key, self._make_plan(source, occurrences, target, matches, alignment))
        return plan

    def _make_plan(
        self,
        source: str,
        occurrences: list[Occurrence],
        target: str,
        matches: list,
        alignment: tuple | None,
    ) -> list[TermStatus]:
        by_term: dict[int, list[Occurrence]] = {}
        for occ in occurrences:
            by_term.setdefault(occ.term_index, []).append(occ)
        target_words = TargetWords(target, matches)
        accepted = {
            index: self._accepted_spans(index, target_words, len(occs)) for index, occs in by_term.items()
        }
        for index, occs in by_term.items():  # Washington Post, White House Correspondents' Dinner
            if len(accepted[index]) < len(occs):
                accepted[index].extend(_kept_longer_names(source, occs, target, matches, accepted[index]))
        claimed = {i for spans in accepted.values() for first, last in spans for i in range(first, last + 1)}
        source_words = words(source)
        candidates: Candidates | None = None  # for the sounds-like search, made when first needed
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
            if alignment:
                for occ in occs:
                    if len(status.repairs) >= status.missing:
                        break
                    repair = self._aligned_repair(
                        occ, source_words, alignment, accepted[index], claimed, target, matches
                    )
                    if repair:
                        status.repairs.append(repair)
                        claimed.update(range(repair.first, repair.last + 1))
            if len(status.repairs) < status.missing:
                candidates = candidates or Candidates(target, matches)
                self._add_sounds_like_repairs(status, index, candidates, claimed)
        return statuses

    def _add_sounds_like_repairs(
        self, status: TermStatus, index: int, candidates: Candidates, claimed: set[int]
    ) -> None:
        """Repairs of unclaimed target words that sound like the term, best first, up to the number missing."""
        for first, last in self._sounds_like(index).spans(candidates, claimed):
            if len(status.repairs) >= status.missing:
                break
            if claimed.intersection(range(first, last + 1)):
                continue  # taken by a better match a moment ago
            if self._takes_in_function_word(status.term, candidates.matches[first : last + 1]):
                continue  # "der Europäischen und der UN" is no misspelt Europäische Union
            repair = self._repair(status.term, first, last, candidates.target, candidates.matches)
            if repair:
                status.repairs.append(repair)
                claimed.update(range(first, last + 1))

    def _takes_in_function_word(self, term: Term, span: list[re.Match[str]]) -> bool:
        """Whether a span of several words holds a short lowercase word (und, der, и) the term has not:
        a sentence's own grammar, which a repair would swallow."""
        if len(span) < 2:
            return False
        own = {word.lower() for target in term.rule(self.lang) for word in word_pattern(target)}
        return any(_function_word(m.group()) and m.group().lower() not in own for m in span)

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
        return Repair(first, last, new)

    def _aligned_repair(
        self,
        occ: Occurrence,
        source_words: list,
        alignment: tuple,
        spans: list[tuple[int, int]],
        claimed: set[int],
        target: str,
        matches: list,
    ) -> Repair | None:
        """The target words the model aligned to this occurrence, if they are not already right."""
        source_indices = {
            i for i, m in enumerate(source_words) if m.start() < occ.end and m.end() > occ.start
        }
        aligned = sorted({t for s, t in alignment if s in source_indices and 0 <= t < len(matches)})
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
        if last - first + 1 > max(len(source_indices), *(len(word_pattern(t)) for t in term.rule(self.lang))):
            references = self._references(term)
            first = last = max(aligned, key=lambda t: best_similarity(matches[t].group(), references))
        if claimed.intersection(range(first, last + 1)):
            return None
        text = target[matches[first].start() : matches[last].end()]
        if not self._looks_right(term, text):
            return None
        return self._repair(term, first, last, target, matches)


def _kept_longer_names(
    source: str, occs: list[Occurrence], target: str, matches: list, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Target word spans where a longer English name that opens with the term is kept as written: the
    newspaper in "a Washington Post column" is no Washington to translate."""
    found: list[tuple[int, int]] = []
    for occ in occs:
        following = _FOLLOWING_NAME_RE.match(source, occ.end)
        if not following:
            continue
        name = source[occ.start : following.end()].rstrip("'’.-")
        for kept in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", target):
            words_in = [
                i for i, m in enumerate(matches) if kept.start() <= m.start() and m.end() <= kept.end()
            ]
            span = (words_in[0], words_in[-1]) if words_in else None
            if span and span not in found and not any(a <= span[1] and span[0] <= b for a, b in spans):
                found.append(span)
                break
    return found


def _ends(patterns: list[tuple[str, ...]], tail: tuple[str, ...]) -> bool:
    return any(len(pattern) > len(tail) and pattern[-len(tail) :] == tail for pattern in patterns)


def _in_title_case(source: str) -> bool:
    """A headline or label in Title Case: several words, each capitalised but the small ones."""
    found = [match.group() for match in words(source)]
    return len(found) >= _TITLE_WORDS and in_title_case(found) and not source.isupper()


def _plain(text: str, segment: Segment) -> str:
    """What the words and the alignment are over: the PO form without its markup codes."""
    return richtext.plain(text, segment.code_ids) if "<" in text else text  # no code: the text itself


def _span_text(text: str, matches: list, repair: Repair) -> str:
    return text[matches[repair.first].start() : matches[repair.last].end()]


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


def _pseudo(segment: Segment) -> bool:
    """Pseudo-localized text, not yet replaced by a translator: it tests layouts, and no term can be in it."""
    return segment.provenance is not None and segment.provenance.is_pseudo and not segment.is_reviewed


def _inner_tags(rich: richtext.RichText, start: int, end: int) -> bool:
    return any(start < tag.offset < end for tag in rich.tags)


def _keeps_markup(rich: richtext.RichText, matches: list[re.Match[str]], repair: Repair) -> bool:
    """A repair may change words only: with a code between the old words (``<1>Дмитро</1> Пєсков``) it must
    replace them word for word, or it would move the code; otherwise the translator decides."""
    start, end = matches[repair.first].start(), matches[repair.last].end()
    if not _inner_tags(rich, start, end):
        return True
    return len((repair.new or "").split()) == repair.last - repair.first + 1


def _replaced(rich: richtext.RichText, matches: list[re.Match[str]], repair: Repair) -> richtext.RichText:
    """The text with the repair's words replaced; word for word when a code sits between them."""
    start, end = matches[repair.first].start(), matches[repair.last].end()
    if not _inner_tags(rich, start, end):
        return rich.replace(start, end, repair.new or "")
    for match, new in reversed(
        list(zip(matches[repair.first : repair.last + 1], (repair.new or "").split(), strict=True))
    ):
        rich = rich.replace(match.start(), match.end(), new)
    return rich
