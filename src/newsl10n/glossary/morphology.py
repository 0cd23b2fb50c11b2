"""Word forms of glossary terms: which inflections count as the term, and how to inflect it.

Russian and Ukrainian go through pymorphy3 (loaded once per process, on first use); German only needs
its few noun endings (the genitive -s above all); other languages compare spellings as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from newsl10n.glossary.similarity import best_similarity
from newsl10n.text import words

MORPH_LANGS = ("ru", "uk")
DE_ENDINGS = ("", "s", "es", "n", "en", "e", "er", "ern", "em", "ns")
# A German adjective declines by its ending: Weißes Haus, des Weißen Hauses, das Weiße Haus.
DE_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"})
PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
ADJECTIVES = ("ADJF", "PRTF")
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")
# A German term this long is looked for inside compounds too (Kremlsprecher, Ostukraine).
GERMAN_COMPOUND_MIN = 4
# A Russian or Ukrainian name's relational adjective: the name's stem (its lemma less a final vowel or
# soft sign), then what such adjectives add: рождеств|енский, росси|йский, крым|ский, різдв|яний,
# київ|ський, кремл|ёвский; "кримінальний" is no adjective of Крим.
RELATIONAL_STEM_MIN = 4
_RELATIONAL_TAIL_RE = re.compile(r"(?:[еиійоья]|ен|ян|ов|ев|ів|ёв)?(?:ск|ськ|цк|цьк)?(?:ий|ый|ой|ій)")
_GERMAN_ADJECTIVE_TAIL_RE = re.compile(r"isch(?:e|en|er|es|em)?")
_FINAL_VOWEL_RE = re.compile(r"[аеёиіїоуыьэюяйєо]$")

# Cases a preposition governs, likeliest first: they settle ambiguous endings (в Кремлёвке is
# locative, not dative) and give a case to a word the dictionaries cannot read at all.
_LOC_ACC = ("loct", "accs")
_GEN = ("gent",)
_INS_ACC = ("ablt", "accs")
PREPOSITION_CASES: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        **dict.fromkeys(("в", "во", "на"), _LOC_ACC),
        **dict.fromkeys(("о", "об", "обо", "при"), ("loct",)),
        **dict.fromkeys(
            ("из", "изо", "от", "до", "без", "для", "у", "около", "после", "против", "из-за"), _GEN
        ),
        **dict.fromkeys(("с", "со"), ("ablt", "gent")),
        **dict.fromkeys(("к", "ко"), ("datv",)),
        "по": ("datv",),
        **dict.fromkeys(("над", "под", "перед", "между", "за"), _INS_ACC),
        **dict.fromkeys(("про", "через", "сквозь"), ("accs",)),
    },
    "uk": {
        **dict.fromkeys(("в", "у", "на"), _LOC_ACC),
        **dict.fromkeys(("при",), ("loct",)),
        **dict.fromkeys(("до", "від", "для", "без", "біля", "після", "проти", "серед", "навколо"), _GEN),
        **dict.fromkeys(("з", "із", "зі", "зо"), ("ablt", "gent")),
        **dict.fromkeys(("над", "під", "перед", "між", "за"), _INS_ACC),
        **dict.fromkeys(("про", "через", "крізь"), ("accs",)),
        "по": ("loct", "datv", "accs"),
    },
}


def base_lang(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


@cache
def analyzer(lang: str):
    """One pymorphy3 analyzer per language and process: building one takes about a second."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def fold(word: str) -> str:
    """Comparison key: case, ё and the apostrophe style do not make a different word."""
    return word.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")


def _dictionary_spelling(word: str) -> str:
    # The Ukrainian dictionary spells the apostrophe as ASCII '.
    return word.replace("’", "'").replace("ʼ", "'")


def _morph(lang: str, word: str) -> bool:
    return base_lang(lang) in MORPH_LANGS and bool(CYRILLIC_RE.search(word))


def _lemma_parses(word: str, lang: str, animacy: str | None = None) -> list:
    """Parses of a glossary word in its dictionary (nominative) form, the likeliest reading first.

    Prefers the reading whose lemma is the word itself and which is a name (Песков the surname,
    not the genitive plural of песок).
    """
    spelled = _dictionary_spelling(word)
    parses = analyzer(base_lang(lang)).parse(spelled)
    nominative = [parse for parse in parses if parse.tag.case == "nomn"] or parses

    def rank(parse) -> tuple:
        return (
            parse.normal_form == spelled.lower(),
            bool(NAME_TAGS & parse.tag.grammemes),
            animacy is not None and parse.tag.animacy == animacy,
            parse.score,
        )

    return sorted(nominative, key=rank, reverse=True)


