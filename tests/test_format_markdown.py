"""The Markdown format: CommonMark + YAML front matter in, the same structure out, only the text changed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import formatcheck
from newsl10n.cli import main
from newsl10n.errors import UserError
from newsl10n.formats import Document, detect
from newsl10n.formats.markdown import MarkdownFormat
from newsl10n.model import Kind

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "kremlin-patriots.md"
TRICKY = """---
title: 'It''s a plain title'
summary: Plain summary text
tags: [a, b]
nested:
  title: not this one
---

Setext headline
===============

A paragraph with a \\*literal star\\*, an entity &amp; a [reference link][ref] and <https://example.org/x>.
It wraps over\\
a hard break and a `code span` and <abbr title="x">HTML</abbr> inline.

> Quoted first line
> quoted second line

1. First item with ![an icon](/i.png "Icon title") inside
2. Second item
   continues here

Plain paragraph.

    indented code block
    stays

```python
print("fenced code stays")
```

<div class="raw">HTML block stays</div>

[ref]: https://example.org/ref "Reference title"
"""


def read(text: str, name: str = "story.md") -> Document:
    return MarkdownFormat().read(text, Path(name))


def unchanged(document: Document) -> dict[str, str]:
    return formatcheck.unchanged(MarkdownFormat(), document)


def translated(document: Document, change) -> dict[str, str]:
    return formatcheck.translated(MarkdownFormat(), document, change)


def lines_starting(text: str, marker: str) -> list[int]:
    return [number for number, line in enumerate(text.split("\n")) if re.match(marker, line)]


def front_matter(text: str) -> list[str]:
    return text.split("---\n")[1].splitlines()


# -- reading -----------------------------------------------------------------------------------------


def test_example_units_and_kinds():
    document = read(EXAMPLE.read_text(encoding="utf-8"))
    kinds = {block.id: block.kind for block in document.blocks}
    assert kinds["front/title"] == Kind.META and kinds["front/description"] == Kind.META
    assert kinds["h1[1]"] == Kind.HEADLINE
    assert kinds["p[1]"] == Kind.STANDFIRST  # the emphasized paragraph under the headline
    assert kinds["img[1]/alt"] == Kind.ALT and kinds["img[1]/title"] == Kind.ALT
    assert kinds["h2[1]"] == Kind.SUBHEAD
    assert kinds["quote[1]"] == Kind.QUOTE
    assert kinds["li[3]"] == Kind.LIST_ITEM
    assert list(kinds.values())[-1] == Kind.CREDIT
    contents = {block.id: block.content for block in document.blocks}
    assert contents["p[1]"].startswith("Moscow warns")  # the emphasis stays outside the unit
    assert contents["li[3]"] == "Aid since February: <1/>"
    assert "slug" not in " ".join(contents) and "authors" not in " ".join(contents)


@pytest.mark.parametrize(
    ("tail", "closing"),
    [
        ("(https://k.com/post#it's-hard)", "](https://k.com/post#it's-hard)"),  # a quote in the address
        ('(<a b> "T (1)")', '](<a b> "T (1)")'),
        ("(https://en.wikipedia.org/wiki/Foo_(bar) 'x')", "](https://en.wikipedia.org/wiki/Foo_(bar) 'x')"),
        ("(a\\)b)", "](a\\)b)"),
    ],
)
def test_a_link_tail_is_read_as_commonmark_reads_it(tail, closing):
    document = read(f"# Title\n\nSee [the post]{tail} today.\n")
    assert document.dropped == []
    block = document.blocks[-1]
    assert (block.content, block.codes[0].closing) == ("See <1>the post</1> today.", closing)


def test_links_and_emphasis_are_codes_with_their_markup():
    document = read(EXAMPLE.read_text(encoding="utf-8"))
    block = next(block for block in document.blocks if block.content.startswith("<1>MOSCOW</1>"))
    assert block.content.startswith("<1>MOSCOW</1> – Peskov said the <2>Patriot</2> would")
    strong, link = block.codes
    assert (strong.opening, strong.closing, strong.label) == ("**", "**", "strong emphasis")
    assert (link.opening, link.closing) == ("[", "](/topics/patriot-missile-system)")
    assert link.label == "link to /topics/patriot-missile-system"


def test_tricky_document_units():
    document = read(TRICKY)
    units = {block.id: (block.kind, block.content) for block in document.blocks}
    assert units["front/title"] == (Kind.META, "It's a plain title")  # the body has its own level-1 heading
    assert units["front/summary"] == (Kind.META, "Plain summary text")
    assert units["h1[1]"] == (Kind.HEADLINE, "Setext headline")
    text = units["p[1]"][1]
    assert text == (
        "A paragraph with a *literal star*, an entity & a <1>reference link</1> and <2/>. "
        "It wraps over<3/> a hard break and a <4/> and <5/>HTML<6/> inline."
    )
    assert units["quote[1]"] == (Kind.QUOTE, "Quoted first line quoted second line")
    assert units["img[1]/alt"] == (Kind.ALT, "an icon") and units["img[1]/title"] == (Kind.ALT, "Icon title")
    assert units["li[2]"] == (Kind.LIST_ITEM, "Second item continues here")
    texts = " ".join(content for _, content in units.values())
    assert units["div[1]"] == (Kind.BODY, "HTML block stays")  # an HTML block's prose, written back as HTML
    for kept in ("not this one", "indented code", "fenced code", "Reference title"):
        assert kept not in texts


def test_detection():
    assert detect(Path("a.md"), "") == "markdown"
    assert detect(Path("a.markdown"), "") == "markdown"
    assert detect(Path("-"), "---\ntitle: x\n---\n\nText\n") == "markdown"


# -- writing -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["example", "tricky", "crlf"])
def test_writing_the_source_text_back_gives_the_file_byte_for_byte(name):
    text = {
        "example": EXAMPLE.read_text(encoding="utf-8"),
        "tricky": TRICKY,
        "crlf": TRICKY.replace("\n", "\r\n"),
    }[name]
    document = read(text)
    assert MarkdownFormat().write(document, unchanged(document), "de") == text


def test_translation_keeps_structure_line_for_line():
    document = read(TRICKY)
    written = MarkdownFormat().write(document, translated(document, str.upper), "de")
    source_lines, written_lines = TRICKY.split("\n"), written.split("\n")
    assert len(written_lines) == len(source_lines)
    for before, after in zip(source_lines, written_lines, strict=True):
        marker = re.match(r"\s*(?:[-*>]|\d+\.|#+|`{3}|=+|\[ref\]:)?", before).group()
        assert after.startswith(marker)
    assert "title: 'IT''S A PLAIN TITLE'" in written
    assert "summary: PLAIN SUMMARY TEXT" in written
    assert "  title: not this one" in written and "tags: [a, b]" in written
    assert "[REFERENCE LINK][ref]" in written and "<https://example.org/x>" in written
    assert "`code span`" in written and '<abbr title="x">HTML</abbr>' in written
    assert "IT WRAPS OVER\\\nA HARD BREAK" in written
    assert "> QUOTED FIRST LINE\n> QUOTED SECOND LINE" in written
    assert '![AN ICON](/i.png "ICON TITLE")' in written
    assert "2. SECOND ITEM\n   CONTINUES HERE" in written
    assert '    indented code block\n    stays\n\n```python\nprint("fenced code stays")' in written
    assert '[ref]: https://example.org/ref "Reference title"' in written


def test_translated_text_is_escaped_where_markdown_would_read_it():
    text = "# Title\n\nPlain words here.\n\nSecond paragraph.\n"
    document = read(text)
    replies = {"h1[1]": "Title", "p[1]": "1. Not a *list* [x]", "p[2]": "# not a heading"}
    written = MarkdownFormat().write(
        document, {key: MarkdownFormat().escape(value) for key, value in replies.items()}, "de"
    )
    # "[x]" links nowhere (no reference [x] is defined): it stays as written
    assert written == "# Title\n\n1\\. Not a \\*list\\* [x]\n\n\\# not a heading\n"


def test_front_matter_values_are_quoted_when_they_must_be():
    text = '---\ntitle: Plain\ndescription: "Double"\n---\n\nBody.\n'
    document = read(text)
    contents = unchanged(document)
    contents["front/title"] = MarkdownFormat().escape("Now: with a colon")
    contents["front/description"] = MarkdownFormat().escape('He said "yes" *really*')
    written = MarkdownFormat().write(document, contents, "de")
    assert (
        written
        == '---\ntitle: "Now: with a colon"\ndescription: "He said \\"yes\\" *really*"\n---\n\nBody.\n'
    )


def test_a_file_with_nothing_to_translate_is_refused():
    with pytest.raises(UserError, match="no text to translate"):
        read("```\nonly code\n```\n")


# -- the pipeline ----------------------------------------------------------------------------------------


def test_translate_pseudo_keeps_markdown_structure(tmp_path, runner):
    source_file = tmp_path / "kremlin-patriots.md"
    shutil.copy(EXAMPLE, source_file)
    out = tmp_path / "l10n"
    args = ["translate", str(source_file), "--engine", "pseudo", "--to", "de,ru", "--out", str(out)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    source = source_file.read_text(encoding="utf-8")
    for lang in ("de", "ru"):
        localized = (out / lang / "kremlin-patriots.md").read_text(encoding="utf-8")
        assert localized != source
        # the title repeats the headline, and is translated all the same
        assert front_matter(localized)[0].startswith('title: "[Ķŕémļîñ')
        keys = [line.split(":")[0] for line in front_matter(localized)]
        assert keys == [line.split(":")[0] for line in front_matter(source)]
        for line in front_matter(source):
            if not line.startswith(("title:", "description:")):
                assert line in front_matter(localized)
        urls = r"\]\(([^)\s]*)"  # link and image destinations
        assert re.findall(urls, localized) == re.findall(urls, source)
        assert re.findall(r"`[^`]*`", localized) == re.findall(r"`[^`]*`", source)
        for marker in (r"^#+ ", r"^> ", r"^- ", r"^\*[^*]"):
            assert lines_starting(localized, marker) == lines_starting(source, marker), marker
        assert localized.count("\n") == source.count("\n")
        po = (out / lang / "kremlin-patriots.po").read_text(encoding="utf-8")
        assert (
            "#. <1> = link to /topics/patriot-missile-system" in po
            or "link to /topics/patriot-missile-system" in po
        )
        assert "2022-12-13T14:05:00Z" not in po and "kremlin-patriots-legitimate-target" not in po


def test_msgfmt_accepts_the_catalogs(tmp_path, runner):
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU msgfmt is not installed")
    source_file = tmp_path / "kremlin-patriots.md"
    shutil.copy(EXAMPLE, source_file)
    out = tmp_path / "l10n"
    args = ["translate", str(source_file), "--engine", "pseudo", "--to", "uk", "--out", str(out)]
    assert runner.invoke(main, args).exit_code == 0
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(out / "uk" / "kremlin-patriots.po")], check=True)
