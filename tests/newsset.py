"""The hand-judged real-news set in tests/data/news: load it and score a segmenter on it.

A segmenter is two functions, the seam the article reader calls: ``classify(texts, repeated)`` gives one
verdict per block (``drop`` is a reason or None, ``kind`` a Kind or None) and ``units(text)`` gives the
(start, end, kind) sentence units of one kept block. See tests/data/news/README.md for the labels.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsl10n.model import Kind
from newsl10n.recurring import around_the_story, block_key, recurring, story_print

NEWS = Path(__file__).parent / "data" / "news"
SPLITS = ("tune", "heldout")
KEPT_LABELS = {"headline", "body", "subhead", "caption", "credit", "byline"}
_TAG_RE = re.compile(r"^\[(dateline|credit)\] ")
_GLUED_RE = re.compile(r"^\[glued\] ")  # the unit follows the one before with no space ("schools.The fact")


@dataclass(frozen=True)
class GoldUnit:
    text: str
    tag: str  # "", "dateline" or "credit"
    glued: bool = False  # no space before it: the page glued two sentences ("... 800 schools.The fact ...")


@dataclass(frozen=True)
class GoldBlock:
    label: str
    units: tuple[GoldUnit, ...]
    source: str | None = (
        None  # the paragraph as the dataset has it, when its spaces are not one between units
    )

    @property
    def text(self) -> str:
        if self.source is not None:
            return self.source
        return "".join(
            ("" if unit.glued or not index else " ") + unit.text for index, unit in enumerate(self.units)
        )


@dataclass(frozen=True)
class GoldArticle:
    name: str
    blocks: tuple[GoldBlock, ...]

    @property
    def texts(self) -> list[str]:
        return [block.text for block in self.blocks]


def load_article(path: Path) -> GoldArticle:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    body = "\n".join(lines[header:])  # only the header is comments: a page's line may open with "#"
    blocks = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        label, *lines = chunk.splitlines()
        units = []
        for line in lines:
            glued = _GLUED_RE.match(line)
            line = line[glued.end() :] if glued else line
            tag = _TAG_RE.match(line)
            units.append(
                GoldUnit(line[tag.end() :] if tag else line, tag.group(1) if tag else "", bool(glued))
            )
        blocks.append(GoldBlock(label.strip(), tuple(units)))
    return GoldArticle(path.stem, tuple(blocks))


def load_split(split: str) -> list[GoldArticle]:
    return [load_article(path) for path in sorted((NEWS / split).glob("*.txt"))]


def load_extracted(split: str) -> list[GoldArticle]:
    """The split's pages cut to the blocks an article extractor keeps of them (benchmarks/cut_to_extractor.py)."""
    manifest = json.loads((NEWS / "extracted.json").read_text(encoding="utf-8"))[split]
    articles = []
    for name, kept in sorted(manifest.items()):
        article = load_article(NEWS / split / f"{name}.txt")
        articles.append(GoldArticle(article.name, tuple(article.blocks[index] for index in kept)))
    return articles


def repeated_texts(articles: Sequence[GoldArticle]) -> list[set[str]]:
    """For each article, the block texts that also stand in another story of the batch, as the article
    reader finds them (:mod:`newsl10n.recurring`)."""
    prints = [story_print(article.texts) for article in articles]
    found = recurring(prints, range(len(prints)), [around_the_story(article.texts) for article in articles])
    return [
        {text for text in article.texts if block_key(text) in recurs.lines}
        for article, recurs in zip(articles, found, strict=True)
    ]


Verdict = tuple[str | None, Kind | None]  # (drop reason, kind)
# figures and signs only: the build keeps such a block in place as it is, and the catalog does not ask for it
AS_THEY_ARE = "furniture: no words"
Classify = Callable[[Sequence[str], Collection[str]], list[Verdict]]
Units = Callable[[str], list[tuple[int, int, Kind]]]


