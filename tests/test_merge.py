"""Re-running `translate` merges like msgmerge: a translator's work is never lost."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from newsl10n.cli import main

DATE_LINE = re.compile(r'^"(POT-Creation-Date|PO-Revision-Date): .*\\n"$', re.MULTILINE)


def translate(runner, article: Path, out: Path, engine: str = "pseudo", *extra: str):
    result = runner.invoke(
        main, ["translate", str(article), "--to", "ru", "--engine", engine, "--out", str(out), *extra]
    )
    assert result.exit_code == 0, result.output
    return polib.pofile(str(out / "ru" / f"{article.stem}.po"))


def review(po_path: Path, msgid: str, msgstr: str, comment: str = "") -> None:
    """What a translator does in Poedit: type a translation, clear fuzzy, maybe leave a note."""
    catalog = polib.pofile(str(po_path))
    entry = catalog.find(msgid)
    entry.msgstr = msgstr
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    entry.tcomment = comment
    catalog.save()


def test_reviewed_entries_survive_a_rerun_exactly(runner, small_article, tmp_path):
    out = tmp_path / "l10n"
    translate(runner, small_article, out)
    po_path = out / "ru" / "short.po"
    review(po_path, "The Pentagon agreed.", "Пентагон согласился.", "checked with the desk")
    catalog = translate(runner, small_article, out)
    entry = catalog.find("The Pentagon agreed.")
    assert entry.msgstr == "Пентагон согласился."
    assert not entry.fuzzy
    assert entry.tcomment == "checked with the desk"
    assert "Пентагон согласился." in (out / "ru" / "short.txt").read_text(encoding="utf-8")


def test_removed_sentence_becomes_obsolete_not_deleted(runner, small_article, tmp_path):
    out = tmp_path / "l10n"
    translate(runner, small_article, out)
    review(out / "ru" / "short.po", "The Pentagon agreed.", "Пентагон согласился.")
    small_article.write_text(
        small_article.read_text(encoding="utf-8").replace(" The Pentagon agreed.", ""), encoding="utf-8"
    )
    catalog = translate(runner, small_article, out)
    assert catalog.find("The Pentagon agreed.") is None
    obsolete = catalog.obsolete_entries()
    assert [(e.msgid, e.msgstr) for e in obsolete] == [("The Pentagon agreed.", "Пентагон согласился.")]
    assert '#~ msgid "The Pentagon agreed."' in (out / "ru" / "short.po").read_text(encoding="utf-8")


def test_sentence_that_comes_back_revives_its_obsolete_translation(runner, small_article, tmp_path):
    out = tmp_path / "l10n"
    original = small_article.read_text(encoding="utf-8")
    translate(runner, small_article, out)
    review(out / "ru" / "short.po", "The Pentagon agreed.", "Пентагон согласился.")
    small_article.write_text(original.replace(" The Pentagon agreed.", ""), encoding="utf-8")
    translate(runner, small_article, out)
    small_article.write_text(original, encoding="utf-8")
    catalog = translate(runner, small_article, out)
    entry = catalog.find("The Pentagon agreed.")
    assert entry.msgstr == "Пентагон согласился." and not entry.fuzzy
    assert catalog.obsolete_entries() == []


def test_changed_sentence_gets_old_translation_as_fuzzy_with_previous_msgid(runner, small_article, tmp_path):
    out = tmp_path / "l10n"
    translate(runner, small_article, out, "none")
    review(out / "ru" / "short.po", "Officials met in Washington.", "Чиновники встретились в Вашингтоне.")
    small_article.write_text(
        small_article.read_text(encoding="utf-8").replace("Officials met", "Officials met again"),
        encoding="utf-8",
    )
    catalog = translate(runner, small_article, out)  # pseudo MT must not replace the old translation
    entry = catalog.find("Officials met again in Washington.")
    assert entry.msgstr == "Чиновники встретились в Вашингтоне."
    assert entry.fuzzy
    assert entry.previous_msgid == "Officials met in Washington."
    text = (out / "ru" / "short.po").read_text(encoding="utf-8")
    assert '#| msgid "Officials met in Washington."' in text


def test_unrelated_new_sentence_is_not_matched_to_an_old_one(runner, small_article, tmp_path):
    out = tmp_path / "l10n"
    translate(runner, small_article, out, "none")
    review(out / "ru" / "short.po", "Officials met in Washington.", "Чиновники встретились в Вашингтоне.")
    small_article.write_text(
        small_article.read_text(encoding="utf-8").replace(
            "Officials met in Washington.", "Snow fell overnight."
        ),
        encoding="utf-8",
    )
    catalog = translate(runner, small_article, out, "none")
    assert catalog.find("Snow fell overnight.").msgstr == ""
    assert [e.msgid for e in catalog.obsolete_entries()] == ["Officials met in Washington."]


def test_running_twice_changes_nothing_but_dates(runner, example, tmp_path):
    out = tmp_path / "l10n"
    translate(runner, example, out)
    review(
        out / "ru" / "kremlin-patriots.po",
        next(iter(polib.pofile(str(out / "ru" / "kremlin-patriots.po")))).msgid,
        "Кремль",
    )
    translate(runner, example, out)
    before = {p: p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.*"))}
    translate(runner, example, out)
    after = {p: p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.*"))}
    assert before.keys() == after.keys()
    for path in before:
        assert DATE_LINE.sub("", before[path]) == DATE_LINE.sub("", after[path]), path


def test_fuzzy_draft_is_kept_not_retranslated(runner, small_article, tmp_path):
    """A translator may type a draft and leave it fuzzy; a rerun keeps the draft."""
    out = tmp_path / "l10n"
    translate(runner, small_article, out, "none")
    po_path = out / "ru" / "short.po"
    catalog = polib.pofile(str(po_path))
    draft = catalog.find("The Pentagon agreed.")
    draft.msgstr = "Пентагон согласился (черновик)."
    draft.flags.append("fuzzy")
    catalog.save()
    entry = translate(runner, small_article, out).find("The Pentagon agreed.")
    assert entry.msgstr == "Пентагон согласился (черновик)." and entry.fuzzy


def test_pseudo_output_is_never_reused_as_a_translation(runner, small_article, tmp_path):
    out = tmp_path / "l10n"
    translate(runner, small_article, out, "pseudo")
    catalog = translate(runner, small_article, out, "none")
    assert [entry.msgstr for entry in catalog] == ["", "", "", ""]
    assert not any(entry.fuzzy for entry in catalog)


def test_the_translators_header_comment_and_their_tools_fields_survive_a_rerun(
    runner, small_article, tmp_path
):
    """The lines above the header (translators' names and years, a licence) and the fields their tool added
    are the translators'; newsl10n's own fields are written afresh."""
    out = tmp_path / "l10n"
    translate(runner, small_article, out)
    po_path = out / "ru" / "short.po"
    catalog = polib.pofile(str(po_path))
    catalog.header = (
        "Russian translation of short.\nCopyright (C) 2026 Example News\n\nAnna K <anna@example.org>, 2026."
    )
    catalog.metadata["X-Poedit-Basepath"] = ".."
    catalog.metadata["Last-Translator"] = "Anna K <anna@example.org>"
    catalog.save()
    small_article.write_text(small_article.read_text(encoding="utf-8") + "\nThe talks resume on Monday.\n")
    translate(runner, small_article, out)
    text = po_path.read_text(encoding="utf-8")
    assert text.startswith(
        "# Russian translation of short.\n# Copyright (C) 2026 Example News\n#\n# Anna K <anna@example.org>, 2026.\n"
        'msgid ""\n'
    )
    assert '"X-Poedit-Basepath: ..\\n"' in text and '"Last-Translator: Anna K <anna@example.org>\\n"' in text
    assert '"X-Generator: newsl10n ' in text


def test_a_catalog_a_translators_tool_saved_unwrapped_keeps_its_layout(runner, example, tmp_path):
    """Crowdin, or Weblate set not to wrap, saves every string on one line: a run that changes nothing but
    dates writes it back as it was, not rewrapped at 79 (which would conflict with the tool's own commits)."""

    def unwrapped(data: bytes) -> bytes:
        catalog = polib.pofile(data.decode("utf-8"), wrapwidth=0)
        catalog.wrapwidth = 0
        text = str(catalog) + "\n"
        assert max(len(line) for line in text.splitlines()) > 200
        return text.encode("utf-8")

    rerun_keeps(runner, example, tmp_path / "l10n", unwrapped)


NEWS = Path(__file__).parent / "data" / "news" / "fresh"
GENERATOR_LINE = re.compile(r'^"X-(?:Generator|Newsl10n-Layout): .*\\n"\n', re.MULTILINE)


def rerun_keeps(runner, article: Path, out: Path, saved_by) -> None:
    """After ``saved_by`` rewrites the catalog as a translator's tool would, runs that change nothing of the
    article change nothing of the file but its dates and generator (and say whose layout it keeps), the
    second run as the first."""
    translate(runner, article, out)
    po_path = out / "ru" / f"{article.stem}.po"
    po_path.write_bytes(saved_by(po_path.read_bytes()))
    saved = po_path.read_bytes().decode("utf-8")
    translate(runner, article, out)
    translate(runner, article, out)

    def ours(text: str) -> str:
        return GENERATOR_LINE.sub("", DATE_LINE.sub("", text.replace("\r\n", "\n")))

    assert ours(po_path.read_bytes().decode("utf-8")) == ours(saved)
    assert (b"\r\n" in po_path.read_bytes()) == ("\r\n" in saved)


def test_a_catalog_of_newsl10n_own_layout_is_written_back_as_it_was(runner, tmp_path):
    """Its polib wrapping at 79 reads as 80 columns wide in some files (latimes-gannett-merger's): still ours."""
    rerun_keeps(runner, NEWS / "latimes-gannett-merger.txt", tmp_path / "l10n", lambda data: data)


def test_a_catalog_saved_with_crlf_line_ends_keeps_them(runner, tmp_path):
    rerun_keeps(
        runner,
        NEWS / "latimes-gannett-merger.txt",
        tmp_path / "l10n",
        lambda data: data.replace(b"\n", b"\r\n"),
    )


@pytest.mark.skipif(shutil.which("msgcat") is None, reason="needs GNU gettext's msgcat")
@pytest.mark.parametrize("options", [["--no-wrap"], ["--width=77"], []])
def test_a_catalog_gettext_wrapped_keeps_its_layout(runner, example, tmp_path, options):
    """gettext's own wrapping (Poedit's and msgmerge's at 79, Weblate's at 77, none): a run rewrites only what
    it changed, though the generator the file names is still newsl10n."""

    def saved_by_gettext(data: bytes) -> bytes:
        return subprocess.run(["msgcat", *options, "-"], input=data, capture_output=True, check=True).stdout

    rerun_keeps(runner, example, tmp_path / "l10n", saved_by_gettext)


def test_a_catalog_polib_saved_at_its_default_width_keeps_it(runner, example, tmp_path):
    """Python tools that save with polib wrap at its default, 78 columns."""
    rerun_keeps(
        runner, example, tmp_path / "l10n", lambda data: str(polib.pofile(data.decode("utf-8"))).encode()
    )
