"""Lines of the news pages in postlight/parser's fixtures (tests/data/news/fresh9, 2016-2022): newsrooms' footer
links, newsletters' pitches, embed codes, sidebar headings, and picture credits after a "©"."""

import pytest

from newsl10n.model import Kind
from newsl10n.newsparts import furniture_reason, is_list_heading
from newsl10n.segment import unit_spans


@pytest.mark.parametrize(
    "line",
    [
        "Social Sharing",
        "CBC's Journalistic Standards and Practices | About CBC News",
        "Corrections and clarifications | Submit a news tip | Report error",
        "A variety of newsletters you'll love, delivered straight to you.",
        "When you sign up for this free report, you will also join our free Prospect newsletter.",
        'Embed < iframe src="https://www.npr.org/player/embed/505592252/505592253" width="100%" height="290"',
        "SHARE YOUR FEEDBACK",
        "Scroll to Continue",
    ],
)
def test_page_lines_are_furniture(line):
    assert furniture_reason(line)


def test_sidebar_headings_open_lists():
    assert all(is_list_heading(line) for line in ["SI Recommends", "Stories Chosen For You", "Top Video"])
    assert not is_list_heading("He recommends caution, she said.")


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            'Leading Brexiteers proposed Britain should reinforce its ties with "natural allies"',
            "©Royal Geographical Society, London, UK/Bridgeman Images",
        ),
        ("A cyclist rides next to a blocked petrol plant of Senkata in La Paz.", "© Reuters / David Mercado"),
    ],
)
def test_a_credit_after_its_copyright_sign_is_its_own_unit(caption, credit):
    text = f"{caption} {credit}"
    assert [(text[start:end], kind) for start, end, kind in unit_spans(text)][-1] == (credit, Kind.CREDIT)


@pytest.mark.parametrize(
    "line", ["Hearst Newspapers © Copyright Hearst Newspapers, LLC", "Sports data © STATS 2018"]
)
def test_a_copyright_line_is_no_caption_with_a_credit(line):
    assert [kind for _, _, kind in unit_spans(line)] == [Kind.BODY]
