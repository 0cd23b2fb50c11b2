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
