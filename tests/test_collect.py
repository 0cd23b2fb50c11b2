"""A batch collects reference cycles less often and leaves the process as it found it (issue 13)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from newsl10n import api
from newsl10n.collect import BATCH_THRESHOLD, FewerCollections


@pytest.fixture(autouse=True)
def gc_state():
    """Each test starts from Python's defaults and puts back what it found."""
    thresholds = gc.get_threshold()
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_inside_a_batch_the_young_generation_is_collected_less_often():
    with FewerCollections() as collections:
        assert gc.get_threshold() == (BATCH_THRESHOLD, 10, 10)
        loaded = [{"term": index} for index in range(1000)]  # stands for the glossary and memory
        collections.settle()
        assert gc.get_freeze_count() >= len(loaded)
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_a_failing_batch_puts_the_thresholds_back():
    with pytest.raises(RuntimeError), FewerCollections() as collections:
        collections.settle()
        raise RuntimeError("disk full")
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_objects_a_caller_froze_stay_frozen():
    gc.freeze()
    frozen = gc.get_freeze_count()
    with FewerCollections() as collections:
        collections.settle()
    assert gc.get_freeze_count() == frozen


def test_a_higher_threshold_of_the_caller_is_kept():
    gc.set_threshold(100_000, 10, 10)
    with FewerCollections():
        assert gc.get_threshold()[0] == 100_000


def test_translate_leaves_the_process_as_it_found_it(tmp_path: Path, example: Path):
    api.translate([example], "ru", engine="pseudo", out_dir=tmp_path / "l10n", jobs=1)
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_translate_runs_its_work_with_fewer_collections(tmp_path: Path, example: Path, monkeypatch):
    from newsl10n import runners

    seen = []
    run = runners.InProcess.run

    def spy(self, work, glossary, show_progress):
        seen.append((gc.get_threshold()[0], gc.get_freeze_count() > 0))
        return run(self, work, glossary, show_progress)

    monkeypatch.setattr(runners.InProcess, "run", spy)
    api.translate([example], "ru", engine="pseudo", out_dir=tmp_path / "l10n", jobs=1)
    assert seen == [(BATCH_THRESHOLD, True)]
