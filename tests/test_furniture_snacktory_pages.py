"""Lines of the news pages of snacktory's and crux's test sets labelled in tests/data/news/fresh21-fresh25 (CNN,
MSNBC, NYT, Reuters, BBC, WaPo, press releases, blogs, ..., 2010-2022): older pages' share counters and buttons,
comment boxes, raw markup, a teaser both between the paragraphs and in the footer's list, a numbered timeline of
other stories, a table of contents, a pager's links, a long topic row, a video's makers. Each set's section opens
with its own comment."""

import pytest

from newsl10n.credits import is_credit
from newsl10n.furniture import classify_blocks
from newsl10n.newsparts import furniture_reason
from newsset import NEWS, load_article

# fresh21 (held out at session 18's start): CNN, MSNBC, NYT, Reuters, People, SFGate, USA TODAY, WSJ, BBC, ...

HEADLINE = "Irish premier resigns as party leader, stays as PM"
STORY = [
    "DUBLIN — Prime Minister Brian Cowen announced Saturday that he has resigned as leader of his party but will stay.",
    "Cowen's surprise move capped a week of political crises that brought his coalition government to the brink.",
    "Opposition leaders decried his maneuver as an affront to democracy and vowed to expel Cowen from power soon.",
]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Twitter (28)", "counter"),
        ("Comments ()", "counter"),
        ("Share Discuss Bookmark", "share prompt"),
        ("Facebook Slashdot", "share prompt"),
        ("Follow us on @dealbook on twitter", "follow prompt"),
        (
            "Follow Khaama Press (KP) | Afghan News Agency on Twitter, become a fan on Facebook. Stay updated via RSS",
            "follow prompt",
        ),
        ("STORY HIGHLIGHTS", "widget label"),
        ("Part of complete coverage on", "widget label"),
        ("Jump to discussion comments below", "widget label"),
        ("Font:", "widget label"),
        ("View all posts", "widget label"),
        ("MORE ON: Ryan Seacrest", "related link"),
        (
            "For more: Listen to the Planet Money podcast, “How Four Drinking Buddies Saved Brazil.”",
            "promotion",
        ),
        ("Subscribe to the San Francisco Chronicle and get a gift:", "newsletter prompt"),
        (
            "Have you subscribed to Gizmodo Australia's email newsletter? You can also follow us on Facebook.",
            "newsletter prompt",
        ),
        (
            "To report corrections and clarifications, contact Standards Editor Brent Jones. For publication"
            " consideration in the newspaper, send comments to letters@usatoday.com.",
            "site notice",
        ),
        (
            "Guidelines: You share in the USA TODAY community, so please keep your comments smart and civil. Don't"
            ' attack other readers personally, and keep your language decent. Use the "Report Abuse" button.',
            "comment policy",
        ),
        (
            '<div class="noFlash"> {if djIsFlashPossible} <p>The version of Adobe Flash Player required to view'
            " this video is not installed.</p>",
            "script data",
        ),
        (
            "DealBook Column, Financial Services, Galleon Investigation, Insider Trading, Legal/Regulatory, Galleon"
            " Group, Goldman Sachs, John Dowd, Lloyd C. Blankfein, Raj Rajaratnam, Rajat K. Gupta",
            "tags",
        ),
    ],
)
def test_older_pages_widgets_are_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Comments (2)",  # heads a comment section: comments.py reads what follows
        "More On:",  # a list's heading: its teasers follow
        "He said more on Tuesday.",
        "Follow the money on Twitter, he said.",
        "Please keep your comments short, the moderator told the panel.",
        "The tag <div> opens a block, as every web developer knows.",
    ],
)
def test_prose_and_headings_that_share_their_words_stay(line: str):
    assert furniture_reason(line) not in {
        "counter",
        "related link",
        "follow prompt",
        "comment policy",
        "script data",
    }


@pytest.mark.parametrize(
    "line",
    [
        "Produced by the BBC's David Botti",
        "Video edited by Jane Doe",
        "Photo/GIFs: Getty Images and Courtesy Jamie Beck and Kevin Burg",
        "(Alamy Stock Photo)",
    ],
)
def test_a_videos_makers_and_a_stock_agency_in_brackets_are_credits(line: str):
    assert is_credit(line)


