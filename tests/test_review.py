"""`check` on catalogs as other tools and translators leave them: plurals, line numbers, minimal change,
exemptions, check selection, our own catalogs' kinds."""

from __future__ import annotations

import json

import pytest

from newsl10n.checks import Selection
from newsl10n.cli import main
from newsl10n.review import check_catalogs

HEADER = """# Russian translation of a test program.
# Copyright (C) 2024 Someone
#
msgid ""
msgstr ""
"Project-Id-Version: test 1.0\\n"
"Language: ru\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
"(n%100<10 || n%100>=20) ? 1 : 2);\\n"

"""

PLURAL = """#: src/main.c:10
#, c-format
msgid "%d file was removed"
msgid_plural "%d files were removed"
msgstr[0] "%d файл удалён"
msgstr[1] "%d файла удалены"
msgstr[2] "файлов удалено"

#, c-format
msgid "Copied %d \\"new\\" file"
msgid_plural "Copied %d \\"new\\" files"
msgstr[0] "Скопирован %d «новый» файл"
msgstr[1] "Скопировано %d «новых» файла"
msgstr[2] "Скопировано %d \\"новых\\" файлов"
"""

# Wrapped at 79 columns by msgmerge, with a long comment and obsolete entries with #~| lines.
REVIEWED = """#. This translator-facing comment is longer than seventy-nine characters, and must stay exactly as it is.
#: src/main.c:20
msgid ""
"The Kremlin said on Tuesday that the proposal was \\"nonsense\\" and would not be "
"discussed."
msgstr ""
"В Кремле во вторник заявили, что предложение - \\"чепуха\\" и обсуждаться не "
"будет."

#: src/main.c:30
msgid "Nothing to fix here."
msgstr "Здесь нечего исправлять."

#~| msgid "An old sentence."
#~ msgid "An older sentence."
#~ msgstr "Старое предложение."
"""


def write(tmp_path, body, name="ru.po", header=HEADER):
    path = tmp_path / name
    path.write_text(header + body, encoding="utf-8")
    return path


def details(report):
    return [(entry.form, entry.line, [p.check for p in entry.problems]) for entry in report.entries]


def test_every_plural_form_is_checked_and_counted_at_its_own_line(tmp_path):
    path = write(tmp_path, PLURAL)
    [report] = check_catalogs([path])
    assert (report.total, report.plural, report.translated) == (2, 2, 2)
    lines = path.read_text(encoding="utf-8").splitlines()
    found = details(report)
    assert (2, lines.index('msgstr[2] "файлов удалено"') + 1, ["printf"]) in found
    assert (2, lines.index('msgstr[2] "Скопировано %d \\"новых\\" файлов"') + 1, ["quotes"]) in found
    assert len(found) == 2
    assert "missing %d" in report.entries[0].problems[0].message


def test_a_form_the_plural_rule_uses_for_one_number_may_leave_the_number_out(tmp_path):
    header = HEADER.replace("Language: ru", "Language: de").replace(
        'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "\n"(n%100<10 || n%100>=20) ? 1 : 2);',
        'nplurals=2; plural=(n != 1);"\n"',
    )
    body = '#, c-format\nmsgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "Eine Datei"\nmsgstr[1] "%d Dateien"\n'
    [report] = check_catalogs([write(tmp_path, body, "de.po", header)])
    assert report.entries == []


def test_fix_changes_only_the_fixed_entry_in_the_files_own_wrapping(tmp_path):
    path = write(tmp_path, REVIEWED)
    before = path.read_text(encoding="utf-8")
    [report] = check_catalogs([path], fix=True)
    after = path.read_text(encoding="utf-8")
    assert report.fixed and report.fixed_entries == 1
    assert [str(change) for entry in report.entries for change in entry.changes] == [
        'quotes: " → « »',
        "dash: - → —",
    ]
    changed = [
        (old, new) for old, new in zip(before.splitlines(), after.splitlines(), strict=True) if old != new
    ]
    assert changed == [
        (
            '"В Кремле во вторник заявили, что предложение - \\"чепуха\\" и обсуждаться не "',
            '"В Кремле во вторник заявили, что предложение — «чепуха» и обсуждаться не "',
        )
    ]


def test_a_file_with_nothing_to_fix_stays_byte_for_byte(tmp_path):
    path = write(tmp_path, REVIEWED.replace('- \\"чепуха\\"', "— «чепуха»"))
    before = path.read_bytes()
    [report] = check_catalogs([path], fix=True)
    assert not report.fixed and path.read_bytes() == before


def test_reported_lines_are_the_msgstr_lines(tmp_path):
    path = write(tmp_path, REVIEWED)
    [report] = check_catalogs([path])
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [entry.line for entry in report.entries] == [lines.index('msgstr ""', 12) + 1]


def test_a_translator_comment_exempts_one_entry_from_named_checks(tmp_path):
    body = REVIEWED.replace("#. This translator", "# newsl10n-skip: quotes, dash\n#. This translator")
    path = write(tmp_path, body)
    before = path.read_bytes()
    [report] = check_catalogs([path], fix=True)
    assert report.entries == [] and path.read_bytes() == before


def test_only_and_skip_choose_the_checks(tmp_path):
    path = write(tmp_path, REVIEWED)
    [only] = check_catalogs([path], selection=Selection(only=frozenset({"dash"})))
    assert [p.check for entry in only.entries for p in entry.problems] == ["dash"]
    [skipped] = check_catalogs([path], selection=Selection(skip=frozenset({"dash", "quotes"})))
    assert skipped.entries == []


