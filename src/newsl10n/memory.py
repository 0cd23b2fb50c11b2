"""Translation memory: what was translated before, looked up before any machine runs.

Exact matches come from PO files (the out dir's other catalogs and ``--tm`` paths). A reviewed
translation is reused as reviewed; a fuzzy one stays fuzzy. Changed sentences are matched against the
sentences that left the same article (:func:`closest_previous`), so a small edit in the source keeps the
translator's old translation as a fuzzy suggestion rather than a fresh machine guess.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from newsl10n.catalog import find_po_files, read_catalog

# How alike an edited sentence must be to its old version to inherit the old translation;
# msgmerge's fuzzy matching uses a similar threshold.
SIMILARITY_THRESHOLD = 0.6


@dataclass(frozen=True)
class Match:
    target: str
    fuzzy: bool
    source_file: Path
    source: str = ""  # the memory's sentence (differs from the looked-up one in a fuzzy match)
    score: float = 1.0


class TranslationMemory:
    """Source sentence to best known translation for one target language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._matches: dict[str, Match] = {}

    def __len__(self) -> int:
        return len(self._matches)

    def add(self, source: str, target: str, fuzzy: bool, source_file: Path) -> None:
        """Remember a translation; a reviewed one always wins over a fuzzy one."""
        if not source or not target:
            return
        known = self._matches.get(source)
        if known is None or (known.fuzzy and not fuzzy):
            self._matches[source] = Match(target, fuzzy, source_file, source)

    def add_files(self, paths: Iterable[Path], exclude: Iterable[Path] = ()) -> None:
        """Load every PO file for this memory's language (other languages are skipped)."""
        skip = {Path(p).resolve() for p in exclude}
        for path in find_po_files(
            paths, missing="translation memory not found (give a PO file or a folder of them)"
        ):
            if path.resolve() in skip:
                continue
            catalog = read_catalog(path)
            if (catalog.language or path.parent.name) != self.lang:
                continue
            for entry in catalog.live().values():
                if entry.usable:
                    self.add(entry.msgid, entry.msgstr, entry.fuzzy, path)

    def lookup(self, source: str) -> Match | None:
        """The translation of exactly this sentence, if the memory has one."""
        return self._matches.get(source)

    def lookup_similar(self, source: str) -> Match | None:
        """A translation of a similar sentence, as a fuzzy suggestion (not indexed yet: exact memory only)."""
        return None


def closest_previous(source: str, candidates: Mapping[str, str]) -> str | None:
    """The old sentence (with a translation) that ``source`` most likely is an edit of."""
    best, best_ratio = None, SIMILARITY_THRESHOLD
    for old in candidates:
        matcher = difflib.SequenceMatcher(None, source, old, autojunk=False)
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio >= best_ratio:
            best, best_ratio = old, ratio
    return best
