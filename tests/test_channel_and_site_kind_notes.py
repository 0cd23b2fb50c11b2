"""What a channel adds around an article (newsletter, print page, archive, wire feed, a freelancer's file) and
what particular kinds of site print around it (live blogs, betting partners, shops, journals, reader-funded
newsrooms) is furniture; a story's sentence with the same words is not."""

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.newsparts import furniture_reason

HEADLINE = "Port strike enters its second week as talks stall"
STORY = [
    "Dock workers in the city extended their strike on Monday after talks with port operators broke down again.",
    "The union said it would keep picket lines in place until the operators offered a new pay deal.",
    "Shipping companies have begun diverting vessels to other ports, adding days to delivery times.",
]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("View this email in your browser", "newsletter frame"),
        ("Unsubscribe | Manage preferences | View online", "newsletter frame"),
        (
            "You are receiving this email because you signed up for updates from The Evening Ledger.",
            "newsletter frame",
        ),
        ("Continued on page A6", "print notice"),
        ("PLEASE SEE FIRE ON A8", "print notice"),
        ("12 captures", "archive toolbar"),
        ("BC-EU-Farmers-Protest/1123", "wire feed line"),
        ("EMBARGOED: NOT FOR PUBLICATION OR BROADCAST BEFORE 2230 GMT", "wire feed line"),
        ("-ends-", "end mark"),
        ("(MORE)", "end mark"),
        ("WORDS: 1,150", "copy note"),
        ("Shared via SmartNews", "app label"),
        ("Show key events only", "live blog control"),
        ("18+ | BeGambleAware.org | T&Cs apply", "betting notice"),
        ("Reprinting is allowed only with an active hyperlink to RIA Novosti.", "reuse notice"),
        ("EN | UA | RU", "language switcher"),
        ("Help Meduza keep reporting", "support prompt"),
        ("Cite this article", "journal tools"),
        ("Chalkbeat is a nonprofit news site covering educational change in public schools.", "site notice"),
        ("Sign the Guest Book", "obituary widget"),
        (
            "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
            "transcript notice",
        ),
    ],
)
def test_a_channels_or_a_kind_of_sites_line_is_furniture(line: str, reason: str):
    assert furniture_reason(line) == reason


def test_a_wires_end_mark_in_brackets_is_not_read_as_the_wires_name():
    assert classify_blocks([HEADLINE, *STORY, "(END)"])[-1].drop == "furniture: wire end mark"
    assert classify_blocks([HEADLINE, *STORY, "(CMC)"])[-1].drop is None  # a wire's name: a credit


@pytest.mark.parametrize(
    "line",
    [
        "The findings were embargoed until Monday, when the journal published them.",
        "See Figure 1",
        "08 Mar 2024 - 19 Apr 2024",
        "Kind regards, John Smith",
        "Become a member of NATO",
        "Help Ukraine keep going",
        "Using facial recognition without permission is banned under the new law.",
        "If you are over 65, you can sign up for the vaccine at any pharmacy.",
        "No idea who made this, but it's wonderful. If you know, post in the comments, please.",
        "Read the full text of the decree below:",
        "View on Ukraine",
        "Adobe stopped supporting Flash Player in 2020, and the site's old videos went dark.",
        "Click here, the email urged, to claim a tax refund that did not exist.",
        "HANNITY: This copy may not be in its final form, I was told, but here it is.",
    ],
)
def test_a_story_line_with_the_same_words_stays(line: str):
    texts = [HEADLINE, STORY[0], line, *STORY[1:]]
    verdicts = classify_blocks(texts)
    assert [verdict.drop for verdict in verdicts] == [None] * len(texts), line
