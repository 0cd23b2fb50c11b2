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


# -- HTML blocks -----------------------------------------------------------------------------------------

FIGURE = (
    "Text here.\n\n"
    "<figure>\n"
    '  <img src="a.png" alt="A chart &amp; a table" width="10">\n'
    "  <figcaption>Survey results by <em>year</em>.<!-- note --></figcaption>\n"
    "</figure>\n"
)


def test_the_prose_of_an_html_block_is_offered():
    units = {block.id: (block.kind.value, block.content) for block in read(FIGURE).blocks}
    assert units["img[1]/alt"] == ("alt", "A chart & a table")
    assert units["figcaption[1]"] == ("caption", "Survey results by <1>year</1>.")


def test_html_block_translations_are_written_as_html_every_tag_kept():
    written = written_with(
        FIGURE,
        {
            "img[1]/alt": 'Ein "Diagramm" & <Tabelle>',
            "figcaption[1]": "Umfrage [x] *nach* <1>Jahr</1> & mehr.",
        },
    )
    assert written == (
        "Text here.\n\n"
        "<figure>\n"
        '  <img src="a.png" alt="Ein &quot;Diagramm&quot; &amp; &lt;Tabelle&gt;" width="10">\n'
        "  <figcaption>Umfrage [x] *nach* <em>Jahr</em> &amp; mehr.<!-- note --></figcaption>\n"
        "</figure>\n"
    )


def test_paragraphs_and_summaries_in_html_blocks_are_units_and_code_is_not():
    text = (
        "Intro.\n\n"
        "<details>\n<summary>More about it</summary>\n<p>Hidden words with <code>x</code>.</p>\n</details>\n\n"
        "<div class=\"note\">\n<script>var a = 'no';</script>\n<pre>kept as it is</pre>\n</div>\n\n"
        "<br>\n"
    )
    units = {block.id: block.content for block in read(text).blocks}
    assert units == {"p[1]": "Intro.", "summary[1]": "More about it", "p[2]": "Hidden words with <1/>."}
    written = written_with(text, {"summary[1]": "Mehr dazu", "p[2]": "Versteckte Wörter mit <1/>."})
    assert written == text.replace("More about it", "Mehr dazu").replace(
        "Hidden words with", "Versteckte Wörter mit"
    )


def test_template_syntax_in_an_html_block_is_a_code_and_an_attribute_holding_it_stays():
    text = 'Intro.\n\n<p>Read {% include note.html %} first.</p>\n<img src="x.png" alt="{{ page.title }}">\n'
    units = {block.id: block.content for block in read(text).blocks}
    assert units == {"p[1]": "Intro.", "p[2]": "Read <1/> first."}
    written = written_with(text, {"p[2]": "Lies <1/> zuerst."})
    assert "<p>Lies {% include note.html %} zuerst.</p>" in written


QUOTED_HTML = (
    "Intro.\n\n"
    "> <p>The minister said\n"
    "> the talks were useful.</p>\n"
    '> > <p>He added that <a href="https://example.com/x">more</a> would follow.</p>\n'
)


def test_the_prose_of_an_html_block_in_a_block_quote_is_offered_as_quotes():
    units = {block.id: (block.kind.value, block.content) for block in read(QUOTED_HTML).blocks}
    assert units == {
        "p[1]": ("body", "Intro."),
        "p[2]": ("quote", "The minister said the talks were useful."),
        "p[3]": ("quote", "He added that <1>more</1> would follow."),
    }


def test_html_in_a_block_quote_is_written_back_inside_the_quote_its_marks_on_every_line():
    written = written_with(
        QUOTED_HTML,
        {
            "p[2]": "Der Minister sagte, die Gespräche seien nützlich gewesen.",
            "p[3]": "Er fügte <1>mehr</1> an.",
        },
    )
    assert written == (
        "Intro.\n\n"
        "> <p>Der Minister sagte, die\n"
        "> Gespräche seien nützlich gewesen.</p>\n"
        '> > <p>Er fügte <a href="https://example.com/x">mehr</a> an.</p>\n'
    )


def test_html_in_a_block_quote_with_a_tag_across_its_lines_is_reported_and_kept_as_it_is():
    text = 'Intro.\n\n> <p>He added <a\n> href="x">more</a> here.</p>\n'
    document = read(text)
    assert [block.content for block in document.blocks] == ["Intro."]
    assert [(item.line, item.reason) for item in document.dropped] == [
        (3, "HTML in a quote, a tag across its lines (kept as it is)")
    ]
    assert written_with(text, {"p[1]": "Einleitung."}) == text.replace("Intro.", "Einleitung.")


# -- fences ----------------------------------------------------------------------------------------------


