"""Placeables: the numbers, days and months a fuzzy match differs by, carried into its translation.

A memory that knows "Peskov said on Tuesday that 3 people died" as "Песков заявил во вторник, что погибли
3 человека" has the right suggestion for "Peskov said on Wednesday that 5 people died" once вторник becomes
среду (in the case the old word had, with во becoming в) and 3 becomes 5 (written the CLDR way, the noun
after it agreeing). :func:`carry_placeables` does that, and says what it could not do (the old value is
spelled out or appears twice in the translation), so the translator is told to look.

The two sources are compared word by word; only a placeable replaced by one of the same kind is carried.
Every other difference is the translator's to edit (the ``#|`` line shows it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from babel import Locale
from rapidfuzz.distance import Levenshtein

from newsl10n.locale.numbers import SourceNumber, locale_form, show
from newsl10n.locale.profile import LocaleProfile, load_profile
from newsl10n.spans import protected_spans
from newsl10n.text import words

MORPHOLOGY = ("ru", "uk")  # languages whose day and month names inflect (through pymorphy3)
# Counted forms the dictionaries get wrong: пять человек, not пять людей.
COUNTED_EXCEPTIONS = {("ru", "человек", "many"): "человек"}
# The form of a noun counted by a whole number, by the number's CLDR plural category, in the nominative
# (три человека / три посадовці); pymorphy3's own agreement knows only Russian.
COUNTED_FORMS = {
    "ru": {
        "one": frozenset({"nomn", "sing"}),
        "few": frozenset({"gent", "sing"}),
        "many": frozenset({"gent", "plur"}),
    },
    "uk": {
        "one": frozenset({"nomn"}),
        "few": frozenset({"nomn", "plur"}),
        "many": frozenset({"gent", "plur"}),
    },
}
# Words before a capitalized month name that make it a month ("in May", not "May said").
MONTH_CONTEXT = frozenset(
    [
        "in",
        "on",
        "since",
        "until",
        "till",
        "by",
        "of",
        "from",
        "to",
        "through",
        "during",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
    ]
)
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
# A number as the English source writes it (the locale stage reads numbers the same way): 1,500 or 19.3.
_NUMBER_RE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d|[.,]\d)")
_APOSTROPHES = str.maketrans({"ʼ": "'", "’": "'"})
_DIGIT_RE = re.compile(r"\d")
_WORD_BEFORE_RE = re.compile(r"(\w+)(\s+)$")  # the word right before a position (searched up to it)
_SIGNATURE_RE = re.compile(r"\d+|[A-Z][a-z]+")
_CONSONANT_START = re.compile(r"^[вф][^аеёиоуыэюяіїєaeiouy]", re.IGNORECASE)


@dataclass(frozen=True)
class Placeable:
    """A number, day or month of an English sentence."""

    kind: str  # "number", "day" or "month"
    text: str  # as written in the source
    value: Decimal | int  # the number; 0 (Monday) .. 6 for days; 1..12 for months
    start: int
    end: int
    number: SourceNumber | None = None  # how the locale stage reads it (None: a bare integer in a date)


@dataclass(frozen=True)
class Substitution:
    """One placeable carried over: the sources' old and new value, and what changed in the translation."""

    kind: str
    old: str
    new: str
    old_target: str
    new_target: str

    def __str__(self) -> str:
        return f"{self.old} → {self.new} ({show(self.old_target)} → {show(self.new_target)})"


@dataclass(frozen=True)
class Carried:
    """The memory's translation with the placeables carried over, and the ones that could not be."""

    target: str
    substitutions: tuple[Substitution, ...] = ()
    unresolved: tuple[str, ...] = ()  # one line each: what the translator must check


# -- the English side -------------------------------------------------------------------------------------


@cache
def _english_names() -> tuple[dict[str, int], dict[str, int]]:
    english = Locale("en")
    days = {name: number for number, name in english.days["format"]["wide"].items()}
    months = {name: number for number, name in english.months["format"]["wide"].items()}
    return days, months


