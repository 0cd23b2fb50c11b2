"""Labels many sites share (newsl10n.pagelabels): dropped around the article, never its own words."""

from __future__ import annotations

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.pagelabels import _labels, is_page_label, label_key

HEADLINE = "Kremlin: Patriots would be legitimate target"
P1 = "MOSCOW (Reuters) - The Kremlin said on Tuesday that Patriot systems would be a legitimate target."
P2 = "Kremlin spokesman Dmitry Peskov told reporters the systems would not change the course of the war."
P3 = (
    "Peskov added that Moscow had warned Washington against sending the systems to Kyiv on several occasions."
)


def drops(texts: list[str]) -> list[str | None]:
    return [verdict.drop for verdict in classify_blocks(texts)]


@pytest.mark.parametrize(
    "label", ["Horoscopes", "Things To Do", "Place an Ad", "Most Commented", "E-Edition"]
)
def test_labels_sites_share_are_listed(label: str):
    assert is_page_label(label)
    assert is_page_label(f"  {label.upper()} »")  # the form a menu gives them


@pytest.mark.parametrize(
    "line",
    [
        "London",  # a dateline on a line of its own
        "Washington —",
        "By",  # a byline split over two lines
        "AP",
        "Getty Images",
        "Summary",  # a report's own headings
        "Background:",
        "Ingredients",
        "Thank you",
        "A",  # a drop cap
        "November 2021",
        "Thanksgiving dinner costs are up even as turkey prices tumble",  # a headline many sites ran
    ],
)
def test_words_an_article_has_itself_are_not_listed(line: str):
    assert not is_page_label(line)


def test_the_list_is_stored_in_its_own_key_form():
    labels = _labels()
    assert len(labels) > 500
    assert all(label == label_key(label) and "#" not in label for label in labels)


def test_a_label_above_or_below_the_prose_is_dropped():
    assert drops([HEADLINE, "Horoscopes", P1, P2, P3, "Things To Do"]) == [
        None,
        "furniture: label many sites share",
        None,
        None,
        None,
        "furniture: label many sites share",
    ]


def test_a_label_between_paragraphs_is_the_articles_subhead():
    assert drops([HEADLINE, P1, "Horoscopes", P2, P3]) == [None] * 5


def test_a_label_next_to_other_furniture_is_dropped_between_paragraphs():
    result = drops([HEADLINE, P1, "Share this article", "Horoscopes", P2, P3])
    assert result[2] is not None and result[3] == "furniture: label many sites share"
