"""The Markdown writer in the file's own style: translated prose escaped only where Markdown would read it
as markup, code spans in image alt text kept as codes, the prose of HTML blocks offered and written back as
HTML, and template syntax in a fence's info string kept byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

import formatcheck
from newsl10n import richtext
from newsl10n.formats import Document
from newsl10n.formats.markdown import MarkdownFormat


def read(text: str) -> Document:
    return MarkdownFormat().read(text, Path("post.md"))


def written_with(text: str, replies: dict[str, str]) -> str:
    """``text`` written with the blocks in ``replies`` given new contents (in PO form: codes as ``<1/>``)."""
    document = read(text)
    given = formatcheck.unchanged(MarkdownFormat(), document)
    codes = {block.id: block.codes for block in document.blocks}
    for block_id, reply in replies.items():
        given[block_id] = richtext.to_markup(reply, codes[block_id], MarkdownFormat().escape)
    return MarkdownFormat().write(document, given, "de")


# -- escapes ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Die Flagge [x] markiert", "Die Flagge [x] markiert"),  # links nowhere: no [x] defined
        ("Ein Stern * allein", "Ein Stern * allein"),
        ("a_b_c und 3 < 4", "a_b_c und 3 < 4"),
        ("[ref] und [x]", "\\[ref\\] und [x]"),  # [ref]: is defined below
        ("[Text](x) und [y]", "\\[Text\\](x) und [y]"),
        ("`Wort` und *", "\\`Wort\\` und *"),
        ("<b>Tag</b> und 3 < 4", "\\<b>Tag\\</b> und 3 < 4"),
        ("&copy; und [AT&T]", "\\&copy; und [AT&T]"),
        ("- kein [Punkt]", "\\- kein [Punkt]"),
        ("1. Januar [x]", "1\\. Januar [x]"),
    ],
)
def test_translated_prose_is_escaped_only_where_markdown_would_read_markup(reply, expected):
    text = "# Title\n\nPlain words here.\n\n[ref]: https://example.org/ref\n"
    written = written_with(text, {"p[1]": reply})
    assert written == f"# Title\n\n{expected}\n\n[ref]: https://example.org/ref\n"


def test_a_heading_starting_with_a_number_needs_no_escape():
    assert written_with("# Title\n\nText.\n", {"h1[1]": "1. Januar"}) == "# 1. Januar\n\nText.\n"


def test_brackets_in_a_list_item_and_a_quote_stay_as_translated():
    text = "- An item here.\n\n> A quote here.\n"
    written = written_with(text, {"li[1]": "[Ein] Punkt", "quote[1]": "[Ein] Zitat"})
    assert written == "- [Ein] Punkt\n\n> [Ein] Zitat\n"


def test_the_files_own_escapes_stay_in_blocks_left_untranslated():
    text = "# Title\n\nThe \\[x\\] flag and a \\*star.\n\nOther text.\n"
    written = written_with(text, {"p[2]": "Anderer [x] Text"})
    assert written == "# Title\n\nThe \\[x\\] flag and a \\*star.\n\nAnderer [x] Text\n"


def test_a_pipe_in_a_cell_is_still_escaped_and_brackets_are_not():
    text = "| Need | Code |\n|---|---|\n| Guide | Run |\n"
    written = written_with(text, {"cell[3]": "[a] | b"})
    assert written.splitlines()[2] == "| [a] \\| b | Run |"


# -- image alt text --------------------------------------------------------------------------------------


def test_a_code_span_in_an_image_alt_is_a_code_and_comes_back_as_written():
    text = "Text here.\n\n![The `cargo` tool in *action*](img.png)\n"
    alt = next(block for block in read(text).blocks if block.id.endswith("/alt"))
    assert alt.content == "The <1/> tool in <2>action</2>"
    assert alt.codes[0].opening == "`cargo`"
    written = written_with(text, {alt.id: "Das Werkzeug <1/> im <2>Einsatz</2>"})
    assert written == "Text here.\n\n![Das Werkzeug `cargo` im *Einsatz*](img.png)\n"


def test_an_image_inside_a_translated_paragraph_gets_its_translated_alt():
    text = "See ![the `cargo` tool](img.png) here.\n"
    document = read(text)
    assert {block.id: block.content for block in document.blocks} == {
        "p[1]": "See <1/> here.",
        "img[1]/alt": "the <1/> tool",
    }
    written = written_with(text, {"p[1]": "Siehe <1/> hier.", "img[1]/alt": "das Werkzeug <1/>"})
    assert written == "Siehe ![das Werkzeug `cargo`](img.png) hier.\n"


# -- fences ----------------------------------------------------------------------------------------------


def test_a_fence_after_template_syntax_in_a_code_span_stays_code_byte_for_byte():
    text = "Jekyll outputs with `{{`:\n```liquid {{ title }}\n{{ page.title }}\n```\n\nMore text.\n"
    assert [block.content for block in read(text).blocks] == ["Jekyll outputs with <1/>:", "More text."]
    written = written_with(text, {"p[1]": "Jekyll gibt mit <1/> aus:", "p[2]": "Mehr Text."})
    assert written == (
        "Jekyll gibt mit `{{` aus:\n```liquid {{ title }}\n{{ page.title }}\n```\n\nMehr Text.\n"
    )