@lru_cache(maxsize=65536)
def word_forms(word: str, lang: str) -> frozenset[str]:
    """Folded spellings that count as ``word`` in ``lang`` (Киев: киев, киева, киеве, ...)."""
    folded = fold(word)
    if _morph(lang, word):
        parses = _lemma_parses(word, lang)
        if not parses:
            return frozenset({folded})
        best = parses[0]
        same = [p for p in parses if p.normal_form == best.normal_form and p.tag.POS == best.tag.POS]
        return frozenset({folded} | {fold(form.word) for parse in same for form in parse.lexeme})
    if base_lang(lang) == "de":
        forms = {folded + ending for ending in DE_ENDINGS}
        for ending in DE_ADJECTIVE_ENDINGS:
            stem = folded.removesuffix(ending)
            if stem != folded and len(stem) >= GERMAN_COMPOUND_MIN:
                forms.update(stem + other for other in DE_ADJECTIVE_ENDINGS)
        return frozenset(forms)
    return frozenset({folded})


def accepts(word: str, expected: str, lang: str) -> bool:
    """Whether target ``word`` is a form of glossary word ``expected``.

    German also writes a name inside a compound (Kremlsprecher, Westukraine); that counts for terms
    long enough not to hide inside unrelated words.
    """
    return form_test(expected, lang)(fold(word))


def needs_cyrillic(expected: str, lang: str) -> bool:
    """Whether every form of ``expected`` is written in Cyrillic: a target without Cyrillic letters has
    none of them, and the dictionary need not be asked."""
    return _morph(lang, expected)


@lru_cache(maxsize=65536)
def form_test(expected: str, lang: str) -> Callable[[str], bool]:
    """A test of a folded target word (:func:`fold`): is it a form of glossary word ``expected``?

    Beyond its inflections: German writes a term inside a compound (Kremlsprecher, Weihnachtsbaum with
    the linking -s of Weihnachten); all three turn a name into its relational adjective (Russia's gas:
    российский газ, russisches Gas; a Christmas tree: рождественская ёлка).
    """
    forms = word_forms(expected, lang)
    if base_lang(lang) == "de" and len(expected) >= GERMAN_COMPOUND_MIN and " " not in expected:
        stem = fold(expected)
        heads = (stem, stem[:-2] + "s") if stem.endswith("en") else (stem,)

        def in_compound(folded: str) -> bool:
            if folded in forms or german_adjective(folded, stem):
                return True
            return len(folded) > len(stem) and (folded.startswith(heads) or folded.endswith(stem))

        return in_compound
    if _morph(lang, expected) and expected[:1].isupper() and " " not in expected:
        stem = _FINAL_VOWEL_RE.sub("", fold(expected))
        if len(stem) >= RELATIONAL_STEM_MIN:

            def inflected_or_relational(folded: str) -> bool:
                if folded in forms:
                    return True
                return folded.startswith(stem) and _relational_adjective(folded, stem, base_lang(lang))

            return inflected_or_relational
    return forms.__contains__


def german_adjective(folded: str, name: str) -> bool:
    """Whether ``folded`` is the -isch adjective of a German place name (folded): Russland, russische;
    Ukraine, ukrainischen."""
    return any(
        len(stem) >= GERMAN_COMPOUND_MIN
        and folded.startswith(stem)
        and _GERMAN_ADJECTIVE_TAIL_RE.fullmatch(folded[len(stem) :]) is not None
        for stem in {name, name.removesuffix("land"), name.removesuffix("e")}
    )


@lru_cache(maxsize=65536)
def _relational_adjective(folded: str, stem: str, lang: str) -> bool:
    """Whether ``folded`` is an adjective whose lemma is ``stem`` plus a relational suffix."""
    for parse in analyzer(lang).parse(_dictionary_spelling(folded)):
        if parse.tag.POS == "ADJF":
            lemma = fold(parse.normal_form)
            if lemma.startswith(stem) and _RELATIONAL_TAIL_RE.fullmatch(lemma[len(stem) :]):
                return True
    return False


def grammar_of(
    text: str, lang: str, references: list[str], preposition: str = ""
) -> tuple[str, str | None, str | None] | None:
    """(case, number, animacy) of the first inflected word of ``text``, or None when unknown.

    The word may be a foreign variant (ru Киеве in Ukrainian output), so when the target language's
    dictionary does not know it the other Cyrillic dictionary is asked; among readings the one whose
    lemma is closest to the term wins (Києві: locative of Київ, not dative of кий). A preposition
    before ``text`` keeps only the cases it governs.
    """
    lang = base_lang(lang)
    governed = PREPOSITION_CASES.get(lang, {}).get(preposition.lower(), ())
    others = [lang, *(other for other in MORPH_LANGS if other != lang)]
    for match in words(text):
        word = _dictionary_spelling(match.group())
        if not CYRILLIC_RE.search(word):
            continue
        readings: list = []
        for analyzer_lang in others:
            parses = [
                p
                for p in analyzer(analyzer_lang).parse(word)
                if p.tag.case and p.tag.POS in ("NOUN", *ADJECTIVES, "NUMR")
            ]
            if parses and any(p.is_known for p in parses):
                readings = parses
                break
            readings = readings or parses
        readings = [p for p in readings if p.tag.case in governed] or readings
        if readings:
            best = max(
                readings,
                # Names are singular far more often than not: Пєсковым is his instrumental, not "to the Peskovs".
                key=lambda p: (best_similarity(p.normal_form, references), p.tag.number != "plur", p.score),
            )
            return best.tag.case, best.tag.number, best.tag.animacy
    return (governed[0], None, None) if governed else None


