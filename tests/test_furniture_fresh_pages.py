"""What the hand-labelled fresh pages of session 13 showed the rules missing (tests/data/news/fresh).

Each rule is written for a shape many sites share, so each is tested with the lines that must stay too.
"""

from __future__ import annotations

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.segment import unit_spans

HEADLINE = "Gannett and GateHouse merge to form the largest newspaper chain"
P1 = "The merger of the newspaper chains Gannett and GateHouse Media became final on Tuesday, the companies said."
P2 = (
    "The merged company will own more than 260 daily newspapers, and it expects to cut costs by $300 million."
)
P3 = "Analysts said the newspaper industry has not had a single year of revenue growth since 2008."
P4 = "Gannett shares rose 2% in New York after the merger closed, while GateHouse shares were unchanged."


def drops(texts: list[str]) -> list[str | None]:
    return [verdict.drop for verdict in classify_blocks(texts)]


def kinds(texts: list[str]) -> list[Kind | None]:
    return [verdict.kind for verdict in classify_blocks(texts)]


# A story card inside the article: its section's label and its title each said twice (picture and text), then
# its summary, which reads like prose.
CARD = [
    "Business",
    "Tribune Publishing renames itself Tronc as its dispute with Gannett continues",
    "Business",
    "Tribune Publishing renames itself Tronc as its dispute with Gannett continues",
    "The owner of the Los Angeles Times has a new name and a newly elected board, but it is still fighting.",
]


def test_a_card_whose_title_is_said_twice_is_dropped_with_its_label_and_summary():
    result = drops([HEADLINE, P1, P2, *CARD, P3, P4])
    assert result[3:8] == ["furniture: story card"] * 5
    assert result[:3] == [None] * 3 and result[8:] == [None, None]


def test_a_card_said_twice_without_labels_is_dropped_too():
    title = "Column: A vulture firm's bid for Gannett shows there is still value in newspapers"
    summary = "Among those who believe that the press provides value for society are the vultures."
    result = drops([HEADLINE, P1, P2, title, title, summary, P3])
    assert result[3:6] == ["furniture: story card"] * 3 and result[6] is None


def test_a_tables_head_said_before_each_row_is_no_card():
    head = "Pos Player Plays % Stats"
    rows = [
        "DL Larry Ogunjobi 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.",
        "LB Joe Schobert 74 100% 7 tackles, 3 assists (10 combined). 1 sack, 2 TFL.",
        "CB Denzel Ward 74 100% 4 tackles (4 combined). 1 pass defended.",
    ]
    texts = [HEADLINE, P1, P2]
    for row in rows:
        texts += [head, head, row]
    result = drops([*texts, P3])
    assert all(result[index] is None for index in range(3, len(texts)) if texts[index] != head)


def test_the_headline_said_twice_at_the_top_is_kept():
    assert drops([HEADLINE, HEADLINE, P1, P2, P3])[:1] == [None]


CUT_TITLES = [
    "For trans activists, recent setbacks temper long-term hopes …",
    "Police: Oklahoma double-murder suicide was domestic-related …",
    "Jury rules for half of 21 plaintiffs in used body parts suit …",
]


def test_titles_cut_short_with_an_ellipsis_after_the_article_are_links():
    assert drops([HEADLINE, P1, P2, P3, *CUT_TITLES])[4:] == ["furniture: titles cut short"] * 3


def test_titles_cut_short_between_the_articles_paragraphs_stay():
    assert drops([HEADLINE, P1, P2, *CUT_TITLES, P3, P4])[3:6] == [None] * 3


def test_a_widgets_two_tabs_open_its_numbered_list():
    teasers = ["1", "Battle-Scarred Viking Shield-Maiden Gets Facial Reconstruction", "2", "What Sugar Does"]
    result = drops([HEADLINE, P1, P2, P3, "Most Read Most Shared", *teasers])
    assert result[4] == "furniture: list heading"
    assert result[6] == result[8] == "furniture: teaser in 'Most Read Most Shared' list"


