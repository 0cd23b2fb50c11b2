"""`newsl10n check` with the locale and QA checkers: what is reported, what --fix rewrites."""

from __future__ import annotations

import json

import polib

from newsl10n.cli import main
from pofiles import write_po

AID = "Washington has provided Ukraine with $19.3 billion since 2022."
TRUCE = "He called it “nonsense” - for now."


def test_check_reports_locale_and_qa_problems(runner, tmp_path):
    po = write_po(
        tmp_path / "a.po",
        [
            (AID, "Вашингтон выделил Украине 19.3 млрд долларов с 2022 года.", True),
            (TRUCE, 'Он назвал это "чепухой"', False),
        ],
        "ru",
    )
    result = runner.invoke(main, ["check", str(po), "--json"])
    assert result.exit_code == 1, result.output
    [report] = json.loads(result.stdout)
    checks = [[p["check"] for p in entry["problems"]] for entry in report["details"]]
    assert checks == [["number"], ["quotes"]]  # missing no-break spaces are fixed by --fix, not failed


def test_check_fix_rewrites_to_the_desk_style_and_then_passes(runner, tmp_path):
    po = write_po(
        tmp_path / "a.po",
        [
            (AID, "Вашингтон выделил Украине 19.3 млрд долларов с 2022 года.", True),
            (TRUCE, 'Он назвал это "чепухой" - пока.', False),
        ],
        "ru",
    )
    result = runner.invoke(main, ["check", str(po), "--fix"])
    assert result.exit_code == 0, result.output
    entries = {e.msgid: e.msgstr for e in polib.pofile(str(po))}
    # no-break spaces are a courtesy on our own machine output only, not on another tool's catalog
    assert entries[AID] == "Вашингтон выделил Украине 19,3 млрд долларов с 2022 года."
    assert entries[TRUCE] == "Он назвал это «чепухой» — пока."
    assert runner.invoke(main, ["check", str(po)]).exit_code == 0


def test_missing_amount_in_german_is_reported(runner, tmp_path):
    po = write_po(
        tmp_path / "a.po", [(AID, "Washington hat der Ukraine seit 2022 viel Geld gegeben.", False)], "de"
    )
    result = runner.invoke(main, ["check", str(po)])
    assert result.exit_code == 1
    assert "amount: $19.3 billion is missing from the target (expected 19,3 Mrd. $)" in result.stdout


def test_correct_german_file_is_clean_and_left_byte_for_byte(runner, tmp_path):
    po = write_po(
        tmp_path / "a.po",
        [(AID, "Washington hat der Ukraine seit 2022 19,3\xa0Mrd.\xa0$ gegeben.", False)],
        "de",
    )
    before = po.read_bytes()
    result = runner.invoke(main, ["check", str(po), "--fix"])
    assert result.exit_code == 0, result.output
    assert po.read_bytes() == before
