"""Writes all or nothing: a failure while staging or swapping leaves the old files, a killed run is undone."""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from newsl10n import fsio
from newsl10n.errors import UserError


def files(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(folder.rglob("*")) if p.is_file()}


def old_set(tmp_path: Path) -> Path:
    folder = tmp_path / "l10n"
    (folder / "ru").mkdir(parents=True)
    (folder / "ru" / "a.po").write_text("old a")
    (folder / "ru" / "b.po").write_text("old b")
    return folder


def write_all(folder: Path) -> None:
    with fsio.Transaction() as writes:
        writes.add(folder / "ru" / "a.po", b"new a")
        writes.add(folder / "ru" / "b.po", b"new b")
        writes.add(folder / "uk" / "c.po", b"new c")
        writes.commit()


def test_commit_replaces_every_file_and_leaves_nothing_else(tmp_path):
    folder = old_set(tmp_path)
    write_all(folder)
    assert files(folder) == {"a.po": "new a", "b.po": "new b", "c.po": "new c"}
    assert sorted(p.name for p in folder.iterdir()) == ["ru", "uk"]


class FullDiskFile:
    """A staged file on a full disk: writing to it fails."""

    def __init__(self, fd: int, *args, **kwargs) -> None:
        os.close(fd)

    def __enter__(self) -> FullDiskFile:
        return self

    def __exit__(self, *exc_info) -> None:
        pass

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_full_disk_while_staging_changes_nothing(tmp_path, monkeypatch):
    folder = old_set(tmp_path)
    real_fdopen = os.fdopen
    opened = []

    def fdopen(fd, *args, **kwargs):
        opened.append(fd)
        if len(opened) == 3:  # c.po, in a folder made for it
            return FullDiskFile(fd)
        return real_fdopen(fd, *args, **kwargs)

    monkeypatch.setattr(os, "fdopen", fdopen)
    with pytest.raises(UserError, match="no space left"):
        write_all(folder)
    assert files(folder) == {"a.po": "old a", "b.po": "old b"}
    assert not (folder / "uk").exists()  # a folder made for the run goes with it


def test_full_disk_while_flushing_changes_nothing(tmp_path, monkeypatch):
    folder = old_set(tmp_path)
    monkeypatch.setattr(fsio, "_syncfs", lambda: None)  # each file fsync'ed: the third one fails
    real_fsync = os.fsync
    calls = []

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(UserError, match="no space left"):
        write_all(folder)
    assert files(folder) == {"a.po": "old a", "b.po": "old b"}
    assert not (folder / "uk").exists()
    assert not list(folder.rglob(f"*{fsio.STAGED_SUFFIX}"))


def watch_flushes(monkeypatch) -> list[tuple[str, str]]:
    """What the transaction does, in order: ("fsync", staged path), ("syncfs", ""), ("replace", target)."""
    events: list[tuple[str, str]] = []
    real_fsync_file, real_replace = fsio._fsync_file, os.replace

    def fsync_file(path):
        events.append(("fsync", str(path)))
        return real_fsync_file(path)

    def replace(src, dst):
        events.append(("replace", str(dst)))
        return real_replace(src, dst)

    monkeypatch.setattr(fsio, "_fsync_file", fsync_file)
    monkeypatch.setattr(os, "replace", replace)
    return events


def assert_each_staged_file_fsynced_before_any_swap(events: list[tuple[str, str]]) -> None:
    kinds = [kind for kind, _ in events]
    assert kinds == ["fsync"] * 3 + ["replace"] * 3
    staged = [Path(path) for kind, path in events if kind == "fsync"]
    assert all(path.name.endswith(fsio.STAGED_SUFFIX) for path in staged)
    assert sorted(path.parent.name for path in staged) == ["ru", "ru", "uk"]


def test_without_syncfs_each_staged_file_is_fsynced_before_the_swap(tmp_path, monkeypatch):
    folder = old_set(tmp_path)
    monkeypatch.setattr(fsio, "_syncfs", lambda: None)
    events = watch_flushes(monkeypatch)
    write_all(folder)
    assert_each_staged_file_fsynced_before_any_swap(events)
    assert files(folder) == {"a.po": "new a", "b.po": "new b", "c.po": "new c"}


def test_when_syncfs_fails_each_staged_file_is_fsynced_before_the_swap(tmp_path, monkeypatch):
    folder = old_set(tmp_path)
    failures = []

    def failing_syncfs(fd: int) -> int:
        failures.append(fd)
        return -1

    monkeypatch.setattr(fsio, "_syncfs", lambda: failing_syncfs)
    events = watch_flushes(monkeypatch)
    write_all(folder)
    assert len(failures) == 1  # one file system
    assert_each_staged_file_fsynced_before_any_swap(events)
    assert files(folder) == {"a.po": "new a", "b.po": "new b", "c.po": "new c"}


