"""What trafilatura leaves of news pages of 2023 and 2025 (UK and US local papers and stations, htmldate's evaluation
pages, batch 28 of benchmarks/score_dataset_texts.py; local, trade and technology news of WCXB's 2025 pages, batch 30;
the texts are not kept here): a promotion's box said in several paragraphs, the headline said again in other words or
under a section's label, a republished story's credit with a newsletter's prompt after it, site lines; and the units of
a company's name and of opening hours."""

import pytest

from newsl10n.furniture import BlockVerdict, classify_blocks
from newsl10n.model import Kind
from newsl10n.newsparts import furniture_reason
from newsl10n.segment import unit_spans

HEADLINE = "Council approves new cycle lanes for the city centre after two-year consultation"
STORY = [
    "The city council approved plans for new cycle lanes on four central streets on Tuesday evening.",
    "Work will begin in the spring and is expected to take eighteen months, a council report said.",
    "Opponents argued the lanes would cut parking for shops, but the vote passed by 31 to 12.",
]


def verdicts(*lines: str, headline: str = HEADLINE, story: tuple[str, ...] = tuple(STORY)):
    return classify_blocks([headline, *story, *lines])


def units(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in unit_spans(text)]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Copyright Boston Business Journal", "copyright line"),
        ("Copyright The Associated Press", "copyright line"),
        ("read more in politics", "list heading"),
        ("New on WIVB.com", "list heading"),
        ("and live on Freeview channel 276", "media notice"),
        # batch 30 (2025)
        (
            "Featured Blog | This community-written post highlights the best of what the game industry has to offer.",
            "site notice",
        ),
        ("Support CNX Software! Donate via cryptocurrencies, become a Patron on Patreon.", "donation prompt"),
        ("Other WRAL Top Stories", "list heading"),
        (
            "Related: Our free weekly newsletter alerts you to what research says about schools.",
            "newsletter prompt",
        ),
    ],
)
def test_a_sites_line_is_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Copyright AP Photo",  # a picture's credit
        "Copyright law protects a work for seventy years after its author's death.",
        "The Copyright Office rejected the claim.",
        "Read more in the report, the council said.",
        "New on Netflix",
        "The final is live on Freeview channel 276 on Saturday night.",
        "Support Ukraine! Donate to the Red Cross now, the mayor urged residents.",
        "Our newsletter reporter spent a week with the team.",
        "This guest worker program was written into law in 1986.",
    ],
)
def test_the_storys_own_lines_with_the_same_words_stay(line: str):
    assert furniture_reason(line) is None


PROMOTION = [
    "Join the Gazette's WhatsApp community!",
    "You will get daily updates on the top stories, straight to your phone.",
    "Nobody else in the group can see who has signed up, and only our team can post.",
    "Tap here on your phone, choose 'Join Community' and you are in!",
    "On a computer, scan the QR code above and click 'Join Community'.",
    "To leave, click the community's name at the top of your screen and choose 'exit group'.",
    "Sign up to our daily newsletter here.",
]


def test_a_promotions_paragraphs_between_its_prompts_go_with_them():
    found = verdicts(*PROMOTION)[1 + len(STORY) :]
    assert [verdict.drop is not None for verdict in found] == [True] * len(PROMOTION)
    assert found[1].drop == "furniture: promotion's text"


def test_the_storys_paragraphs_on_an_app_between_two_prompts_stay():
    story = (
        "The NHS app will let patients book vaccinations from next month, the health service said.",
        "Patients in England can already order repeat prescriptions through the app, which has 30 million users.",
        "Officials said the change would free up time at GP surgeries during the winter.",
    )
    lines = [
        "Join the Gazette's WhatsApp community!",
        "If you have the NHS app, you can book vaccinations through it from next month.",
        "Patients who have not signed up for the app can still book by phone, officials said.",
        "Sign up to our daily newsletter here.",
    ]
    found = verdicts(*lines, headline="NHS app to offer vaccination bookings from next month", story=story)
    assert [verdict.drop is None for verdict in found[-4:]] == [False, True, True, False]


def test_a_quote_between_two_prompts_stays():
    lines = [
        "Join the Gazette's WhatsApp community!",
        "“You can sign up for the scheme at any library,” the councillor said.",
        "Sign up to our daily newsletter here.",
    ]
    assert verdicts(*lines)[-2].drop is None


def test_the_headline_reworded_above_the_story_is_said_again():
    reworded = (
        "Cycle lanes: council approves new lanes for the city centre after two-year public consultation"
    )
    found = classify_blocks([HEADLINE, reworded, *STORY])
    assert found[1].drop == "furniture: repeats the headline"


def test_a_line_that_says_less_of_the_headline_stays():
    line = "Council approves new cycle lanes for the city centre"  # a caption's or a subhead's
    assert classify_blocks([HEADLINE, line, *STORY])[1].drop is None


def test_the_headline_reworded_between_the_storys_paragraphs_stays():
    subhead = "Why the council approved new cycle lanes for the city centre after a two-year consultation"
    assert classify_blocks([HEADLINE, STORY[0], subhead, *STORY[1:]])[2].drop is None


@pytest.mark.parametrize(
    "text",
    [
        "Studios including Disney, Netflix, Warner Bros. Discovery and Universal took part in the talks.",
        "Open Wed.-Thurs. 4-9 p.m.; Fri.-Sat. 4-midnight (Closed Sun.-Tues.)",
    ],
)
def test_a_brands_name_and_opening_hours_are_one_unit(text: str):
    assert units(text) == [text]


def test_a_sentence_ending_on_a_brands_name_ends_there():
    text = "The film went to Warner Bros. The studio declined to comment."
    assert units(text) == ["The film went to Warner Bros.", "The studio declined to comment."]


def test_the_headline_said_again_under_a_notice_below_its_sections_label_is_said_again():
    headline = "Featured Blog | 5 tips for indie game design"
    notice = "Featured Blog | This community-written post highlights the best of what the game industry has to offer."
    found = classify_blocks([headline, notice, "5 tips for indie game design", *STORY])
    assert [verdict.drop for verdict in found[1:3]] == [
        "furniture: site notice",
        "furniture: repeats the headline",
    ]


def test_a_republished_storys_credit_with_its_newsletters_prompt_is_a_credit():
    credit = (
        "This story about school tutoring was written by Jane Doe and produced by The Example Report, a nonprofit "
        "news organization. Sign up for the Example newsletter."
    )
    assert verdicts(credit)[-1] == BlockVerdict(Kind.CREDIT)
