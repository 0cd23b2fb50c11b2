"""A whole page turned into text opens with its <title>; its menus can fill dozens of blocks before the page's own
heading says the title again. Those menus are the page's header, not the article.

The page is CRN's "Tim Cook On Apple Being 'Pulled Into The Enterprise'" (2019) as html-text gives it, from
ScrapingHub's article-extraction-benchmark (MIT licence for the repository; the text belongs to its publisher and
is quoted in a small sample for testing only), page 291a8bf3, its first blocks and the article's first paragraphs.
"""

from newsl10n.furniture import classify_blocks

TITLE = "Tim Cook On Apple Being ‘Pulled Into The Enterprise’"
MENUS = [
    "X",
    "Homepage This page's url is: -crn-",
    "News",
    "Latest News Applications OS Channel Programs Cloud Components & Peripherals Data Center Internet of Things "
    "Managed Services Mobility Networking Running Your Business Security Storage Virtualization",
    "Carousels",
    "All Carousels Applications OS Channel Programs Cloud Components & Peripherals Data Center Internet of Things "
    "Managed Services Mobility Networking Running Your Business Security Storage Virtualization",
    "360° Industry Outlooks",
    "Cloud Partner Programs Cloud Security Cloud Storage Edge Computing Enterprise Application Software Industry "
    "Trends IoT Platforms Network Security Software-defined Data Center",
    "Corporate CloseUps",
    "Sections",
    "News, Analysis and Perspective for Solution Providers and Technology Integrators",
]
STANDFIRST = (
    "The CEOs of Apple and Salesforce talk enterprise mobility, environmental sustainability, and remember Steve "
    "Jobs unveiling products on the same stage."
)
BYLINE = "By Joseph Tsidulko November 19, 2019, 07:47 PM EST"
PARAGRAPHS = [
    'Apple was "pulled into the enterprise," CEO Tim Cook said Tuesday in a fireside chat with Salesforce founder '
    "and co-CEO Marc Benioff.",
    "After the first iPhones shipped, people began using them for business, forcing the consumer computing giant to "
    "adapt quickly, Cook said while visiting Salesforce's Dreamforce conference in San Francisco.",
    'Customers "began to say we want you to do this and that," Cook told Benioff, which ultimately meant making the '
    '"best mobile operating system for enterprise."',
]


def test_the_menus_between_the_title_and_the_pages_heading_are_its_header():
    texts = [TITLE, *MENUS, TITLE, STANDFIRST, BYLINE, *PARAGRAPHS]
    verdicts = classify_blocks(texts)
    assert verdicts[0].drop is None
    assert all(verdict.drop is not None for verdict in verdicts[1 : len(MENUS) + 1]), verdicts
    assert [verdict.drop for verdict in verdicts[len(MENUS) + 2 :]] == [None] * (2 + len(PARAGRAPHS))


def test_a_title_said_again_below_the_articles_prose_leaves_the_article_whole():
    """The headline repeated under the story (a share box's or a related list's) is no page heading."""
    lines = [
        "Cloud Partner Programs Cloud Security Cloud Storage Edge Computing Enterprise Application Software"
    ]
    article = [TITLE, STANDFIRST, BYLINE, PARAGRAPHS[0], "Apple in the enterprise", *PARAGRAPHS[1:]]
    verdicts = classify_blocks([*article, *lines * 6, TITLE])
    assert [verdict.drop for verdict in verdicts[: len(article)]] == [None] * len(article)
