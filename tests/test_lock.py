"""One run at a time per output folder: a second run waits (or fails with --no-wait); a killed run's lock is no lock."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsl10n.errors import UserError
from newsl10n.lock import LOCK_NAME, folder_lock

HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from newsl10n.lock import folder_lock
    with folder_lock(Path(sys.argv[1])):
        print("held", flush=True)
        time.sleep(float(sys.argv[2]))
    """
)


def holder(folder: Path, seconds: float) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline().strip() == "held"
    return process


def test_no_wait_fails_at_once_with_one_line(tmp_path):
    process = holder(tmp_path, 30)
    try:
        with (
            pytest.raises(UserError, match=r"another newsl10n run \(pid \d+ on .*\) holds"),
            folder_lock(tmp_path, wait=False),
        ):
            pass
    finally:
        process.kill()
        process.wait()


def test_waiting_run_says_so_once_and_goes_on_when_the_holder_ends(tmp_path):
    process = holder(tmp_path, 1.0)
    said: list[str] = []
    started = time.monotonic()
    with folder_lock(tmp_path, wait=True, log=said.append):
        waited = time.monotonic() - started
    process.wait()
    assert len(said) == 1 and "waiting" in said[0] and "--no-wait" in said[0]
    assert waited > 0.2


def test_lock_of_a_killed_run_is_no_lock(tmp_path):
    process = holder(tmp_path, 30)
    process.kill()
    process.wait()
    assert (tmp_path / LOCK_NAME).exists()  # left behind by the SIGKILL
    with folder_lock(tmp_path, wait=False):
        pass
    assert not (tmp_path / LOCK_NAME).exists()
