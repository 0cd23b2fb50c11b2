"""Lines of regional papers' pages (the Caribbean's and US cities' papers of tests/data/news/fresh6): their
themes' category rows and reading times, comment sections' house rules, dated teaser lists, pagers, tag rows under
their label, and a government information service's sign-off under a release."""

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.newsparts import furniture_reason

HEADLINE = "PM attends financial access roundtable in Barbados"
STORY = [
    "Grenada's Prime Minister has voiced his support for an annual US-Caribbean banking forum to discuss "
    "critical matters pertaining to financial services and correspondent banking in the region.",
    "The Prime Minister was among several regional leaders who attended the roundtable in Barbados on "
    "Tuesday, hosted by the chair of the US House Committee on Financial Services.",
    "The regional leaders complimented the congresswoman for initiating the roundtable and for her "
    "long-standing commitment to the Caribbean and its people.",
]


def drops(texts: list[str]) -> list[str | None]:
    return [verdict.drop for verdict in classify_blocks(texts)]


@pytest.mark.parametrize(
    "line",
    [
        # a theme's head: categories cut to "in", reading time in its forms
        "in Business, PRESS RELEASE",
        "in Illinois, Local",
        "Reading Time: 3 mins read",
        "2 min. read",
        # a page script's data, an author box's link, widgets' prompts and a sponsor's label
        '[ { "name": "Ad - NativeInline - Injected", "component": "29509126", "insertPoint": "3", '
        '"requiredCountToDisplay": "5" },{ "name": "Real 1 Player (r2) - Inline", "component": "29509125", '
        '"insertPoint": "2/3", "requiredCountToDisplay": "9" } ]',
        "Email Jane Slaughter",
        "Email the author",
        "Sign in to favorite this",
        "READ THE PRINT EDITION OF THE OBSERVER!",
        "JIS News | Presented by:",
        "Comment on post Cancel reply",
        "Most Popular Today",
    ],
)
def test_page_lines_are_furniture(line):
    assert furniture_reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "in the morning, she said",
        "Email them today, the clerk told voters.",
        "Presented by the city council, the show runs all week.",
        "[Editor's note: this story has been updated.]",
        "The vote was held on April 26, 2022",
    ],
)
def test_lines_of_the_story_are_not(line):
    assert furniture_reason(line) is None


def test_a_headline_over_a_byline_with_a_user_name_is_kept():
    caption = "The footballers training ahead of a match against Dominica. (FILE)"
    verdicts = classify_blocks(["Tridents’ challenge", "Article by", "nationnews", caption, *STORY])
    assert [verdict.drop for verdict in verdicts[:4]] == [None, None, None, None]
    assert [verdict.kind for verdict in verdicts[1:4]] == [Kind.BYLINE, Kind.BYLINE, Kind.CAPTION]


def test_titles_with_their_dates_glued_on_are_a_teaser_list():
    teasers = [
        "Richards confident, Hamilton Skeptical April 26, 2022",
        "Richards confirms filing of a MoNC against PM April 26, 2022",
        "Premier Brantley’s Monthly Press Conference Postponed April 26, 2022",
    ]
    assert all(drops([HEADLINE, *STORY, *teasers])[4:])
    timeline = ["The first vote was held on April 26, 2022", "The second vote was taken on May 3, 2022"]
    assert drops([HEADLINE, *STORY, *timeline])[4:] == [None, None]


def test_a_comment_sections_house_rules_are_dropped_to_their_end():
    rules = [
        "HOUSE RULES",
        "We welcome reader comments on the top stories of the day. Some comments may be republished.",
        "Please do not write in block capitals since this makes your comment hard to read.",
        "If readers wish to report offensive comments, suggest a correction or share a story then please email us.",
        "Lastly, read our Terms and Conditions and Privacy Policy",
    ]
    assert all(drops([HEADLINE, *STORY, *rules])[4:])
    # a paragraph of the story about comments, with no house rule above it, is the story's
    story = (
        "Please do not write in block capitals, the moderator asked readers in her comment policy last year."
    )
    assert drops([HEADLINE, *STORY, story])[4] is None


def test_long_tags_under_their_label_are_a_tag_row():
    tags = [
        "Mexican restaurants in Detroit,",
        "mezcal bars in metro Detroit,",
        "Mezcal Mexican Bar & Kitchen,",
        "Mezcal Mexican Bar & Kitchen",
    ]
    assert all(drops([HEADLINE, *STORY, "Tags:", *tags])[4:])


def test_a_sign_off_under_the_release_is_its_credit_and_the_tail_is_still_read():
    tail = [
        "GIS",
        "Tags: caribbean financial access roundtable gis keith mitchell",
        "Next Post",
        "Royal visit cancelled amidst planned protests in Grenada",
        "Comment on post Cancel reply",
    ]
    verdicts = classify_blocks([HEADLINE, *STORY, *tail])
    assert verdicts[4].drop is None and verdicts[4].kind is Kind.CREDIT
    assert all(verdict.drop for verdict in verdicts[5:])
    # letters alone inside the story, more story below them, are the story's
    inside = classify_blocks([HEADLINE, STORY[0], "GPU", *STORY[1:]])
    assert inside[2].drop is None and inside[2].kind is None


def test_a_summary_cut_short_below_the_article_is_a_teaser_even_of_the_same_story():
    follow_up = [
        "Grenada leader back home",
        "The Prime Minister returned from the financial access roundtable in Barbados on Wednesday and said …",
    ]
    assert all(drops([HEADLINE, *STORY, *follow_up])[4:])
    # above the article's prose the same two lines are the story's own head
    head = ["The Prime Minister attended the roundtable in Barbados with regional leaders and said …"]
    assert drops([HEADLINE, *head, *STORY])[1] is None


@pytest.mark.parametrize(
    "line",
    [
        "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica. Send us a "
        "message on WhatsApp at 1-876-499-0169 or email us at onlinefeedback@gleanerjm.com",
        "Аdvеrtіѕе wіth thе most visited news site in Веlіzе ~ Wе оffеr fullу сuѕtоmіzаblе dіgіtаl mаrkеtіng",
        "«Sectoral Debate | Samuda promises new occupational safety bill this year",
        "Falmouth municipality earmarks $9 million for transport centre upgrade »",
    ],
)
def test_more_page_lines_are_furniture(line):
    assert furniture_reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money on Twitter, he said. Send us a message.",
        "Киев (Kyiv) и Львов (Lviv) — города Украины.",
        "«Bonjour», dit-il.",
    ],
)
def test_more_lines_of_the_story_are_not(line):
    assert furniture_reason(line) is None


def test_the_headline_again_in_quote_marks_or_with_a_mark_is_dropped():
    for again in ['"Forex motion defeated in the Senate"', "Forex motion defeated in the Senate!"]:
        assert (
            drops(["Forex motion defeated in the Senate", *STORY, again])[-1]
            == "furniture: repeats the headline"
        )
