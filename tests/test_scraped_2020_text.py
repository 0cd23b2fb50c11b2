"""What an extractor left of 2020 pages (the ReCOVery dataset's reliable sites, scored in session 23, and other
texts of its reliable and unreliable sites, session 24; its texts are not kept here, see
benchmarks/score_dataset_texts.py): site lines, a list's heading glued to its first title, a link's label glued to
its title, a poll set inside the story; and a podcast's chapters and a tweet printed twice, which stay."""

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.newsparts import furniture_reason

HEADLINE = "County extends its stay-at-home order through May"
STORY = [
    "The county extended its stay-at-home order on Monday as new cases kept rising, officials said.",
    "Parks will reopen for walking, but playgrounds and sports fields stay closed, the health officer said.",
    "The order will be reviewed again in two weeks, according to the county's website.",
]


def verdicts(*lines: str):
    return classify_blocks([HEADLINE, *STORY, *lines])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Visit Business Insider's homepage for more stories.", "link prompt"),
        ("Send letters to letters@suntimes.com.", "site notice"),
        ("Sound The gallery will resume in seconds", "site notice"),
        (
            "Future Tense is a partnership of Slate, New America, and Arizona State University that examines "
            "emerging technologies, public policy, and society.",
            "site notice",
        ),
        (
            "Digital sales boost:Walmart sales increase 10% as online buying grew 74% during the pandemic",
            "related link",
        ),
        (
            "World Mapping the worldwide spread of the coronavirus Warning: This graphic requires JavaScript. "
            "Please enable JavaScript for the best experience.",
            "browser notice",
        ),
        ("[Graphic: How the virus spread through the county's nursing homes]", "related link"),
        # session 24: other texts of the same sites and of the dataset's unreliable ones
        ("Think your friends would be interested? Share this story!", "share prompt"),
        (
            "The views and opinions expressed in the article do not necessarily reflect those of Sputnik.",
            "site notice",
        ),
        ("Shares", "counter"),
        ("Read more at usatoday.com", "site link"),
        ("Read the full article at ANH-USA.org.", "site link"),
        ("More information can be found at our COVID 411 page.", "site link"),
        ("Follow USA TODAY reporter Kelly Tyko on Twitter: @KellyTyko", "follow prompt"),
        (
            "Connect with me at: www.facebook.com/AwakenWithJP https://www.Instagram.com/AwakenWithJP",
            "follow prompt",
        ),
        ("Listen to “PAINE in the Morning 5.21.20” on Spreaker.", "embed notice"),
        (
            "Very important article on the subject: List Of 32 ‘Elites’ That Support Mass Vaccination",
            "related link",
        ),
        ("take our poll - story continues below", "poll prompt"),
        ("If you like this story, share it with a friend!", "share prompt"),
        ("Liked it? Take a second to support The Duran on Patreon!", "support prompt"),
        ("Also please help the Freedom Center continue to bring you these vital stories.", "support prompt"),
        ("Follow on Twitter: Follow @PrisonPlanet", "follow prompt"),
        ("SUBSCRIBE on YouTube:", "follow prompt"),
        ("Learn more about the ongoing COVID-19 pandemic at Pandemic.news.", "site link"),
        (
            "More of the latest news about the Wuhan coronavirus (COVID-19) is available at Pandemic.news.",
            "site link",
        ),
        ("Be sure to also read the article called “Corona Virus 2020: A Global Pandemic”", "related link"),
        ("Listen to the insightful Thomas Paine Podcast Below --", "embed notice"),
        ("(This story has been refiled to add dropped word “not” in paragraph 14)", "wire feed line"),
        # the mainstream sites (batch 8)
        (
            "For a graphic on Where COVID-19 is spreading the fastest in the U.S.:https://graphics.reuters.com/"
            "HEALTH-CORONAVIRUS/USA-TRENDS/dgkvlgkrkpb/index.htmlFor a graphic on Tracking the novel coronavirus in "
            "the U.S.:https://graphics.reuters.com/HEALTH-CORONAVIRUS-USA/0100B5K8423/index.html",
            "related link",
        ),
        ("PHOTO (for help with images, contact 312-222-4194)", "wire feed line"),
        (
            "Slate is making its essential coronavirus coverage free for all readers. Subscribe to support our "
            "journalism.",
            "subscription prompt",
        ),
        (
            "For more on the impact of the coronavirus, listen to the Political Gabfest.",
            "link prompt",
        ),
        # read in session 26: a series's or project's note, the paper's pointer to its coverage, a guide's disclaimer
        ("This segment is part of our ongoing series: Chasing The Dream.", "site notice"),
        (
            "This article is part of our project “On Teaching,” which is supported by grants from the William and "
            "Flora Hewlett Foundation.",
            "site notice",
        ),
        (
            "This article is part of the Free Speech Project , a collaboration between Future Tense and the Tech, "
            "Law, & Security Program at American University Washington College of Law.",
            "site notice",
        ),
        (
            "For complete coverage of the COVID-19 outbreak, go to detroitnews.com/news/nation-world/coronavirus.",
            "site notice",
        ),
        ("For more of Slate’s politics coverage, listen to The Political Gabfest.", "site notice"),
        (
            "Editorial Note: Opinions, analyses, reviews or recommendations expressed in this article are those of "
            "the Select editorial staff’s alone, and have not been reviewed, approved or otherwise endorsed by any "
            "third party.",
            "site notice",
        ),
        # session 29, batch 26: MediaCloud's 2020 news pages in htmldate's test set
        (
            "Education - Urdu News - Car Prices - Breaking News - English News - Live Tv Channels - Urdu Horoscope"
            " - Horoscope in Urdu - Muslim Names in Urdu - Urdu Poetry - Love Poetry",
            "navigation",
        ),
        (
            "You can also follow us on Facebook, Instagram and Twitter and download the Yahoo News app from the App"
            " Store or Google Play.",
            "follow prompt",
        ),
    ],
)
def test_a_sites_line_is_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason
    assert verdicts(line, STORY[0])[-2].drop == f"furniture: {reason}"


