"""Lines of the news pages of fundus's test set labelled in tests/data/news/fresh26-fresh27 (AP, Reuters, CNBC,
Fox, The Nation, TechCrunch, BBC, The Guardian, Daily Mail, ..., 2023-2026): story cards whose title a page says
twice on one line, a newsletter box's name above how often it comes, a box's label before its prompt, a wire's
cards of other stories, paywall and saving buttons; and what must stay: a pointer to the story's source document,
a caption whose credit names a video, a standfirst telling what was said. Each set's section opens with its own
comment."""

import pytest

from newsl10n.credits import is_caption, is_credit, trailing_credit
from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.newsparts import furniture_reason
from newsl10n.segment import unit_spans
from newsset import NEWS, load_article

# fresh26 (held out at session 19's start): US pages of 2023-2025

HEADLINE = "Chris Christie's Exit Marks the End of the Fight for the Soul of the GOP"
STORY = [
    "Chris Christie quit his longshot bid for the 2024 Republican presidential nomination on Wednesday night.",
    "Christie was the last high-profile GOP contender who was fighting for whatever remains of the party's soul.",
    "He told the truth about the threat posed by Trump, and neither DeSantis nor Haley will ever do that now.",
]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("1 of 12 |", "gallery counter"),
        ("Save Saved Read in app", "widget label"),
        ("Add to your saved stories", "widget label"),
        ("Purchase Licensing Rights", "widget label"),
        ("Contact the author:", "widget label"),
        ("Ad Policy", "widget label"),
        ("Explore charts >>", "widget label"),
        ("Search Keyword:", "widget label"),
        (
            "This story is available exclusively to Business Insider subscribers. Become an Insider and start"
            " reading now.",
            "subscription prompt",
        ),
        ("Enjoyed this story? Support our award-winning journalism by becoming a member.", "support prompt"),
        ("Explore all newsletters", "newsletter prompt"),
        ("Fridays. A weekly digest of the best of our coverage.", "newsletter prompt"),
        ("Every weekday and Sunday, you can get the best of TechCrunch’s coverage.", "newsletter prompt"),
        ("Newsletter | Three times a week.", "newsletter prompt"),
        (
            "Ground Game: Sign up for AP’s weekly politics newsletter to get it in your inbox every Monday.",
            "newsletter prompt",
        ),
        (
            "United Kingdom category Lloyd's of London 2023 underwriting profit doubles 12:02 PM UTC · Updated ago",
            "related link",
        ),
        ("Europe category · March 7, 2024 · 11:32 AM UTC · ago", "related link"),
    ],
)
def test_modern_pages_widgets_are_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Every day, the ministry published new figures on the number of people displaced by the fighting.",
        "Daily life in Gaza has become a struggle for food, water and shelter, aid agencies said.",
        "The Best Picture category went to Oppenheimer, which won seven awards on the night.",
        "Mr Smith: I will share this with everyone who asks me about the case.",
        "Newsletter publishers saw their revenue grow three times a week faster than last year.",
        # a pointer to the document the story rests on is the story's
        "Click here to read the probable cause affidavit and read through and analysis.",
        "To read the 70-page TNO report, which explains how the institute triangulated the firing point of the"
        " tank rounds, click here, opens new tab.",
    ],
)
def test_prose_with_a_modern_widgets_words_stays(line: str):
    assert furniture_reason(line) is None


def test_a_click_here_prompt_without_a_document_is_still_furniture():
    assert furniture_reason("Click here to subscribe to The Paradigm Newsletter") == "link prompt"
    assert furniture_reason("For more videos click here.") == "link prompt"


def test_cards_whose_title_is_said_twice_on_one_line_are_dropped_with_their_summaries():
    """The Nation's "More from The Nation", cut to what trafilatura keeps: the writers' names are gone."""
    cards = [
        "The GOP Primary Debate Was a Tedious Mess The GOP Primary Debate Was a Tedious Mess",
        "Ron DeSantis and Nikki Haley clearly despise each other, but neither emerged as the obvious number two.",
        "Mike Johnson’s Art of the Deal Mike Johnson’s Art of the Deal",
        "“The effect of these large, European digital laws is going to be felt well beyond Europe.”",
    ]
    verdicts = classify_blocks([HEADLINE, *STORY, *cards])
    assert [verdict.drop for verdict in verdicts[4:]] == ["furniture: story card"] * 4
    assert all(verdict.drop is None for verdict in verdicts[:4])