def inflect_like(
    phrase: str, lang: str, replaced: str, references: list[str], preposition: str = ""
) -> str | None:
    """``phrase`` (a glossary target) in the grammatical form of ``replaced``; None if it cannot be done
    (the case of ``replaced`` is unknown, or the dictionary cannot inflect the term)."""
    lang = base_lang(lang)
    if lang == "de":
        return _german_like(phrase, replaced)
    if lang not in MORPH_LANGS or not CYRILLIC_RE.search(phrase):
        return phrase
    grammar = grammar_of(replaced, lang, references, preposition)
    if grammar is None:
        return None
    result = _inflect_phrase(phrase, lang, *grammar)
    if result is None:
        return None
    if replaced[:1].isupper() and result[:1].islower():
        result = result[:1].upper() + result[1:]
    return result


def _german_like(phrase: str, replaced: str) -> str:
    """German keeps the genitive -s of a name: Kievs -> Kiews; otherwise the glossary form."""
    replaced_words = words(replaced)
    last = replaced_words[-1].group() if replaced_words else ""
    if len(last) > 2 and last.endswith("s") and not phrase.endswith(("s", "ß", "x", "z")):
        return phrase + "s"
    return phrase


def _inflect_phrase(phrase: str, lang: str, case: str, number: str | None, animacy: str | None) -> str | None:
    """Inflect the words that agree with the head: leading adjectives, the head noun, and the names
    that follow a first name. Dependents after the head (Совет Безопасности) stay as they are."""
    pieces: list[tuple[int, int, str]] = []
    head_seen = False
    for match in words(phrase):
        parses = _lemma_parses(match.group(), lang, animacy)
        if not parses:
            break
        parse = parses[0]
        is_person = bool(PERSON_TAGS & parse.tag.grammemes)
        if parse.tag.POS in ADJECTIVES or (parse.tag.POS == "NOUN" and (not head_seen or is_person)):
            new = _inflect_word(parse, lang, case, number)
            if new is None:
                return None
            pieces.append((match.start(), match.end(), _restore(match.group(), new)))
            head_seen = head_seen or parse.tag.POS == "NOUN"
        else:
            break
    result = phrase
    for start, end, new in reversed(pieces):
        result = result[:start] + new + result[end:]
    return result


def _inflect_word(parse, lang: str, case: str, number: str | None) -> str | None:
    if "Fixd" in parse.tag:
        return parse.word
    grammemes = {case}
    if number and not ({"Sgtm", "Pltm"} & parse.tag.grammemes):
        grammemes.add(number)
    form = parse.inflect(grammemes) or parse.inflect({case})
    if form is None:
        return None
    if lang == "uk" and case == "loct":
        return _ukrainian_locative(parse, form).word
    return form.word


def _ukrainian_locative(parse, form):
    """pymorphy3 lists the dative-like locative first (Кремлеві); desks write у Кремлі, у Зеленському."""
    options = [
        f
        for f in parse.lexeme
        if f.tag.case == "loct"
        and f.tag.number == form.tag.number
        and f.tag.gender == form.tag.gender
        and "Dist" not in f.tag
    ]
    if parse.tag.POS in ADJECTIVES:
        preferred = [f for f in options if not f.word.endswith("ім")]
    elif form.tag.animacy == "inan" or parse.tag.animacy == "inan":
        preferred = [
            f for f in options if f.word.endswith(("і", "ї")) and not f.word.endswith(("ові", "еві", "єві"))
        ]
    else:
        preferred = []
    return preferred[0] if preferred else form


def _restore(template: str, word: str) -> str:
    """Give ``word`` the capitalization and apostrophe of the glossary spelling ``template``."""
    if "’" in template:
        word = word.replace("'", "’")
    if template.isupper() and len(template) > 1:
        return word.upper()
    parts = re.split(r"(-)", word)
    shapes = re.split(r"(-)", template)
    if len(parts) == len(shapes):
        return "".join(
            p[:1].upper() + p[1:] if s[:1].isupper() else p for p, s in zip(parts, shapes, strict=True)
        )
    return word[:1].upper() + word[1:] if template[:1].isupper() else word
