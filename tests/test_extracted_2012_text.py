"""What an extractor (trafilatura) leaves of 2012 news and blog pages, as Dragnet's saved pages give it
(benchmarks/score_dataset_texts.py, batches 20 and 21): rows of the page's own links, teasers' share buttons,
pointers to the site's coverage; and what must stay."""

import pytest

from newsl10n.credits import is_credit
from newsl10n.furniture import classify_blocks
from newsl10n.newsparts import furniture_reason

HEADLINE = "Hazing Among Black Greeks: Victims Can Be Responsible, Too"
STORY = [
    "Writing at the Huffington Post about the blame game surrounding recent hazing tragedies, a law professor "
    "presents legal and practical arguments.",
    "While these deaths and injuries are tragic, it is a legitimate question to ask what the victims knew.",
    "Some victims may be on due notice of the dangers of certain organizations, his colleagues found.",
]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("| Complete coverage |  | Photo archive |  | Video archive |", "link row"),
        ("Transcript | Download mp4 | Download mp3", "link row"),
        ("Posted Nov. 6,2012 at 4:24 PM EST by Sam Greisman | Permalink", "link row"),
        ("ARNOLD! SHARE ME on TWITTER! http://bit.ly/THsVIy", "promotion"),
        ("For more Captain America 2 and Marvel Movie updates read Movieline.com", "promotion"),
        ("·All The Layover Coverage on Eater [-E-]", "promotion"),
        ("Recent posts from Jon Bloom:", "widget label"),
    ],
)
def test_a_pages_own_links_and_pointers_are_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason
    assert classify_blocks([HEADLINE, *STORY, line], repeated=set())[-1].drop == f"furniture: {reason}"


@pytest.mark.parametrize(
    "line",
    [
        "Hitmen 2 | Warriors 1",  # a score line heading a game's report
        "| By Collins Mtika, Nyasa Times | August 9, 2012 · 13 Comments | Email This Post |",  # a byline
        "The story | The photos of the day",
        "For more news, the mayor said, read the local paper.",
        "All the coverage on Fox that night was about the storm.",
        "Recent posts from Jon Bloom were deleted.",
        "Recent posts from the president's account were deleted.",
    ],
)
def test_a_storys_lines_of_that_shape_are_no_furniture(line: str):
    assert furniture_reason(line) is None


def test_the_pages_heading_over_its_own_lead_cut_short_is_no_teaser():
    headline = "Chrono Trigger now available on Android, unavailable on nothing"
    texts = [
        headline,
        headline,
        "Chrono Trigger is now available on Android, making it officially available on everything ever made "
        "ever. Okay, that's not true, but ...",
        "It'll cost you $9.99 to experience the SNES RPG on Android, the same price as on iOS. The port includes "
        "the Dimension Vortex and Lost Sanctum locations.",
    ]
    drops = [verdict.drop for verdict in classify_blocks(texts, repeated=set())]
    assert drops[2] is None
    assert drops[1] is not None  # the heading is the headline again


@pytest.mark.parametrize(
    "line",
    [
        "Rendering courtesy EatGoodFood Group",
        "Artist’s rendering courtesy of the city",
        "Map courtesy of Google",
    ],
)
def test_a_renderings_or_maps_credit_is_a_credit(line: str):
    assert is_credit(line)
    assert not is_credit("Rendering by the architects shows a tower.")