@lru_cache(maxsize=8192)  # a memory's sentences come back again and again
def placeables(source: str) -> tuple[Placeable, ...]:
    """The numbers, day names and month names of an English sentence, in order.

    Numbers are read the way the locale stage reads them (English grouping, not glued to a letter:
    "400m" is an amount, not a placeable), outside dates, times, URLs and versions, where only a bare
    integer counts ("December 13"); a month name counts only after a word like "in" or before a number,
    so "May said" and "March on" are not months.
    """
    days, months = _english_names()
    found: list[Placeable] = []
    protected = protected_spans(source) if _DIGIT_RE.search(source) else []
    for match in _NUMBER_RE.finditer(source):
        text, start, end = match.group(), match.start(), match.end()
        if source[end : end + 1].isalpha():
            continue
        if any(a < end and start < b for a, b in protected):
            if text.isdigit() and _bare(source, start, end):
                found.append(Placeable("number", text, Decimal(text), start, end))
            continue
        value = Decimal(text.replace(",", ""))
        number = SourceNumber(text, value, "," in text, start, end, attached=False)
        found.append(Placeable("number", text, value, start, end, number))
    taken = [(p.start, p.end) for p in found]
    tokens = list(_TOKEN_RE.finditer(source))
    for index, token in enumerate(tokens):
        text, start, end = token.group(), token.start(), token.end()
        if text in days:
            found.append(Placeable("day", text, days[text], start, end))
        elif text in months and _is_month(tokens, index) and not any(a < end and start < b for a, b in taken):
            found.append(Placeable("month", text, months[text], start, end))
    return tuple(sorted(found, key=lambda p: p.start))


def _is_month(tokens: list[re.Match[str]], index: int) -> bool:
    before = tokens[index - 1].group().lower() if index else ""
    after = tokens[index + 1].group() if index + 1 < len(tokens) else ""
    return before in MONTH_CONTEXT or after.isdigit()


def _bare(source: str, start: int, end: int) -> bool:
    """A run of digits standing alone (not in 10:30, 2022-12-13, v1.2, 1980s or a URL's ?id=5)."""
    before = source[start - 1] if start else " "
    after = source[end] if end < len(source) else " "
    return not (
        before in "-:./=&?#_"
        or after in "-:/=&?#_"
        or after.isalpha()
        or (after == "." and source[end + 1 : end + 2].isdigit())
    )


# -- pairing the two sources ------------------------------------------------------------------------------


def changed_placeables(old_source: str, new_source: str) -> Iterator[tuple[Placeable, Placeable | None]]:
    """Placeables of ``old_source`` that differ in ``new_source``: paired with their new value, or None.

    The sentences are compared as word sequences in which each placeable is one token standing for its
    kind and value; a replaced stretch pairs its old and new placeables of a kind in order when both sides
    have as many.
    """
    old, new = placeables(old_source), placeables(new_source)
    old_tokens, old_at = _tokens(old_source, old)
    new_tokens, new_at = _tokens(new_source, new)
    for op, i1, i2, j1, j2 in Levenshtein.opcodes(old_tokens, new_tokens):
        if op == "equal":
            continue
        gone = [old_at[i] for i in range(i1, i2) if i in old_at]
        came = [new_at[j] for j in range(j1, j2) if j in new_at]
        for kind in ("number", "day", "month"):
            before = [p for p in gone if p.kind == kind]
            after = [p for p in came if p.kind == kind]
            if len(before) == len(after):
                yield from zip(before, after, strict=True)
            else:
                yield from ((p, None) for p in before)


def _tokens(source: str, found: list[Placeable]) -> tuple[list[object], dict[int, Placeable]]:
    """The sentence as tokens (a placeable is one ``(kind, value)`` token) and the placeable at each index."""
    tokens: list[object] = []
    at: dict[int, Placeable] = {}
    position = 0
    for placeable in [*found, None]:
        end = placeable.start if placeable else len(source)
        tokens.extend(_TOKEN_RE.findall(source[position:end]))
        if placeable is not None:
            at[len(tokens)] = placeable
            tokens.append((placeable.kind, placeable.value))
            position = placeable.end
    return tokens, at