@pytest.mark.parametrize(
    "line",
    [
        "Readers can take our poll below, the editor said, and the results will be published on Friday.",
        "Think the council will listen? Share this story with them, the campaigners urged at the meeting.",
        "More information can be found at the county's website, officials said.",
        "The views expressed by the minister do not reflect the government's position, a spokesman said.",
        "Follow the reporter who broke the story on Twitter, the senator told supporters.",
        "Shares in the company fell 12% on Monday.",
        "If you like this plan, the mayor said, share it with the council before Friday's vote.",
        "Learn more about the virus from your doctor, the health officer said.",
        "Please help the people of the county continue to get food, the governor urged on Monday.",
        "Sign up for insurance",  # a subhead of advice, not a newsletter's
        "This story is part of a broader pattern of abuse at the agency, the report found.",
        "This episode is part of our history now, the mayor said on Monday.",
        "For more coverage of the trial, viewers turned to cable news, which carried it live.",
        "For more information on the solution, please visit: www.ascom.com",  # a release's own pointer
        # a post made of excerpts of other stories keeps them: each is a paragraph of whole sentences
        "Treasury Secretary Steven Mnuchin warned on Tuesday that individuals who reject an offer from their "
        "company to return to work are no longer eligible to receive federal unemployment benefits. – READ MORE",
        "Monday - Tuesday - Wednesday",
        "The mayor - a former teacher - said the plan - which passed - would help - in time - for the - new year.",
        "You can also follow the hearing on Facebook, officials said.",
    ],
)
def test_the_storys_own_lines_with_the_same_words_stay(line: str):
    assert furniture_reason(line) is None
    assert verdicts(line, STORY[0])[-2].drop is None


def test_a_teasers_summary_with_its_link_is_still_a_related_link():
    assert furniture_reason(
        "Saudi Arabia last week issued a royal decree allowing women to drive. READ MORE"
    ) == ("related link")
    assert furniture_reason(
        "Global spend on cognitive and artificial intelligence solutions... READ MORE"
    ) == ("related link")


