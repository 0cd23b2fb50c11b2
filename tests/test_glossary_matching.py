"""The term matcher at scale: one automaton that finds exactly what the per-term regular expressions of
earlier versions found, for glossaries past any cache size, and one plan shared by ``fix`` and ``check``."""

from __future__ import annotations

import pickle
import re

import pytest

from newsl10n.glossary import Glossary, GlossaryChecker, Term, load_glossaries
from newsl10n.glossary.matching import SourceIndex
from newsl10n.model import Segment


def regex_matches(variant: str, text: str) -> list[tuple[int, int]]:
    """The specification the automaton must meet: the regex each term used to be matched with."""
    body = r"\s+".join(re.escape(part) for part in variant.split())
    pattern = re.compile(rf"(?<![\w'’-]){body}(?:['’]s|['’](?!\w)|s)?(?!\w|-\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


VARIANTS = ["Kyiv", "Kiev", "UN", "Patriot", "Dmitry Peskov", "Peskov", "O'Neill", "Zelenskyy", "Zelensky"]
TEXTS = [
    "Kyiv's mayor, Kyiv’s mayor, the Kyivs, Kyivs' and Kyiv’ said",
    "Kyiv-based firm, pro-Kyiv blog, Kyivsk, Kyiv’sx, Kyiv's-based, o'Kyiv, _Kyiv, Kyiv_",
    "UN, UNO, UNs, the UN's, UN-backed, UN- and -UN; (UN) «UN» UN.",
    "Patriots, patriot, Patriot-Systeme, Patriot-ов, PatriotS",
    "Dmitry Peskov, Dmitry  Peskov, Dmitry\nPeskov, Dmitry\u00a0Peskov's words, Dmitry-Peskov",
    "O'Neill, O'Neills, O'Neill's",
    "Zelenskyy and Zelensky and Zelenskyys and Zelenskiy",
    "Kiev",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_automaton_finds_what_the_regular_expressions_found(text):
    terms = [Term((variant,), {"ru": (variant,)}) for variant in VARIANTS]
    found = sorted((start, end, variant) for _, variant, start, end in SourceIndex(terms).matches(text))
    expected = sorted(
        (start, end, variant) for variant in VARIANTS for start, end in regex_matches(variant, text)
    )
    assert found == expected


def numbered_terms(count: int) -> list[Term]:
    return [Term((f"Placename{n:05d}",), {"ru": (f"Город{n:05d}",)}) for n in range(count)]


def test_a_glossary_past_a_thousand_terms_finds_every_term(tmp_path):
    """Regex caches held 1,024 patterns; the automaton has no such limit (nor its cliff in speed)."""
    glossary = Glossary(numbered_terms(3000))
    glossary.extend(load_glossaries().terms)
    checker = GlossaryChecker(glossary, "ru")
    for n in (0, 1023, 1024, 1500, 2999):
        seg = Segment(f"Officials in Placename{n:05d} and Kyiv.", "ru")
        assert checker.hints(seg) == [f"glossary: Placename{n:05d} → Город{n:05d}", "glossary: Kyiv → Киев"]


def test_adding_is_linear_and_keeps_the_merge_rules():
    glossary = Glossary(numbered_terms(2000))
    glossary.add(Term(("Placename01999", "Place 1999"), {"de": ("Ort 1999",)}, "note"))
    glossary.add(Term(("Place 1999",), {"ru": ("Город",)}))
    assert len(glossary) == 2000
    last = glossary.terms[-1]
    assert last.sources == ("Placename01999", "Place 1999")
    assert last.targets == {"ru": ("Город",), "de": ("Ort 1999",)} and last.note == "note"


def test_a_term_added_after_a_search_is_found():
    glossary = Glossary(numbered_terms(3))
    assert GlossaryChecker(glossary, "ru").hints(Segment("In Bakhmut.", "ru")) == []
    glossary.add(Term(("Bakhmut",), {"ru": ("Бахмут",)}))
    assert GlossaryChecker(glossary, "ru").hints(Segment("In Bakhmut.", "ru")) == [
        "glossary: Bakhmut → Бахмут"
    ]


def test_fix_and_then_check_share_one_plan(monkeypatch):
    checker = GlossaryChecker(load_glossaries(), "uk")
    made = []
    original = checker._make_plan
    monkeypatch.setattr(checker, "_make_plan", lambda *args: made.append(args[0]) or original(*args))
    seg = Segment("Kyiv said the Kremlin agreed.", "uk", "Київ заявив, що Кремль погодився.", True, "mt")
    checker.hints(seg)
    assert checker.fix(seg) == []
    seg.target = seg.target.replace(" ", "\u00a0", 1).replace(",", "")  # a locale fix: same words
    assert checker.check(seg) == []
    assert len(made) == 1
    seg.target = "Києв заявив, що Кремль погодився."  # another word: another plan
    assert [p.message for p in checker.check(seg)] == ["wrong form 'Києв' of Kyiv → Київ"]
    assert len(made) == 2


def test_a_checker_travels_to_a_worker_process_and_works_there():
    checker = GlossaryChecker(load_glossaries(), "ru")
    checker.check(Segment("Peskov said.", "ru", "Пєсков заявил.", True, "mt"))
    copy = pickle.loads(pickle.dumps(checker))
    seg = Segment("Peskov said.", "ru", "Пєсков заявил.", True, "mt")
    assert [p.message for p in copy.check(seg)] == ["wrong form 'Пєсков' of Peskov → Песков"]
    assert [str(c) for c in copy.fix(seg)] == ["Peskov → Песков: replaced 'Пєсков' with 'Песков'"]


def test_checkers_of_one_language_share_what_the_glossary_built_until_a_term_is_added():
    glossary = Glossary(numbered_terms(50))
    first, second = GlossaryChecker(glossary, "ru"), GlossaryChecker(glossary, "ru")
    assert first.view is second.view and first.glossary.source_index() is glossary.source_index()
    assert GlossaryChecker(glossary, "uk").view is not first.view
    glossary.add(Term(("Bakhmut",), {"ru": ("Бахмут",)}))
    assert GlossaryChecker(glossary, "ru").view is not first.view