@pytest.mark.skipif(fsio._syncfs() is None, reason="no syncfs(2) that reports errors here")
def test_syncfs_flushes_the_staged_files_at_once_before_the_swap(tmp_path, monkeypatch):
    folder = old_set(tmp_path)
    events = watch_flushes(monkeypatch)
    real_syncfs = fsio._syncfs()

    def syncfs(fd: int) -> int:
        events.append(("syncfs", ""))
        return real_syncfs(fd)

    monkeypatch.setattr(fsio, "_syncfs", lambda: syncfs)
    write_all(folder)
    assert [kind for kind, _ in events] == ["syncfs"] + ["replace"] * 3
    assert files(folder) == {"a.po": "new a", "b.po": "new b", "c.po": "new c"}
    events.clear()
    fsio.atomic_write_text(folder / "ru" / "a.po", "alone")  # a lone file: fsync, not the whole disk
    assert [kind for kind, _ in events] == ["fsync", "replace"]
    assert (folder / "ru" / "a.po").read_text() == "alone"


def test_failure_in_the_middle_of_the_swap_puts_the_old_files_back(tmp_path, monkeypatch):
    folder = old_set(tmp_path)
    real_replace = os.replace
    swaps = []

    def replace(src, dst):
        if str(src).endswith(fsio.STAGED_SUFFIX):
            swaps.append(dst)
            if len(swaps) == 2:
                raise OSError(errno.EIO, "Input/output error", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(UserError, match="nothing was changed"):
        write_all(folder)
    assert files(folder) == {"a.po": "old a", "b.po": "old b"}


def test_read_only_folder_is_one_line(tmp_path, monkeypatch):
    folder = old_set(tmp_path)
    (folder / "ru").chmod(0o555)
    if os.access(
        folder / "ru", os.W_OK
    ):  # root writes anywhere: make the folder refuse as a read-only one does

        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied", str(folder / "ru"))

        monkeypatch.setattr(fsio.tempfile, "mkstemp", refuse)
    try:
        with pytest.raises(UserError, match="cannot write here"):
            write_all(folder)
    finally:
        (folder / "ru").chmod(0o755)
    assert files(folder) == {"a.po": "old a", "b.po": "old b"}


def test_recover_rolls_back_a_killed_swap_but_never_a_translators_save(tmp_path):
    folder = old_set(tmp_path)
    (folder / "ru" / "c.po").write_text("old c")
    kept = {name: folder / "ru" / f".{name}{fsio.KEPT_SUFFIX}" for name in ("a.po", "b.po", "c.po")}
    # A run killed after swapping a.po and b.po; c.po not swapped yet; b.po saved by a translator since.
    for name in ("a.po", "b.po"):
        os.link(folder / "ru" / name, kept[name])
    (folder / "ru" / "a.po").unlink()
    (folder / "ru" / "a.po").write_text("new a")
    (folder / "ru" / "b.po").unlink()
    (folder / "ru" / "b.po").write_text("translator's b")
    (folder / "ru" / f".c.po.x{fsio.STAGED_SUFFIX}").write_text("new c")
    journal = [
        {
            "path": str(folder / "ru" / n),
            "kept": str(kept[n]),
            "sha256": fsio.hashlib.sha256(f"new {n[0]}".encode()).hexdigest(),
        }
        for n in ("a.po", "b.po", "c.po")
    ]
    (folder / fsio.JOURNAL_NAME).write_text(json.dumps(journal))
    done = fsio.recover(folder)
    assert files(folder) == {"a.po": "old a", "b.po": "translator's b", "c.po": "old c"}
    assert any("restored" in line for line in done)


def other_file_system(tmp_path: Path) -> Path | None:
    """A writable folder on another file system than ``tmp_path`` (a tmpfs), if the machine has one."""
    for candidate in (Path("/dev/shm"), Path("/run/user") / str(os.getuid())):
        writable = candidate.is_dir() and os.access(candidate, os.W_OK)
        if writable and candidate.stat().st_dev != tmp_path.stat().st_dev:
            return candidate
    return None


@pytest.mark.skipif(fsio._syncfs() is None, reason="no syncfs(2) that reports errors here")
def test_one_syncfs_per_file_system(tmp_path, monkeypatch):
    other = other_file_system(tmp_path)
    if other is None:
        pytest.skip("no second file system to write to")
    elsewhere = Path(tempfile.mkdtemp(dir=other))
    try:
        synced: list[int] = []
        real_syncfs = fsio._syncfs()

        def syncfs(fd: int) -> int:
            synced.append(os.fstat(fd).st_dev)
            return real_syncfs(fd)

        monkeypatch.setattr(fsio, "_syncfs", lambda: syncfs)
        with fsio.Transaction() as writes:
            for folder in (tmp_path, elsewhere):
                writes.add(folder / "a.po", b"a")
                writes.add(folder / "b.po", b"b")
            writes.commit()
        assert sorted(synced) == sorted({tmp_path.stat().st_dev, elsewhere.stat().st_dev})
        assert [(elsewhere / name).read_bytes() for name in ("a.po", "b.po")] == [b"a", b"b"]
    finally:
        shutil.rmtree(elsewhere)
