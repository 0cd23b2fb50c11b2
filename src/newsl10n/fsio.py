"""File writes that never leave a half-written file, or a half-written set of files, behind.

A run writes many files (a template, a catalog and a localized article per language). They are written
as one :class:`Transaction`: every new file is first written in full next to its target, so a full disk
or a read-only folder fails before anything is replaced; all are then flushed to disk together (see
:func:`_flush_to_disk`) and swapped in, each old file kept aside until the last swap, so a failure
half-way puts the old files back. A journal next to them lets
the next run roll back what a killed run (SIGKILL, power loss) left half-swapped.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import json
import os
import re
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from newsl10n.errors import UserError

STAGED_SUFFIX = ".newsl10n-new"
KEPT_SUFFIX = ".newsl10n-old"
JOURNAL_NAME = ".newsl10n-journal"


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temp file in the same folder and a rename."""
    atomic_write_bytes(path, text.encode(encoding))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    with Transaction() as transaction:
        transaction.add(Path(path), data)
        transaction.commit()


def describe_os_error(error: OSError, path: Path | str) -> str:
    """One line for what went wrong writing ``path``, with the fix where there is an obvious one."""
    if error.errno == errno.ENOSPC:
        return f"{path}: no space left on the device; nothing was changed"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{path}: cannot write here ({error.strerror}); nothing was changed"
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        return f"{path}: a file stands where a folder is needed ({error.strerror}); nothing was changed"
    return f"{path}: cannot write ({error.strerror or error}); nothing was changed"


@dataclass(frozen=True)
class Fingerprint:
    """Enough to tell that a file changed since it was read (a translator saved it meanwhile)."""

    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> Fingerprint | None:
        try:
            stat = path.stat()
        except (FileNotFoundError, NotADirectoryError):
            return None
        return cls(stat.st_size, stat.st_mtime_ns, stat.st_ino)


@dataclass
class _Write:
    path: Path
    staged: Path
    sha256: str
    kept: Path | None = None  # the old file, moved aside
    swapped: bool = False


