"""What a research set kept of 2016-2017 political stories of mainstream outlets (Horne and Adali's "This Just In",
batch 13 of benchmarks/score_dataset_texts.py, session 25): the BBC's profile links under "Read more about:" and the
subhead after them, its picture credits glued to their captions, a writer's follow line, a video player's title
between its play button and its share row."""

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.newsparts import furniture_reason
from newsl10n.segment import unit_spans

HEADLINE = "Trump presidency: What his new team teaches us"
STORY = [
    "Donald Trump's picks for his cabinet have begun to show what kind of president he will be, aides said.",
    "By looking to Wall Street insiders for key posts, his actions signal a different mentality, critics say.",
]


def verdicts(*lines: str):
    return classify_blocks([HEADLINE, *STORY, *lines])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("You can follow Anthony on Twitter @awzurcher", "follow prompt"),
        (
            "PlaySen. Reid To Trump: Rescind Bannon Appointment Facebook Twitter Google Plus Embed",
            "video player",
        ),
        ("Play Could Ellison be the next DNC chair? Facebook Twitter Google Plus Embed", "video player"),
    ],
)
def test_a_sites_line_is_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason
    assert verdicts(line, STORY[0])[-2].drop == f"furniture: {reason}"


@pytest.mark.parametrize(
    "line",
    [
        "You can follow the hearings on Twitter, where reporters post updates, the committee said.",
        "He posted the clip on Facebook Twitter and Instagram, and it was shared widely.",
    ],
)
def test_the_storys_own_lines_with_the_same_words_stay(line: str):
    assert furniture_reason(line) is None
    assert verdicts(line, STORY[0])[-2].drop is None


def test_profile_links_under_their_heading_go_and_the_subhead_after_them_stays():
    result = verdicts(
        "Read more about:",
        "Rex Tillerson - wildcard diplomat",
        "Steven Mnuchin - Secretary of the Treasury nominee",
        "Andrew Puzder - Secretary of Labor",
        "Here come the generals",
        "At one point during the campaign, Mr Trump quipped that he knew more about fighting than the generals did.",
    )
    assert all(verdict.drop is not None for verdict in result[-6:-2])
    assert [verdict.drop for verdict in result[-2:]] == [None, None]


def test_a_picture_credit_glued_to_its_caption_is_its_own_unit():
    text = "Congressman Tom Price presides over a House Budget Committee hearing.Image copyrightGETTY IMAGES"
    units = [(text[start:end], kind) for start, end, kind in unit_spans(text)]
    assert units == [
        ("Congressman Tom Price presides over a House Budget Committee hearing.", Kind.BODY),
        ("Image copyrightGETTY IMAGES", Kind.CREDIT),
    ]


def test_a_related_box_with_its_kicker_between_the_two_copies_of_its_title_goes_and_the_story_stays():
    box = [
        "Trump Plans To Dissolve His Foundation; N.Y. Attorney General Pushes Back",
        "THE TWO-WAY",
        "Trump Plans To Dissolve His Foundation; N.Y. Attorney General Pushes Back",
    ]
    after = "And in doing so, Trump incorrectly stated the charitable reach of the foundation, records show."
    result = verdicts(*box, after)
    assert [verdict.drop is not None for verdict in result[-4:]] == [True, True, True, False]


def test_a_title_said_twice_around_a_subhead_of_the_story_is_left_alone():
    """The kicker is a section's label in capitals; a subhead between two copies of a line is no box's."""
    line = "The committee voted on the plan after a long debate on Tuesday night"
    result = verdicts(line, "What happens next", line, STORY[0])
    assert all(verdict.drop is None for verdict in result[-4:])
