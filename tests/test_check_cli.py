"""`check`: per-entry problems, exit codes, --json, --fix, and malformed input left untouched."""

from __future__ import annotations

import json

import pytest

from newsl10n.cli import main
from pofiles import write_po

HEADER_WITHOUT_LANGUAGE = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def test_clean_file_exits_zero_with_counts(runner, tmp_path):
    po = write_po(
        tmp_path / "a.po", [("The Pentagon agreed.", "Пентагон согласился.", False), ("Hi.", "Привет.", True)]
    )
    result = runner.invoke(main, ["check", str(po), "--json"])
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)
    assert (report["entries"], report["translated"], report["fuzzy"], report["untranslated"]) == (2, 1, 1, 0)
    assert report["problems"] == 0 and report["language"] == "ru"


def test_untranslated_entries_are_problems(runner, tmp_path):
    po = write_po(tmp_path / "a.po", [("The Pentagon agreed.", "", False)])
    result = runner.invoke(main, ["check", str(po)])
    assert result.exit_code == 1
    assert "untranslated" in result.stdout


def test_malformed_po_is_an_input_error_and_stays_byte_for_byte(runner, tmp_path):
    po = tmp_path / "broken.po"
    po.write_bytes(b'msgid "The Pentagon agreed."\nmsgstr "\xd0\x9f\n')
    before = po.read_bytes()
    result = runner.invoke(main, ["check", str(po), "--fix"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "broken.po" in result.stderr
    assert po.read_bytes() == before


def test_po_without_language_header_or_language_in_path_is_an_input_error(runner, tmp_path):
    # a file with no header at all is refused as msgfmt -c refuses it (no charset for its non-ASCII text)
    po = tmp_path / "a.po"
    po.write_text(HEADER_WITHOUT_LANGUAGE + 'msgid "Hi."\nmsgstr "Привет."\n', encoding="utf-8")
    result = runner.invoke(main, ["check", str(po)])
    assert result.exit_code == 2 and "Language" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("where", ["de.po", "de/LC_MESSAGES/app.po", "l10n/de/app.po"])
def test_po_without_language_header_takes_the_language_from_its_path(runner, tmp_path, where):
    po = tmp_path / where
    po.parent.mkdir(parents=True, exist_ok=True)
    po.write_text(
        HEADER_WITHOUT_LANGUAGE + 'msgid "He said \\"no\\"."\nmsgstr "Er sagte \\"nein\\"."\n', "utf-8"
    )
    result = runner.invoke(main, ["check", str(po), "--json"])
    assert result.exit_code == 1, result.output
    [report] = json.loads(result.stdout)
    assert report["language"] == "de"
    assert [p["check"] for d in report["details"] for p in d["problems"]] == ["quotes"]
    assert result.stderr.count("checking it as 'de', from its path") == 1


@pytest.mark.parametrize("declared", ["ru_RU", "ru-RU", "ru_RU@euro"])
def test_regional_language_codes_get_the_base_profile(runner, tmp_path, declared):
    po = write_po(tmp_path / "a.po", [("He said “no”.", 'Он сказал "нет".', False)], declared)
    result = runner.invoke(main, ["check", str(po), "--json"])
    [report] = json.loads(result.stdout)
    assert [p["check"] for d in report["details"] for p in d["problems"]] == ["quotes"]


def test_fix_leaves_a_correct_file_byte_for_byte(runner, tmp_path):
    po = write_po(tmp_path / "a.po", [("The Pentagon agreed.", "Пентагон согласился.", False)])
    before = po.read_bytes()
    result = runner.invoke(main, ["check", str(po), "--fix"])
    assert result.exit_code == 0
    assert po.read_bytes() == before


def test_a_folder_checks_every_catalog_below_it(runner, tmp_path):
    write_po(tmp_path / "l10n" / "ru" / "a.po", [("Hi.", "Привет.", False)], "ru")
    write_po(tmp_path / "l10n" / "de" / "a.po", [("Hi.", "", False)], "de")
    result = runner.invoke(main, ["check", str(tmp_path / "l10n"), "--json"])
    assert result.exit_code == 1
    reports = json.loads(result.stdout)
    assert [(r["language"], r["untranslated"]) for r in reports] == [("de", 1), ("ru", 0)]


def test_a_folder_without_catalogs_is_an_input_error(runner, tmp_path):
    result = runner.invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 2 and "no PO files" in result.stderr


def test_the_summary_counts_in_words_that_agree(runner, tmp_path):
    po = write_po(tmp_path / "one.po", [("It cost $5.", "Es kostete 6 $.", False)], "de")
    result = runner.invoke(main, ["check", str(po)])
    assert result.stderr.strip().endswith("1 entry, 1 translated, 0 fuzzy, 0 untranslated; 1 problem")
