"""Translation memory: exact and similar matches from earlier catalogs and --tm, before any engine runs."""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest

from newsl10n.cli import main
from newsl10n.errors import UserError
from newsl10n.memory import PreviousSentences, TranslationMemory, closest_previous
from newsl10n.tm.index import similarity
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


# -- similar sentences (fuzzy matches) -------------------------------------------------------------------

OLD = "Peskov said on Tuesday that 3 people died in the strike."
OLD_RU = "Песков заявил во вторник, что в результате удара погибли 3 человека."
NEW = "Peskov said on Wednesday that 5 people died in the strike."


def memory_with(tmp_path, entries, lang="ru", **options) -> TranslationMemory:
    write_po(tmp_path / "mem" / lang / "2022-12-12" / "kremlin.po", entries, lang)
    memory = TranslationMemory(lang, **options)
    memory.add_files([tmp_path / "mem"])
    return memory


def test_similar_sentence_is_a_fuzzy_suggestion_with_score_file_and_placeables(tmp_path):
    memory = memory_with(tmp_path, [(OLD, OLD_RU, False)])
    assert memory.lookup(NEW) is None
    match = memory.lookup_similar(NEW)
    assert match is not None and match.fuzzy
    assert match.source == OLD and match.score == pytest.approx(similarity(NEW, OLD))
    assert match.source_file == Path("ru/2022-12-12/kremlin.po")
    assert match.target == "Песков заявил в среду, что в результате удара погибли 5 человек."
    assert [str(s) for s in match.substitutions] == [
        "Tuesday → Wednesday (во вторник → в среду)",
        "3 → 5 (3 человека → 5 человек)",
    ]
    assert match.note == (
        "carried over from the memory's sentence: "
        "Tuesday → Wednesday (во вторник → в среду); 3 → 5 (3 человека → 5 человек)"
    )
    assert match.problems == []


def test_threshold_decides_what_is_suggested(tmp_path):
    query = "Peskov said on Wednesday that nobody died in the strike."
    score = similarity(query, OLD)
    assert 0.75 < score < 0.9
    assert memory_with(tmp_path, [(OLD, OLD_RU, False)]).lookup_similar(query) is not None
    assert memory_with(tmp_path, [(OLD, OLD_RU, False)], threshold=0.9).lookup_similar(query) is None
    assert (
        memory_with(tmp_path, [(OLD, OLD_RU, False)]).lookup_similar("Kyiv is preparing for winter.") is None
    )
    with pytest.raises(UserError):
        TranslationMemory("ru", threshold=75)


def test_what_could_not_be_carried_becomes_a_problem(tmp_path):
    memory = memory_with(tmp_path, [(OLD, "Песков заявил во вторник, что погибли три человека.", False)])
    match = memory.lookup_similar(NEW)
    assert match.target == "Песков заявил в среду, что погибли три человека."
    assert [str(p) for p in match.problems] == [
        "memory: 3 → 5 not carried into the memory's translation: its value is not written in figures there"
    ]


def test_only_reviewed_work_is_suggested_for_a_similar_sentence(tmp_path):
    memory = memory_with(tmp_path, [(OLD, OLD_RU, True)])
    assert memory.lookup(OLD) is not None  # the exact draft is still offered, as a draft
    assert memory.lookup_similar(NEW) is None


def test_a_draft_reviewed_later_becomes_suggestable(tmp_path):
    memory = TranslationMemory("ru")
    memory.add(OLD, "черновик", True, Path("a.po"))
    assert memory.lookup_similar(NEW) is None
    memory.add(OLD, OLD_RU, False, Path("b.po"))
    match = memory.lookup_similar(NEW)
    assert match is not None and match.source_file == Path("b.po")


def test_pseudo_localized_catalogs_are_never_memory(runner, small_article, tmp_path):
    out = tmp_path / "pseudo"
    args = ["translate", str(small_article), "--to", "ru", "--engine", "pseudo", "--out", str(out)]
    assert runner.invoke(main, args).exit_code == 0
    memory = TranslationMemory("ru")
    memory.add_files([out])
    assert len(memory) == 0
    assert memory.lookup_similar("Kyiv said on Wednesday it needs more air defense.") is None