@dataclass
class Score:
    body_units: int = 0
    exact_units: int = 0
    furniture: int = 0
    furniture_kept: int = 0
    real_blocks: int = 0
    real_dropped: int = 0
    real_as_they_are: int = 0  # figures only ("$99.99", "1,184"): kept in place untranslated, nothing lost
    credits: int = 0
    credits_merged: int = 0
    credits_as_credit: int = 0
    datelines: int = 0
    datelines_marked: int = 0
    captions: int = 0
    captions_marked: int = 0
    bylines: int = 0
    bylines_marked: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
            else:
                getattr(self, name).extend(value)

    def summary(self) -> str:
        return (
            f"{self.exact_units}/{self.body_units} exact units, "
            f"{self.furniture_kept}/{self.furniture} furniture kept, "
            f"{self.real_dropped}/{self.real_blocks} real blocks dropped "
            f"({self.real_as_they_are} more kept as they are), "
            f"{self.credits_merged}/{self.credits} credits merged "
            f"({self.credits_as_credit} marked credit), "
            f"{self.datelines_marked}/{self.datelines} datelines, "
            f"{self.captions_marked}/{self.captions} captions, "
            f"{self.bylines_marked}/{self.bylines} bylines marked"
        )

    def as_dict(self) -> dict[str, int]:
        return {name: value for name, value in vars(self).items() if isinstance(value, int)}


def score_article(article: GoldArticle, repeated: Collection[str], classify: Classify, units: Units) -> Score:
    score = Score()
    verdicts = classify(article.texts, repeated)
    assert len(verdicts) == len(article.blocks)
    for gold, (drop, kind) in zip(article.blocks, verdicts, strict=True):
        where = f"{article.name}: {gold.text[:70]!r}"
        if gold.label == "furniture":
            score.furniture += 1
            if drop is None:
                score.furniture_kept += 1
                score.misses.append(f"furniture kept   {where}")
            continue
        if gold.label == "either":
            continue
        score.real_blocks += 1
        if drop == AS_THEY_ARE:
            score.real_as_they_are += 1
            continue
        if drop is not None:
            score.real_dropped += 1
            score.misses.append(f"{gold.label} dropped ({drop})  {where}")
        got = {} if drop is not None else {gold.text[s:e]: k for s, e, k in units(gold.text)}
        if gold.label == "caption":
            score.captions += 1
            score.captions_marked += kind == Kind.CAPTION
        if gold.label == "byline":
            score.bylines += 1
            score.bylines_marked += kind == Kind.BYLINE
        if gold.label == "credit":
            score.credits += 1
            score.credits_as_credit += kind == Kind.CREDIT or drop is not None
            continue
        for unit in gold.units:
            if unit.tag == "credit":
                score.credits += 1
                if drop is None and unit.text not in got:
                    score.credits_merged += 1
                    score.misses.append(f"credit merged    {article.name}: {unit.text!r}")
                score.credits_as_credit += got.get(unit.text) == Kind.CREDIT
            if gold.label != "body":
                continue
            score.body_units += 1
            if unit.text in got:
                score.exact_units += 1
            elif drop is None:
                score.misses.append(f"unit not exact   {article.name}: {unit.text!r}")
            if unit.tag == "dateline":
                score.datelines += 1
                score.datelines_marked += got.get(unit.text) == Kind.DATELINE
    return score


def score_split(
    split: str, classify: Classify, units: Units, *, extracted: bool = False, earlier: Sequence[str] = ()
) -> Score:
    """The split scored whole, or cut to what an article extractor keeps of its pages; with ``earlier``
    splits, as a desk scores it that translated their pages into the same output folder first."""
    articles = load_extracted(split) if extracted else load_split(split)
    history = [article for name in earlier for article in load_split(name)]
    total = Score()
    for article, repeated in zip(articles, repeated_texts(articles + history), strict=False):
        total.add(score_article(article, repeated, classify, units))
    return total
