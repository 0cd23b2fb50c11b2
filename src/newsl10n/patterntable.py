"""An ordered table of line patterns, each tried only on the lines it can match.

Furniture is read by some two hundred patterns, each matched at a line's start, and every line of an article
meets them all; most fail, and a failing pattern that opens with ".{0,200}" or a lookahead still reads the whole
line. Two facts rule most of them out before the engine runs, both worked out from each compiled pattern itself,
so they never fall out of step with it:

- the characters a match can begin with ("Follow us on ..." begins with "f" or "F");
- words of which a match must hold one ("newsletter", "sign up"), looked for all at once with one Aho-Corasick
  automaton over the line.

Both are worked out generously (more characters and weaker words, never fewer): the first pattern to match a
line is always the one trying every pattern in turn finds."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cached_property
from typing import Generic, NamedTuple, TypeVar

import ahocorasick

try:  # the regular expression parser of the standard library; its name lost the "sre_" in Python 3.11
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_ASCII = frozenset(chr(code) for code in range(128))
_DIGITS = frozenset("0123456789")
_WORD = frozenset(char for char in _ASCII if char.isalnum() or char == "_")
_SPACE = frozenset(char for char in _ASCII if char.isspace())
_CATEGORIES = {  # what each class of the parser holds among ASCII characters, Unicode or not
    sre.CATEGORY_DIGIT: _DIGITS,
    sre.CATEGORY_UNI_DIGIT: _DIGITS,
    sre.CATEGORY_WORD: _WORD,
    sre.CATEGORY_UNI_WORD: _WORD,
    sre.CATEGORY_SPACE: _SPACE,
    sre.CATEGORY_UNI_SPACE: _SPACE,
}
_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)})
_GROUPS = frozenset({sre.SUBPATTERN, getattr(sre, "ATOMIC_GROUP", sre.SUBPATTERN)})


def _ascii_cases(code: int) -> frozenset[str]:
    """The ASCII characters a case-blind match takes for a character: "s" and "S" for "ſ", "k" and "K" for the
    kelvin sign; none for "é"."""
    char = chr(code)
    return frozenset(
        variant for variant in (char, char.lower(), char.upper(), char.lower().upper()) if variant in _ASCII
    )


def _class_starts(items: Sequence[tuple[object, object]]) -> frozenset[str]:
    """The ASCII characters a character class may take (more, never fewer)."""
    starts: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            starts |= _ascii_cases(value)  # type: ignore[arg-type]
        elif op is sre.RANGE:
            low, high = value  # type: ignore[misc]
            starts |= {
                char for char in _ASCII if any(low <= ord(case) <= high for case in _ascii_cases(ord(char)))
            }
            starts |= {
                case
                for code in range(low, min(high, 0xFFFF) + 1)
                if code > 127
                for case in _ascii_cases(code)
            }
        elif op is sre.CATEGORY and value in _CATEGORIES:
            starts |= _CATEGORIES[value]  # type: ignore[index]
        else:  # a negated class, a category's complement: taken as any character
            return _ASCII
    return frozenset(starts)


def _sequence_starts(items: Sequence[tuple[object, object]]) -> tuple[frozenset[str], bool]:
    """The ASCII characters a match of this sequence can begin with, and whether it can match nothing at all."""
    starts: frozenset[str] = frozenset()
    for item in items:
        first, empty = _item_starts(item)
        starts |= first
        if not empty:
            return starts, False
    return starts, True


def _item_starts(item: tuple[object, object]) -> tuple[frozenset[str], bool]:
    op, value = item
    if op in _ZERO_WIDTH:  # "^", a lookahead: it consumes nothing, so what follows decides
        return frozenset(), True
    if op is sre.LITERAL:
        return _ascii_cases(value), False  # type: ignore[arg-type]
    if op is sre.IN:
        return _class_starts(value), False  # type: ignore[arg-type]
    if op is sre.BRANCH:
        starts: frozenset[str] = frozenset()
        empty = False
        for branch in value[1]:  # type: ignore[index]
            first, may_be_empty = _sequence_starts(branch)
            starts |= first
            empty = empty or may_be_empty
        return starts, empty
    if op in _GROUPS:
        return _sequence_starts(value[-1])  # type: ignore[index]
    if op in _REPEATS:
        low, high, body = value  # type: ignore[misc]
        if high == 0:
            return frozenset(), True
        first, empty = _sequence_starts(body)
        return first, empty or low == 0
    return _ASCII, False  # ".", a negated literal, a back reference: any character


_CANNOT_READ = (RecursionError, TypeError, AttributeError, ValueError, IndexError)


def _parse(pattern: re.Pattern[str]) -> object | None:
    """The parser's reading of a compiled pattern, or None when it cannot give one."""
    try:
        return sre_parse.parse(pattern.pattern, pattern.flags)
    except _CANNOT_READ:
        return None


def match_starts(pattern: re.Pattern[str]) -> frozenset[str]:
    """The ASCII characters a match of ``pattern`` can begin with (more, never fewer). A pattern that may match
    nothing, or that this reading cannot follow, may begin with any."""
    return _starts(_parse(pattern))


def _starts(parsed: object | None) -> frozenset[str]:
    if parsed is None:
        return _ASCII
    try:
        starts, empty = _sequence_starts(parsed)  # type: ignore[arg-type]
    except _CANNOT_READ:
        return _ASCII
    return _ASCII if empty else starts


