"""Lines of the news pages in newspaper4k's test pages (tests/data/news/fresh10, 2013-2023): a video playlist
beside the story, an affiliate's product boxes, a newsletter form's small print, and a dateline on its own line."""

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.newsparts import furniture_reason

HEADLINE = "Takeaways from Donald Trump’s contentious testimony in his civil fraud trial"
STORY = [
    "Donald Trump brought bombastic rhetoric to the witness stand Monday in the civil fraud case against him.",
    "Trump’s testimony at times mimicked his appearances on the campaign trail, where he attacks the case.",
]
PLAYLIST = [
    "Politics of the Day 15 videos",
    "Video Ad Feedback",
    "Trump speaks to reporters after testimony in civil fraud trial",
    "03:29",
    "Now playing",
    "- Source: CNN",
    "Video Ad Feedback",
    "Christie says any Republican who is overconfident about beating Biden is 'foolish'",
    "01:16",
    "Now playing",
    "- Source: CNN",
    "Video Ad Feedback",
    "Hear Democratic incumbent Gov. Andy Beshear speak after reelection",
    "1:00:57",
    "See More Videos",
]


def test_a_video_playlist_is_dropped_and_the_dateline_below_it_kept():
    texts = [HEADLINE, *PLAYLIST, "New York CNN —", *STORY]
    verdicts = classify_blocks(texts)
    assert [text for text, verdict in zip(texts, verdicts, strict=True) if verdict.drop is None] == [
        HEADLINE,
        "New York CNN —",
        *STORY,
    ]
    assert verdicts[3].drop == "furniture: video playlist"
    assert verdicts[len(PLAYLIST) + 1].kind == Kind.DATELINE


def test_the_storys_own_video_keeps_its_caption_and_running_time():
    texts = [HEADLINE, "Video Ad Feedback", "Trump speaks to reporters after testimony", "03:29", *STORY]
    # the running time stays in place as it is: figures, nothing to translate
    assert [verdict.drop for verdict in classify_blocks(texts)][2:4] == [None, "furniture: no words"]


def test_a_timeline_of_clock_times_is_no_playlist():
    timeline = ["10:30", "Polls open across the state.", "11:45", "The first results come in from the north."]
    found = [verdict.drop for verdict in classify_blocks([HEADLINE, *STORY, *timeline])]
    assert found[-4:] == [
        "furniture: no words",
        None,
        "furniture: no words",
        None,
    ]  # the times stay as they are
    assert all(drop is None for drop in found[:-4])


@pytest.mark.parametrize(
    "line",
    [
        "ADD TO CART: US$25 League of Legends Gift Card for NA server",
        "VIEW PRICE: Funko Pop Games League of Legends Lee Sin",
        "Buy now",
        "Subscribe to our monthly newsletter and get top-performing articles delivered right to your inbox.",
        "Your data is managed in accordance with our privacy policy",
    ],
)
def test_page_lines_are_furniture(line):
    assert furniture_reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "Buy now, pay later schemes have grown fast since the pandemic.",
        "Your data is stored on servers in Ireland, the company said.",
    ],
)
def test_prose_about_shopping_and_data_stays(line):
    assert furniture_reason(line) is None


def test_a_videos_date_may_stand_between_its_title_and_its_running_time():
    texts = [  # Deadspin (fresh15), under the byline: "Watch", then each video's title, its date, its running time
        HEADLINE,
        "Watch",
        "Bill Russell's Impact on the Game | W. Kamau Bell",
        "00:50",
        "Now playing",
        "Serena Williams calls it a career",
        "Yesterday 1:55PM",
        "01:40",
        "Now playing",
        *STORY,
    ]
    verdicts = classify_blocks(texts)
    assert [verdicts[index].drop for index in (2, 3, 5, 6, 7)] == ["furniture: video playlist"] * 5
    assert all(verdict.drop is None for verdict in verdicts[-len(STORY) :])
