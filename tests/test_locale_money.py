"""Amount recognition in English sources and CLDR scale words in targets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from newsl10n.locale.money import find_amounts, scale_of


@pytest.mark.parametrize(
    ("source", "value", "currency"),
    [
        ("provided $19.3 billion in aid", Decimal("19.3e9"), "USD"),
        ("a €5 million grant", Decimal("5e6"), "EUR"),
        ("a $400m package", Decimal("400e6"), "USD"),
        ("1.5 trillion rubles", Decimal("1.5e12"), "RUB"),
        ("US$2.5bn", Decimal("2.5e9"), "USD"),
        ("$1,500 per month", Decimal("1500"), "USD"),
        ("3 billion people", Decimal("3e9"), None),
    ],
)
def test_amounts_are_recognized(source, value, currency):
    [amount] = find_amounts(source)
    assert (amount.value, amount.currency) == (value.normalize(), currency)


@pytest.mark.parametrize(
    "source", ["a 5m drop", "in 2022", "on Dec 13, 2022 at 10:30", "the 21st time", "v1.2.3"]
)
def test_non_amounts_are_ignored(source):
    assert find_amounts(source) == ()


@pytest.mark.parametrize(
    ("lang", "word", "exponent"),
    [
        ("ru", "млрд", 9),
        ("ru", "млрд.", 9),
        ("ru", "миллиардами", 9),
        ("ru", "тыс.", 3),
        ("uk", "мільярда", 9),
        ("uk", "млн", 6),
        ("de", "Mrd.", 9),
        ("de", "Milliarden", 9),
        ("de", "Millionen", 6),
        ("de", "Billionen", 12),
        ("ru", "долларов", None),
        ("de", "Milch", None),
    ],
)
def test_scale_words_come_from_cldr(lang, word, exponent):
    assert scale_of(lang, word) == exponent