def test_sentences_about_producing_are_no_credits():
    assert not is_credit("Produced by Warner and Sony with a budget of millions")
    assert not is_credit("Edited by the time it reached the printer")


def test_a_videos_makers_under_its_text_are_kept_not_a_title_list():
    texts = load_article(NEWS / "fresh21" / "sn-bbc-nocss.txt").texts
    verdicts = classify_blocks(texts)
    produced = texts.index("Produced by the BBC's David Botti")
    assert [verdict.drop for verdict in verdicts[produced : produced + 2]] == [None, None]


def test_a_teaser_between_the_paragraphs_listed_again_in_the_footer_is_dropped():
    teasers = [
        "Moody's cuts Ireland rating to 1 grade above junk",
        "Al-Qaida ally kills pro-Palestinian activist",
    ]
    footer = [
        "Copyright 2011 The Associated Press. All rights reserved. This material may not be published.",
        *teasers,
        "Dubai denies Briton died from police beating",
    ]
    texts = [HEADLINE, STORY[0], STORY[1], teasers[0], STORY[2], *footer]
    verdicts = classify_blocks(texts)
    assert verdicts[3].drop == "furniture: listed again below"
    assert all(verdict.drop is None for verdict in verdicts[:3]) and verdicts[4].drop is None


def test_a_label_the_article_repeats_and_its_byline_stay_though_a_list_has_them():
    label = "Eat this snack 30 minutes before bed"
    footer = [
        "Copyright 2011 The Associated Press. All rights reserved. This material may not be published.",
        label,
        "By Jane Doe Smith",
        "Dubai denies Briton died from police beating",
    ]
    texts = [HEADLINE, STORY[0], label, STORY[1], label, STORY[2], "By Jane Doe Smith", *footer]
    verdicts = classify_blocks(texts)
    assert all(verdict.drop is None for verdict in verdicts[:7])


def test_another_storys_title_that_ends_like_a_sentence_does_not_end_the_article():
    # People: "Baby Girl on the Way for Sophie B. Hawkins – at 50!" between two lists of other stories
    texts = load_article(NEWS / "fresh21" / "sn-people.txt").texts
    verdicts = classify_blocks(texts)
    teaser = texts.index("Baby Girl on the Way for Sophie B. Hawkins – at 50!")
    assert verdicts[teaser].drop == "furniture: title list after the article"
    assert verdicts[teaser - 2].drop == "furniture: title list after the article"


def test_a_deals_pages_products_stay_when_its_last_line_is_a_prompt():
    """The page's own long lines below the story's last prose say the page goes on: no tail to read as titles."""
    texts = load_article(NEWS / "fresh2" / "bgr-apple-black-friday-deals.txt").texts
    verdicts = classify_blocks(texts)
    for feature in ("A12X Bionic chip with Neural Engine", "Face ID for secure authentication and Apple Pay"):
        assert verdicts[texts.index(feature)].drop is None


def test_a_teasers_date_in_figures_makes_a_dated_list_a_version_number_does_not():
    dated = [
        "Infosys profit up 19 percent, misses expectations 04.15.11",
        "China's Hu calls for Asian security cooperation 04.15.11",
    ]
    verdicts = classify_blocks([HEADLINE, *STORY, *dated])
    assert all(verdict.drop == "furniture: dated teaser list" for verdict in verdicts[-2:])
    versions = ["Linux kernel maintainers ship release 2.6.32", "Python developers ship release 3.12.1"]
    verdicts = classify_blocks([HEADLINE, *STORY, *versions])
    assert all(verdict.drop is None for verdict in verdicts[-2:])


