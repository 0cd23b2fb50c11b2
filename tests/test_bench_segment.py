"""The segmentation benchmark runs end to end on a small long paragraph; timings are not checked."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_segment.py"


def test_bench_segment_reports_articles_and_long_paragraph():
    command = [sys.executable, str(SCRIPT), "--long", "20000", "--repeat", "1", "--json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["articles"]["articles"] >= 26 and report["articles"]["units"] > 500
    long = report["long"]
    assert long["chars"] >= 20000 and long["units"] > 100
    assert long["one_paragraph_seconds"] > 0 and long["paragraphs_seconds"] > 0