def test_a_teasers_time_in_a_list_goes_with_it_but_not_the_last_one():
    lines = [
        "Top stories in Nation",
        "Trump says he went through a very routine physical",
        "12:51 p.m.",
        "California sues e-cigarette maker Juul over ads",
    ]
    assert (
        drops([HEADLINE, P1, P2, P3, *lines])[5:] == ["furniture: teaser in 'Top stories in Nation' list"] * 3
    )
    # a time under the list's last teaser, with nothing below, may be the article's own stamp
    assert drops([HEADLINE, P1, P2, P3, *lines[:3]])[6] is None


# Washington Examiner's page end: the article's tags, a share prompt, then other stories' cards, each a title,
# its author, its date and its summary
TAGS = ["Opinion", "Beltway Confidential", "Royals", "Jeffrey Epstein", "Sexual Assault"]
CARDS_AT_THE_END = [
    "More Washington Examiner",
    "Carlos Ghosn and the dark side of Japanese justice",
    "Anthony, Maya, Nadine, and Caroline Ghosn",
    "Wednesday November 20, 2019",
    "Our family always celebrates anniversaries, but not this week, since our father is still held in Tokyo.",
    "What made Joker so popular with audiences this autumn?",
    "Madeline Fry",
    "Wednesday November 20, 2019",
    "Joker killed at the box office, and critics are still arguing about why it did so well.",
    "Sen. David Perdue: Democrats' agenda would kill the American dream",
    "Sen. David Perdue",
    "Wednesday November 20, 2019",
    "Wednesday night, the country's most liberal Democrats will descend on my home state of Georgia.",
]


def test_cards_ending_the_page_under_a_heading_go_with_the_tags_above_them():
    texts = [HEADLINE, P1, P2, P3, P4, *TAGS, "Share your thoughts with friends.", *CARDS_AT_THE_END]
    result = drops(texts)
    assert result[:5] == [None] * 5
    assert all(result[5:]), [text for text, drop in zip(texts, result, strict=True) if drop is None]


def test_a_digests_next_item_under_its_subhead_is_the_articles():
    other_item = "In girls soccer, Viera beat Melbourne 3-1 on Tuesday behind two goals from Jane Smith."
    assert drops([HEADLINE, P1, P2, P3, P4, "GIRLS SOCCER", other_item]) == [None] * 7


def test_the_authors_name_beside_follow_us_or_their_address_is_kept():
    box = ["Newsletter", "Subscribe", "Michael Hiltzik", "Follow Us", "twitter", "instagram", "email"]
    result = drops([HEADLINE, P1, P2, P3, *box])
    assert result[6] is None and all(result[index] for index in (7, 8, 9, 10))
    box = ["FACEBOOK", "TWITTER", "EMAIL ME", "Patrick Shanley", "patrick.shanley@THR.com @pshanley88"]
    assert drops([HEADLINE, P1, P2, P3, *box])[7] is None


def test_a_label_beside_follow_us_is_no_author():
    box = ["Newsletter", "Subscribe", "Industry Jobs", "Follow Us", "twitter", "instagram"]
    assert drops([HEADLINE, P1, P2, P3, "Jobs in the industry are scarce, the industry said.", *box])[7]


@pytest.mark.parametrize(
    "line",
    [
        "Share Close extra sharing options",
        "Share on Facebook Share on Twitter Share on Linkedin Share via Email Share via Shortlink",
        "VIDEO 3:45 03:45",
        "Video",
        "follow",
        "Story continues below gallery",
        "Opinions expressed by Forbes Contributors are their own.",
        "Copyright @ 2019 The New Arab.",
        "Subjects: Crime, Drugs, Immigration",
        "How to contact us",
        "Follow me on Twitter or LinkedIn. Check out my website.",
        "Read more from this author | Follow @brigitkatz",
        "We want to hear your suggestions and comments. Email the Truth-O-Meter with feedback.",
        "Like this article?",
        "There was a problem subscribing you to the newsletter. Double check your email and try again.",
        'Need more space? Subscribe to our sister title "All About Space" Magazine for the latest news!',
        "Join our Space Forums to keep talking space on the latest missions, night sky and more!",
        "Get breaking space news and the latest updates on rocket launches, skywatching events and more!",
        "Support Snopes and make a difference for readers everywhere.",
        "We do this work every day at no cost to you, but it is far from free to produce.",
        "Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November "
        "2019 from https://phys.org/news/2019-11-hibernating-astronauts.html",
        "This document is subject to copyright. Apart from any fair dealing, no part may be reproduced.",
        "Is there something you think we should know about Instagram? Email the writer at jane@wired.com.",
        'Want more science? Get a subscription of our sister publication "How It Works" magazine. '
        "(Image credit: Future plc)",
    ],
)
def test_what_sites_say_around_an_article_is_dropped(line: str):
    result = drops([HEADLINE, P1, P2, line, P3])
    assert result[3] is not None and result[3].startswith("furniture: ")
    assert result[:3] + result[4:] == [None] * 4


