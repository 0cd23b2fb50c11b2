"""The plain-text format: blocks in, the same text out; extractor output (a paragraph per line)."""

from __future__ import annotations

from pathlib import Path

from newsl10n.article import parse_article
from newsl10n.formats import choose_format, detect
from newsl10n.formats.text import TextFormat
from newsl10n.model import Kind
from newsl10n.render import render

NORMALIZED = "Kremlin warns on Patriots\n\nPeskov spoke on Tuesday. He said more.\n\nThe Pentagon agreed.\n"


def test_reading_then_writing_the_blocks_gives_the_text_back():
    text_format = TextFormat()
    document = text_format.read(NORMALIZED, Path("a.txt"))
    assert [(b.id, b.kind, b.line) for b in document.blocks] == [
        ("headline", Kind.HEADLINE, 1),
        ("p[1]", Kind.BODY, 3),
        ("p[2]", Kind.BODY, 5),
    ]
    assert text_format.write(document, {b.id: b.content for b in document.blocks}, "ru") == NORMALIZED


def test_render_with_no_translations_gives_the_article_back():
    article = parse_article(NORMALIZED, Path("a.txt"))
    result = render(article, {}, "ru")
    assert (result.text, result.translated, result.fallback) == (NORMALIZED, 0, 4)


def test_render_puts_each_translation_in_its_place():
    article = parse_article(NORMALIZED, Path("a.txt"))
    result = render(article, {"He said more.": ("Он сказал больше.", True)}, "ru")
    assert result.text == NORMALIZED.replace("He said more.", "Он сказал больше.")
    assert (result.translated, result.fuzzy) == (1, 1)


def test_one_paragraph_per_line_from_an_extractor():
    text = (
        "Kremlin warns on Patriots\n"
        "Peskov said the Patriot would be a target. He would not comment further.\n"
        "Washington is finalizing plans to send the system.\n"
        "Among the most advanced systems\n"
        "Patriots are considered among the most advanced US air defense systems.\n"
        "They usually include launchers.\n"
    )
    article = parse_article(text, Path("a.txt"))
    assert [(u.id, u.line) for u in article.units] == [
        ("h1", 1),
        ("p1s1", 2),
        ("p1s2", 2),
        ("p2s1", 3),
        ("p3s1", 4),
        ("p4s1", 5),
        ("p5s1", 6),
    ]


def test_the_translation_sets_its_paragraphs_apart_as_the_source_does():
    # an extractor's text, a paragraph per line and no blank line, comes back the same way, in CRLF too
    lines = "Kremlin warns on Patriots\nPeskov spoke on Tuesday.\nHe said more.\nThe Pentagon agreed.\n"
    for text in (lines, lines.replace("\n", "\r\n"), NORMALIZED, NORMALIZED.replace("\n", "\r\n")):
        article = parse_article(text, Path("a.txt"))
        assert render(article, {}, "de").text == text
        translated = render(article, {"He said more.": ("Er sagte mehr.", True)}, "de").text
        assert translated == text.replace("He said more.", "Er sagte mehr.")


def test_a_hard_wrapped_wire_text_comes_back_wrapped_at_its_width():
    text = (
        "Senate votes to fund the government\n\n"
        "WASHINGTON (AP) -- The Senate voted on Tuesday to approve a bill that\n"
        "would fund the government through December, averting a shutdown that\n"
        "had loomed for weeks.\n\n"
        "The vote was 72-25. The House is expected to take it up this week,\n"
        "leaders said.\n"
    )
    article = parse_article(text, Path("a.txt"))
    assert render(article, {}, "de").text == text  # nothing translated: the source as it was
    longer = "Die Abstimmung endete mit 72 zu 25 Stimmen nach einer langen Debatte im Plenarsaal."
    translated = render(article, {"The vote was 72-25.": (longer, True)}, "de").text
    lines = translated.split("\n")
    assert max(map(len, lines)) <= 70 and "Plenarsaal. The House is" in translated.replace("\n", " ")


def test_a_wire_storys_indented_paragraphs_keep_their_indentation():
    # AP's copy as an ANPA feed carries it (abridged from superdesk/superdesk-core's tests/io/fixtures/ap_anpa-1.tst,
    # an AGPL-3.0 repository; the copy is AP's, quoted for testing only): a tab and three spaces
    # open each paragraph, no blank line between them
    text = (
        "Deng has 30 points, short-handed Heat beat Hawks 115-111\r\n"
        "By CHARLES ODUM\r\n"
        "\t   ATLANTA (AP) _ Luol Deng scored 30 points for the Miami Heat.\r\n"
        "\t   Jeff Teague led Atlanta with 23 points, and Kyle Korver had 18.\r\n"
        "\t   Wade said he will have a MRI on the knee on Saturday.\r\n"
    )
    article = parse_article(text, Path("a.txt"))
    assert render(article, {}, "de").text == text
    translated = render(
        article, {"Jeff Teague led Atlanta with 23 points, and Kyle Korver had 18.": ("X.", True)}, "de"
    )
    assert "\r\n\t   X.\r\n" in translated.text


def test_the_blank_lines_between_paragraphs_and_around_the_text_are_the_sources():
    # two blank lines before a new section, a headline right above its story, no line end after the last word
    text = (
        "\nSenate votes to fund the government\nThe Senate voted on Tuesday to fund the government.\n\n"
        "The House is expected to take the bill up this week, leaders said.\n\n\n"
        "The governor signed the state budget on Monday after a long debate."
    )
    article = parse_article(text, Path("a.txt"))
    assert [unit.line for unit in article.units] == [2, 3, 5, 8]
    assert render(article, {}, "de").text == text
    last = "The governor signed the state budget on Monday after a long debate."
    assert render(article, {last: ("Der Gouverneur unterschrieb.", True)}, "de").text == text.replace(
        last, "Der Gouverneur unterschrieb."
    )


