"""The argos and auto engines on tiny random-weight packages: behaviour, never wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from argosmodel import session_package
from newsl10n import packages
from newsl10n.engines import EngineOptions, argos_model, create_engine
from newsl10n.engines.argos_align import surface, token_spans, word_alignment
from newsl10n.errors import UserError
from newsl10n.model import Segment
from newsl10n.text import words

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "kremlin-patriots.txt"
SENTENCES = [
    "Kremlin: Patriots would be legitimate target – Christmas truce not considered",
    "Peskov said the Patriot would “definitely” be a target for Russia.",
    "Washington has so far provided Ukraine with $19.3 billion in military aid since the war began.",
    "No, no such proposal has been received from anyone.",
    "This issue is not on the agenda.",
]


# A model with a target prefix, like multilingual models; these weights give usable output with it.
PREFIXED_DE = {"target_prefix": "__de__", "seed": 3, "model_seed": 3, "eos_bias": 4.0, "source_gain": 1.0}


class Counter:
    def __init__(self) -> None:
        self.count = 0

    def advance(self, amount: int = 1) -> None:
        self.count += amount


@pytest.fixture(scope="session")
def installed_dir(tmp_path_factory) -> Path:
    """A packages folder with en→ru and en→de (the latter with a target prefix, like multilingual models)."""
    folder = tmp_path_factory.mktemp("argos-packages")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ARGOS_PACKAGES_DIR", str(folder))
        packages.install_file(session_package(tmp_path_factory, "ru"))
        packages.install_file(session_package(tmp_path_factory, "de", **PREFIXED_DE))
    return folder


@pytest.fixture
def env(installed_dir, monkeypatch) -> Path:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(installed_dir))
    argos_model.clear_cache()
    return installed_dir


@pytest.fixture
def empty_env(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "none"))
    return tmp_path / "none"


def segments(lang: str = "ru", sentences: list[str] = SENTENCES) -> list[Segment]:
    return [Segment(source, lang) for source in sentences]


def test_every_segment_filled_fuzzy_noted_and_aligned(env):
    batch = segments()
    progress = Counter()
    create_engine("argos").translate(batch, "ru", progress)
    assert progress.count == len(batch)
    for segment in batch:
        assert segment.target.strip()
        assert segment.fuzzy is True
        assert segment.origin == "mt"
        assert segment.provenance.model == "argos en→ru 1.0 (translate-en_ru-1_0)"
        source_words, target_words = len(words(segment.source)), len(words(segment.target))
        # The first target token's attention is left out (a CTranslate2 batching bug): a one-word
        # translation may have no alignment, every longer one has some.
        assert segment.alignment or target_words == 1, segment
        assert all(0 <= s < source_words and 0 <= t < target_words for s, t in segment.alignment)
        assert segment.alignment == sorted(set(segment.alignment))


def test_detokenized_cleanly(env):
    batch = segments()
    create_engine("argos").translate(batch, "ru", Counter())
    for segment in batch:
        assert "▁" not in segment.target
        assert "  " not in segment.target
        assert not any(f" {mark}" in segment.target for mark in ",.;:!?")
        assert segment.target == segment.target.strip()


def test_same_output_twice(env):
    first, second = segments(), segments()
    create_engine("argos").translate(first, "ru", Counter())
    argos_model.clear_cache()
    create_engine("argos").translate(second, "ru", Counter())
    assert [(s.target, s.alignment) for s in first] == [(s.target, s.alignment) for s in second]


def test_batching_order_is_restored(env):
    forward, backward = segments(), segments(sentences=SENTENCES[::-1])
    engine = create_engine("argos")
    engine.translate(forward, "ru", Counter())
    engine.translate(backward, "ru", Counter())
    assert {s.source: s.target for s in forward} == {s.source: s.target for s in backward}
    assert len({s.target for s in forward}) == len(SENTENCES)  # different sources, different outputs


def test_model_loaded_once_for_several_articles(env, monkeypatch):
    import ctranslate2

    loads = []
    real = ctranslate2.Translator

    def counting(*args, **kwargs):
        loads.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(ctranslate2, "Translator", counting)
    for _ in range(3):  # three runs of the pipeline in one process, e.g. a long-lived API user
        create_engine("argos").translate(segments(), "ru", Counter())
    create_engine("auto").translate(segments(), "ru", Counter())
    assert len(loads) == 1


def test_one_call_covers_many_articles(env):
    article = [line.strip() for line in EXAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    batch = segments(sentences=article + article[:3])  # two "articles" of one job, with repeats
    create_engine("argos").translate(batch, "ru", Counter())
    assert all(segment.target for segment in batch)
    assert [s.target for s in batch[-3:]] == [s.target for s in batch[:3]]


def test_reviewed_and_blank_segments_are_left_alone(env):
    reviewed = Segment("Peskov said.", "ru", target="Песков сказал.", fuzzy=False, origin="reviewed")
    blank = Segment("   ", "ru")
    progress = Counter()
    create_engine("argos").translate([reviewed, blank, *segments()], "ru", progress)
    assert (reviewed.target, reviewed.fuzzy, reviewed.origin, reviewed.notes) == (
        "Песков сказал.",
        False,
        "reviewed",
        [],
    )
    assert blank.target == "" and blank.origin == ""
    assert progress.count == 2 + len(SENTENCES)


def test_target_prefix_is_applied_and_stripped(env):
    batch = segments("de")
    create_engine("argos").translate(batch, "de", Counter())
    for segment in batch:
        assert segment.target and "__de__" not in segment.target
        target_words = len(words(segment.target))
        assert all(t < target_words for _, t in segment.alignment or [])
    assert batch[0].provenance.model == "argos en→de 1.0 (translate-en_de-1_0)"


def test_regional_code_uses_the_language_model(env):
    batch = segments("de-AT")
    create_engine("argos").translate(batch, "de-AT", Counter())
    assert all(segment.target for segment in batch)


def test_beam_size_option_changes_the_search(env):
    narrow, wide = segments(), segments()
    create_engine("argos", EngineOptions(beam_size=1)).translate(narrow, "ru", Counter())
    create_engine("argos", EngineOptions(beam_size=4)).translate(wide, "ru", Counter())
    assert all(s.target for s in narrow + wide)
    assert [s.target for s in narrow] != [s.target for s in wide]


def test_argos_never_falls_back(empty_env):
    batch = segments("uk")
    with pytest.raises(UserError, match=r"newsl10n models install uk\b"):
        create_engine("argos").translate(batch, "uk", Counter())
    assert all(segment.target == "" for segment in batch)


def test_auto_offline_leaves_segments_for_humans_and_says_so_once(empty_env, monkeypatch):
    def forbidden():
        raise AssertionError("offline mode must not fetch the index")

    monkeypatch.setattr(packages, "fetch_index", forbidden)
    messages: list[str] = []
    engine = create_engine("auto", EngineOptions(offline=True, log=messages.append))
    batch = segments("uk")
    progress = Counter()
    engine.translate(batch, "uk", progress)
    engine.translate(segments("uk"), "uk", progress)
    assert all(segment.target == "" and segment.origin == "" for segment in batch)
    assert progress.count == 2 * len(SENTENCES)
    assert len(messages) == 1
    assert "offline" in messages[0] and "`newsl10n models install uk`" in messages[0]
    assert "newsl10n models install --file" in messages[0]


def test_auto_with_unreachable_index(empty_env, monkeypatch):
    asked: list[str] = []
    real_fetch = packages.fetch_index

    def counting_fetch():
        asked.append("index")
        return real_fetch()

    monkeypatch.setattr(packages, "fetch_index", counting_fetch)
    messages: list[str] = []
    engine = create_engine("auto", EngineOptions(log=messages.append))
    uk, de = segments("uk"), segments("de")
    engine.translate(uk, "uk", Counter())
    engine.translate(de, "de", Counter())
    assert all(segment.target == "" for segment in uk + de)
    assert len(messages) == 2
    assert "package index cannot be reached" in messages[0]
    assert "`newsl10n models install uk`" in messages[0]
    assert "`newsl10n models install de`" in messages[1]
    assert asked == ["index"]  # an unreachable index is asked once per run, not once per language


def test_auto_installs_from_the_index(empty_env, tmp_path_factory, monkeypatch):
    archive = session_package(tmp_path_factory, "ru")
    entry = {"type": "translate", "from_code": "en", "to_code": "ru", "package_version": "1.0"}
    monkeypatch.setattr(packages, "fetch_index", lambda: [{**entry, "links": [archive.as_uri()]}])
    messages: list[str] = []
    batch = segments("ru")
    create_engine("auto", EngineOptions(log=messages.append)).translate(batch, "ru", Counter())
    assert all(segment.target and segment.origin == "mt" for segment in batch)
    assert messages == ["newsl10n: installed en→ru 1.0 from the Argos package index"]
    assert packages.find_package("ru") is not None


def test_device_choice(monkeypatch):
    import ctranslate2

    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 0)
    assert argos_model.resolve_device("auto") == "cpu"
    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 1)
    assert argos_model.resolve_device("auto") == "cuda"
    assert argos_model.resolve_device("cpu") == "cpu"
    with pytest.raises(UserError, match="unknown device"):
        argos_model.resolve_device("tpu")
    assert argos_model.thread_plan("cpu", 2) == (2, 1)
    assert argos_model.thread_plan("cuda", 4) == (1, 4)


# -- pieces ---------------------------------------------------------------------------------------


def test_tidy():
    assert argos_model.tidy(" Hello ▁ , world ! ( yes ) «ok » ") == "Hello, world! (yes) «ok»"


def test_surface_of_tokens():
    assert surface("▁Kremlin") == "Kremlin"
    assert surface("Krem@@") == "Krem"
    assert surface("&apos;s") == "'s"
    assert surface("<0xE2>") == ""


def test_token_spans_follow_the_text():
    text = "The Kremlin’s aid."
    tokens = ["▁The", "▁Krem", "lin", "’", "s", "▁ai", "d", "."]
    assert token_spans(tokens, text) == [
        (0, 3),
        (4, 8),
        (8, 11),
        (11, 12),
        (12, 13),
        (14, 16),
        (16, 17),
        (17, 18),
    ]
    # a token the text does not contain gets an empty span instead of jumping ahead
    assert token_spans(["▁The", "▁XYZ", "▁aid"], "The big aid") == [(0, 3), (3, 3), (8, 11)]


def test_word_alignment_from_attention():
    source, target = "Peskov said today", "Песков сказал сегодня"
    source_tokens = ["▁Pes", "kov", "▁said", "▁today"]
    target_tokens = ["▁Пес", "ков", "▁сказал", "▁сегодня", "."]
    attention = [
        [0.7, 0.1, 0.1, 0.1],  # Пес -> Pes
        [0.1, 0.6, 0.2, 0.1],  # ков -> kov
        [0.1, 0.1, 0.2, 0.6],  # сказал -> today (the model may be wrong; we report what it says)
        [0.0, 0.0, 0.1, 0.9],  # сегодня -> today
        [0.3, 0.3, 0.3, 0.1],  # "." is not a word: no pair
    ]
    assert word_alignment(source_tokens, source, target_tokens, target, attention) == [(0, 0), (2, 1), (2, 2)]


# -- end to end -------------------------------------------------------------------------------------


def test_translate_command_with_the_argos_engine(env, tmp_path):
    import polib

    from newsl10n.cli import main

    out = tmp_path / "l10n"
    result = CliRunner().invoke(
        main, ["translate", str(EXAMPLE), "--to", "ru", "--engine", "argos", "--out", str(out), "--offline"]
    )
    assert result.exit_code == 0, result.output
    catalog = polib.pofile(str(out / "ru" / f"{EXAMPLE.stem}.po"))
    entries = [entry for entry in catalog if not entry.obsolete]
    assert entries and all(entry.msgstr for entry in entries)
    assert all("fuzzy" in entry.flags for entry in entries)
    assert any("argos en→ru 1.0" in entry.comment for entry in entries)


def test_confidence_is_in_the_comment_and_the_least_confident_are_named(env, tmp_path):
    import json
    import re

    import polib

    from newsl10n.cli import main

    out = tmp_path / "l10n"
    args = ["translate", str(EXAMPLE), "--to", "ru", "--engine", "argos", "--out", str(out), "--offline"]
    result = CliRunner().invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)["languages"][0]
    catalog = polib.pofile(str(out / "ru" / f"{EXAMPLE.stem}.po"))
    scores = {
        entry.msgid: int(found.group(1))
        for entry in catalog
        if (found := re.search(r"machine translation: argos en→ru 1\.0 .*, confidence (\d+)%", entry.comment))
    }
    assert scores and len(scores) == summary["mt"]
    named = summary["least_confident"]
    assert 0 < len(named) <= 5
    assert [item["confidence"] for item in named] == sorted(item["confidence"] for item in named)
    assert round(named[0]["confidence"] * 100) == min(scores.values())
    again = [*args[:-2], str(tmp_path / "fresh"), "--offline"]
    assert "least confident machine translations" in CliRunner().invoke(main, again).stderr


def test_a_sentences_alignment_does_not_depend_on_its_batch(env):
    """CTranslate2's batched beam search gives the first step another example's attention; it is left out."""
    options = EngineOptions(beam_size=2)
    alone = {}
    for sentence in SENTENCES:
        single = segments(sentences=[sentence])
        create_engine("argos", options).translate(single, "ru", Counter())
        alone[sentence] = (single[0].target, single[0].alignment)
    together = segments()
    create_engine("argos", options).translate(together, "ru", Counter())
    assert {s.source: (s.target, s.alignment) for s in together} == alone
