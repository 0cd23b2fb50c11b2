"""Lines of the news pages of go-trafilatura's comparison set labelled in tests/data/news/fresh19 (BBC, MSN, CNN,
The Economist, 2018-2021): a box of links under labels in capitals, a partner's video list signed by its source,
a chart's figures over their source, and a picture agency opening a caption."""

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.newsparts import furniture_reason, is_list_heading
from newsl10n.segment import unit_spans
from newsset import NEWS, load_article

HEADLINE = "Coronavirus: New York hires labourers to bury dead"
STORY = [
    "New York has hired contract labourers to bury the dead on an island used for mass graves for over a century.",
    "The city's morgues can only handle so much before temporary burials for victims become necessary.",
]


def test_links_under_labels_in_capitals_set_into_the_story_are_dropped():
    box = [
        "A SIMPLE GUIDE: How do I protect myself?",
        "AVOIDING CONTACT: The rules on self-isolation and exercise",
        "VIDEO: The 20-second hand wash",
    ]
    verdicts = classify_blocks([HEADLINE, STORY[0], *box, STORY[1]])
    assert [verdict.drop is not None for verdict in verdicts] == [False, False, True, True, True, False]


def test_an_interviews_questions_and_answers_stay():
    lines = ["Q: Favorite childhood memory?", "A: Trip to Disney World", "Q: Favorite apps?", "A: Uber Eats"]
    verdicts = classify_blocks([HEADLINE, STORY[0], *lines, STORY[1]])
    assert all(verdict.drop is None for verdict in verdicts)


def test_a_partners_titles_each_signed_by_its_name_are_dropped():
    texts = load_article(
        NEWS / "fresh19" / "gt-msn-com-university.txt"
    ).texts  # MSN's player inside the story
    first = texts.index("What to watch next") + 1
    verdicts = classify_blocks(texts)
    assert texts[first + 1] == "Wales Online"
    assert all(verdict.drop is not None for verdict in verdicts[first : first + 12])


def test_a_galleries_captions_each_over_its_agency_stay():
    cards = []
    for caption in (
        "Large waves crash over the harbour wall in Newhaven, East Sussex, during strong winds",
        "Shoppers queue outside Ikea in Batley, West Yorkshire, after the announcement",
        "Surfers take to high waves caused by Atlantic swells in Mullaghmore in Co Sligo",
    ):
        cards += [caption, "PA"]
    verdicts = classify_blocks([HEADLINE, STORY[0], *cards, STORY[1]])
    assert all(verdict.drop is None for verdict in verdicts)


def test_a_charts_figures_over_their_source_are_no_title_list():
    texts = load_article(NEWS / "fresh19" / "gt-bbc-com-52241221.txt").texts  # BBC: the chart ends the story
    source = texts.index("Source: CDC, Chicago Department of Public Health")
    verdicts = classify_blocks(texts)
    assert all(verdict.drop is None for verdict in verdicts[source - 4 : source + 1])


def test_a_picture_agency_opening_a_caption_is_its_own_credit():
    text = "© Getty Images MANCHESTER, ENGLAND - SEPTEMBER 28: Isolating students peer out of the windows."
    assert next((text[start:end], kind) for start, end, kind in unit_spans(text)) == (
        "© Getty Images",
        Kind.CREDIT,
    )


@pytest.mark.parametrize(
    "line",
    ["JUST WATCHED", "Replay Video", "Wales Online See more videos", "Reuse this content The Trust Project"],
)
def test_players_and_footers_words_are_furniture(line):
    assert furniture_reason(line)


def test_a_players_list_heading():
    assert is_list_heading("What to watch next")


# fresh20: a music site's tour dates, a language blog's vocabulary table, a prompt that is the story's own words


def test_a_tours_dates_and_venues_after_the_article_stay():
    tour = [
        "LUBOKU – LIFT OFF TOUR",
        "THURSDAY APRIL 2",
        "COLOUR CLUB, MELBOURNE",
        "FRIDAY APRIL 17",
        "OAF GALLERY BAR, SYDNEY",
    ]
    verdicts = classify_blocks([HEADLINE, *STORY, *tour])
    assert all(verdict.drop is None for verdict in verdicts)


def test_a_vocabulary_tables_rows_after_the_article_stay():
    texts = load_article(NEWS / "fresh20" / "gt-blog-gaijinpot-com-chikan.txt").texts
    first = len(texts) - 1 - texts[::-1].index("Japanese Romaji English")  # the table after the article
    verdicts = classify_blocks(texts)
    assert texts[first - 1] == "Additional vocabulary"
    assert all(verdict.drop is None for verdict in verdicts[first : first + 24])


def test_following_steps_on_twitter_is_no_follow_prompt():
    assert (
        furniture_reason("Follow these steps shared on Twitter to safely apprehend a train groper.") is None
    )
    assert furniture_reason("Follow The Gleaner on Twitter") == "follow prompt"


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Wales Online Logo", True),
        ("The Guardian logo", True),
        ("NHS to move to its highest alert level - Provided by Wales Online", True),
        ("A new logo", False),
        ("The company unveiled a new logo", False),
        ("Photo provided by the family", False),
    ],
)
def test_an_image_label_that_says_only_whose_it_is(line, furniture):
    assert (furniture_reason(line) == "image label") is furniture
