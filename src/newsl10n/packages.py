"""Argos Translate models: where they live, what the index offers, install and remove.

The packages folder is argostranslate's own (``ARGOS_PACKAGES_DIR`` and its defaults), so models
installed with ``argospm`` or LibreTranslate are found too. argostranslate reads its settings once,
at import; we resolve the folder on every call so a changed environment (tests, a second run in one
process) is honoured.

Installing never leaves a half-installed model: the archive is checked first, extracted into a
hidden temporary folder inside the packages folder, checked again, then renamed into place.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from newsl10n.errors import UserError
from newsl10n.languages import SOURCE_LANGUAGE, validate_language

if TYPE_CHECKING:
    from argostranslate.package import AvailablePackage, Package

INDEX_TIMEOUT = 20  # seconds; the index is small, a slow answer means no network
TOKENIZER_FILES = ("sentencepiece.model", "bpe.model")
OFFLINE_HINT = (
    "download the .argosmodel file on a connected machine and run: newsl10n models install --file PATH"
)


@dataclass(frozen=True)
class InstalledModel:
    """An installed en→xx package, as ``models list`` shows it."""

    from_code: str
    to_code: str
    version: str
    path: Path
    size: int  # bytes on disk

    @property
    def pair(self) -> str:
        return f"{self.from_code}→{self.to_code}"

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.from_code,
            "to": self.to_code,
            "version": self.version,
            "size": self.size,
            "path": str(self.path),
        }


def packages_dir() -> Path:
    """Where packages are installed: ``ARGOS_PACKAGES_DIR`` now, else argostranslate's setting."""
    override = os.environ.get("ARGOS_PACKAGES_DIR")
    if override:
        return Path(override).expanduser()
    from argostranslate import settings

    return Path(settings.get_setting("ARGOS_PACKAGES_DIR", default=settings.data_dir / "packages"))


def package_dirs() -> list[Path]:
    """Every folder searched for packages: ours first, then extra ones argostranslate knows (snap)."""
    from argostranslate import settings

    main = packages_dir()
    return [main, *(path for path in settings.package_dirs[1:] if Path(path) != main)]


def installed_packages() -> list[Package]:
    """Installed packages, skipping folders that are not packages (e.g. an install in progress)."""
    from argostranslate.package import Package, package_lock

    found: list[Package] = []
    with package_lock:
        for directory in package_dirs():
            if not directory.is_dir():
                continue
            for path in sorted(directory.iterdir()):
                if path.name.startswith(".") or not (path / "metadata.json").is_file():
                    continue
                try:
                    found.append(Package(path))
                except (OSError, ValueError):
                    continue  # a broken folder someone else left; not ours to judge here
    return found


def find_package(to_code: str, from_code: str = SOURCE_LANGUAGE) -> Package | None:
    """The newest installed translate package for the pair, or None."""
    candidates = [
        package
        for package in installed_packages()
        if package.type == "translate" and package.from_code == from_code and package.to_code == to_code
    ]
    return max(candidates, key=lambda package: _version_key(package.package_version), default=None)


def installed_models(languages: list[str] | None = None) -> list[InstalledModel]:
    """Installed translate packages (optionally only into ``languages``), for listing."""
    models = [
        InstalledModel(p.from_code, p.to_code, p.package_version, p.package_path, _disk_size(p.package_path))
        for p in installed_packages()
        if p.type == "translate" and (not languages or p.to_code in languages)
    ]
    return sorted(models, key=lambda model: (model.from_code, model.to_code, _version_key(model.version)))


def install_command(lang: str) -> str:
    """The exact command that installs the model for ``lang``."""
    return f"newsl10n models install {lang}"


# -- the index ----------------------------------------------------------------------------------


class IndexUnreachable(UserError):
    """The package index could not be fetched; trying again in the same run is pointless."""


def index_url() -> str:
    from argostranslate import settings

    base = settings.get_setting("ARGOS_PACKAGE_INDEX", default=settings.package_index)
    return base.rstrip("/") + "/index.json"


def fetch_index() -> list[dict[str, Any]]:
    """Download the Argos package index. Tests replace this function; nothing else reaches the index."""
    import urllib.request

    url = index_url()
    try:
        with urllib.request.urlopen(url, timeout=INDEX_TIMEOUT) as response:
            data = json.loads(response.read().decode("utf-8"))
    except (OSError, ValueError) as error:
        raise IndexUnreachable(
            f"cannot reach the Argos package index at {url} ({error}); {OFFLINE_HINT}"
        ) from None
    if not isinstance(data, list):
        raise UserError(f"the Argos package index at {url} is not a list of packages; {OFFLINE_HINT}")
    return data


