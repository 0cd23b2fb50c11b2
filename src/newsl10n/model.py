"""Plain data passed between pipeline stages.

Every stage reads and returns these dataclasses, the way spaCy components share one Doc:
no stage needs to know which stage ran before it. Everything here is picklable, so a language's work
can go to a worker process (or a cluster node) and come back.

Text with inline markup travels in its *PO form*: plain text in which each inline element of the
article (a link, emphasis, a line break) is a numbered code, ``<1>Peskov</1> said<2/>``. The original
markup is kept out of the text, in :class:`Code` objects only the format's writer reads
(see :mod:`newsl10n.richtext`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any


class _Named(str, Enum):
    """An enum whose members are their own string values (``str(Kind.BODY) == "body"``)."""

    def __str__(self) -> str:
        return self.value


class Kind(_Named):
    """What a unit is in the article; checks and translators treat kinds differently."""

    HEADLINE = "headline"
    STANDFIRST = "standfirst"  # the summary under the headline ("description" in front matter)
    SUBHEAD = "subhead"
    BODY = "body"
    QUOTE = "quote"  # a pull quote or block quotation
    LIST_ITEM = "list-item"
    CAPTION = "caption"
    CREDIT = "credit"  # photo credits, "(Reporting by ...)", sign-offs
    BYLINE = "byline"
    DATELINE = "dateline"
    ALT = "alt"  # an image's alt or title text
    META = "meta"  # the page title and other metadata meant for readers of a listing


class Origin(_Named):
    """Where a segment's starting translation came from (see :mod:`newsl10n.resolve`)."""

    NONE = ""  # nothing yet: for the engine, or for a translator
    REVIEWED = "reviewed"  # the catalog's own entry, reviewed by a translator (never touched)
    DRAFT = "draft"  # the catalog's own fuzzy entry: a translator's draft or earlier machine output
    MEMORY = "tm"  # the same sentence in another catalog or a --tm source
    PREVIOUS = "previous"  # an earlier version of the sentence in the same article
    MEMORY_FUZZY = "tm-fuzzy"  # a similar sentence in the translation memory
    MACHINE = "mt"  # a machine engine

    @property
    def reused(self) -> bool:
        """Translations that came from somewhere other than the engine (counted as memory)."""
        return self not in (Origin.NONE, Origin.MACHINE)


@dataclass(frozen=True)
class Code:
    """One inline markup element of a unit, stand-off: what it is, never the markup itself in the text.

    ``id`` is the number in the PO form (``<1>…</1>``, ``<2/>``); ``label`` says what it is to a
    translator (``link to /people/dmitry-peskov``); ``opening``/``closing`` are the original markup,
    opaque to every stage but the format's writer.
    """

    id: int
    paired: bool  # <1>…</1> when True, <1/> when False
    label: str
    opening: str = ""
    closing: str = ""
    # the number it had before it was renumbered: a sentence's code, the element's number in its block. One
    # element cut by a sentence boundary has one origin in both sentences; two alike elements have two.
    origin: int = 0


@dataclass(frozen=True)
class Unit:
    """One translatable sentence of an article, with where it sits."""

    id: str  # stable within one article version, e.g. "h1" or "p3s2"
    kind: Kind
    paragraph: int  # 0 for the headline, body paragraphs count from 1
    sentence: int  # 1-based position in its paragraph
    line: int  # 1-based source line where the sentence starts
    text: str  # the PO form: plain text with numbered codes for inline markup
    block: str = ""  # id of the block it belongs to (the format's writer puts it back there)
    codes: tuple[Code, ...] = ()

    @property
    def location(self) -> str:
        """Where the unit sits, in words a translator reads in a PO comment."""
        if self.kind == Kind.HEADLINE:
            return "headline" if self.sentence == 1 else f"headline, sentence {self.sentence}"
        if self.kind == Kind.BODY:
            return f"paragraph {self.paragraph}, sentence {self.sentence}"
        return f"{self.kind} {self.paragraph}, sentence {self.sentence}"


@dataclass(frozen=True)
class Dropped:
    """A block left out of translation (page furniture), reported, never silently lost."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Block:
    """One block of an article as a format reader found it: a paragraph, a heading, a caption.

    ``content`` is in PO form (see :mod:`newsl10n.richtext`), its codes in ``codes``. A block with
    ``translate=False`` (a code block, furniture kept in a page) is carried for the writer only.
    """

    id: str  # stable within the document: "p[3]", "figure[2]/figcaption", "front/title"
    kind: Kind
    content: str  # PO form, whitespace-normalized (single spaces, no outer space)
    line: int
    codes: tuple[Code, ...] = ()
    translate: bool = True
    # (offset in the plain text, source line) where each source line of the block starts, in order;
    # empty when the whole block sits on ``line``
    line_starts: tuple[tuple[int, int], ...] = ()

    def line_at(self, offset: int) -> int:
        """The source line holding plain-text ``offset`` of the block."""
        line = self.line
        for start, number in self.line_starts:
            if start > offset:
                break
            line = number
        return line


@dataclass(frozen=True)
class Gap:
    """What lies between two units of a block (a space, a line-break code), written back as it was."""

    text: str  # PO form
    codes: tuple[Code, ...] = ()


REPEATED_IN_BATCH = "repeated in other articles"  # the furniture pass's reason for a batch's widget
REPEATED_ON_TOP = "site's name, on top of other articles too"  # ... and for the name atop a site's pages


def fingerprint(text: str) -> str:
    """A short stable name for a block's text (a catalog's header lists the batch furniture by these)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class StoryPrint:
    """What the furniture pass remembers of a story to know its site's template in the next one: the
    fingerprints of its title-like lines, of its paragraphs and of its first line (:mod:`newsl10n.recurring`)."""

    lines: frozenset[str] = frozenset()
    paragraphs: frozenset[str] = frozenset()
    top: str = ""  # its first line's: where a site's pages carry its name
    kept: frozenset[str] = frozenset()  # its short lines it kept: a re-run of it never drops them


