"""A short line that says too little alone is judged by the furniture around it, as jusText judges its
short blocks by their neighbours; a line that may credit the story's people is never taken so."""

from __future__ import annotations

import pytest

from newsl10n.credits import is_credit
from newsl10n.furniture import classify_blocks

HEADLINE = "Carragher defends confrontation with Luton fans"
P1 = "Jamie Carragher has defended his actions after Liverpool's FA Cup match at Luton on Sunday."
P2 = "The defender said he had been abused by a group of supporters behind the goal."
P3 = "Luton said they would look into what happened and would speak to the police."
SHARE = "Share on Facebook"
POLICY = "Privacy Policy"
SLOGAN = "Command Line delivers daily updates from the near-future."
BETWEEN = "furniture: between furniture"
SECTION = "furniture: section label"


def drops(texts: list[str]) -> list[str | None]:
    return [verdict.drop for verdict in classify_blocks(texts)]


def test_the_walls_are_furniture_on_their_own():
    """The premise of every test below: the lines around the one judged are dropped by rules of their own."""
    assert drops([HEADLINE, P1, P2, P3, SHARE, POLICY])[4:] == [
        "furniture: share prompt",
        "furniture: site notice",
    ]


@pytest.mark.parametrize(
    "line",
    [
        SLOGAN,
        "Get your need-to-know latest news, feel-good stories, analysis and more",
        "Daily news about the politics, business, and technology shaping our world.",
        "In the Future There Will be More Rain, but Less Water, in the Nile Basin",
    ],
)
def test_a_line_between_furniture_after_the_article_is_furniture(line: str):
    assert drops([HEADLINE, P1, P2, P3, SHARE, line, POLICY])[5] == BETWEEN


def test_two_lines_between_furniture_are_furniture_three_are_left():
    two = ["Britain booted out", "UK drops out of competitiveness top table."]
    assert drops([HEADLINE, P1, P2, P3, SHARE, *two, POLICY])[5:7] == [BETWEEN, BETWEEN]
    three = [*two, "A spectacular wildlife show takes off in rural East Anglia."]
    assert drops([HEADLINE, P1, P2, P3, SHARE, *three, POLICY])[5:8] == [None, None, None]


def test_the_pages_end_is_no_wall_the_articles_last_line_may_stand_there():
    assert drops([HEADLINE, P1, P2, P3, SHARE, "Funeral arrangements were not announced."])[5] is None


@pytest.mark.parametrize(
    "interruption", ["Advertisement", "Continue reading the main story", "Read more: Kyiv talks collapse"]
)
def test_what_interrupts_an_article_is_no_wall_its_last_paragraph_may_follow(interruption: str):
    texts = [HEADLINE, P1, P2, P3, interruption, "Funeral arrangements were not announced.", SHARE, POLICY]
    result = drops(texts)
    assert result[4] is not None and result[6:] == ["furniture: share prompt", "furniture: site notice"]
    assert result[5] is None


@pytest.mark.parametrize(
    "line",
    [
        "Ben Silverman is on Twitter at ben_silverman.",  # the author's note
        "Benjamin Romano: 206-652-6593 or bromano@seattletimes.com",  # how to reach the reporter
        "Nell Irvin Painter, Princeton University (emerita)",  # a signatory
        "Thanks to Steven Levy.",  # the writer's thanks
        "Featured image by Alberto Riva/The Points Guy.",  # the picture's credit
        "Published Jun 05, 2026",  # the story's date
        "own stuff to run.",  # a paragraph's end the page broke off
        "Carragher was later cautioned by the police at Luton.",  # the story's own words
    ],
)
def test_a_line_between_furniture_that_may_be_the_storys_stays(line: str):
    assert drops([HEADLINE, P1, P2, P3, SHARE, line, POLICY])[5] is None


def test_a_line_below_a_list_of_links_stays_the_lists_may_be_the_articles():
    """Halls alone are dropped as a link list; the ticket line below them is the article's."""
    halls = [
        "COLOUR CLUB, MELBOURNE",
        "OAF GALLERY BAR, SYDNEY",
        "THE TOTE, COLLINGWOOD",
        "NORTHCOTE SOCIAL CLUB",
    ]
    texts = [HEADLINE, P1, P2, P3, *halls, "Tickets and more info at: luboku.com.", SHARE]
    result = drops(texts)
    assert result[4:8] == ["furniture: link list"] * 4
    assert result[8] is None


def test_a_tours_dates_and_halls_are_a_schedule():
    tour = ["THURSDAY APRIL 2", "COLOUR CLUB, MELBOURNE", "FRIDAY APRIL 17", "OAF GALLERY BAR, SYDNEY"]
    texts = [HEADLINE, P1, P2, P3, *tour, "Tickets and more info at: luboku.com.", SHARE]
    assert drops(texts)[4:9] == [None] * 5


def test_a_price_left_untranslated_is_no_wall():
    result = drops([HEADLINE, P1, P2, P3, SHARE, SLOGAN, "$119.00"])
    assert result[6] == "furniture: no words" and result[5] is None


def test_inside_the_article_context_takes_nothing():
    assert drops([HEADLINE, P1, SHARE, SLOGAN, POLICY, P2, P3])[3] is None


@pytest.mark.parametrize("label", ["Spotlight", "Large", "Accessibility for screenreader", "Search the ABC"])
def test_a_short_label_above_the_story_beside_furniture_is_the_pages(label: str):
    assert drops([HEADLINE, label, SHARE, P1, P2, P3])[1] == SECTION