def test_one_line_saying_a_link_twice_stays():
    """One such line may be a link's text with the sentence going on: cards come in lists."""
    doubled = "The Unbound Collection by Hyatt The Unbound Collection by Hyatt"
    verdicts = classify_blocks([HEADLINE, STORY[0], doubled, STORY[1], STORY[2]])
    assert verdicts[2].drop is None


def test_a_newsletters_name_above_how_often_it_comes_is_dropped():
    box = ["The Nation Weekly", "Fridays. A weekly digest of the best of our coverage."]
    verdicts = classify_blocks([HEADLINE, STORY[0], *box, STORY[1], STORY[2]])
    assert [verdict.drop for verdict in verdicts[2:4]] == ["furniture: newsletter prompt"] * 2
    assert verdicts[4].drop is None


def test_a_lists_introduction_under_its_heading_goes_with_its_teasers():
    box = [
        "More from Ask an Advisor",
        "Here are more FA Council perspectives on how to navigate this economy while building wealth.",
        "CNBC.com FA Council members share volatility strategies",
        "Here are 3 key investing tips for women — from a woman",
    ]
    verdicts = classify_blocks([HEADLINE, STORY[0], STORY[1], *box, STORY[2]])
    assert all(verdict.drop is not None for verdict in verdicts[3:7])
    assert verdicts[7].drop is None


def test_a_standfirst_telling_what_was_said_is_no_page_header():
    """Rolling Stone: the headline said again in the author's list of stories is no page heading."""
    texts = load_article(NEWS / "fresh26" / "fu-rollingstone-2024-04-25.txt").texts
    verdicts = classify_blocks(texts)
    assert verdicts[1].drop is None
    assert texts[1].startswith('"She is a very talented woman," she said')


@pytest.mark.parametrize(
    "caption",
    [
        "Voting begins in some states on September 6th, before America’s big day. (AP Video by Mike Pesoli)",
        "Rep. Cherrish Pryor, left, talks with Rep. Jeff Thompson in Indianapolis. (AP Photo/Darron Cummings) more >",
    ],
)
def test_a_caption_credited_to_a_video_or_with_its_button_is_a_caption(caption: str):
    assert is_caption(caption)


def test_a_captions_credit_naming_its_button_is_no_list_teaser():
    """The Washington Times: the story's photo below a sponsored box's teasers."""
    texts = load_article(NEWS / "fresh26" / "fu-washingtontimes-2023-04-28.txt").texts
    caption = next(index for index, text in enumerate(texts) if text.startswith("Rep. Cherrish Pryor, left,"))
    assert classify_blocks(texts)[caption].drop is None


def test_a_handouts_credit_with_its_notice_is_one_credit_unit():
    caption = (
        "Fire is seen on a FlyDubai airplane in this picture obtained from social media. @SubasTheOne/via REUTERS"
        " THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. MANDATORY CREDIT. NO RESALES. NO ARCHIVES."
    )
    credit = trailing_credit(caption)
    assert caption[credit:].startswith("@SubasTheOne/via REUTERS")
    assert [caption[start:end] for start, end, _ in unit_spans(caption)][-1] == caption[credit:]


