"""The memory benchmark runs end to end in ``--small`` mode; its quality figures are checked, never timings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_memory.py"


def test_small_benchmark_reports_every_part_and_the_harness_passes():
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--small", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report) == {"lookup", "harness", "previous", "load"}
    for row in report["lookup"]:
        assert row["hit_found"] == 1.0  # a sentence with one day or number changed always finds its original
        assert row["hit_as_good_as_brute"] == 1.0
    harness = report["harness"]
    assert harness["changed_units"] >= 15
    assert harness["suggested"] >= 0.8  # the bar
    assert all(row["found"] >= 0.95 for row in report["previous"])
    assert report["load"]["tmx_load_s"] > 0 and report["load"]["po_load_s"] > 0
