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


def test_one_long_headline_under_related_inside_the_article_is_a_link():
    link = "Inside the Biden White House, Doubts About Gaza War Are Beginning to Creep In"
    result = drops([HEADLINE, *STORY[:2], "Related", link, STORY[2]])
    assert (
        result[3:5] == ["furniture: list heading", "furniture: teaser in 'Related' list"]
        and result[5] is None
    )


def test_a_short_subhead_under_a_label_whose_list_was_lost_stays():
    result = drops([HEADLINE, *STORY[:2], "Related", "The vote", STORY[2]])
    assert result[4] is None


def test_headlines_that_end_like_sentences_go_on_a_list():
    titles = [
        "New York Post Insiders Slag ‘Very Flimsy’ Hunter Biden Stories",
        "Trump Says He May Leave the Country If He Loses. Does He Mean It?",
        "The News Media Isn’t Biased Against Trump. It’s Biased in His Favor.",
        "Donald Trump Could Be on Trial Sooner Than You Think",
    ]
    assert all(drops([HEADLINE, *STORY, "Most Viewed Stories", *titles])[4:])


def test_a_long_question_ends_a_list_and_a_short_one_is_a_subhead():
    titles = [
        "Six Sixers takeaways after six games",
        "Sixers game notes: Joel Embiid dominates in win over Wizards",
    ]
    question = "Trade grades roundup: How did the Sixers fare in the James Harden deal?"
    assert drops([HEADLINE, *STORY[:2], "MORE SIXERS", *titles, question, STORY[2]])[6]
    assert drops([HEADLINE, *STORY[:2], "MORE SIXERS", *titles, "Why now?", STORY[2]])[6] is None


def test_the_writers_name_below_the_article_is_kept():
    texts = [HEADLINE, "By Adam Aaronson", *STORY, "Tagged", "housing", "Politics", "bronx", "Adam Aaronson"]
    assert drops(texts)[-1] is None and all(drops(texts)[5:9])


def test_an_open_letters_signatories_below_it_are_kept():
    names = [
        "Elliot Ackerman",
        "Saladin Ambar, Rutgers University",
        "Martin Amis",
        "Anne Applebaum",
        "Marie Arana, author",
        "Margaret Atwood",
        "John Banville",
        "Mia Bay, historian",
        "Louis Begley, writer",
        "Roger Berkowitz, Bard College",
        "Frances Kissling, Center for Health, Ethics, Social Policy",
        "Gerald Early, Washington University-St. Louis",
    ]
    texts = [HEADLINE, *STORY, *names, "Institutions are listed for identification purposes only."]
    assert drops(texts)[4:] == [None] * (len(names) + 1)
