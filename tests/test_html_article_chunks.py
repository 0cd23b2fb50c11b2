"""An article set in several containers of one class: the HTML reader takes every chunk, not only the first
ones the extractor found, and never a newsletter's next story set the same way.

tests/data/pages/chunks holds two real pages with their scripts, styles and icons taken out (see the README in
tests/data/pages): The New Yorker's "A Heat Shield for the Most Important Ice on Earth" (from flairNLP/fundus's
test data), whose story stands in eleven "body__inner-container" chunks between ads, and an Axios Future
newsletter (from markusmobius/go-trafilatura's comparison pages), whose stories each have a "story-text" chunk
under their own title."""

from __future__ import annotations

import gzip
from pathlib import Path

from newsl10n.article import parse_article
from newsl10n.model import Kind

CHUNKS = Path(__file__).parent / "data" / "pages" / "chunks"


def _article_text(name: str) -> tuple[str, list[str]]:
    html = gzip.decompress((CHUNKS / name).read_bytes()).decode("utf-8")
    article = parse_article(html, "page.html", "html")
    units = [unit.text for unit in article.units if unit.kind == Kind.BODY]
    return " ".join(units), units


def test_every_chunk_of_a_story_is_read():
    text, _ = _article_text("newyorker-bright-ice.html.gz")
    assert "On a clear morning in late March" in text  # the first chunk, which the extractor finds
    # the later chunks, which it loses: from the middle to the story's last paragraph
    assert "There were plenty of reasons that this intervention might be unworkable." in text
    assert "Back-yard studies cannot answer that question." in text
    assert "The ice had a little time left." in text


def test_the_chunks_bring_no_furniture():
    text, _ = _article_text("newyorker-bright-ice.html.gz")
    assert "More Science and Technology" not in text
    assert "Sign up for our daily newsletter" not in text


def test_a_newsletters_next_story_under_its_own_title_is_not_the_article():
    text, units = _article_text("axios-future-newsletter.html.gz")
    assert "A new breed of intelligent video surveillance" in text
    assert "College students from rural areas are moving to big cities" not in text
    assert units