@dataclass
class Transaction:
    """Files written all or nothing; see the module docstring.

    Each file is staged on disk as soon as it is added, so a long run keeps no file contents in memory.
    Use it as a context manager: leaving the block without :meth:`commit` discards what was staged.
    """

    writes: dict[Path, _Write] = field(default_factory=dict)
    created: list[Path] = field(default_factory=list)  # folders made for staged files

    def __enter__(self) -> Transaction:
        return self

    def __exit__(self, *exc_info) -> None:
        self._discard()

    def add(self, path: Path, data: bytes) -> None:
        """Stage ``data`` for ``path`` (replacing what was staged for it); a full disk is one line, at once."""
        path = Path(path)
        try:
            staged = self._stage(path, data)
        except OSError as error:
            self._discard()
            raise UserError(describe_os_error(error, error.filename or path)) from None
        except BaseException:
            self._discard()
            raise
        previous = self.writes.pop(path, None)
        if previous is not None:
            _remove(previous.staged)
        self.writes[path] = _Write(path, staged, hashlib.sha256(data).hexdigest())

    def commit(self) -> None:
        """Swap every staged file in; on any failure the old files are put back and one line is raised."""
        writes = list(self.writes.values())
        try:
            _flush_to_disk([write.staged for write in writes])
        except OSError as error:
            self._discard()
            raise UserError(describe_os_error(error, error.filename or writes[0].path)) from None
        with _signals_deferred():
            journal = self._write_journal(writes)
            try:
                for write in writes:
                    self._swap(write)
            except BaseException as error:
                self._roll_back(writes)
                _remove(journal)
                if isinstance(error, OSError):
                    raise UserError(describe_os_error(error, error.filename or write.path)) from None
                raise
            for write in writes:
                if write.kept is not None:
                    _remove(write.kept)
            _remove(journal)
        self.writes.clear()
        self.created.clear()

    def _stage(self, path: Path, data: bytes) -> Path:
        self._make_folder(path.parent)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=STAGED_SUFFIX, dir=path.parent)
        staged = Path(name)
        try:
            with os.fdopen(fd, "wb") as handle:  # flushed to disk at commit, with the others
                handle.write(data)
            os.chmod(staged, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        except BaseException:
            _remove(staged)
            raise
        return staged

    def _make_folder(self, folder: Path) -> None:
        missing = []
        while not folder.exists():
            missing.append(folder)
            folder = folder.parent
        for new in reversed(missing):
            new.mkdir()
            self.created.append(new)

    def _write_journal(self, writes: list[_Write]) -> Path | None:
        """Where each file's old version is kept, for the next run if this one is killed mid-swap."""
        if len(writes) < 2:
            return None
        root = Path(os.path.commonpath([str(write.path.parent) for write in writes]))
        entries = []
        for write in writes:
            if write.path.exists():
                write.kept = write.path.with_name(f".{write.path.name}{KEPT_SUFFIX}")
            entries.append(
                {
                    "path": str(write.path),
                    "kept": str(write.kept) if write.kept else None,
                    "sha256": write.sha256,
                }
            )
        journal = root / JOURNAL_NAME
        with open(journal, "wb") as handle:
            handle.write(json.dumps(entries, ensure_ascii=False).encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        return journal

    def _swap(self, write: _Write) -> None:
        if write.kept is not None:
            _remove(write.kept)
            try:
                os.link(write.path, write.kept)
            except OSError:  # a file system without hard links
                shutil.copy2(write.path, write.kept)
        os.replace(write.staged, write.path)
        write.swapped = True

    def _roll_back(self, writes: list[_Write]) -> None:
        for write in writes:
            if write.swapped:
                if write.kept is not None and write.kept.exists():
                    os.replace(write.kept, write.path)
                else:
                    _remove(write.path)
            elif write.kept is not None:
                _remove(write.kept)
        self._discard()

    def _discard(self) -> None:
        """Remove what was staged (and the folders made for it), leaving the old files as they were."""
        for write in self.writes.values():
            if not write.swapped:
                _remove(write.staged)
        self.writes.clear()
        for folder in reversed(self.created):
            with suppress(OSError):
                folder.rmdir()  # only if empty
        self.created.clear()


def recover(root: Path) -> list[str]:
    """Undo what a killed run left below ``root``: roll back a half-done swap, remove staged files.

    Returns one line per thing done, for the log. Call it under the folder's lock.
    """
    done: list[str] = []
    if not root.is_dir():
        return done
    journal = root / JOURNAL_NAME
    if journal.exists():
        try:
            entries = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            entries = []
        for entry in entries:
            path, kept = Path(entry["path"]), entry.get("kept")
            if _sha256(path) != entry.get("sha256"):
                continue  # not swapped yet, or changed since (a translator's save): leave it
            if kept and Path(kept).exists():
                os.replace(kept, path)
                done.append(f"restored {path} (a killed run had replaced it)")
            elif not kept:
                _remove(path)
                done.append(f"removed {path} (written by a killed run)")
        _remove(journal)
    for pattern in (f"*{STAGED_SUFFIX}", f"*{KEPT_SUFFIX}"):
        for leftover in root.rglob(f".{pattern}"):
            _remove(leftover)
            done.append(f"removed {leftover} (left by a killed run)")
    return done


def _flush_to_disk(paths: list[Path]) -> None:
    """Put every byte of ``paths`` on disk, as one fsync(2) each would, before any of them is swapped in.

    A run stages hundreds of files and one fsync per file costs more CPU than writing them. Where a file
    system holds several of them, one syncfs(2) flushes them all at once; where syncfs is unavailable or
    fails, each file is fsync'ed (a lone file too: syncfs would also wait for other programs' writes).
    """
    device_of: dict[Path, int] = {}  # a file is on its folder's file system
    by_device: dict[int, list[Path]] = {}
    for path in paths:
        if path.parent not in device_of:
            device_of[path.parent] = os.stat(path.parent).st_dev
        by_device.setdefault(device_of[path.parent], []).append(path)
    for same_disk in by_device.values():
        if len(same_disk) > 1 and _sync_file_system(same_disk[0]):
            continue
        for path in same_disk:
            _fsync_file(path)


def _sync_file_system(path: Path) -> bool:
    """syncfs(2) on the file system holding ``path``; False where it is unavailable or failed."""
    syncfs = _syncfs()
    if syncfs is None:
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        return syncfs(fd) == 0
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as error:
        error.filename = error.filename or str(path)
        raise
    finally:
        os.close(fd)


@functools.cache
def _syncfs() -> Callable[[int], int] | None:
    """The C library's syncfs, on Linux 5.8 or newer only: older kernels return 0 even when writing a
    file back to disk failed, where fsync reports it."""
    if not sys.platform.startswith("linux"):
        return None
    release = re.match(r"(\d+)\.(\d+)", os.uname().release)
    if release is None or (int(release[1]), int(release[2])) < (5, 8):
        return None
    import ctypes

    try:
        syncfs = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    syncfs.argtypes, syncfs.restype = [ctypes.c_int], ctypes.c_int
    return syncfs


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """SIGINT, SIGTERM and SIGHUP wait until the swap is over (only SIGKILL can cut it; see recover())."""
    blocked = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    except (AttributeError, ValueError, OSError):  # not on this platform, or not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _remove(path: Path | None) -> None:
    if path is None:
        return
    with suppress(FileNotFoundError):
        os.unlink(path)
