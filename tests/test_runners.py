"""Work in worker processes (--jobs) gives the same files as work in one process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from newsl10n import api
from newsl10n.engines import EngineOptions
from newsl10n.pipeline import plan
from newsl10n.runners import InProcess, WorkerPool, choose_runner, merge, shard
from test_faults import write_articles

DATES = re.compile(r'^"(POT-Creation-Date|PO-Revision-Date): .*\\n"$', re.MULTILINE)


def outputs(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): DATES.sub("", p.read_text(encoding="utf-8"))
        for p in sorted(folder.rglob("*.*"))
    }


def test_shards_are_whole_articles_in_order_and_merge_back(tmp_path):
    articles = write_articles(tmp_path / "in", 7)
    the_plan = plan(articles, "ru", out_dir=tmp_path / "l10n")
    work = the_plan.work[0]
    pieces = shard(work, 3)
    assert len(pieces) == 3
    assert [job.article.name for piece in pieces for job in piece.articles] == [
        job.article.name for job in work.articles
    ]
    results = InProcess("pseudo", EngineOptions()).run(pieces, the_plan.glossary, False)
    whole = InProcess("pseudo", EngineOptions()).run([work], the_plan.glossary, False)[0]
    merged = merge(work, results)
    assert merged.summary == whole.summary
    assert merged.segments == whole.segments


def test_worker_processes_write_the_same_files(tmp_path):
    articles = write_articles(tmp_path / "in", 6)
    api.translate(articles, "ru,de", engine="pseudo", out_dir=tmp_path / "one", jobs=1)
    report = api.translate(articles, "ru,de", engine="pseudo", out_dir=tmp_path / "two", jobs=2)
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")
    assert [s.units for s in report.languages] == [s.units for s in report.languages[:1]] * 2


def test_default_is_one_process_for_a_small_run(tmp_path):
    articles = write_articles(tmp_path / "in", 2)
    the_plan = plan(articles, "ru", out_dir=tmp_path / "l10n")
    assert isinstance(choose_runner("pseudo", EngineOptions(), None, the_plan.work), InProcess)
    assert isinstance(choose_runner("pseudo", EngineOptions(), 2, the_plan.work), WorkerPool)


def test_a_warning_every_worker_gives_is_shown_once(tmp_path):
    """With --jobs and no model installed, the parent and each worker find the model missing."""
    articles = write_articles(tmp_path / "in", 4)
    args = [sys.executable, "-m", "newsl10n", "translate", *map(str, articles), "--to", "ru", "--jobs", "2"]
    env = dict(os.environ, ARGOS_PACKAGES_DIR=str(tmp_path / "no-packages"))
    env["NEWSL10N_STALL_TIMEOUT"] = env["NEWSL10N_DOWNLOAD_TIMEOUT"] = "1"
    env["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"  # nothing listens there: the index cannot be reached
    done = subprocess.run(
        [*args, "--out", str(tmp_path / "l10n")], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    missing = [line for line in done.stderr.splitlines() if "left empty for human translators" in line]
    assert len(missing) == 1, done.stderr
