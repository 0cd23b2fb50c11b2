"""Shortcuts taken for speed (issue 13) give what the long way gives.

Each shortcut skips work when a cheap test proves it could find nothing, or does the same work once
instead of per sentence; these tests compare it with the long way on real catalog text.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import parse_decimal

from newsl10n import addresses, qa, spans
from newsl10n.locale import numbers, typography
from newsl10n.locale.profile import load_profile
from newsl10n.po import read_catalog

DATA = Path(__file__).parent / "data"
CATALOGS = sorted((DATA / "catalogs").glob("*.po")) + sorted((DATA / "po").glob("*.po"))


def catalog_texts() -> list[str]:
    """The example article's lines, and every msgid and msgstr of the real catalogs in tests/data:
    news, software and documentation text that exercises every kind of protected span."""
    texts: list[str] = [
        line
        for path in (DATA.parent.parent / "examples").glob("*")
        for line in path.read_text().splitlines()
        if line
    ]
    for path in CATALOGS:
        for entry in read_catalog(path).entries:
            texts.extend(text for text in (entry.msgid, entry.msgstr) if text)
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = catalog_texts()
    assert len(found) > 800
    return found


# Text each pre-filtered rule matches, so the corpus test below cannot pass by finding nothing.
RULE_EXAMPLES = [
    "set $HOME or @PACKAGE@",
    "call getValue or MyWidget",
    "use os.path.join",
    "open file.po and .bashrc or x.7z",
    "at 0xFF or deadbeef1",
    'git config user.name "Your Name"',
    "see https://example.org/x and www.example.com",
    "version 1.2.3 or v2",
    "gcc-4 and 2.7-1 and 3_beta",
    "Version 2.7 of it",
    "Debian 0.93 and <= 6.3",
    "mode 0755 and U+0028",
    "on 13 December 2022",
]


def test_every_prefilter_is_implied_by_its_rule(texts: list[str]) -> None:
    """A rule is skipped when its pre-filter finds nothing: that must never hide a match of the rule."""
    matched: Counter[str] = Counter()
    for _kind, pattern, needs in spans._RULES:
        if not isinstance(needs, re.Pattern):
            continue
        for text in [*texts, *RULE_EXAMPLES]:
            if any(m.end() > m.start() for m in pattern.finditer(text)):
                assert needs.search(text), (pattern.pattern, text)
                matched[needs.pattern] += 1
    prefilters = {needs.pattern for _, _, needs in spans._RULES if isinstance(needs, re.Pattern)}
    assert set(matched) == prefilters  # every pre-filtered rule was seen matching something


def test_spans_match_the_unfiltered_rules(texts: list[str]) -> None:
    for text in [*texts[::7], *RULE_EXAMPLES]:
        found = []
        for kind, pattern, _ in spans._RULES:
            found.extend(
                spans.Span(m.start(), m.end(), kind) for m in pattern.finditer(text) if m.end() > m.start()
            )
        found.sort(key=lambda span: (span.start, -span.end))
        merged: list[spans.Span] = []
        for span in found:
            if merged and span.start < merged[-1].end:
                if span.end > merged[-1].end:
                    merged[-1] = spans.Span(merged[-1].start, span.end, merged[-1].kind)
            else:
                merged.append(span)
        assert spans.find_spans(text) == merged, text


@pytest.mark.parametrize("text", ["0", "7", "19.3", "1,500", "1,500.25", "12,345,678", "0.050", "٣٤", "1.0"])
def test_english_decimal_is_babels(text: str) -> None:
    value = numbers.english_decimal(text)
    expected = parse_decimal(text, locale="en", strict=False)
    assert value == expected and str(value) == str(expected)


def test_source_numbers_without_digits_are_none() -> None:
    assert numbers.source_numbers("No numbers here, only words.") == ()
    assert [n.value for n in numbers.source_numbers("Up 1,500 from 19.3")] == [Decimal(1500), Decimal("19.3")]


@pytest.mark.parametrize("lang", ["ru", "uk", "de"])
def test_target_values_read_number_words_and_digits(lang: str) -> None:
    profile = load_profile(lang)
    word, number = next((forms[0], value) for value, forms in sorted(profile.number_words.items()) if forms)
    assert Decimal(number) in numbers.target_values(f"{word} и 1 500,5", profile)
    assert Decimal(number) in numbers.target_values(word.upper(), profile)
    assert numbers.target_values("", profile) == set()


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_fix_nbsp_with_cached_patterns(lang: str) -> None:
    profile = load_profile(lang)
    short = profile.nbsp_after[0]
    text = f"{short} городе 5 км и 19,3 млрд $"
    fixed, changes = typography.fix_nbsp(text, profile.nbsp_after, ("км", "млрд"))
    assert f"{short}\xa0городе" in fixed and "5\xa0км" in fixed and changes
    assert typography.fix_nbsp("Слово", profile.nbsp_after, ("км",)) == ("Слово", [])


def test_compare_equal_lists_short_cut() -> None:
    assert qa._compare([], []) == ([], [])
    assert qa._compare(["%s"], ["%s"]) == ([], [])
    assert qa._compare(["%s", "%d"], ["%d"]) == (["%s"], [])


def test_links_are_only_looked_for_where_they_can_be(texts: list[str]) -> None:
    with_links = [text for text in texts if spans.URL_RE.search(text) or spans.EMAIL_RE.search(text)]
    assert with_links
    assert all(addresses.may_hold_addresses(text) for text in with_links)


def test_edges_short_cut_agrees_with_the_long_way(texts: list[str]) -> None:
    def long_way(text: str) -> tuple[str, str]:
        lead, trail = qa._lead(text), qa._trail(text)
        return tuple("" if not edge else "\n" if "\n" in edge else " " for edge in (lead, trail))

    for text in [*texts, "", " ", "\n", " a", "a\n", "\xa0a\u2028"]:
        assert qa._edges(text) == long_way(text), repr(text)


@pytest.mark.parametrize(
    ("text", "balanced"),
    [
        ("plain words", True),
        ("(a [b] {c})", True),
        ("(a]", False),
        ("«a»", True),
        ("«a", False),
        ('"a', False),
    ],
)
def test_balanced(text: str, balanced: bool) -> None:
    assert (qa._imbalance(text) is None) is balanced


def test_masking_text_without_spans_gives_it_back() -> None:
    assert spans.mask("Plain prose, nothing to protect.") == ("Plain prose, nothing to protect.", [])
    masked, originals = spans.mask("See https://example.org/x now")
    assert (
        originals == ["https://example.org/x"]
        and spans.unmask(masked, originals) == "See https://example.org/x now"
    )


def test_source_matches_are_kept_per_text_and_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsl10n.glossary import matching
    from newsl10n.glossary.terms import Term

    index = matching.SourceIndex(
        [Term(("Kyiv", "Kiev"), {"ru": ("Киев",)}), Term(("Kremlin",), {"ru": ("Кремль",)})]
    )
    text = "The Kremlin said Kyiv's plan failed."
    first = index.matches(text)
    assert [variant for _, variant, _, _ in first] == ["Kremlin", "Kyiv"]
    first.clear()  # a caller's copy: the kept matches are not touched
    assert index.matches(text) == index._scan(text) and len(index.matches(text)) == 2
    monkeypatch.setattr(matching, "MATCHES_KEPT", 2)
    for sentence in ("Kyiv one.", "Kyiv two.", "Kyiv three."):
        index.matches(sentence)
    assert len(index._found) == 2 and text not in index._found


@pytest.mark.parametrize(
    ("cell", "variants"),
    [(" Kyiv ", ("Kyiv",)), ("Kyiv | Kiev", ("Kyiv", "Kiev")), ("", ("",)), ("a||b", ("a", "", "b"))],
)
def test_split_variants(cell: str, variants: tuple[str, ...]) -> None:
    from newsl10n.glossary.terms import split_variants

    assert split_variants(cell) == variants
