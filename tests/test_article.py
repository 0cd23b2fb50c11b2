"""Reading an article: units with ids and source lines, boilerplate reported, bad files explained."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsl10n.article import parse_article, read_article
from newsl10n.errors import UserError
from newsl10n.model import Dropped

HEADLINE = "Kremlin: Patriots would be legitimate target – Christmas truce not considered"
PATRIOT = (
    "Peskov said the Patriot would “definitely” be a target for Russia, "
    "but would not comment on unconfirmed media reports."
)


def write(tmp_path: Path, data: bytes, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def user_error(path: Path | str) -> str:
    with pytest.raises(UserError) as caught:
        read_article(path)
    message = str(caught.value)
    assert "\n" not in message
    return message


# The example article


def test_example_headline_and_paragraph_count(example):
    article = read_article(example)
    headline = [unit for unit in article.units if unit.kind == "headline"]
    assert [(unit.id, unit.paragraph, unit.sentence, unit.line, unit.text) for unit in headline] == [
        ("h1", 0, 1, 1, HEADLINE)
    ]
    assert max(unit.paragraph for unit in article.units) == 12
    assert article.name == "kremlin-patriots"


def test_example_last_kept_paragraph(example):
    article = read_article(example)
    last = article.paragraphs()[-1]
    assert [unit.id for unit in last] == ["p12s1"]
    assert last[0].text.startswith("Peskov said on Tuesday that there would be no peace with Kyiv")
    assert last[0].text.endswith("the majority of United Nations member states.")
    assert last[0].line == 26


def test_example_tail_is_dropped(example):
    assert read_article(example).dropped == [
        Dropped(29, "You May Also Like", "furniture: list heading"),
        Dropped(31, "Recommended for you", "furniture: list heading"),
        Dropped(33, "Immediate Peak", "furniture: teaser in 'Recommended for you' list"),
    ]


def test_example_patriot_sentences(example):
    """Paragraph 1 is exactly the Patriot sentence; paragraph 4 says it again with a longer subject."""
    units = {unit.id: unit for unit in read_article(example).units}
    assert units["p1s1"].text == PATRIOT
    assert units["p1s1"].line == 4
    assert units["p4s1"].text == "Kremlin spokesman Dmitry " + PATRIOT
    assert [unit.id for unit in units.values() if PATRIOT in unit.text] == ["p1s1", "p4s1"]


def test_example_sentences_and_lines(example):
    units = {unit.id: unit for unit in read_article(example).units}
    assert units["p5s2"].text == "They usually include launchers along with radar and other support vehicles."
    assert (units["p5s2"].paragraph, units["p5s2"].sentence, units["p5s2"].line) == (5, 2, 12)
    assert units["p7s2"].text == (
        "Washington has so far provided Ukraine with $19.3 billion in military aid since the war began."
    )
    # A quotation of two sentences is two units (issue 11): the opening mark stays with the first.
    assert units["p10s1"].text.endswith("“No, no such proposal has been received from anyone.")
    assert units["p10s2"].text == "This issue is not on the agenda.”"
    assert len(units) == 17
    assert list(units) == sorted(units, key=lambda unit_id: (units[unit_id].line, units[unit_id].sentence))


# Normalization and line numbers


def test_multi_line_paragraph_is_joined_and_lines_point_at_sentence_starts(tmp_path):
    path = write(
        tmp_path,
        b"Headline here\n\nFirst sentence starts here\nand ends here. Second one.\nThird one\nstarts on line 5.\n",
    )
    units = read_article(path).units
    assert [(unit.id, unit.line, unit.text) for unit in units] == [
        ("h1", 1, "Headline here"),
        ("p1s1", 3, "First sentence starts here and ends here."),
        ("p1s2", 4, "Second one."),
        ("p1s3", 5, "Third one starts on line 5."),
    ]


def test_crlf_and_bom(tmp_path):
    path = write(tmp_path, "\ufeffTitle\r\n\r\nOne. Two.\r\n\r\nThree\r\nlines.\r\n".encode())
    units = read_article(path).units
    assert [(unit.id, unit.line, unit.text) for unit in units] == [
        ("h1", 1, "Title"),
        ("p1s1", 3, "One."),
        ("p1s2", 3, "Two."),
        ("p2s1", 5, "Three lines."),
    ]


def test_stray_whitespace_is_normalized(tmp_path):
    text = "\n\n \u00a0Title\twith   tab \u00a0\n \t\n\tA  paragraph\t\twith   gaps.  \nNext\u00a0word stays.\u00a0\n"
    units = parse_article(text, tmp_path / "a.txt").units
    assert [(unit.line, unit.text) for unit in units] == [
        (3, "Title with tab"),
        (5, "A paragraph with gaps."),
        (6, "Next\u00a0word stays."),
    ]


def test_headline_with_two_sentences(tmp_path):
    units = parse_article("Peace? Not yet.\n\nBody text.", tmp_path / "a.txt").units
    assert [(unit.id, unit.kind, unit.paragraph, unit.sentence) for unit in units] == [
        ("h1", "headline", 0, 1),
        ("h2", "headline", 0, 2),
        ("p1s1", "body", 1, 1),
    ]


def test_headline_directly_followed_by_text(tmp_path):
    units = parse_article("Headline\nBody starts at once.\n\nSecond paragraph.", tmp_path / "a.txt").units
    assert [(unit.id, unit.line) for unit in units] == [("h1", 1), ("p1s1", 2), ("p2s1", 4)]


def test_advertisement_inside_the_body_does_not_count_as_a_paragraph(tmp_path):
    article = parse_article(
        "Advertisement\nHeadline\n\nFirst.\n\nAdvertisement\n\nSecond.\n\nRecommended for you\n\nA teaser",
        tmp_path / "a.txt",
    )
    assert [(unit.id, unit.text) for unit in article.units] == [
        ("h1", "Headline"),
        ("p1s1", "First."),
        ("p2s1", "Second."),
    ]
    assert [(item.line, item.text) for item in article.dropped] == [
        (1, "Advertisement"),
        (6, "Advertisement"),
        (10, "Recommended for you"),
        (12, "A teaser"),
    ]


@pytest.mark.parametrize(
    "ending",
    [
        "Peskov said there would be no peace with Kyiv until Zelensky accepted the realities on the ground.",
        "Read more about the talks in our related coverage of the war.",
        "Related sanctions will be discussed in January, diplomats said.",
        "“This issue is not on the agenda,” he said.",
        "(Reporting by Guy Faulconbridge; Editing by Alex Richardson)",
        "Reporting by Tom Balmforth",
    ],
)
def test_real_final_paragraph_is_never_dropped(tmp_path, ending):
    article = parse_article(f"Headline\n\nThe talks failed.\n\n{ending}\n", tmp_path / "a.txt")
    assert article.dropped == []
    assert " ".join(unit.text for unit in article.paragraphs()[-1]) == ending


# Errors


def test_missing_file(tmp_path):
    message = user_error(tmp_path / "nope.txt")
    assert "nope.txt" in message and "no such file" in message


def test_directory(tmp_path):
    assert "is a directory" in user_error(tmp_path)


def test_empty_file(tmp_path):
    assert "file is empty" in user_error(write(tmp_path, b""))


def test_whitespace_only_file(tmp_path):
    assert "only whitespace" in user_error(write(tmp_path, b" \n\t\r\n\xc2\xa0\n"))


def test_boilerplate_only_file(tmp_path):
    assert "only scraped boilerplate" in user_error(
        write(tmp_path, b"Advertisement\n\nRead more\n\nRelated\n")
    )


def test_furniture_in_the_headlines_place_is_dropped_and_the_article_kept():
    """A page pasted whole starts with "Skip to content"; the article under it is still the article."""
    text = (
        "Skip to content\n\nCrash in Miami-Dade leaves two hurt\n\n"
        "MIAMI (WSVN) - An overnight crash injured two people, police said.\n\n"
        "The driver was taken to hospital.\n"
    )
    article = parse_article(text, "page.txt")
    assert [(unit.kind.value, unit.text) for unit in article.units][:2] == [
        ("headline", "Crash in Miami-Dade leaves two hurt"),
        ("dateline", "MIAMI (WSVN) - An overnight crash injured two people, police said."),
    ]
    assert [(item.line, item.text) for item in article.dropped] == [(1, "Skip to content")]
    assert "furniture" in article.dropped[0].reason


def test_without_a_headline_like_block_the_article_has_no_headline():
    text = "Skip to content\n\nThe driver was taken to hospital, police said.\n\nTwo were hurt.\n"
    article = parse_article(text, "page.txt")
    assert [unit.kind.value for unit in article.units] == ["body", "body"]
    assert [unit.text for unit in article.units] == [
        "The driver was taken to hospital, police said.",
        "Two were hurt.",
    ]


def test_binary_file(tmp_path):
    message = user_error(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert "binary file" in message and "offset 8" in message


def test_latin1_file_names_byte_line_and_fix(tmp_path):
    message = user_error(write(tmp_path, "Title\n\nCaf\u00e9 talks.\n".encode("latin1")))
    assert "not UTF-8" in message
    assert "0xe9" in message and "line 3" in message
    assert "iconv -f latin1 -t utf-8" in message


def test_cp1252_quotes_suggest_cp1252(tmp_path):
    message = user_error(write(tmp_path, "Title\n\n\u201cNo,\u201d he said.\n".encode("cp1252")))
    assert "0x93" in message and "iconv -f cp1252 -t utf-8" in message


@pytest.mark.parametrize(
    ("declared", "codec", "told"),
    [
        (
            '<meta charset="windows-1251">',
            "cp1251",
            "declares windows-1251; convert it with `iconv -f windows-1251",
        ),
        (  # browsers read a latin1 label as windows-1252, whose quotes a latin1 page often holds
            '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" />',
            "cp1252",
            "declares ISO-8859-1; convert it with `iconv -f cp1252",
        ),
    ],
)
def test_a_page_is_read_in_the_charset_it_declares_and_told_to_convert_when_it_is_not(
    tmp_path, declared, codec, told
):
    page = f"<!DOCTYPE html><html><head>{declared}<title>T</title></head><body><p>Привет “мир”, Zoë</p></body></html>"
    saved = page.encode(codec, errors="replace")
    article = read_article(write(tmp_path, saved, "page.html"))
    said = "Привет “мир”, Zoë".encode(codec, errors="replace").decode(codec)
    assert said in [unit.text for unit in article.units] and "“" in said  # 0x93: a quote in both charsets
    # bytes that are neither UTF-8 nor the declared charset (0x98 is none in windows-1251, 0x81 none in -1252)
    message = user_error(write(tmp_path, saved.replace(b"<p>", b"<p>\x81\x98"), "page.html"))
    assert told in message


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_bom(tmp_path, codec):
    message = user_error(write(tmp_path, "\ufeffTitle\n\nText.\n".encode(codec)))
    assert "UTF-16" in message and "iconv -f utf-16 -t utf-8" in message


def test_utf16_without_bom(tmp_path):
    message = user_error(write(tmp_path, "Title\n\nText.\n".encode("utf-16-le")))
    assert "UTF-16 without a byte-order mark" in message


def test_read_article_accepts_a_string_path(example):
    assert read_article(str(example)).units[0].text == HEADLINE
