"""`newsl10n models`: install from a file or the (mocked) index, list, remove, and refuse bad input."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from argosmodel import session_package
from newsl10n import packages
from newsl10n.cli import main
from newsl10n.errors import UserError


@pytest.fixture
def packages_dir(tmp_path, monkeypatch) -> Path:
    """A private ARGOS_PACKAGES_DIR (conftest's no_network keeps the index out of reach)."""
    folder = tmp_path / "packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    return folder


@pytest.fixture
def ru_package(tmp_path_factory) -> Path:
    return session_package(tmp_path_factory, "ru")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def snapshot(folder: Path) -> list[str]:
    """Everything in the folder, hidden files included: to prove a failure left nothing behind."""
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*")) if folder.exists() else []


def index_entry(archive: Path, to_code: str = "ru", version: str = "1.0") -> dict:
    return {
        "type": "translate",
        "from_code": "en",
        "to_code": to_code,
        "package_version": version,
        "argos_version": "1.9.0",
        "links": [archive.resolve().as_uri()],
    }


def test_install_file_list_and_remove(packages_dir, ru_package):
    result = run("models", "install", "--file", str(ru_package))
    assert result.exit_code == 0, result.output
    assert "installed en→ru 1.0" in result.output
    installed = packages_dir / "translate-en_ru-1_0"
    assert (installed / "model" / "model.bin").is_file()
    assert (installed / "sentencepiece.model").is_file()
    assert [p.name for p in packages_dir.iterdir()] == ["translate-en_ru-1_0"]  # no temp folder left

    listing = run("models", "list")
    assert listing.exit_code == 0
    assert "en→ru" in listing.output and str(installed) in listing.output

    data = json.loads(run("models", "list", "--json").stdout)
    assert data["packages_dir"] == str(packages_dir)
    assert [(m["from"], m["to"], m["version"]) for m in data["installed"]] == [("en", "ru", "1.0")]
    assert data["installed"][0]["size"] > 100_000
    assert data["available"] is None

    removed = run("models", "remove", "ru")
    assert removed.exit_code == 0, removed.output
    assert "removed en→ru 1.0" in removed.output
    assert snapshot(packages_dir) == []
    assert json.loads(run("models", "list", "--json").stdout)["installed"] == []


def test_installed_package_is_readable_by_argostranslate(packages_dir, ru_package):
    from argostranslate.package import get_installed_packages

    packages.install_file(ru_package)
    found = get_installed_packages(path=[packages_dir])
    assert [(p.from_code, p.to_code, p.package_version) for p in found] == [("en", "ru", "1.0")]


def test_newer_version_replaces_the_old_one(packages_dir, ru_package, tmp_path_factory):
    newer = session_package(tmp_path_factory, "ru", version="1.1")
    packages.install_file(ru_package)
    model = packages.install_file(newer)
    assert model.version == "1.1"
    assert [p.name for p in packages_dir.iterdir()] == ["translate-en_ru-1_1"]
    assert packages.find_package("ru").package_version == "1.1"


def test_listing_skips_folders_that_are_not_packages(packages_dir, ru_package):
    packages.install_file(ru_package)
    (packages_dir / "stray-folder").mkdir()
    (packages_dir / ".installing-abc").mkdir()
    assert [m.to_code for m in packages.installed_models()] == ["ru"]


def test_install_from_mocked_index(packages_dir, ru_package, monkeypatch):
    monkeypatch.setattr(packages, "fetch_index", lambda: [index_entry(ru_package)])
    result = run("models", "install", "ru")
    assert result.exit_code == 0, result.output
    assert "installed en→ru 1.0" in result.output
    assert packages.find_package("ru") is not None


def test_list_shows_what_the_index_offers(packages_dir, ru_package, monkeypatch):
    monkeypatch.setattr(packages, "fetch_index", lambda: [index_entry(ru_package, "de", "1.5")])
    data = json.loads(run("models", "list", "--json", "--lang", "de,uk").stdout)
    assert data["available"] == [{"from": "en", "to": "de", "version": "1.5"}]
    text = run("models", "list", "--lang", "de", "--lang", "uk").output
    assert "en→de" in text and "1.5" in text
    assert "en→uk" in text and "no package in the index" in text


def test_list_without_index_still_lists_installed(packages_dir, ru_package):
    packages.install_file(ru_package)
    result = run("models", "list", "--lang", "ru")
    assert result.exit_code == 0
    assert "en→ru" in result.stdout
    assert "cannot reach the Argos package index" in result.stderr


def test_index_unreachable_is_one_line_naming_the_file_route(packages_dir):
    result = run("models", "install", "ru")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "cannot reach the Argos package index" in lines[0]
    assert "newsl10n models install --file" in lines[0]
    assert "Traceback" not in result.output
    assert snapshot(packages_dir) == []


def test_no_package_for_the_pair(packages_dir, ru_package, monkeypatch):
    monkeypatch.setattr(packages, "fetch_index", lambda: [index_entry(ru_package)])
    result = run("models", "install", "uk")
    assert result.exit_code == 2
    assert "no model for en→uk" in result.stderr
    assert snapshot(packages_dir) == []


def test_unknown_language(packages_dir):
    result = run("models", "install", "qqq")
    assert result.exit_code == 2
    assert "unknown language code 'qqq'" in result.stderr


def _rezip(source: Path, dest: Path, drop: str = "", metadata: dict | None = None) -> Path:
    """A copy of an archive without entries starting with ``drop`` and/or with other metadata."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(dest, "w") as new:
        for item in old.infolist():
            if drop and item.filename.split("/", 1)[1].startswith(drop):
                continue
            data = old.read(item)
            if metadata is not None and item.filename.endswith("/metadata.json"):
                data = json.dumps({**json.loads(data), **metadata}).encode()
            new.writestr(item, data)
    return dest


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("not-a-zip", "not an Argos model (.argosmodel files are zip archives)"),
        ("no-metadata", "no metadata.json"),
        ("no-model", "no model/ folder"),
        ("no-tokenizer", "no tokenizer"),
        ("no-model-bin", "no CTranslate2 model.bin"),
        ("from-de", "translates de→ru; newsl10n needs en→xx models"),
        ("sbd-package", "not a translation model"),
        ("missing-file", "no such file"),
    ],
)
def test_bad_files_are_refused_and_leave_nothing(packages_dir, ru_package, tmp_path, case, message):
    bad = tmp_path / f"{case}.argosmodel"
    if case == "not-a-zip":
        bad.write_text("hello, I am not a zip file\n")
    elif case == "no-metadata":
        _rezip(ru_package, bad, drop="metadata.json")
    elif case == "no-model":
        _rezip(ru_package, bad, drop="model/")
    elif case == "no-tokenizer":
        _rezip(ru_package, bad, drop="sentencepiece.model")
    elif case == "no-model-bin":
        _rezip(ru_package, bad, drop="model/model.bin")
    elif case == "from-de":
        _rezip(ru_package, bad, metadata={"from_code": "de"})
    elif case == "sbd-package":
        _rezip(ru_package, bad, metadata={"type": "sbd"})
    before = snapshot(packages_dir)
    result = run("models", "install", "--file", str(bad))
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(packages_dir) == before


def test_file_for_another_language_than_asked(packages_dir, ru_package):
    result = run("models", "install", "uk", "--file", str(ru_package))
    assert result.exit_code == 2
    assert "translates en→ru, not en→uk" in result.stderr
    assert snapshot(packages_dir) == []


def test_failed_install_keeps_the_installed_version(packages_dir, ru_package, tmp_path):
    packages.install_file(ru_package)
    before = snapshot(packages_dir)
    broken = _rezip(ru_package, tmp_path / "broken.argosmodel", drop="model/config.json")
    with pytest.raises(UserError):
        packages.install_file(broken)
    assert snapshot(packages_dir) == before


def test_remove_what_is_not_installed(packages_dir):
    result = run("models", "remove", "de")
    assert result.exit_code == 2
    assert "no en→de model is installed" in result.stderr


def test_packages_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "a"))
    assert packages.packages_dir() == tmp_path / "a"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "b"))
    assert packages.packages_dir() == tmp_path / "b"


# -- the index, entry by entry (issue 12) -------------------------------------------------------------


def test_bad_index_entries_are_skipped_with_a_warning_never_a_traceback(
    packages_dir, ru_package, monkeypatch
):
    good = index_entry(ru_package)
    index = [
        {**good, "links": good["links"][0], "code": "translate-en_ru-string-links"},  # a string
        {**good, "package_version": None},
        {**good, "package_version": "latest"},
        {**good, "to_code": 7},
        {key: value for key, value in good.items() if key != "links"},
        {**good, "links": ["ipfs://QmOnlyIpfs"]},
        "not an object",
        {**good, "from_code": "de"},  # another source language: ignored silently
        {**good, "type": "sbd"},  # a sentence splitter: ignored silently
        good,
    ]
    monkeypatch.setattr(packages, "fetch_index", lambda: index)
    result = run("models", "install", "ru")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 7
    assert "entry 1 (translate-en_ru-string-links) skipped: links is" in warnings[0]
    assert "not a list of URLs" in warnings[0]
    assert "package_version is null" in warnings[1]
    assert "package_version 'latest' is not a version number" in warnings[2]
    assert "to_code is 7" in warnings[3]
    assert "links is missing" in warnings[4]
    assert "no http(s) link" in warnings[5]
    assert "not an object" in warnings[6]
    assert packages.find_package("ru") is not None


def test_the_real_index_parses_without_a_warning():
    from newsl10n.argos_index import parse_index

    data = json.loads((Path(__file__).parent / "data" / "argos-index" / "index.json").read_text())
    warnings: list[str] = []
    entries = parse_index(data, "index.json", warnings.append)
    assert warnings == []
    assert len(entries) == 47
    assert {entry.to_code: entry.lang for entry in entries}["pb"] == "pt_BR"


def test_an_html_page_as_index_is_not_called_unreachable(packages_dir, monkeypatch):
    from faultserver import Route, serve

    with serve() as server:
        server.add("index.json", Route(fault="html"))
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", server.url("/"))
        result = run("models", "install", "ru")
    assert result.exit_code == 2
    assert "answered with a web page, not the JSON index" in result.stderr
    assert "cannot reach" not in result.stderr


def test_the_index_is_fetched_once_per_command(packages_dir, ru_package, tmp_path_factory, monkeypatch):
    from faultserver import Route, serve

    uk = session_package(tmp_path_factory, "uk")
    with serve() as server:
        entries = [
            {
                **index_entry(ru_package),
                "links": [server.add("ru.argosmodel", Route(ru_package.read_bytes()))],
            },
            {**index_entry(uk, "uk"), "links": [server.add("uk.argosmodel", Route(uk.read_bytes()))]},
        ]
        server.add("index.json", Route(json.dumps(entries).encode(), content_type="application/json"))
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", server.url("/"))
        result = run("models", "install", "ru", "uk")
    assert result.exit_code == 0, result.output
    assert server.paths() == ["/index.json", "/ru.argosmodel", "/uk.argosmodel"]


def test_list_compares_installed_and_index_versions_and_update_installs_newer(
    packages_dir, ru_package, tmp_path_factory, monkeypatch
):
    newer = session_package(tmp_path_factory, "ru", version="1.1")
    packages.install_file(ru_package)
    monkeypatch.setattr(packages, "fetch_index", lambda: [index_entry(newer, "ru", "1.1")])
    data = json.loads(run("models", "list", "--json").stdout)
    assert [(m["version"], m["index_version"], m["update_available"]) for m in data["installed"]] == [
        ("1.0", "1.1", True)
    ]
    assert "update available: 1.1" in run("models", "list").stdout

    result = run("models", "update")
    assert result.exit_code == 0, result.output
    assert "updated en→ru 1.0 → 1.1" in result.stdout
    assert [p.name for p in packages_dir.iterdir()] == ["translate-en_ru-1_1"]

    again = run("models", "update", "ru")
    assert "up to date" in again.stdout
    listed = json.loads(run("models", "list", "--json").stdout)["installed"]
    assert [(m["version"], m["update_available"]) for m in listed] == [("1.1", False)]


def test_list_offline_does_not_ask_the_index(packages_dir, ru_package, monkeypatch):
    def forbidden():
        raise AssertionError("--offline must not fetch the index")

    packages.install_file(ru_package)
    monkeypatch.setattr(packages, "fetch_index", forbidden)
    result = run("models", "list", "--offline")
    assert result.exit_code == 0 and "en→ru" in result.stdout and result.stderr == ""


def _from_the_future(source: Path, dest: Path) -> Path:
    """The archive with model.bin claiming a binary version this CTranslate2 does not know."""
    import struct

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(dest, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename.endswith("model/model.bin"):
                data = struct.pack("<I", 99) + data[4:]
            new.writestr(item, data)
    return dest


def test_a_model_this_ctranslate2_cannot_load_is_refused_at_install(packages_dir, ru_package, tmp_path):
    future = _from_the_future(ru_package, tmp_path / "future.argosmodel")
    result = run("models", "install", "--file", str(future))
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in result.output
    assert "needs a newer ctranslate2" in message
    assert snapshot(packages_dir) == []


def test_auto_engine_goes_on_when_an_installed_model_cannot_load(
    packages_dir, ru_package, tmp_path, tmp_path_factory
):
    """A model put there by another tool (argospm) that this CTranslate2 cannot load."""
    from newsl10n.engines import EngineOptions, argos_model, create_engine
    from newsl10n.model import Segment

    argos_model.clear_cache()
    packages.install_file(session_package(tmp_path_factory, "de"))
    future = _from_the_future(ru_package, tmp_path / "future.argosmodel")
    with zipfile.ZipFile(future) as archive:
        archive.extractall(packages_dir)

    class Count:
        def advance(self, amount: int = 1) -> None:
            pass

    messages: list[str] = []
    engine = create_engine("auto", EngineOptions(offline=True, log=messages.append))
    ru, de = [Segment("Officials met in Washington.", "ru")], [Segment("Officials met in Washington.", "de")]
    engine.translate(ru, "ru", Count())
    engine.translate(de, "de", Count())
    assert ru[0].target == "" and de[0].target
    assert len(messages) == 1 and "needs a newer ctranslate2" in messages[0]
    with pytest.raises(UserError, match="needs a newer ctranslate2"):
        create_engine("argos").translate([Segment("Officials met.", "ru")], "ru", Count())


def test_a_damaged_member_in_a_local_file_is_one_line(packages_dir, ru_package, tmp_path):
    data = bytearray(ru_package.read_bytes())
    with zipfile.ZipFile(ru_package) as archive:
        info = next(item for item in archive.infolist() if item.filename.endswith("model/model.bin"))
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 100] ^= 0xFF
    bad = tmp_path / "crc.argosmodel"
    bad.write_bytes(bytes(data))
    result = run("models", "install", "--file", str(bad))
    assert result.exit_code == 2
    assert "fails its CRC check" in result.stderr and "Traceback" not in result.output
    assert snapshot(packages_dir) == []


def test_pt_br_installs_and_finds_the_brazilian_model(packages_dir, tmp_path_factory, monkeypatch):
    pb = session_package(tmp_path_factory, "pb")
    pt = session_package(tmp_path_factory, "pt")
    monkeypatch.setattr(packages, "fetch_index", lambda: [index_entry(pb, "pb"), index_entry(pt, "pt")])
    result = run("models", "install", "pt-BR")
    assert result.exit_code == 0, result.output
    assert "installed en→pb 1.0" in result.stdout
    assert packages.find_package("pt_BR").to_code == "pb"
    assert packages.find_package("pt") is None  # the European model is not installed, and not faked
