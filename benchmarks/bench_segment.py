"""Segmentation speed: per article, and linear in paragraph length.

    python benchmarks/bench_segment.py                      # the real articles + one long paragraph of 400 KB
    python benchmarks/bench_segment.py --long 2000000       # the issue's 2 MB paragraph (minutes on 2 cores)
    python benchmarks/bench_segment.py --compare /work/main/src   # the same articles with another checkout
    python benchmarks/bench_segment.py --json

The articles are the hand-judged pages in tests/data/news. "articles" times what the article reader
will call for each of them: ``classify_blocks`` over its blocks and ``unit_spans`` over each kept block
(with ``--compare``, an older checkout's ``find_boilerplate`` and ``sentence_spans`` where it has no
``unit_spans``). "long" joins the article paragraphs into one paragraph of ``--long`` characters and
reports its throughput against the same text segmented paragraph by paragraph: a ratio near 1 means the
cost is linear in paragraph length. Every timed pass is preceded by one untimed pass (pysbd compiles its
patterns on first use). Timings on a shared machine vary by ±20% run to run; compare ratios from one run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "tests" / "data" / "news"
_TAG_RE = re.compile(r"^\[(?:dateline|credit)\] ")  # a unit's tag; a unit may open with "[" itself


def load_articles() -> list[list[str]]:
    """Each article as its block texts (headline first), from the hand-judged set."""
    articles = []
    for path in sorted(NEWS.glob("*/*.txt")):
        body = "\n".join(
            line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
        )
        blocks = []
        for chunk in body.strip().split("\n\n"):
            _label, *units = chunk.splitlines()
            blocks.append(" ".join(_TAG_RE.sub("", unit, count=1) for unit in units))
        articles.append(blocks)
    return articles


def article_pass(articles: list[list[str]]) -> tuple[float, int]:
    """Seconds for one pass over the articles with the newsl10n on sys.path, and the units made."""
    try:
        from newsl10n.furniture import classify_blocks
        from newsl10n.segment import unit_spans

        def one(blocks: list[str]) -> int:
            verdicts = classify_blocks(blocks)
            return sum(
                len(unit_spans(text)) for text, v in zip(blocks, verdicts, strict=True) if v.drop is None
            )

    except ImportError:  # an older checkout: tail-only boilerplate and sentences
        from newsl10n.boilerplate import find_boilerplate

        from newsl10n.segment import sentence_spans

        def one(blocks: list[str]) -> int:
            drops = find_boilerplate(blocks)
            return sum(len(sentence_spans(text)) for index, text in enumerate(blocks) if index not in drops)

    start = time.perf_counter()
    units = sum(one(blocks) for blocks in articles)
    return time.perf_counter() - start, units


def time_articles(articles: list[list[str]], repeat: int) -> dict[str, float]:
    article_pass(articles)  # warm-up: pysbd compiles its patterns on first use
    runs = [article_pass(articles) for _ in range(repeat)]
    best = min(seconds for seconds, _ in runs)
    return {
        "articles": len(articles),
        "units": runs[0][1],
        "seconds": best,
        "per_article": best / len(articles),
    }


def time_long(articles: list[list[str]], size: int) -> dict[str, float]:
    from newsl10n.segment import unit_spans

    paragraphs = [text for blocks in articles for text in blocks[1:] if len(text.split()) > 8]
    text = " ".join(paragraphs)
    copies = max(1, -(-size // len(text)))  # at least ``size`` characters
    paragraphs, text = paragraphs * copies, " ".join([text] * copies)
    unit_spans(" ".join(paragraphs[:50]))  # warm-up
    start = time.perf_counter()
    for paragraph in paragraphs:
        unit_spans(paragraph)
    separate = time.perf_counter() - start
    start = time.perf_counter()
    units = len(unit_spans(text))
    whole = time.perf_counter() - start
    return {
        "chars": len(text),
        "units": units,
        "paragraphs_seconds": separate,
        "one_paragraph_seconds": whole,
        "one_paragraph_chars_per_second": len(text) / whole,
        "ratio_one_to_paragraphs": whole / separate,
    }


def compare(source: str, repeat: int) -> dict[str, float]:
    """The article timing with another checkout's src/ on the path, in a fresh process."""
    env = {**os.environ, "PYTHONPATH": source}
    code = (
        f"import json, sys; sys.path.insert(0, {source!r}); sys.path.insert(1, {str(ROOT / 'benchmarks')!r}); "
        f"import bench_segment as b; print(json.dumps(b.time_articles(b.load_articles(), {repeat})))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--long", type=int, default=400_000, help="characters in the long paragraph (0: skip)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the articles (best is kept)")
    parser.add_argument(
        "--compare", metavar="SRC", help="another checkout's src/ folder to time the articles with"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "src"))
    articles = load_articles()
    report: dict[str, dict[str, float]] = {"articles": time_articles(articles, args.repeat)}
    if args.compare:
        report["compare"] = compare(args.compare, args.repeat)
        report["compare"]["ratio_this_to_compare"] = (
            report["articles"]["seconds"] / report["compare"]["seconds"]
        )
    if args.long:
        report["long"] = time_long(articles, args.long)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    figures = report["articles"]
    print(
        f"articles: {figures['articles']} in {figures['seconds']:.2f} s, "
        f"{figures['per_article'] * 1000:.0f} ms per article, {figures['units']} units"
    )
    if "compare" in report:
        other = report["compare"]
        print(
            f"compare ({args.compare}): {other['seconds']:.2f} s, {other['per_article'] * 1000:.0f} ms per article, "
            f"{other['units']} units; this / compare = {other['ratio_this_to_compare']:.2f}"
        )
    if "long" in report:
        long = report["long"]
        print(
            f"long: {long['chars']:,} chars as one paragraph in {long['one_paragraph_seconds']:.1f} s "
            f"({long['one_paragraph_chars_per_second'] / 1000:.0f} K chars/s); as paragraphs "
            f"{long['paragraphs_seconds']:.1f} s; one / paragraphs = {long['ratio_one_to_paragraphs']:.2f}"
        )


if __name__ == "__main__":
    main()
