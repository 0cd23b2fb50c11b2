"""A page's tool rows and navigation bars are told by their words and shape, on sites never seen."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsl10n.article import parse_article
from newsl10n.furniture import classify_blocks
from newsl10n.model import Kind
from newsl10n.pagecontrols import is_navigation_row, is_page_tools

HEADLINE = "Carragher defends confrontation with Luton fans"
P1 = "Jamie Carragher has defended his actions after Liverpool's FA Cup match at Luton on Sunday."
P2 = "The defender said he had been abused by a group of supporters behind the goal."
P3 = "Luton said they would look into what happened and would speak to the police."


@pytest.mark.parametrize(
    "line",
    [
        "Mail to a friend Print story Read later",
        "| Most Viewed | Most Emailed | Top Searches |",
        "Adjust Font Size:",
        "COMMENTS ON THIS ARTICLE",
        "Share Your Comments",
        "Print Email Return to Top",
        "E-Mail This Post Printable Version",
        "COMMENTS (14)Post a comment",
        "To Post Comments Sign In",
        "« Previous Next »",
        "| | Back to Top |",
    ],
)
def test_a_row_of_tools_is_dropped_wherever_it_stands(line: str):
    assert is_page_tools(line)
    result = [verdict.drop for verdict in classify_blocks([HEADLINE, P1, line, P2, P3])]
    assert result == [None, None, "furniture: page tools", None, None]


@pytest.mark.parametrize(
    "line",
    [
        "Comment",  # a subhead ("Comment" above an opinion piece's first paragraph)
        "Editor",
        "Print edition sales fell for the fifth year.",  # a sentence
        "Readers back the editor",  # a headline of the tools' words, none of them a control's own
        "Top post",
        "Home sales slump",
        "return [",  # code
        'link = page.get("link")',
        "Top 60",
    ],
)
def test_prose_headlines_subheads_and_code_are_not_tools(line: str):
    assert not is_page_tools(line)


@pytest.mark.parametrize(
    "line",
    [
        "Football | Cricket | Rugby Union | Rugby League | Tennis | Golf | Motorsport | Boxing | Athletics | Snooker"
        " | Horse Racing | Cycling | Disability sport | Olympics & Olympic sport | Sport Relief | Other sport..."
        " | TV/Radio Schedule | 606 | Sport Academy | Health & Fitness | Fun and Games | Inside Sport | Wales",
        "Premier League: Scores | Fixtures | Tables | Results Grid | Stats | Clubs | Players | News Archive",
        "| Home \\| About Us \\| Contact Us \\| Archives \\| Feedback \\| Career Avenues |",
        "News • Sport • Business • Entertainment • Weather",
        "| | About us \\| Advertise \\| Contact us \\| Job opportunities \\| Press Releases \\| | |",  # news24.com, 2008
    ],
)
def test_a_navigation_bar_is_dropped_however_long(line: str):
    assert is_navigation_row(line)
    result = [verdict.drop for verdict in classify_blocks([HEADLINE, P1, P2, line, P3])]
    assert result == [None, None, None, "furniture: navigation", None]


@pytest.mark.parametrize(
    "line",
    [
        "| Pos | Player | Plays | % | Stats |",  # a table's header row
        "| Location | Jan/Feb (°C) | Jan/Feb (°F) | July (°C) | July (°F) |",
        "Letters: Coddling criminals | Undermining road | Tax dollars | Recount cost | Predicting climate",
        "Red | Blue | Green",  # too few items for a bar
        "Results: Arsenal 2 | Chelsea 1 | Spurs 0 | Leeds 4 | Derby 3 | Hull 1",
        "He ran | she walked | they waited | nobody spoke | the clock ticked.",
    ],
)
def test_tables_titles_and_prose_with_bars_are_not_navigation(line: str):
    assert not is_navigation_row(line)


def test_a_navigation_bar_on_top_gives_way_to_the_headline_and_a_date_is_never_the_headline(tmp_path: Path):
    bar = "Sport Homepage | Football | Cricket | Rugby Union | Rugby League | Tennis | Golf | Motorsport"
    text = f"{bar}\n\nMonday, 31 December 2007, 10:46 GMT\n\n{P1}\n\n{P2}\n\n{P3}\n"
    article = parse_article(text, tmp_path / "a.txt")
    assert [dropped.reason for dropped in article.dropped] == ["furniture: navigation"]
    assert [unit.kind for unit in article.units][:2] == [Kind.CREDIT, Kind.BODY]

    with_headline = f"{bar}\n\nMonday, 31 December 2007, 10:46 GMT\n\n{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    units = parse_article(with_headline, tmp_path / "b.txt").units
    assert [(unit.kind, unit.text) for unit in units][:2] == [
        (Kind.CREDIT, "Monday, 31 December 2007, 10:46 GMT"),
        (Kind.HEADLINE, HEADLINE),
    ]


def test_tools_among_the_teasers_after_the_article_still_count_as_the_lists_lines():
    texts = [HEADLINE, P1, P2, P3, "Pepsi to push Amazon's music store", "12Next", "| Comment on This Story"]
    result = [verdict.drop for verdict in classify_blocks(texts)]
    assert result[:4] == [None] * 4
    assert result[5:] == ["furniture: title list after the article", "furniture: page tools"]
