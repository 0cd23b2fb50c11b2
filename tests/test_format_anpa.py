"""ANPA 1312 (a wire's legacy transmission): the story's lines read as units, the wire's framing kept byte for byte.

The samples are written for these tests in the shape of AP's transmissions as superdesk/superdesk-core's
``tests/io/fixtures/*anpa*.tst`` hold them (AGPL-3.0 repository; AP's copy), which were read, not copied.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import formatcheck
from newsl10n.cli import main
from newsl10n.errors import UserError
from newsl10n.formats import Document, detect
from newsl10n.formats.anpa import AnpaFormat
from newsl10n.model import Kind

FORMAT = AnpaFormat()
STORY = (
    "\x16\x16\x01a0412\x1f-----\n"
    "r a\x13\x11 BC-EU--Port-Tolls 1stLd-Writethru   04-12 0310\r\n"
    "\x02^BC-EU--Port-Tolls, 1st Ld-Writethru,310< \r\n"
    "^Port of Brindle raises harbour tolls< \r\n"
    "^AP Photo XW101, XW102< \r\n"
    "^Eds: Updates with shippers' reaction.< \r\n"
    "^Shipping firms say shoppers will pay.< \r\n"
    "^By ANNA REED= \r\n"
    "^Associated Press= \r\n"
    "\t   BRINDLE, England (AP) _ The port will raise its tolls by 12 percent, it said on Tuesday. \r\n"
    "\t   ``We were not asked,'' said Tom Hale. \r\n"
    "\t   ___ \r\n"
    "\r\n"
    "\t   \x03AP-WF-04-12-26 0931GMT<\r\n"
    "\r\n"
    "\x0c\r\n"
    "\x04"
)
AGATE = (
    "\x16\x16\x01s0284\x1f-----\n"
    "r s\x14\x12 BC-BBO--Glance     08-18 \r\n"
    "\x02^BC-BBO--Glance<\r\n"
    "^Wild Card Glance=\r\n"
    "^All Times EDT=\r\n"
    "^By The Associated Press=\r\n"
    "^AMERICAN LEAGUE=\r\n"
    "^\x08\x1e\x1f W\x1e L\x1e Pct\r\n"
    "^\x08Tampa\x10 Bay\x1f\x1e 73\x1e 52\x1e .584\r\n"
    "\t   Amsterdam;42;50;rn;0.08;39;52< \r\n"
    "\t   Seattle 4, Toronto 3\r\n"
    "^END<\r\n"
    "\t   \x03AP-WF-08-18-19 2017GMT<\r\n"
    "\x04"
)


def read(text: str) -> Document:
    return FORMAT.read(text, Path("story.anpa"))


def test_the_story_lines_are_units_with_their_kinds():
    assert [(block.content, block.kind) for block in read(STORY).blocks] == [
        ("Port of Brindle raises harbour tolls", Kind.HEADLINE),
        ("Shipping firms say shoppers will pay.", Kind.STANDFIRST),
        ("By ANNA REED", Kind.BYLINE),
        ("Associated Press", Kind.BYLINE),
        (
            "BRINDLE, England (AP) _ The port will raise its tolls by 12 percent, it said on Tuesday.",
            Kind.BODY,
        ),
        ("``We were not asked,'' said Tom Hale.", Kind.BODY),
        ("___", Kind.BODY),
    ]  # the keyword line, the photo numbers and the trailer are the wire's


def test_a_note_to_editors_is_reported():
    assert [(item.line, item.text, item.reason) for item in read(STORY).dropped] == [
        (6, "Eds: Updates with shippers' reaction.", "editor's note, not for publication")
    ]


def test_agate_and_a_tables_titles():
    assert [(block.content, block.kind) for block in read(AGATE).blocks] == [
        ("Wild Card Glance", Kind.HEADLINE),
        ("All Times EDT", Kind.SUBHEAD),
        ("By The Associated Press", Kind.BYLINE),
        ("AMERICAN LEAGUE", Kind.SUBHEAD),  # no byline's title, though it follows one
        ("Seattle 4, Toronto 3", Kind.BODY),
    ]  # rows set with control characters or as fields, and "END", stay as they are


@pytest.mark.parametrize("text", [STORY, AGATE])
def test_writing_the_source_text_back_gives_the_transmission_byte_for_byte(text):
    document = read(text)
    assert FORMAT.write(document, formatcheck.unchanged(FORMAT, document), "de") == text


def test_a_translation_keeps_every_marker_and_control_character():
    document = read(STORY)
    written = FORMAT.write(document, formatcheck.translated(FORMAT, document, lambda t: t and "Ü"), "ru")
    assert written == (
        "\x16\x16\x01a0412\x1f-----\n"
        "r a\x13\x11 BC-EU--Port-Tolls 1stLd-Writethru   04-12 0310\r\n"
        "\x02^BC-EU--Port-Tolls, 1st Ld-Writethru,310< \r\n"
        "^Ü< \r\n"
        "^AP Photo XW101, XW102< \r\n"
        "^Eds: Updates with shippers' reaction.< \r\n"
        "^Ü< \r\n"
        "^Ü= \r\n"
        "^Ü= \r\n"
        "\t   Ü \r\n"
        "\t   Ü \r\n"
        "\t   Ü \r\n"
        "\r\n"
        "\t   \x03AP-WF-04-12-26 0931GMT<\r\n"
        "\r\n"
        "\x0c\r\n"
        "\x04"
    )


def test_detection_by_the_control_characters_whatever_the_name():
    for name in ("story.tst", "story.txt", "story", "-"):
        assert detect(Path(name), STORY) == "anpa"
    assert detect(Path("story.txt"), "Port of Brindle raises harbour tolls\n\nThe port said.\n") == "text"
    with pytest.raises(UserError, match="not an ANPA 1312 transmission"):
        read("Port of Brindle raises harbour tolls\n")
    with pytest.raises(UserError, match="no story text"):
        read("\x16\x16\x01a0412\x1f-----\n\x02^BC-EU--Port-Tolls<\r\n^AP Photo XW101<\r\n\x03\x04")


def test_cli_translate_and_build_keep_the_transmission(tmp_path, runner):
    story = tmp_path / "story.tst"
    story.write_bytes(STORY.encode("ascii"))
    out = tmp_path / "l10n"
    result = runner.invoke(
        main, ["translate", str(story), "--to", "de", "--engine", "pseudo", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "editor's note, not for publication" in result.output
    localized = (out / "de" / "story.tst").read_bytes()
    assert localized.startswith(b"\x16\x16\x01a0412\x1f") and localized.endswith(b"GMT<\r\n\r\n\x0c\r\n\x04")
    assert localized.count(b"\r\n") == STORY.count("\r\n")
    built = tmp_path / "built.tst"
    result = runner.invoke(
        main, ["build", str(story), "--po", str(out / "de" / "story.po"), "-o", str(built)]
    )
    assert result.exit_code == 0, result.output
    assert built.read_bytes() == localized


def test_a_translation_with_a_line_break_stays_on_its_line():
    """A translator's msgstr may hold a line break; a line of the transmission is one unit, and stays one line."""
    document = read(STORY)
    contents = formatcheck.unchanged(FORMAT, document)
    headline = document.blocks[0].id
    contents[headline] = "Порт Бриндл\nповышает сборы"
    written = FORMAT.write(document, contents, "ru")
    assert "^Порт Бриндл повышает сборы< \r\n" in written
    assert written.count("\n") == STORY.count("\n")


@pytest.mark.parametrize(
    "text",
    [
        STORY[: STORY.index("BRINDLE, England (AP)")],  # cut off before its ETX
        "\x01\x02",
        "\x16\x01header\n\x02^Headline only<",
        "\x01\x02\t   \x03",
    ],
)
def test_a_cut_transmission_is_read_or_refused_in_one_line(text):
    try:
        document = read(text)
    except UserError as error:
        assert "\n" not in str(error)
        return
    assert FORMAT.write(document, formatcheck.unchanged(FORMAT, document), "de") == text