# fresh22 (the held-out set after fresh21's rules): BBC, CNN, Fox Sports, HuffPost, Nature, Newsweek, NYT, Sporting
# News, The Daily Beast, Washington Post, Yahoo


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Please turn on JavaScript. Media requires JavaScript to play.", "browser notice"),
        (
            "Your browser's settings may be preventing you from commenting on and viewing comments about this item.",
            "browser notice",
        ),
        ("In pictures: Brazil nightclub fire", "related link"),
        ("Slideshow: Libya", "related link"),
        (
            "Are you in Santa Maria? Please send us your eyewitness accounts using the form below.",
            "site notice",
        ),
        (
            "Send your pictures and videos to yourpics@bbc.co.uk or text them to 61124 (UK) or +44 7624 800 100.",
            "site notice",
        ),
        (
            "If you are happy to be contacted by a BBC journalist please leave a telephone number that we can contact"
            " you on.",
            "site notice",
        ),
        ("(Required) Name (Required) Your E-mail address (Required) Town & Country", "form field"),
        ("(Required) Comments", "form field"),
        (
            '<!-- ALTERNATIVE CONTENT FOR NON-JS BROWSERS, SEE NOTE (1) --> <div><a class="alternative" href="">',
            "script data",
        ),
        ("Click for larger image", "gallery control"),
        ("TOOLBOX", "widget label"),
        ("Resize", "widget label"),
        ("sort by date:", "widget label"),
        ("X Close", "widget label"),
        ("CONTINUED 1 2 Next >", "widget label"),
        ("Discussion Policy", "comment policy"),
        (
            "Comments that include profanity or personal attacks or other inappropriate comments or material will be"
            " removed from the site.",
            "comment policy",
        ),
        (
            "Everyone deserves accurate information about COVID-19. Support journalism without a paywall — and keep"
            " it free for everyone by becoming a HuffPost member today.",
            "support prompt",
        ),
        ("Follow Yahoo! News on Twitter, become a fan on Facebook", "follow prompt"),
    ],
)
def test_more_older_pages_widgets_are_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "She said they send your pictures to the police.",
        "In pictures, the storm looks worse than it was.",
        "The story continued from page 1 of the print edition, the editor said.",
        "He told reporters to send us your stories, they said.",
        "Comments that include threats were reported to police, the company said.",
        "Support for journalism grew, the survey said.",
    ],
)
def test_sentences_with_a_widgets_words_stay(line: str):
    assert furniture_reason(line) is None


def test_a_timeline_of_other_stories_numbered_down_with_their_days_is_dropped():
    texts = load_article(NEWS / "fresh22" / "sn-sportingnews.txt").texts  # Sporting News' "Story Milestones"
    verdicts = classify_blocks(texts)
    heading = texts.index("Story Milestones | 41")
    assert all(verdict.drop == "furniture: numbered timeline" for verdict in verdicts[heading : heading + 21])
    assert verdicts[texts.index("— The Associated Press")].drop is None  # the story's credit above it


def test_an_articles_own_list_numbered_up_with_days_stays():
    days = [
        "1 Opening night brings the first premiere Monday Jan 3",
        "The festival opens with a new film by a local director.",
        "2 The jury announces its shortlist Tuesday Jan 4",
        "Twelve films are left in the running for the main prize.",
        "3 Winners are named at the closing gala Wednesday Jan 5",
        "The festival ends with a ceremony at the city's opera house.",
    ]
    verdicts = classify_blocks(
        ["Film festival schedule", "The city's film festival runs for three days.", *days]
    )
    assert all(verdict.drop is None for verdict in verdicts)


# fresh23 (the held-out set after fresh22's rules): CNET, ESPN, Fortune, GalTime, Mashable, a CNBC live blog's copy,
# Shockya, The Frisky, Universe Today, ...


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("← Nomura misled Fannie, Freddie on mortgage bonds, U.S. judge finds", "related link"),
        ("Citigroup in the clear on Libor →", "related link"),
        ("Check out the column at CNN.com >>", "related link"),
        ("Check out the new ESPN Dallas, the place for your local Dallas sports news and more.", "promotion"),
        ("TELL YOUR FRIENDS ABOUT SHOCKYA.COM", "promotion"),
        (
            "Read CNBC’s coverage from CNBC’s Asia-Pacific and Europe teams overnight here: Britain goes into"
            " lockdown",
            "promotion",
        ),
        (
            "The post Coronavirus live updates: New cases surge in Spain appeared first on USNewsRank.",
            "feed note",
        ),
        (
            "If you have a question or comment for Marguerite Reardon, you can submit it here or send her an e-mail.",
            "site notice",
        ),
        ("Submit your question or comment here: 0 of 1500 characters", "form field"),
        ("Full Profile E-mail Marguerite Reardon", "widget label"),
        ("Contents hide", "widget label"),
        ("Comments | Blog about this", "widget label"),
        ("We were unable to follow this user. Are you logged in?", "form message"),
        ("This profile is private.", "form message"),
        ("Comments on this entry are closed.", "comments"),
        (
            "<SCRIPT language='JavaScript1.1' SRC=\"http://ad.doubleclick.net/adj/N6357.2489.ESPN.COM\">",
            "script data",
        ),
    ],
)
def test_widgets_of_blogs_and_their_platforms_are_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Prices rose. → Stocks fell.",
        "The post office appeared first on the list.",
        "Read his coverage of the war here and there.",
        "He said to check out the new ESPN Dallas.",
        "Previous studies found the same.",
    ],
)
def test_prose_with_a_blogs_words_stays(line: str):
    assert furniture_reason(line) is None


