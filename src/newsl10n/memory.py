"""Translation memory: what was translated before, looked up before any machine runs.

The memory holds every catalog of the output folder's language folder and the ``--tm`` sources (PO files,
TMX files, folders of them). :meth:`TranslationMemory.lookup` finds the same sentence: a reviewed
translation is reused as reviewed, a fuzzy one stays fuzzy. :meth:`TranslationMemory.lookup_similar`
finds the most similar sentence a translator reviewed (75% alike by default, where translators find a
suggestion worth editing), through an index (:mod:`newsl10n.tm.index`) so a lookup costs about the same
with a hundred sentences as with a hundred thousand, and carries the numbers, days and months the two
sentences differ by into its translation (:mod:`newsl10n.tm.placeables`).

Changed sentences of an article are matched against the sentences that left it (:func:`closest_previous`),
with the same index, so a small edit keeps the translator's old translation as a fuzzy suggestion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from newsl10n.catalog import Catalog, read_catalog
from newsl10n.errors import UserError
from newsl10n.model import Problem
from newsl10n.tm.index import FuzzyIndex
from newsl10n.tm.placeables import Substitution, carry_placeables
from newsl10n.tm.tmx import TranslationUnit, language_matches, read_tmx

# Where translators find a memory suggestion worth editing rather than translating afresh.
DEFAULT_THRESHOLD = 0.75
# How alike an edited sentence must be to its old version to inherit the old translation;
# msgmerge's fuzzy matching uses a similar threshold.
SIMILARITY_THRESHOLD = 0.6
MEMORY_SUFFIXES = (".po", ".tmx")
MISSING = "translation memory not found (give a PO or TMX file, or a folder of them)"


@dataclass(frozen=True)
class Match:
    """A translation from the memory, and for a similar sentence what was carried over and what was not."""

    target: str
    fuzzy: bool
    source_file: Path  # where it came from, relative to the folder given (2022-12-12/kremlin.po)
    source: str = ""  # the memory's sentence (differs from the looked-up one in a fuzzy match)
    score: float = 1.0
    substitutions: tuple[Substitution, ...] = ()  # numbers, days, months carried into ``target``
    unresolved: tuple[str, ...] = ()  # differences that could not be carried: the translator must look

    @property
    def problems(self) -> list[Problem]:
        """What the catalog should say as ``problem:`` notes."""
        return [Problem("memory", line) for line in self.unresolved]

    @property
    def note(self) -> str:
        """One comment line saying what was carried over, or "" when nothing was."""
        if not self.substitutions:
            return ""
        return "carried over from the memory's sentence: " + "; ".join(map(str, self.substitutions))


class TranslationMemory:
    """Source sentence to best known translation for one target language, searchable by similarity.

    ``threshold`` (0..1) is how alike a sentence must be for :meth:`lookup_similar` to suggest it.
    """

    def __init__(self, lang: str, threshold: float = DEFAULT_THRESHOLD) -> None:
        if not 0 < threshold <= 1:
            raise UserError(
                f"the memory threshold must be between 0 and 1 (a share, 0.75 for 75%), not {threshold}"
            )
        self.lang = lang
        self.threshold = threshold
        self._matches: dict[str, Match] = {}
        self._index: FuzzyIndex | None = None  # the reviewed sentences, built on the first similar lookup

    def __len__(self) -> int:
        return len(self._matches)

    def __iter__(self) -> Iterator[Match]:
        """Every sentence the memory knows, with its best translation, in the order they were added."""
        return iter(self._matches.values())

    def add(self, source: str, target: str, fuzzy: bool, source_file: Path) -> None:
        """Remember a translation; a reviewed one always wins over a fuzzy one.

        ``source_file`` says where it came from, as a translator should read it (``2022-12-12/kremlin.po``).
        """
        if not source or not target:
            return
        known = self._matches.get(source)
        if known is None or (known.fuzzy and not fuzzy):
            self._matches[source] = Match(target, fuzzy, source_file, source)
            if self._index is not None and not fuzzy:
                self._index.add(source)

    def add_files(
        self, paths: Iterable[Path], exclude: Iterable[Path] = (), files: MemoryFiles | None = None
    ) -> None:
        """Load every PO and TMX file for this memory's language (other languages are skipped).

        A folder is searched below; each match names its file relative to the folder it was found in.
        ``files`` shares what was read with the memories of the run's other languages.
        """
        files = files or MemoryFiles()
        skip = {Path(p).resolve() for p in exclude}
        for path, shown in memory_files(paths):
            if path.resolve() in skip:
                continue
            if path.suffix.lower() == ".tmx":
                self._add_tmx(files.tmx(path), shown)
            else:
                declared = files.declared_language(path)
                if declared and not language_matches(declared, self.lang):
                    continue  # another language's catalog: not parsed at all
                self._add_catalog(path, files.catalog(path), shown)

    def _add_catalog(self, path: Path, catalog: Catalog, shown: Path) -> None:
        if not language_matches(catalog.language or path.parent.name, self.lang):
            return
        for entry in catalog.live().values():
            if entry.usable:  # translated, ours, never pseudo-localized
                self.add(entry.msgid, entry.msgstr, entry.fuzzy, shown)

    def _add_tmx(self, units: Iterable[TranslationUnit], shown: Path) -> None:
        """A TMX file's units for this language; a unit that names its catalog is shown as ``x.tmx/<catalog>``."""
        names: dict[str, Path] = {"": shown}
        for unit in units:
            for lang, target in unit.targets.items():
                if language_matches(lang, self.lang):
                    if unit.origin not in names:
                        names[unit.origin] = shown / unit.origin
                    self.add(unit.source, target, False, names[unit.origin])
                    break

    def lookup(self, source: str) -> Match | None:
        """The translation of exactly this sentence, if the memory has one."""
        return self._matches.get(source)

    def lookup_similar(self, source: str) -> Match | None:
        """The reviewed translation of the most similar sentence, as a fuzzy suggestion, or None.

        Only translators' reviewed work is suggested: an unreviewed draft of another sentence is no better
        than the engine's translation of this one. Numbers, days and months the sentences differ by are
        carried into the translation where that is safe; the rest is in ``unresolved``.
        """
        index = self._reviewed_index()
        hit = index.best(source, self.threshold)
        if hit is None:
            return None
        known = self._matches[index[hit.number]]
        carried = carry_placeables(known.source, source, known.target, self.lang)
        return replace(
            known,
            target=carried.target,
            fuzzy=True,
            score=hit.score,
            substitutions=carried.substitutions,
            unresolved=carried.unresolved,
        )

    def _reviewed_index(self) -> FuzzyIndex:
        if self._index is None:
            self._index = FuzzyIndex(match.source for match in self._matches.values() if not match.fuzzy)
        return self._index


