"""Machine output that is no translation is never used, and every translation carries a confidence."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from argosmodel import session_package
from newsl10n import packages
from newsl10n.engines import argos_model, create_engine
from newsl10n.engines.quality import confidence, least_confident, rejection
from newsl10n.model import Origin, Provenance, Segment

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "kremlin-patriots.txt"


class Count:
    def __init__(self) -> None:
        self.count = 0

    def advance(self, amount: int = 1) -> None:
        self.count += amount


@pytest.mark.parametrize(
    ("source", "target", "reason"),
    [
        ("Peskov said.", "", "returned nothing"),
        ("Peskov said.", "   ", "returned nothing"),
        ("Peskov said.", "… — !", "only punctuation"),
        ("Officials met in Washington today.", "Officials met in  Washington today.", "source unchanged"),
        ("The Pentagon agreed.", "и де де де де де де де", "repeated 'де'"),
        ("The Pentagon agreed.", "Пентагон согласился согласился согласился согласился", "repeated"),
        ("The Pentagon agreed.", "ааааааааааааа", "repeated"),
    ],
)
def test_degenerate_output_is_rejected(source, target, reason):
    found = rejection(source, target)
    assert found is not None and reason in found


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("NATO", "NATO"),  # short units often stay as they are
        ("Volodymyr Zelensky", "Volodymyr Zelensky"),
        ("Kyiv said on Tuesday it needs more air defense.", "Киев заявил во вторник, что ему нужна ПВО."),
        ("It cost $1,000,000,000,000.", "Это стоило $1,000,000,000,000."),
        ("Ha ha ha ha ha, he laughed.", "Ха-ха ха ха ха ха, засмеялся он."),  # the source repeats too
        ("Officials met in Washington on Tuesday.", "Beamte trafen sich am Dienstag in Washington."),
    ],
)
def test_real_translations_pass(source, target):
    assert rejection(source, target) is None


def test_confidence_undoes_the_length_penalty():
    # sum(log p) = -2.0 over 3 tokens + end of sentence (4): geometric mean exp(-0.5)
    for penalty in (0.0, 0.2, 1.0):
        score = -2.0 / 4**penalty
        assert confidence(score, 3, penalty) == pytest.approx(math.exp(-0.5))
    assert confidence(0.0, 5, 0.2) == 1.0


def test_least_confident_picks_the_lowest_machine_translations():
    def made(text: str, score: float | None) -> Segment:
        return Segment(text, "ru", target="x", provenance=Provenance(engine="argos", confidence=score))

    batch = [made("a", 0.9), made("b", 0.2), made("c", None), made("d", 0.5), Segment("e", "ru")]
    assert [s.source for s in least_confident(batch, 2)] == ["b", "d"]


# -- with real (random-weight) models ---------------------------------------------------------------


@pytest.fixture
def models(tmp_path_factory, tmp_path, monkeypatch) -> Path:
    """en→ru that translates, en→uk that returns nothing (only "▁", which decodes to ""), en→de that loops."""
    folder = tmp_path / "packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    argos_model.clear_cache()
    packages.install_file(session_package(tmp_path_factory, "ru"))
    packages.install_file(session_package(tmp_path_factory, "uk", token_bias={"▁": 40.0}))
    packages.install_file(
        session_package(tmp_path_factory, "de", seed=0, model_seed=0, eos_bias=0.0, source_gain=1.0)
    )
    return folder


SENTENCES = [
    "Peskov said the Patriot would “definitely” be a target for Russia.",
    "Washington has so far provided Ukraine with $19.3 billion in military aid since the war began.",
    "This issue is not on the agenda.",
]


def test_translations_carry_the_models_confidence(models):
    batch = [Segment(source, "ru") for source in SENTENCES]
    create_engine("argos").translate(batch, "ru", Count())
    for segment in batch:
        assert segment.origin == Origin.MACHINE and segment.target
        assert 0 < segment.provenance.confidence < 1
    assert least_confident(batch, 1)[0].provenance.confidence == min(s.provenance.confidence for s in batch)


def test_confidence_matches_ctranslate2s_own_token_log_probs(models):
    """Greedy search scored with and without the length penalty gives the same confidence."""
    model = argos_model.ArgosModel(packages.find_package("ru"))
    plain = model.translate(SENTENCES, beam_size=1, alignment=False, length_penalty=0.0)
    penalized = model.translate(SENTENCES, beam_size=1, alignment=False, length_penalty=1.0)
    assert [t.text for t in plain] == [t.text for t in penalized]
    assert [t.confidence for t in plain] == pytest.approx([t.confidence for t in penalized], abs=1e-3)


def test_a_model_that_returns_nothing_leaves_units_empty_with_a_problem(models):
    batch = [Segment(source, "uk") for source in SENTENCES]
    progress = Count()
    create_engine("argos").translate(batch, "uk", progress)
    assert progress.count == len(SENTENCES)
    for segment in batch:
        assert (segment.target, segment.origin, segment.fuzzy, segment.provenance) == (
            "",
            Origin.NONE,
            False,
            None,
        )
        assert [problem.check for problem in segment.problems] == ["machine"]
        assert "returned nothing" in segment.problems[0].message
        assert "argos en→uk" in segment.problems[0].message


def test_a_looping_model_is_caught(models):
    batch = [Segment(source, "de") for source in SENTENCES]
    create_engine("argos").translate(batch, "de", Count())
    rejected = [segment for segment in batch if segment.problems]
    assert rejected, [segment.target for segment in batch]
    assert all(s.target == "" and "repeated" in s.problems[0].message for s in rejected)


def test_empty_machine_output_is_counted_as_empty_in_the_summary(models, tmp_path):
    from newsl10n.pipeline import translate

    report = translate([EXAMPLE], "uk", engine="argos", out_dir=tmp_path / "l10n", use_tm=False)
    (summary,) = report.languages
    assert summary.mt == 0
    assert summary.empty == summary.units > 0
    localized = (tmp_path / "l10n" / "uk" / f"{EXAMPLE.stem}.po").read_text(encoding="utf-8")
    assert 'msgstr ""\n\n' in localized or localized.rstrip().endswith('msgstr ""')
    assert "fuzzy" not in localized
