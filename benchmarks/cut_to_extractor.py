"""Cut hand-labelled whole pages to what an article extractor keeps of them: the issue's kind of text.

    python benchmarks/cut_to_extractor.py fresh6 PAGES_DIR      # updates tests/data/news/extracted.json

``PAGES_DIR`` holds each labelled page's saved HTML as ``<id>.html`` (the pages are third-party and are not kept
in the repository; each labelled file's header names the repository and path it came from). trafilatura's default
extraction (no comments, tables kept) gives the page's paragraphs; a labelled block stays when its text is one of
them, or nearly (rapidfuzz ratio 90 or more, whitespace and soft hyphens aside). The headline always stays: an
extractor gives it as the title. ``tests/data/news/extracted.json`` keeps, per split and page, the indexes of the
blocks that stay; ``newsset.load_extracted`` gives the labelled pages cut to them, for the same scorer.

A whole page's furniture comes in runs and lists that structure gives away; what an extractor leaves in sits
alone among the article's paragraphs ("Follow The Gleaner on Twitter ...", a gallery's title on every slide), so
the cut sets measure the rules where the issue met them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import trafilatura
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from newsset import NEWS, load_article  # noqa: E402

EXTRACTED = NEWS / "extracted.json"

NEAR = 90  # rapidfuzz ratio for a block the extractor wrote a little differently
MIN_NEAR_CHARS = 9  # shorter paragraphs must match exactly


def normalized(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xad", "")).strip()


def extracted_paragraphs(html: str) -> list[str]:
    text = trafilatura.extract(html, include_comments=False, include_tables=True) or ""
    return [line for line in (normalized(line) for line in text.splitlines()) if line]


def kept_by_extractor(text: str, paragraphs: list[str], exact: set[str]) -> bool:
    text = normalized(text)
    return text in exact or any(
        len(paragraph) >= MIN_NEAR_CHARS and fuzz.ratio(text, paragraph) >= NEAR for paragraph in paragraphs
    )


def kept_blocks(labelled: Path, html: str) -> list[int]:
    """The indexes of the labelled page's blocks that the extractor keeps (the headline always)."""
    paragraphs = extracted_paragraphs(html)
    exact = set(paragraphs)
    return [
        index
        for index, block in enumerate(load_article(labelled).blocks)
        if block.label == "headline" or kept_by_extractor(block.text, paragraphs, exact)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", help="a split of tests/data/news (fresh6)")
    parser.add_argument("pages", type=Path, help="a folder of the same pages' HTML, <id>.html")
    args = parser.parse_args()
    manifest = json.loads(EXTRACTED.read_text(encoding="utf-8")) if EXTRACTED.exists() else {}
    pages = {}
    for labelled in sorted((NEWS / args.split).glob("*.txt")):
        html = (args.pages / f"{labelled.stem}.html").read_bytes().decode("utf-8", "replace")
        kept = kept_blocks(labelled, html)
        if len(kept) > 1:  # more than the headline
            pages[labelled.stem] = kept
    manifest[args.split] = pages
    manifest["extractor"] = f"trafilatura {trafilatura.__version__}, default extraction, no comments"
    text = json.dumps(manifest, indent=1, sort_keys=True)
    text = re.sub(
        r"\[[\d,\s]*\]", lambda match: json.dumps(json.loads(match.group())), text
    )  # a page on a line
    EXTRACTED.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
