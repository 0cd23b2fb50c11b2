"""Numbers: read them from the English source, write them the CLDR way, find them in a translation.

The source side is parsed as English by babel; the target side accepts any spelling a reader of the
locale would take for the same value (either group separator, a scale word, a simple number word).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from newsl10n.glossary.morphology import analyzer, base_lang
from newsl10n.locale.profile import LocaleProfile
from newsl10n.model import Change
from newsl10n.spans import find_spans, mask, unmask

# Not glued to a letter, digit, or a decimal/group mark on the left; greedy English grouping.
_SOURCE_NUMBER_RE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d|[.,]\d)")
_GROUP_VARIANTS = (",", ".", " ", "\xa0", "\u202f", "'", "’")
_VERSIONS_RE = re.compile(r"\b(?:versions?|releases?|v\d)", re.IGNORECASE)
_LOCAL_GROUPS = ("\xa0", "\u202f", " ")
_DIGIT_RE = re.compile(r"\d")  # what every number pattern here needs: a text without one has no number
_SPACES_RE = re.compile("[ \xa0\u202f]")
# Grouped by spaces, with a decimal comma (True) or point (False) after
_SPACE_GROUPED_RE = {
    comma: re.compile(rf"\d{{1,3}}(?:[ \xa0\u202f]\d{{3}})+(?:{re.escape(',' if comma else '.')}\d+)?")
    for comma in (True, False)
}
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)?")


@dataclass(frozen=True)
class SourceNumber:
    """A number as written in the English source."""

    text: str  # as written, e.g. "1,500" or "19.3"
    value: Decimal
    grouped: bool  # written with thousands separators
    start: int  # offsets into the source with protected spans masked (see spans.mask)
    end: int
    attached: bool  # directly followed by a letter ("400m", "1980s"): only amounts read those


@lru_cache(maxsize=1 << 15)  # a big run's every source, for each language's checker in turn
def source_numbers(source: str) -> tuple[SourceNumber, ...]:
    """Numbers of an English source, skipping those in dates, times, ordinals, URLs and versions.

    Cached: every checker of every language asks about the same source.
    """
    if not _DIGIT_RE.search(source):
        return ()
    masked, _ = mask(source)  # one character per protected span keeps offsets comparable per match
    found: list[SourceNumber] = []
    for match in _SOURCE_NUMBER_RE.finditer(masked):
        text = match.group()
        following = masked[match.end() : match.end() + 1]
        found.append(
            SourceNumber(
                text=text,
                value=english_decimal(text),
                grouped="," in text,
                start=match.start(),
                end=match.end(),
                attached=following.isalpha(),
            )
        )
    return tuple(found)


def english_decimal(text: str) -> Decimal:
    """An English number (``1,500.25``) as a Decimal: babel's ``parse_decimal(text, locale="en")`` for
    the digits and marks the number patterns admit, without its locale lookup per call."""
    return Decimal(text.replace(",", ""))


def locale_form(number: SourceNumber, profile: LocaleProfile) -> str:
    """How the locale writes the number: CLDR marks; grouped only when the source grouped it (not years).

    Built from the source's own digits, so a rewrite only ever changes marks, never a digit (``0.939000``
    keeps its zeros).
    """
    integer, _, fraction = number.text.replace(",", "").partition(".")
    if number.grouped:
        head = len(integer) % 3 or 3
        integer = profile.group.join(
            [integer[:head]] + [integer[i : i + 3] for i in range(head, len(integer), 3)]
        )
    return integer + (profile.decimal + fraction if fraction else "")


def wrong_forms(number: SourceNumber, profile: LocaleProfile) -> set[str]:
    """Spellings of the same number a desk of this locale would not print (English marks, odd grouping).

    An ungrouped "1500" for "1,500" is left alone: CLDR allows it for four digits and it is never misread.
    """
    wanted = locale_form(number, profile)
    forms = {number.text}
    integer, _, fraction = number.text.replace(",", "").partition(".")
    if len(integer) >= 4:
        head = len(integer) % 3 or 3
        chunks = [integer[:head]] + [integer[i : i + 3] for i in range(head, len(integer), 3)]
        # grouping a long number the source wrote plain is the locale's right, not a fault ("60.000")
        may_group = not number.grouped and not _year_like(integer)
        for sep in _GROUP_VARIANTS:
            grouped = sep.join(chunks)
            for decimal in {".", profile.decimal}:
                if decimal == sep:
                    continue
                if (
                    may_group
                    and sep in (profile.group, *_LOCAL_GROUPS)
                    and (not fraction or decimal == profile.decimal)
                ):
                    continue
                forms.add(grouped + (decimal + fraction if fraction else ""))
    forms.discard(wanted)
    return forms


def _year_like(integer: str) -> bool:
    return len(integer) == 4 and 1900 <= int(integer) <= 2100


def fix_numbers(
    target: str,
    numbers: list[SourceNumber],
    profile: LocaleProfile,
    source: str = "",
    keep_spaces: bool = False,
) -> tuple[str, list[Change]]:
    """Rewrite source numbers the MT left in English form; returns the new text and one line per change.

    A number glued to more of a token (``1.10.x``, ``2.7-1``) is left alone, and so is every decimal of
    a source that speaks of versions (``version 2.0 and 2.7``): there a dot is not a decimal mark.

    Where the locale groups with a space, a plain space instead of its no-break one is no error a reader
    sees, and a German reader takes space groups too: ``keep_spaces`` (a translator's text) leaves them;
    otherwise a plain space is mended as an ``nbsp`` courtesy.
    """
    if not numbers:
        return target, []
    if _VERSIONS_RE.search(source) or any(span.kind == "version" for span in find_spans(source)):
        numbers = [number for number in numbers if "." not in number.text]
    replacements: dict[str, str] = {}
    wanted_all = {locale_form(n, profile) for n in numbers}
    ambiguous: set[str] = set()
    for number in numbers:
        wanted = locale_form(number, profile)
        for wrong in wrong_forms(number, profile):
            if wrong in wanted_all or (keep_spaces and _space_grouped(wrong, wanted, profile.decimal)):
                continue
            if replacements.get(wrong, wanted) != wanted:
                ambiguous.add(wrong)
            replacements[wrong] = wanted
    for wrong in ambiguous:
        del replacements[wrong]
    if not replacements:
        return target, []
    alternation = "|".join(re.escape(w) for w in sorted(replacements, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.,])(?:{alternation})(?!\d|[.,_-]?[^\W_])")
    changes: list[Change] = []

    def swap(match: re.Match[str]) -> str:
        old = match.group()
        new = replacements[old]
        check = "nbsp" if _same_but_spaces(old, new) else "number"
        changes.append(Change(check, f"{show(old)} → {show(new)}"))
        return new

    masked, originals = mask(target)
    return unmask(pattern.sub(swap, masked), originals), changes


def _space_grouped(written: str, wanted: str, decimal: str) -> bool:
    """A translator's number grouped by spaces of any kind, with the locale's decimal mark: "175 000" for a
    Russian 175 000 with no-break spaces, and for a German 175.000 too (DIN 5008 groups by spaces)."""
    return _same_but_spaces(written, wanted) or bool(_SPACE_GROUPED_RE[decimal == ","].fullmatch(written))


def _same_but_spaces(one: str, other: str) -> bool:
    """The same digits and marks, grouped by spaces of different kinds ("175 000" and "175\xa0000")."""
    return one != other and _SPACES_RE.sub(" ", one) == _SPACES_RE.sub(" ", other)


def target_values(
    target: str,
    profile: LocaleProfile,
    scale_of: Callable[[str], int | None] = lambda word: None,
    words: bool = True,
) -> set[Decimal]:
    """Every value a reader could take from the target: numbers, numbers times a scale word, and (with
    ``words``) number words."""
    values: set[Decimal] = set()
    grouped, plain, group_marks = _target_patterns(profile.decimal, profile.group)
    patterns = (grouped, plain) if _DIGIT_RE.search(target) else ()  # numbers need a digit
    for rx in patterns:
        for match in rx.finditer(target):
            digits = group_marks.sub("", match.group("num")).replace(profile.decimal, ".")
            try:
                value = Decimal(digits)
            except InvalidOperation:  # pragma: no cover - the pattern only admits digits
                continue
            values.add(value)
            exponent = scale_of(match.group("word") or "")
            if exponent:
                values.add(value.scaleb(exponent))
    if patterns:  # a range before one scale word scales both ends: 600-700 тысяч, 3 bis 8 Millionen
        for match in _range_pattern(profile.decimal).finditer(target):
            exponent = scale_of(match.group("word"))
            if exponent:
                value = Decimal(match.group("num").replace(profile.decimal, "."))
                values.add(value.scaleb(exponent))
    if words and profile.number_words:
        numbers_of = _numbers_by_word(profile)
        for token in _WORD_RE.findall(target.lower()):
            values.update(numbers_of.get(token, ()))
    return {v.normalize() for v in values}


def spelled_values(
    target: str, profile: LocaleProfile, scale_of: Callable[[str], int | None] = lambda word: None
) -> set[Decimal]:
    """Values the target spells out beyond the profile's listed forms: any inflection of a listed
    word, ordinals (во втором сезоне, jeden zweiten Tag), "both" (beide Vorgänge), a number word before
    a scale word (двух миллионов) and an adjective that opens with one (девятивходовой, четырёхминутный).

    A dictionary lookup per word: asked only when :func:`target_values` did not have a source's value.
    """
    if not profile.number_words:
        return set()
    numbers_of = _numbers_by_word(profile)
    openings = _openings(profile)
    values: set[Decimal] = set()
    lowered = target.lower()
    tokens = list(_WORD_RE.finditer(lowered))
    for index, match in enumerate(tokens):
        token = match.group()
        if token[:2] not in openings:  # no number word starts so: spare the dictionary
            continue
        found = {value for lemma in _lemmas(token, profile.lang) for value in numbers_of.get(lemma, ())}
        if not found:
            found = _opening_number(token, numbers_of, profile.lang)
        values.update(found)
        following = tokens[index + 1] if found and index + 1 < len(tokens) else None
        # the scale word right after it, nothing but spaces between: not "ein 3-Billionen-Paket"
        if following and not lowered[match.end() : following.start()].strip():
            exponent = scale_of(following.group())
            if exponent:
                values.update(value.scaleb(exponent) for value in found)
    return {v.normalize() for v in values}


def _openings(profile: LocaleProfile) -> frozenset[str]:
    """The first two letters of every listed number word: a word that starts otherwise is none of them
    in any form (Russian and German inflect at the end; "сто" and "ста" share "ст")."""
    return frozenset(word[:2] for word in _numbers_by_word(profile))


@lru_cache(maxsize=1 << 14)
def _lemmas(token: str, lang: str) -> frozenset[str]:
    """The dictionary forms a word may stand for: pymorphy3's for Russian and Ukrainian, German's
    declined adjective reduced to its -e form (zweiten, beiden: zweite, beide)."""
    base = base_lang(lang)
    if base in ("ru", "uk"):
        return frozenset({token} | {parse.normal_form for parse in _parses(token, base)})
    if base == "de" and token.endswith(("en", "er", "es", "em")):
        return frozenset({token, token[:-2] + "e"})
    return frozenset({token})


def _opening_number(token: str, numbers_of: dict[str, list[Decimal]], lang: str) -> set[Decimal]:
    """The number a Russian or Ukrainian compound adjective opens with (девяти|входовой), or none."""
    base = base_lang(lang)
    if base not in ("ru", "uk") or len(token) < 8:
        return set()
    for size in range(len(token) - 4, 3, -1):
        values = numbers_of.get(token[:size])
        if values:
            return set(values) if any(p.tag.POS == "ADJF" for p in _parses(token, base)) else set()
    return set()


def _parses(token: str, lang: str) -> list:
    """pymorphy3's readings of a word (its analyzer is made once per process, on first need)."""
    return analyzer(lang).parse(token.replace("’", "'").replace("ʼ", "'"))


@lru_cache(maxsize=16)
def _range_pattern(decimal: str) -> re.Pattern[str]:
    dec = re.escape(decimal)
    number = rf"\d+(?:{dec}\d+)?"
    between = r"\s?[-–—]\s?|\s(?:bis|und|oder|до|и|или|і|й|та|або|to|and|or)\s"
    return re.compile(
        rf"(?<![\w.,])(?P<num>{number})(?:{between}){number}[ \xa0\u202f]*(?P<word>[^\W\d_]+\.?)"
    )


@lru_cache(maxsize=64)
def _target_patterns(decimal: str, group: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """:func:`target_values`' expressions for a locale's marks (grouped numbers, plain numbers, group
    marks), compiled once rather than once per sentence."""
    dec = re.escape(decimal)
    groups = "".join(re.escape(g) for g in {group, " ", "\xa0", "\u202f"} if g != decimal)
    # a scale word after a space, or after a hyphen inside a German compound (2,5-Milliarden-Programm)
    word = r"(?:(?:[ \xa0\u202f]*|-)(?P<word>[^\W\d_]+\.?))?"
    grouped = re.compile(rf"(?<![\w.,])(?P<num>\d{{1,3}}(?:[{groups}]\d{{3}})+(?:{dec}\d+)?){word}")
    # a number may also be glued to a name before it (Galaxy Watch4, COVID19)
    plain = re.compile(rf"(?<![\d.,_])(?<![\d_][^\W\d_])(?P<num>\d+(?:{dec}\d+)?)(?!\d){word}")
    return grouped, plain, re.compile(rf"[{groups}]")


_WORD_NUMBERS: dict[int, tuple[dict[int, tuple[str, ...]], dict[str, list[Decimal]]]] = {}


def _numbers_by_word(profile: LocaleProfile) -> dict[str, list[Decimal]]:
    """The profile's number words as word -> values (a word may name several), made once per profile."""
    known = _WORD_NUMBERS.get(id(profile.number_words))
    if known is None or known[0] is not profile.number_words:
        index: dict[str, list[Decimal]] = {}
        for number, forms in profile.number_words.items():
            for form in dict.fromkeys(forms):
                index.setdefault(form, []).append(Decimal(number))
        known = _WORD_NUMBERS[id(profile.number_words)] = (profile.number_words, index)
    return known[1]


def show(text: str) -> str:
    """Make no-break spaces visible in a message a translator reads."""
    return text.replace("\xa0", "<nbsp>").replace("\u202f", "<nnbsp>")
