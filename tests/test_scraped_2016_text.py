"""What a 2015-2016 scraper left in news texts: furniture, credits and sentence units.

The lines are from the texts of George McIntire's "fake_or_real_news" set (stories of 2015-2016 from mainstream
and fringe sites as a scraper extracted them; session 23 measured on 80 of them, see
benchmarks/furniture-fresh-pages.md). The set states no licence, so its articles are not kept here: only these
single lines of page furniture, and made-up paragraphs in the shape of the ones that went wrong.
"""

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.segment import unit_spans

HEADLINE = "Senate panel takes up the Iran review bill"
STORY = [
    "The Senate Foreign Relations Committee will consider amendments to the bill on Tuesday, aides said.",
    "For many in Congress, the premise is simple: lawmakers should weigh in on the terms of a final deal.",
    "The White House has said the measure could derail the talks and must be stopped.",
]


def verdicts(*lines: str):
    return classify_blocks([HEADLINE, *STORY, *lines])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Follow @politicalticker Follow @KilloughCNN", "follow prompt"),
        (
            "Read more from E.J. Dionne’s archive, follow him on Twitter or subscribe to his updates on Facebook.",
            "follow prompt",
        ),
        ("Click for more from The Washington Free Beacon.", "link prompt"),
        ("Click for more for The Guardian.", "link prompt"),
        ("Click the banner below and prepare yourself for this disaster.", "link prompt"),
        (
            "Share this on Facebook and Twitter and let us know if you think electing him will be enough.",
            "share prompt",
        ),
        (
            "Note: This article gives the views of the author, and not the position of USAPP – American Politics "
            "and Policy, nor the London School of Economics.",
            "site notice",
        ),
        (
            "In addition to its own editorials, USA TODAY publishes diverse opinions from outside writers, "
            "including our Board of Contributors.",
            "site notice",
        ),
        (
            "You are here: Home / US / Look at the number of kids born here every year! October 28, 2016",
            "breadcrumbs",
        ),
        (
            "Tweet Home » Headlines » Finance News » Trump’s Gettysburg Address against the Establishment",
            "breadcrumbs",
        ),
        ("at 10:41 am 2 Comments", "comments"),
        ("source Add To The Conversation Using Facebook Comments November 1, 2016 at 6:25 am", "comments"),
    ],
)
def test_a_scraped_pages_furniture_is_dropped_between_paragraphs_and_after_them(line: str, reason: str):
    assert verdicts(line, STORY[0])[-2].drop == f"furniture: {reason}"
    assert verdicts(line)[-1].drop == f"furniture: {reason}"


@pytest.mark.parametrize(
    "line",
    [
        "Featured image via Twitter",
        "Featured image: screenshot via YouTube",
        "Featured Image Via YouTube Screengrab",
    ],
)
def test_a_featured_images_source_is_a_credit(line: str):
    verdict = verdicts(line)[-1]
    assert (verdict.kind, verdict.drop) == (Kind.CREDIT, None)


def test_a_video_storys_headline_that_bids_the_reader_watch_stays_the_headline():
    texts = [
        "Watch The Exact Moment Paul Ryan Committed Political Suicide At A Trump Rally (VIDEO)",
        "Google Pinterest Digg Linkedin Reddit Stumbleupon Print Delicious Pocket Tumblr",
        *STORY,
    ]
    result = classify_blocks(texts)
    assert result[0].drop is None
    assert result[1].drop == "furniture: share prompt"


@pytest.mark.parametrize(
    "paragraph",
    [
        # prose with the site's line glued to its end: the prose is the article's
        "The senator is poised to continue the change his party promised. But do voters really want that? "
        "Please review our Comment Policy before posting a comment",
        # a writer's own bid to watch a film, then more of the writer's sentences
        "Watch Obsolete then come back over here and let’s talk about it. I think this will spark a conversation. "
        "Meanwhile in Venezuela…",
    ],
)
def test_a_paragraph_of_prose_with_a_prompt_in_it_stays(paragraph: str):
    assert verdicts(paragraph, STORY[0])[-2].drop is None


def test_other_stories_titles_after_the_storys_closing_credit_are_dropped_even_two():
    tail = [
        "Eva Ruth Moravec in Austin contributed to this report.",
        "Why blocking the nominee could backfire on Republicans",
        "Nomination process sure to be an epic debate",
    ]
    result = verdicts(*tail)
    assert result[-3].kind == Kind.CREDIT
    assert [verdict.drop for verdict in result[-2:]] == ["furniture: title list after the article"] * 2
    # without the closing credit two title lines may be the article's own last lines
    assert [verdict.drop for verdict in verdicts(*tail[1:])[-2:]] == [None, None]


def test_a_comment_sections_rules_under_its_policy_are_dropped():
    rules = [
        "Thank you for joining the discussion at The New American. We value our readers and encourage their "
        "participation, but we have a few guidelines for commenting on articles.",
        "No profanity, racial slurs, direct threats, or threatening language.",
        "No product advertisements.",
        "Please post comments in English.",
    ]
    assert all(verdict.drop is not None for verdict in verdicts(*rules)[-4:])
    # a story's own sentence of that shape, with no policy above it, stays
    assert (
        verdicts("No product advertisements were found on the seized servers, police said.")[-1].drop is None
    )


def units(text: str) -> list[tuple[str, Kind]]:
    return [(text[start:end], kind) for start, end, kind in unit_spans(text)]


def test_an_embedded_tweets_attribution_glued_to_the_next_tweet_is_its_own_credit():
    text = "— Jane Roe (@janeroe) October 17, 2016 So, if it comes to that, he will not accept it. https://t.co/abc"
    assert units(text) == [
        ("— Jane Roe (@janeroe) October 17, 2016", Kind.CREDIT),
        ("So, if it comes to that, he will not accept it. https://t.co/abc", Kind.BODY),
    ]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "The vote was close. — RT America (@RT_America) September 22, 2016",
            "— RT America (@RT_America) September 22, 2016",
        ),
        ("It was really odd.” [via Chicago Tribune ]", "[via Chicago Tribune ]"),
    ],
)
def test_a_source_glued_after_the_last_sentence_is_its_own_credit(text: str, credit: str):
    assert units(text)[-1] == (credit, Kind.CREDIT)


def test_a_quotation_closed_inside_a_quotation_ends_the_sentence():
    text = (
        "It even says that I have “referred to him as ‘the first Muslim president.’” "
        "This one epitomizes the dishonesty of the report."
    )
    assert [unit for unit, _ in units(text)] == [
        "It even says that I have “referred to him as ‘the first Muslim president.’”",
        "This one epitomizes the dishonesty of the report.",
    ]
    # a short attribution after it is the quotation's own
    assert len(units("He called it “the ‘worst deal.’” Smith said.")) == 1


def test_an_exclamation_quoted_keeps_its_speaker_with_an_adverb_between():
    text = '"We have won eight of the last nine contests! Cheer!" Sanders recently told supporters.'
    assert [unit for unit, _ in units(text)] == [
        '"We have won eight of the last nine contests!',
        'Cheer!" Sanders recently told supporters.',
    ]


def test_a_quoted_sentence_after_a_sentence_final_abbreviation_opens_a_unit():
    text = 'He was asked whether the senator was born in the U.S. "I\'ll answer that at the right time," he told the paper.'
    assert [unit for unit, _ in units(text)] == [
        "He was asked whether the senator was born in the U.S.",
        '"I\'ll answer that at the right time," he told the paper.',
    ]
    # a name in quotation marks after it goes on with the sentence
    assert len(units("Lawmakers debated the U.S. “Patriot Act” provisions on Tuesday.")) == 1
