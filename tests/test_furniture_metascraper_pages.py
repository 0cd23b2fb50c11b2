"""Lines of the news pages of metascraper's test set labelled in tests/data/news/fresh30 (BBC, NPR, the Financial
Times, Fortune, The Boston Globe, VentureBeat, Hearst's and Yahoo's sites, ..., 2015-2024), and the kinds a list of
everyday wordings written by someone who never read the rules showed missing: a call for tips, a way to report a
mistake, a consent banner, a paywall's button, a comment section that is closed. And what must stay: sentences of
a story that use the same words, a writer's name above the link to their profile, a video's caption."""

import pytest

from newsl10n.credits import is_credit
from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.newsparts import furniture_reason

HEADLINE = "Facebook can track your browsing even after you've logged out, judge says"
STORY = [
    "A US judge has dismissed a lawsuit accusing Facebook of tracking users' internet activity after they logged out.",
    "The plaintiffs said the company broke federal and state laws by following them across the web.",
    "The judge said they had not shown that they had a reasonable expectation of privacy.",
]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Article continues below this ad", "advertisement"),
        ("Skip Advertisement", "advertisement"),
        ("Find us: Twitter / Facebook / Instagram / TikTok", "follow prompt"),
        ("Subscribe to our show on Apple Podcasts, Pocket Casts and NPR One.", "promotion"),
        ("Subscribe wherever you get your podcasts.", "promotion"),
        (
            "Join our daily and weekly newsletters for the latest updates and exclusive content on industry-leading"
            " AI coverage. Learn More",
            "newsletter prompt",
        ),
        (
            "Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.",
            "newsletter prompt",
        ),
        (
            "A guide through the most important stories of the morning, delivered Monday, Wednesday, and Friday.",
            "newsletter prompt",
        ),
        ("Our morning briefing, delivered every weekday.", "newsletter prompt"),
        ("Get 6 Months of Unlimited Access for $1", "subscription prompt"),
        ("To continue reading, please login or subscribe to Globe.com", "subscription prompt"),
        ("Unlock the Editor’s Digest for free", "subscription prompt"),
        ("Exclusive to subscribers", "subscription prompt"),
        ("For more about hiring trends, watch this Fortune video:", "link prompt"),
        (
            "This article also appears in Spanish. Read: Pebble 2, Pebble Time 2, Pebble Core announced",
            "link prompt",
        ),
        ("Image caption,", "widget label"),
        ("The BBC is not responsible for the content of external sites.", "legal line"),
        (
            "This content is not available due to your privacy preferences. Update your settings here to see it.",
            "form message",
        ),
        (
            "All products recommended by Engadget are selected by our editorial team, independent of our parent company."
            " Some of our stories include affiliate links. If you buy something through one of these links, we may earn"
            " an affiliate commission.",
            "site notice",
        ),
        ("0 seconds of 0 seconds Volume 0%", "widget label"),
        (
            "Now playing: Watch this: Pebble unveils two new smartwatches and a wearable button",
            "widget label",
        ),
        ("Listen · 24:37 24-Minute Listen Add to Playlist", "reading time"),
        ("See all photos", "gallery control"),
        ("+12 More", "gallery control"),
        ("Printer-friendly version Email this CRN article", "share prompt"),
        ("Close share menu", "share prompt"),
        ("0 Comments / 0 New", "comment prompt"),
        ("Comments have been disabled for this article.", "comment prompt"),
        ("Featured Videos From The Verge", "list heading"),
        ("More by Carolyn Said", "list heading"),
        ("<?EM-dummyText [Drophead goes here] ?>", "script data"),
        ("Download on the App Store", "app prompt"),
        ("WATCH | Hundreds queue for hours outside Home Affairs offices", "related link"),
        # a call for tips, a way to report a mistake, a consent banner
        ("Do you have a story for The Sun news desk? Email us at tips@the-sun.co.uk", "contact prompt"),
        ("Are you affected? Share your experiences by emailing haveyoursay@bbc.co.uk.", "contact prompt"),
        ("Spotted an error? Let us know.", "feedback prompt"),
        ("To report an error, email corrections@nytimes.com", "feedback prompt"),
        ("Was this helpful? Yes No", "feedback prompt"),
        ("We value your privacy", "consent notice"),
        ("Accept All Choose Cookies", "consent notice"),
        ("Allow X content?", "consent notice"),
    ],
)
def test_widgets_and_notices_of_these_pages_are_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Up next for the team is a home game against Melbourne Victory on Saturday.",
        "The newsletter, she said, is delivered every morning to 40,000 readers.",
        "To continue reading the report, officials said, lawmakers must log in to a secure site.",
        "Unlock the potential of free trade, the minister said.",
        "Investigators found an error in the software that controlled the brakes.",
        "Do you have a plan? the reporter asked, and the minister said he did.",
        "She said fans should listen to the show on Spotify.",
        "Find us on the map, said the owner of the shop.",
        "This article is available in English only because the court said so.",
        "Image caption, Protesters outside parliament on Tuesday",
    ],
)
def test_story_sentences_with_the_same_words_stay(line: str):
    verdicts = classify_blocks([HEADLINE, STORY[0], line, *STORY[1:]])
    assert verdicts[2].drop is None


