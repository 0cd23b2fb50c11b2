"""Translation memory: exact matches from earlier catalogs and --tm, before any engine runs."""

from __future__ import annotations

import json

import polib

from newsl10n.cli import main
from pofiles import write_po


def summary(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["languages"][0]


def test_reviewed_tm_match_is_reused_as_reviewed_and_fuzzy_stays_fuzzy(runner, small_article, tmp_path):
    tm = tmp_path / "memory" / "old.po"
    write_po(tm, [("The Pentagon agreed.", "Das Pentagon stimmte zu.", False)], "de")
    write_po(
        tmp_path / "memory" / "older.po",
        [("Officials met in Washington.", "Beamte trafen sich.", True)],
        "de",
    )
    write_po(
        tmp_path / "memory" / "ru.po", [("Kyiv prepares for winter", "Киев готовится к зиме", False)], "ru"
    )
    out = tmp_path / "l10n"
    args = ["translate", str(small_article), "--to", "de", "--engine", "none", "--out", str(out), "--json"]
    counts = summary(runner.invoke(main, [*args, "--tm", str(tmp_path / "memory")]))
    assert (counts["tm"], counts["reviewed"], counts["mt"], counts["empty"]) == (2, 0, 0, 2)
    catalog = polib.pofile(str(out / "de" / "short.po"))
    reviewed = catalog.find("The Pentagon agreed.")
    assert reviewed.msgstr == "Das Pentagon stimmte zu." and not reviewed.fuzzy
    assert "translation memory: old.po" in reviewed.comment
    fuzzy = catalog.find("Officials met in Washington.")
    assert fuzzy.msgstr == "Beamte trafen sich." and fuzzy.fuzzy
    assert catalog.find("Kyiv prepares for winter").msgstr == ""  # a Russian memory is not German


def test_other_catalogs_in_the_out_dir_are_memory(runner, small_article, tmp_path):
    out = tmp_path / "l10n"
    write_po(out / "de" / "yesterday.po", [("The Pentagon agreed.", "Das Pentagon stimmte zu.", False)], "de")
    args = ["translate", str(small_article), "--to", "de", "--engine", "pseudo", "--out", str(out), "--json"]
    counts = summary(runner.invoke(main, args))
    assert counts["tm"] == 1 and counts["mt"] == counts["units"] - 1


def test_no_tm_turns_memory_off(runner, small_article, tmp_path):
    out = tmp_path / "l10n"
    write_po(out / "de" / "yesterday.po", [("The Pentagon agreed.", "Das Pentagon stimmte zu.", False)], "de")
    args = [
        "translate",
        str(small_article),
        "--to",
        "de",
        "--engine",
        "none",
        "--out",
        str(out),
        "--json",
        "--no-tm",
    ]
    counts = summary(runner.invoke(main, args))
    assert counts["tm"] == 0 and counts["empty"] == counts["units"]


def test_missing_tm_path_is_an_error_and_writes_nothing(runner, small_article, tmp_path):
    out = tmp_path / "l10n"
    args = ["translate", str(small_article), "--to", "de", "--engine", "none", "--out", str(out)]
    result = runner.invoke(main, [*args, "--tm", str(tmp_path / "nowhere")])
    assert result.exit_code == 2 and "nowhere" in result.stderr
    assert not out.exists()
