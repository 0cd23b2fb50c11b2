"""Article extraction quality: newsl10n's HTML reader against trafilatura's defaults, on human-marked pages.

Data: a folder with ``html/<id>.html`` (or ``.html.gz``) and ``ground-truth.json`` mapping each id to
``{"articleBody": ...}``, the layout of ScrapingHub's article-extraction-benchmark (181 news and blog pages
with human-marked bodies; ``tests/data/pages`` holds a small sample of it). Get the full set with
``git clone https://github.com/scrapinghub/article-extraction-benchmark``.

Scoring is the benchmark's own: word 4-gram shingles, per-page true/false positives and negatives
normalized to sum 1, precision and recall averaged over pages, F1 of the two averages. newsl10n's text is
its units other than the headline, read through the whole pipeline (furniture rules included); ``--kinds
text`` leaves out page metadata and image alt text (not shown as text on the page), ``--kinds body`` also
the standfirst, byline, dateline, captions and credits (which the benchmarks' human-marked bodies leave out). Pages are split
into a development half (ids starting 0-7) and a held-out half (8-f); rules are tuned on the first only.

    python benchmarks/bench_extraction.py PATH [--split dev|held-out|all] [--worst 5]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from newsl10n.article import parse_article
from newsl10n.errors import UserError
from newsl10n.model import Kind, Unit

_TOKEN_RE = re.compile(r"\w+")
# Which units are scored: every unit but the headline; the text shown on the page (no metadata, no alt
# text); the article body as benchmarks mark it (no standfirst, byline or dateline either).
_NOT_SCORED = {
    "all": {Kind.HEADLINE},
    "text": {Kind.HEADLINE, Kind.META, Kind.ALT},
    "body": {
        Kind.HEADLINE,
        Kind.META,
        Kind.ALT,
        Kind.STANDFIRST,
        Kind.BYLINE,
        Kind.DATELINE,
        Kind.CAPTION,
        Kind.CREDIT,
    },
}


def read_pages(folder: Path) -> dict[str, tuple[str, str]]:
    """id -> (page HTML, human-marked body)."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for key, item in truth.items():
        plain = folder / "html" / f"{key}.html"
        packed = folder / "html" / f"{key}.html.gz"
        if plain.exists():
            data = plain.read_bytes()
        elif packed.exists():
            data = gzip.decompress(packed.read_bytes())
        else:
            continue
        pages[key] = (data.decode("utf-8", errors="replace"), item.get("articleBody", ""))
    return pages


def in_split(key: str, split: str) -> bool:
    if split == "all":
        return True
    return (key[0] in "01234567") == (split == "dev")


def newsl10n_text(page: str, kinds: str) -> str:
    try:
        article = parse_article(page, Path("page.html"), "html")
    except UserError:
        return ""
    skipped = _NOT_SCORED[kinds]
    shown = []
    for (
        block
    ) in article.document.blocks:  # by the kind of the block: a dateline opening a body paragraph is body
        pieces = article.layout.get(block.id)
        if not pieces or block.kind in skipped:
            continue
        # its units; or, for a block kept as it is ("$225.86", a table's figures), the block itself
        texts = [piece.text for piece in pieces if isinstance(piece, Unit)] or [
            piece.text for piece in pieces
        ]
        shown.append(" ".join(_plain(text) for text in texts))
    return "\n".join(shown)


def _plain(po_form: str) -> str:
    return re.sub(r"</?[0-9]+/?>", "", po_form)


def trafilatura_text(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page) or ""


def shingle_counts(text: str, size: int = 4) -> Counter:
    words = _TOKEN_RE.findall(text)
    return Counter(tuple(words[index : index + size]) for index in range(max(1, len(words) - size + 1)))


def page_score(truth: str, prediction: str) -> tuple[float, float, float]:
    """Normalized (true positives, false positives, false negatives) over shingles."""
    wanted, found = shingle_counts(truth), shingle_counts(prediction)
    wanted.pop((), None)
    found.pop((), None)
    true_positive = sum((wanted & found).values())
    false_positive = sum((found - wanted).values())
    false_negative = sum((wanted - found).values())
    total = true_positive + false_positive + false_negative
    if total == 0:
        return 0.0, 0.0, 0.0
    return true_positive / total, false_positive / total, false_negative / total


def page_f1(score: tuple[float, float, float]) -> float:
    tp, fp, fn = score
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def summary(scores: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """F1, precision, recall as the benchmark computes them (averages over pages)."""

    def precision(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def recall(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    p = statistics.mean(precision(*score) for score in scores if score[0] + score[1] > 0)
    r = statistics.mean(recall(*score) for score in scores if score[0] + score[2] > 0)
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--split", choices=("dev", "held-out", "all"), default="held-out")
    parser.add_argument("--kinds", choices=tuple(_NOT_SCORED), default="all")
    parser.add_argument("--worst", type=int, default=0, help="list the pages where newsl10n loses most")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    pages = {key: value for key, value in read_pages(args.folder).items() if in_split(key, args.split)}
    if not pages:
        print(f"no pages in {args.folder}", file=sys.stderr)
        return 2
    ours, theirs, gaps = [], [], []
    seconds = {"newsl10n": 0.0, "trafilatura": 0.0}
    for key, (page, truth) in sorted(pages.items()):
        started = time.perf_counter()
        mine = page_score(truth, newsl10n_text(page, args.kinds))
        seconds["newsl10n"] += time.perf_counter() - started
        started = time.perf_counter()
        base = page_score(truth, trafilatura_text(page))
        seconds["trafilatura"] += time.perf_counter() - started
        ours.append(mine)
        theirs.append(base)
        gaps.append((page_f1(base) - page_f1(mine), key, mine))
    if args.json:
        figures = {
            name: dict(zip(("f1", "precision", "recall"), summary(scores), strict=True))
            for name, scores in (("newsl10n", ours), ("trafilatura", theirs))
        }
        print(json.dumps({"pages": len(pages), "split": args.split, "kinds": args.kinds, **figures}))
        return 0
    print(f"{len(pages)} pages ({args.split}), units scored: {args.kinds}")
    for name, scores in (("newsl10n", ours), ("trafilatura default", theirs)):
        f1, p, r = summary(scores)
        print(f"  {name:<20} F1 {f1:.3f}  precision {p:.3f}  recall {r:.3f}")
    print(
        f"  time: newsl10n {seconds['newsl10n']:.1f} s (it runs trafilatura too), trafilatura {seconds['trafilatura']:.1f} s"
    )
    for gap, key, (tp, fp, fn) in sorted(gaps, reverse=True)[: args.worst]:
        print(f"  {key[:12]}  behind by {gap:.3f}  tp {tp:.2f} fp {fp:.2f} fn {fn:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
