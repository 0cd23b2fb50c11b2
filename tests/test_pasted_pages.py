"""Furniture on news pages pasted whole (navigation, menus, teaser lists and footers kept in the text).

Samples are short lines from real pages: trafilatura's evaluation pages (github.com/adbar/trafilatura,
tests/eval and tests/cache, Apache-2.0 repository; the pages belong to their publishers and are quoted here
briefly, for testing only): abc13.com, bbc.com, caymancompass.com, corkbeo.ie, edition.cnn.com,
independent.co.uk, japantimes.co.jp, kxan.com, miamitodaynews.com, observer.com, reuters.com,
theintercept.com, timesofisrael.com, vancouversun.com; and, for the site notices of session 5, docs.docker.com,
emacspeak.blogspot.com, foxyfolksy.com, jobsnhire.com, link.springer.com, luxuryhaven.co, mdavis.xyz,
mercurynews.com, nationalrail.co.uk, nature.com, pcgamer.com, pcmag.com, phys.org, pluralsight.com,
popsugar.co.uk, redtri.com, stardewvalleywiki.com, theatlantic.com, thebalance.com, thepointsguy.com,
wikimediafoundation.org; from adbar/htmldate's tests/eval (Apache-2.0 repository): acpjournals.org, boston.com,
hearya.com, newsweek.com, theweek.com, voice-online.co.uk, washingtontimes.com; and cnn.com, buzzfeednews.com,
economist.com, dw.com, theatlantic.com, news24.com, today.com, usatoday.com, venturebeat.com, belfastlive.co.uk,
independent.co.uk, accountancyage.com, thepointsguy.com, googleblog.com, mozilla.org and thegatewaypundit.com,
ktla.com, theverge.com, flawlessfood.co.uk, usatoday.com, latimes.com, nytimes.com, dailyrecord.co.uk,
spokesman.com, cnn.com, businessweek.com and medium.com from the same projects' saved pages. Lines marked "made up" are written for the test.
Each pattern is tested both ways: the furniture is dropped, a similar line of article text is kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsl10n.article import parse_article
from newsl10n.credits import _CREDIT_RES
from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.newsparts import _FURNITURE_PATTERNS, furniture_reason, is_glued_link_list
from newsl10n.sitekinds import LONG_SITE_KIND_PATTERNS
from newsl10n.sitenotices import LONG_NOTICE_PATTERNS
from newsl10n.text import GuardedPattern

# A pasted page's top (caymancompass.com): site menu, a "More" menu, then the article's head and body.
CAYMAN_TOP = [
    "News",
    "Cayman News",
    "Business",
    "Crime and Courts",
    "More",
    "E-versions",
    "Editorial Staff",
    "Help & FAQ",
    "Print Media Kit",
    "Legal",
    "Prison official: ‘Anyone’ could escape from Northward",
    "'Cayman’s prison is not fit for high-risk offenders'",
    "By",
    "James Whittaker",
    "May 4, 2022",
    "Share",
    "Facebook",
    "A senior prison official has said in a sworn affidavit that “anyone with sufficient determination to "
    "escape” from Cayman’s prison could do so.",
]
PROSE = [
    "The Harris County Sheriff's Office is now investigating the incident at the salon chain's location.",
    "Hasib called the police while on his way to the location but ultimately decided to intervene.",
]


def verdicts(texts: list[str]) -> list[tuple[str | None, Kind | None]]:
    return [(verdict.drop, verdict.kind) for verdict in classify_blocks(texts)]


def test_the_headline_after_a_menu_is_not_a_teaser_and_becomes_the_headline():
    result = verdicts(CAYMAN_TOP)
    headline = CAYMAN_TOP.index("Prison official: ‘Anyone’ could escape from Northward")
    assert result[headline] == (None, Kind.HEADLINE)
    assert result[headline + 1][0] is None  # the standfirst
    assert result[headline + 2] == (None, Kind.BYLINE)  # "By"
    assert result[headline + 3] == (None, Kind.BYLINE)  # "James Whittaker"
    assert result[-1] == (None, None)
    assert all(drop for drop, _ in result[: headline - 1])  # both menus and the first line are dropped


def test_without_an_article_below_the_menu_its_lines_stay_teasers():
    texts = [*CAYMAN_TOP[:10], "Prison official: ‘Anyone’ could escape from Northward", "Issues"]
    assert verdicts(texts)[10][0] == "furniture: teaser in 'More' list"


@pytest.mark.parametrize("kicker", ["Biz & IT —", "SLOW MOVING", "Politics:"])  # arstechnica, qz.com
def test_a_kicker_above_the_headline_is_dropped_and_the_headline_promoted(kicker: str):
    headline = "Nigeria’s economy is making a comeback, but not fast enough"
    assert verdicts([kicker, headline, *PROSE]) == [
        ("furniture: section label", None),
        (None, Kind.HEADLINE),
        (None, None),
        (None, None),
    ]


@pytest.mark.parametrize("first", ["FED RAISES RATES", "Fed raises rates"])
def test_a_short_headline_above_a_standfirst_stays_the_headline(first: str):
    standfirst = "The central bank moved for the third time this year, citing inflation"
    assert verdicts([first, standfirst, *PROSE])[0] == (None, None)


def test_a_real_headline_on_line_one_is_kept_and_nothing_is_promoted():
    texts = ["Plumber jailed after boiler killed millionaire's daughter", *CAYMAN_TOP[1:]]
    result = verdicts(texts)
    assert result[0] == (None, None)
    assert Kind.HEADLINE not in {kind for _, kind in result}


def test_the_article_reader_takes_the_found_headline_when_line_one_is_navigation(tmp_path):
    path = tmp_path / "pasted.txt"
    path.write_text("\n\n".join(CAYMAN_TOP) + "\n", encoding="utf-8")
    article = parse_article(path.read_text(encoding="utf-8"), path)
    headlines = [unit.text for unit in article.units if unit.kind == Kind.HEADLINE]
    assert headlines == ["Prison official: ‘Anyone’ could escape from Northward"]
    assert any(item.text == "News" for item in article.dropped)


HEADLINE_ON_LINE_TWO = "Prison official: ‘Anyone’ could escape from Northward"


def test_the_article_reader_keeps_a_byline_on_line_one_and_takes_the_headline_below_it(tmp_path):
    path = tmp_path / "wire.txt"
    blocks = [
        "By John Smith",
        HEADLINE_ON_LINE_TWO,
        "GEORGE TOWN (CNS) — The prison's director said on Tuesday that anyone could escape.",
    ]
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    article = parse_article(path.read_text(encoding="utf-8"), path)
    kinds = {unit.text: unit.kind for unit in article.units}
    assert kinds["By John Smith"] == Kind.BYLINE and kinds[HEADLINE_ON_LINE_TWO] == Kind.HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "HomeWeatherTrafficWatchPhotosApps",  # abc13.com
        "Privacy PolicyDo Not Sell My Personal InformationChildren's Privacy PolicyYour US State Privacy Rights",
        "Contact UsABC13 News TeamCareersEnter to Win About ABC13 HoustonSubmit A News TipABC13 Merchandise",
        "Terms of UseInterest-Based AdsPublic Inspection FileFCC Applications",
    ],
)
def test_nav_bars_glued_without_separators_are_dropped(line: str):
    assert is_glued_link_list(line)
    assert furniture_reason(line) == "glued link list"


@pytest.mark.parametrize(
    "line",
    [
        "Aisha's Salon and Spa chain bans men from entering any of its 25 locations after man's lewd act",
        "DeSantis and McConnell clash over YouTube ban",  # made up: names and brands are not joins
        "McDonald's and JPMorgan staff join iPhone protest",  # made up
        "LVMH Gives the Louvre a $16M Boost to Acquire a Chardin Masterpiece",  # observer.com
        "[Photo: RADsan/iStock]",  # fastcompany.com: a credit whose names run on into capitals
        "Artist: R3dFiVe",
        "りんごのマークやiPhoneの表示がついたままで、不正に改造したiPhoneを販売することは",  # no spaces in Japanese
    ],
)
def test_capitalised_names_and_headlines_are_not_glued_nav(line: str):
    assert not is_glued_link_list(line)
    assert furniture_reason(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Do Not Sell My Personal Information", "legal line"),  # abc13.com, reuters.com
        ("Do not sell my data", "legal line"),  # observer.com
        ("Report a correction or typo", "legal line"),  # abc13.com
        ("Powered by WordPress VIP", "legal line"),  # observer.com
        ("© Copyright Cayman Compass Ltd.", "copyright line"),
        ("Copyright © 2020 BBC. The BBC is not responsible for the content of external sites.", "legal line"),
        ("Sorry, but your browser needs Javascript to use this site.", "browser notice"),  # japantimes
        (
            '<iframe width="476" height="267" src="https://abc13.com/video/embed/?pid=1" ></iframe>',
            "embed code",
        ),
        ("EMBED <>More Videos", "embed code"),  # abc13.com
        ("Slideshow ( 15 images )", "embed code"),  # reuters.com
        ("LEAVE A REPLY Cancel reply", "comment form"),  # caymancompass.com
        ("Log in to leave a comment", "comment form"),
        ("Your email address will not be published. Required fields are marked *", "comment form"),  # miami
        ("Share your thoughts and debate the big issues", "comment form"),  # independent.co.uk
        (
            "By signing up, I agree to receive emails from The Intercept and to the Privacy Policy and Terms of Use.",
            "consent notice",
        ),
        ("Never miss the latest news by signing up to our newsletter today!", "newsletter prompt"),  # corkbeo
        ("Sign Up for Breaking News & Daily Reports", "newsletter prompt"),  # kxan.com
        ("Inside politics newsletter", "newsletter prompt"),  # independent.co.uk
        (
            "Get The Times of Israel's Daily Edition by email and never miss our top stories Free Sign Up",
            "newsletter prompt",
        ),
        (
            "Help support our journalism and enjoy the site ADS FREE - for as little as $6 a month",
            "donation prompt",
        ),
        ("We rely on your support to make local news available to all", "donation prompt"),  # gothamist
        ("Available for everyone, funded by readers", "donation prompt"),  # theguardian.com
        ("Make a contribution", "donation prompt"),  # theguardian.com
        ("Become a member today", "donation prompt"),  # made up, the usual label
        ("Be part of the conversation", "comment form"),  # standard.co.uk
        ("Please log in here to leave a comment.", "comment form"),  # thelocal.se
        ("Join our Newsletter for the latest news right to your inbox", "newsletter prompt"),  # wsvn.com
        ("Watch India, Pakistan should take bilateral route to resolve all disputes: China", "related link"),
        ("Tech, Donald Trump, facebook, Fact Check, fake news, Snopes", "tags"),  # breitbart.com
        ("Read More Stories About:", "list heading"),  # breitbart.com
        ('"In Case You Missed It..."', "list heading"),  # tmz.com
        ("More about the federal debt and the economy", "list heading"),  # nytimes.com
        ("Resize Text", "widget label"),  # washingtonpost.com
        ("Share on TwitterTweet", "share prompt"),  # washingtonpost.com
        ("report this ad", "widget label"),  # breitbart.com
        ("Open in the app", "widget label"),  # nytimes.com
        ("Skip Ad", "widget label"),  # washingtonpost.com video player
        ("skimming scheme seized cash and cards.jpg", "widget label"),  # al.com: an image's file name
        (
            "Note to readers: if you purchase something through one of our affiliate links we may earn a commission.",
            "site notice",
        ),  # al.com
        ("A version of this article appears in print on , on Page A1 of the New York edition", "site notice"),
        (
            "Tech Enabled: CNET chronicles tech's role in new kinds of accessibility. Check it out here.",
            "link prompt",
        ),
        ("Up Next Governments suck at social media, but you deserve some blame", "link prompt"),  # cnet.com
        (
            "To encourage thoughtful and respectful conversations, first and last names will appear with each "
            "submission to CBC/Radio-Canada's online communities. Pseudonyms will no longer be permitted.",
            "comment policy",
        ),  # cbc.ca
        (
            "By submitting a comment, you accept that CBC has the right to reproduce and publish that comment. "
            "Comments on this story are moderated according to our Submission Guidelines.",
            "comment policy",
        ),  # cbc.ca
        # ScrapingHub benchmark pages as trafilatura extracts them
        ("comments powered by Disqus", "comments"),
        ("Comments are closed.", "comments"),
        ("Post Comment (+)", "comments"),
        ("Join Discussion", "comments"),
        ("Comment on this Story", "comments"),
        ("Ecoflow River 370 Review: Charge up to 9 devices with this power station [Video]", "related link"),
        ("Tell us what YOU think...", "comments"),
        ("Also: See Black Friday coverage at CNET", "link prompt"),
        ("GET FOX BUSINESS ON THE GO BY CLICKING HERE", "link prompt"),
        (
            "Subscribe to the 9to5Toys YouTube Channel for all of the latest videos, reviews, and more!",
            "link prompt",
        ),
        (
            "Get Motor Cycle Monthly delivered through your letterbox every month. Click here for more",
            "link prompt",
        ),
        (
            "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.",
            "follow prompt",
        ),
        ("If you buy something through this post, IGN may get a share of the sale.", "site notice"),
        (
            "By submitting this form you agree to pv magazine using your data to publish your comment.",
            "consent notice",
        ),
        ("You may revoke this consent at any time with effect for the future.", "consent notice"),
        ("Further information on data privacy can be found in our Data Protection Policy.", "consent notice"),
        (
            "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
            "newsletter prompt",
        ),
        ("copyright Inexhibit 2019 - ISSN: 2283-5474", "copyright line"),
        (
            '[button link="http://www.morebikes.co.uk/submit-kit-review/" type="big"] Send us YOUR kit review',
            "embed code",
        ),
        ("Follow us on:", "follow prompt"),
        ("These are external links and will open in a new window", "widget label"),  # bbc.com
        ("Click to share on Reddit (Opens in new window)", "widget label"),  # made up, the usual label
        (
            "Front Page » Transportation » Transit tax trust rejects county’s South Dade Transitway data",
            "widget label",
        ),
        ("Share Adjust Comment Print", "share prompt"),  # vancouversun.com
        ("[ Read All Comments ]", "comments"),  # macrumors.com (ScrapingHub set): a link set off as a button
        ("(View all)", "gallery control"),  # macrumors.com (ScrapingHub set)
        ("Related post: Pickled Brussels Sprouts Recipe", "related link"),  # a food blog (ScrapingHub set)
        ("Related Coverage: Kyiv braces for winter", "related link"),  # made up
        ("Continue reading the main story", "widget label"),  # nytimes.com (readability's test pages)
        ("Tweet", "share prompt"),  # nytimes.com
        ("Advertisement - Continue Reading Below", "advertisement"),  # made up, the usual label
        ("Listen to this article", "widget label"),  # made up, the usual label
        ("Loading...", "widget label"),  # made up
        ("Appeared in the March 3, 2020, print edition.", "site notice"),  # made up, wsj.com's form
        ("Name *", "comment form"),  # WordPress's comment form
        ("Cancel reply", "comment form"),
        ("Δ", "comment form"),  # WordPress's anti-spam field
        (
            "Copyright 2020 The Associated Press. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed.",
            "copyright line",
        ),
        ("This material may not be published, broadcast, rewritten or redistributed.", "copyright line"),
        ("About the Author", "widget label"),
        ("View all posts by Jane Doe", "widget label"),
        ("Page 1 of 3", "widget label"),
        ("Like Loading...", "widget label"),  # WordPress
        ("Log In", "widget label"),
        ("Click to enlarge", "widget label"),
        ("Top Posts & Pages", "list heading"),  # WordPress's widgets from here
        ("Archives", "list heading"),
        ("Entries feed", "widget label"),
        ("ADVERTISING", "sponsored"),  # made up from here: the usual labels of news sites' widgets
        ("Paid Post", "sponsored"),
        ("From our partners", "sponsored"),
        ("Listen", "widget label"),
        ("Save for later", "widget label"),
        ("Share full article", "widget label"),
        ("Log in / Register", "widget label"),
        ("Live updates", "widget label"),
        ("Scroll down for video", "widget label"),
        ("Next slide", "gallery control"),
        ("Swipe for more", "gallery control"),
        ("Comments (12)", "comments"),
        ("View 12 comments", "comments"),
        ("Sign in to comment", "comments"),
        ("Sort by", "comments"),
        ("Follow us on Google News", "follow prompt"),
        ("Join our WhatsApp channel", "follow prompt"),
        ("Report an error", "site notice"),
        ("Got a story? Email us at news@example.com", "site notice"),
        ("Enter your email address", "form field"),
        ("Accept all cookies", "form field"),
        ("PHOTOS: Kyiv braces for winter", "related link"),
        ("Posted in News, Politics", "tags"),  # WordPress
        ("Reading time: 3 minutes", "reading time"),
        ("Loading comments...", "form message"),  # theguardian.com (ScrapingHub set)
        ("Show new comments (0)", "form message"),
        ("Thanks for signing up!", "form message"),  # cbssports.com (ScrapingHub set)
        ("There was an error processing your subscription.", "form message"),  # cbssports.com
        ("An error has occurred, please try again later.", "form message"),  # barrons.com (ScrapingHub set)
        ("More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports", "link line"),  # apnews.com
        ("Listen: http://po.st/TP_615", "link line"),  # a podcast page (ScrapingHub set)
        (
            "This copy is for your personal, non-commercial use only. To order copies, contact us.",
            "site notice",
        ),
        ("Popular on IndieWire", "list heading"),  # indiewire.com (ScrapingHub set)
        (
            "If you enjoyed this article, we have a proposition for you: Join NRPLUS. Members get all our content.",
            "donation prompt",
        ),  # nationalreview.com (ScrapingHub set)
        (
            "Get the day’s top headlines delivered to your inbox every morning by subscribing to our newsletter.",
            "newsletter prompt",
        ),  # spokesman.com (ScrapingHub set)
        (
            "Sign up to get the best content of the week, and great gaming deals, as picked by the editors.",
            "newsletter prompt",
        ),  # pcgamer.com
        ("Get Morning Report and other email newsletters", "newsletter prompt"),  # mercurynews.com
        ("Send me email every new post.", "newsletter prompt"),  # foxyfolksy.com
        ("Stay up-to-date on our work.", "newsletter prompt"),  # wikimediafoundation.org
        (
            "Missing out on the latest developments? Enter your email below to receive future announcements.",
            "newsletter prompt",
        ),  # made up, blog.wordpress.com's form
        (
            "Join the thousands of readers who get our picks delivered every Friday.",
            "newsletter prompt",
        ),  # made up
        (
            "To view the full story, please subscribe to The Example Times. You can choose a weekly plan.",
            "subscription prompt",
        ),  # made up, a paywall's form
        ("Instant access to the full article PDF.", "subscription prompt"),  # link.springer.com
        ("Subscription will auto renew annually.", "subscription prompt"),  # link.springer.com
        (
            "If you’re seeing this message but you’re already a subscriber, you can log in for immediate access.",
            "subscription prompt",
        ),  # made up, a paywall's form
        (
            "For the latest stories and breaking news updates download the Example News apps for iOS and Android.",
            "app prompt",
        ),  # made up, nationnews.com's form
        ("POPSUGAR Would Like To Send You Push Notifications.", "app prompt"),  # popsugar.co.uk
        (
            "We want to hear what you think about this article. Submit a letter to the editor.",
            "site notice",
        ),  # theatlantic.com
        ("Submit your letter to the editor via this form.", "site notice"),  # mercurynews.com
        (
            "This post contains references to products from one or more of our advertisers.",
            "site notice",
        ),  # thepointsguy.com
        (
            "We recommend the best products through an independent review process, and advertisers do not "
            "influence our picks.",
            "site notice",
        ),  # thebalance.com
        (
            "Advertising disclosure: We may receive compensation for some of the links in our stories.",
            "site notice",
        ),
        ("Simple theme. Powered by Blogger.", "legal line"),  # emacspeak.blogspot.com
        ("View my complete profile", "legal line"),  # emacspeak.blogspot.com
        ("ReplyDelete", "legal line"),  # luxuryhaven.co (Blogger's comment buttons)
        (
            "Content is available under Creative Commons Attribution-NonCommercial-ShareAlike unless otherwise noted.",
            "legal line",
        ),  # stardewvalleywiki.com
        (
            "Use of this Web site constitutes acceptance of our Terms and Conditions of Use and Privacy Policy.",
            "legal line",
        ),  # jobsnhire.com
        ("On this page:", "widget label"),  # docs.docker.com
        ("You are here:", "widget label"),  # nationalrail.co.uk
        ("Latest on:", "widget label"),  # nature.com
        ("Read the latest from Matthew Humphries", "widget label"),  # pcmag.com
        ("find more by Matthew Davis", "widget label"),  # mdavis.xyz
        ("more stories you may have missed", "widget label"),  # redtri.com
        ("Feedback to editors", "widget label"),  # phys.org
        ("21 minutes - 4312 words", "reading time"),  # pluralsight.com
        ("View More ▸", "widget label"),  # theweek.com: a link's label with its arrow
        ("Loading weather data ...", "widget label"),  # cnn.com
        ("2 comments·", "comments"),  # buzzfeednews.com
        ("Comments sidebar", "widget label"),  # buzzfeednews.com
        ("from the print edition | Science and Technology", "site notice"),  # economist.com
        ("- Send us your feedback.", "site notice"),  # dw.com
        ("- Permalink https://p.dw.com/p/18l3T", "site notice"),  # dw.com
        ("Find out more here.", "link prompt"),  # made up
        ("Read: Two disasters are exponentially worse than one", "related link"),  # theatlantic.com
        ("Your name(required)", "comment form"),  # ktla.com
        ("Share this Story : Ottawa Citizen", "share prompt"),  # Postmedia's sites
        ("- Advertisement -", "advertisement"),  # kentnews.online
        ("Advertisement · Scroll to continue", "advertisement"),  # reuters.com
        ("BGR may receive a commission", "site notice"),  # bgr.com
        (
            "Disclosure: ZDNet may earn a commission from some of the products featured on this page.",
            "site notice",
        ),
        ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY", "subscription prompt"),  # Postmedia's paywall
        ("REGISTER / SIGN IN TO UNLOCK MORE ARTICLES", "subscription prompt"),  # Postmedia's paywall
        ("We encountered an issue signing you up. Please try again", "form message"),  # Postmedia
        ("Share your thoughts and join the conversation in the comments.", "comment policy"),  # Postmedia
        ("Learn about our editorial policies", "site notice"),  # thebalance.com
        ("Next On BuzzFeed News ›", "widget label"),  # buzzfeednews.com
        ("Type ? for help and tips", "widget label"),  # github.com's keyboard help
        ("Ad Feedback", "widget label"),  # cnn.com
        ("You have successfully emailed the post.", "form message"),  # businessinsider.com
        ("Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest", "share prompt"),  # Blogger
        ("tweet share Reddit Pocket Flipboard Email", "share prompt"),  # vox.com
        ("Please follow Money Game on Twitter and Facebook.", "follow prompt"),  # businessinsider.com
        ("Choose the plan that's right for you.", "subscription prompt"),  # GateHouse's paywall
        ("FTC: We use income earning auto affiliate links. More.", "site notice"),  # 9to5mac.com
        ("You may also be interested in...", "list heading"),  # inexhibit.com
        ("Travel & Leisure this link opens in a new tab", "widget label"),  # realsimple.com
        ("| UPDATED:", "widget label"),  # a stamp's label left without its date
        ("We apologize, but this video has failed to load.", "media notice"),  # made up, the usual message
        ("This slideshow requires JavaScript.", "media notice"),  # WordPress's gallery
        ("View image in fullscreen", "widget label"),  # theguardian.com
        (
            "What do you think? Scroll down to comment below.",
            "readers' prompt",
        ),  # made up; a question and its ask
        ("Email (required)", "comment form"),  # theverge.com
        ("Sharing is caring!", "share prompt"),  # flawlessfood.co.uk
        ("Share This Story!", "share prompt"),  # usatoday.com
        (
            "Let friends in your social network know what you are reading about",
            "share prompt",
        ),  # usatoday.com
        ("Copy Link URLCopied!", "share prompt"),  # latimes.com
        ("Continue reading the main story Share This Page", "share prompt"),  # nytimes.com
        ("A link has been sent to your friend's email address.", "form message"),  # usatoday.com
        ("Posted!", "form message"),  # usatoday.com
        ("Invalid emailSomething went wrong, please try again later.", "form message"),  # dailyrecord.co.uk
        ("You have been successfully subscribed!", "form message"),  # spokesman.com
        ("Save this story for later.", "widget label"),  # Condé Nast's sites
        ("Video Ad Feedback", "widget label"),  # cnn.com
        ("1 2 of 2 Next Page", "widget label"),  # businessweek.com
        ("FollowFollowing", "widget label"),  # medium.com
        ("Wordcount: 717", "reading time"),  # spokesman.com
        ("about 8 hours ago by GadgetFanboy 9 comments", "comments"),  # theverge.com's forum widget
        ("READ | OUTsurance's Australian business hit by bushfires", "related link"),  # news24.com
        (
            "RELATED: Pat Benatar is moving on from her gorgeous Maui home — see inside!",
            "related link",
        ),  # today.com
        ("ALSO ON DRIVE ON: Your questions answered about GM's IPO.", "related link"),  # usatoday.com
        ("See photos of: General Motors", "related link"),  # usatoday.com
        ("Next Story: Foursquare working with Facebook Places … somehow", "related link"),  # venturebeat.com
        ("Join our Belfast Live breaking news service on WhatsApp", "follow prompt"),  # belfastlive.co.uk
        (
            "Subscribe to Independent Premium to bookmark this article",
            "subscription prompt",
        ),  # independent.co.uk
        ("Follow AP's coverage at https://apnews.com/hub/coronavirus-pandemic", "promotion"),  # AP's rider
        (
            "Click to search our database of all the latest accountancy roles",
            "link prompt",
        ),  # accountancyage.com
        (
            "Editorial Disclaimer: Opinions expressed here are the author’s alone, not those of any bank.",
            "site notice",
        ),  # thepointsguy.com
        ("About the writer", "widget label"),  # newsweek.com
        ("Submit a Comment", "comments"),  # acpjournals.org
        ("No comments:", "comments"),  # Blogger's comment count
        ("{ 1 trackback }", "comments"),  # hearya.com (WordPress)
        ("Comments Form", "comments"),  # voice-online.co.uk
        ("Please read our comment policy before commenting.", "comment policy"),  # washingtontimes.com
        ("Read our full community guidelines.", "comment policy"),  # boston.com
        (
            "Strict Standards: Non-static method Plugin::execute() should not be called statically in "
            "/www/htdocs/site/wp-content/themes/tma/footer.php on line 12",
            "page markup",
        ),  # made up, the form einfachspanien.de's server printed
    ],
)
def test_site_lines_are_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The company said it does not sell personal information to advertisers.",  # made up
        "© Aaron Schwartz",  # a photo credit, not a copyright line
        "The museum's slideshow of 15 images drew crowds on Sunday.",  # made up
        "She said she would leave a reply on the council's website before the deadline.",  # made up
        "By signing up, the city agreed to pay the contractor more than it had planned.",  # made up
        "The newsletter was sent to every parent in the district on Monday.",  # made up
        "Donors say they support local journalism because it holds officials to account.",  # made up
        "CNN has reached out to the royal family for comment.",  # edition.cnn.com
        "LVMH’s donation will cover a portion of the purchase price for Basket of Wild Strawberries.",  # observer
        "Texas voters approved an amendment to the state constitution on Tuesday.",  # kxan.com
        "We rely on your support, the mayor told volunteers at the food bank on Friday.",  # made up
        "Residents can make a contribution to the relief fund at any branch of the bank.",  # made up
        "She wanted to be part of the conversation about the city's future, she said.",  # made up
        "March 3, 2020",  # a date alone may head a part of a timeline
        "Fire at 10:30",  # made up: a subhead with a time in it
        "Watch the skies",  # made up: a subhead
        "Paris, London, Berlin, Rome and Madrid",  # made up: a list in prose is not a tag row
        "Path A: Iceland, Bulgaria, Israel, Hungary, Romania",  # scrapinghub benchmark: an article's list
        "Facebook said comments are moderated by a team of 15,000 people.",  # made up
        "Comments are moderated by a team in Dublin.",  # made up: no site voice
        "The Times said real names will appear on all letters.",  # made up
        "Residents said: the water came here.",  # made up
        "Copyright law changed in 2019, experts say.",  # made up
        "Follow the money, investigators said.",  # made up
        "When you buy a house, the agent earns a commission, she said.",  # made up
        "Also: the minister resigned.",  # made up
        "Subscribe to newsletters, the minister urged.",  # made up
        "| Ticker | Security | Last | Change | Change % |",  # a table's head row (ScrapingHub benchmark)
        "(Reuters)",  # made up: an agency in brackets is no button
        "[Laughter]",  # made up: a transcript's note
        "Related stories of survival emerged from the rubble, rescuers said.",  # made up
        "Continue reading the story, the judge told the jury.",  # made up
        "Loading took six hours.",  # made up
        "More stories emerged on Monday.",  # made up
        "He appeared in the print edition of the paper for 30 years.",  # made up
        "Website",  # made up: a subhead (only a form's field has an asterisk)
        "Page 1 of the report was blank, officials said.",  # made up
        "The material may not be published until Friday, the court said.",  # made up
        "An error occurred in the launch software, NASA said.",  # made up
        "Thank you for your interest, the minister told the envoy.",  # made up
        "If you enjoyed this article, you will love the book.",  # made up
        "All comments made by the minister were recorded.",  # made up
        "Something went wrong with the engine.",  # made up
        "Listen: the minister said no.",  # made up
        "Other news emerged on Monday.",  # made up
        "Categories of weapons were listed in the annex, the ministry said.",  # made up
        "Listen to the minister, he said.",  # made up
        "Live from Kyiv, the minister spoke.",  # made up
        "Next year the talks resume.",  # made up
        "Continue the talks, the minister urged.",  # made up
        "Accept the deal or leave, Peskov said.",  # made up
        "Photos: the minister said no.",  # made up
        "Like many others, she left.",  # made up
        "Report an error in the law, lawyers said.",  # made up
        "Live music",  # made up: a subhead
        "Posted in 2019, the video went viral.",  # made up
        "Sign up to get vaccinated, the health minister urged residents.",  # made up
        "Customers can download the app for iOS and Android from Monday, the company said.",  # made up
        "Download the app for iOS, the minister urged.",  # made up
        "Unlimited access to all the data was granted to the researchers.",  # made up
        "To read the full story of the siege, historians turn to the diaries.",  # made up: no subscribing
        "Readers wrote hundreds of letters, and the editor printed three.",  # made up
        "We may receive compensation from the fund, the union said.",  # made up
        "Stay informed about the storm, the mayor told residents.",  # made up
        "Join the thousands of protesters who marched on Sunday.",  # made up: no one gets anything
        "Read the latest report from the commission before the vote.",  # made up
        "Warning: the storm will reach the coast on Tuesday.",  # made up: no server's error
        "- Sign up for the Disney+ bundle using the same email as your Hulu account",  # a how-to's own step
        "- Send the form by Friday.",  # made up
        "Watch how much the compressed text on the right side changes from a one-letter change",  # googleblog
        "- Watch videos & view photos",  # mozilla.org: a product's feature, not a link to a video
        "[Note: in the test above, the woman’s eyes corresponded to “desire”; the man’s to “upset”.]",  # economist
        "Read: the minister said the deal was done and the talks were over for now.",  # made up
        "Recommended doses were halved, the ministry said.",  # made up
        "Sent to prison for ten years, he appealed.",  # made up
        "Of 2,000 applicants, only 40 were hired.",  # made up
        "Apple may get a share of the market.",  # made up
        "The broker may receive a commission from the sale, the regulator said.",  # made up
        "Click here to read the unsealed search warrant on the suspect's apartment in Pullman, Washington.",
        "No comment, the minister said.",  # made up
        "Read our guide to the election before you vote.",  # made up
    ],
)
def test_similar_article_sentences_are_kept(line: str):
    assert furniture_reason(line) is None


def test_a_menu_keeps_its_links_that_are_dropped_already():
    texts = [*PROSE, "Share", "Next", "World", "Business"]  # "Share", "Next" are dropped on their own
    assert [drop for drop, _ in verdicts(["Kyiv braces for winter", *texts])][5:] == [
        "furniture: link list"
    ] * 2


def test_a_longer_line_between_menu_items_is_a_menu_item():
    texts = [
        "Prison official: ‘Anyone’ could escape from Northward",
        "Letters",
        "Columns",
        "Cartoons",
        "Your Guide to Surviving Hurricane Season",  # between caymancompass.com's menu items
        "Sports",
        "Politics",
        "Weather",
        *PROSE,
    ]
    assert verdicts(texts)[4][0] == "furniture: inside a link list"


def test_a_subhead_between_paragraphs_is_kept():
    texts = [PROSE[0], "Meghan had suicidal thoughts", PROSE[1]]  # edition.cnn.com subhead
    assert verdicts(texts)[1] == (None, None)


BBC_TAIL = [
    "Features",
    "What unites young people against Obama and Trump",
    "Can you become immune to coronavirus?",
    "Shooting celebrities: Thirty years behind the lens",
    "Five claims in Trump niece's tell-all book",
]


def test_title_lists_after_the_article_are_dropped_whatever_their_heading():
    result = verdicts(["Coronavirus: New York ramps up mass burials amid outbreak", *PROSE, *BBC_TAIL])
    assert [drop for drop, _ in result[3:]] == ["furniture: title list after the article"] * len(BBC_TAIL)


def test_short_lines_inside_the_article_are_kept():
    texts = ["Coronavirus: New York ramps up mass burials amid outbreak", PROSE[0], *BBC_TAIL[1:3], PROSE[1]]
    assert [drop for drop, _ in verdicts(texts)] == [None] * len(texts)


def test_a_numbered_ranking_in_the_article_is_kept():
    ranking = ["1. Finland", "2. Norway", "3. Australia", "4. Canada", "5. Germany"]  # money.cnn.com
    headline = "The happiest countries in the world"
    for texts in ([headline, PROSE[0], *ranking, PROSE[1]], [headline, PROSE[0], PROSE[1], *ranking]):
        assert [drop for drop, _ in verdicts(texts)] == [None] * len(texts)


def test_the_title_next_to_a_gallery_link_is_the_gallerys():
    texts = [  # washingtonpost.com
        "Gunmen kill 19 at a museum in Tunisia",
        PROSE[0],
        "At least 17 dead in Tunisia after attack in capital city",
        "View Photos",
        PROSE[1],
        "Map: Flow of foreign fighters to Syria View Graphic",
        "Map: Flow of foreign fighters to Syria",
        PROSE[0],
    ]
    drops = [drop for drop, _ in verdicts(texts)]
    assert drops[:5] == [None, None, "furniture: gallery title", "furniture: gallery control", None]
    assert drops[5:] == ["furniture: gallery control", "furniture: gallery title", None]


def test_a_subhead_next_to_an_image_link_is_kept():
    texts = [
        "Gunmen kill 19 at a museum in Tunisia",
        PROSE[0],
        "What happens next",
        "Enlarge this image",
        PROSE[1],
    ]
    assert [drop for drop, _ in verdicts(texts)][2] is None


@pytest.mark.parametrize("kicker", ["Technology", "Business·Updated"])  # theatlantic.com, cbc.ca
def test_a_one_word_section_above_the_headline_is_dropped(kicker: str):
    texts = [kicker, "Why New Yorkers Received a Push Alert About a Manhunt", *PROSE]
    assert verdicts(texts)[:2] == [("furniture: section label", None), (None, Kind.HEADLINE)]


def test_the_headline_again_behind_a_section_label_is_dropped():
    headline = "As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military"
    texts = [headline, f"Economy|{headline}", *PROSE]  # nytimes.com
    assert [drop for drop, _ in verdicts(texts)] == [None, "furniture: repeats the headline", None, None]


def test_three_title_case_headlines_in_the_body_are_a_teaser_list():
    teasers = [  # news.yahoo.com
        "Pizza Man Making Special Delivery Pizza Delivery to Afghanistan During Super Bowl",
        "Redesigned Scopes Fail to Stop 'Superbug Outbreaks",
        "Antarctica 'Penguin Post Office' Attracts Record Number of Applicants",
    ]
    texts = ["Veteran Wraps Baby in American Flag", PROSE[0], *teasers, PROSE[1]]
    assert [drop for drop, _ in verdicts(texts)][2:5] == ["furniture: headline list"] * 3


def test_headlines_with_a_kicker_and_colon_are_still_a_teaser_list():
    teasers = [  # space.com (ScrapingHub set): related stories, then the author's note
        "- Moon Rush: Private Lunar Lander Plans",
        "- Here's Where Commercial Landers Will Land on the Moon for NASA",
        "- NASA: The International Space Station Is Open for Business in Orbit",
    ]
    note = (
        "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik. Follow us on Twitter @Spacedotcom."
    )
    texts = [
        "NASA adds five companies to commercial lunar lander program",
        PROSE[0],
        PROSE[1],
        *teasers,
        note,
    ]
    assert verdicts(texts)[3:] == [("furniture: headline list", None)] * 3 + [(None, Kind.CREDIT)]


def test_a_wordpress_widget_between_paragraphs_is_dropped_with_its_teasers():
    widget = ["Recent Posts", "Kyiv braces for winter as talks stall", "Patriot systems arrive in Poland"]
    texts = ["Kremlin says Patriots are a target", PROSE[0], *widget, PROSE[1]]
    assert [drop for drop, _ in verdicts(texts)] == [
        None,
        None,
        "furniture: list heading",
        "furniture: teaser in 'Recent Posts' list",
        "furniture: teaser in 'Recent Posts' list",
        None,
    ]


def test_an_articles_own_lists_are_kept():
    tour = [  # scrapinghub benchmark: tour dates, after the last paragraph and between two
        "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
        "June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre",
        "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre",
        "June 17 – Nashville, TN @ Bridgestone Arena",
    ]
    teams = [
        "Spain (Group F): 11th appearance",
        "Sweden (Group F): Seventh appearance",
        "Wales (Group E): Second one",
    ]
    features = ["Better Android support", "Bugs fixed", "Challenges coming soon"]
    headline = "The Doobie Brothers Announce Their Summer Tour"
    for texts in (
        [headline, PROSE[0], PROSE[1], *tour],
        [headline, PROSE[0], PROSE[1], *teams],
        [headline, PROSE[0], *features, PROSE[1]],
    ):
        assert [drop for drop, _ in verdicts(texts)] == [None] * len(texts)


def test_a_headline_in_capitals_between_paragraphs_is_a_link_but_a_short_subhead_is_kept():
    link = "CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM"  # foxbusiness.com
    subhead = "HOW TO USE A WATER BATH CANNER"  # a recipe's own subhead
    drops = [
        drop for drop, _ in verdicts(["Home Depot sales miss", PROSE[0], link, PROSE[1], subhead, PROSE[0]])
    ]
    assert drops == [None, None, "furniture: link in capitals", None, None, None]


def test_dates_in_an_articles_own_list_are_not_teaser_dates():
    tour = [  # ScrapingHub benchmark: a tour's dates, each line a date and a venue
        "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
        "June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre",
        "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre)",
        "June 17 – Nashville, TN @ Bridgestone Arena",
        "June 19 – Charlotte, NC @ PNC Music Pavilion",
    ]
    texts = ["The Doobie Brothers Announce Their Summer Tour", PROSE[0], *tour, PROSE[1]]
    assert [drop for drop, _ in verdicts(texts)] == [None] * len(texts)


def test_titles_each_followed_by_a_date_are_a_teaser_list():
    texts = [
        "Coronavirus: New York ramps up mass burials amid outbreak",
        *PROSE,
        "Melbourne begins second shutdown after cases spike",  # bbc.com sidebar
        "8 July 2020",
        "Protesters storm Serb parliament over Covid curfew",
        "8 July 2020",
        PROSE[0],
    ]
    assert [drop for drop, _ in verdicts(texts)][3:7] == ["furniture: dated teaser list"] * 4


def test_one_title_with_its_date_is_kept():
    texts = [
        "Coronavirus: New York ramps up mass burials amid outbreak",
        "10 April 2020",  # bbc.com: the article's own date
        *PROSE,
    ]
    assert [drop for drop, _ in verdicts(texts)] == [None] * len(texts)


def _corpus_lines() -> list[str]:
    """Every line of the news set, the saved pages' text and the lists of wordings, and this module's furniture
    lines."""
    data = Path(__file__).parent / "data"
    files = [*sorted((data / "news").rglob("*.txt")), *sorted((data / "pages").rglob("*"))]
    lines = [line.strip() for path in files if path.is_file() for line in _text_of(path).splitlines()]
    wordings = [
        line.split("\t", 1)[-1]
        for path in sorted((data / "wordings").glob("*.tsv"))
        for line in _text_of(path).splitlines()
    ]
    return [line for line in lines + wordings if line] + FORM_MESSAGES


def _text_of(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return ""


FORM_MESSAGES = [  # made up: each alternative of the guarded patterns once
    "Check your email to confirm your subscription.",
    "Keep an eye on your inbox.",
    "Oops! Please try again.",
    "Something went wrong. Please try again later.",
    "This article has been sent to your friend.",
    "Jane Doe contributed reporting from Kyiv.",
    "Sign up for our morning newsletter",
    "We are a listener-supported newsroom, and we answer to no one else.",
    "News that matters is made possible by readers like you.",
    "Already a supporter? Sign in",
    "Hi, this is Anna Petrenko. I write about energy for this site. If you value our journalism, join us.",
    "Please bet responsibly.",
    "When using materials of this site, a hyperlink to it is mandatory.",
    "Content from Instagram cannot be displayed until you accept cookies.",
    "Members only",
    "Our Morning Brief newsletter is free. Subscribe today.",
    "To join the discussion, please log in to your account.",
    "The Courier is a member of the Press Council. Complaints about our stories can go to www.presscouncil.example.",
    "You need Adobe Flash Player to view this video.",
    "We will use your email address only to send you our newsletter.",
    "Our breaking news alert tells you first.",
]


def test_a_guarded_pattern_only_matches_text_holding_one_of_its_words():
    """A cheap word test stands before some costly patterns: it must never hide a line they match."""
    guarded = [
        pattern
        for _, pattern in (*_FURNITURE_PATTERNS, *LONG_NOTICE_PATTERNS, *LONG_SITE_KIND_PATTERNS)
        if isinstance(pattern, GuardedPattern)
    ]
    guarded += [pattern for pattern in _CREDIT_RES if isinstance(pattern, GuardedPattern)]
    lines = _corpus_lines()
    checked = 0
    for guard in guarded:
        for line in lines:
            if guard.pattern.match(line):
                checked += 1
                assert guard.match(line), (guard.words, line)
    assert checked >= len(FORM_MESSAGES)


def test_a_blogs_recent_posts_with_their_dates_are_a_teaser_list():
    posts = [
        "- 15 Baby Nursery Must Haves for Optimal Sleep - October 24, 2020",  # thepostpartumparty.com
        "- 20 Gorgeous Winter Baby Shower Ideas - October 23, 2020",
        "- 20 Hilarious Printable Baby Shower Games - October 19, 2020",
    ]
    assert [drop for drop, _ in verdicts(["Kyiv braces for winter", *PROSE, *posts])][3:] == [
        "furniture: dated teaser list"
    ] * 3


def test_a_tours_dates_in_one_shape_are_the_articles_list():
    dates = [
        "Coral Sky Amphitheatre, Tampa, FL - June 9, 2020",
        "Jiffy Lube Live, Bristow, VA - June 12, 2020",
    ]
    assert [drop for drop, _ in verdicts(["Band announces tour", *PROSE, *dates])][3:] == [None, None]


def test_dated_lines_between_paragraphs_are_the_articles_own():
    lines = [
        "Lockdown begins across the country - March 23, 2020",
        "Schools reopen for all pupils - June 1, 2020",
    ]
    texts = ["Kyiv braces for winter", PROSE[0], *lines, PROSE[1]]
    assert [drop for drop, _ in verdicts(texts)] == [None] * 5


def test_a_widget_label_dropped_alone_still_counts_in_the_title_list_after_the_article():
    tail = [  # cnn.com: two teasers and a weather widget's label below the story
        "Eman al-Obeidy, who accused Gadhafi's men of rape, became a face of the movement",
        "Today's five most popular stories",
        "Loading weather data ...",
    ]
    result = [drop for drop, _ in verdicts(["Kyiv braces for winter", *PROSE, *tail])]
    assert result[3:] == ["furniture: title list after the article"] * 2 + ["furniture: widget label"]
