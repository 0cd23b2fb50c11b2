"""`newsl10n glossary list/import/export` and `newsl10n check [--fix]` with glossary terms, via CliRunner."""

from __future__ import annotations

import json

import polib

from newsl10n.cli import main
from pofiles import write_po


def test_list_for_one_language_as_text_and_json(runner):
    result = runner.invoke(main, ["glossary", "list", "--lang", "uk"])
    assert result.exit_code == 0, result.output
    assert "Kyiv|Kiev → Київ\n" in result.stdout
    assert "Patriot → Patriot (do not translate)\n" in result.stdout
    result = runner.invoke(main, ["glossary", "list", "--lang", "de", "--json"])
    rows = {row["en"][0]: row for row in json.loads(result.stdout)}
    assert rows["Kyiv"]["targets"] == {"de": ["Kiew"]} and rows["NASAMS"]["do_not_translate"] == ["de"]


def test_list_merges_user_glossary_and_rejects_unknown_language(runner, tmp_path):
    local = tmp_path / "local.csv"
    local.write_text("en,ru,note\nKiev,Киев,local\nBakhmut,Бахмут,city\n", encoding="utf-8")
    result = runner.invoke(main, ["glossary", "list", "--no-shipped", "--glossary", str(local), "--json"])
    assert [row["en"] for row in json.loads(result.stdout)] == [["Kiev"], ["Bakhmut"]]
    result = runner.invoke(main, ["glossary", "list", "--lang", "fr"])
    assert result.exit_code == 2 and "no glossary term has a target for 'fr'" in result.stderr


def test_export_tbx_then_import_gives_back_the_csv(runner, tmp_path):
    tbx, csv_out = tmp_path / "news.tbx", tmp_path / "back.csv"
    assert runner.invoke(main, ["glossary", "export", "--format", "tbx", "-o", str(tbx)]).exit_code == 0
    assert tbx.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="UTF-8"?>\n<martif')
    result = runner.invoke(main, ["glossary", "import", str(tbx), "-o", str(csv_out)])
    assert result.exit_code == 0, result.output
    exported_csv = runner.invoke(main, ["glossary", "export", "--format", "csv"]).stdout
    assert csv_out.read_text(encoding="utf-8") == exported_csv
    assert runner.invoke(main, ["glossary", "import", str(tbx)]).stdout == exported_csv


