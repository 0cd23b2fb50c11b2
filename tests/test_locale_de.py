"""German desk: 1.500 and 19,3, „…“ with ‚…‘ inside, spaced en dash, Mrd./Milliarden, noun capitals."""

from __future__ import annotations

import pytest

from newsl10n.locale import LocaleChecker, load_profile
from newsl10n.model import Segment

NB = "\xa0"


@pytest.fixture(scope="module")
def checker() -> LocaleChecker:
    return LocaleChecker(load_profile("de"))


def fixed(checker, source, target):
    segment = Segment(source, "de", target, fuzzy=True)
    changes = [str(change) for change in checker.fix(segment)]
    return segment.target, changes


def test_grouping_is_a_full_stop_and_decimal_a_comma(checker):
    target, changes = fixed(
        checker, "Some 1,500 troops and 19.3 tonnes", "Etwa 1,500 Soldaten und 19.3 Tonnen"
    )
    assert target == "Etwa 1.500 Soldaten und 19,3 Tonnen"
    assert changes == ["number: 1,500 → 1.500", "number: 19.3 → 19,3"]


def test_year_is_not_grouped(checker):
    assert fixed(checker, "since 2022", "seit 2022") == ("seit 2022", [])
    assert fixed(checker, "since 2022", "seit 2.022")[0] == "seit 2022"


def test_quotes_from_any_style_become_german(checker):
    assert fixed(checker, "", 'Er sagte "definitiv" ja')[0] == "Er sagte „definitiv“ ja"
    assert fixed(checker, "", "Er sagte «definitiv» ja")[0] == "Er sagte „definitiv“ ja"
    assert fixed(checker, "", "Er sagte “definitiv” ja")[0] == "Er sagte „definitiv“ ja"
    target, _ = fixed(checker, "", "„Es gibt keinen “Weihnachtsfrieden”“, sagte er.")
    assert target == "„Es gibt keinen ‚Weihnachtsfrieden‘“, sagte er."


def test_possessive_apostrophe_is_not_a_quote(checker):
    # a single-quoted word at the top level is a quotation: it takes the primary marks
    text = "Selenskyjs’ Plan und Peskows 'Nein' zu Kyiv’s Plan"
    assert fixed(checker, "", text)[0] == "Selenskyjs’ Plan und Peskows „Nein“ zu Kyiv’s Plan"


def test_dashes_become_spaced_en_dash(checker):
    target, changes = fixed(checker, "", "Kreml - Patriots wären Ziel — Waffenruhe nicht erwogen")
    assert target == "Kreml – Patriots wären Ziel – Waffenruhe nicht erwogen"
    assert changes == ["dash: - — → –"]


def test_no_short_word_rule_but_number_and_unit_are_glued(checker):
    target, _ = fixed(checker, "$19.3 billion in aid", "19,3 Milliarden Dollar in Hilfe")
    assert target == f"19,3{NB}Milliarden Dollar in Hilfe"


@pytest.mark.parametrize(
    "target", ["Hilfe von 19,3 Mrd. $", "Hilfe von 19,3 Milliarden Dollar", f"Hilfe von 19,3{NB}Mrd.{NB}$"]
)
def test_amount_in_short_and_long_forms(checker, target):
    problems = checker.check(Segment("$19.3 billion in aid", "de", target))
    assert "amount" not in [p.check for p in problems]


def test_amount_with_wrong_scale_is_reported_with_hint(checker):
    segment = Segment("$19.3 billion in aid", "de", "Hilfe von 19,3 Millionen Dollar")
    assert [p.check for p in checker.check(segment) if p.check != "nbsp"] == ["amount"]
    assert checker.hints(segment) == ["amount: $19.3 billion → 19,3 Mrd. $"]
    assert checker.hints(Segment("€5 million", "de")) == ["amount: €5 million → 5 Mio. €"]


def test_noun_capitals_are_not_title_case_problems(checker):
    assert checker.check(Segment("", "de", "Kreml Nennt Patriot Raketen Legitimes Ziel")) == []


UNCHANGED = [
    ("On Dec 13, 2022 at 10:30", "Am 13. Dezember 2022 um 10:30"),
    ("on 2022-12-13", "am 2022-12-13"),
    ("for the 21st time", "zum 21. Mal"),
    ("see https://www.bundesregierung.de/a-b", "siehe https://www.bundesregierung.de/a-b"),
    ("version 2.10.1", "Version 2.10.1"),
    (
        "Kremlin: Patriots would be legitimate target – truce not considered",
        "Kreml: Patriots wären legitimes Ziel – Waffenruhe nicht erwogen",
    ),
    ("“Christmas truce”", "„Weihnachtsfrieden“"),
    ("1,500 people", "1.500 Menschen"),
]


@pytest.mark.parametrize(("source", "target"), UNCHANGED)
def test_already_right_targets_are_left_alone(checker, source, target):
    segment = Segment(source, "de", target, fuzzy=True)
    assert checker.fix(segment) == []
    assert segment.target == target
    assert checker.check(segment) == []


def test_a_translator_may_group_by_spaces_as_din_5008_allows(checker):
    source = "Up to 175,000 troops and 1,234.5 tons."
    reviewed = Segment(source, "de", "Bis zu 175 000 Soldaten und 1 234,5 Tonnen.")
    assert checker.check(reviewed) == [] and checker.fix(reviewed) == []
    # machine output takes the desk's full stops; an English decimal point is still an error
    assert [
        str(p)
        for p in checker.check(
            Segment(source, "de", "Bis zu 175 000 Soldaten und 1.234,5 Tonnen.", fuzzy=True)
        )
    ] == ["number: 175 000 → 175.000"]
    assert [
        p.check for p in checker.check(Segment(source, "de", "Bis zu 175.000 Soldaten und 1 234.5 Tonnen."))
    ] == ["number"]
