"""`check`: per-entry problems, exit codes, --json, --fix, and malformed input left untouched."""

from __future__ import annotations

import json

from newsl10n.cli import main
from pofiles import write_po


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


def test_po_without_language_header_is_an_input_error(runner, tmp_path):
    po = write_po(tmp_path / "a.po", [("Hi.", "Привет.", False)], lang=None)
    result = runner.invoke(main, ["check", str(po)])
    assert result.exit_code == 2 and "Language" in result.stderr


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
