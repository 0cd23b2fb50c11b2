"""What trafilatura leaves of 2023 news pages (UK and US local papers and stations, htmldate's evaluation pages,
batch 28 of benchmarks/score_dataset_texts.py; the texts are not kept here): a promotion's box said in several
paragraphs, the headline said again in other words, site lines; and the units of a company's name and of
opening hours."""

import pytest

from newsl10n.furniture import classify_blocks
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
