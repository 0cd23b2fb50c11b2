"""Where an install or removal does its work, so the packages folder is never seen half-done.

argostranslate (and argospm, LibreTranslate) treat *every* folder in the packages folder as a
package and fail on one without ``metadata.json``. So work happens in a staging area beside the
packages folder (``<parent>/.newsl10n-staging/``), on the same file system, and finished packages
enter or leave the packages folder by one ``rename``.

When no such place exists (the packages folder is a mount point of its own, or its parent is
read-only), the staging area is ``<packages>/.newsl10n-staging/`` holding a ``metadata.json`` of
type ``newsl10n-staging``: argostranslate reads it as a package of a type it does not translate with.

Each run works in its own folder, locked (``flock``) for as long as the run lives. The lock dies
with the process, however it dies, so a folder whose lock can be taken is left over from a killed
run and is removed when the next run starts. SIGTERM and SIGHUP are turned into an exception while
a run works, so ``finally`` clauses clean up; the final renames are never interrupted.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from newsl10n.errors import UserError

STAGING_NAME = ".newsl10n-staging"
MARKER_TYPE = "newsl10n-staging"
LOCK_SUFFIX = ".lock"
# Folders an older newsl10n left inside the packages folder; argostranslate fails on them.
LEGACY_PREFIXES = (".installing-", ".removing-")
STALE_WITHOUT_LOCKS = 24 * 3600  # seconds; where flock does not exist, only old folders count as stale

try:
    import fcntl
except ImportError:  # Windows: no flock
    fcntl = None  # type: ignore[assignment]


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived while a run was working: unwind and clean up like Ctrl-C."""


def staging_root(packages_dir: Path) -> Path:
    """The staging area for ``packages_dir``: beside it when possible, else inside it, marked."""
    packages_dir.mkdir(parents=True, exist_ok=True)
    beside = packages_dir.parent / STAGING_NAME
    if _usable_beside(packages_dir, beside):
        return beside
    inside = packages_dir / STAGING_NAME
    _mark(inside)
    return inside


def _usable_beside(packages_dir: Path, beside: Path) -> bool:
    """Is ``beside`` writable and on the same file system, so a rename moves a package in one step?"""
    try:
        beside.mkdir(exist_ok=True)
        return beside.stat().st_dev == packages_dir.stat().st_dev and os.access(beside, os.W_OK)
    except OSError:
        return False


def _mark(inside: Path) -> None:
    """Create the in-folder staging area with its ``metadata.json`` written at once."""
    metadata = inside / "metadata.json"
    if metadata.is_file():
        return
    inside.mkdir(exist_ok=True)
    content = {"type": MARKER_TYPE, "package_version": "0", "note": "newsl10n work area; not a model"}
    metadata.write_text(json.dumps(content), encoding="utf-8")


def clean_stale(packages_dir: Path) -> list[Path]:
    """Remove work folders of runs that died, here and (legacy) inside the packages folder."""
    removed: list[Path] = []
    if packages_dir.is_dir():
        for path in packages_dir.iterdir():
            if path.is_dir() and path.name.startswith(LEGACY_PREFIXES):
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
    for root in (packages_dir.parent / STAGING_NAME, packages_dir / STAGING_NAME):
        if not root.is_dir():
            continue
        for lock in root.glob(f"*{LOCK_SUFFIX}"):
            if _lock_is_free(lock):
                work = lock.with_suffix("")
                shutil.rmtree(work, ignore_errors=True)
                lock.unlink(missing_ok=True)
                removed.append(work)
        for work in root.iterdir():
            if work.is_dir() and not work.with_suffix(LOCK_SUFFIX).exists() and _old(work):
                shutil.rmtree(work, ignore_errors=True)  # lost its lock file; no run owns it
                removed.append(work)
    return removed


def _lock_is_free(lock: Path) -> bool:
    """Nobody holds ``lock``: the run that made it is gone (where flock exists; else: it is old)."""
    if fcntl is None:
        return _old(lock, STALE_WITHOUT_LOCKS)
    try:
        with lock.open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return False  # vanished meanwhile: its owner finished
    return True


def _old(path: Path, seconds: float = 60) -> bool:
    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False


class Stage:
    """One run's work folder: files to build, and the renames that publish them."""

    def __init__(self, packages_dir: Path, folder: Path, guard: _SignalGuard) -> None:
        self.packages_dir = packages_dir
        self.folder = folder
        self._guard = guard

    def path(self, name: str) -> Path:
        return self.folder / name

    def publish(self, built: Path, retire: list[Path]) -> Path:
        """Move ``built`` into the packages folder and ``retire`` out of it, uninterrupted.

        The new package goes in before the old ones leave, so a pair is never without a model;
        when the new one has an old one's name, the old one leaves first.
        """
        final = self.packages_dir / built.name
        with self._guard.uninterrupted():
            if final.exists():
                os.replace(final, self._trash(final))
            os.replace(built, final)
            for old in retire:
                if old.exists() and old != final:
                    os.replace(old, self._trash(old))
        return final

    def withdraw(self, packages: list[Path]) -> None:
        """Move packages out of the packages folder (they are deleted with the work folder)."""
        with self._guard.uninterrupted():
            for package in packages:
                os.replace(package, self._trash(package))

    def _trash(self, path: Path) -> Path:
        trash = self.folder / "trash"
        trash.mkdir(exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f"{path.name}-", dir=trash))


@contextlib.contextmanager
def stage(packages_dir: Path) -> Iterator[Stage]:
    """A locked work folder for one install or removal, removed on every way out of the block.

    The lock file is made and locked before its folder exists, so no other run can mistake the
    new folder for a dead one.
    """
    packages_dir = Path(packages_dir)
    try:
        root = staging_root(packages_dir)
        clean_stale(packages_dir)
        handle, lock_name = tempfile.mkstemp(prefix=f"{os.getpid()}-", suffix=LOCK_SUFFIX, dir=root)
    except OSError as error:
        raise UserError(
            f"cannot write to the Argos packages folder {packages_dir}: {error.strerror}"
        ) from None
    lock = Path(lock_name)
    folder = lock.with_suffix("")
    guard = _SignalGuard()
    try:
        with os.fdopen(handle, "w") as lock_file, guard:
            if fcntl is not None:
                fcntl.flock(lock_file, fcntl.LOCK_EX)
            folder.mkdir()
            yield Stage(packages_dir, folder, guard)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        lock.unlink(missing_ok=True)


class _SignalGuard:
    """Turns SIGTERM/SIGHUP into :class:`Terminated` inside the block (main thread only).

    Inside :meth:`uninterrupted` a signal is held back and raised when the critical part is done.
    """

    SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))

    def __init__(self) -> None:
        self._previous: dict[int, object] = {}
        self._critical = False
        self._pending: int | None = None

    def __enter__(self) -> _SignalGuard:
        if threading.current_thread() is threading.main_thread():
            for signum in self.SIGNALS:
                self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc_info: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]

    def _handle(self, signum: int, frame: object) -> None:
        if self._critical:
            self._pending = signum
            return
        raise Terminated(f"stopped by {signal.Signals(signum).name}")

    @contextlib.contextmanager
    def uninterrupted(self) -> Iterator[None]:
        self._critical = True
        try:
            yield
        finally:
            self._critical = False
            if self._pending is not None:
                signum, self._pending = self._pending, None
                raise Terminated(f"stopped by {signal.Signals(signum).name}")
