"""ninjs (IPTC's news in JSON): a story's text fields read with their kinds, each changed field written anew."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import formatcheck
from newsl10n.cli import main
from newsl10n.errors import UserError
from newsl10n.formats import Document, detect
from newsl10n.formats.ninjs import NinjsFormat
from newsl10n.model import Kind

DATA = Path(__file__).parent / "data" / "ninjs"
FORMAT = NinjsFormat()


def read(name: str) -> Document:
    path = DATA / name
    return FORMAT.read(path.read_text(encoding="utf-8"), path)


def kinds(document: Document) -> list[tuple[str, Kind]]:
    return [(block.content, block.kind) for block in document.blocks]


def test_ninjs_1_fields_and_their_kinds():
    found = kinds(read("item-1.json"))
    assert found[:4] == [
        ("Port of Brindle raises harbour tolls", Kind.HEADLINE),
        ("Tolls for cargo ships rise by 12 percent in June.", Kind.STANDFIRST),
        ("Anna Reed", Kind.BYLINE),
        ("BRINDLE, England", Kind.DATELINE),
    ]
    body_html = found[4:7]
    assert body_html == [
        (
            "BRINDLE, England (XW) — The port will raise its tolls by 12 percent, said <1>Tom Hale</1>.",
            Kind.BODY,
        ),
        ("A long dispute", Kind.SUBHEAD),
        ("Café owners & shippers were not asked.", Kind.BODY),
    ]
    body_text = [content for content, _ in found[7:10]]
    assert body_text == [
        "BRINDLE, England (XW) — The port will raise its tolls by 12 percent, said Tom Hale.",
        "A long dispute",
        "Café owners & shippers were not asked.",
    ]
    assert found[10:] == [("Cargo ships wait outside the Port of Brindle.", Kind.CAPTION)]
    # the slug line, the subject's name and the picture's own headline and byline are the agency's metadata


def test_ninjs_2_lists():
    assert kinds(read("item-2.json")) == [
        ("Port of Brindle raises harbour tolls", Kind.HEADLINE),
        ("Shipping firms say shoppers will pay", Kind.STANDFIRST),  # role "sub"
        ("Tolls rise in June.", Kind.STANDFIRST),
        ("By Anna Reed", Kind.BYLINE),
        ("The port will raise its tolls. Firms are <1>angry</1>.", Kind.BODY),
        ("The port will raise its tolls. Firms are angry.", Kind.BODY),
        ("Shoppers will pay.", Kind.BODY),
    ]


def test_an_editors_note_is_reported_not_translated():
    dropped = read("item-1.json").dropped
    assert [(item.text, item.reason) for item in dropped] == [
        ("Eds: Moves on general news wires.", "editor's note, not for publication")
    ]


@pytest.mark.parametrize("name", ["item-1.json", "item-2.json"])
def test_writing_the_source_text_back_gives_the_file_byte_for_byte(name):
    document = read(name)
    source = (DATA / name).read_text(encoding="utf-8")
    assert FORMAT.write(document, formatcheck.unchanged(FORMAT, document), "de") == source


def test_a_field_with_its_own_spacing_stays_as_it_is_when_untranslated():
    text = '{"uri": "x", "headline": " Port  tolls rise ", "body_html": "<p>The port said.</p>"}'
    document = FORMAT.read(text, Path("spaced.json"))
    assert document.blocks[0].content == "Port tolls rise"
    assert FORMAT.write(document, formatcheck.unchanged(FORMAT, document), "de") == text


def test_a_translation_changes_only_the_text_fields_in_the_files_own_style():
    document = read("item-1.json")
    source = (DATA / "item-1.json").read_text(encoding="utf-8")
    written = FORMAT.write(document, formatcheck.translated(FORMAT, document, lambda t: f"Ü {t} <&>"), "ru")
    item, original = json.loads(written), json.loads(source)
    assert item["language"] == "ru"
    assert item["headline"] == "Ü Port of Brindle raises harbour tolls <&>"  # plain: no HTML escapes
    assert (
        '<a href="https://example.com/hale">Ü Tom Hale &lt;&amp;&gt;</a>' in item["body_html"]
    )  # HTML escaped
    assert item["body_text"].count("\n\n") == 2  # its paragraphs as the field set them
    assert item["associations"]["featuremedia"]["description_text"].startswith("Ü Cargo ships")
    for unchanged in ("uri", "slugline", "ednote", "subject"):
        assert item[unchanged] == original[unchanged]
    assert item["associations"]["featuremedia"]["headline"] == "Port of Brindle"
    assert written.isascii() and "\\u00dc Port of Brindle" in written  # the file escapes non-ASCII; so do we
    assert '"https:\\/\\/api.example.com\\/content\\/brindle-tolls"' in written  # untouched field, its bytes
    assert "<\\/a>" in written  # a field that wrote \/ still does


def test_a_file_with_raw_utf8_gets_raw_utf8():
    document = read("item-2.json")
    written = FORMAT.write(document, formatcheck.translated(FORMAT, document, lambda t: f"Ü {t}"), "de")
    assert '"value": "Ü Port of Brindle raises harbour tolls"' in written
    assert json.loads(written)["language"] == "de"


def test_detection_and_refusals(tmp_path):
    item = (DATA / "item-1.json").read_text(encoding="utf-8")
    assert detect(Path("story.json"), item) == "ninjs"
    assert detect(Path("-"), item) == "ninjs"
    with pytest.raises(UserError, match=r"\.json files are data"):
        detect(Path("package.json"), '{"name": "x", "version": "1.0.0"}')
    with pytest.raises(UserError, match="not valid JSON"):
        FORMAT.read('{"headline": "A", "body_html": "<p>B</p>",}', Path("bad.json"))
    with pytest.raises(UserError, match="no story text"):
        FORMAT.read('{"uri": "x", "headline": "", "body_html": ""}', Path("empty.json"))
    with pytest.raises(UserError, match="not valid JSON"):
        FORMAT.read("[" * 5000 + "]" * 5000, Path("deep.json"))


def test_cli_translate_and_build_give_the_same_valid_json(tmp_path, runner):
    story = tmp_path / "item-1.json"
    story.write_bytes((DATA / "item-1.json").read_bytes())
    out = tmp_path / "l10n"
    result = runner.invoke(
        main, ["translate", str(story), "--to", "de", "--engine", "pseudo", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "editor's note, not for publication" in result.output
    localized = (out / "de" / "item-1.json").read_text(encoding="utf-8")
    assert json.loads(localized)["language"] == "de"
    built = tmp_path / "built.json"
    result = runner.invoke(
        main, ["build", str(story), "--po", str(out / "de" / "item-1.po"), "-o", str(built)]
    )
    assert result.exit_code == 0, result.output
    assert built.read_text(encoding="utf-8") == localized


@pytest.mark.parametrize(
    "text",
    [
        '{"headline": 5, "body_html": ["<p>x</p>"], "bodies": "x", "headlines": [1, {"value": 2}]}',
        '{"uri": "x", "headline": "A", "associations": {"m": {"type": "picture", "description_text": 7}}}',
        '{"uri": "x", "headline": "A", "language": 5, "bylines": [{"byline": null}]}',
        '{"uri": "x", "body_html": "<p>cut off',
        '"just a string"',
    ],
)
def test_odd_items_are_read_or_refused_in_one_line(text):
    try:
        document = FORMAT.read(text, Path("odd.json"))
    except UserError as error:
        assert "\n" not in str(error)
        return
    FORMAT.write(document, formatcheck.translated(FORMAT, document, str.upper), "de")


def test_an_item_in_another_language_gets_a_notice(runner, tmp_path):
    german = tmp_path / "de.json"
    german.write_text(
        '{"uri": "x", "language": "de", "headline": "Hafen erhöht Gebühren", "body_text": "Der Hafen."}'
    )
    result = runner.invoke(main, ["segment", str(german)])
    assert result.exit_code == 0
    assert "the file says its text is in 'de'; newsl10n translates from English" in result.output
    assert read("item-2.json").declared_language == "en-GB"