@pytest.mark.parametrize(
    "sentence",
    [
        "Video showed the suspect fleeing the scene on foot.",
        "Follow the money, the prosecutor told the jury.",
        "Support for the bill grew and it passed the Senate.",
        "Support Ukraine so we can continue to win, Zelenskyy urged the allies.",
        "Subject to approval by regulators, the merger will close in March.",
        "Readers wrote to say they like this article about the merger.",
    ],
)
def test_sentences_with_their_words_stay(sentence: str):
    assert drops([HEADLINE, P1, sentence, P2]) == [None] * 4


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "More than 4,000 people are expected to receive notice in coming weeks (Credit: iStock)",
            "(Credit: iStock)",
        ),
        ("Jonathan P. Blair Submitted photo", "Submitted photo"),
        ("The border check point near the Port of Entry in Nogales, Ariz. (AP)", "(AP)"),
        ('Earnest said, "The less than 50 number is accurate." (Reuters)', "(Reuters)"),
    ],
)
def test_a_credit_at_a_captions_end_is_its_own_unit(caption: str, credit: str):
    units = [(caption[start:end], kind) for start, end, kind in unit_spans(caption)]
    assert units[-1] == (credit, Kind.CREDIT)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said the photo was a file photo",
        "He asked for a courtesy photo",
        "The strike was called by the union (UAW)",
    ],
)
def test_words_like_a_credit_inside_a_sentence_stay_in_it(sentence: str):
    assert [kind for _, _, kind in unit_spans(sentence)] == [Kind.BODY]


def test_a_press_releases_source_and_a_dated_byline_are_credits():
    texts = [HEADLINE, "11/19/2019 by Lars Brandle", P1, P2, P3, "Provided by European Space Agency"]
    assert kinds(texts)[1] is not None and kinds(texts)[5] == Kind.CREDIT
    assert drops(texts) == [None] * 6


def test_a_date_then_the_writers_name_is_the_stamp_and_the_links_below_it_the_pages():
    standfirst = (
        "The government has unveiled a plan to help the industry cut the cost of solar panels by half."
    )
    links = ["Markets", "Modules & Upstream Manufacturing", "Policy", "Utility-scale PV", "South Korea"]
    texts = [HEADLINE, standfirst, "November 20, 2019 Emiliano Bellini", *links, P1, P2, P3]
    result = classify_blocks(texts)
    assert result[2].kind == Kind.CREDIT and result[2].drop is None
    assert all(verdict.drop == "furniture: link list" for verdict in result[3:8])
    assert all(verdict.drop is None for verdict in result[8:])


def test_a_run_of_short_lines_between_the_articles_paragraphs_stays():
    items = ["Markets", "Modules & Upstream Manufacturing", "Policy"]
    assert drops([HEADLINE, P1, P2, *items, P3, P4]) == [None] * 8