# fresh27 (held out at session 19's start, scored again after fresh26's rules, unchanged): British, Canadian,
# Australian and Malaysian pages of 2024-2026


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Add as preferred on Google", "widget label"),
        ("Add Global News as a Preferred Source on Google to see more of our stories", "widget label"),
        (
            "Choose Daily Star as a 'Preferred Source' on Google News for quick access to our breaking news",
            "widget label",
        ),
        ("ENJOYED THIS STORY?", "widget label"),
        ("Increase article font size", "widget label"),
        ("Descrease article font size", "widget label"),
        ("Hide message bar", "widget label"),
        ("Copy the link to this article.", "widget label"),
        ("skip past newsletter promotion", "widget label"),
        ("Show authors", "widget label"),
        ("Search author on: PubMed Google Scholar", "widget label"),
        ("Sign up to This is Europe", "newsletter prompt"),
        (
            "I would like to be emailed about offers, event and updates from Evening Standard. Read our privacy"
            " notice.",
            "newsletter prompt",
        ),
        (
            "By providing your email address, you have read and agree to Global News’ Terms and Conditions and"
            " Privacy Policy.",
            "newsletter prompt",
        ),
        (
            "The email you need for the day’s top news stories from Canada and around the world.",
            "newsletter prompt",
        ),
        (
            "Get our award-winning daily news email featuring exclusive stories, opinion and expert analysis",
            "newsletter prompt",
        ),
        ("Create a FREE account to continue reading", "subscription prompt"),
        ("Registration is a free and easy way to support our journalism.", "subscription prompt"),
        (
            "Our community members are treated to special offers, promotions, and adverts from us and our partners."
            " You can check out at any time. More info",
            "subscription prompt",
        ),
        ("Subscribe Already subscribed? Log in", "subscription prompt"),
        ("Facebook Twitter Flipboard Send Reddit Messenger Linkedin VK", "share prompt"),
        ("Share Close", "widget label"),
        (
            "Leave a comment Share this item on Facebook Share this item via WhatsApp Share this item on X Send this"
            " page to someone via email",
            "share prompt",
        ),
        ("Journalistic standards Comment Report an error", "site notice"),
        ("Get in touch with our news team by emailing us at webnews@metro.co.uk.", "site notice"),
        ("For more stories like this, check our news page.", "site notice"),
        ("Get the latest General Election news to your phone Join us on WhatsApp", "site notice"),
        ("Listen here on your chosen podcast platform.", "site notice"),
    ],
)
def test_newer_pages_widgets_are_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "He told reporters to get in touch with the team before the vote.",
        "The charity said registration is free for every family that needs help this winter.",
        "Officials said they would add the town as a preferred site for the new plant.",
        "The minister said the committee would leave a comment on the draft before Friday.",
    ],
)
def test_prose_with_a_newer_widgets_words_stays(line: str):
    assert furniture_reason(line) is None


def test_a_live_blogs_entry_title_under_its_time_stays_though_the_sites_list_has_it():
    texts = load_article(NEWS / "fresh27" / "fu-express-2024-07-18.txt").texts
    verdicts = classify_blocks(texts)
    title = texts.index("Meghan Markle 'turned and hissed' at a staffer leaving her in 'tears'")
    assert texts[title - 1] == "2 hours ago 10:05 Jon King"
    assert verdicts[title].drop is None
    assert texts.count(texts[title]) == 2  # listed again among the most read


def test_a_part_of_the_headline_heading_the_storys_paragraphs_is_a_subhead():
    headline = "Office for Budget Responsibility: What is the OBR and what does it do?"
    texts = [headline, *STORY[:2], "What is the OBR and what does it do?", STORY[2]]
    assert classify_blocks(texts)[3].drop is None
    # the whole headline said again there is a widget's
    assert (
        classify_blocks([headline, *STORY[:2], headline, STORY[2]])[3].drop
        == "furniture: repeats the headline"
    )


def test_a_byline_listing_its_names_one_per_line_is_the_byline():
    texts = [
        "How to fight climate change without the US: a guide to global action",
        "With the US government absent from the COP30 global climate summit, it will be up to others to act.",
        "By",
        "Xiaoying You 0,",
        "Mariana Lenharo,",
        "Davide Castelvecchi &",
        "…",
        "Jeff Tollefson",
        "Show authors",
        *STORY,
    ]
    verdicts = classify_blocks(texts)
    assert [verdict.kind for verdict in verdicts[2:6]] == [Kind.BYLINE] * 4
    assert verdicts[7].kind == Kind.BYLINE and verdicts[7].drop is None
    assert verdicts[8].drop is not None


