"""The shared packages folder stays usable by argostranslate at every moment, even when we are killed.

argostranslate's ``get_installed_packages()`` opens every folder in the packages folder as a package
and raises on one without metadata.json; LibreTranslate and argospm call it at start-up.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from argosmodel import session_package
from faultserver import Route, serve
from newsl10n import packages, staging
from newsl10n.errors import UserError

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def packages_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "share" / "packages"
    folder.mkdir(parents=True)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    return folder


@pytest.fixture
def archive(tmp_path_factory) -> Path:
    return session_package(tmp_path_factory, "ru")


def argos_listing(folder: Path) -> list[tuple[str, str]]:
    """What argostranslate itself sees; raises exactly as it would for LibreTranslate."""
    from argostranslate.package import get_installed_packages

    return sorted((p.type, p.to_code or "") for p in get_installed_packages(path=[folder]))


def work_folders(packages_dir: Path) -> list[Path]:
    root = packages_dir.parent / staging.STAGING_NAME
    return sorted(path for path in root.iterdir() if path.is_dir()) if root.is_dir() else []


def index_entry(link: str) -> dict:
    return {
        "type": "translate",
        "from_code": "en",
        "to_code": "ru",
        "package_version": "1.0",
        "links": [link],
    }


def start_install(packages_dir: Path, server, *extra: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "ARGOS_PACKAGES_DIR": str(packages_dir),
        "ARGOS_PACKAGE_INDEX": server.url("/"),
        "XDG_DATA_HOME": str(packages_dir.parent / "xdg-data"),
        "XDG_CACHE_HOME": str(packages_dir.parent / "xdg-cache"),
        "XDG_CONFIG_HOME": str(packages_dir.parent / "xdg-config"),
    }
    command = [sys.executable, "-m", "newsl10n", "models", "install", "ru", *extra]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(condition, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


# -- during an install ------------------------------------------------------------------------------


def test_argostranslate_can_list_the_folder_at_every_moment_of_an_install(packages_dir, archive):
    """A thread lists the folder with argostranslate while another process installs into it."""
    failures: list[BaseException] = []
    seen: set[tuple] = set()
    with serve() as server:
        server.add("index.json", Route(json.dumps([index_entry(server.url("m.argosmodel"))]).encode()))
        server.add("m.argosmodel", Route(archive.read_bytes()))
        done = threading.Event()

        def watch() -> None:
            while not done.is_set():
                try:
                    seen.add(tuple(argos_listing(packages_dir)))
                except BaseException as error:  # the defect: FileNotFoundError ... metadata.json
                    failures.append(error)
                    return

        watcher = threading.Thread(target=watch)
        watcher.start()
        process = start_install(packages_dir, server)
        _, err = process.communicate(timeout=120)
        done.set()
        watcher.join()
    assert process.returncode == 0, err
    assert failures == []
    assert (("translate", "ru"),) in seen
    assert [p.name for p in packages_dir.iterdir()] == ["translate-en_ru-1_0"]
    assert work_folders(packages_dir) == []


@pytest.mark.parametrize("moment", ["downloading", "unpacking"])
def test_kill_9_mid_install_leaves_the_folder_usable_and_the_next_run_cleans_up(
    packages_dir, archive, moment
):
    data = archive.read_bytes()
    with serve() as server:
        # Slow enough to be caught mid-download; fast enough to reach the unpacking in time.
        route = Route(data, fault="trickle", pause=0.2) if moment == "downloading" else Route(data)
        server.add("index.json", Route(json.dumps([index_entry(server.url("m.argosmodel"))]).encode()))
        server.add("m.argosmodel", route)
        process = start_install(packages_dir, server)
        if moment == "downloading":
            wait_for(lambda: "/m.argosmodel" in server.paths())
        else:
            wait_for(lambda: any((work / "unpacked").exists() for work in work_folders(packages_dir)))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert process.returncode == -signal.SIGKILL
        assert argos_listing(packages_dir) in ([], [("translate", "ru")])
        assert work_folders(packages_dir), (
            "the killed run left its work folder behind (outside the packages folder)"
        )

        route.fault = "ok"
        again = start_install(packages_dir, server)
        _, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert argos_listing(packages_dir) == [("translate", "ru")]
    assert work_folders(packages_dir) == []  # the dead run's folder was cleaned up at start


def test_sigterm_mid_download_cleans_up_and_changes_nothing(packages_dir, archive):
    with serve() as server:
        server.add("index.json", Route(json.dumps([index_entry(server.url("m.argosmodel"))]).encode()))
        server.add("m.argosmodel", Route(archive.read_bytes(), fault="trickle", pause=0.2))
        process = start_install(packages_dir, server)
        wait_for(lambda: "/m.argosmodel" in server.paths())
        wait_for(lambda: bool(work_folders(packages_dir)))
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    assert process.returncode != 0
    assert "Traceback" not in err
    assert work_folders(packages_dir) == []
    assert list(packages_dir.iterdir()) == []


# -- cleaning up after others ---------------------------------------------------------------------------


def test_stale_work_folders_are_removed_and_live_ones_kept(packages_dir, archive):
    root = packages_dir.parent / staging.STAGING_NAME
    root.mkdir()
    (root / "111-dead.lock").write_text("")
    (root / "111-dead").mkdir()
    (root / "111-dead" / "half.argosmodel").write_bytes(b"PK")
    (root / "222-live.lock").write_text("")
    (root / "222-live").mkdir()
    legacy = packages_dir / ".installing-abc123"  # what older versions left inside the packages folder
    legacy.mkdir()
    with (root / "222-live.lock").open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # a run that is still working
        packages.install_file(archive)
        assert not (root / "111-dead").exists() and not (root / "111-dead.lock").exists()
        assert (root / "222-live").is_dir()
    assert not legacy.exists()
    assert argos_listing(packages_dir) == [("translate", "ru")]


def test_without_a_place_beside_the_folder_work_happens_in_a_marked_folder_inside(
    packages_dir, archive, monkeypatch
):
    monkeypatch.setattr(staging, "_usable_beside", lambda folder, beside: False)
    packages.install_file(archive)
    inside = packages_dir / staging.STAGING_NAME
    assert json.loads((inside / "metadata.json").read_text())["type"] == staging.MARKER_TYPE
    assert argos_listing(packages_dir) == [("newsl10n-staging", ""), ("translate", "ru")]
    assert [m.to_code for m in packages.installed_models()] == ["ru"]
    assert [path.name for path in inside.iterdir()] == ["metadata.json"]


def test_a_packages_folder_that_cannot_be_made_is_one_clear_error(tmp_path, archive, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be\n")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(blocker / "packages"))
    with pytest.raises(UserError, match="cannot write to the Argos packages folder"):
        packages.install_file(archive)
    assert blocker.read_text() == "a file where the folder should be\n"


# -- argostranslate and newsl10n share the folder -------------------------------------------------------


def test_a_package_installed_by_argostranslate_is_used_by_newsl10n(packages_dir, archive, monkeypatch):
    from argostranslate import package, settings

    from newsl10n.engines import create_engine
    from newsl10n.model import Segment

    monkeypatch.setattr(settings, "package_data_dir", packages_dir)
    package.install_from_path(archive)
    assert packages.find_package("ru") is not None

    class Count:
        def advance(self, amount: int = 1) -> None:
            pass

    batch = [Segment("Officials met in Washington on Tuesday.", "ru")]
    create_engine("argos").translate(batch, "ru", Count())
    assert batch[0].target and batch[0].origin == "mt"


def test_a_package_installed_by_newsl10n_is_used_by_argostranslate(packages_dir, archive):
    from argostranslate.package import get_installed_packages

    packages.install_file(archive)
    (found,) = get_installed_packages(path=[packages_dir])
    assert (found.from_code, found.to_code, found.package_version) == ("en", "ru", "1.0")
    assert found.tokenizer is not None
