"""Locale profiles: CLDR defaults from babel, the desk's TOML on top, clear errors for bad files."""

from __future__ import annotations

import pytest

from newsl10n.errors import UserError
from newsl10n.locale import LocaleChecker, LocaleProfile, load_profile
from newsl10n.model import Segment


@pytest.mark.parametrize(
    ("lang", "quotes", "nested", "dash", "group", "case"),
    [
        ("ru", ("«", "»"), ("„", "“"), " — ", "\xa0", "sentence"),
        ("uk", ("«", "»"), ("„", "“"), " — ", "\xa0", "sentence"),
        ("de", ("„", "“"), ("‚", "‘"), " – ", ".", "keep"),
    ],
)
def test_shipped_profiles(lang, quotes, nested, dash, group, case):
    profile = load_profile(lang)
    assert isinstance(profile, LocaleProfile)
    assert (profile.quotes, profile.nested_quotes, profile.dash) == (quotes, nested, dash)
    assert (profile.decimal, profile.group, profile.headline_case) == (",", group, case)
    assert profile.path is not None and profile.path.name == f"{lang}.toml"


def test_language_without_profile_still_gets_cldr_numbers():
    profile = load_profile("fr")
    assert profile.path is None
    assert (profile.decimal, profile.group) == (",", "\u202f")
    assert profile.quotes is None and profile.dash is None
    segment = Segment(
        "Aid of 1,500.5 tonnes and “quotes” - here", "fr", "Aide de 1,500.5 tonnes et “quotes” - ici", True
    )
    changes = [str(change) for change in LocaleChecker(profile).fix(segment)]
    assert changes == ["number: 1,500.5 → 1<nnbsp>500,5"]
    assert segment.target == "Aide de 1\u202f500,5 tonnes et “quotes” - ici"  # quotes/dash untouched


def write_profile(tmp_path, monkeypatch, text):
    (tmp_path / "locales").mkdir()
    path = tmp_path / "locales" / "ru.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("NEWSL10N_DATA_DIR", str(tmp_path))
    return path


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('quotes = ["«", "»"\n', "not a valid TOML"),
        ('quotes = ["«"]\n', "quotes must be a list of two marks"),
        ("dash = 3\n", "dash must be a string"),
        ('headline_case = "title"\n', "headline_case must be one of"),
        ('colour = "red"\n', "unknown key 'colour'"),
        ('[number_words]\nten = ["десять"]\n', "number_words entry 'ten'"),
    ],
)
def test_malformed_profile_is_a_user_error_naming_the_file(tmp_path, monkeypatch, text, fragment):
    path = write_profile(tmp_path, monkeypatch, text)
    with pytest.raises(UserError) as info:
        load_profile("ru")
    message = str(info.value)
    assert str(path) in message and fragment in message and "\n" not in message


def test_profile_keys_override_cldr(tmp_path, monkeypatch):
    write_profile(tmp_path, monkeypatch, 'group_separator = "\\u202f"\nquotes = ["“", "”"]\n')
    profile = load_profile("ru")
    assert profile.group == "\u202f" and profile.quotes == ("“", "”") and profile.nested_quotes is None
    segment = Segment("1,500 people", "ru", "1 500 человек", True)
    LocaleChecker(profile).fix(segment)
    assert segment.target == "1\u202f500 человек"


def test_unknown_language_is_a_user_error():
    with pytest.raises(UserError, match="xx-yy"):
        load_profile("xx-yy")