def test_tmx_files_are_memory_too(tmp_path):
    from newsl10n.tm.tmx import ExportEntry, tmx_text

    path = tmp_path / "desk.tmx"
    path.write_text(tmx_text([ExportEntry(OLD, "ru-RU", OLD_RU, "2022-12-12/kremlin.po")]), encoding="utf-8")
    memory = TranslationMemory("ru")
    memory.add_files([path])
    assert memory.lookup(OLD).target == OLD_RU and not memory.lookup(OLD).fuzzy
    assert memory.lookup_similar(NEW).source_file == Path("desk.tmx/2022-12-12/kremlin.po")


def test_closest_previous_finds_the_edit_and_indexes_once(monkeypatch):
    import newsl10n.memory as memory_module

    departed = {OLD: OLD_RU, "The Pentagon agreed.": "Пентагон согласился."}
    built = []
    original = memory_module.FuzzyIndex

    def counting(*args):
        built.append(1)
        return original(*args)

    monkeypatch.setattr(memory_module, "FuzzyIndex", counting)
    assert closest_previous(NEW, departed) == OLD
    assert closest_previous("The Pentagon disagreed.", departed) == "The Pentagon agreed."
    assert closest_previous("Something else entirely.", departed) is None
    assert len(built) == 1  # one index for the article's departed sentences, not one per sentence
    assert closest_previous(NEW, {}) is None
    assert PreviousSentences(departed).closest(NEW) == OLD


def test_a_run_into_three_languages_reads_each_memory_file_once(runner, small_article, tmp_path, monkeypatch):
    import newsl10n.memory as memory_module
    from newsl10n.tm.tmx import ExportEntry, tmx_text

    for lang, text in (("ru", "Пентагон согласился."), ("uk", "Пентагон погодився."), ("de", "Es stimmte.")):
        write_po(tmp_path / "memory" / lang / "old.po", [("The Pentagon agreed.", text, False)], lang)
    (tmp_path / "memory" / "desk.tmx").write_text(
        tmx_text([ExportEntry("Officials met in Washington.", "uk", "Посадовці зустрілися.", "a.po")]),
        encoding="utf-8",
    )
    reads: list[str] = []
    for name in ("read_catalog", "read_tmx"):
        real = getattr(memory_module, name)
        monkeypatch.setattr(
            memory_module, name, lambda path, real=real: reads.append(Path(path).name) or real(path)
        )
    out = tmp_path / "l10n"
    args = ["translate", str(small_article), "--to", "ru,uk,de", "--engine", "none", "--out", str(out)]
    result = runner.invoke(main, [*args, "--tm", str(tmp_path / "memory")])
    assert result.exit_code == 0, result.output
    assert sorted(reads) == ["desk.tmx", "old.po", "old.po", "old.po"]  # one per file, not one per language
    for lang, text in (("ru", "Пентагон согласился."), ("de", "Es stimmte.")):
        assert polib.pofile(str(out / lang / "short.po")).find("The Pentagon agreed.").msgstr == text
    ukrainian = polib.pofile(str(out / "uk" / "short.po"))
    assert ukrainian.find("Officials met in Washington.").msgstr == "Посадовці зустрілися."


def test_a_one_language_run_does_not_parse_other_languages_catalogs(
    runner, small_article, tmp_path, monkeypatch
):
    import newsl10n.memory as memory_module

    write_po(
        tmp_path / "memory" / "ru" / "old.po", [("The Pentagon agreed.", "Пентагон согласился.", False)], "ru"
    )
    write_po(tmp_path / "memory" / "de" / "old.po", [("The Pentagon agreed.", "Es stimmte.", False)], "de")
    write_po(
        tmp_path / "memory" / "ru-RU.po",
        [("Officials met in Washington.", "Чиновники встретились.", False)],
        "ru_RU",
    )
    reads: list[str] = []
    real = memory_module.read_catalog
    monkeypatch.setattr(memory_module, "read_catalog", lambda path: reads.append(str(path)) or real(path))
    out = tmp_path / "l10n"
    args = ["translate", str(small_article), "--to", "ru", "--engine", "none", "--out", str(out)]
    result = runner.invoke(main, [*args, "--tm", str(tmp_path / "memory")])
    assert result.exit_code == 0, result.output
    assert sorted(Path(path).relative_to(tmp_path / "memory").as_posix() for path in reads) == [
        "ru-RU.po",
        "ru/old.po",
    ]
    catalog = polib.pofile(str(out / "ru" / "short.po"))
    assert catalog.find("The Pentagon agreed.").msgstr == "Пентагон согласился."
    assert catalog.find("Officials met in Washington.").msgstr == "Чиновники встретились."
