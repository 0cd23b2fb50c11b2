"""One newsl10n run at a time per output folder.

Two runs into one folder would each merge the catalogs as they found them and the second would write over
the first. The lock is an ``flock`` on ``<folder>/.newsl10n.lock``: the kernel releases it when the holder
dies, however it dies, so a lock left by a killed run is never in the way. The file names the holder, for
the message a waiting run prints.
"""

from __future__ import annotations

import fcntl
import os
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from newsl10n.errors import UserError
from newsl10n.fsio import describe_os_error

LOCK_NAME = ".newsl10n.lock"
POLL_SECONDS = 0.2


@contextmanager
def folder_lock(
    folder: Path, wait: bool = True, log: Callable[[str], None] | None = None, timeout: float | None = None
) -> Iterator[None]:
    """Hold the folder's lock for the block; wait for another run (saying so once) or fail at once."""
    path = Path(folder) / LOCK_NAME
    handle = _acquire(path, wait, log, timeout)
    try:
        yield
    finally:
        with suppress(OSError):
            os.unlink(path)
        handle.close()  # closing releases the flock


def _acquire(path: Path, wait: bool, log: Callable[[str], None] | None, timeout: float | None):
    told = False
    started = time.monotonic()
    while True:
        try:
            handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115  (held open for the lock's lifetime)
        except OSError as error:
            raise UserError(describe_os_error(error, path.parent)) from None
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(handle)
            handle.close()
            folder = path.parent
            if not wait:
                raise UserError(f"another newsl10n run ({holder}) holds {folder}/; try again later") from None
            if timeout is not None and time.monotonic() - started > timeout:
                raise UserError(f"another newsl10n run ({holder}) has held {folder}/ for too long") from None
            if not told and log is not None:
                log(
                    f"newsl10n: another newsl10n run ({holder}) holds {folder}/, waiting… (--no-wait to fail)"
                )
                told = True
            time.sleep(POLL_SECONDS)
            continue
        # The file may have been removed by the previous holder after we opened it: then lock anew.
        try:
            same = os.fstat(handle.fileno()).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if not same:
            handle.close()
            continue
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} on {socket.gethostname()}\n")
        handle.flush()
        return handle


def _holder(handle) -> str:
    try:
        handle.seek(0)
        return handle.read().strip() or "unknown process"
    except OSError:
        return "unknown process"