def test_import_and_export_errors_are_one_line_exit_2(runner, tmp_path):
    broken = tmp_path / "broken.tbx"
    broken.write_text("<martif><text>", encoding="utf-8")
    result = runner.invoke(main, ["glossary", "import", str(broken)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "broken.tbx, line 1" in result.stderr
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("ru,uk\nКиев,Київ\n", encoding="utf-8")
    result = runner.invoke(main, ["glossary", "export", "--glossary", str(bad_csv)])
    assert result.exit_code == 2 and "bad.csv, row 1: the first column must be 'en'" in result.stderr


def test_check_reports_wrong_and_missing_terms(runner, tmp_path):
    po = write_po(
        tmp_path / "uk.po",
        [
            ("Officials in Kiev.", "Чиновники в Киеве.", True),
            ("Proposals for a Christmas truce.", "Пропозиції щодо перемир’я.", False),
        ],
        "uk",
    )
    result = runner.invoke(main, ["check", str(po), "--json"])
    assert result.exit_code == 1
    [report] = json.loads(result.stdout)
    messages = [p["message"] for d in report["details"] for p in d["problems"] if p["check"] == "glossary"]
    assert messages == [
        "wrong form 'Киеве' of Kiev → Київ",
        "missing term: Christmas truce → різдвяне перемир’я",
    ]


def test_check_fix_repairs_terms_and_keeps_the_rest(runner, tmp_path):
    po = write_po(
        tmp_path / "ru.po",
        [
            ("He spoke with Peskov.", "Он говорил с Пєсковым.", True),
            ("The Patriot would be a target.", "Пэтриот станет целью.", False),
            ("A true patriot.", "Настоящий патриот.", False),
        ],
        "ru",
    )
    result = runner.invoke(main, ["check", str(po), "--fix"])
    assert "fixed: Peskov → Песков: replaced 'Пєсковым' with 'Песковым'" in result.stdout
    # The locale stage may turn spaces after prepositions into no-break spaces; that is not ours.
    entries = {e.msgid: e for e in polib.pofile(str(po))}
    for entry in entries.values():
        entry.msgstr = entry.msgstr.replace("\xa0", " ")
    assert entries["He spoke with Peskov."].msgstr == "Он говорил с Песковым."
    assert entries["The Patriot would be a target."].msgstr == "Patriot станет целью."
    assert entries["A true patriot."].msgstr == "Настоящий патриот."
    again = runner.invoke(main, ["check", str(po), "--json"])
    [report] = json.loads(again.stdout)
    assert not [p for d in report["details"] for p in d["problems"] if p["check"] == "glossary"]


def test_check_fix_leaves_a_correct_file_byte_for_byte(runner, tmp_path):
    po = write_po(
        tmp_path / "de.po",
        [
            ("Kremlin spokesman Dmitry Peskov said.", "Kremlsprecher Dmitri Peskow sagte.", False),
            ("It wants to deplete Kiev's air defense.", "Es will Kiews Luftabwehr erschöpfen.", True),
        ],
        "de",
    )
    before = po.read_bytes()
    result = runner.invoke(main, ["check", str(po), "--fix"])
    assert "glossary" not in result.stdout, result.stdout
    assert po.read_bytes() == before


def test_check_fix_with_a_user_glossary(runner, tmp_path):
    local = tmp_path / "desk.csv"
    local.write_text("en,uk\nBakhmut,Бахмут\n", encoding="utf-8")
    po = write_po(tmp_path / "uk.po", [("Fighting near Bakhmut.", "Бої біля Бахмута.", True)], "uk")
    result = runner.invoke(main, ["check", str(po), "--glossary", str(local), "--json"])
    assert result.exit_code == 0, result.output
    po = write_po(tmp_path / "uk.po", [("Fighting near Bakhmut.", "Бої біля Бахмуту.", True)], "uk")
    runner.invoke(main, ["check", str(po), "--glossary", str(local), "--fix"])
    assert polib.pofile(str(po))[0].msgstr == "Бої біля Бахмуту."  # an accepted form: never altered
    po = write_po(tmp_path / "uk.po", [("Fighting near Bakhmut.", "Бої біля Бахмуда.", True)], "uk")
    result = runner.invoke(main, ["check", str(po), "--glossary", str(local), "--fix"])
    assert "fixed: Bakhmut → Бахмут: replaced 'Бахмуда' with 'Бахмута'" in result.stdout


def test_check_fix_leaves_a_malformed_po_untouched(runner, tmp_path):
    po = tmp_path / "broken.po"
    po.write_bytes(b'msgid "Officials in Kiev."\nmsgstr "\xd0\xa7\n')
    before = po.read_bytes()
    result = runner.invoke(main, ["check", str(po), "--fix"])
    assert result.exit_code == 2 and "broken.po" in result.stderr
    assert po.read_bytes() == before


def test_pseudo_output_gets_the_glossary_hints_but_no_term_problems(runner, example, tmp_path):
    """Pseudo-localized text tests layouts: no term can be in it, so none is reported missing or repaired."""
    out = tmp_path / "l10n"
    result = runner.invoke(
        main, ["translate", str(example), "--to", "uk", "--engine", "pseudo", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    text = (out / "uk" / "kremlin-patriots.po").read_text(encoding="utf-8")
    assert "#. glossary: Peskov → Пєсков" in text
    assert "problem: glossary" not in text


def test_check_holds_a_pseudo_catalog_to_the_glossary_only_where_a_translator_wrote(
    runner, example, tmp_path
):
    out = tmp_path / "l10n"
    runner.invoke(main, ["translate", str(example), "--to", "uk", "--engine", "pseudo", "--out", str(out)])
    po_path = out / "uk" / "kremlin-patriots.po"
    result = runner.invoke(main, ["check", str(po_path)])
    assert "glossary" not in result.stdout
    catalog = polib.pofile(str(po_path))
    entry = next(e for e in catalog if e.msgid.startswith("Kremlin spokesman Dmitry Peskov"))
    entry.msgstr = "Речник Кремля Дмитро Песков сказав, що Patriot буде ціллю."
    entry.flags.remove("fuzzy")
    catalog.save()
    result = runner.invoke(main, ["check", str(po_path)])
    assert result.exit_code == 1
    assert "wrong form 'Дмитро Песков' of Dmitry Peskov → Дмитро Пєсков" in result.stdout