def test_a_series_note_tells_of_the_story_and_stays():
    assert furniture_reason("This article is part of a series on the future of local news.") is None


def test_a_lists_heading_glued_to_its_first_title_opens_the_list():
    result = verdicts(
        "Related Articles Former coach dies at 74 after a long illness",
        "On this date, 1991: the team meets the Queen",
        "Ex-manager in intensive care after testing positive",
        STORY[0],
    )
    assert all(verdict.drop is not None for verdict in result[-4:-1])
    assert result[-1].drop is None


def test_a_podcasts_chapters_after_the_story_stay():
    """The Detroit News's episode page: the chapters, then its links under "Bonus coverage"."""
    chapters = [
        "►3:50: Non-stop rollercoaster on Twitter",
        '►6:30: "It\'s not just the flu"',
        "►9:40: League takes wait-and-see approach",
        "►14:30: Stocking up on food",
        "►16:20: The ripple effect",
        "►18:45: Liability of lawsuits",
        "►22:20: Big spring concert to be cancelled",
        "►25:20: Did the players infect others?",
        "►29:40: Team prepared for deep run in tournament",
        "►34:30: Hockey will likely follow suit",
    ]
    links = [
        "Bonus coverage",
        "►Green Room Facebook page",
        "►Special report: the football scandals",
        "►Michigan State videos",
        "►Michigan State photos",
        "►Michigan State newsletter",
        "Read or Share this story: https://www.example.com/story/podcasts/green-room/2020/03/12/",
    ]
    result = verdicts(*chapters, *links)
    assert [verdict.drop for verdict in result[-17:-7]] == [None] * 10
    assert all(verdict.drop is not None for verdict in result[-6:])  # the links under "Bonus coverage" go


def test_the_articles_advice_and_its_readers_signed_answers_at_the_end_stay():
    advice = [
        "Wash your hands often with soap and warm water for 20 seconds",
        "Avoid touching your eyes, nose, or mouth with unwashed hands",
        "Cover your mouth and nose with a tissue when coughing or sneezing",
        "If you are sick, stay home, and avoid contact with others",
    ]
    assert [verdict.drop for verdict in verdicts(*advice)[-4:]] == [None] * 4
    answers = [
        "“Toro Sushi with a couple of bottles of wine.” — @reader_one on Twitter",
        "“Italian beef sandwich from the corner stand, 1 pound of beef!” — @reader_two on Twitter",
        "“A medium-rare steak and french-fried potatoes.” — Jane Roe",
    ]
    assert [verdict.drop for verdict in verdicts(*answers)[-3:]] == [None] * 3
    # three other stories' titles after the story still go
    titles = [
        "Mayor names new police chief after long search",
        "Council delays vote on the budget until March",
        "Schools plan to reopen in the fall with masks",
    ]
    assert all(verdict.drop is not None for verdict in verdicts(*titles)[-3:])


def test_a_poll_set_inside_the_story_opens_no_comment_section():
    """Big League Politics' poll between two paragraphs: its form's "Email *" is no comment box, the story goes on."""
    texts = [
        "Tech giants lobby to keep the visa program for foreign workers",
        "Hundreds of the country's most powerful corporations have signed onto a lobbying effort to keep the program.",
        "The companies claim that their hiring needs reflect the national interest and that they need to import workers.",
        "“The undersigned represent employers that rely on a highly skilled, college-educated workforce,” the letter said.",
        "Trending: Nursing Home Attacker Had COVID-19 and Was Quarantined Among the Elderly",
        "The abuse of the visa system to replace American workers with cheaper foreign workers is extensive, critics say.",
        "take our poll - story continues below",
        "LOCKDOWN POLL: Should America reopen for business? Should America reopen for business?",
        "LOCKDOWN POLL: Should America reopen for business? * Yes, it's time to get back to work. No, the risk is too great.",
        "Email *",
        "Name This field is for validation purposes and should be left unchanged. Completing this poll grants you access "
        "to updates free of charge. You may opt out at anytime. You also agree to this site's Privacy Policy.",
        "The visa system also enables major employers to depress wages within the American workforce, critics say.",
        '"It was both surprising and encouraging to see one group finally become vocal," the group said on Monday.',
        "The notion of doubling down on the hiring of new American workers was rejected by the companies, the letter shows.",
    ]
    result = classify_blocks(texts)
    assert [verdict.drop for verdict in result[-3:]] == [None] * 3
    # the poll itself goes, from its prompt to its form's fine print: its question and options too
    assert all(verdict.drop is not None for verdict in result[6:11])
    assert [verdict.drop for verdict in result[:6]] == [None] * 4 + [result[4].drop, None]


