"""The benchmark script runs end to end (``--small``: a tiny model, seconds); timings are not checked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_translate.py"


def test_benchmark_small_mode_runs_all_three_ways(tmp_path):
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "ARGOS_PACKAGES_DIR": str(tmp_path / "unused-packages"),
    }
    command = [sys.executable, str(SCRIPT), "--small", "--json", "--cache", str(tmp_path / "bench")]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    results = report["results"]
    assert set(results) == {"newsl10n", "argostranslate", "raw"}
    sentences = report["settings"]["sentences"]
    assert sentences > 10
    for figures in results.values():
        assert figures["sentences"] == sentences
        assert figures["seconds"] > 0 and figures["peak_mb"] > 0
    assert not (tmp_path / "unused-packages").exists()  # the benchmark installs into its own temp folder