@pytest.mark.parametrize(
    "texts",
    [
        [HEADLINE, "Hello", P1, P2, P3],  # a greeting under the headline, no furniture beside it
        [HEADLINE, "Jessica DeFino", SHARE, P1, P2, P3],  # a name in Title Case
        [HEADLINE, "Curator: Phoebe Gavin", SHARE, P1, P2, P3],  # a credit with its role
        [HEADLINE, "USA TODAY", SHARE, P1, P2, P3],  # an outlet in capitals
        [HEADLINE, "NYT", SHARE, P1, P2, P3],  # its initials
        [HEADLINE, "BRUSSELS", SHARE, P1, P2, P3],  # the dateline's place alone
        [HEADLINE, "Agencies", SHARE, P1, P2, P3],  # the wire alone
        [HEADLINE, "Getty", SHARE, P1, P2, P3],  # the picture's agency
        [HEADLINE, "Updated", SHARE, P1, P2, P3],  # a date stamp's label
        [HEADLINE, "Monday", SHARE, P1, P2, P3],  # its day
        [HEADLINE, "Staff reporter", SHARE, P1, P2, P3],  # a role
        [HEADLINE, "EditorFollow", SHARE, P1, P2, P3],  # a role glued to its button
        [HEADLINE, "Luton", SHARE, P1, P2, P3],  # the story's own place
    ],
)
def test_a_short_line_above_the_story_that_may_be_its_own_stays(texts: list[str]):
    assert drops(texts)[1] is None


def test_a_name_beside_the_storys_date_stays():
    assert drops([HEADLINE, SHARE, "Paul", "December 23, 2016", P1, P2, P3])[2] is None


@pytest.mark.parametrize(
    "line",
    [
        "Featured image by Alberto Riva/The Points Guy.",
        "Photo courtesy of Phoenix photographer Adam Nollmeyer.",
        "photo by Jane Doe",
        "Photo by ev on Unsplash",
        "Thanks to Steven Levy.",
        "Many thanks to Jo Piazza and George Rush",
    ],
)
def test_a_pictures_credit_and_the_writers_thanks_are_credits(line: str):
    assert is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Photo by the river, he said.",
        "Thanks to the rain, the match was called off.",
        "Image by image, it grew.",
    ],
)
def test_sentences_that_start_like_credits_are_not(line: str):
    assert not is_credit(line)


# -- a wire story's own section label --------------------------------------------------------------------

GAME = [
    "Deng has 30 points, short-handed Heat beat Hawks 115-111",
    "ATLANTA (AP) _ Luol Deng scored 30 points and Josh McRoberts had 19 for the Miami Heat on Friday night.",
    "Jeff Teague led Atlanta with 23 points, and Kyle Korver had 18.",
    "Miami led 48-39 before Atlanta closed the first half with a 13-4 run for a 52-all halftime tie.",
]


def test_a_wire_storys_up_next_above_its_teams_items_is_kept():
    """AP's game stories end with their schedule under "UP NEXT" (abridged from superdesk/superdesk-core's
    tests/io/fixtures/ap_anpa-1.tst, an AGPL-3.0 repository; the copy is AP's, quoted for testing only)."""
    texts = [
        *GAME,
        "UP NEXT",
        "Heat: Host Washington on Saturday night.",
        "Hawks: Host Milwaukee on Saturday night.",
    ]
    assert drops(texts)[4:] == [None, None, None]


@pytest.mark.parametrize(
    "below",
    [
        ["Watch: Fans storm the court after a buzzer-beater in overtime", P1],  # a player's next video
        [P2, P3],  # the story goes on: the player's label stood between its paragraphs
    ],
)
def test_a_players_up_next_stays_furniture(below):
    assert drops([*GAME, "UP NEXT", *below])[4] == "furniture: widget label"
    assert (
        drops([*GAME, "Up next", "Heat: Host Washington on Saturday night."])[4] == "furniture: widget label"
    )


# -- a wire's notes to editors ---------------------------------------------------------------------------

DPA = [
    "Germany Social Democrats: Coalition talks with Merkel could fail",
    "Berlin (dpa) - Negotiations between German conservatives and the Social Democrats could fail, a senior SPD"
    " member warned Wednesday.",
    '"One cannot yet say if it\'s going to work," senior SPD member Ralf Stegner told dpa.',
]


def test_a_wires_notebook_below_the_story_is_not_for_publication():
    """dpa's English service (abridged from superdesk/superdesk-core's tests/io/fixtures/IPTC7901.txt, an
    AGPL-3.0 repository; the copy is dpa's, quoted for testing only)."""
    notes = [
        "# dpa NOTEBOOK",
        "* * * * The following information is not for publication",
        "## dpa Contacts - Reporting by: Wolfgang Schmidt - Editing by: Joseph Nasr",
        "dpa wsz jln npr",
    ]
    assert drops([*DPA, *notes]) == [None, None, None] + ["furniture: wire's note, not for publication"] * 4


@pytest.mark.parametrize(
    "texts",
    [
        ["Not for publication before 0001 GMT Thursday", *DPA],  # an embargo heads the story
        [*DPA, "Not for publication, he said, were the names of the officials who had been briefed on it."],
    ],
)
def test_an_embargo_or_a_sentence_saying_so_is_no_wires_note(texts):
    assert "furniture: wire's note, not for publication" not in drops(texts)