# The Jerusalem Post's page: other stories' cards right after the article, under no heading
SIGNED_CARDS = [
    line
    for title, byline, stamp in [
        (
            "Liberman: Both parties are to blame for lack of unity government",
            "By JERUSALEM POST STAFF",
            "11/20/2019 01:14 PM",
        ),
        ("Russia: Israeli strikes on Syria wrong move", "By REUTERS", "11/20/2019 10:08 AM"),
        ("11 dead in Israeli strike on Syria - reports", "By JERUSALEM POST STAFF", "11/20/2019 09:39 AM"),
        ("China condemns US Senate measure on Hong Kong rights", "By REUTERS", "11/20/2019 04:06 AM"),
    ]
    for line in (title, byline, stamp)
]


def test_signed_cards_after_the_article_are_teasers_though_no_heading_opens_them():
    texts = [HEADLINE, P1, P2, *SIGNED_CARDS, "Subscribe for our daily newsletter"]
    result = drops(texts)
    assert result[:3] == [None] * 3
    assert result[3:-1] == ["furniture: story cards"] * len(SIGNED_CARDS)


def test_a_schedule_of_dates_after_the_article_is_no_list_of_cards():
    schedule = ["Ohio State vs. Michigan", "Nov. 30, 2019", "Big Ten title game", "Dec. 7, 2019"]
    schedule += ["Rose Bowl in Pasadena", "Jan. 1, 2020"]
    assert "furniture: story cards" not in drops([HEADLINE, P1, P2, *schedule])


def test_cards_need_nothing_of_the_article_between_it_and_them():
    texts = [HEADLINE, P1, P2, "Gannett did not reply to a request for comment.", *SIGNED_CARDS]
    assert drops(texts)[3:] == [None] * (1 + len(SIGNED_CARDS))


def test_a_teasers_summary_under_its_title_goes_with_the_list():
    lines = [
        "Top stories",
        "French actor of Armenian descent Charles Gerard dies aged 96",
        "French actor of Armenian descent Charles Gerard died September 19 at the age of 96, Figaro reports.",
        "Urartu relics unearthed in Iran",
        "Archaeological relics related to the Kingdom of Urartu have recently been found in Iran.",
    ]
    assert all(drops([HEADLINE, P1, P2, P3, *lines])[4:])


def test_the_articles_paragraph_after_a_teasers_cut_summary_is_kept():
    lines = [
        "see also",
        "Two patients diagnosed with plague in China as officials scramble",
        "Two people in China have been diagnosed with the plague,...",
        "A case of the bubonic plague was reported in China over the weekend, after two people were diagnosed.",
        "Both diseases are associated with the Black Death pandemic that killed millions in Europe.",
    ]
    result = drops([HEADLINE, P1, P2, *lines, P3])
    assert result[6:] == [None, None, None]


def test_a_headline_and_its_standfirst_under_the_sites_menu_are_kept():
    standfirst = "The US military says two service members were killed as the Taliban claim responsibility."
    texts = [
        "More",
        "News",
        "US service members killed in Afghanistan helicopter crash",
        standfirst,
        P1,
        P2,
        P3,
    ]
    assert drops(texts)[3] is None


def test_the_next_and_previous_stories_of_a_section_are_teasers():
    lines = [
        "- Next Auto News",
        "2020 Mini JCW GP is a 300HP monster hatch",
        "The most powerful Mini hot hatch to come out of Oxford has 306 HP and a huge rear wing",
        "Previous Auto News -",
        "Renault to challenge Xpander, Avanza with 7-seat 2020 Triber",
    ]
    assert all(drops([HEADLINE, P1, P2, P3, *lines])[4:])


def test_a_paragraph_ending_with_its_links_address_is_no_title_after_the_article():
    lines = [
        "This week's podcast is sponsored by the Davis Cup Finals. Ticket details: http://www.daviscupfinals.com/",
        "How to listen to the podcast",
        "Listen: http://po.st/TP_615",
    ]
    assert drops([HEADLINE, P1, P2, P3, *lines])[4:6] == [None, None]


def test_about_the_bylines_writer_heads_the_author_box():
    texts = [
        HEADLINE,
        "By Brigit Katz",
        P1,
        P2,
        P3,
        "About Brigit Katz",
        "Brigit Katz is a writer in Toronto.",
    ]
    assert drops(texts)[5] == "furniture: author box"
    assert drops([HEADLINE, "By Brigit Katz", P1, P2, "About Face", P3])[4] is None


