"""The furniture patterns' table tries only the patterns that can match a line, and finds what trying all finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsl10n.credits import _CREDIT_TABLE
from newsl10n.newsparts import _FURNITURE_PATTERNS, _LONG_NOTICES, furniture_reason
from newsl10n.patterntable import CASE_BLIND_ASCII, PatternTable, match_starts, required_words
from newsl10n.text import GuardedPattern

NEWS = Path(__file__).parent / "data" / "news"


def test_the_case_blind_letters_are_all_python_matches_for_ascii() -> None:
    letter = re.compile("[a-z]", re.I)
    found = {chr(code) for code in range(128, 0x110000) if letter.fullmatch(chr(code))}
    assert found == set(CASE_BLIND_ASCII)
    for char, ascii_letter in CASE_BLIND_ASCII.items():
        assert re.fullmatch(ascii_letter, char, re.I)


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"(?i)^follow us", "fF"),
        (r"^follow us", "fF"),  # case is not told apart: more letters, never fewer
        (r"(?i)^(?!.*\bsaid\b)(?=.{0,40}$)(?:sign|join) up", "sSjJ"),  # lookaheads consume nothing
        (r"(?i)^(?:read more: )?share", "rRsS"),  # an optional start lets the next item start too
        (r"^\d+ comments", "0123456789"),
        (r"^[-–•]\s*share", "-"),  # "–" and "•" are no ASCII start; such lines meet every pattern
    ],
)
def test_a_pattern_starts_where_its_first_items_allow(pattern: str, starts: str) -> None:
    assert match_starts(re.compile(pattern)) == set(starts)


@pytest.mark.parametrize("pattern", [r"^.{0,80}\bnewsletter", r"^(?:x)?", r"^[^.]{3,} here$", r"^\W*share"])
def test_a_pattern_that_may_start_anywhere_meets_every_line(pattern: str) -> None:
    assert len(match_starts(re.compile(pattern))) == 128


@pytest.mark.parametrize(
    ("pattern", "lines", "not_required"),
    [
        (r"(?i)^(?:sign up|subscribe) (?:here|now)", ["Sign up here", "SUBSCRIBE NOW"], ["here", "now"]),
        (r"(?i)^Follow US on Twitter", ["follow us on twitter"], []),
        (
            r"^(?=.*\bnewsletter\b).{0,200}$",
            ["Get the newsletter"],
            [],
        ),  # a lookahead's words stand in the line
        (r"^(?:more )?on (?:the )?web$", ["on web", "more on the web"], ["more", "the"]),
    ],
)
def test_a_pattern_requires_words_every_match_holds(
    pattern: str, lines: list[str], not_required: list[str]
) -> None:
    words = required_words(re.compile(pattern))
    assert words
    for line in lines:
        assert re.match(pattern, line)
        assert any(word in line.lower() for word in words)
    assert not set(words) & set(not_required)  # optional words are not required


@pytest.mark.parametrize("pattern", [r"^.{0,40}$", r"^(?:ad|sponsored)$", r"^[A-Z]{2,}$"])
def test_no_words_when_none_would_rule_out_many_lines(pattern: str) -> None:
    assert required_words(re.compile(pattern)) is None


def test_the_table_lets_through_only_what_can_match() -> None:
    table = PatternTable((("follow", re.compile(r"(?i)^follow us on twitter")), ("any", re.compile(r".*"))))
    assert [reason for reason, _ in table.candidates("Sign up for our newsletter")] == ["any"]
    assert [reason for reason, _ in table.candidates("Please follow us on twitter")] == ["any"]
    assert [reason for reason, _ in table.candidates("Follow us on Instagram")] == ["any"]
    assert [reason for reason, _ in table.candidates("FOLLOW US ON TWITTER")] == ["follow", "any"]
    # "ſ", "İ" and the kelvin sign are "s", "i" and "k" to a case-blind pattern: the table must not rule them out
    folds = PatternTable((("sk", re.compile(r"(?i)^ask\b")), ("in", re.compile(r"(?i)^join\b"))))
    for line in ("a\u017f\u212a us", "jo\u0130n us", "JO\u0130N US"):
        expected = [reason for reason, pattern in folds.entries if pattern.match(line)]
        assert expected
        assert [reason for reason, _ in folds.candidates(line)] == expected


def _first_reason(entries, text: str) -> str | None:
    """The reason of the first of ``entries`` whose pattern matches ``text``."""
    lowered = text.lower()
    for reason, pattern in entries:
        found = (
            pattern.match_lowered(text, lowered)
            if isinstance(pattern, GuardedPattern)
            else pattern.match(text)
        )
        if found:
            return reason
    return None


def _corpus_lines() -> list[str]:
    lines = set()
    for path in sorted(NEWS.glob("*/*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#") and line not in ("body", "furniture", "credit", "caption"):
                lines.add(line)
                lines.add(line.removeprefix("[credit] ").removeprefix("[dateline] "))
    return sorted(lines)


def test_the_table_finds_what_trying_every_pattern_finds_on_real_lines() -> None:
    lines = _corpus_lines()
    assert len(lines) > 10_000
    table = PatternTable(_FURNITURE_PATTERNS)
    found = 0
    for text in lines:
        expected = _first_reason(_FURNITURE_PATTERNS, text)
        assert _first_reason(table.candidates(text), text) == expected, text
        found += expected is not None
    assert found > 1_000  # the lines hold furniture of every kind, so the table was put to work
    for text in lines[::7]:
        assert _first_reason(_LONG_NOTICES.candidates(text), text) == _first_reason(
            _LONG_NOTICES.entries, text
        )
    credits = 0
    for text in lines:
        expected = _first_reason(_CREDIT_TABLE.entries, text)
        assert _first_reason(_CREDIT_TABLE.candidates(text), text) == expected, text
        credits += expected is not None
    assert credits > 500


def test_furniture_reason_reads_lines_that_start_outside_ascii() -> None:
    assert furniture_reason("• Share this article") == furniture_reason("Share this article") is not None
