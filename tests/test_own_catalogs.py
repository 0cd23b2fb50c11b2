"""translate refuses a catalog it would otherwise rewrite with loss: one line naming file and line, exit 2, nothing written."""

from __future__ import annotations

import pytest

from newsl10n.cli import main

HEADER = (
    'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset={charset}\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n\n'
)
ENTRY = 'msgid "The Pentagon agreed."\nmsgstr "Пентагон согласился."\n'


def catalog(text: str, charset: str = "UTF-8", encoding: str = "utf-8") -> bytes:
    return (HEADER.format(charset=charset) + text).encode(encoding)


CASES = {
    "unterminated string": (catalog('msgid "The Pentagon agreed."\nmsgstr "Пентагон согласился.\n'), ":9:"),
    "duplicate msgid": (catalog(ENTRY + "\n" + ENTRY.replace("согласился", "не согласился")), ":11:"),
    "undecodable bytes": (catalog(ENTRY).replace("Пентагон".encode(), b"\xff\xfe"), ":9:"),
    "charset that does not match the bytes": (catalog(ENTRY, charset="KOI8-R"), ""),
}


def translate_into(runner, article, out, engine: str):
    return runner.invoke(
        main, ["translate", str(article), "--to", "ru", "--engine", engine, "--out", str(out)]
    )


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_malformed_own_catalog_is_refused_and_nothing_is_written(runner, small_article, tmp_path, case):
    data, where = CASES[case]
    po_path = tmp_path / "l10n" / "ru" / "short.po"
    po_path.parent.mkdir(parents=True)
    po_path.write_bytes(data)
    before = sorted(p.name for p in (tmp_path / "l10n").rglob("*"))
    result = translate_into(runner, small_article, tmp_path / "l10n", "pseudo")
    assert result.exit_code == 2, result.output
    assert len(result.stderr.strip().splitlines()) == 1 and str(po_path) + where in result.stderr
    assert po_path.read_bytes() == data
    assert sorted(p.name for p in (tmp_path / "l10n").rglob("*")) == before


def test_catalog_in_its_own_charset_is_read_right_and_kept(runner, small_article, tmp_path):
    """A KOI8-R catalog that says so is read in KOI8-R: the reviewed translation survives as it reads."""
    po_path = tmp_path / "l10n" / "ru" / "short.po"
    po_path.parent.mkdir(parents=True)
    po_path.write_bytes(catalog(ENTRY, charset="KOI8-R", encoding="koi8-r"))
    result = translate_into(runner, small_article, tmp_path / "l10n", "none")
    assert result.exit_code == 0, result.output
    assert 'msgstr "Пентагон согласился."' in po_path.read_text(encoding="utf-8")


def test_language_header_that_contradicts_the_folder_is_refused(runner, small_article, tmp_path):
    po_path = tmp_path / "l10n" / "ru" / "short.po"
    po_path.parent.mkdir(parents=True)
    data = catalog(ENTRY).replace(b"Language: ru", b"Language: de")
    po_path.write_bytes(data)
    result = translate_into(runner, small_article, tmp_path / "l10n", "pseudo")
    assert result.exit_code == 2 and "Language: de" in result.stderr and "ru folder" in result.stderr
    assert po_path.read_bytes() == data


def test_check_refuses_a_catalog_whose_language_contradicts_its_folder(runner, tmp_path):
    po_path = tmp_path / "l10n" / "ru" / "short.po"
    po_path.parent.mkdir(parents=True)
    data = catalog('msgid "Kiev said."\nmsgstr "Kiew sagte."\n').replace(b"Language: ru", b"Language: de")
    po_path.write_bytes(data)
    result = runner.invoke(main, ["check", "--fix", str(po_path)])
    assert result.exit_code == 2 and "Language: de" in result.stderr and "ru folder" in result.stderr
    assert po_path.read_bytes() == data


def test_check_fix_never_overwrites_a_save_made_while_it_checked(runner, tmp_path, monkeypatch):
    from newsl10n import review

    po_path = tmp_path / "l10n" / "ru" / "short.po"
    po_path.parent.mkdir(parents=True)
    po_path.write_bytes(catalog('#, fuzzy\nmsgid "He said \\"no\\"."\nmsgstr "Он сказал \\"нет\\"."\n'))
    saved = catalog('msgid "He said \\"no\\"."\nmsgstr "Он сказал «нет», — переводчик."\n')
    real_review = review._Reviewer.review

    def review_then_translator_saves(self, path, parsed, lang):
        report = real_review(self, path, parsed, lang)
        path.write_bytes(saved)  # the translator presses Save in Poedit meanwhile
        return report

    monkeypatch.setattr(review._Reviewer, "review", review_then_translator_saves)
    result = runner.invoke(main, ["check", "--fix", str(po_path)])
    assert "changed on disk while it was checked" in result.output
    assert po_path.read_bytes() == saved
