"""A translator's work is never lost: real processes, concurrent saves, full disks, read-only folders, SIGKILL.

These tests run the installed ``newsl10n`` command in subprocesses, the way a desk runs it. Where the
machine allows mounting a small tmpfs (root in a container), full-disk and read-only cases use a real one;
the same faults are also simulated in-process in tests/test_fsio.py, so they are covered everywhere.
"""

from __future__ import annotations

import os
import pty
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import polib
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_translate import make_articles

NEWSL10N = [sys.executable, "-m", "newsl10n"]
MSGFMT = shutil.which("msgfmt")


def write_articles(folder: Path, count: int, seed: int = 1) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, paragraphs in enumerate(make_articles(count, seed=seed)):
        path = folder / f"a{index:02d}.txt"
        path.write_text(f"Headline number {index}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def translate(articles: list[Path], out: Path, *extra: str, langs: str = "ru", **popen) -> subprocess.Popen:
    args = [
        *NEWSL10N,
        "translate",
        *map(str, articles),
        "--to",
        langs,
        "--engine",
        "pseudo",
        "--out",
        str(out),
    ]
    popen = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True, **popen}
    return subprocess.Popen([*args, *extra], **popen)


def finished(process: subprocess.Popen, timeout: float = 300) -> tuple[int, str]:
    _, stderr = process.communicate(timeout=timeout)
    assert "Traceback" not in stderr, stderr
    return process.returncode, stderr


def review(po_path: Path, count: int, tag: str) -> dict[str, str]:
    """What a translator does: type reviewed translations of ``count`` entries and save."""
    catalog = polib.pofile(str(po_path))
    done = {}
    for entry in [e for e in catalog if not e.obsolete][:count]:
        entry.msgstr = f"{tag}: {entry.msgid[:20]}"
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        done[entry.msgid] = entry.msgstr
    catalog.save()
    return done


def reviewed(po_path: Path) -> dict[str, str]:
    return {e.msgid: e.msgstr for e in polib.pofile(str(po_path)) if e.msgstr and not e.fuzzy}


def assert_valid_po(path: Path) -> None:
    if MSGFMT:
        check = subprocess.run([MSGFMT, "-c", "-o", os.devnull, str(path)], capture_output=True, text=True)
        assert check.returncode == 0, f"{path}: {check.stderr}"
    else:
        polib.pofile(str(path))


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".*") if p.name != ".newsl10n.lock"]


# -- concurrency -----------------------------------------------------------------------------------------


class TerminalOutput:
    """A pseudo-terminal for a run's stderr, read in the background, so the run shows its progress bar."""

    def __init__(self) -> None:
        try:
            self.parent, self.child = pty.openpty()
        except OSError as error:  # a machine without pseudo-terminals: the moment cannot be seen
            pytest.skip(f"no pseudo-terminal to watch the run's progress on ({error})")
        self.text = ""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.parent, 4096)
            except OSError:  # the run closed its end
                return
            if not chunk:
                return
            self.text += chunk.decode("utf-8", "replace")

    def wait_for(self, marker: str, process: subprocess.Popen, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while marker not in self.text:
            assert process.poll() is None, f"the run ended before showing {marker!r}: {self.text}"
            assert time.monotonic() < deadline, f"no {marker!r} after {timeout} s"
            time.sleep(0.01)

    def close(self) -> str:
        os.close(self.child)
        self._reader.join(timeout=10)
        os.close(self.parent)
        return self.text


def test_a_translators_save_during_a_run_survives(tmp_path):
    articles = write_articles(tmp_path / "in", 60)
    out = tmp_path / "l10n"
    assert finished(translate(articles, out))[0] == 0
    terminal = TerminalOutput()
    run = translate(articles, out, langs="ru", stderr=terminal.child)
    terminal.wait_for("Translating", run)  # the bar starts after every catalog has been read
    saved = review(out / "ru" / "a00.po", 3, "translator")
    assert run.poll() is None, "the run ended before the save; make it longer"
    run.communicate(timeout=300)
    stderr = terminal.close()
    assert run.returncode == 0 and "Traceback" not in stderr, stderr
    assert "changed during the run" in stderr
    assert saved.items() <= reviewed(out / "ru" / "a00.po").items()


def test_two_runs_into_one_folder_take_turns_and_lose_nothing(tmp_path):
    articles = write_articles(tmp_path / "in", 80)  # long enough that the second run starts while it works
    out = tmp_path / "l10n"
    assert finished(translate(articles, out))[0] == 0
    saved = review(out / "ru" / "a01.po", 3, "before")
    first = translate(articles, out)
    while not (out / ".newsl10n.lock").exists():
        time.sleep(0.02)
    second = translate(articles[:5], out)
    (code1, _), (code2, stderr2) = finished(first), finished(second)
    assert (code1, code2) == (0, 0)
    assert "waiting" in stderr2
    assert saved.items() <= reviewed(out / "ru" / "a01.po").items()
    blocker = translate(articles, out)
    while not (out / ".newsl10n.lock").exists():
        time.sleep(0.02)
    refused = translate(articles[:1], out, "--no-wait")
    code, stderr = finished(refused)
    finished(blocker)
    assert code == 2 and "another newsl10n run" in stderr and len(stderr.strip().splitlines()) == 1


# -- faults of the machine -------------------------------------------------------------------------------


@contextmanager
def tmpfs(path: Path, size: str):
    path.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (the in-process simulation in test_fsio.py covers it)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_full_disk_changes_nothing_and_says_so_in_one_line(tmp_path):
    articles = write_articles(tmp_path / "in", 3)
    with tmpfs(tmp_path / "disk", "400k") as disk:
        out = disk / "l10n"
        assert finished(translate(articles[:1], out))[0] == 0
        review(out / "ru" / "a00.po", 2, "kept")
        before = snapshot(out)
        free = shutil.disk_usage(disk).free
        (disk / "filler").write_bytes(b"\0" * max(0, free - 8 * 1024))
        code, stderr = finished(translate(articles, out, langs="ru,uk,de"))
        assert code == 2 and len(stderr.strip().splitlines()) == 1 and "no space left" in stderr
        assert snapshot(out) == before
        assert leftovers(out) == []


def test_read_only_output_folder(tmp_path):
    articles = write_articles(tmp_path / "in", 2)
    with tmpfs(tmp_path / "disk", "1m") as disk:
        out = disk / "l10n"
        assert finished(translate(articles, out))[0] == 0
        before = snapshot(out)
        assert subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True).returncode == 0
        code, stderr = finished(translate(articles, out))
        assert code == 2 and len(stderr.strip().splitlines()) == 1 and "cannot write" in stderr, stderr
        assert snapshot(out) == before


