"""Downloads from a package index served over loopback with faults: verified, next link, limits.

Each test starts its own server (tests/faultserver.py) and points argostranslate's
``ARGOS_PACKAGE_INDEX`` at it; no test leaves 127.0.0.1.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from argosmodel import session_package
from faultserver import Route, serve
from newsl10n import packages
from newsl10n.cli import main
from newsl10n.download import DownloadFailed, Limits, download
from newsl10n.errors import UserError

FAST = Limits(total=5, stall=0.5)


@pytest.fixture
def packages_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "share" / "packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    return folder


@pytest.fixture
def archive(tmp_path_factory) -> bytes:
    return session_package(tmp_path_factory, "ru").read_bytes()


@pytest.fixture
def server(monkeypatch):
    with serve() as running:
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", running.url("/"))
        yield running


def publish_index(server, links: list[str], to_code: str = "ru", version: str = "1.0") -> None:
    entry = {
        "type": "translate",
        "from_code": "en",
        "to_code": to_code,
        "package_version": version,
        "argos_version": "1.9.0",
        "links": links,
        "code": f"translate-en_{to_code}",
    }
    server.add("index.json", Route(json.dumps([entry]).encode(), content_type="application/json"))


def damaged(archive: bytes) -> bytes:
    """The same archive with one byte of model.bin flipped: the zip's CRC no longer matches."""
    with zipfile.ZipFile(io.BytesIO(archive)) as zipped:
        info = next(item for item in zipped.infolist() if item.filename.endswith("model/model.bin"))
    data = bytearray(archive)
    data_start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[data_start + info.compress_size // 2] ^= 0xFF
    return bytes(data)


def install(limits: Limits = FAST):
    return packages.install_from_index("ru", limits=limits, show_progress=False)


def argos_sees(folder: Path) -> list[tuple[str, str]]:
    from argostranslate.package import get_installed_packages

    return [(p.to_code, p.package_version) for p in get_installed_packages(path=[folder])]


# -- each fault alone, with a working second link ------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        Route(fault="truncate", cut=5000, ranges=False),  # body cut short, the server cannot resume
        Route(fault="html"),  # an error page with status 200
        Route(fault="status", status=503),
        Route(fault="stall", cut=5000, pause=3, ranges=False),  # goes silent mid-file
        Route(fault="ok", body=b"PK\x03\x04 not really a zip"),  # starts like a zip, is not one
    ],
    ids=["truncated", "html-page", "http-503", "stalls", "not-a-zip"],
)
def test_a_failing_link_falls_through_to_the_next(packages_dir, archive, server, fault):
    fault.body = fault.body or archive
    broken = server.add("broken.argosmodel", fault)
    good = server.add("good.argosmodel", Route(archive))
    publish_index(server, [broken, good])
    model = install()
    assert (model.to_code, model.version) == ("ru", "1.0")
    assert server.requests == [("/index.json", ""), ("/broken.argosmodel", ""), ("/good.argosmodel", "")], (
        server.requests
    )
    assert argos_sees(packages_dir) == [("ru", "1.0")]


def test_a_damaged_zip_member_is_caught_before_install_and_the_next_link_used(packages_dir, archive, server):
    broken = server.add("crc.argosmodel", Route(damaged(archive)))
    good = server.add("good.argosmodel", Route(archive))
    publish_index(server, [broken, good])
    install()
    assert server.paths()[-2:] == ["/crc.argosmodel", "/good.argosmodel"]


def test_every_link_failing_is_one_line_naming_each_reason(packages_dir, archive, server):
    links = [
        server.add("a.argosmodel", Route(archive, fault="truncate", cut=100, ranges=False)),
        server.add("b.argosmodel", Route(fault="html")),
        server.add("c.argosmodel", Route(damaged(archive))),
        "ipfs://QmSomething",
    ]
    publish_index(server, links)
    result = CliRunner().invoke(main, ["models", "install", "ru", "--stall-timeout", "1", "--timeout", "10"])
    assert result.exit_code == 2, result.output
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in result.output
    assert "truncated: 100 of" in message
    assert "web page" in message
    assert "fails its CRC check" in message
    assert "ipfs://QmSomething: unsupported link" in message
    assert "newsl10n models install --file" in message
    assert not packages_dir.exists() or list(packages_dir.iterdir()) == []


