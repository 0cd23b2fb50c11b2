"""Lists of other stories whose cards are signed and dated, and lists that stand inside an article.

The lines follow pages of the go-trafilatura comparison set (tests/data/news/fresh4): Gothamist's "MORE news"
cards, The Intercept's "Most Read" box inside its article.
"""

from newsl10n.furniture import classify_blocks

HEADLINE = "Rezoning plan plagues Bronx councilmember's re-election bid"
STORY = [
    "Residents of the East Bronx say a rezoning plan approved last year has become the main issue in the race "
    "for the district's council seat, with several of them saying they would vote for her opponent.",
    "The plan's approval came amid a dearth of affordable housing in the area over the last decade, and the "
    "councilmember backed it after labor unions threw their support behind the plan.",
    "“I’m not against development, but it can’t be at the expense of the community,” one resident said at "
    "a meeting about the rezoning plan in the Bronx.",
]


def drops(texts: list[str]) -> list[str | None]:
    return [verdict.drop for verdict in classify_blocks(texts)]


def test_cards_signed_by_and_dated_under_a_list_heading_are_its_teasers():
    cards = [
        "How Citymeals on Wheels and other senior services are prepping for NYC's next disaster",
        "Some senior service providers in New York City are rethinking their emergency preparedness, both in "
        "the wake of the pandemic and recent flooding.",
        "By",
        "Caroline Lewis",
        "Published Nov 9, 2023 at 5:01 a.m. ET",
        "Queens man accused of firing gun in Manhattan subway station",
        'Police say the 43-year-old man shot at another man who was "attempting to forcibly remove property" '
        "from a woman on the platform.",
        "By",
        "Phil Corso",
    ]
    result = drops([HEADLINE, *STORY, "MORE news", *cards])
    assert result[:4] == [None] * 4
    assert all(drop and drop.startswith("furniture: teaser in 'MORE news'") for drop in result[5:])


def test_the_paragraph_below_a_list_of_bare_titles_is_the_articles_own():
    """It names the last title's words, yet no card above it had a summary: the list stands inside the article."""
    titles = [
        "Bronx residents pack hearing on the rezoning plan for the East Bronx",
        "Councilmember faces rezoning critics in the East Bronx before the vote",
    ]
    last = (
        "The councilmember faces her critics again at a hearing on the rezoning plan in the Bronx next week."
    )
    result = drops([HEADLINE, *STORY, "RELATED STORIES", *titles, last])
    assert all(result[4:7]) and result[7] is None


def test_a_subhead_and_its_paragraph_below_a_most_read_box_stay_in_the_article():
    box = [
        "Blowback: How Israel Went From Helping Create Hamas to Bombing It",
        "Mehdi Hasan, Dina Sayedahmed",
        "Cruise Knew Its Self-Driving Cars Had Problems Recognizing Children — and Kept Them on the Streets",
        "Sam Biddle",
    ]
    subhead = "Rezoning Opponents"
    paragraph = (
        "There are more than 300 rezoning opponents in the district, said one organizer, who gathered their "
        "names on a petition last spring."
    )
    more = (
        "The petition asked the councilmember to withdraw her support for the rezoning plan before the vote, "
        "which she declined to do."
    )
    result = drops([HEADLINE, *STORY, "Most Read", *box, subhead, paragraph, more])
    assert all(result[4:9]) and result[9:] == [None, None, None]