def available_packages(languages: list[str] | None = None) -> list[AvailablePackage]:
    """en→xx translate packages the index offers (into ``languages`` if given)."""
    from argostranslate.package import AvailablePackage

    packages = []
    for metadata in fetch_index():
        if not isinstance(metadata, dict):
            continue
        package = AvailablePackage(metadata)
        if package.type != "translate" or package.from_code != SOURCE_LANGUAGE:
            continue
        if languages and package.to_code not in languages:
            continue
        packages.append(package)
    return packages


def install_from_index(lang: str, show_progress: bool | None = None) -> InstalledModel:
    """Download the newest en→``lang`` package from the index and install it."""
    lang = validate_language(lang)
    offered = available_packages([lang])
    if not offered:
        raise UserError(
            f"the Argos package index has no model for {SOURCE_LANGUAGE}→{lang}; "
            "see `newsl10n models list --lang XX` for what exists"
        )
    package = max(offered, key=lambda p: _version_key(p.package_version))
    from argostranslate import settings

    # Downloads go to argostranslate's cache, not the packages folder other tools list.
    with tempfile.TemporaryDirectory(
        prefix="newsl10n-", dir=_ensure_dir(Path(settings.downloads_dir))
    ) as work:
        archive = Path(work) / f"translate-{SOURCE_LANGUAGE}_{lang}.argosmodel"
        _download(
            package.links, archive, f"{SOURCE_LANGUAGE}→{lang} {package.package_version}", show_progress
        )
        return install_file(archive, lang)


def _download(links: list[str], dest: Path, label: str, show_progress: bool | None) -> None:
    """Stream the first link that answers into ``dest``, with a progress bar on a terminal."""
    import urllib.request

    from newsl10n.progress import progress

    errors = []
    for url in links:
        try:
            with urllib.request.urlopen(url, timeout=INDEX_TIMEOUT) as response, dest.open("wb") as out:
                total = int(response.headers.get("Content-Length") or 0) or None
                with progress(f"downloading {label}", total, show_progress) as bar:
                    while chunk := response.read(1 << 20):
                        out.write(chunk)
                        bar.advance(len(chunk))
            return
        except OSError as error:
            errors.append(f"{url}: {error}")
    raise UserError(f"download of {label} failed ({'; '.join(errors) or 'no link'}); {OFFLINE_HINT}")


# -- install from a file ------------------------------------------------------------------------


def install_file(path: Path, expected_lang: str | None = None) -> InstalledModel:
    """Install a local ``.argosmodel``; replaces any installed package for the same pair."""
    from argostranslate.package import Package, package_lock

    path = Path(path)
    metadata, top = _validate_archive(path)
    to_code = metadata["to_code"]
    if expected_lang is not None and to_code != expected_lang:
        raise UserError(
            f"{path} translates {SOURCE_LANGUAGE}→{to_code}, not {SOURCE_LANGUAGE}→{expected_lang}"
        )
    target_dir = _ensure_dir(packages_dir())
    with package_lock, tempfile.TemporaryDirectory(prefix=".installing-", dir=target_dir) as work:
        with zipfile.ZipFile(path) as archive:
            archive.extractall(work)
        staged = Path(work) / top
        _validate_folder(staged, path)
        Package(staged)  # argostranslate must be able to read what we install
        replaced = [
            p.package_path
            for p in _packages_in(target_dir)
            if p.type == "translate" and (p.from_code, p.to_code) == (SOURCE_LANGUAGE, to_code)
        ]
        final = target_dir / top
        for old in {*replaced, final}:
            if old.exists():
                os.replace(old, Path(work) / f".old-{old.name}")  # removed with the temp folder
        os.replace(staged, final)
    return _model(final)