# -- the target side --------------------------------------------------------------------------------------


def carry_placeables(old_source: str, new_source: str, target: str, lang: str) -> Carried:
    """``target`` (the translation of ``old_source``) with the placeables that changed in ``new_source``.

    Every edit is found in the memory's translation as it is and applied at once, so 3 → 5 and 5 → 7 in
    one sentence do not trip over each other.
    """
    if _signature(old_source) == _signature(new_source):
        return Carried(target)  # no digit, day or month differs: nothing to carry
    edits: list[Edit] = []
    unresolved: list[str] = []
    for old, new in changed_placeables(old_source, new_source):
        if new is None:
            unresolved.append(
                f"{old.text} is no longer in the source; the memory's translation may still say it"
            )
            continue
        edit = (
            _carry_number(old, new, target, lang)
            if old.kind == "number"
            else _carry_name(old, new, target, lang)
        )
        if isinstance(edit, str):
            unresolved.append(f"{old.text} → {new.text} not carried into the memory's translation: {edit}")
        elif any(edit.start < other.end and other.start < edit.end for other in edits):
            unresolved.append(
                f"{old.text} → {new.text} not carried into the memory's translation: it overlaps another change"
            )
        else:
            edits.append(edit)
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        target = target[: edit.start] + edit.text + target[edit.end :]
    return Carried(target, tuple(e.substitution for e in edits), tuple(unresolved))


def _signature(source: str) -> list[str]:
    """The digit runs, day and month names of a sentence: when two sentences share it, no placeable changed."""
    days, months = _english_names()
    return [
        word for word in _SIGNATURE_RE.findall(source) if word[0].isdigit() or word in days or word in months
    ]


@dataclass(frozen=True)
class Edit:
    """Replace ``target[start:end]`` with ``text``: one placeable carried over."""

    start: int
    end: int
    text: str
    substitution: Substitution


def _carry_number(old: Placeable, new: Placeable, target: str, lang: str) -> Edit | str:
    """The edit that writes ``new`` where the translation has ``old``'s value, or why there is none."""
    profile = _profile(lang)
    spans = [(start, end) for start, end, value in target_numbers(target, profile) if value == old.value]
    if len(spans) != 1:
        return "its value is not written in figures there" if not spans else "it occurs more than once there"
    start, end = spans[0]
    written = _written(new, lang)
    agreement = _agree(target, end, old.value, new.value, lang)
    if agreement is not None:
        end, written = agreement[0], written + agreement[1]
    return Edit(start, end, written, Substitution("number", old.text, new.text, target[start:end], written))


def _written(number: Placeable, lang: str) -> str:
    """How the locale writes a source number (a bare integer of a date stays as it is)."""
    return _locale_form(number.number, lang) if number.number is not None else number.text


@lru_cache(maxsize=4096)
def _locale_form(number: SourceNumber, lang: str) -> str:
    return locale_form(number, _profile(lang))


def target_numbers(target: str, profile: LocaleProfile) -> list[tuple[int, int, Decimal]]:
    """(start, end, value) of every number written in figures in a translation, grouped ones whole."""
    decimal = re.escape(profile.decimal)
    groups = "".join(re.escape(g) for g in {profile.group, " ", "\xa0", "\u202f"} if g != profile.decimal)
    number = re.compile(
        rf"(?<![\w.,])(?:\d{{1,3}}(?:[{groups}]\d{{3}})+|\d+)(?:{decimal}\d+)?(?![\d]|-\w|{decimal}\d)"
    )
    found = []
    for match in number.finditer(target):
        digits = re.sub(rf"[{groups}]", "", match.group()).replace(profile.decimal, ".")
        try:
            found.append((match.start(), match.end(), Decimal(digits)))
        except InvalidOperation:  # pragma: no cover - the pattern only admits digits
            continue
    return found