@dataclass
class Article:
    """An article read and segmented: the units in document order and what was dropped."""

    path: Path
    units: list[Unit]
    dropped: list[Dropped] = field(default_factory=list)
    format: str = "text"  # the name of the format that read it (newsl10n.formats)
    name_override: str = ""  # the output name when the path says nothing (standard input)
    document: Any = None  # the format reader's Document (blocks and skeleton), for the writer
    layout: dict[str, list[Unit | Gap]] = field(default_factory=dict)  # block id -> its units and gaps
    notices: list[str] = field(default_factory=list)  # what reading changed that a user should know
    story_print: StoryPrint = field(default_factory=StoryPrint)  # for the articles read after it

    @property
    def batch_furniture(self) -> list[str]:
        """Blocks left out only because they recur in other articles, of its batch or of its output folder."""
        return [
            item.text for item in self.dropped if item.reason.endswith((REPEATED_IN_BATCH, REPEATED_ON_TOP))
        ]

    @property
    def name(self) -> str:
        """Base name used for output files: ``a.txt`` gives ``a``."""
        return self.name_override or self.path.stem

    def paragraphs(self) -> list[list[Unit]]:
        """Units grouped by block, in document order."""
        groups: dict[tuple[str, int, str], list[Unit]] = {}
        for unit in self.units:
            groups.setdefault((unit.kind, unit.paragraph, unit.block), []).append(unit)
        return list(groups.values())


@dataclass(frozen=True)
class Problem:
    """Something wrong with a translation, found by a checker."""

    check: str  # short machine name, e.g. "glossary", "number", "untranslated"
    message: str  # one line a translator understands

    def __str__(self) -> str:
        return f"{self.check}: {self.message}"


@dataclass(frozen=True)
class Change:
    """One repair a checker made to a target: which rule, and what it did, in one line."""

    check: str  # e.g. "glossary", "quotes", "nbsp"
    message: str  # e.g. "Kiev → Київ: replaced 'Киеве' with 'Києві'"

    def __str__(self) -> str:
        return f"{self.check}: {self.message}"

    def as_problem(self) -> Problem:
        """What ``check`` reports for a repair ``fix`` would make."""
        return Problem(self.check, self.message)


@dataclass(frozen=True)
class Provenance:
    """Where a suggestion came from, as data; :mod:`newsl10n.catalog` renders it as a PO comment."""

    engine: str = ""  # "argos", "pseudo"; "" when the suggestion is not machine output
    model: str = ""  # e.g. "Argos en→ru 1.9 (translate-en_ru-1_9)"
    confidence: float | None = None  # the model's own score for this output, 0..1
    memory_file: str = ""  # the catalog a memory match came from
    score: float | None = None  # a fuzzy memory match's similarity, 0..1

    @property
    def is_pseudo(self) -> bool:
        """Pseudo-localized test output: never a translation worth keeping or reusing."""
        return self.engine == "pseudo"


@dataclass
class Segment:
    """One source sentence and its translation into one language, as it moves through the stages.

    ``source`` is the msgid (PO form). ``origin`` says where ``target`` came from; ``provenance``
    the details a translator is shown. ``kinds`` are the kinds of the units it stands for (a sentence
    can occur twice), empty when unknown (a catalog made by another tool).
    """

    source: str
    lang: str
    target: str = ""
    fuzzy: bool = False
    origin: Origin = Origin.NONE
    kinds: frozenset[Kind] = frozenset()
    provenance: Provenance | None = None
    previous_source: str = ""  # the old msgid a PREVIOUS or fuzzy memory suggestion was made for (#|)
    # the inline codes of the source (PO form numbers); None when unknown (a catalog of another tool),
    # where every <n> the msgid shows counts as a code
    codes: tuple[Code, ...] | None = None
    notes: list[str] = field(default_factory=list)  # hints for the translator (extracted comments)
    problems: list[Problem] = field(default_factory=list)
    # Which sentences an engine may batch this one with: those of its own article. A batched model's
    # numbers depend slightly on the batch, so this keeps a translation the same however a run is sharded.
    group: str = ""
    # Word alignment from the MT model's attention: (source word index, target word index) pairs,
    # over the words that newsl10n.text.words() finds. None when the engine gave none.
    alignment: list[tuple[int, int]] | None = None
    # The sources of the sentences of its article (or catalog), where known: what its own words cannot tell
    # (whether "Patriot" in a Title Case headline is the system the story names) the article may.
    article: tuple[str, ...] | None = None

    @property
    def is_reviewed(self) -> bool:
        """A translator's work: translated and not fuzzy. Stages must never change it."""
        return bool(self.target) and not self.fuzzy

    @property
    def code_ids(self) -> frozenset[int] | None:
        """The numbers that are codes in ``source`` and ``target`` (None: any ``<n>`` the source shows)."""
        return None if self.codes is None else frozenset(code.id for code in self.codes)