def test_a_fence_after_template_syntax_in_a_code_span_stays_code_byte_for_byte():
    text = "Jekyll outputs with `{{`:\n```liquid {{ title }}\n{{ page.title }}\n```\n\nMore text.\n"
    assert [block.content for block in read(text).blocks] == ["Jekyll outputs with <1/>:", "More text."]
    written = written_with(text, {"p[1]": "Jekyll gibt mit <1/> aus:", "p[2]": "Mehr Text."})
    assert written == (
        "Jekyll gibt mit `{{` aus:\n```liquid {{ title }}\n{{ page.title }}\n```\n\nMehr Text.\n"
    )


def test_text_kramdown_reads_as_markdown_inside_html_is_left_alone():
    text = 'Intro.\n\n<div markdown="1">\nSome *marked* words.\n</div>\n<p>Plain words.</p>\n'
    assert [block.content for block in read(text).blocks] == ["Intro.", "Plain words."]


def test_the_title_of_a_link_in_an_html_sentence_is_offered_and_written_as_an_attribute():
    text = 'Intro.\n\n<p>Get the <a href="c.png" title="Download chart">chart</a>.</p>\n'
    units = {block.id: block.content for block in read(text).blocks}
    assert units == {"p[1]": "Intro.", "p[2]": "Get the <1>chart</1>.", "a[1]/title": "Download chart"}
    written = written_with(text, {"p[2]": "Hol dir das <1>Diagramm</1>.", "a[1]/title": 'Lade "es"'})
    assert '<p>Hol dir das <a href="c.png" title="Lade &quot;es&quot;">Diagramm</a>.</p>' in written


def test_an_html_sentence_over_several_lines_keeps_its_lines_and_its_line_breaks():
    text = "Intro.\n\n<details>\nversions should be >= 7.0 <br/>\nthe loader can be >= 8.0\n</details>\n"
    written = written_with(
        text, {"details[1]": "Versionen sollen >= 7.0 sein <1/> der Lader kann >= 8.0 sein"}
    )
    assert written == (
        "Intro.\n\n<details>\nVersionen sollen >= 7.0 sein <br/>\nder Lader kann >= 8.0 sein\n</details>\n"
    )


def test_html_text_keeps_the_entities_the_source_wrote():
    text = "Intro.\n\n<p>Don&#39;t &quot;do&quot; it&nbsp;now.<br/>Later &gt; never.</p>\n"
    written = written_with(text, {"p[2]": 'Tu\'s "nicht"\u00a0jetzt.<1/> Später > nie.'})
    assert "<p>Tu&#39;s &quot;nicht&quot;&nbsp;jetzt.<br/>Später &gt; nie.</p>" in written


def test_text_an_mdx_component_holds_and_code_fences_in_html_are_left_alone():
    text = (
        'Intro.\n\n<Tabs>\n  <TabItem value="npm">\n    Run this:\n    ```\n    npm i\n    ```\n'
        "  </TabItem>\n</Tabs>\n\n<div>\nSee:\n```\ncode\n```\n</div>\n\n<p>Plain words.</p>\n"
    )
    assert [block.content for block in read(text).blocks] == ["Intro.", "Plain words."]


def test_a_real_posts_figure_gets_its_alt_and_caption_translated_and_every_tag_kept():
    source = (Path(__file__).resolve().parent / "data" / "markdown" / "18f-fractal-figure.md").read_text(
        "utf-8"
    )
    document = read(source)
    units = {block.id: block.content for block in document.blocks}
    assert units["img[1]/alt"] == "The design standards homepage rendered in Fractal"
    assert units["figcaption[1]"] == "Check out the Standards in Fractal"
    written = MarkdownFormat().write(
        document, formatcheck.translated(MarkdownFormat(), document, str.upper), "de"
    )
    figure = written[written.index("<figure>") :]
    assert figure == (
        "<figure>\n"
        '  <img src="{{site.baseurl}}/assets/blog/web-design-standards/fractal-federalist.png" '
        'alt="THE DESIGN STANDARDS HOMEPAGE RENDERED IN FRACTAL" width="624" height="380" />\n'
        "  <figcaption>CHECK OUT THE STANDARDS IN FRACTAL</figcaption>\n"
        "</figure>\n"
    )


def test_a_paragraph_that_names_its_dashes_gets_the_translations_marks_named_too():
    text = '# Title\n\nThe Kremlin said &mdash; as expected &mdash; it would strike.\n\nPlain "words" here.\n'
    replies = {
        "p[1]": "Der Kreml sagte – wie erwartet – er werde „zuschlagen“.",
        "p[2]": "Schlichte „Worte“ hier.",
    }
    written = written_with(text, replies)
    assert "Der Kreml sagte &ndash; wie erwartet &ndash; er werde &bdquo;zuschlagen&ldquo;." in written
    assert "Schlichte „Worte“ hier." in written  # a paragraph that writes its marks plainly keeps doing so