def test_a_name_and_its_outlet_among_share_buttons_are_the_byline():
    texts = [
        "What is Nato and which countries are in it?",
        "1 day ago",
        "Share Save",
        "Add as preferred on Google",
        "Duncan Walker",
        "BBC",
        *STORY,
    ]
    verdicts = classify_blocks(texts)
    assert verdicts[3].drop is not None
    assert verdicts[4].drop is None and verdicts[5].drop is None


def test_a_caption_of_a_name_and_an_age_is_no_gallery_title():
    texts = [HEADLINE, *STORY[:2], "View 6 Images", "Ghislaine Maxwell, 64", STORY[2]]
    assert classify_blocks(texts)[4].drop is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Lady Starmer on the front row at the Edeline Lee show Nicky J Sims/Getty Images Europe",
            "Nicky J Sims/Getty Images Europe",
        ),
        (
            "David Lammy said Sir Keir had accepted the donations to represent the UK Jon Super/AP",
            "Jon Super/AP",
        ),
        ("Swedish police officer - Copyright Fredrik Persson/AP", "- Copyright Fredrik Persson/AP"),
        ("The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters", "Benoit Tessier/Reuters"),
    ],
)
def test_a_photographers_credit_glued_to_a_captions_end_is_its_own_unit(caption: str, credit: str):
    assert [caption[start:end] for start, end, _ in unit_spans(caption)][-1] == credit


@pytest.mark.parametrize(
    "line",
    [
        "The band played songs by AC/DC",
        "Jonathan Rauch, Brookings Institution/The Atlantic",
        "Illustration: Sarah Grillo/Axios",
    ],
)
def test_a_slash_in_a_name_or_a_labelled_credit_is_no_glued_credit(line: str):
    assert len(unit_spans(line)) == 1


def test_sentences_inside_a_quotation_in_single_marks_are_units():
    text = (
        "The Swedish brochure says ‘If Sweden is attacked, we will never surrender. Any suggestion to the contrary"
        " is false.’"
    )
    assert [text[start:end] for start, end, _ in unit_spans(text)] == [
        "The Swedish brochure says ‘If Sweden is attacked, we will never surrender.",
        "Any suggestion to the contrary is false.’",
    ]
    plural = "The players’ union said it was ‘not happy’. It will strike."
    assert [plural[start:end] for start, end, _ in unit_spans(plural)] == [
        "The players’ union said it was ‘not happy’.",
        "It will strike.",
    ]


# fresh28 (held out after fresh27's rules): Canadian, South African, British and US pages of 2023-2026


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Article content", "widget label"),  # Postmedia's papers, between every two paragraphs
        ("Advertisement 3", "advertisement"),
        ("Don't want to see this? Remove ads", "advertisement"),
        ("Copy to Clipboard", "widget label"),
        ("Open this photo in gallery:", "widget label"),
        ("lead-art-block.fullscreen-enter Expand", "widget label"),
        ("Share current article via Email Share current article via Facebook", "share prompt"),
        ("Do you have a story to tell? Email: emma.mackenzie@reachplc.com", "site notice"),
        ("You can email Paul Serran here, and read more of Paul Serran's articles here.", "site notice"),
        (
            "Ad block users: Some site features may not work correctly while an ad blocker is enabled.",
            "site notice",
        ),
        ("Original reporting. Fearless journalism. Delivered to you.", "newsletter prompt"),
        (
            "Unlimited online access to National Post and 15 news sites with one account.",
            "subscription prompt",
        ),
        (
            "Ottawa Citizen ePaper, an electronic replica of the print edition to view on any device, share and"
            " comment on.",
            "subscription prompt",
        ),
        ("Register to unlock this article — it’s free", "subscription prompt"),
        ("Please log in to bookmark this story. Log In Create Free Account", "subscription prompt"),
    ],
)
def test_paywalls_and_templates_of_newer_pages_are_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The report said unlimited online access to the archive would cost the library more than it could pay.",
        "Advertisement spending rose 3 per cent in the quarter, the company said.",
        "The article content was reviewed by two editors before it was published on Monday.",
    ],
)
def test_prose_with_a_paywalls_words_stays(line: str):
    assert furniture_reason(line) is None