def test_the_bbcs_screen_reader_label_goes_and_its_image_source_is_a_credit():
    texts = [
        HEADLINE,
        STORY[0],
        "Image source, Getty Images",
        "Image caption,",
        "Mark Zuckerberg",
        *STORY[1:],
    ]
    verdicts = classify_blocks(texts)
    assert verdicts[2].kind is Kind.CREDIT and verdicts[2].drop is None
    assert verdicts[3].drop == "furniture: widget label"
    assert is_credit("Image source, Soti")


def test_writers_above_the_links_to_their_profiles_stay_among_share_buttons():
    texts = [
        "Fork The Government",
        "Facebook",
        "Twitter",
        "Flipboard",
        "Email",
        "Darian Woods",
        "Twitter",
        "Sarah Gonzalez",
        "Twitter",
        "Enlarge this image",
        *STORY,
    ]
    drops = [verdict.drop for verdict in classify_blocks(texts)]
    assert drops[5] is None and drops[7] is None
    assert drops[6] is not None and drops[8] is not None


def test_a_network_among_share_buttons_is_no_writer():
    texts = [
        HEADLINE,
        "Barb Darrow",
        "E-mail",
        "Tweet",
        "Facebook",
        "Google Plus",
        "Linkedin",
        "Share icons",
        *STORY,
    ]
    assert classify_blocks(texts)[5].drop is not None


def test_a_videos_heading_behind_watch_and_a_bar_stays():
    line = "WATCH | Palestinians react to Sinwar being named Hamas political leader:"
    assert classify_blocks([HEADLINE, STORY[0], line, *STORY[1:]])[2].drop is None


# a consent platform's preference centre as Tech Monitor's page (metascraper's techmonitor fixture) prints it
CONSENT_CENTRE = [
    "Privacy Preference Center",
    "We process your data to deliver content or advertisements and measure the delivery of such content or"
    " advertisements to extract insights about our website.",
    "We share this information with our partners on the basis of consent and legitimate interest.",
    "Allow All",
    "Manage Consent Preferences",
    "Performance Cookies",
    "These cookies allow us to count visits and traffic sources so we can measure and improve the performance of"
    " our site.",
    "They help us to know which pages are the most and least popular and see how visitors move around the site.",
    "View Vendor Details",
    "Use profiles to select personalised advertising 473 partners can use this purpose",
    "This is very helpful to understand the relevance of advertising campaigns.",
    "Confirm My Choices",
]


def test_a_consent_centre_below_the_article_goes_line_by_line():
    texts = [HEADLINE, *STORY, *CONSENT_CENTRE]
    drops = [verdict.drop for verdict in classify_blocks(texts)]
    assert drops[: 1 + len(STORY)] == [None] * (1 + len(STORY))
    assert all(drop is not None for drop in drops[1 + len(STORY) :]), list(zip(texts, drops, strict=True))


def test_a_consent_centre_above_the_article_ends_where_the_article_begins():
    texts = [*CONSENT_CENTRE, HEADLINE, *STORY]
    drops = [verdict.drop for verdict in classify_blocks(texts)]
    assert drops[len(CONSENT_CENTRE) :] == [None] * (1 + len(STORY))
    assert drops[0] is not None and drops[6] is not None