def test_a_table_of_contents_whose_headings_follow_is_dropped():
    texts = load_article(
        NEWS / "fresh23" / "sn-coronavirus-usnewsrank-com.txt"
    ).texts  # a live blog's contents
    verdicts = classify_blocks(texts)
    first = texts.index("1 7:53 am: Dow futures surge 900 points")
    assert all(verdict.drop == "furniture: table of contents" for verdict in verdicts[first : first + 10])
    assert verdicts[texts.index("7:53 am: Dow futures surge 900 points")].drop is None  # the heading in place


def test_a_numbered_list_of_the_articles_own_points_stays():
    points = ["1 Lower taxes for small firms", "2 More money for schools", "3 A new bridge over the river"]
    story = [
        "The mayor set out three promises on Tuesday, and the council will vote on them next month after a debate.",
        "Critics said the plan had no money behind it, and that the bridge alone would cost more than the budget.",
    ]
    verdicts = classify_blocks(["The mayor's plan", story[0], *points, story[1]])
    assert all(verdict.drop is None for verdict in verdicts)


def test_a_pagers_two_links_are_dropped_one_line_alone_stays():
    story = [
        "Officials said the quarantine would last two weeks and that soldiers would stay in their units until then.",
        "The army has asked its staff to postpone leave, and recruits will be tested as they arrive at the centres.",
    ]
    pager = [
        "Previous Coronavirus in India: Covid-19 patient dies in Tamil Nadu, country’s toll rises to 11",
        "Next Quarantine within units, extended leave mark Armed Forces’ war on Covid-19",
    ]
    verdicts = classify_blocks(["Armed forces prepare", *story, *pager])
    assert [verdict.drop for verdict in verdicts[-2:]] == ["furniture: pager's story"] * 2
    verdicts = classify_blocks(["Armed forces prepare", story[0], pager[0], story[1]])
    assert verdicts[2].drop is None


def test_a_podcasts_headline_with_its_label_is_the_headline():
    texts = load_article(NEWS / "fresh23" / "sn-universetoday.txt").texts
    verdicts = classify_blocks(texts)
    assert texts[0] == "Podcast: More From Tony Colaprete on LCROSS" and verdicts[0].drop is None


def test_comments_under_a_count_in_braces_with_their_authors_stamps_are_dropped():
    texts = load_article(
        NEWS / "fresh23" / "sn-universetoday.txt"
    ).texts  # WordPress: "Aqua October 28, 2010 at ..."
    verdicts = classify_blocks(texts)
    stamp = texts.index("Aqua October 28, 2010 at 11:21 am")
    assert all(verdict.drop is not None for verdict in verdicts[stamp : stamp + 6])
    assert (
        verdicts[texts.index("Aqua October 28, 2010 at 11:21 am") - 3].drop is None
    )  # the article's paragraph