def test_a_wire_tables_rows_and_a_lists_items_each_open_with_a_tab():
    # AP's "Baseball Expanded Glance" and "10 Things to Know" (superdesk-core's ap_anpa-2.tst, ap_anpa-7.tst)
    text = (
        "Baseball Expanded Standings\n"
        "By The Associated Press\n"
        "\t   N.Y. Yankees 7, Chicago White Sox 5\n"
        "\t   Minnesota 5, Cleveland 1\n"
        "\t   1. HONG KONG EXTRADITION BILL WITHDRAWN\n"
        "\t   The territory's embattled leader announces the withdrawal of the bill.\n"
    )
    article = parse_article(text, Path("a.txt"))
    assert [unit.text for unit in article.units][2:] == [
        "N.Y. Yankees 7, Chicago White Sox 5",
        "Minnesota 5, Cleveland 1",
        "1. HONG KONG EXTRADITION BILL WITHDRAWN",
        "The territory's embattled leader announces the withdrawal of the bill.",
    ]
    assert render(article, {}, "de").text == text


def test_a_wire_storys_header_lines_above_its_tab_led_paragraphs_are_a_line_each():
    # AP's header as a decoded ANPA feed gives it (abridged from superdesk-core's anpa-2.tst, as above)
    text = (
        "Prairies vanish in the US push for green energy\n"
        "AP Photo SDDD101, SDDD102, GFX0456\n"
        "Eds: Updates with details. With AP Photos.\n"
        "By CHET BROKAW and JACK GILLUM\n"
        "\t   ROSCOE, South Dakota (AP) _ Robert Malsam nearly went broke in the 1980s when corn was cheap.\n"
        "\t   Across the Dakotas, more than 1 million acres of the Great Plains are giving way to corn fields.\n"
        "\t   This expansion of the Corn Belt is fueled in part by America's green energy policy.\n"
    )
    article = parse_article(text, Path("a.txt"))
    assert [unit.text for unit in article.units][:2] == [
        "Prairies vanish in the US push for green energy",
        "By CHET BROKAW and JACK GILLUM",
    ]
    assert [(item.line, item.reason) for item in article.dropped] == [
        (2, "furniture: wire feed line"),
        (3, "furniture: wire feed line"),
    ]
    assert article.units[2].kind == Kind.DATELINE  # "ROSCOE, South Dakota (AP) _ ": the wire's dash


def test_an_indented_wrapped_paragraph_is_wrapped_with_its_indentation():
    text = (
        "Senate votes to fund the government\n\n"
        "    WASHINGTON (AP) -- The Senate voted on Tuesday to approve a bill\n"
        "that would fund the government through December, averting a shutdown\n"
        "that had loomed for weeks.\n"
        "    The vote was 72-25. The House is expected to take it up this week,\n"
        "leaders said.\n"
    )  # each paragraph opens indented, none set apart by a blank line
    article = parse_article(text, Path("a.txt"))
    assert [unit.line for unit in article.units] == [1, 3, 6, 6]
    assert render(article, {}, "de").text == text
    longer = "Die Abstimmung endete mit 72 zu 25 Stimmen nach einer langen Debatte im Plenarsaal."
    lines = render(article, {"The vote was 72-25.": (longer, True)}, "de").text.split("\n")
    assert lines[5].startswith("    Die Abstimmung") and not lines[6].startswith(" ")
    assert max(map(len, lines)) <= 70


def test_hard_wrapped_paragraphs_stay_one_paragraph():
    text = "Title\n\nThe first line of a wrapped\nparagraph goes on here and\nends on this line.\n"
    assert [u.text for u in parse_article(text, Path("a.txt")).units] == [
        "Title",
        "The first line of a wrapped paragraph goes on here and ends on this line.",
    ]


def test_a_text_that_wraps_nothing_breaks_a_line_only_between_blocks():
    """A research set's copy of an NPR story: paragraphs of hundreds of characters on one line each, blank lines
    between most, and a related box set between two of them with single newlines."""
    paragraph = (
        "President-elect Donald Trump is lashing out in defense of his charitable foundation as he " * 3
    )
    text = (
        "Trump Decries His Foundation's Closure\n\n"
        f"{paragraph.strip()}\n\n"
        "Trump Plans To Dissolve His Foundation; N.Y. Attorney General Pushes Back\n"
        "THE TWO-WAY\n"
        "Trump Plans To Dissolve His Foundation; N.Y. Attorney General Pushes Back\n"
        f"And in doing so, {paragraph.strip()}\n\n"
        f"In a series of tweets, {paragraph.strip()}\n"
    )
    document = TextFormat().read(text, Path("a.txt"))
    assert [block.content[:20] for block in document.blocks[2:6]] == [
        "Trump Plans To Disso",
        "THE TWO-WAY",
        "Trump Plans To Disso",
        "And in doing so, Pre",
    ]


def test_a_wrapped_text_with_one_long_line_still_wraps():
    """A link longer than anyone wraps does not make a hard-wrapped text one line per paragraph."""
    link = "https://example.com/" + "a" * 220
    text = f"Title\n\nThe first line of a wrapped\nparagraph goes on here and\nends on this line.\n\n{link}\n"
    assert [block.content for block in TextFormat().read(text, Path("a.txt")).blocks][1] == (
        "The first line of a wrapped paragraph goes on here and ends on this line."
    )


def test_detect_by_extension_then_content():
    assert detect(Path("a.txt"), "<html><body>x</body></html>") == "text"
    assert choose_format("text", Path("a.md"), "x").name == "text"