def test_cli_only_skip_strict_and_unknown_check_names(runner, tmp_path):
    path = write(tmp_path, REVIEWED)
    result = runner.invoke(main, ["check", str(path), "--only", "quotes", "--json"])
    [report] = json.loads(result.stdout)
    assert result.exit_code == 1 and [p["check"] for d in report["details"] for p in d["problems"]] == [
        "quotes"
    ]
    assert runner.invoke(main, ["check", str(path), "--skip", "quotes,dash"]).exit_code == 0
    bad = runner.invoke(main, ["check", str(path), "--only", "quotez"])
    assert bad.exit_code == 2 and "unknown check 'quotez'" in bad.stderr and bad.stderr.count("\n") == 1


def test_verbatim_entries_keep_their_spacing_and_typography(tmp_path):
    body = (
        "#, no-wrap\n"
        'msgid ""\n'
        '" Package: grep\\n"\n'
        '"  Version:  3.11-3  \\"quoted\\" - x\\n"\n'
        'msgstr ""\n'
        '"Paket: grep\\n"\n'
        '"  Version:  3.11-3  \\"zitiert\\" - x\\n"\n'
    )
    path = write(tmp_path, body)
    before = path.read_bytes()
    [report] = check_catalogs([path], fix=True)
    assert path.read_bytes() == before
    assert details(report) == [(None, report.entries[0].line, ["whitespace"])]  # reported, never changed


OWN_HEADER = HEADER.replace(
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"\n"X-Generator: newsl10n 0.1\\n"',
)


def test_our_own_catalogs_say_each_entrys_kind(tmp_path):
    body = (
        "#. headline\n"
        'msgid "Kremlin Calls Patriots a Legitimate Target"\n'
        'msgstr "Кремль Называет Patriot Законной Целью"\n\n'
        "#. credit 9, sentence 1\n"
        'msgid "Reporting by Tom Balmforth and Olena Harmash"\n'
        'msgstr "Репортаж Тома Балмфорта и Олены Гармаш"\n'
    )
    [report] = check_catalogs([write(tmp_path, body, header=OWN_HEADER)])
    assert [(entry.msgid[:7], [p.check for p in entry.problems]) for entry in report.entries] == [
        ("Kremlin", ["case"])
    ]
    # another tool's catalog says nothing of kinds: the headline rule waits for --strict
    [other] = check_catalogs([write(tmp_path, body, "other.ru.po")])
    assert other.entries == []
    [strict] = check_catalogs([tmp_path / "other.ru.po"], selection=Selection(strict=True))
    assert len(strict.entries) == 2


@pytest.mark.parametrize(("own", "nbsp"), [(True, True), (False, False)])
def test_no_break_spaces_only_on_our_own_machine_output(tmp_path, own, nbsp):
    body = (
        "#. paragraph 1, sentence 1\n#. machine translation: Argos en→ru 1.9\n#, fuzzy\n"
        'msgid "Talks in Moscow."\nmsgstr "Переговоры в Москве - \\"итог\\"."\n'
    )
    path = write(tmp_path, body, header=OWN_HEADER if own else HEADER)
    check_catalogs([path], fix=True)
    text = path.read_text(encoding="utf-8")
    assert "«итог»" in text and "Москве —" in text
    assert ("в\xa0Москве" in text) is nbsp


def test_a_fix_the_files_charset_cannot_hold_is_reported_not_written(tmp_path):
    header = HEADER.replace("charset=UTF-8", "charset=KOI8-R")
    path = tmp_path / "ru.po"
    path.write_bytes(
        (header + 'msgid "He said \\"no\\" - twice."\nmsgstr "Он сказал \\"нет\\" дважды."\n').encode(
            "koi8-r"
        )
    )
    before = path.read_bytes()
    [report] = check_catalogs([path], fix=True)
    assert path.read_bytes() == before and not report.fixed
    assert [p.check for entry in report.entries for p in entry.problems] == ["quotes"]


def test_a_translation_left_as_its_source_is_neither_repaired_nor_held_to_the_glossary(tmp_path):
    licence = "Creative Commons Attribution-Share Alike 3.0 United States License"
    header = HEADER.replace("Language: ru", "Language: de")
    path = write(tmp_path, f'msgid "{licence}"\nmsgstr "{licence}"\n', "de.po", header)
    before = path.read_bytes()
    [report] = check_catalogs([path], fix=True)
    assert report.entries == [] and path.read_bytes() == before


def test_more_of_a_tag_the_source_has_is_the_translators_freedom(tmp_path):
    body = (
        'msgid "Click <gui style=\\"menuitem\\">Set as Wallpaper</gui>."\n'
        'msgstr "Нажмите <gui>Изображение</gui> ▸ <gui style=\\"menuitem\\">Сделать фоном</gui>."\n\n'
        'msgid "See <link xref=\\"a\\">Exif</link> and <gui>Plugins</gui>."\n'
        'msgstr "См. Exif и <gui>Модули</gui>."\n'
    )
    [report] = check_catalogs([write(tmp_path, body)])
    assert [(p.check, p.message) for e in report.entries for p in e.problems] == [
        ("markup", "missing </link> <link>")
    ]
