"""`translate` writes a template, one PO file per language and the localized text."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from newsl10n.cli import main
from newsl10n.engines.pseudo import pseudolocalize


def run_translate(runner, article: Path, out: Path, *extra: str, langs: str = "ru,uk,de"):
    return runner.invoke(main, ["translate", str(article), "--to", langs, "--out", str(out), *extra])


def test_engine_none_writes_template_catalogs_and_text(runner, example, tmp_path):
    out = tmp_path / "l10n"
    result = run_translate(runner, example, out, "--engine", "none")
    assert result.exit_code == 0, result.output
    assert (out / "kremlin-patriots.pot").is_file()
    for lang in ("ru", "uk", "de"):
        catalog = polib.pofile(str(out / lang / "kremlin-patriots.po"))
        assert catalog.metadata["Language"] == lang
        assert all(entry.msgstr == "" for entry in catalog)
        text = (out / lang / "kremlin-patriots.txt").read_text(encoding="utf-8")
        assert text.startswith("Kremlin: Patriots would be legitimate target")
        assert "You May Also Like" not in text


def test_header_has_plural_forms_from_cldr_and_generator(runner, example, tmp_path):
    out = tmp_path / "l10n"
    assert run_translate(runner, example, out, "--engine", "none").exit_code == 0
    ru = polib.pofile(str(out / "ru" / "kremlin-patriots.po")).metadata
    de = polib.pofile(str(out / "de" / "kremlin-patriots.po")).metadata
    assert ru["Plural-Forms"].startswith("nplurals=3;")
    assert de["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert ru["Content-Type"] == "text/plain; charset=UTF-8"
    for key in ("Project-Id-Version", "POT-Creation-Date", "PO-Revision-Date"):
        assert ru[key]
    assert ru["X-Generator"].startswith("newsl10n ")


def test_entries_in_document_order_with_references_and_locations(runner, small_article, tmp_path):
    out = tmp_path / "l10n"
    assert run_translate(runner, small_article, out, "--engine", "none", langs="de").exit_code == 0
    catalog = polib.pofile(str(out / "de" / "short.po"))
    assert [e.msgid for e in catalog] == [
        "Kyiv prepares for winter",
        "Kyiv said on Tuesday it needs more air defense.",
        "The Pentagon agreed.",
        "Officials met in Washington.",
    ]
    repeated = catalog.find("Kyiv said on Tuesday it needs more air defense.")
    assert repeated.occurrences == [("short.txt", "3"), ("short.txt", "5")]
    assert repeated.comment.splitlines()[0] == "paragraph 1, sentence 1; paragraph 2, sentence 2"
    assert catalog[0].comment.splitlines()[0] == "headline"


def test_repeated_sentence_in_the_example_is_one_entry(runner, example, tmp_path):
    """The lead sentence repeated near the end (as wires often do) becomes one entry, two references."""
    lead = "Peskov said the Patriot would “definitely” be a target for Russia, but would not comment on unconfirmed media reports."
    text = example.read_text(encoding="utf-8")
    example.write_text(text.replace("You May Also Like", lead + "\n\nYou May Also Like"), encoding="utf-8")
    out = tmp_path / "l10n"
    assert run_translate(runner, example, out, "--engine", "none", langs="ru").exit_code == 0
    catalog = polib.pofile(str(out / "ru" / "kremlin-patriots.po"))
    msgids = [e.msgid for e in catalog]
    assert len(msgids) == len(set(msgids))
    [repeated] = [e for e in catalog if len(e.occurrences) == 2]
    assert repeated.msgid == lead
    assert repeated.occurrences == [("kremlin-patriots.txt", "4"), ("kremlin-patriots.txt", "29")]
    assert (
        catalog.find("Kremlin spokesman Dmitry " + lead) is not None
    )  # the near-duplicate stays its own entry


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
@pytest.mark.parametrize("engine", ["none", "pseudo"])
def test_every_file_passes_msgfmt_check(runner, example, tmp_path, engine):
    out = tmp_path / "l10n"
    assert run_translate(runner, example, out, "--engine", engine).exit_code == 0
    files = [out / "kremlin-patriots.pot", *out.glob("*/*.po")]
    assert len(files) == 4
    for path in files:
        done = subprocess.run(
            ["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, f"{path}: {done.stderr}"


def test_pseudo_engine_output_is_fuzzy_longer_and_bracketed(runner, example, tmp_path):
    out = tmp_path / "l10n"
    assert run_translate(runner, example, out, "--engine", "pseudo", langs="de").exit_code == 0
    catalog = polib.pofile(str(out / "de" / "kremlin-patriots.po"))
    for entry in catalog:
        assert entry.fuzzy
        assert entry.msgstr.startswith("[") and entry.msgstr.endswith("]")
        assert len(entry.msgstr) >= 1.2 * len(entry.msgid)
    money = next(e for e in catalog if "$19.3 billion" in e.msgid)
    assert "19,3" in money.msgstr  # the number survived, in German notation


@pytest.mark.parametrize(
    "kept",
    [
        "www.parkseed.com",  # a bare address: a page's shop pointer (WCXB's 2025 gardening column)
        '<a href="https://www.example.com/gifts/">',  # a tag written out as text in a page's meta description
        "`make install`",
        "jane.doe@example.com",
        "@thetalkshow",  # a social handle: an embedded post's author (an RSS item's tweet)
    ],
)
def test_pseudo_keeps_every_protected_stretch_as_it_is(kept: str):
    text = f"Order a herb cutter at {kept} before the holidays."
    assert kept in pseudolocalize(text)
    assert "Order" not in pseudolocalize(text)


def test_pseudo_localizes_a_dates_words_as_a_translation_would():
    pseudo = pseudolocalize("On December 15, 2016, her 11-year-old granddaughter testified.")
    assert "December" not in pseudo and "year" not in pseudo


def test_pseudo_writes_an_amount_as_the_language_does_and_check_finds_it(runner, example, tmp_path):
    """The example's "$19.3 billion" comes out as 19,3 Mrd. $ in German, as a translation has it: pseudo
    output has no problem a real translation would not have."""
    assert "19,3 Mrd. $" in pseudolocalize("The U.S. pledged $19.3 billion.", "de")
    out = tmp_path / "l10n"
    assert run_translate(runner, example, out, "--engine", "pseudo", langs="ru,de").exit_code == 0
    assert runner.invoke(main, ["check", str(out)]).exit_code == 0


def test_json_summary_counts_units_per_language(runner, example, tmp_path):
    out = tmp_path / "l10n"
    result = run_translate(runner, example, out, "--engine", "pseudo", "--json", langs="ru,de")
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert [s["lang"] for s in summary["languages"]] == ["ru", "de"]
    ru = summary["languages"][0]
    assert ru["mt"] == ru["units"] > 10 and ru["tm"] == 0 and ru["empty"] == 0
    assert [d["text"] for d in summary["articles"][0]["dropped"]] == [
        "You May Also Like",
        "Recommended for you",
        "Immediate Peak",
    ]


def test_no_temporary_files_are_left_behind(runner, example, tmp_path):
    out = tmp_path / "l10n"
    assert run_translate(runner, example, out, "--engine", "pseudo").exit_code == 0
    assert not [p for p in out.rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]


def test_several_articles_in_one_run(runner, example, small_article, tmp_path):
    out = tmp_path / "l10n"
    result = runner.invoke(
        main,
        [
            "translate",
            str(example),
            str(small_article),
            "--to",
            "uk",
            "--engine",
            "pseudo",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (out / "uk").iterdir()) == [
        "kremlin-patriots.po",
        "kremlin-patriots.txt",
        "short.po",
        "short.txt",
    ]


def test_quiet_in_pipes_summary_only(runner, example, tmp_path):
    """No progress bar when stderr is not a terminal: just the drops and one summary line a language."""
    result = run_translate(runner, example, tmp_path / "l10n", "--engine", "pseudo", langs="ru,de")
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert "Translating" not in result.stderr and "\r" not in result.stderr
    assert [line.split(":")[0] for line in lines if line.startswith(("ru:", "de:"))] == ["ru", "de"]
    assert len(lines) == 3 + 2 + 1  # three dropped blocks, two summaries, "wrote l10n/"
