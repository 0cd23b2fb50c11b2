"""What recurs across stories is their site's template: lines two pages of one site share around their stories.
Versions of one story count once, and two stories of different sites sharing a heading share no template."""

from __future__ import annotations

from newsl10n.model import fingerprint
from newsl10n.recurring import around_the_story, recurring, story_print

MENU = "Home | News | Sport | Weather"
FOOTER = "Harbour Town Gazette, your town every day"
WIDGET = "Zebra Crossing Weekly Roundup"
COUNCIL = [
    "The council met on Monday to discuss the budget for next year in detail.",
    "Officials said the vote would take place on Friday after a long debate.",
    "The mayor told reporters that she expected the budget to pass without changes.",
]
RIVER = [
    "The river rose overnight and flooded several streets near the old harbour.",
    "Residents were told to stay at home until the water level went down again.",
]
MUSEUM = [
    "The city museum reopened on Saturday after two years of repairs to its roof.",
    "Visitors queued for an hour to see the restored paintings in the main hall.",
]
SITE_NOTICE = (
    "This material may not be published, broadcast, rewritten or redistributed without our permission."
)


def page(
    headline: str, paragraphs: list[str], *, top: str = MENU, middle: str = WIDGET, bottom: str = FOOTER
):
    """A story as a site's page gives it: its menu, the story with a widget inside, its footer."""
    return [top, headline, paragraphs[0], middle, *paragraphs[1:], bottom]


def recurring_lines(stories: list[list[str]]) -> list[set[str]]:
    """For each story (its block texts in order), its lines that recur in the others, as text."""
    prints = [story_print(texts) for texts in stories]
    found = recurring(prints, range(len(stories)), [around_the_story(texts) for texts in stories])
    return [
        {text for text in texts if fingerprint(text) in recurs.lines}
        for texts, recurs in zip(stories, found, strict=True)
    ]


def test_two_pages_of_one_site_share_their_template_and_nothing_else():
    council = page("Council passes the budget", COUNCIL)
    floods = page("Floods in the harbour district", RIVER)
    assert recurring_lines([council, floods]) == [{MENU, WIDGET, FOOTER}] * 2


def test_one_shared_line_is_no_template():
    """Two sites' pages may both end with the same short line and share nothing else."""
    council = page("Council passes the budget", COUNCIL, top="Local news", middle="Read more")
    floods = page("Floods in the harbour district", RIVER, top="Weather", middle="See also")
    assert recurring_lines([council, floods]) == [set(), set()]


def test_headings_two_sites_share_among_their_paragraphs_are_the_stories_own():
    """How-to pages of two sites share "Step 1" and "Step 2" between their paragraphs, nothing around them."""
    first = [
        "Our site",
        "How to fix a bike",
        COUNCIL[0],
        "Step 1",
        COUNCIL[1],
        "Step 2",
        COUNCIL[2],
        "Our footer",
    ]
    second = [
        "Their site",
        "How to bake bread",
        RIVER[0],
        "Step 1",
        RIVER[1],
        "Step 2",
        MUSEUM[0],
        "Their footer",
    ]
    assert recurring_lines([first, second]) == [set(), set()]


def test_two_versions_of_one_story_share_their_lines_as_one_story():
    """An update saved under a new name, one wire story on two pages: what they share is the story's."""
    first = page("Council passes the budget", COUNCIL)
    update = page(
        "Council passes the budget after a long debate", [*COUNCIL[:2], "The vote was seven to two."]
    )
    assert recurring_lines([first, update]) == [set(), set()]
    other = page("Floods in the harbour district", RIVER)
    assert recurring_lines([first, update, other])[2] == {MENU, WIDGET, FOOTER}


def test_a_sites_notices_in_all_its_stories_do_not_make_them_versions():
    """Notices a site puts under every story are two shared paragraphs: they would make every pair versions."""
    notices = [
        SITE_NOTICE,
        "Comments are moderated and will appear once a member of our team has approved them.",
    ]
    stories = [
        [
            MENU,
            f"Story number {n}",
            f"Paragraph {n} of a story about one thing and another thing here.",
            *notices,
        ]
        for n in range(12)
    ]
    assert recurring_lines(stories) == [{MENU, *notices}] * 12


def test_a_quote_two_stories_share_is_no_version():
    quote = "“We will not negotiate with anyone about this at all,” the minister said on Tuesday."
    council = page("Council passes the budget", [*COUNCIL, quote])
    floods = page("Floods in the harbour district", [*RIVER, quote])
    assert (
        recurring_lines([council, floods]) == [{MENU, WIDGET, FOOTER, quote}] * 2
    )  # the furniture pass keeps it


def test_the_name_on_top_of_two_stories_recurs_as_a_top():
    prints = [story_print(page(headline, text)) for headline, text in (("A", COUNCIL), ("B", RIVER))]
    found = recurring(prints, [0], [frozenset()])
    assert found[0].tops == {fingerprint(MENU)}
