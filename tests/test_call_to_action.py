"""A site bidding the reader act on its behalf, in its own voice, is furniture whatever the site's words; a story's
sentence that bids, quotes a bid or speaks for a country is not."""

import pytest

from newsl10n.newsparts import furniture_reason


@pytest.mark.parametrize(
    "line",
    [
        # lines of the labelled sets no pattern of a site's own knew (fresh21, fresh26, fresh29, fresh3)
        "Check out our interactive map to see the latest developments across the Middle East and North Africa.",
        "Read our complete coverage",
        "See our Privacy Notice",
        "Sign up for our Wine Club today.",
        "Find us on Twitter, Google+, IRC, and Facebook. Subscribe to our RSS feed or daily email.",
        # and made-up ones of the same shape
        "Be sure to download our free app for the latest local forecasts.",
        "Tell us about your experience with the new bus routes.",
    ],
)
def test_the_sites_bid_in_its_own_voice_is_furniture(line: str):
    assert furniture_reason(line) == "call to action"


@pytest.mark.parametrize(
    "line",
    [
        "Call your senator and tell them to support our troops.",  # an advocate's "our" is the country's
        "Watch the full clip from his appearance below.",  # the story's own video, no site voice
        "Click here to read the probable cause affidavit.",
        "Get the US out of NATO now.",  # the United States
        "“Join us in Washington on Saturday,” the organizers wrote to their members.",
        "Support our schools, the union urged voters in a letter on Monday.",
        "Follow us: Google News | NewsBreak | Reddit | Instagram",  # a row of links: the row rules' (navigation)
    ],
)
def test_a_storys_bid_or_a_row_of_links_is_not_a_call_to_action(line: str):
    assert furniture_reason(line) != "call to action"
