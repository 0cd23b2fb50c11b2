"""What an extractor (trafilatura) leaves of 2012 news and blog pages, as Dragnet's saved pages give it
(benchmarks/score_dataset_texts.py, batches 20 to 23): rows of the page's own links, teasers' share buttons,
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
        ("Get the Flash Player to see this player.", "media notice"),  # JW Player without Flash
        ("This video is unavailable in the format required for your device/os.", "media notice"),
        (
            "This article was printed from http://www.deadline.com/2012/08/amc-networks-dispute/",
            "print notice",
        ),
        ("URL to article: http://example.com/2012/08/a-story/", "print notice"),
        (
            "[ Download the Big Data Analytics Deep Dive by InfoWorld's David Linthicum for a comprehensive, "
            "practical overview of this booming field. | Harness the power of Hadoop with InfoWorld's 7 top tools "
            "for taming big data. ]",
            "promotion",
        ),
        ("- Box Office Poll Loading ...", "widget label"),
        ("- Archives", "list heading"),  # trafilatura writes a list's items "- item"
        ("Video Categories:", "list heading"),
        ("Photos from Us: 'American Idol' judges, then and now", "related link"),
        (
            "- The #Pacers lose forward Danny Granger to injury for three months --> http://t.co/YdB5MxsL",
            "related link",
        ),
        ("- Categories: Biotech, Environment, Food", "tags"),
        ("Science news from NBCNews.com", "list heading"),
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
        "This video is unavailable because the company withdrew it, the court heard.",
        "The poll was printed from the database, officials said.",
        "[Get this: the mayor said no.]",
        "- Archives of the city show the deal was signed in 1923.",
        "The station said the truck loading ...",
        "Photos from the scene: the flood reached the second floor",
        "Photos from Reuters show the flood reached the second floor.",
        "Good News From The Front",
        "Welcome To The TechCrunch Gadgets 2012 Gift Guide | TechCrunch",  # a brand said twice is no glued menu
        # a sentence's own link in brackets (batch 23's one real line dropped by a pattern)
        "The new 35-100mm lens is in stock for the first time at a New York camera shop (Click here).",
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


def test_a_reports_supplement_is_a_credit():
    assert is_credit("This report was supplemented by msnbc.com.")
    assert is_credit("This story includes information from Reuters.")
    assert not is_credit("This report was supplemented by a survey of 300 parents, officials said.")


def test_a_polls_label_and_its_question_are_furniture_and_the_story_goes_on():
    texts = [
        HEADLINE,
        *STORY[:2],
        "Live Poll",
        "Which book would you be more likely to pick up in your hotel room?",
    ]
    texts += [STORY[2]]
    drops = [verdict.drop for verdict in classify_blocks(texts, repeated=set())]
    assert drops[3:5] == ["furniture: poll", "furniture: poll"]
    assert drops[:3] == [None, None, None] and drops[5] is None


def test_the_address_a_dropped_notice_points_to_goes_with_it():
    notice = (
        "Dow Jones Reprints: This copy is for your personal, non-commercial use only. To order presentation-ready "
        "copies for distribution to your colleagues, clients or customers, use the Order Reprints tool at the "
        "bottom of any article or visit"
    )
    texts = [HEADLINE, *STORY, notice, "www.djreprints.com"]
    verdicts = classify_blocks(texts, repeated=set())
    assert verdicts[-2].drop is not None and verdicts[-1].drop == verdicts[-2].drop
    told = [HEADLINE, *STORY, "For the full list of schools, parents can visit", "www.example.org"]
    assert [verdict.drop for verdict in classify_blocks(told, repeated=set())][-2:] == [None, None]


def test_a_blogs_label_on_its_own_posts_title_keeps_the_headline():
    """CNN's Political Ticker (2012) labels its post's title "TRENDING:"; the story opens right under it."""
    title = "TRENDING: Portman: 'I think I'll end up being' in the Senate"
    assert classify_blocks([title, *STORY], repeated=set())[0].drop is None
    teaser = "Trending: Bragg Was Looking to Charge Trump with a Felony, Could Land Himself in Trouble"
    assert classify_blocks([teaser, HEADLINE, *STORY], repeated=set())[0].drop is not None