def _agree(
    target: str, after: int, old: Decimal | int, new: Decimal | int, lang: str
) -> tuple[int, str] | None:
    """The noun right after a changed number, inflected for the new number (3 человека → 5 человек).

    Only when the number's plural category changed, only in languages with pymorphy3 dictionaries and only
    when the word is the form the old number asked for; returns where the word ends and the text from the
    number's end to there (its space and the new word), or None when nothing changes.
    """
    base = lang.split("-")[0].lower()
    if base not in MORPHOLOGY or not _whole(old) or not _whole(new):
        return None
    if _plural(lang, old) == _plural(lang, new):
        return None
    match = re.match(r"(\s+)([^\W\d_]+)", target[after:])
    if not match:
        return None
    space, word = match.groups()
    if not _analyzer(base).word_is_known(word.lower()):
        return None  # a guess about an unknown word is no ground for changing it
    for parse in _analyzer(base).parse(word.lower()):
        if "NOUN" not in parse.tag:
            continue
        lemma = parse.normalized
        was, now = _counted(lemma, base, _plural(lang, old)), _counted(lemma, base, _plural(lang, new))
        if was is None or now is None or was != word.lower():
            continue
        return after + match.end(), space + _same_case(word, now)
    return None


def _counted(lemma, lang: str, category: str) -> str | None:
    """The form of a noun (a pymorphy3 parse of its normal form) counted by a number of ``category``."""
    if (lang, lemma.word, category) in COUNTED_EXCEPTIONS:
        return COUNTED_EXCEPTIONS[lang, lemma.word, category]
    form = lemma.inflect(COUNTED_FORMS[lang][category]) if category in COUNTED_FORMS[lang] else None
    return form.word if form is not None else None


def _whole(value: Decimal | int) -> bool:
    return Decimal(value) == Decimal(value).to_integral_value()


@lru_cache(maxsize=4096)
def _plural(lang: str, value: Decimal | int) -> str:
    return _locale(lang).plural_form(Decimal(value))


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang.replace("-", "_"))


def _carry_name(old: Placeable, new: Placeable, target: str, lang: str) -> Edit | str:
    """A day or month name: found in any of its forms, replaced by the new one in the same form."""
    base = lang.split("-")[0].lower()
    finder = _morphological_forms if base in MORPHOLOGY else _cldr_forms
    old_forms = finder(base, old.kind, int(old.value))
    new_forms = finder(base, new.kind, int(new.value))
    hits = [w for w in words(target) if _fold(w.group()) in old_forms]
    if len(hits) != 1:
        return "its name is not in the translation" if not hits else "its name occurs more than once there"
    hit = hits[0]
    grammar = old_forms[_fold(hit.group())]
    choice = _pick_form(hit.group(), grammar, new_forms, _preposition(target, hit.start()), old.kind)
    if choice is None:
        return "no form of the new name fits"
    replaced = _apostrophe_like(target, _same_case(hit.group(), choice))
    start, prefix = _fix_preposition(target, hit.start(), replaced, base)
    text = prefix + replaced
    return Edit(
        start, hit.end(), text, Substitution(old.kind, old.text, new.text, target[start : hit.end()], text)
    )


def _apostrophe_like(target: str, word: str) -> str:
    """The dictionary's ASCII apostrophe (п'ятницю) spelled the way the translation spells it."""
    if "'" not in word:
        return word
    used = next((mark for mark in "’ʼ'" if mark in target), "’")
    return word.replace("'", used)


def _preposition(target: str, start: int) -> str:
    before = _WORD_BEFORE_RE.search(target, max(0, start - 40), start)
    return before.group(1).lower() if before else ""


def _fix_preposition(target: str, start: int, word: str, lang: str) -> tuple[int, str]:
    """в/во (Russian) and в/у (Ukrainian) before the new word: во вторник but в среду."""
    before = _WORD_BEFORE_RE.search(target, max(0, start - 40), start)
    if before is None:
        return start, ""
    preposition = before.group(1)
    wanted = preposition
    if lang == "ru" and preposition.lower() in ("в", "во"):
        wanted = "во" if _CONSONANT_START.match(word) else "в"
    elif lang == "uk" and preposition.lower() == "в" and word[:1].lower() in "вф":
        wanted = "у"
    if wanted.lower() == preposition.lower():
        return start, ""
    return before.start(), _same_case(preposition, wanted) + before.group(2)


