"""How reading and writing HTML, Markdown and wire formats scale with the size of the input (should be linear).

Builds articles of N and 4N paragraphs (each with a link, emphasis and a line break; a NewsML-G2 message of N
stories of one paragraph each; a ninjs item whose HTML body has N paragraphs), plus one single
paragraph of about 2 MB, and times each format's ``read`` (for a full page, trafilatura included) and
``write`` in one run. Prints seconds and the 4N/N ratio: near 4 is linear, near 16 quadratic. Segmentation
into sentences is not part of this (see the segmenter's own benchmark).

    python benchmarks/bench_formats.py [--paragraphs 500]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsl10n import richtext
from newsl10n.formats import create_format

ROOT = Path(__file__).resolve().parents[1]
_SUFFIXES = {"html": ".html", "markdown": ".md", "newsml": ".xml", "ninjs": ".json"}
PARAGRAPH_HTML = (
    '<p>Officials in <a href="/places/kyiv-{n}">Kyiv</a> said on Tuesday that <em>more</em> air defense '
    "systems were needed before winter.<br>They met in Washington for talks number {n}.</p>\n"
)
PARAGRAPH_MD = (
    "Officials in [Kyiv](/places/kyiv-{n}) said on Tuesday that *more* air defense\n"
    "systems were needed before winter. They met in Washington for talks number {n}.\n\n"
)


def page(paragraphs: int) -> str:
    """The example page with its story body replaced by ``paragraphs`` paragraphs."""
    example = (ROOT / "examples" / "kremlin-patriots.html").read_text(encoding="utf-8")
    start = example.index('<div class="story-body">') + len('<div class="story-body">')
    end = example.index('</div>\n\n  <div class="newsletter-signup">')
    body = "".join(PARAGRAPH_HTML.format(n=n) for n in range(paragraphs))
    return example[:start] + "\n" + body + example[end:]


def markdown(paragraphs: int) -> str:
    return "---\ntitle: Talks\n---\n\n# Talks\n\n" + "".join(
        PARAGRAPH_MD.format(n=n) for n in range(paragraphs)
    )


def newsml_message(stories: int) -> str:
    """A NewsML-G2 message of ``stories`` items, each a headline and its NITF story, as an agency's feed batches
    them."""
    item = (
        '<newsItem guid="tag:example.com,2026:{n}" xml:lang="en"><contentMeta><headline>Talks number {n}'
        '</headline></contentMeta><contentSet><inlineXML contenttype="application/nitf+xml"><nitf><body>'
        "<body.content><p>Officials in <location>Kyiv</location> said on Tuesday that <em>more</em> air "
        "defense systems were needed. They met for talks number {n}.</p></body.content></body></nitf>"
        "</inlineXML></contentSet></newsItem>\n"
    )
    items = "".join(item.format(n=n) for n in range(stories))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage><itemSet>\n{items}</itemSet></newsMessage>\n'
    )


def newsml_cdata(stories: int) -> str:
    """A NewsML 1 document of ``stories`` items, each story's HTML in a CDATA section (as ANA and CMS exports write
    them): each section is read by the HTML rules."""
    item = (
        '<NewsItem xml:lang="en"><NewsComponent><NewsLines><HeadLine>Talks {n}</HeadLine></NewsLines><ContentItem>'
        '<DataContent><![CDATA[<p>Officials in <a href="/kyiv">Kyiv</a> said more was needed. They met for talks '
        "number {n}.</p>]]></DataContent></ContentItem></NewsComponent></NewsItem>\n"
    )
    return (
        '<?xml version="1.0"?>\n<NewsML>\n'
        + "".join(item.format(n=n) for n in range(stories))
        + "</NewsML>\n"
    )


def ninjs_item(paragraphs: int) -> str:
    body = "".join(PARAGRAPH_HTML.format(n=n) for n in range(paragraphs))
    return json.dumps({"uri": "urn:example:talks", "language": "en", "headline": "Talks", "body_html": body})


def long_paragraph(size: int) -> str:
    sentence = 'Officials in <a href="/kyiv">Kyiv</a> said on Tuesday that <em>more</em> was needed. '
    return "<p>" + sentence * (size // len(sentence)) + "</p>\n"


def timed(name: str, text: str) -> tuple[float, float]:
    """Seconds to read ``text`` and to write it back with every block changed."""
    fmt = create_format(name)
    started = time.perf_counter()
    document = fmt.read(text, Path(f"bench{_SUFFIXES[name]}"))
    read_seconds = time.perf_counter() - started
    contents = {
        block.id: richtext.to_markup(block.content.upper(), block.codes, fmt.escape)
        for block in document.blocks
    }
    started = time.perf_counter()
    fmt.write(document, contents, "de")
    return read_seconds, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=500)
    args = parser.parse_args()
    small, large = args.paragraphs, 4 * args.paragraphs
    timed("html", page(1))  # imports (trafilatura takes seconds) are not part of the cost of a page
    cases = [
        ("html page", "html", page),
        ("markdown", "markdown", markdown),
        ("newsml", "newsml", newsml_message),
        ("cdata", "newsml", newsml_cdata),
        ("ninjs", "ninjs", ninjs_item),
    ]
    for label, name, build in cases:
        little, big = build(small), build(large)
        (read_small, write_small), (read_large, write_large) = timed(name, little), timed(name, big)
        print(
            f"{label:<10} {len(little) / 1e6:.2f} MB: read {read_small:.2f} s, write {write_small:.3f} s | "
            f"{len(big) / 1e6:.2f} MB: read {read_large:.2f} s, write {write_large:.3f} s | "
            f"ratio read {read_large / read_small:.1f}, write {write_large / max(write_small, 1e-6):.1f}"
        )
    text = long_paragraph(2_000_000)
    read_seconds, write_seconds = timed("html", text)
    print(
        f"one {len(text) / 1e6:.1f} MB paragraph (fragment): read {read_seconds:.2f} s, write {write_seconds:.2f} s"
    )


if __name__ == "__main__":
    main()
