"""What a 2017-2018 scraper left in the texts of tests/data/news/fresh31 (several27/FakeNewsCorpus's sample):
blogs' and aggregators' bylines, sources and widgets, a market-research press release's calls to buy, a TV
channel's pitch; and what must stay."""

import pytest

from newsl10n.credits import is_byline, is_credit
from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.recurring import around_the_story, recurring, story_print
from newsl10n.segment import unit_spans

HEADLINE = "City council approves the new water plan"
STORY = [
    "The city council voted 7-2 on Tuesday to approve a plan to replace the ageing water mains downtown.",
    "Work is expected to start in the spring and to last about three years, the city engineer said.",
    "Residents will see higher water bills from next year to pay for the bonds, officials said.",
]


def verdicts(*lines: str, repeated: frozenset[str] = frozenset()):
    return classify_blocks([HEADLINE, *STORY, *lines], repeated=repeated)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Get Free Sample Report of “Global Connected Enterprise Market” Report Visit @ "
            "http://example.com/request-a-sample/?dbmr=global-connected-enterprise-market",
            "report shop prompt",
        ),
        ("Inquiry before Buying@ http://example.com/inquire-before-buying/", "report shop prompt"),
        (
            "Important: Newsmax TV is available on DirecTV Ch. 349, U-Verse 1220, Dish 216 and FiOS 615.",
            "channel notice",
        ),
        ("SEE MORE UK COLUMN NEWS AT: UK COLUMN.ORG", "site link"),
        ("% of readers think this story is Fact. Add your two cents.", "site link"),
        ("Subscribe to Canada Free Press for FREE", "site link"),
        (
            "Republished with permission from Bill Marler and Marler Clark. Copyright (c) Marler Clark LLP, PS. "
            "All rights reserved.",
            "copyright line",
        ),
        (
            "Please adhere to our commenting policy to avoid being banned. As a privately owned website, we reserve "
            "the right to remove any comment and ban any user at any time. Comments that contain spam, advertising, "
            "vulgarity, threats of violence, racism, or personal or abusive attacks on other users may be removed "
            "and result in a ban.",
            "comment policy",
        ),
    ],
)
def test_a_scraped_pages_furniture_is_dropped(line: str, reason: str):
    assert verdicts(line, STORY[0])[-2].drop == f"furniture: {reason}"
    assert verdicts(line)[-1].drop == f"furniture: {reason}"


@pytest.mark.parametrize(
    "line",
    [
        # a story about the same things says them with its own words
        "The company said buyers could get a free sample of the report before paying for it.",
        "Newsmax said its channel would be available on more cable systems next year.",
        "Subscribers to the paper's print edition will keep their rate for free until March.",
    ],
)
def test_a_storys_sentence_about_those_things_stays(line: str):
    assert verdicts(line, STORY[0])[-2].drop is None


def test_the_titles_under_a_related_reports_heading_are_teasers():
    result = verdicts(
        "Related Report",
        "Image recognition market set to double by 2024",
        "Smart glass makers expect a record year",
        STORY[0],
    )
    assert all(verdict.drop is not None for verdict in result[-4:-1])


@pytest.mark.parametrize(
    "line",
    [
        "Source: http://www.shtfplan.com/headline-news/migrant-crisis-has-europe-shaking",
        "Via: https://example.org/2018/01/story",
    ],
)
def test_a_source_given_as_its_address_is_a_credit(line: str):
    assert is_credit(line)
    verdict = verdicts(line)[-1]
    assert (verdict.kind, verdict.drop) == (Kind.CREDIT, None)


@pytest.mark.parametrize(
    "line",
    [
        "Posted on by willyloman",
        "Posted on January 3, 2018 by willyloman",
        "Lorraine McIntyre, MSc, Eleni Galanis, MD, MPH, FRCPC, Natalie Prystajecky, PhD",
    ],
)
def test_a_blogs_posted_line_and_a_journals_authors_are_bylines(line: str):
    assert is_byline(line)


def test_a_sentence_with_posted_on_and_by_is_no_byline():
    assert not is_byline("Posted on the wall by protesters")


def test_the_wires_picture_credit_spaced_in_brackets_is_its_own_unit():
    text = "President Trump, right, with Rep. Robert Lighthizer ( REUTERS/Jonathan Ernst/Reuters )"
    assert [(text[start:end], kind) for start, end, kind in unit_spans(text)] == [
        ("President Trump, right, with Rep. Robert Lighthizer", Kind.BODY),
        ("( REUTERS/Jonathan Ernst/Reuters )", Kind.CREDIT),
    ]
    assert (
        len(unit_spans("Most voters backed the plan (AP/Ipsos poll)")) == 1
    )  # a poll's name, not a picture's


def _story(number: int, *around: str) -> list[str]:
    return [
        f"Story number {number} has a headline of its own",
        *around,
        f"This is the first paragraph of story {number}, long enough to be read as one of its paragraphs.",
        f"This is the second paragraph of story {number}, which says more about what happened that day.",
    ]


def _recurring_lines(stories: list[list[str]]) -> list[frozenset[str]]:
    prints = [story_print(texts) for texts in stories]
    found = recurring(prints, range(len(prints)), [around_the_story(texts) for texts in stories])
    return [found_lines.lines for found_lines in found]


def test_a_line_three_stories_hold_above_their_paragraphs_is_their_sites():
    advert = "Headline: Bitcoin & Blockchain Searches Exceed Trump! Blockchain Stocks Are Next!"
    three = _recurring_lines([_story(number, advert) for number in range(3)])
    assert all(len(lines) == 1 for lines in three)
    # two stories that share one line and nothing else may quote one source
    two = _recurring_lines([_story(number, advert) for number in range(2)])
    assert all(not lines for lines in two)


def test_a_sites_one_word_name_in_brackets_opens_its_first_sentence():
    text = "(NaturalNews) Dairy foods make a satisfying complement to many people's diets."
    assert unit_spans(text) == [(0, len(text), Kind.DATELINE)]
    assert len(unit_spans("(Update) The company said profits rose.")) == 2  # a word, not a site's name


def test_an_editors_note_in_square_brackets_is_a_unit_of_its_own():
    text = "She used it while on the territory of such an adversary. [Emphasis added.] Given that, access is possible."
    assert [text[start:end] for start, end, _ in unit_spans(text)] == [
        "She used it while on the territory of such an adversary.",
        "[Emphasis added.]",
        "Given that, access is possible.",
    ]
