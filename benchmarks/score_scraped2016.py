"""Score the rules on 80 news texts of 2015-2016 as a scraper left them, judged by hand (session 23).

    python benchmarks/score_scraped2016.py fake_or_real_news.csv [more copies ...] [-v] [--json]

The texts are George McIntire's "fake_or_real_news" set (stories from mainstream and fringe sites, 2015-2016,
each an id, a title, the extracted text and a REAL/FAKE label). It states no licence, so only the labels are
kept here (benchmarks/data/scraped2016-labels.json: per article id, each block's label and its units' lengths);
give any copy of the CSV that holds the ids (the copies on GitHub are often cut short, so give several). An
article is its title, then each non-empty line of its text, as the labellers read it. Batch 1 was labelled and
scored before any rule was written from it, batch 2 after batch 1's rules (see
benchmarks/furniture-fresh-pages.md, "Session 23").
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from newsl10n.furniture import classify_blocks  # noqa: E402
from newsl10n.segment import unit_spans  # noqa: E402
from newsset import GoldArticle, GoldBlock, GoldUnit, Score, repeated_texts, score_article  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "scraped2016-labels.json"


def read_texts(paths: list[str]) -> dict[str, tuple[str, str]]:
    """Each article id's title and text, from every copy given (the first copy that has an id wins)."""
    csv.field_size_limit(sys.maxsize)
    texts: dict[str, tuple[str, str]] = {}
    for path in paths:
        with open(path, encoding="utf-8", errors="replace", newline="") as handle:
            for row in csv.reader(handle):
                if len(row) >= 3 and row[0].strip().isdigit():
                    texts.setdefault(row[0].strip(), (row[1], row[2]))
    return texts


def rebuild(name: str, title: str, text: str, blocks: list) -> GoldArticle | None:
    """The labelled article from its text and the labels' unit lengths, or None if the copy differs."""
    paragraphs = [title.strip(), *(line.strip() for line in text.split("\n") if line.strip())]
    if len(paragraphs) != len(blocks):
        return None
    gold = []
    for paragraph, (label, units) in zip(paragraphs, blocks, strict=True):
        pieces, start = [], 0
        for tag, length in units:
            pieces.append(GoldUnit(paragraph[start : start + length], tag))
            start += length + 1
        block = GoldBlock(label, tuple(pieces))
        if block.text != paragraph:
            return None
        gold.append(block)
    return GoldArticle(name, tuple(gold))


def classify(texts, repeated):
    return [(verdict.drop, verdict.kind) for verdict in classify_blocks(texts, repeated=repeated)]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("csv", nargs="+", help="copies of fake_or_real_news.csv")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    texts = read_texts(args.csv)
    batches: dict[int, list[GoldArticle]] = {}
    missing = []
    for article_id, entry in sorted(labels.items()):
        article = rebuild(f"forn-{article_id}", *texts.get(article_id, ("", "")), entry["blocks"])
        if article is None:
            missing.append(article_id)
        else:
            batches.setdefault(entry["batch"], []).append(article)
    results = {}
    for batch, articles in sorted(batches.items()):
        total = Score()
        for article, repeated in zip(articles, repeated_texts(articles), strict=True):
            total.add(score_article(article, repeated, classify, unit_spans))
        results[f"batch {batch}"] = total
    if args.json:
        print(json.dumps({name: score.as_dict() for name, score in results.items()} | {"missing": missing}))
        return
    for name, score in results.items():
        print(f"{name} ({len(batches[int(name[-1])])} articles): {score.summary()}")
        if args.verbose:
            print("\n".join(f"  {miss}" for miss in score.misses))
    if missing:
        print(f"not in the copies given (or changed): {len(missing)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