# The grammar of a form: a set of (case, number) it can stand for; CLDR forms stand for their context.
Grammar = frozenset[tuple[str, str]]


def _pick_form(
    old_word: str, grammar: Grammar, new_forms: dict[str, Grammar], preposition: str, kind: str
) -> str | None:
    """The new name's form with the old word's grammar; a preposition settles nominative vs accusative."""
    options = {
        form: grammar & new_grammar for form, new_grammar in new_forms.items() if grammar & new_grammar
    }
    if not options:
        return None
    spellings = set(options)
    if len(spellings) > 1:
        wanted = _governed_case(preposition, kind)
        narrowed = {form for form, shared in options.items() if any(case == wanted for case, _ in shared)}
        spellings = narrowed or spellings
    # Variants of one case (березні / березневі): the one ending like the old word, then the dictionary's first.
    order = list(new_forms)
    return max(spellings, key=lambda form: (_common_suffix(form, old_word.lower()), -order.index(form)))


def _governed_case(preposition: str, kind: str) -> str:
    if preposition in ("в", "во", "у", "на"):
        return "accs" if kind == "day" else "loct"
    if preposition in ("к", "ко", "по", "до"):
        return "datv" if preposition in ("к", "ко", "по") else "gent"
    return "nomn" if not preposition else ""


def _common_prefix(a: str, b: str) -> int:
    length = 0
    while length < min(len(a), len(b)) and a[length] == b[length]:
        length += 1
    return length


def _common_suffix(a: str, b: str) -> int:
    length = 0
    while length < min(len(a), len(b)) and a[-1 - length] == b[-1 - length]:
        length += 1
    return length


@cache
def _morphological_forms(lang: str, kind: str, value: int) -> dict[str, Grammar]:
    """Every form of a day or month name (from CLDR's nominative, through pymorphy3) and its grammar."""
    locale = Locale.parse(lang)
    names = locale.days if kind == "day" else locale.months
    lemma = _fold(names["stand-alone"]["wide"][value])
    parses = [p for p in _analyzer(lang).parse(lemma) if "NOUN" in p.tag and "nomn" in p.tag]
    # The reading whose forms keep the CLDR spelling (воскресенье, not воскресение) comes first.
    parses.sort(key=lambda p: p.word != lemma)
    if not parses:
        return {lemma: frozenset({("nomn", "sing")})}
    forms: dict[str, set[tuple[str, str]]] = {}
    for form in parses[0].lexeme:
        case, number = form.tag.case, form.tag.number or "sing"  # Ukrainian tags leave singular unsaid
        if case and number == "sing":
            forms.setdefault(_fold(form.word), set()).add((case, number))
    # Spelling variants of one case (воскресенье / воскресение): CLDR's spelling first.
    ordered = sorted(forms, key=lambda form: -_common_prefix(form, lemma))
    return {form: frozenset(forms[form]) for form in ordered}


@cache
def _cldr_forms(lang: str, kind: str, value: int) -> dict[str, Grammar]:
    """A day or month name as CLDR writes it in ``lang`` (format and stand-alone), for uninflected languages."""
    try:
        locale = Locale.parse(lang)
    except (ValueError, LookupError):
        return {}
    names = locale.days if kind == "day" else locale.months
    return {
        _fold(names[context]["wide"][value]): frozenset({(context, "wide")})
        for context in ("format", "stand-alone")
    }


def _fold(word: str) -> str:
    return word.lower().translate(_APOSTROPHES)


def _same_case(model: str, word: str) -> str:
    """``word`` capitalized like ``model`` (Вторник → Среду, ВТОРНИК → СРЕДУ)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@cache
def _analyzer(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@cache
def _profile(lang: str) -> LocaleProfile:
    return load_profile(lang)
