"""What a 2017-2018 scraper left in the texts of tests/data/news/fresh31 (several27/FakeNewsCorpus's sample):
blogs' and aggregators' bylines, sources and widgets, a market-research press release's calls to buy, a TV
channel's pitch; and what must stay."""

import pytest

from newsl10n.credits import is_byline, is_credit
from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.recurring import around_the_story, block_key, recurring, story_print
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
        ("Subscribe to My Website at: www.LisaHaven.News", "link prompt"),
        ("Check Me out On Youtube", "promotion"),
        ("click banner above to connect with a CopBlock Group near you", "link prompt"),
        ("To read more posts like this visit A Bad Witch’s Blog at www.badwitch.co.uk", "link prompt"),
        (
            "If you would like to write an op-ed for the Washington Examiner, please read our guidelines on "
            "submissions here.",
            "contact prompt",
        ),
        (
            "We encourage you to share and republish our reports, analyses, breaking news and videos (Click for "
            "details).",
            "reuse notice",
        ),
        (
            "This content may be freely reproduced in full or in part in digital form with full attribution to the "
            "author and a link to www.TheDailySheeple.com.",
            "reuse notice",
        ),
        (
            "Inquire For More Information @ http://www.deepresearchreports.com/contacts/inquire-before-buy.php",
            "report shop prompt",
        ),
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
        "Inquire for more information about the program at the city's front desk, the mayor said.",
        "If you would like to write to the council, its clerk said, letters are read at every meeting.",
        "The photos may be reproduced only with the museum's permission, a spokeswoman said.",
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


def test_a_line_that_stands_around_three_other_stories_is_their_sites_inside_a_fourth_too():
    """The fourth story opens with a site notice shaped like a paragraph ("% of readers think ..."), which moves
    its story's start above the advertisement; the other three still show it for the template's."""
    advert = "Headline: Bitcoin & Blockchain Searches Exceed Trump! Blockchain Stocks Are Next!"
    poll = "% of readers think this story is Fact. Add your two cents and tell us what you think."
    stories = [_story(number, advert) for number in range(3)] + [_story(3, poll, advert)]
    assert block_key(advert) in _recurring_lines(stories)[3]
    assert block_key(advert) not in _recurring_lines(stories[2:])[1]  # one other story: no template yet


def test_a_line_the_batch_repeats_is_never_the_storys_headline():
    """A short headline reads as a page pasted whole, whose headline is the title right above the first paragraph;
    a sentence the batch's other stories repeat there is their site's, dropped."""
    advert = "Headline: Bitcoin & Blockchain Searches Exceed Trump! Blockchain Stocks Are Next!"
    texts = ["Ancient “Euro Devil” Discovered", advert, *STORY]
    assert classify_blocks(texts, repeated={advert})[1].drop == "furniture: repeated in other articles"
    question = "Where do you go to get a pulse on the Chinese domain market?"  # a headline set as a sentence
    texts = [question, question, advert, *STORY]
    assert classify_blocks(texts, repeated={advert})[2].drop == "furniture: repeated in other articles"
    assert classify_blocks(texts, repeated=set())[2].drop is None


POEM = [  # fresh31's washingtonsblog.com post of 2012 (FakeNewsCorpus's sample): its first verses and its end
    "I Will Stand Up For You If You Stand Up For Me",
    "I Was Silent When They Came for You … So There Was No One Left to Help When They Came for Me",
    "First they tortured a U.S. citizen and gang member …",
    "I remained silent;",
    "I wasn’t a criminal",
    "Then they tortured a U.S. citizen, whistleblower and navy veteran …",
    "I remained silent;",
    "I wasn’t a whistleblower",
    "Then they locked up an attorney for representing accused criminals …",
    "I remained silent;",
    "I wasn’t a defense attorney",
    "Then they arrested a young father walking with his son simply because he told Dick Cheney that he disagreed with his policies …",
    "I remained silent;",
    "I’ve never talked to an important politician",
    "Then they said an entertainer should be killed because she questioned the government’s version of an important historical event …",
    "I remained silent;",
    "I wasn’t an entertainer",
    "Then they arrested people for demanding that Congress hold the President to the Constitution …",
    "I did not speak out;",
    "I’ve never protested in Washington",
    "When they came for me,",
    "Everyone was silent;",
    "there was no one left to speak out.",
    "Inspired by the poem First They Came by Martin Niemöller, which was written about the Nazis.",
    "I originally wrote this poem in 2007. I have updated it with additional verses as current events have unfolded.",
]


def test_a_poems_lines_that_trail_off_alike_are_no_teasers():
    """Lines cut short under a title-like line are other stories' teasers; three or more that open with the same
    words are the text's own verse, and a line after a verse line ending in ";" goes on from it."""
    assert [verdict.drop for verdict in classify_blocks(POEM, repeated=set())] == [None] * len(POEM)


def test_teasers_whose_summaries_open_with_their_writers_byline_are_still_teasers():
    texts = [
        *STORY,
        "You may also like these articles",
        "Stats say: Unemployment rate down once again",
        "by Marlon Madden The unemployment rate in Barbados continues to decline, reaching an estimated …",
        "Businesses told: Embrace new tech or face peril",
        "by Marlon Madden The local business community is being warned to adapt new technology or face the …",
        "St Leonard’s Boys exposed to the business world",
        "by Marlon Madden One secondary school in Barbados is reporting tremendous success in the …",
    ]
    assert all(
        verdict.drop is not None for verdict in classify_blocks([HEADLINE, *texts], repeated=set())[5:]
    )


def test_a_reference_list_under_for_more_information_is_the_storys_credit():
    result = verdicts(
        "For More Information See:",
        "https://worldgovernmentsummit.org/annual-gathering/2017/speakers",
        "https://en.wikipedia.org/wiki/World_Government_Summit",
    )
    assert [(verdict.kind, verdict.drop) for verdict in result[-3:]] == [(Kind.CREDIT, None)] * 3


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