def _validate_archive(path: Path) -> tuple[dict[str, Any], str]:
    """Check an archive without extracting it: returns its metadata and its top folder name."""
    if not path.is_file():
        raise UserError(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise UserError(f"{path} is not an Argos model (.argosmodel files are zip archives)")
    try:
        with zipfile.ZipFile(path) as archive:
            names = [name for name in archive.namelist() if name.strip("/")]
            tops = {PurePosixPath(name).parts[0] for name in names}
            unsafe = [n for n in names if n.startswith("/") or ".." in PurePosixPath(n).parts or "\\" in n]
            if unsafe:
                raise UserError(
                    f"{path} is not a valid Argos model: unsafe path {unsafe[0]!r} in the archive"
                )
            if len(tops) != 1 or f"{next(iter(tops))}/metadata.json" not in names:
                raise UserError(f"{path} is not a valid Argos model: no metadata.json in a single top folder")
            top = next(iter(tops))
            if top.startswith("."):
                raise UserError(f"{path} is not a valid Argos model: hidden top folder {top!r}")
            try:
                metadata = json.loads(archive.read(f"{top}/metadata.json").decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                raise UserError(f"{path} is not a valid Argos model: metadata.json is not JSON") from None
            if not any(name.startswith(f"{top}/model/") and name != f"{top}/model/" for name in names):
                raise UserError(f"{path} is not a valid Argos model: no model/ folder")
            if not any(f"{top}/{tokenizer}" in names for tokenizer in TOKENIZER_FILES):
                raise UserError(
                    f"{path} is not a valid Argos model: no tokenizer ({' or '.join(TOKENIZER_FILES)})"
                )
    except zipfile.BadZipFile as error:
        raise UserError(f"{path} is not a valid Argos model: {error}") from None
    _check_metadata(metadata, path)
    return metadata, top


def _check_metadata(metadata: Any, path: Path) -> None:
    if not isinstance(metadata, dict):
        raise UserError(f"{path} is not a valid Argos model: metadata.json is not an object")
    kind = metadata.get("type", "translate")
    if kind != "translate":
        raise UserError(f"{path} is an Argos {kind!r} package, not a translation model")
    from_code, to_code = metadata.get("from_code"), metadata.get("to_code")
    if not isinstance(to_code, str) or not to_code:
        raise UserError(f"{path} is not a valid Argos model: metadata.json has no to_code")
    if from_code != SOURCE_LANGUAGE:
        raise UserError(
            f"{path} translates {from_code}→{to_code}; newsl10n needs {SOURCE_LANGUAGE}→xx models"
        )


def _validate_folder(folder: Path, origin: Path) -> None:
    """After extraction: the model folder must hold a CTranslate2 model and the tokenizer must load."""
    model = folder / "model"
    if not (model / "model.bin").is_file() or not (model / "config.json").is_file():
        raise UserError(
            f"{origin} is not a valid Argos model: model/ has no CTranslate2 model.bin and config.json"
        )
    sentencepiece_model = folder / "sentencepiece.model"
    if sentencepiece_model.is_file():
        import sentencepiece

        try:
            sentencepiece.SentencePieceProcessor(model_file=str(sentencepiece_model))
        except (OSError, RuntimeError) as error:
            raise UserError(
                f"{origin} is not a valid Argos model: broken sentencepiece.model ({error})"
            ) from None


# -- remove -------------------------------------------------------------------------------------


def remove(lang: str) -> list[InstalledModel]:
    """Remove every installed en→``lang`` package in our packages folder; returns what was removed."""
    from argostranslate.package import package_lock

    lang = validate_language(lang)
    target_dir = packages_dir()
    doomed = [
        p
        for p in _packages_in(target_dir)
        if p.type == "translate" and (p.from_code, p.to_code) == (SOURCE_LANGUAGE, lang)
    ]
    if not doomed:
        raise UserError(f"no {SOURCE_LANGUAGE}→{lang} model is installed in {target_dir}")
    removed = [_model(p.package_path) for p in doomed]
    with package_lock, tempfile.TemporaryDirectory(prefix=".removing-", dir=target_dir) as work:
        for package in doomed:
            os.replace(package.package_path, Path(work) / package.package_path.name)
    return removed


# -- helpers ------------------------------------------------------------------------------------


def _packages_in(directory: Path) -> list[Package]:
    from argostranslate.package import Package

    if not directory.is_dir():
        return []
    return [
        Package(path)
        for path in sorted(directory.iterdir())
        if not path.name.startswith(".") and (path / "metadata.json").is_file()
    ]


def _model(path: Path) -> InstalledModel:
    metadata = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    return InstalledModel(
        metadata.get("from_code", ""),
        metadata.get("to_code", ""),
        str(metadata.get("package_version", "")),
        path,
        _disk_size(path),
    )


def _disk_size(path: Path) -> int:
    return sum(entry.stat().st_size for entry in path.rglob("*") if entry.is_file())


def _ensure_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _version_key(version: str) -> tuple:
    """Order versions like ``1.9`` < ``1.10``; odd strings sort first rather than fail."""
    from packaging.version import InvalidVersion, Version

    try:
        return (1, Version(version))
    except InvalidVersion:
        return (0, version)
