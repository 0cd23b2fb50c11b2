"""Placeable substitution: days, months and numbers carried into a memory's translation, or flagged."""

from __future__ import annotations

import pytest

from newsl10n.tm.placeables import carry_placeables, changed_placeables, placeables

NBSP = "\xa0"


def carried(old: str, new: str, target: str, lang: str):
    return carry_placeables(old, new, target, lang)


def test_day_in_russian_changes_case_and_preposition():
    result = carried(
        "Peskov said on Tuesday that 3 people died.",
        "Peskov said on Wednesday that 5 people died.",
        "Песков заявил во вторник, что погибли 3 человека.",
        "ru",
    )
    assert result.target == "Песков заявил в среду, что погибли 5 человек."
    assert [(s.old, s.new, s.old_target, s.new_target) for s in result.substitutions] == [
        ("Tuesday", "Wednesday", "во вторник", "в среду"),
        ("3", "5", "3 человека", "5 человек"),
    ]
    assert result.unresolved == ()


def test_back_to_tuesday_takes_vo_and_sunday_keeps_its_spelling():
    result = carried("On Sunday it ended.", "On Tuesday it ended.", "В воскресенье всё закончилось.", "ru")
    assert result.target == "Во вторник всё закончилось."
    result = carried("On Tuesday it ended.", "On Sunday it ended.", "Во вторник всё закончилось.", "ru")
    assert result.target == "В воскресенье всё закончилось."  # not the dictionary's other reading воскресение


def test_months_keep_their_case_in_russian_and_ukrainian():
    assert carried(
        "Talks began in March.", "Talks began in April.", "Переговоры начались в марте.", "ru"
    ).target == ("Переговоры начались в апреле.")
    assert carried(
        "On March 3 they met.", "On August 3 they met.", "3 березня вони зустрілися.", "uk"
    ).target == ("3 серпня вони зустрілися.")
    assert carried("In August.", "In March.", "У серпні.", "uk").target == "У березні."


def test_ukrainian_day_keeps_the_apostrophe_the_translation_uses():
    result = carried(
        "On Monday, 3 officials left.", "On Friday, 5 officials left.", "У понеділок 3 посадовці пішли.", "uk"
    )
    assert result.target == "У п’ятницю 5 посадовців пішли."


def test_german_uses_the_cldr_names():
    result = carried(
        "On Friday, 3 officials left.", "On Monday, 3 officials left.", "Am Freitag gingen 3 Beamte.", "de"
    )
    assert result.target == "Am Montag gingen 3 Beamte."


def test_numbers_are_written_the_cldr_way_for_the_language():
    result = carried(
        "They sent 1,500 troops and $19.3 billion.",
        "They sent 2,500,000 troops and $20.5 billion.",
        f"Они отправили 1{NBSP}500 военных и 19,3 млрд долларов.",
        "ru",
    )
    assert result.target == f"Они отправили 2{NBSP}500{NBSP}000 военных и 20,5 млрд долларов."
    assert (
        carried("In 2022 it began.", "In 2023 it began.", "In 2022 begann es.", "de").target
        == "In 2023 begann es."
    )


def test_two_numbers_swapped_do_not_trip_over_each_other():
    result = carried("From 3 to 5 people.", "From 5 to 7 people.", "От 3 до 5 человек.", "ru")
    assert result.target == "От 5 до 7 человек."


def test_what_cannot_be_carried_is_said():
    spelled = carried("3 people died.", "5 people died.", "Погибли три человека.", "ru")
    assert spelled.target == "Погибли три человека."
    assert spelled.unresolved == (
        "3 → 5 not carried into the memory's translation: its value is not written in figures there",
    )
    twice = carried("3 of 3 died.", "5 of 3 died.", "3 из 3 погибли.", "ru")
    assert twice.target == "3 из 3 погибли." and "more than once" in twice.unresolved[0]
    gone = carried("He spoke on Tuesday.", "He spoke today.", "Он выступил во вторник.", "ru")
    assert gone.unresolved == (
        "Tuesday is no longer in the source; the memory's translation may still say it",
    )
    missing = carried("He spoke on Tuesday.", "He spoke on Friday.", "Он выступил вчера.", "ru")
    assert "not in the translation" in missing.unresolved[0]


def test_no_placeable_change_leaves_the_translation_alone():
    result = carried(
        "Peskov said on Tuesday.", "Dmitry Peskov said on Tuesday.", "Песков заявил во вторник.", "ru"
    )
    assert result.target == "Песков заявил во вторник." and not result.substitutions and not result.unresolved


def test_unknown_words_after_a_number_are_not_inflected():
    result = carried("3 blorps left.", "5 blorps left.", "Ушли 3 блорпа.", "ru")
    assert result.target == "Ушли 5 блорпа."


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Theresa May said on Monday.", ["Monday"]),
        ("In May, 3 died.", ["May", "3"]),
        ("March on, they said.", []),
        ("At 10:30 on 2022-12-13, see https://x.org/a?id=5 and v1.2.3.", []),
        ("On December 13, 2022, 1,500 left and 400m arrived.", ["December", "13", "2022", "1,500"]),
    ],
)
def test_what_counts_as_a_placeable(source, expected):
    assert [p.text for p in placeables(source)] == expected


def test_changes_pair_only_placeables_of_one_kind():
    pairs = [
        (old.text, new.text if new else None)
        for old, new in changed_placeables("On Tuesday 3 died in March.", "On Friday 4 died in March.")
    ]
    assert sorted(pairs) == [("3", "4"), ("Tuesday", "Friday")]
