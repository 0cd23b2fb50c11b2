"""Ukrainian desk: CLDR numbers, «…» quotes, the apostrophe (not a quote), em dash, amounts."""

from __future__ import annotations

import pytest

from newsl10n.locale import LocaleChecker, load_profile
from newsl10n.model import Segment

NB = "\xa0"


@pytest.fixture(scope="module")
def checker() -> LocaleChecker:
    return LocaleChecker(load_profile("uk"))


def fixed(checker, source, target):
    segment = Segment(source, "uk", target, fuzzy=True)
    changes = [str(change) for change in checker.fix(segment)]
    return segment.target, changes


def test_numbers_use_comma_and_no_break_space_groups(checker):
    target, changes = fixed(
        checker, "Some 1,500 troops got 19.3 tonnes.", "Близько 1,500 військових отримали 19.3 тонни."
    )
    assert target == f"Близько 1{NB}500 військових отримали 19,3 тонни."
    assert len(changes) == 2


def test_apostrophe_is_not_a_quote_and_becomes_the_typographic_one(checker):
    target, changes = fixed(checker, "", "Різдвяне перемир'я не розглядається")
    assert target == "Різдвяне перемир’я не розглядається"
    assert changes == ["apostrophe: ' → ’"]
    already = "Різдвяне «перемир’я» не розглядається"
    assert fixed(checker, "", already) == (already, [])


def test_quotes_around_words_with_apostrophes(checker):
    target, _ = fixed(checker, "", "Він назвав це \"перемир'ям\" і 'м'якою' силою")
    assert target == f"Він назвав це «перемир’ям» і{NB}«м’якою» силою"


def test_curly_and_nested_quotes(checker):
    target, changes = fixed(checker, "", "Пєсков: “Ні, такої ‘пропозиції’ не надходило”.")
    assert target == "Пєсков: «Ні, такої „пропозиції“ не надходило»."
    assert changes == ["quotes: “ ‘ ’ ” → « „ “ »"]


def test_dash_and_no_break_spaces(checker):
    target, _ = fixed(checker, "", "Кремль - Patriot буде ціллю у Києві")
    assert target == f"Кремль — Patriot буде ціллю у{NB}Києві"


@pytest.mark.parametrize(
    "target",
    [
        "Вашингтон надав 19,3 млрд доларів.",
        "Вашингтон надав 19,3 мільярда доларів.",
        "Вашингтон надав 19,3 мільярдів доларів.",
    ],
)
def test_amount_in_short_and_long_forms(checker, target):
    problems = checker.check(Segment("Washington provided $19.3 billion.", "uk", target))
    assert "amount" not in [p.check for p in problems]


def test_missing_amount_and_hint(checker):
    segment = Segment("Washington provided $19.3 billion.", "uk", "Вашингтон надав значну допомогу.")
    assert [p.check for p in checker.check(segment)] == ["amount"]
    assert checker.hints(segment) == ["amount: $19.3 billion → 19,3 млрд USD"]


def test_number_spelled_out_counts(checker):
    source = "after nearly 10 months of war"
    assert checker.check(Segment(source, "uk", "після майже десяти місяців війни")) == []
    assert [p.check for p in checker.check(Segment(source, "uk", "після майже року війни"))] == ["number"]


UNCHANGED = [
    ("On 13.12.2022 at 10:30.", "13.12.2022 о\xa010:30."),
    ("For the 21st time since 2014.", "Удвадцять перше з\xa02014 року."),
    ("See www.kmu.gov.ua/news.", "Див. www.kmu.gov.ua/news."),
    ("Truce", "Різдвяне перемир’я"),
    ("About 1,500 troops", f"Близько 1{NB}500 військових"),
    ("“Christmas truce”", "«Різдвяне перемир’я»"),
]


@pytest.mark.parametrize(("source", "target"), UNCHANGED)
def test_already_right_targets_are_left_alone(checker, source, target):
    segment = Segment(source, "uk", target, fuzzy=True)
    assert checker.fix(segment) == []
    assert segment.target == target
