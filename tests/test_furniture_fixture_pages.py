"""Lines of the news pages in postlight/parser's fixtures (tests/data/news/fresh9 and fresh11, 2016-2022):
newsrooms' footer links, newsletters' pitches and small print, embed codes, sidebar headings, story cards under a
label many sites share, and picture credits after a "©"."""

import pytest

from newsl10n.furniture import classify_blocks
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
        "You may occasionally receive promotional content from the Los Angeles Times.",
        "We apologize, this video has expired.",
        "Will you support Vox’s explanatory journalism?",
        "Understand how policy impacts people. Delivered Fridays.",
        "We’re interested in your feedback on this page. Tell us what you think",  # NYT (readability's pages)
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


@pytest.mark.parametrize(
    "line",
    [
        "The package was delivered Fridays to the office.",
        "Newspapers are delivered on weekdays by volunteers, he said.",
        "You may receive a refund if the flight is cancelled, the airline said.",
    ],
)
def test_prose_with_the_same_words_stays(line):
    assert furniture_reason(line) is None


def test_story_cards_under_a_label_many_sites_share_are_dropped():
    story = [
        "Trump’s Twitter harassment is a problem Twitter’s rules were not built for",
        "By Aja Romano",
        "Chuck Jones, a union leader in Indianapolis, got threatening calls within minutes of Trump’s tweet.",
        "Twitter reinstated the formerly banned account on Saturday, the company said in a statement.",
    ]
    cards = [
        "The Latest",
        "The search for an AC that doesn’t destroy the planet",
        "By Rebecca Heilweil",
        "Inflation is finally slowing down. Will things get cheaper?",
        "By Madeleine Ngo",
        "It’s Bama Rush season already?",
        "By Rebecca Jennings",
    ]
    verdicts = classify_blocks(story + cards)
    assert [verdict.drop is None for verdict in verdicts] == [True] * len(story) + [False] * len(cards)


def test_a_breaking_news_pages_own_story_first_among_the_cards_stays():
    # The Jerusalem Post's breaking-news page (ScrapingHub's benchmark): the story, then the others' cards
    story = [
        "Son of former German president stabbed to death in Berlin - Breaking News - The Jerusalem post",
        "BREAKING NEWS",
        "Son of former German president stabbed to death in Berlin",
        "By JERUSALEM POST STAFF",
        "NOVEMBER 20, 2019 10:43",
        "The son of former German President Richard von Weizsäcker was stabbed to death on Tuesday evening.",
        "The stabbing occurred during a presentation at the Schlosspark-Klinik in Berlin, where he worked.",
    ]
    cards = [
        "Liberman: Both parties are to blame for lack of unity government",
        "By JERUSALEM POST STAFF",
        "11/20/2019 01:14 PM",
        "Russia: Israeli strikes on Syria wrong move",
        "By REUTERS",
        "11/20/2019 10:08 AM",
        "China condemns US Senate measure on Hong Kong rights",
        "By REUTERS",
        "11/20/2019 04:06 AM",
    ]
    verdicts = classify_blocks(story + cards)
    assert all(verdict.drop is None for verdict in verdicts[3:7])  # its h1 is dropped as the title's repeat
    assert all(verdict.drop == "furniture: story cards" for verdict in verdicts[7:])


def test_the_new_york_times_credit_without_its_colon_is_a_credit():
    for line in ["Credit Harry Campbell", "Credit Doug Mills/The New York Times"]:
        assert (
            classify_blocks(["Yahoo’s Sale to Verizon Leaves Shareholders With a Lot", line])[1].kind
            == Kind.CREDIT
        )
    assert classify_blocks(["Banks cut jobs", "Credit Suisse"])[1].kind is None
