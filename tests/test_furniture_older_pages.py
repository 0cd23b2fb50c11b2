"""Lines of 2010-2016 news pages (tests/data/news/fresh7): video and audio players, comment widgets, Flash-era
notices, magazines' own pointers and share rows with their counters."""

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.newsparts import furniture_reason

HEADLINE = "Five social media lessons for business"
STORY = [
    "Companies that treat social networks as one more advertising channel miss what their customers use them "
    "for, according to a survey of 2,000 firms released on Tuesday.",
    "The firms that gained most answered questions in public, admitted mistakes quickly and let employees speak "
    "for the company, the survey's authors said.",
    "Those that only pushed offers saw fewer followers after a year than when they began, the survey found.",
]


@pytest.mark.parametrize(
    "line",
    [
        # players
        "Now watching",
        "Next video starts in : 7 Play",
        "Captions will look like this",
        "Video Not Available",
        "Unfortunately, this video is not available in your region.",
        "Download audio",
        "Embed player",
        "Audio player assistance",
        "To view this content, Javascript must be enabled and Adobe Flash Player must be installed.",
        # a comment widget's messages
        "Sign in to post a reply.",
        "Please sign in.",
        "Rating failed. Try again.",
        "Sorry, we can’t load comments right now. Try again.",
        "Sorry you didn't like this comment. Please provide a reason below.",
        # a site's pointers, share rows, links
        "Check out more articles on BuzzFeed.com!",
        "See TIME's Pictures of the Week.",
        "See the Cartoons of the Week.",
        "(MORE: 'Laughter Shocks': 13 Best Tweets About the East Coast Earthquake)",
        "[ Bardo museum houses amazing Roman treasures ]",
        "PHOTOS: Earthquake Shakes the Northeastern U.S.",
        "SHARE 79 CONNECT 32 TWEET COMMENT EMAIL MORE",
        "Google Bookmarks",
        "View this image ›",
        "Related Items",
    ],
)
def test_page_lines_are_furniture(line):
    assert furniture_reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "[ Photo ]",
        "(See the world's top 10 environmental disasters.)",
        "Share more of your stories with us, the editor said.",
        "More than 79 people share this view.",
        "The video is not available to everyone, the company said, because of licensing rules.",
    ],
)
def test_lines_of_the_story_are_not(line):
    assert furniture_reason(line) is None


def test_titles_under_related_items_are_teasers():
    titles = [
        "What to Expect at Apple's iPhone 5 Event",
        "Ex-Facebook Executive Invests in Yammer, SecondMarket Deals",
        "Twitter Goes to Ireland, but Will It Bring Good Jobs?",
    ]
    texts = [
        HEADLINE,
        STORY[0],
        "Related Items",
        *titles,
        *STORY[1:],
    ]  # inside the article, as the page has it
    drops = [verdict.drop for verdict in classify_blocks(texts)]
    assert all(drops[2:6]) and drops[6:] == [None, None]


def test_an_icon_fonts_glyphs_do_not_hide_a_players_words():
    assert furniture_reason("\ue060 \ue05c Next video starts in : 7 Play")


def test_a_thread_signed_below_each_comment_takes_the_first_comment_too():
    thread = [
        "Last time I checked, there was NO decision that we will implement IFRS! There is a significant number "
        "of CPAs who oppose it.",
        "Posted by: Florida CPA, 27 Sep 2011 | 15:22",
        "The US is about 25% of the world economy. While the rest of the world has not agreed, we are the majority.",
        "Posted by: G. Moore, US CPA, 28 Sep 2011 | 08:54",
        "US GAAP has evolved over years and is most suited for American businesses and their reporting.",
        "Posted by: MM Texas CPA, 28 Sep 2011 | 05:41",
    ]
    drops = [verdict.drop for verdict in classify_blocks([HEADLINE, *STORY, *thread])]
    assert drops[:4] == [None] * 4 and all(drops[4:])


def test_a_title_said_three_times_in_a_row_is_a_galleries_and_a_table_row_is_not():
    gallery = ["UK news in pictures"] * 5  # inside the article, where a list of short lines is the article's
    verdicts = classify_blocks([HEADLINE, STORY[0], *gallery, *STORY[1:]])
    assert all(verdict.drop for verdict in verdicts[2:7]) and not any(
        verdict.drop for verdict in verdicts[7:]
    )
    plan = [
        "Eat every 2–3 hours",
        "Drink during your workout",
        "Eat every 2–3 hours",
        "Rest",
        "Eat every 2–3 hours",
    ]
    assert [verdict.drop for verdict in classify_blocks([HEADLINE, STORY[0], *plan, *STORY[1:]])][2:7] == [
        None
    ] * 5


@pytest.mark.parametrize(
    "line",
    [
        "Seascape: the state of our oceans is supported by",
        "About this content",
        "Sign up for Command Line, a paid weekly newsletter from Alex Heath about the tech industry’s inside talk.",
        "$7 / month",
        "$60 / person / year",
        "A flexible plan you can cancel anytime.",
        "[What you need to know to start the day: Get New York Today in your inbox.]",
        "Your tip here...",
        "Thanks for the tip!",
        "So you've got the inside scoop on a story or topic that we've covered?",
        "We respect your anonymity feel free to directly email us.",
    ],
)
def test_sponsors_plans_and_tip_forms_are_furniture(line):
    assert furniture_reason(line)


@pytest.mark.parametrize(
    "line",
    ["The museum is supported by donations from the city.", "He paid $7 / month for it, he said."],
)
def test_the_storys_money_and_sponsors_are_not(line):
    assert furniture_reason(line) is None


def test_a_byline_with_each_names_role_in_brackets_is_a_byline():
    from newsl10n.credits import is_byline

    assert is_byline("by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)")


def test_a_plan_the_story_reports_is_the_storys():
    for line in [
        "A monthly plan will cost residents $5, the council said.",
        "A flexible plan, the mayor said, helps.",
    ]:
        assert furniture_reason(line) is None