def test_a_poll_without_its_forms_end_leaves_the_blocks_below_its_prompt():
    texts = [
        HEADLINE,
        *STORY,
        "take our poll - story continues below",
        "Trump or Biden, who will win? Why wait until November 3?",
        "The county's parks will reopen on Saturday, the health officer said, with rangers at every gate.",
    ]
    result = classify_blocks(texts)
    assert result[4].drop == "furniture: poll prompt"
    assert [verdict.drop for verdict in result[5:]] == [None, None]


def test_an_embedded_tweet_the_extractor_printed_twice_is_no_story_card():
    tweet = "Dr. Fauci with Leonore Annenberg, Brooke Astor and Irene Diamond at a 2001 event."
    signed = (
        "Article below with proof it. pic.twitter.com/evF7a0eP4Y — Mike Bravo (@mikebravodude) April 6, 2020"
    )
    result = verdicts(tweet, signed, tweet, signed, STORY[0])
    assert [verdict.drop for verdict in result[4:]] == [None] * 5


def test_a_source_after_a_dash_and_a_screenshots_credit_are_credits():
    result = verdicts("SOURCE- BREAKING911")
    assert result[-1].kind == Kind.CREDIT and result[-1].drop is None
    from newsl10n.segment import unit_spans

    caption = "Andrés Martinez (left) and Steve Coll (right) Screenshot from Zoom"
    assert [(caption[start:end], kind) for start, end, kind in unit_spans(caption)][-1] == (
        "Screenshot from Zoom",
        Kind.CREDIT,
    )


def test_a_share_counts_label_under_an_empty_source_label_is_no_source():
    result = verdicts("Source:", "Shares")
    assert result[-1].drop == "furniture: counter"


def test_a_storys_sources_under_their_heading_are_credits():
    sources = ["Sources include:", "NCBI.NLM.NIH.gov", "DailyMail.co.uk", "You Might Like", "MedlinePlus.gov"]
    result = verdicts(*sources)
    kinds = [(verdict.kind, verdict.drop) for verdict in result[-5:]]
    assert [kind for kind, _ in kinds[:3]] == [Kind.CREDIT] * 3 and kinds[4] == (Kind.CREDIT, None)
    assert kinds[3][1] is not None  # the widget's heading set among them still goes


def test_a_readers_handle_signing_an_answer_is_its_own_credit():
    from newsl10n.segment import unit_spans

    text = "“Toro Sushi with a couple of bottles of wine.” — @reader_one on Twitter"
    assert [(text[start:end], kind) for start, end, kind in unit_spans(text)] == [
        ("“Toro Sushi with a couple of bottles of wine.”", Kind.BODY),
        ("— @reader_one on Twitter", Kind.CREDIT),
    ]


def test_the_articles_bulleted_list_at_its_end_stays():
    """A city's reopening plan after the story: its phases' headings, their one-line summaries and bullets."""
    plan = [
        "PHASE FOUR: GRADUALLY RESUME",
        "Staggered reopening continues while ensuring residents’ safety.",
        "• Additional business, capacity restrictions lifted with safeguards",
        "• Additional public amenities open",
        "• Continue physical distancing, wearing face coverings",
        "PHASE FIVE: PROTECT",
        "Continue protecting vulnerable populations to maintain safety until a vaccine is found.",
        "• All businesses open",
        "• Non-vulnerable individuals can resume working",
        "• Some events can resume",
    ]
    assert [verdict.drop for verdict in verdicts(*plan)[-len(plan) :]] == [None] * len(plan)