# The header entry: the file's first msgid, empty, and its msgstr's lines (comments may come before).
_HEADER_BYTES = 16384
_HEADER_RE = re.compile(
    rb'\A(?:[ \t]*(?:#[^\n]*)?\r?\n)*msgid ""[ \t]*\r?\nmsgstr ""[ \t]*\r?\n(?P<fields>(?:"[^\n]*"[ \t]*\r?\n)*)'
)
_LANGUAGE_LINE_RE = re.compile(rb'^"Language: *([A-Za-z@_-]+) *\\n"', re.MULTILINE)


class MemoryFiles:
    """The memory files of one run, each read once however many languages load it.

    A --tm folder usually holds every language's catalogs; each language's memory reads them all to
    find its own, and without this a run into three languages parsed every file three times. With
    ``keep`` off (one language) nothing is held and a TMX file is streamed.
    """

    def __init__(self, keep: bool = False) -> None:
        self.keep = keep
        self._catalogs: dict[Path, Catalog] = {}
        self._tmx: dict[Path, list[TranslationUnit]] = {}

    def catalog(self, path: Path) -> Catalog:
        found = self._catalogs.get(path)
        if found is None:
            found = read_catalog(path)
            if self.keep:
                self._catalogs[path] = found
        return found

    def declared_language(self, path: Path) -> str | None:
        """The ``Language`` its header declares, read from the first lines only; None when not plainly there.

        A memory folder holds every language's catalogs, and a run into one language should not parse
        the others in full (100,000 entries each) to learn that they are not its own.
        """
        if path in self._catalogs:
            return self._catalogs[path].language or None
        try:
            with open(path, "rb") as handle:
                start = handle.read(_HEADER_BYTES)
        except OSError:
            return None  # reading it in full says what is wrong
        header = _HEADER_RE.search(start)
        if header is None:
            return None
        language = _LANGUAGE_LINE_RE.search(header.group("fields"))
        return language.group(1).decode("ascii", "replace").strip() if language else None

    def tmx(self, path: Path) -> Iterable[TranslationUnit]:
        if not self.keep:
            return read_tmx(path)
        found = self._tmx.get(path)
        if found is None:
            found = self._tmx[path] = list(read_tmx(path))
        return found


def memory_files(paths: Iterable[Path | str]) -> Iterator[tuple[Path, Path]]:
    """(file, how to name it) for each PO or TMX file named or found below a folder, in a stable order."""
    for root in map(Path, paths):
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.suffix.lower() in MEMORY_SUFFIXES and path.is_file():
                    yield path, path.relative_to(root)
        elif root.is_file():
            yield root, Path(root.name)
        else:
            raise UserError(f"{root}: {MISSING}")


# -- earlier versions of a sentence in the same article ------------------------------------------------


class PreviousSentences(dict[str, str]):
    """The sentences that left an article (old sentence -> its translation), searchable by similarity.

    Build it once per article and pass it to :func:`closest_previous` for every changed sentence: the
    index is made on the first search, so K changed sentences cost about K lookups, not K × K scores.
    """

    _index: FuzzyIndex | None = None
    _indexed: int = 0

    def closest(self, source: str, threshold: float = SIMILARITY_THRESHOLD) -> str | None:
        """The old sentence ``source`` most likely is an edit of, or None."""
        if self._index is None or self._indexed != len(self):
            self._index, self._indexed = FuzzyIndex(self), len(self)
        hit = self._index.best(source, threshold)
        return self._index[hit.number] if hit is not None else None


_last_searched: tuple[Mapping[str, str], PreviousSentences] | None = None


def closest_previous(source: str, candidates: Mapping[str, str]) -> str | None:
    """The old sentence (with a translation) that ``source`` most likely is an edit of.

    ``candidates`` is best a :class:`PreviousSentences`; a plain mapping is indexed once, and the index
    kept while the same mapping (same object, same size) is asked again, as :mod:`newsl10n.resolve` does
    for each sentence of an article.
    """
    global _last_searched
    if not candidates:
        return None
    if isinstance(candidates, PreviousSentences):
        return candidates.closest(source)
    last = _last_searched
    if last is None or last[0] is not candidates or len(last[1]) != len(candidates):
        last = _last_searched = (candidates, PreviousSentences(candidates))
    return last[1].closest(source)
