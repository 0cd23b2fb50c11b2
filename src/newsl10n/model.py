"""Plain data passed between pipeline stages.

Every stage reads and returns these dataclasses, the way spaCy components share one Doc:
no stage needs to know which stage ran before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Unit:
    """One translatable sentence of an article, with where it sits."""

    id: str  # stable within one article version, e.g. "h1" or "p3s2"
    kind: str  # "headline" or "body"
    paragraph: int  # 0 for the headline, body paragraphs count from 1
    sentence: int  # 1-based position in its paragraph
    line: int  # 1-based source line where the sentence starts
    text: str

    @property
    def location(self) -> str:
        """Where the unit sits, in words a translator reads in a PO comment."""
        if self.kind == "headline":
            return "headline" if self.sentence == 1 else f"headline, sentence {self.sentence}"
        return f"paragraph {self.paragraph}, sentence {self.sentence}"


@dataclass(frozen=True)
class Dropped:
    """A block left out of translation (scraped boilerplate), reported, never silently lost."""

    line: int
    text: str
    reason: str


@dataclass
class Article:
    """An article read and segmented: the units in document order and what was dropped."""

    path: Path
    units: list[Unit]
    dropped: list[Dropped] = field(default_factory=list)

    @property
    def name(self) -> str:
        """Base name used for output files: ``a.txt`` gives ``a``."""
        return self.path.stem

    def paragraphs(self) -> list[list[Unit]]:
        """Units grouped by paragraph, headline first, in document order."""
        groups: dict[tuple[str, int], list[Unit]] = {}
        for unit in self.units:
            groups.setdefault((unit.kind, unit.paragraph), []).append(unit)
        return list(groups.values())


@dataclass(frozen=True)
class Problem:
    """Something wrong with a translation, found by a checker."""

    check: str  # short machine name, e.g. "glossary", "number", "untranslated"
    message: str  # one line a translator understands

    def __str__(self) -> str:
        return f"{self.check}: {self.message}"


@dataclass
class Segment:
    """One source sentence and its translation into one language, as it moves through the stages.

    ``origin`` says where ``target`` came from: ``"reviewed"`` (a translator's, never touched),
    ``"tm"`` (translation memory), ``"mt"`` (a machine engine), or ``""`` (no translation yet).
    """

    source: str
    lang: str
    target: str = ""
    fuzzy: bool = False
    origin: str = ""
    notes: list[str] = field(default_factory=list)  # hints for the translator (extracted comments)
    problems: list[Problem] = field(default_factory=list)
    # Word alignment from the MT model's attention: (source word index, target word index) pairs,
    # over the words that newsl10n.text.words() finds. None when the engine gave none.
    alignment: list[tuple[int, int]] | None = None

    @property
    def is_reviewed(self) -> bool:
        """A translator's work: translated and not fuzzy. Stages must never change it."""
        return bool(self.target) and not self.fuzzy
