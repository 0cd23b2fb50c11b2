"""Lines of sign-up forms, page templates, galleries and pagers, and teasers that ask, as pages of the
go-trafilatura comparison set (tests/data/news/fresh4) print them."""

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.newsparts import furniture_reason

HEADLINE = "Voters pass increase for retired public education workers"
STORY = [
    "Texas voters approved a cost-of-living increase for retired teachers on Tuesday, a measure the state's "
    "retired teachers association had pushed for since the legislature passed it in the spring.",
    "The proposition received approximately 24,000 more yes votes than the property tax proposition, "
    "according to unofficial results from the secretary of state's office.",
    "“This is one of those feel good moments where there’s a bipartisan issue,” the association's director "
    "said on Wednesday.",
]


def drops(texts: list[str]) -> list[str | None]:
    return [verdict.drop for verdict in classify_blocks(texts)]


@pytest.mark.parametrize(
    "line",
    [
        # a sign-up form's consent, checks and thanks
        "I would like to subscribe to The Points Guy newsletters and special email promotions.",
        "Please enter a valid email address Please check mailing preferences",
        "Sign-up Successful!",
        "Evening Standard would like to keep you informed about offers, events and updates by email, please tick",
        "Read our full mailing list consent terms here",
        "Terms & Privacy Notice By submitting your email, you agree to our Terms and Privacy Notice.",
        "Simply pop your email into the box at the top of this article and get all the latest news.",
        "Every day we'll send you a roundup email of all the latest from Cork covering news and sport.",
        "You can unsubscribe from this service at any time. And rest assured that your data will not be shared.",
        "Get the latest news straight to your phone with the VI Consortium app.",
        # what templates, icons and panels leave
        "{{message}}",
        "Combined Shape",
        "Key Events",
        "Article history",
        "In partnership with",
        "Add to Pocket",
        "Promoted links by Taboola",
        "Show all 50",
        "Read our review policy",
        # a gallery's counter glued to its title, the pager's other story
        "1 /50 UK news in pictures",
        "PREVIOUS Cost-of-living adjustment for retired Texas teachers passes",
        # a public site's appeal, a feed, a card's button, tags whose last one ends with an abbreviation
        "Make your contribution now and help Gothamist thrive in 2023. Donate today",
        "Gothamist is funded by sponsors and member donations",
        "Subscribe to Alejandro Villamor (via RSS) or a specific category with our Feedburner.",
        "Apply Now",
        "Filed under bill clinton, warner bros.",
        # a comment section's counter and switch, a pager, a picture's zoom, a bare handle, a section's list
        "Comments (74 posted)",
        "Expand Comments +",
        "Next page: Security>>",
        "Image zoom",
        "Read more about ad blocking here.",
        "@stevenmusil",
        "Most Read Business Stories",
    ],
)
def test_page_lines_are_furniture(line):
    assert furniture_reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "Please enter your name as it appears on your ballot, the clerk told voters.",
        "1/2 cup sugar",
        "NEXT year, the council will vote again.",
        "The association said it would keep you informed about the vote, its director said.",
        "The program is funded by donations.",
        "Tagged with a rare disease, she said the doctors told her.",
        "Filed under the new rules, the claims were rejected.",
        "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project",
    ],
)
def test_lines_of_the_story_are_not(line):
    assert furniture_reason(line) is None


def test_teasers_that_ask_go_on_the_list():
    teasers = [
        "Study hints that early morning exercise may reduce cancer risk",
        "How does risk vary for Black and Asian patients with COVID-19?",
        "Type 2 diabetes: Experimental therapy could remove need for insulin",
        "Spanish-only speaking women in the US get fewer mammograms",
    ]
    result = drops([HEADLINE, *STORY, "Latest news", *teasers])
    assert all(result[4:])


def test_a_subhead_that_asks_above_the_story_stays():
    subhead = "What happens next for retirees?"
    more = (
        "Retirees will see the increase in their January checks, the association said, and it will cost the "
        "state about $3 billion."
    )
    result = drops(
        [HEADLINE, *STORY, "Latest news", "Study hints that exercise may reduce risk", subhead, more]
    )
    assert result[6:] == [None, None]


def test_further_reading_and_two_tabs_open_lists():
    titles = ["Samsung Launches 870 QVO SSDs in Capacities Up to 8TB", "PNY Launches a Tiny 512GB USB Stick"]
    assert all(drops([HEADLINE, *STORY, "Further Reading", *titles])[4:])
    assert all(drops([HEADLINE, *STORY, "You might also like More from author", *titles])[4:])


def test_cards_under_their_label_and_time_go_on_the_list():
    cards = [
        "Best Sephora Black Friday deals 2023",
        "Holiday / 19 mins ago",
        "While Black Friday isn’t until Nov. 24, some deals are already popping up, and we’ve gathered them.",
        "Best Alexa Black Friday deals 2023",
        "Holiday / 25 mins ago",
        "If you want to grab some new electronics, we recommend looking at some of Amazon’s own devices.",
    ]
    assert all(drops([HEADLINE, *STORY, "Read next >", *cards])[4:])


def test_a_photographers_credit_with_the_outlets_letters_is_a_credit():
    from newsl10n.credits import is_credit

    assert is_credit("Kyle Ross/USA TODAY Sports") and is_credit("Julia Reihs / KUT")
    assert not is_credit("Kent County/NHS Trust said on Monday")


def test_the_title_a_gallerys_counter_names_is_dropped_on_every_slide():
    slides = []
    for day, caption in [
        (
            "2 November 2020",
            "Large waves crash over the harbour wall in Newhaven, East Sussex, during strong winds",
        ),
        (
            "1 November 2020",
            "Shoppers queue outside a store in Batley, West Yorkshire, after the announcement",
        ),
    ]:
        slides += ["UK news in pictures", day, caption, "PA"]
    texts = [
        HEADLINE,
        *STORY,
        "UK news in pictures",
        "Show all 50",
        "1 /50 UK news in pictures",
        *slides,
        *STORY,
    ]
    result = drops(texts)
    titles = [i for i, text in enumerate(texts) if text == "UK news in pictures"]
    assert all(result[i] == "furniture: gallery title" for i in titles)
    assert result[texts.index(slides[2])] is None  # the slide's caption is the page's, kept