def test_a_file_where_the_language_folder_should_be(tmp_path):
    articles = write_articles(tmp_path / "in", 1)
    out = tmp_path / "l10n"
    out.mkdir()
    (out / "ru").write_text("not a folder")
    code, stderr = finished(translate(articles, out))
    assert code == 2 and len(stderr.strip().splitlines()) == 1 and "folder" in stderr, stderr
    assert sorted(p.name for p in out.iterdir()) == ["ru"] and (out / "ru").read_text() == "not a folder"


def test_sigterm_cleans_up_and_changes_nothing_half(tmp_path):
    articles = write_articles(tmp_path / "in", 20)
    out = tmp_path / "l10n"
    assert finished(translate(articles, out))[0] == 0
    saved = review(out / "ru" / "a02.po", 2, "kept")
    run = translate(articles, out, langs="ru,uk")
    while not (out / ".newsl10n.lock").exists() and run.poll() is None:
        time.sleep(0.02)  # the run is past start-up (its handlers are in place) and working
    time.sleep(0.5)
    run.send_signal(signal.SIGTERM)
    code, stderr = finished(run)
    assert code in (0, 128 + signal.SIGTERM), stderr
    assert leftovers(out) == []
    assert saved.items() <= reviewed(out / "ru" / "a02.po").items()


def test_sigkill_at_random_points_never_loses_a_reviewed_entry(tmp_path):
    """20 runs killed with SIGKILL at random moments; after each: valid catalogs, every reviewed entry kept;
    the next run cleans up what the killed one left and ends well."""
    articles = write_articles(tmp_path / "in", 8)
    out = tmp_path / "l10n"
    started = time.monotonic()
    assert finished(translate(articles, out, langs="ru,de"))[0] == 0
    duration = time.monotonic() - started
    saved = {lang: review(out / lang / "a03.po", 2, f"kept-{lang}") for lang in ("ru", "de")}
    rng = random.Random(8)
    killed = 0
    for trial in range(20):
        articles[trial % len(articles)].write_text(
            articles[trial % len(articles)].read_text(encoding="utf-8")
            + f"\nA new sentence number {trial}.\n",
            encoding="utf-8",
        )
        run = translate(articles, out, langs="ru,de")
        time.sleep(rng.uniform(0.05, duration))
        if run.poll() is None:
            run.send_signal(signal.SIGKILL)
            killed += 1
        run.communicate()
        for po_path in out.rglob("*.po"):
            assert_valid_po(po_path)
        for lang, entries in saved.items():
            assert entries.items() <= reviewed(out / lang / "a03.po").items(), (trial, lang)
    code, _ = finished(translate(articles, out, langs="ru,de"))
    assert code == 0 and leftovers(out) == []
    for lang, entries in saved.items():
        assert entries.items() <= reviewed(out / lang / "a03.po").items()
    print(
        f"\n{killed} of 20 runs killed with SIGKILL mid-way; every catalog valid, every reviewed entry kept"
    )
    assert killed >= 10  # most runs really were killed mid-way