def test_the_articles_closing_list_as_trafilatura_writes_it_stays():
    """trafilatura writes a list's items as "- item": the takeaways closing a post are its own, not teasers."""
    takeaways = [
        "In summary:",
        "- Map and filter are sometimes faster than comprehensions",
        "- Generators save memory on large inputs",
        "- Local variables are faster than global ones",
    ]
    assert [verdict.drop for verdict in verdicts(*takeaways)[-3:]] == [None] * 3


@pytest.mark.parametrize(
    "line",
    [
        "Article posted with permission from Matt Agorist",
        "h.t TWS",
        "H/T Daily Wire",
        "Jake Johnson / Common Dreams / Creative Commons",
    ],
)
def test_a_reposts_credit_lines_are_credits(line: str):
    result = verdicts(line, "Oklahoma")
    assert result[-2].kind == Kind.CREDIT and result[-2].drop is None


def test_a_pull_quotes_signature_with_the_speakers_organisation_is_its_own_credit():
    from newsl10n.segment import unit_spans

    text = "“Billionaires have grown richer while millions lost their jobs.” —Frank Clemente, Americans for Tax Fairness"
    assert [(text[start:end], kind) for start, end, kind in unit_spans(text)][-1] == (
        "—Frank Clemente, Americans for Tax Fairness",
        Kind.CREDIT,
    )


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Agatha Kulaga, co-founder and CEO of Ovenly Source: Agatha Kulaga", "Source: Agatha Kulaga"),
        (
            "The Smithfield Foods pork processing plant, Sioux Falls, S.D. (Kerem Yucel/AFP via Getty Images)",
            "(Kerem Yucel/AFP via Getty Images)",
        ),
        (
            "Josh Gad gives glimpse behind the scenes of 'Into the Unknown: Making Frozen II' Mary Ellen "
            "Matthews/Disney Theatricals via AP",
            "Mary Ellen Matthews/Disney Theatricals via AP",
        ),
    ],
)
def test_a_captions_credit_at_its_end_is_its_own_unit(caption: str, credit: str):
    from newsl10n.segment import unit_spans

    assert [(caption[start:end], kind) for start, end, kind in unit_spans(caption)][-1] == (
        credit,
        Kind.CREDIT,
    )


@pytest.mark.parametrize(
    "text",
    [
        "05:22 - Source: CNN",  # a player's time and its source: the playlist's line, no caption
        "The vote split along party lines (Democrats/Republicans)",
    ],
)
def test_no_pictures_credit_where_none_is(text: str):
    from newsl10n.credits import trailing_credit

    assert trailing_credit(text) is None


# batch 26 (session 29): MediaCloud's 2020 news pages in htmldate's test set, as trafilatura extracts them


def test_a_menus_longer_items_that_open_as_its_others_do_are_its_items():
    """News Corp Australia's mastheads under a video story, and UrduPoint's breadcrumbs ending in the page's own
    title cut short."""
    mastheads = [
        f"View {name}"
        for name in (
            "The Advertiser",
            "The Daily Telegraph",
            "The Herald Sun",
            "The Gold Coast Bulletin",
            "The Australian",
            "News.com.au",
        )
    ]
    assert all(verdict.drop is not None for verdict in verdicts(*mastheads)[-6:])
    title = "Russian Prime Minister Mikhail Mishustin Says Impossible To Say When Restrictions Can Be Lifted"
    crumbs = [
        "- Home",
        "- World",
        "- News",
        "- Russian Prime Minister Mikhail Mishustin Says Impossible to Say ..",
    ]
    found = classify_blocks([title, *crumbs, *STORY])
    assert all(verdict.drop is not None for verdict in found[1:5])
    assert all(verdict.drop is None for verdict in found[5:])
    # the story's own list below its prose opens alike, and its items are sentences
    items = ["- Wear a mask in shops.", "- Keep two metres apart from others.", "- Wash your hands often."]
    assert all(verdict.drop is None for verdict in verdicts(*items)[-3:])
