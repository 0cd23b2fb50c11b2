"""Scraped page furniture is dropped; a real paragraph never is (the old trailing-widget cases, on the new classifier)."""

from __future__ import annotations

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.newsparts import furniture_reason


def find_boilerplate(paragraphs: list[str]) -> dict[int, str]:
    return {i: v.drop for i, v in enumerate(classify_blocks(paragraphs)) if v.drop}


def is_advertisement(text: str) -> bool:
    return furniture_reason(text) == "advertisement"


BODY = [
    "Kremlin: Patriots would be legitimate target",
    "The Kremlin said today that Patriot systems would be a legitimate target.",
    "Peskov said there would be no peace with Kyiv.",
]


def test_example_tail_is_dropped_with_reasons():
    drops = find_boilerplate([*BODY, "You May Also Like", "Recommended for you", "Immediate Peak"])
    assert drops == {
        3: "furniture: list heading",
        4: "furniture: list heading",
        5: "furniture: teaser in 'Recommended for you' list",
    }


@pytest.mark.parametrize(
    "tail",
    [
        ["Read more"],
        ["Related"],
        ["Related articles:", "Kremlin rejects truce", "Kyiv asks for more air defense"],
        ["Advertisement"],
        ["Share this article"],
        ["Subscribe to our newsletter"],
        ["Follow us on Telegram"],
        ["Sign up for our daily briefing"],
        ["Read more: Kremlin says Patriots are a target"],
        ["Share this article", "Follow us on Facebook, X and Instagram"],
    ],
)
def test_trailing_widgets_are_dropped(tail: list[str]):
    drops = find_boilerplate([*BODY, *tail])
    assert sorted(drops) == list(range(len(BODY), len(BODY) + len(tail)))


@pytest.mark.parametrize(
    "ending",
    [
        "Peskov said on Tuesday that there would be no peace with Kyiv.",
        "Read more about the talks in our related coverage.",
        "Related talks are planned for January, officials said.",
        "Sign up for the reserve was mandatory for men under 60.",
        "Officials told Reuters to read more into the statement than it said.",
        "“We will not negotiate,” Peskov said.",
        "Is this the end of the war?",
        "Reporting by Tom Balmforth; Editing by Alex Richardson",
        "(Additional reporting by Guy Faulconbridge)",
    ],
)
def test_real_last_paragraph_is_kept(ending: str):
    assert find_boilerplate([*BODY, ending]) == {}


def test_title_like_line_without_a_marker_is_kept():
    assert find_boilerplate([*BODY, "Kyiv braces for a hard winter"]) == {}


def test_title_like_line_before_the_marker_is_kept():
    drops = find_boilerplate(
        [*BODY, "Kyiv braces for a hard winter", "Recommended for you", "Immediate Peak"]
    )
    assert sorted(drops) == [4, 5]


def test_marker_followed_by_a_real_paragraph_keeps_the_paragraph():
    assert find_boilerplate([*BODY, "Related", "The talks will resume in January."]) == {
        3: "furniture: list heading"
    }


def test_lone_advertisement_is_dropped_anywhere():
    paragraphs = [BODY[0], "Advertisement", BODY[1], "ADVERTISEMENT", BODY[2]]
    assert find_boilerplate(paragraphs) == {1: "furniture: advertisement", 3: "furniture: advertisement"}


def test_advertisement_label_only_when_alone():
    assert is_advertisement("Advertisement")
    assert is_advertisement("Story continues below advertisement")
    assert not is_advertisement("Advertisement revenue fell 5% in the quarter.")


def test_a_read_more_link_is_a_related_link():
    drops = find_boilerplate([*BODY, "Read more: Kremlin says Patriot missile systems would be a target"])
    assert drops == {len(BODY): "furniture: related link"}