def test_a_body_cut_short_is_resumed_with_a_range_request(packages_dir, archive, server):
    link = server.add("resume.argosmodel", Route(archive, fault="die-then-resume", cut=len(archive) // 2))
    publish_index(server, [link])
    install()
    assert server.requests[-2:] == [
        ("/resume.argosmodel", ""),
        ("/resume.argosmodel", f"bytes={len(archive) // 2}-"),
    ]
    assert argos_sees(packages_dir) == [("ru", "1.0")]


def test_a_trickling_server_hits_the_overall_time_limit(packages_dir, archive, server):
    link = server.add("slow.argosmodel", Route(archive, fault="trickle", pause=0.05))
    publish_index(server, [link])
    with pytest.raises(UserError, match=r"the 1 s time limit was reached"):
        install(Limits(total=1, stall=0.5))


def test_a_silent_server_hits_the_stall_timeout(packages_dir, archive, server):
    link = server.add("silent.argosmodel", Route(archive, fault="stall", cut=1000, pause=5))
    publish_index(server, [link])
    with pytest.raises(UserError, match=r"no data for 0\.3 s"):
        install(Limits(total=10, stall=0.3))


def test_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSL10N_DOWNLOAD_TIMEOUT", "12")
    monkeypatch.setenv("NEWSL10N_STALL_TIMEOUT", "0.5")
    assert Limits.from_environment() == Limits(total=12, stall=0.5)
    monkeypatch.setenv("NEWSL10N_STALL_TIMEOUT", "soon")
    with pytest.raises(UserError, match="NEWSL10N_STALL_TIMEOUT"):
        Limits.from_environment()


def test_auto_engine_does_not_hang_on_a_silent_server(packages_dir, archive, server, monkeypatch):
    from newsl10n.engines import EngineOptions, create_engine
    from newsl10n.model import Segment

    monkeypatch.setenv("NEWSL10N_STALL_TIMEOUT", "0.3")
    link = server.add("silent.argosmodel", Route(archive, fault="stall", cut=1000, pause=5))
    publish_index(server, [link])
    messages: list[str] = []
    batch = [Segment("Peskov said the Patriot would be a target.", "ru")]

    class Count:
        def advance(self, amount: int = 1) -> None:
            pass

    create_engine("auto", EngineOptions(log=messages.append)).translate(batch, "ru", Count())
    assert batch[0].target == ""
    assert len(messages) == 1 and "no data for 0.3 s" in messages[0]


# -- the downloader on its own ---------------------------------------------------------------------


def test_content_length_is_checked_even_for_the_last_link(tmp_path, archive):
    with serve() as server:
        link = server.add("short.argosmodel", Route(archive, fault="truncate", cut=10, ranges=False))
        with pytest.raises(UserError, match="truncated: 10 of"):
            download([link], tmp_path / "x", label="test", verify=lambda path: None, limits=FAST)


def test_verify_rejection_tries_the_next_link(tmp_path, archive):
    seen: list[int] = []

    def verify(path: Path) -> None:
        seen.append(path.stat().st_size)
        if len(seen) == 1:
            raise DownloadFailed("first copy rejected")

    with serve() as server:
        links = [server.add("one", Route(archive)), server.add("two", Route(archive))]
        used = download(links, tmp_path / "x", label="test", verify=verify, limits=FAST)
    assert used == links[1]
    assert seen == [len(archive), len(archive)]


def test_progress_bar_shows_size_and_speed_only_when_asked(tmp_path, archive, capsys):
    with serve() as server:
        link = server.add("file", Route(archive))
        download([link], tmp_path / "quiet", label="en→ru 1.0", verify=lambda p: None, limits=FAST)
        assert capsys.readouterr().err == ""  # pytest's stderr is no terminal: no bar
        download(
            [link],
            tmp_path / "shown",
            label="en→ru 1.0",
            verify=lambda p: None,
            limits=FAST,
            show_progress=True,
        )
    shown = capsys.readouterr().err
    assert "downloading en→ru 1.0" in shown
    assert "/s" in shown  # transfer speed
    assert f"{len(archive) / 1e6:.1f}" in shown or "MB" in shown or "kB" in shown  # size


def test_file_links_still_work(tmp_path, tmp_path_factory, packages_dir, monkeypatch):
    archive = session_package(tmp_path_factory, "ru")
    entry = {"type": "translate", "from_code": "en", "to_code": "ru", "package_version": "1.0"}
    monkeypatch.setattr(packages, "fetch_index", lambda: [{**entry, "links": [archive.as_uri()]}])
    assert install().version == "1.0"


def test_a_download_that_cannot_be_saved_is_one_clear_error(tmp_path, archive):
    with serve() as server:
        link = server.add("file", Route(archive))
        with pytest.raises(UserError, match="cannot save the download in"):
            download([link], tmp_path / "gone" / "x", label="t", verify=lambda p: None, limits=FAST)