# The characters outside ASCII that Python's case-blind matching takes for an ASCII letter; a line is folded
# with them before its words are looked for (the tests check this list against every code point).
CASE_BLIND_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_FOLD = str.maketrans(CASE_BLIND_ASCII)
_SELECTIVE = 3  # a word this long or longer rules out most lines; a shorter one is not worth looking for


def _literal_runs(items: Sequence[tuple[object, object]]) -> list[frozenset[str]]:
    """Sets of words of which a match of this sequence must hold one: its runs of plain characters, and what
    each of its items that cannot be left out requires."""
    options: list[frozenset[str]] = []
    run = ""
    for op, value in items:
        char = chr(value) if op is sre.LITERAL else ""  # type: ignore[arg-type]
        if char and (char.isascii() or char.lower() == char.upper()):  # "é" folds in ways "in" does not
            run += char.lower()
            continue
        if run:
            options.append(frozenset({run}))
        run = ""
        required = _item_words(op, value)
        if required is not None:
            options.append(required)
    if run:
        options.append(frozenset({run}))
    return options


def _item_words(op: object, value: object) -> frozenset[str] | None:
    if op is sre.BRANCH:
        branches = [_sequence_words(branch) for branch in value[1]]  # type: ignore[index]
        return None if any(words is None for words in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
    if op in _GROUPS:
        return _sequence_words(value[-1])  # type: ignore[index]
    if op in _REPEATS and value[0] >= 1:  # type: ignore[index]
        return _sequence_words(value[2])  # type: ignore[index]
    if op is sre.ASSERT:  # a lookahead's words stand in the line too
        return _sequence_words(value[1])  # type: ignore[index]
    return None


def _sequence_words(items: Sequence[tuple[object, object]]) -> frozenset[str] | None:
    """The most selective set of words a match must hold one of, or None."""
    options = [words for words in _literal_runs(items) if words]
    return max(options, key=lambda words: min(len(word) for word in words), default=None)


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words (in lower case) of which a line must hold one for ``pattern`` to match it, or None when no such
    words are worth looking for. Found in the pattern itself, so they never fall out of step with it."""
    return _words(_parse(pattern))


def _words(parsed: object | None) -> tuple[str, ...] | None:
    if parsed is None:
        return None
    try:
        words = _sequence_words(parsed)  # type: ignore[arg-type]
    except _CANNOT_READ:
        return None
    if words is None or min(len(word) for word in words) < _SELECTIVE:
        return None
    return tuple(sorted(words, key=len))


def folded(text: str) -> str:
    """The line as the required words are looked for in it: in lower case, with the few characters case-blind
    matching takes for ASCII letters written as those letters."""
    if any(char in text for char in CASE_BLIND_ASCII):  # rare: a translation table reads every character
        text = text.translate(_FOLD)  # folded first: "İ" in lower case is two characters
    return text.lower()


Reason = TypeVar("Reason")


class PatternTable(Generic[Reason]):
    """Reasons and their patterns in order; for a line, only the ones that can match it are tried.

    The words each pattern requires are looked for all at once, with one Aho-Corasick automaton over the line:
    a pattern is tried when its words are there (or it requires none) and the line starts as its matches do."""

    def __init__(self, entries: Sequence[tuple[Reason, object]]) -> None:
        self.entries = tuple(entries)

    @cached_property
    def _index(self) -> _Index:
        """Read each pattern once, on first use: a run that never segments never pays for it."""
        readings = [_parse(_compiled(pattern)) for _, pattern in self.entries]
        unguarded = 0  # a bit per pattern that requires no words: always let through
        masks: dict[str, int] = {}
        for index, parsed in enumerate(readings):
            words = _words(parsed)
            if words is None:
                unguarded |= 1 << index
            for word in words or ():
                masks[word] = masks.get(word, 0) | 1 << index
        automaton = ahocorasick.Automaton()
        for word, mask in masks.items():
            automaton.add_word(word, mask)
        if masks:
            automaton.make_automaton()
        starts = [_starts(parsed) for parsed in readings]
        every = tuple((1 << index, reason, pattern) for index, (reason, pattern) in enumerate(self.entries))
        by_first = {
            char: tuple(bit for bit, first in zip(every, starts, strict=True) if char in first)
            for char in _ASCII
        }
        return _Index(automaton if masks else None, unguarded, every, by_first)

    def candidates(self, text: str) -> Iterator[tuple[Reason, object]]:
        """The entries whose pattern can match at the start of ``text`` (its first character, the words it
        must hold), in order."""
        index = self._index
        present = index.unguarded
        if index.automaton is not None:
            for _, mask in index.automaton.iter(folded(text)):
                present |= mask
        for bit, reason, pattern in index.by_first.get(text[:1], index.every):
            if bit & present:
                yield reason, pattern


class _Index(NamedTuple):
    automaton: ahocorasick.Automaton | None
    unguarded: int  # the bits of the patterns that require no words
    every: tuple[tuple[int, object, object], ...]  # (bit, reason, pattern) in order
    by_first: dict[
        str, tuple[tuple[int, object, object], ...]
    ]  # the same, for lines starting with a character


def _compiled(matcher: object) -> re.Pattern[str]:
    """The compiled expression of a pattern or of a guarded one."""
    inner = getattr(matcher, "pattern", None)
    return inner if isinstance(inner, re.Pattern) else matcher  # type: ignore[return-value]
