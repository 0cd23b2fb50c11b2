"""The Argos package index: fetched whole, read entry by entry, trusted field by field.

The index (``index.json`` in the argospm-index repository) is a JSON list of package entries. One
bad entry (``links`` as a string, ``package_version: null``) must cost that entry only: it is skipped
with a warning naming the field, and the rest of the index stays usable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from packaging.version import InvalidVersion, Version

from newsl10n.download import DownloadFailed, Limits, fetch_bytes, usable_link
from newsl10n.errors import UserError
from newsl10n.languages import SOURCE_LANGUAGE, from_argos_code

_CODE = re.compile(r"^[a-z]{2,3}$")
OFFLINE_HINT = (
    "download the .argosmodel file on a connected machine and run: newsl10n models install --file PATH"
)


_MISSING = object()


class IndexUnavailable(UserError):
    """The package index cannot be had or read; asking again in the same run is pointless."""


class IndexUnreadable(IndexUnavailable):
    """The index answered, but with something that is not the index (a web page, broken JSON)."""


class BadEntry(ValueError):
    """An index entry with a field of the wrong shape; the message names the field."""


@dataclass(frozen=True)
class IndexEntry:
    """One en→xx translation package the index offers."""

    from_code: str
    to_code: str  # Argos's code: "pb", "zt", "ru"
    version: str
    links: tuple[str, ...]
    argos_version: str = ""
    name: str = ""  # "translate-en_ru", for messages

    @property
    def lang(self) -> str:
        """The canonical (gettext) code of the target language: ``pb`` → ``pt_BR``."""
        return from_argos_code(self.to_code)

    @property
    def version_key(self) -> Version:
        return Version(self.version)

    def to_json(self) -> dict[str, Any]:
        return {"from": self.from_code, "to": self.to_code, "version": self.version}


def fetch_raw_index(url: str, limits: Limits) -> Any:
    """Download and decode ``url``; any failure is an :class:`IndexUnavailable` saying which."""
    try:
        body, content_type = fetch_bytes(url, limits)
    except DownloadFailed as error:
        raise IndexUnavailable(
            f"cannot reach the Argos package index at {url} ({error}); {OFFLINE_HINT}"
        ) from None
    if content_type in ("text/html", "application/xhtml+xml") or body.lstrip()[:1] == b"<":
        raise IndexUnreadable(
            f"the Argos package index at {url} answered with a web page, not the JSON index "
            f"(a proxy or captive portal?); {OFFLINE_HINT}"
        )
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise IndexUnreadable(
            f"the Argos package index at {url} is not valid JSON ({error}); {OFFLINE_HINT}"
        ) from None


def parse_index(data: Any, source: str, warn: Callable[[str], None]) -> list[IndexEntry]:
    """The usable en→xx translation entries of a decoded index; each bad one is skipped with a warning."""
    if not isinstance(data, list):
        raise IndexUnreadable(
            f"the Argos package index at {source} is not a list of packages; {OFFLINE_HINT}"
        )
    entries: list[IndexEntry] = []
    for number, raw in enumerate(data, start=1):
        try:
            entry = parse_entry(raw)
        except BadEntry as error:
            name = raw.get("code") if isinstance(raw, dict) and isinstance(raw.get("code"), str) else ""
            label = f"entry {number}" + (f" ({name})" if name else "")
            warn(f"newsl10n: warning: Argos package index {label} skipped: {error}")
            continue
        if entry is not None:
            entries.append(entry)
    return entries


def parse_entry(raw: Any) -> IndexEntry | None:
    """One index entry, checked field by field; None for packages newsl10n has no use for."""
    if not isinstance(raw, dict):
        raise BadEntry(f"not an object but {type(raw).__name__}")
    kind = raw.get("type", "translate")
    if not isinstance(kind, str):
        raise BadEntry(f"type is {_shown(kind)}, not a string")
    from_code = _code(raw, "from_code")
    if kind != "translate" or from_code != SOURCE_LANGUAGE:
        return None  # sentence splitters, other source languages: not ours to judge
    to_code = _code(raw, "to_code")
    version = raw.get("package_version", _MISSING)
    if isinstance(version, (int, float)) and not isinstance(version, bool):
        version = str(version)
    if not isinstance(version, str):
        raise BadEntry(f"package_version is {_shown(version)}, not a version string")
    try:
        Version(version)
    except InvalidVersion:
        raise BadEntry(f"package_version {version!r} is not a version number") from None
    links = raw.get("links", _MISSING)
    if not isinstance(links, list) or not all(isinstance(link, str) for link in links):
        raise BadEntry(f"links is {_shown(links)}, not a list of URLs")
    if not any(usable_link(link) for link in links):
        raise BadEntry("no http(s) link to download it from")
    argos_version = raw.get("argos_version", "")
    if not isinstance(argos_version, str):
        raise BadEntry(f"argos_version is {_shown(argos_version)}, not a string")
    name = raw.get("code") if isinstance(raw.get("code"), str) else f"translate-{from_code}_{to_code}"
    return IndexEntry(from_code, to_code, version, tuple(links), argos_version, name)


def _code(raw: dict, field: str) -> str:
    value = raw.get(field, _MISSING)
    if not isinstance(value, str) or not _CODE.match(value):
        raise BadEntry(f"{field} is {_shown(value)}, not a language code")
    return value


def _shown(value: Any) -> str:
    """A field's value for a warning: short, in its JSON spelling (``null``, not ``None``)."""
    if value is _MISSING:
        return "missing"
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."
