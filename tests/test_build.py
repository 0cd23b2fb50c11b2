"""`build`: localized text from an article and its PO file."""

from __future__ import annotations

import pytest

from newsl10n import api
from newsl10n.cli import main
from pofiles import write_po

TRANSLATIONS = {
    "Kyiv prepares for winter": ("Kiew bereitet sich auf den Winter vor", False),
    "Kyiv said on Tuesday it needs more air defense.": (
        "Kiew sagte am Dienstag, es brauche mehr Luftabwehr.",
        True,
    ),
    "Officials met in Washington.": ("Beamte trafen sich in Washington.", False),
}


def test_build_keeps_paragraph_structure_and_counts_fallbacks(runner, small_article, tmp_path):
    po = tmp_path / "short.po"
    write_po(po, [(msgid, *value) for msgid, value in TRANSLATIONS.items()], "de")
    result = runner.invoke(main, ["build", str(small_article), "--po", str(po)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Kiew bereitet sich auf den Winter vor\n\n"
        "Kiew sagte am Dienstag, es brauche mehr Luftabwehr. The Pentagon agreed.\n\n"
        "Beamte trafen sich in Washington. Kiew sagte am Dienstag, es brauche mehr Luftabwehr.\n"
    )
    assert "1 of 5 units left in English" in result.stderr


def test_reviewed_only_leaves_out_fuzzy_translations(runner, small_article, tmp_path):
    po = tmp_path / "short.po"
    out = tmp_path / "final.txt"
    write_po(po, [(msgid, *value) for msgid, value in TRANSLATIONS.items()], "de")
    result = runner.invoke(
        main, ["build", str(small_article), "--po", str(po), "--reviewed-only", "-o", str(out)]
    )
    assert result.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "Kyiv said on Tuesday it needs more air defense. The Pentagon agreed." in text
    assert "Beamte trafen sich in Washington." in text
    assert "3 of 5 units left in English" in result.stderr


def test_api_build_matches_cli(small_article, tmp_path):
    po = tmp_path / "short.po"
    write_po(po, [(msgid, *value) for msgid, value in TRANSLATIONS.items()], "de")
    result = api.build(small_article, po)
    assert (result.translated, result.fallback, result.fuzzy) == (4, 1, 2)
    assert result.text.count("\n\n") == 2


def test_build_of_translate_output_roundtrips_example(runner, example, tmp_path):
    out = tmp_path / "l10n"
    assert (
        runner.invoke(
            main, ["translate", str(example), "--to", "de", "--engine", "pseudo", "--out", str(out)]
        ).exit_code
        == 0
    )
    built = runner.invoke(main, ["build", str(example), "--po", str(out / "de" / "kremlin-patriots.po")])
    assert built.stdout == (out / "de" / "kremlin-patriots.txt").read_text(encoding="utf-8")
    source_paragraphs = api.segment(example).paragraphs()
    assert built.stdout.count("\n\n") == len(source_paragraphs) - 1


@pytest.mark.parametrize(
    "widget",
    [
        "Zebra Crossing Weekly Roundup",
        "Zebra Crossing Weekly Round\u00adup",
    ],  # a soft hyphen, taken out on reading
)
def test_build_leaves_out_what_recurred_in_the_batch_as_translate_did(runner, tmp_path, widget):
    """A widget found only because it recurs across the batch's articles stays out of the built article too."""
    stories = {
        "a": (
            "The council met on Monday to discuss the budget for next year in detail.",
            "Officials said the vote would take place on Friday after a long debate.",
        ),
        "b": (
            "The river rose overnight and flooded several streets near the old harbour.",
            "Residents were told to stay at home until the water level went down again.",
        ),
    }
    articles = []
    for name, (first, second) in stories.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(
            f"Headline number {name} for the story\n\n{first}\n\n{widget}\n\n{second}\n\n"
            "All the news from the harbour, every day\n",
            encoding="utf-8",
        )
        articles.append(str(path))
    out = tmp_path / "l10n"
    result = runner.invoke(
        main, ["translate", *articles, "--to", "de", "--engine", "pseudo", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "Zebra" not in (out / "de" / "a.po").read_text(encoding="utf-8")
    translated = (out / "de" / "a.txt").read_text(encoding="utf-8")
    assert translated.count("\n\n") == 2  # the headline and two paragraphs
    assert api.build(tmp_path / "a.txt", out / "de" / "a.po").text == translated


def test_a_block_with_nothing_to_translate_stays_as_it_is(runner, tmp_path):
    """A price or a rule between paragraphs is not furniture to leave out: it is written back untranslated."""
    article = tmp_path / "prices.txt"
    article.write_text(
        "Prices rise again across the region\n\n"
        "The shop raised its prices on Monday, the owner said in a statement.\n\n"
        "$119.00\n\n___\n\n"
        "Customers said they would shop elsewhere from now on, several told reporters.\n",
        encoding="utf-8",
    )
    out = tmp_path / "l10n"
    result = runner.invoke(
        main, ["translate", str(article), "--to", "de", "--engine", "pseudo", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    localized = (out / "de" / "prices.txt").read_text(encoding="utf-8").split("\n\n")
    assert localized[2:4] == ["$119.00", "___"]
    assert "119" not in (out / "de" / "prices.po").read_text(encoding="utf-8")
    assert api.build(article, out / "de" / "prices.po").text.split("\n\n")[2:4] == ["$119.00", "___"]


def test_sentences_the_source_glued_together_are_built_with_a_space(runner, tmp_path):
    """An extractor's "schools.The fact" is two units; the localized article does not glue their translations."""
    article = tmp_path / "glued.txt"
    article.write_text(
        "Facebook at college\n\nIt had only penetrated 800 schools.The fact that it grew surprised him.\n",
        encoding="utf-8",
    )
    po = tmp_path / "glued.po"
    write_po(
        po,
        [
            ("It had only penetrated 800 schools.", "Es hatte erst 800 Schulen erreicht.", False),
            ("The fact that it grew surprised him.", "Dass es wuchs, überraschte ihn.", False),
        ],
        "de",
    )
    result = runner.invoke(main, ["build", str(article), "--po", str(po)])
    assert result.exit_code == 0, result.output
    assert "Es hatte erst 800 Schulen erreicht. Dass es wuchs, überraschte ihn.\n" in result.stdout


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("story.txt", "Kyiv was quiet. The talks go on.\n"),
        ("story.html", "<p>Kyiv was quiet. The talks go on.</p>\n"),
        ("story.nitf", "<nitf><body><body.content><p>Kyiv was quiet.</p></body.content></body></nitf>\n"),
    ],
)
def test_a_byte_order_mark_stays_in_the_localized_file(runner, tmp_path, name, body):
    """A file saved with a UTF-8 byte order mark (Notepad, a Windows CMS export) is written back with one, by
    translate and build alike; a file without one gets none."""
    for marked in (True, False):
        source = tmp_path / ("marked" if marked else "plain") / name
        source.parent.mkdir()
        source.write_bytes((b"\xef\xbb\xbf" if marked else b"") + body.encode("utf-8"))
        out = source.parent / "l10n"
        args = ["translate", str(source), "--to", "de", "--engine", "pseudo", "--out", str(out)]
        assert runner.invoke(main, args).exit_code == 0
        localized = (out / "de" / name).read_bytes()
        assert localized.startswith(b"\xef\xbb\xbf") is marked
        assert localized.count(b"\xef\xbb\xbf") == int(marked)
        built = source.parent / f"built-{name}"
        po = out / "de" / f"{source.stem}.po"
        assert runner.invoke(main, ["build", str(source), "--po", str(po), "-o", str(built)]).exit_code == 0
        assert built.read_bytes() == localized
