"""Benchmark: what learning a site's template from the folder's earlier articles costs one run.

``python benchmarks/bench_earlier.py [--templates 1000 3000 10000]`` (about a minute on 2 cores).

The real news articles of ``tests/data/news`` are translated once (pseudo engine) into a scratch folder; their
templates are then copied under new names until the folder holds N earlier stories, as a desk's folder does
after N articles. Each size reports the seconds to read the templates' headers and to find what recurs, and
the time to read one new article with them against reading it alone (best of three, the same run).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from newsl10n import api
from newsl10n.article import read_articles
from newsl10n.catalog import earlier_stories

ROOT = Path(__file__).resolve().parents[1]
NEWS = sorted((ROOT / "tests" / "data" / "news").glob("*/*.txt"))


def best(call: Callable[[], object], tries: int = 3) -> float:
    times = []
    for _ in range(tries):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", type=int, nargs="+", default=[1000, 3000, 10000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seed = Path(tmp) / "seed"
        api.translate(NEWS[1:], "de", engine="pseudo", out_dir=seed, use_tm=False, jobs=1)
        templates = sorted(seed.glob("*.pot"))
        article = NEWS[0]
        alone = best(lambda: read_articles([article]))
        print(f"{len(templates)} real templates; one new article read alone: {alone * 1000:.0f} ms")
        print(
            "| earlier stories | read their headers, s | find what recurs, s | read one article with them / alone |"
        )
        print("|---:|---:|---:|---:|")
        for count in args.templates:
            folder = Path(tmp) / f"folder-{count}"
            folder.mkdir()
            for index in range(count):
                source = templates[index % len(templates)]
                shutil.copy(source, folder / f"{source.stem}-{index}.pot")
            headers = best(lambda folder=folder: earlier_stories(folder), tries=1)
            earlier = earlier_stories(folder)
            with_them = best(lambda earlier=earlier: read_articles([article], earlier=earlier))
            # the headers are read once per run; what recurs is found as the article is read
            print(
                f"| {count:,} | {headers:.2f} | {with_them - alone:.2f} | {(headers + with_them) / alone:.1f} |"
            )


if __name__ == "__main__":
    main()
