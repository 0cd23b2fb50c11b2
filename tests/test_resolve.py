"""The one decision per entry (newsl10n.resolve), at library level and through translate.

B1 and B2 of issue 14: a reviewed translation (or a translator's fuzzy draft) whose sentence leaves the
article and comes back is the translator's, with their comments, no machine notes, counted as theirs.
"""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest

from newsl10n.catalog import PSEUDO_NOTE, Catalog, Entry
from newsl10n.cli import main
from newsl10n.memory import TranslationMemory
from newsl10n.model import Kind, Origin, Unit
from newsl10n.resolve import resolve

FIRST = "The first sentence is here."
SECOND = "Officials met in the capital on Monday."


def units(*texts: str) -> list[Unit]:
    return [Unit(f"p1s{i}", Kind.BODY, 1, i, 3, text) for i, text in enumerate(texts, start=1)]


def catalog(*entries: Entry) -> Catalog:
    return Catalog(Path("l10n/ru/a.po"), list(entries), {"Language": "ru"})


def memory(*pairs: tuple[str, str, bool]) -> TranslationMemory:
    tm = TranslationMemory("ru")
    for source, target, fuzzy in pairs:
        tm.add(source, target, fuzzy, Path("other.po"))
    return tm


def test_own_reviewed_entry_wins_over_memory():
    own = catalog(Entry(FIRST, "Первое.", fuzzy=False))
    segment = resolve(units(FIRST), "ru", own, memory((FIRST, "Из памяти.", False)))[FIRST]
    assert (segment.target, segment.fuzzy, segment.origin, segment.provenance) == (
        "Первое.",
        False,
        Origin.REVIEWED,
        None,
    )


def test_obsolete_reviewed_entry_comes_back_reviewed():  # B1
    own = catalog(Entry(FIRST, "Первое.", obsolete=True))
    segment = resolve(units(FIRST), "ru", own, memory((FIRST, "Из памяти.", False)))[FIRST]
    assert (segment.target, segment.fuzzy, segment.origin) == ("Первое.", False, Origin.REVIEWED)


def test_obsolete_fuzzy_draft_comes_back_as_a_draft():  # B2
    own = catalog(Entry(FIRST, "Черновик.", fuzzy=True, obsolete=True))
    segment = resolve(units(FIRST), "ru", own, None)[FIRST]
    assert (segment.target, segment.fuzzy, segment.origin) == ("Черновик.", True, Origin.DRAFT)


def test_pseudo_output_is_never_a_translation():
    own = catalog(Entry(FIRST, "[Ƒîŕšţ ~~]", fuzzy=True, extracted_comment=f"paragraph 1\n{PSEUDO_NOTE}"))
    segment = resolve(units(FIRST), "ru", own, None)[FIRST]
    assert (segment.target, segment.origin) == ("", Origin.NONE)


def test_memory_exact_match_then_previous_version_then_nothing():
    own = catalog(Entry("Officials met in Washington.", "Чиновники встретились в Вашингтоне."))
    tm = memory((FIRST, "Первое.", True))
    segments = resolve(units(FIRST, SECOND, "Snow fell."), "ru", own, tm)
    assert (segments[FIRST].target, segments[FIRST].fuzzy, segments[FIRST].origin) == (
        "Первое.",
        True,
        Origin.MEMORY,
    )
    assert segments[FIRST].provenance.memory_file == "other.po"
    assert segments[SECOND].origin == Origin.PREVIOUS and segments[SECOND].fuzzy
    assert segments[SECOND].previous_source == "Officials met in Washington."
    assert segments["Snow fell."].origin == Origin.NONE and segments["Snow fell."].target == ""


def test_a_sentence_twice_is_one_segment_with_both_kinds():
    both = [Unit("h1", Kind.HEADLINE, 0, 1, 1, FIRST), *units(FIRST)]
    segments = resolve(both, "ru", None, None)
    assert list(segments) == [FIRST] and segments[FIRST].kinds == {Kind.HEADLINE, Kind.BODY}


# -- through translate: comments, flags, origin and the summary counts --------------------------------


def run(runner, article: Path, out: Path) -> dict:
    args = ["translate", str(article), "--to", "ru", "--engine", "pseudo", "--out", str(out), "--json"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["languages"][0]


@pytest.mark.parametrize("draft", [False, True], ids=["B1-reviewed", "B2-draft"])
def test_translation_whose_sentence_leaves_and_comes_back(runner, tmp_path, draft):
    article = tmp_path / "a.txt"
    both = f"Title here\n\n{FIRST} {SECOND}\n"
    article.write_text(both, encoding="utf-8")
    out = tmp_path / "l10n"
    run(runner, article, out)
    po_path = out / "ru" / "a.po"
    po = polib.pofile(str(po_path))
    entry = po.find(SECOND)
    entry.msgstr, entry.tcomment = "Чиновники встретились в понедельник.", "checked by the desk"
    if not draft:
        entry.flags.remove("fuzzy")
    po.save()

    article.write_text(f"Title here\n\n{FIRST}\n", encoding="utf-8")
    run(runner, article, out)
    gone = [e for e in polib.pofile(str(po_path)).obsolete_entries() if e.msgid == SECOND]
    assert len(gone) == 1 and gone[0].fuzzy == draft

    article.write_text(both, encoding="utf-8")
    counts = run(runner, article, out)
    entry = polib.pofile(str(po_path)).find(SECOND)
    assert entry.msgstr == "Чиновники встретились в понедельник."
    assert entry.fuzzy == draft
    assert entry.tcomment == "checked by the desk"
    assert entry.comment == "paragraph 1, sentence 2"  # no machine note, no problem
    assert (counts["tm"], counts["reviewed"], counts["mt"], counts["empty"]) == (1, 0 if draft else 1, 2, 0)