@pytest.mark.parametrize(
    "line",
    [
        "Follow the author of this article",
        "View PDF/Print Mode",
        'You can also subscribe to this newsletter here — just tick "10 Things in Tech You Need to Know."',
    ],
)
def test_more_of_what_sites_say_is_dropped(line: str):
    assert drops([HEADLINE, P1, P2, line, P3])[3]


def test_a_related_story_inside_the_article_is_a_teaser():
    texts = [
        HEADLINE,
        P1,
        P2,
        "Related Story",
        "A campaign is urging people to cancel their subscriptions",
        "Read next",
        P3,
    ]
    result = drops(texts)
    assert result[3:5] == ["furniture: list heading", "furniture: teaser in 'Related Story' list"]
    assert result[5] and result[6] is None


def test_suggested_reads_and_their_signed_cards_are_teasers():
    lines = [
        "SUGGESTED READS",
        "An HR Manager Responds to Alleged Infractions",
        "by Rick Stoeckel (5/17/2007)",
        "List: Things I Imagine My Boss Does When He Goes Home for the Night",
        "by Nick Pyle (5/4/2005)",
        "List: Things I Cannot Say to My Unpaid Interns",
        "by Amy Adoyzie (5/4/2005)",
    ]
    assert all(drops([HEADLINE, P1, P2, P3, *lines])[4:])


def test_signed_cards_below_the_authors_box_with_their_section_labels_are_teasers():
    lines = [
        "by Nick Hodges",
        "opinion",
        "The hidden costs of rewriting software from scratch",
        "By David Linthicum",
        "opinion",
        "AI makes networking matter again",
        "By Matt Asay",
        "Microsoft warns of job-themed repo lures targeting developers",
        "By Shweta Sharma",
    ]
    result = drops([HEADLINE, P1, P2, P3, *lines])
    assert result[4] is None  # the article's own byline in its author's box
    assert all(result[5:])


def test_a_quote_with_its_speakers_colon_is_no_teaser():
    lines = [
        "RELATED ARTICLES",
        "Shoppers face a charge for paper bags",
        "Suzanne Foley said: '£162 for a suit no suit bags and then get charged for a carrier bag'",
        "And Martena David added: 'Shocking customer service from a big store'",
    ]
    result = drops([HEADLINE, P1, P2, *lines, P3])
    assert result[3] and result[4] and result[5:] == [None, None, None]


@pytest.mark.parametrize(
    "line",
    [
        "hide",
        "Estimated reading time: 5 minutes",
        "Join LeadDev.com for free to access this content",
        "Create an account to access our free engineering leadership content and events.",
        "Register with google",
        "Enter email address",
        "Register Log in",
        "A link has been emailed to you - check your inbox.",
    ],
)
def test_a_registration_walls_lines_are_dropped(line: str):
    assert drops([HEADLINE, P1, P2, line, P3])[3]


SIDEBAR = [
    "Science",
    "Doubleclicks celebrate the paperback of Scatter, Adapt, and Remember with a new song",
    "Book Review",
    "Diableries: Stereoscopic Adventures in Hell (book review)",
    "Feature",
    "Restoring CC attribution to Flickr, because Yahoo broke it",
]


def test_titles_under_their_section_labels_above_the_post_are_a_sidebar():
    texts = [HEADLINE, "Cory Doctorow at 8:00 pm Sun, Apr 13, 2014", *SIDEBAR, P1, P2]
    result = drops(texts)
    assert all(drop == "furniture: labelled titles" for drop in result[2:8])
    assert result[:2] == [None, None] and result[8:] == [None, None]


def test_titles_under_labels_between_the_articles_paragraphs_stay():
    books = ["Fiction", "The Testaments by Margaret Atwood", "Nonfiction", "Educated by Tara Westover"]
    books += ["Poetry", "Deaf Republic by Ilya Kaminsky"]
    assert drops([HEADLINE, P1, P2, *books, P3, P4]) == [None] * 11
