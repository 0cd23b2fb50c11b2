"""The glossary benchmark runs end to end (``--small``: 300 terms, 5 articles); timings are not checked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_glossary.py"


def test_glossary_benchmark_small_mode_measures_every_phase(tmp_path):
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(tmp_path / "unused-packages")}
    command = [sys.executable, str(SCRIPT), "--small", "--json", "--cache", str(tmp_path / "bench")]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["settings"]["terms"] == 300 and report["load_s"] > 0
    for source in ("pseudo", "argos"):
        for figures in report[source].values():
            assert figures["sentences"] == figures["of"] == report["settings"]["sentences"] > 10
            assert set(figures["us_per_sentence"]) == {"hints", "fix", "check"}
            assert figures["problems"] > 0  # the generated articles use the generated terms
    assert set(report["stages_pseudo"]["ru"]["by_checker"]) == {"glossary", "locale", "qa"}
    translate = report["translate"]
    assert translate["with"]["finished"] and translate["with"]["units"] == translate["without"]["units"] > 0
    assert translate["ratio_cpu"] > 0
    assert not (tmp_path / "unused-packages").exists()  # the benchmark installs into its own folder
