"""The memory through the command line: fuzzy suggestions in translate, and ``newsl10n tm``."""

from __future__ import annotations

import json
import subprocess

import polib

from newsl10n.cli import main
from pofiles import write_po

OLD = "Peskov said on Tuesday that 3 people died in the strike."
OLD_RU = "Песков заявил во вторник, что в результате удара погибли 3 человека."
NEW = "Peskov said on Wednesday that 5 people died in the strike."


def article(tmp_path, sentence: str):
    path = tmp_path / "today.txt"
    path.write_text(f"Kyiv prepares for winter\n\n{sentence} The Pentagon agreed.\n", encoding="utf-8")
    return path


def test_a_changed_sentence_gets_a_fuzzy_memory_suggestion(runner, tmp_path):
    write_po(tmp_path / "memory" / "2022-12-12" / "kremlin.po", [(OLD, OLD_RU, False)], "ru")
    out = tmp_path / "l10n"
    args = ["translate", str(article(tmp_path, NEW)), "--to", "ru", "--engine", "none", "--out", str(out)]
    result = runner.invoke(main, [*args, "--tm", str(tmp_path / "memory"), "--json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)["languages"][0]
    assert (counts["tm"], counts["reviewed"], counts["empty"]) == (1, 0, 2)
    po_path = out / "ru" / "today.po"
    entry = polib.pofile(str(po_path)).find(NEW)
    assert entry.fuzzy and entry.previous_msgid == OLD
    assert entry.msgstr == "Песков заявил в среду, что в результате удара погибли 5 человек."
    assert "translation memory: 93% from 2022-12-12/kremlin.po" in entry.comment.split("\n")
    text = po_path.read_text(encoding="utf-8")
    assert f'#| msgid "{OLD}"' in text
    assert subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po_path)], check=False).returncode == 0


def test_tmx_is_accepted_directly_by_translate(runner, tmp_path):
    from newsl10n.tm.tmx import ExportEntry, tmx_text

    tmx = tmp_path / "desk.tmx"
    tmx.write_text(tmx_text([ExportEntry(OLD, "ru", OLD_RU)]), encoding="utf-8")
    out = tmp_path / "l10n"
    args = ["translate", str(article(tmp_path, OLD)), "--to", "ru", "--engine", "none", "--out", str(out)]
    assert runner.invoke(main, [*args, "--tm", str(tmx)]).exit_code == 0
    entry = polib.pofile(str(out / "ru" / "today.po")).find(OLD)
    assert entry.msgstr == OLD_RU and not entry.fuzzy


def test_export_then_import_round_trips_reviewed_work_only(runner, tmp_path):
    l10n = tmp_path / "l10n"
    write_po(l10n / "ru" / "a.po", [(OLD, OLD_RU, False), ("Draft only.", "Черновик.", True)], "ru")
    write_po(l10n / "de" / "a.po", [(OLD, "Peskow sagte am Dienstag, 3 Menschen starben.", False)], "de")
    tmx = tmp_path / "ru.tmx"
    result = runner.invoke(main, ["tm", "export", str(l10n), "--lang", "ru", "-o", str(tmx)])
    assert result.exit_code == 0, result.output
    assert "1 translation units (ru)" in result.stderr
    text = tmx.read_text(encoding="utf-8")
    assert OLD_RU in text and "Черновик" not in text and "Peskow" not in text
    assert '<prop type="x-file">ru/a.po</prop>' in text

    imported = tmp_path / "imported"
    result = runner.invoke(main, ["tm", "import", str(tmx), "-o", str(imported)])
    assert result.exit_code == 0, result.output
    catalog = polib.pofile(str(imported / "ru" / "ru.po"))
    assert [(e.msgid, e.msgstr, e.fuzzy) for e in catalog] == [(OLD, OLD_RU, False)]
    assert (
        subprocess.run(
            ["msgfmt", "-c", "-o", "/dev/null", str(imported / "ru" / "ru.po")], check=False
        ).returncode
        == 0
    )


def test_export_to_stdout_is_a_tmx_document(runner, tmp_path):
    write_po(tmp_path / "ru" / "a.po", [(OLD, OLD_RU, False)], "ru")
    result = runner.invoke(main, ["tm", "export", str(tmp_path / "ru")])
    assert result.exit_code == 0 and result.stdout.startswith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">'
    )


def test_import_never_overwrites_without_replace(runner, tmp_path):
    from newsl10n.tm.tmx import ExportEntry, tmx_text

    tmx = tmp_path / "desk.tmx"
    tmx.write_text(tmx_text([ExportEntry(OLD, "ru", OLD_RU)]), encoding="utf-8")
    existing = write_po(tmp_path / "out" / "ru" / "desk.po", [("Mine.", "Моё.", False)], "ru")
    before = existing.read_bytes()
    result = runner.invoke(main, ["tm", "import", str(tmx), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "--replace" in result.stderr and "Traceback" not in result.output
    assert existing.read_bytes() == before
    result = runner.invoke(main, ["tm", "import", str(tmx), "-o", str(tmp_path / "out"), "--replace"])
    assert result.exit_code == 0 and OLD_RU in existing.read_text(encoding="utf-8")


def test_bad_input_is_one_line_and_exit_2(runner, tmp_path):
    broken = tmp_path / "broken.tmx"
    broken.write_text("<tmx version='1.4'><body><tu>", encoding="utf-8")
    for args in (
        ["tm", "import", str(broken), "-o", str(tmp_path / "out")],
        ["tm", "import", str(tmp_path / "missing.tmx"), "-o", str(tmp_path / "out")],
        ["tm", "export", str(tmp_path / "nowhere")],
        ["tm", "lookup", "x", "--lang", "ru", "--tm", str(broken)],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 2, args
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("newsl10n: error: ")
    assert not (tmp_path / "out").exists()


def test_lookup_shows_the_suggestion(runner, tmp_path):
    write_po(tmp_path / "mem" / "a.po", [(OLD, OLD_RU, False)], "ru")
    args = ["tm", "lookup", NEW, "--lang", "ru", "--tm", str(tmp_path / "mem"), "--json"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"] == OLD and data["file"] == "a.po" and data["fuzzy"]
    assert data["carried"] == ["Tuesday → Wednesday (во вторник → в среду)", "3 → 5 (3 человека → 5 человек)"]
    result = runner.invoke(
        main, ["tm", "lookup", "Nothing alike.", "--lang", "ru", "--tm", str(tmp_path / "mem")]
    )
    assert result.exit_code == 1 and "no suggestion at 75%" in result.stderr