# fresh24 (the held-out set after fresh23's rules): press releases and magazines' blogs (Apple, Qualcomm, Adweek, PR
# Daily, Entrepreneur, HuffPost's blogs, RIA Novosti, Fox News, ...)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Follow Rebekah Iliff on Twitter: www.twitter.com/@rebekahiliff", "follow prompt"),
        (
            "[ RELATED: Take your message further with stunning visuals. Learn more at our Visual Communications"
            " Conference. ]",
            "related link",
        ),
        ("Pages: 1 2 3 4 5", "widget label"),
        ("Today's Most Read", "list heading"),
        ("Close more deals with our weekly sales and marketing newsletter", "newsletter prompt"),
        ("Your message has been sent.", "form message"),
        ("There was an error emailing this page.", "form message"),
        (
            "Apple, the Apple logo, Mac, Mac OS and Macintosh are trademarks of Apple. Other company and product names"
            " may be trademarks of their respective owners.",
            "trademark notice",
        ),
        (
            '<iframe src="http://www.google.com/recaptcha/api/noscript?k=6LeiiAATAAAAAHAV40B-voowo-ahsX3cLeiIsR8b'
            + "x" * 300
            + '" height="300" width="500" frameborder="0"></iframe>',
            "embed code",
        ),
    ],
)
def test_press_releases_and_blogs_widgets_are_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Pages 4 and 5 were missing.",
        "Next article will cover the budget.",
        "Apple and Mac are trademarks the company defends in court, its lawyers said.",
        "Follow the money on Twitter: the investigators did.",
    ],
)
def test_prose_with_a_press_releases_words_stays(line: str):
    assert furniture_reason(line) is None


def test_a_networks_picture_library_is_a_credit():
    assert is_credit("Douglas Gorenstein/NBC/NBCU Photo Bank")


# fresh25 (the held-out set after fresh24's rules, from chimbori/crux's test pages): BBC, The Guardian, Hacker Noon,
# Mashable, NBC News, News24, The New Yorker, Retraction Watch, WIRED ×2


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Join the conversation!", "comments"),
        ("with 21 comments", "comments"),
        ("Read more on: indonesia", "tags"),
        ("Read our comments policy for guidelines on contributions.", "comment policy"),
        ("We reserve editorial discretion to decide what will be published.", "comment policy"),
        (
            "24.com encourages commentary submitted via MyNews24. Contributions of 200 words or more will be"
            " considered for publication.",
            "comment policy",
        ),
        (
            "If you liked this article, be sure to recommend it and help spread good ideas as far and wide as tufts"
            " of cat hair.",
            "support prompt",
        ),
        (
            "Like Retraction Watch? Consider making a tax-deductible contribution to support our growth. You can"
            " also follow us on Twitter.",
            "support prompt",
        ),
        ("LEARN MORE", "widget label"),
        ("Go Back to Top. Skip To: Start of Article.", "widget label"),
        ("Skip Social. Skip to: Latest News.", "widget label"),
    ],
)
def test_comment_boxes_and_skip_links_are_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Learn more about the program at the library.",
        "If you liked this article, you will love the book, she said.",
        "We reserve judgment on the plan.",
        "Like the mayor? Consider him a friend.",
    ],
)
def test_prose_with_a_comment_boxs_words_stays(line: str):
    assert furniture_reason(line) is None


def test_a_shows_credits_each_role_joined_to_its_name_are_no_tag_row():
    """As long as NYT's topic row, but a show's staff (ScrapingHub's page of a Seoul theatre, article text)."""
    staff = (
        "STAFF Choreographer_Jeong Hye Jin, Director_Oh Kyeong Taek, Writer_Kyeong Min Seon, Composer_Kim Cheol"
        " Hwan, Art Director_Park Dong Woo, Lighting Design_Sin Ho, Video Design_Jeong Jae Jin"
    )
    assert furniture_reason(staff) is None


@pytest.mark.parametrize(
    "line",
    [
        "Barbecue, however, is not banned on public beaches. READ MORE",
        "Mashreq Neo to offer secure, convenient and personalised customer... READ MORE",
        "Saudi Arabia last week issued a royal decree allowing women to drive. Read more »",
    ],
)
def test_a_teasers_summary_with_its_read_more_link_is_a_related_link(line: str):
    """Khaleej Times' boxes of other stories, read by the HTML reader inside the article."""
    assert furniture_reason(line) == "related link"


def test_a_sentence_that_mentions_reading_more_stays():
    assert furniture_reason("You can read more on the website.") is None
    assert furniture_reason("To Read More, subscribe.") is None
