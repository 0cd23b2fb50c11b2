"""What recurs across a batch's stories is their site's template; versions of one story count once."""

from __future__ import annotations

from newsl10n.model import fingerprint
from newsl10n.recurring import recurring, story_print


def recurring_lines(stories: list[set[str]]) -> set[str]:
    """The recurring lines among ``stories`` (each its block texts), as text."""
    found = recurring([story_print(sorted(texts)) for texts in stories]).lines
    return {text for texts in stories for text in texts if fingerprint(text) in found}


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
SITE_NOTICE = (
    "This material may not be published, broadcast, rewritten or redistributed without our permission."
)


def test_a_line_in_two_stories_recurs_and_a_line_in_one_does_not():
    first = {"Council passes the budget", WIDGET, *COUNCIL}
    second = {"Floods in the harbour district", WIDGET, *RIVER}
    assert recurring_lines([first, second]) == {WIDGET}


def test_two_versions_of_one_story_share_their_lines_as_one_story():
    """An update saved under a new name, one wire story on two pages: what they share is the story's."""
    first = {"Council passes the budget", "Key vote", *COUNCIL}
    update = {
        "Council passes the budget after a long debate",
        "Key vote",
        *COUNCIL[:2],
        "The vote was 7 to 2.",
    }
    assert recurring_lines([first, update]) == set()
    other = {"Floods in the harbour district", "Key vote", *RIVER}
    assert recurring_lines([first, update, other]) == {"Key vote"}


def test_a_sites_notices_in_all_its_stories_do_not_make_them_versions():
    """Notices a site puts under every story are two shared paragraphs: they would make every pair versions."""
    notices = {
        SITE_NOTICE,
        "Comments are moderated and will appear once a member of our team has approved them.",
    }
    stories = [
        {
            f"Story number {n}",
            WIDGET,
            *notices,
            f"Paragraph {n} of a story about one thing and another thing here.",
        }
        for n in range(12)
    ]
    assert recurring_lines(stories) == {WIDGET, *notices}


def test_one_quote_two_stories_share_is_no_version():
    quote = "“We will not negotiate with anyone about this at all,” the minister said on Tuesday."
    first = {"Council passes the budget", WIDGET, quote, *COUNCIL}
    second = {"Floods in the harbour district", WIDGET, quote, *RIVER}
    assert recurring_lines([first, second]) == {WIDGET, quote}  # among paragraphs the furniture pass keeps it
