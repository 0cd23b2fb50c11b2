"""Argos Translate models: where they live, what the index offers, install, update and remove.

The packages folder is argostranslate's own (``ARGOS_PACKAGES_DIR`` and its defaults), so models
installed with ``argospm`` or LibreTranslate are found too, and ours are found by them. argostranslate
reads its settings once, at import; we resolve the folder on every call so a changed environment
(tests, a second run in one process) is honoured.

An install is proved before it is published: the download arrives whole (:mod:`newsl10n.download`),
the archive's CRCs, metadata and model files check out, the unpacked model loads in CTranslate2 and
translates a sentence. All of that happens in a staging folder outside the packages folder
(:mod:`newsl10n.staging`); the finished package enters it with one rename. Languages are named in
any spelling :mod:`newsl10n.languages` accepts and mapped to Argos codes there.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from newsl10n.argos_index import (
    OFFLINE_HINT,
    IndexEntry,
    IndexUnavailable,
    fetch_raw_index,
    parse_index,
)
from newsl10n.download import Limits, download
from newsl10n.errors import UserError
from newsl10n.languages import SOURCE_LANGUAGE, argos_code, from_argos_code
from newsl10n.staging import Stage, stage

if TYPE_CHECKING:
    from argostranslate.package import Package

INDEX_TIMEOUT = 20  # seconds without a byte from the index: a slow answer means no network
INDEX_LIMITS = Limits(total=60, stall=INDEX_TIMEOUT)
TOKENIZER_FILES = ("sentencepiece.model", "bpe.model")


@dataclass(frozen=True)
class InstalledModel:
    """An installed en→xx package, as ``models list`` shows it."""

    from_code: str
    to_code: str  # Argos's code
    version: str
    path: Path
    size: int  # bytes on disk

    @property
    def pair(self) -> str:
        return f"{self.from_code}→{self.to_code}"

    @property
    def lang(self) -> str:
        """The canonical code of the target language (``pt_BR`` for Argos's ``pb``)."""
        return from_argos_code(self.to_code)

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.from_code,
            "to": self.to_code,
            "lang": self.lang,
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
    """Installed packages, skipping folders that are not packages (a work area, a stray folder)."""
    from argostranslate.package import package_lock

    with package_lock:
        return [package for directory in package_dirs() for package in _packages_in(directory)]


def find_package(lang: str, from_code: str = SOURCE_LANGUAGE) -> Package | None:
    """The newest installed translate package into ``lang`` (any accepted spelling), or None.

    Never another variety's model: ``pt_BR`` finds only Argos ``pb``, ``zh_TW`` only ``zt``.
    """
    to_code = argos_code(lang)
    candidates = [
        package
        for package in installed_packages()
        if package.type == "translate" and package.from_code == from_code and package.to_code == to_code
    ]
    return max(candidates, key=lambda package: _version_key(package.package_version), default=None)


def installed_models(languages: list[str] | None = None) -> list[InstalledModel]:
    """Installed translate packages (optionally only into ``languages``), for listing."""
    wanted = {argos_code(lang) for lang in languages or []}
    models = [
        _model(p.package_path)
        for p in installed_packages()
        if p.type == "translate" and (not wanted or p.to_code in wanted)
    ]
    return sorted(models, key=lambda model: (model.from_code, model.to_code, _version_key(model.version)))


def install_command(lang: str) -> str:
    """The exact command that installs the model for ``lang``."""
    return f"newsl10n models install {lang}"


# -- the index ----------------------------------------------------------------------------------


IndexUnreachable = IndexUnavailable  # the name callers used before HTML and bad JSON were told apart


def index_url() -> str:
    from argostranslate import settings

    base = settings.get_setting("ARGOS_PACKAGE_INDEX", default=settings.package_index)
    return base.rstrip("/") + "/index.json"


def fetch_index() -> Any:
    """Download the decoded Argos package index. Tests replace this; nothing else reaches the index."""
    return fetch_raw_index(index_url(), INDEX_LIMITS)


class PackageIndex:
    """The index as one command sees it: fetched at most once, a failure remembered, not retried."""

    def __init__(self, warn: Callable[[str], None] | None = None) -> None:
        self._warn = warn or _warn
        self._entries: list[IndexEntry] | None = None
        self._error: IndexUnavailable | None = None

    def entries(self) -> list[IndexEntry]:
        """Every usable en→xx entry; raises :class:`IndexUnavailable` (the same one on every call)."""
        if self._error is not None:
            raise self._error
        if self._entries is None:
            try:
                self._entries = parse_index(fetch_index(), index_url(), self._warn)
            except IndexUnavailable as error:
                self._error = error
                raise
        return self._entries

    def offers(self, languages: list[str] | None = None) -> list[IndexEntry]:
        """The newest entry per target language (into ``languages``, any spelling, if given)."""
        newest: dict[str, IndexEntry] = {}
        for entry in self.entries():
            if entry.to_code not in newest or entry.version_key > newest[entry.to_code].version_key:
                newest[entry.to_code] = entry
        if languages is not None:
            wanted = {argos_code(lang) for lang in languages}
            newest = {code: entry for code, entry in newest.items() if code in wanted}
        return sorted(newest.values(), key=lambda entry: entry.to_code)

    def newest(self, lang: str) -> IndexEntry | None:
        """The newest entry for a language in any spelling (``pt-BR``, ``pb``)."""
        return self.newest_for_code(argos_code(lang))

    def newest_for_code(self, to_code: str) -> IndexEntry | None:
        """The newest entry for an Argos ``to_code``."""
        return next((entry for entry in self.offers() if entry.to_code == to_code), None)


def _warn(message: str) -> None:
    import sys

    print(message, file=sys.stderr)


def available_packages(languages: list[str] | None = None) -> list[IndexEntry]:
    """What the index offers (newest per language), fetched now: for one-off callers."""
    return PackageIndex().offers(languages)


def install_from_index(
    lang: str,
    index: PackageIndex | None = None,
    *,
    limits: Limits | None = None,
    show_progress: bool | None = None,
) -> InstalledModel:
    """Download the newest en→``lang`` package from the index, prove it works and install it."""
    index = index or PackageIndex()
    entry = index.newest(lang)
    if entry is None:
        raise UserError(
            f"the Argos package index has no model for {SOURCE_LANGUAGE}→{argos_code(lang)}; "
            "see `newsl10n models list --lang XX` for what exists"
        )
    return install_entry(entry, limits=limits, show_progress=show_progress)


def install_entry(
    entry: IndexEntry, *, limits: Limits | None = None, show_progress: bool | None = None
) -> InstalledModel:
    """Download one index entry (trying each link in turn) and install it."""
    limits = limits or Limits.from_environment()
    label = f"{entry.from_code}→{entry.to_code} {entry.version}"
    tops: list[str] = []

    def verify(path: Path) -> None:
        metadata, top = validate_archive(path, origin=f"the archive of {label}")
        if metadata.get("to_code") != entry.to_code:
            raise UserError(f"the archive translates into {metadata.get('to_code')!r}, not {entry.to_code!r}")
        tops.append(top)

    with stage(packages_dir()) as work:
        archive = work.path(f"{entry.name}.argosmodel")
        try:
            download(
                list(entry.links),
                archive,
                label=label,
                verify=verify,
                limits=limits,
                show_progress=show_progress,
            )
        except UserError as error:
            raise UserError(f"{error}; {OFFLINE_HINT}") from None
        return _install_archive(archive, work, tops[-1], entry.to_code, origin=label)


@dataclass(frozen=True)
class UpdateResult:
    """What ``update`` did for one installed model."""

    installed: InstalledModel
    offered: IndexEntry | None  # None: the index has no such model
    new: InstalledModel | None  # None: nothing newer to install


def update(
    languages: list[str] | None = None,
    index: PackageIndex | None = None,
    *,
    limits: Limits | None = None,
    show_progress: bool | None = None,
) -> list[UpdateResult]:
    """Install the index's newer versions of installed en→xx models (all, or into ``languages``)."""
    index = index or PackageIndex()
    results = []
    for model in _newest_installed(installed_models(languages)):
        offered = index.newest_for_code(model.to_code)
        new = None
        if offered is not None and is_newer(offered.version, model.version):
            new = install_entry(offered, limits=limits, show_progress=show_progress)
        results.append(UpdateResult(model, offered, new))
    return results


def is_newer(offered: str, installed: str) -> bool:
    """Is the index's version newer than the installed one (``1.10`` > ``1.9``)?"""
    return _version_key(offered) > _version_key(installed)


def _newest_installed(models: list[InstalledModel]) -> list[InstalledModel]:
    newest: dict[tuple[str, str], InstalledModel] = {}
    for model in models:  # sorted by version already
        if model.from_code == SOURCE_LANGUAGE:
            newest[(model.from_code, model.to_code)] = model
    return list(newest.values())


# -- install from a file ------------------------------------------------------------------------


def install_file(path: Path, expected_lang: str | None = None) -> InstalledModel:
    """Install a local ``.argosmodel``; replaces any installed package for the same pair."""
    path = Path(path)
    metadata, top = validate_archive(path)
    to_code = metadata["to_code"]
    if expected_lang is not None and to_code != argos_code(expected_lang):
        raise UserError(
            f"{path} translates {SOURCE_LANGUAGE}→{to_code}, not {SOURCE_LANGUAGE}→{argos_code(expected_lang)}"
        )
    with stage(packages_dir()) as work:
        return _install_archive(path, work, top, to_code, origin=str(path))


def _install_archive(archive: Path, work: Stage, top: str, to_code: str, origin: str) -> InstalledModel:
    """Unpack a checked archive into the work folder, prove the model runs, then publish it."""
    from argostranslate.package import package_lock

    from newsl10n.engines.argos_model import check_runs

    unpacked = work.path("unpacked")
    try:
        with zipfile.ZipFile(archive) as zipped:
            zipped.extractall(unpacked)
    except OSError as error:
        raise UserError(f"cannot unpack {origin}: {error.strerror or error}") from None
    built = unpacked / top
    _validate_folder(built, origin)
    try:
        check_runs(built)
    except UserError as error:
        raise UserError(f"{origin} was not installed: {error}") from None
    with package_lock:
        retire = [
            p.package_path
            for p in _packages_in(work.packages_dir)
            if p.type == "translate" and (p.from_code, p.to_code) == (SOURCE_LANGUAGE, to_code)
        ]
        final = work.publish(built, retire)
    _forget_languages()
    return _model(final)


def validate_archive(path: Path, origin: str | None = None) -> tuple[dict[str, Any], str]:
    """Check an archive without extracting it: every CRC, one top folder, metadata, model files.

    Returns its metadata and its top folder name; raises :class:`UserError` saying what is wrong.
    """
    origin = origin or str(path)
    if not path.is_file():
        raise UserError(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise UserError(f"{origin} is not an Argos model (.argosmodel files are zip archives)")
    try:
        with zipfile.ZipFile(path) as archive:
            damaged = archive.testzip()
            if damaged is not None:
                raise UserError(f"{origin} is damaged: {damaged} fails its CRC check")
            names = [name for name in archive.namelist() if name.strip("/")]
            top = _top_folder(names, origin)
            metadata = _read_metadata(archive, top, origin)
            _require_model_files(names, top, origin)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as error:
        raise UserError(f"{origin} is not a valid Argos model: {error}") from None
    except OSError as error:
        raise UserError(f"cannot read {origin}: {error.strerror or error}") from None
    _check_metadata(metadata, origin)
    return metadata, top


def _top_folder(names: list[str], origin: str) -> str:
    unsafe = [n for n in names if n.startswith("/") or ".." in PurePosixPath(n).parts or "\\" in n]
    if unsafe:
        raise UserError(f"{origin} is not a valid Argos model: unsafe path {unsafe[0]!r} in the archive")
    tops = {PurePosixPath(name).parts[0] for name in names}
    if len(tops) != 1 or f"{next(iter(tops))}/metadata.json" not in names:
        raise UserError(f"{origin} is not a valid Argos model: no metadata.json in a single top folder")
    top = next(iter(tops))
    if top.startswith("."):
        raise UserError(f"{origin} is not a valid Argos model: hidden top folder {top!r}")
    return top


def _read_metadata(archive: zipfile.ZipFile, top: str, origin: str) -> Any:
    try:
        return json.loads(archive.read(f"{top}/metadata.json").decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise UserError(f"{origin} is not a valid Argos model: metadata.json is not JSON") from None


def _require_model_files(names: list[str], top: str, origin: str) -> None:
    if not any(name.startswith(f"{top}/model/") and name != f"{top}/model/" for name in names):
        raise UserError(f"{origin} is not a valid Argos model: no model/ folder")
    if not any(f"{top}/{tokenizer}" in names for tokenizer in TOKENIZER_FILES):
        raise UserError(f"{origin} is not a valid Argos model: no tokenizer ({' or '.join(TOKENIZER_FILES)})")
    if f"{top}/model/model.bin" not in names or f"{top}/model/config.json" not in names:
        raise UserError(
            f"{origin} is not a valid Argos model: model/ has no CTranslate2 model.bin and config.json"
        )


def _check_metadata(metadata: Any, origin: str) -> None:
    """The fields newsl10n and argostranslate read, each of the right type."""
    if not isinstance(metadata, dict):
        raise UserError(f"{origin} is not a valid Argos model: metadata.json is not an object")
    kind = metadata.get("type", "translate")
    if kind != "translate":
        raise UserError(f"{origin} is an Argos {kind!r} package, not a translation model")
    from_code, to_code = metadata.get("from_code"), metadata.get("to_code")
    if not isinstance(to_code, str) or not to_code:
        raise UserError(f"{origin} is not a valid Argos model: metadata.json has no to_code")
    if from_code != SOURCE_LANGUAGE:
        raise UserError(
            f"{origin} translates {from_code}→{to_code}; newsl10n needs {SOURCE_LANGUAGE}→xx models"
        )
    for field in ("package_version", "argos_version", "from_name", "to_name", "target_prefix"):
        if field in metadata and not isinstance(metadata[field], str):
            raise UserError(f"{origin} is not a valid Argos model: {field} in metadata.json is not a string")


def _validate_folder(folder: Path, origin: str) -> None:
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

    to_code = argos_code(lang)
    target_dir = packages_dir()
    doomed = [
        p
        for p in _packages_in(target_dir)
        if p.type == "translate" and (p.from_code, p.to_code) == (SOURCE_LANGUAGE, to_code)
    ]
    if not doomed:
        raise UserError(f"no {SOURCE_LANGUAGE}→{to_code} model is installed in {target_dir}")
    removed = [_model(p.package_path) for p in doomed]
    with stage(target_dir) as work, package_lock:
        work.withdraw([package.package_path for package in doomed])
    _forget_languages()
    return removed


# -- helpers ------------------------------------------------------------------------------------


def _packages_in(directory: Path) -> list[Package]:
    """Packages in one folder; hidden folders (work areas) and folders without metadata are skipped."""
    from argostranslate.package import Package

    if not directory.is_dir():
        return []
    found = []
    for path in sorted(directory.iterdir()):
        if path.name.startswith(".") or not (path / "metadata.json").is_file():
            continue
        try:
            found.append(Package(path))
        except (OSError, ValueError):
            continue  # a broken folder someone else left; not ours to judge here
    return found


def _forget_languages() -> None:
    """argostranslate caches the installed languages; a long-lived process must see the change."""
    import sys

    translate = sys.modules.get("argostranslate.translate")  # only if this process uses it
    cached = getattr(translate, "get_installed_languages", None)
    if cached is not None and hasattr(cached, "cache_clear"):
        cached.cache_clear()


def _model(path: Path) -> InstalledModel:
    metadata = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    return InstalledModel(
        str(metadata.get("from_code", "")),
        str(metadata.get("to_code", "")),
        str(metadata.get("package_version", "")),
        path,
        _disk_size(path),
    )


def _disk_size(path: Path) -> int:
    return sum(entry.stat().st_size for entry in path.rglob("*") if entry.is_file())


def _version_key(version: str) -> tuple:
    """Order versions like ``1.9`` < ``1.10``; odd strings sort first rather than fail."""
    from packaging.version import InvalidVersion, Version

    try:
        return (1, Version(str(version)))
    except InvalidVersion:
        return (0, str(version))