def test_postmedias_byline_label_and_the_name_under_it_are_the_byline():
    texts = [HEADLINE, "Author of the article:", "Bruce Deachman", *STORY]
    verdicts = classify_blocks(texts)
    assert [verdict.kind for verdict in verdicts[1:3]] == [Kind.BYLINE, Kind.BYLINE]
    assert verdicts[1].drop is None and verdicts[2].drop is None


def test_a_name_and_its_role_among_share_buttons_are_not_a_link_list():
    texts = [
        HEADLINE,
        "November 10, 2025 at 06:21 pm",
        "Share current article via Email Share current article via Facebook",
        "Tania Broughton",
        "Journalist",
        "lead-art-block.fullscreen-enter Expand",
        *STORY,
    ]
    assert classify_blocks(texts)[3].drop is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Pictures show the park before it opened (Image: Walt Disney World Resort via Getty Images)",
            "(Image: Walt Disney World Resort via Getty Images)",
        ),
        (
            "Protesters march downtown. (AP Photo/Damian Dovarganes) AP Photo",
            "(AP Photo/Damian Dovarganes) AP Photo",
        ),
        ("Protesters march downtown. (AP Photo) AP Photo", "(AP Photo) AP Photo"),
        (
            "Migrants wait before entering the country AP Photo/Edgar H. Clemente",
            "AP Photo/Edgar H. Clemente",
        ),
    ],
)
def test_agency_credits_at_a_captions_end_are_their_own_unit(caption: str, credit: str):
    assert [caption[start:end] for start, end, _ in unit_spans(caption)][-1] == credit


def test_a_title_with_its_media_tag_is_no_caption():
    assert not is_caption("Officer Body-Slams High School Girl (Video)")


def test_additional_reporting_from_an_agency_is_a_credit_research_from_a_firm_is_prose():
    assert is_credit("Additional reporting from PA")
    assert not is_credit(
        "Research from my6sense, which is enabling over 100 ad serving clients, found a rise."
    )


# fresh29 (held out after fresh28's rules): other pages of the same sites, from the history of fundus's test data


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Trending: Bragg Was Looking to Charge Trump with a Felony, Could Land Himself in Trouble",
            "related link",
        ),
        ("Share this Story : Brett Belchetz: The Canadian Medical Association is wrong", "share prompt"),
        (
            "For more of the latest showbiz news from Daily Star, make sure you sign up to one of our newsletters"
            " here.",
            "newsletter prompt",
        ),
        ("Subscribe to The Nation", "newsletter prompt"),
        ("Subscribers with digital access can view this article.", "subscription prompt"),
        ("Already a subscriber?", "widget label"),
        ("You've successfully subscribed to this newsletter!", "widget label"),
        # an unseen Postmedia page (The Province, in fundus's test data): a shopping column's disclosure
        ("We independently select everything we recommend.", "site notice"),
        ("Buying through us may earn us a commission, which supports our work.", "site notice"),
        (
            "We independently select everything we recommend. Buying through us may earn us a commission, which"
            " supports our work.",
            "site notice",
        ),
    ],
)
def test_same_sites_other_pages_widgets_are_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason


def test_a_trend_told_in_lower_case_and_a_reported_disclosure_are_prose():
    assert furniture_reason("Trending: the rise of remote work has changed the cities' centres.") is None
    assert furniture_reason("Buying through us may earn us a commission, the retailer's rival said.") is None


def test_a_member_papers_picture_the_wire_carries_is_its_credit():
    caption = "Mourners gather at a vigil in Nashville, Tenn. (Nicole Hester/The Tennessean via AP)"
    *_, (start, end, kind) = unit_spans(caption)
    assert (caption[start:end], kind) == ("(Nicole Hester/The Tennessean via AP)", Kind.CREDIT)
    two = "A girl walks past the campus. (Photo by Jon Super/Xinhua via Getty) (Xinhua/Jon Super via Getty Images)"
    *_, (start, end, kind) = unit_spans(two)
    assert (two[start:end], kind) == (
        "(Photo by Jon Super/Xinhua via Getty) (Xinhua/Jon Super via Getty Images)",
        Kind.CREDIT,
    )
