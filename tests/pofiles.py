"""Writing small PO files for tests, the way another tool or a translator would leave them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import polib


def write_po(path: Path, entries: Iterable[tuple[str, str, bool]], lang: str | None = "ru") -> Path:
    """A PO file of (msgid, msgstr, fuzzy) entries; ``lang=None`` leaves out the header."""
    catalog = polib.POFile()
    if lang:
        catalog.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    for msgid, msgstr, fuzzy in entries:
        catalog.append(polib.POEntry(msgid=msgid, msgstr=msgstr, flags=["fuzzy"] if fuzzy else []))
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog.save(str(path))
    return path
