"""The PO benchmark runs end to end on the sample catalogs; its timings are not checked."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_po_benchmark_reports_lossless_round_trips_and_local_diffs() -> None:
    command = [sys.executable, str(ROOT / "benchmarks" / "bench_po.py"), str(ROOT / "tests" / "data" / "po")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    files = int(re.search(r"files: (\d+) read, 0 refused", done.stdout).group(1))  # type: ignore[union-attr]
    assert files == len(list((ROOT / "tests" / "data" / "po").glob("*.po")))
    assert f"round trip byte-identical: {files} of {files}" in done.stdout
    assert "changed lines outside the entry: 0" in done.stdout
    assert re.search(r"speed ratio \d+\.\d\d", done.stdout)
