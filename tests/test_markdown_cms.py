"""The Markdown format on what static-site CMSs write: TOML front matter, tables, footnotes, and template,
shortcode and component syntax that is the site's, never prose (samples in tests/data/markdown/)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import formatcheck
from newsl10n.cli import main
from newsl10n.formats import Document
from newsl10n.formats.markdown import MarkdownFormat
from newsl10n.formats.templates import template_spans

SAMPLES = Path(__file__).resolve().parent / "data" / "markdown"
SAMPLE_NAMES = sorted(path.name for path in SAMPLES.glob("*.md") if path.name != "README.md")


def sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def read(text: str) -> Document:
    return MarkdownFormat().read(text, Path("post.md"))


def contents(document: Document) -> dict[str, str]:
    return {block.id: block.content for block in document.blocks}


def upper(text: str) -> str:
    """``text`` "translated" to capitals: a change anywhere shows in the written file."""
    document = read(text)
    return MarkdownFormat().write(
        document, formatcheck.translated(MarkdownFormat(), document, str.upper), "de"
    )


def written_with(text: str, replies: dict[str, str]) -> str:
    document = read(text)
    given = formatcheck.unchanged(MarkdownFormat(), document)
    given.update({key: MarkdownFormat().escape(value) for key, value in replies.items()})
    return MarkdownFormat().write(document, given, "de")


# -- TOML front matter -----------------------------------------------------------------------------------


def test_toml_front_matter_offers_only_its_prose_values():
    units = contents(read(sample("rust-check-cfg.md")))
    assert units["front/title"] == "Automatic checking of cfgs at compile-time"
    assert not any("2024/05/06" in content or "Cargo Team" in content for content in units.values())


def test_toml_front_matter_is_written_back_with_only_its_values_changed():
    source = sample("rust-check-cfg.md")
    written = upper(source)
    front = written.split("+++\n\n", 1)[0]
    assert front.splitlines() == [
        "+++",
        'path = "2024/05/06/check-cfg"',
        'title = "AUTOMATIC CHECKING OF CFGS AT COMPILE-TIME"',
        *source.splitlines()[3:9],
    ]


@pytest.mark.parametrize(
    ("line", "reply", "expected"),
    [
        ('title = "Plain"', 'Say "hi" \\ now', 'title = "Say \\"hi\\" \\\\ now"'),
        ("title = 'C:\\path'", "D:\\weg", "title = 'D:\\weg'"),
        ("title = 'Literal'", "It's here", 'title = "It\'s here"'),  # a literal string cannot hold a '
        ('title = """\nTwo\nlines"""', "Zwei Zeilen", 'title = """\nZwei\nZeilen"""'),
    ],
)
def test_toml_strings_are_quoted_and_escaped_for_their_kind(line, reply, expected):
    text = f"+++\n{line}\n+++\n\nBody text.\n"
    assert written_with(text, {"front/title": reply}) == f"+++\n{expected}\n+++\n\nBody text.\n"


# -- YAML front matter -----------------------------------------------------------------------------------

PROSE_KEYS = """---
title: Technology &#43; Innovation
deck: Happenings, milestones, and data points from the past year.
share_text: "Babel 7.4.0 Released"
excerpt: >
  We use tried and true techniques to show
  how we serve the public.
description: "A description that is
  wrapped over two lines."
layout: post
---

The body.
"""


def test_yaml_front_matter_offers_more_prose_keys_over_several_lines_and_with_entities():
    units = contents(read(PROSE_KEYS))
    assert units["front/title"] == "Technology + Innovation"
    assert units["front/deck"] == "Happenings, milestones, and data points from the past year."
    assert units["front/share_text"] == "Babel 7.4.0 Released"
    assert units["front/excerpt"] == "We use tried and true techniques to show how we serve the public."
    assert units["front/description"] == "A description that is wrapped over two lines."


def test_yaml_values_are_written_in_their_own_block_style_and_form():
    written = upper(PROSE_KEYS)
    lines = written.splitlines()
    assert lines[1:5] == [
        "title: TECHNOLOGY &#43; INNOVATION",
        "deck: HAPPENINGS, MILESTONES, AND DATA POINTS FROM THE PAST YEAR.",
        'share_text: "BABEL 7.4.0 RELEASED"',
        "excerpt: >",
    ]
    assert lines[5].startswith("  WE USE") and lines[6].startswith("  ") and lines[6].endswith("THE PUBLIC.")
    assert lines[7].startswith('description: "A DESCRIPTION') and re.fullmatch(r'  \S.* LINES\."', lines[8])
    assert lines[9:] == ["layout: post", "---", "", "THE BODY."]


# -- tables and footnotes --------------------------------------------------------------------------------


def test_each_table_cell_with_words_is_a_unit():
    units = contents(read(sample("18f-coaching-table.md")))
    cells = [content for block_id, content in units.items() if block_id.startswith("cell")]
    assert cells[:5] == [
        "Need explanation",
        "Need demonstration",
        "Need guidance",
        "Fully enabled",
        "Product discovery",
    ]
    assert "Set goals and\xa0roadmap" in cells
    assert not any("|" in content for content in units.values())


def test_a_table_keeps_its_pipes_alignment_row_and_padding():
    source = sample("18f-coaching-table.md")
    written = upper(source)
    for before, after in zip(source.splitlines(), written.splitlines(), strict=True):
        assert [match.start() for match in re.finditer(r"\|", before)] == [
            match.start() for match in re.finditer(r"\|", after)
        ]
    assert "| SET GOALS AND&nbsp;ROADMAP | X " in written  # the file's own entity


def test_a_pipe_in_a_translated_cell_is_escaped():
    text = "| Need | Code |\n|---|---|\n| Guide | Run `a\\|b` |\n"
    cell = read(text).blocks[-1]
    assert (cell.content, cell.codes[0].opening) == ("Run <1/>", "`a\\|b`")
    written = written_with(text, {"cell[3]": "Leiten | führen"})
    assert "| Leiten \\| führen | Run `a\\|b` |" in written


def test_footnote_markers_are_codes_and_definitions_are_units():
    source = sample("rust-check-cfg.md")
    units = contents(read(source))
    assert units["p[1]"].endswith("the original <1>RFC 3013</1><2/>.")
    assert units["footnote[1]"].startswith("The stabilized implementation and RFC 3013 diverge")
    written = upper(source)
    assert "[RFC 3013](https://github.com/rust-lang/rfcs/pull/3013)[^1]." in written
    assert "\n[^1]: THE STABILIZED IMPLEMENTATION" in written


def test_footnote_markers_side_by_side_are_markers_and_each_definition_is_a_unit():
    text = "Text with notes.[^a][^b]\n\n[^a]:\n    First line of the note.\n    Second line.\n\n[^b]: Another note.\n"
    document = read(text)
    assert contents(document) == {
        "p[1]": "Text with notes.<1/><2/>",
        "footnote[1]": "First line of the note. Second line.",
        "footnote[2]": "Another note.",
    }
    assert [code.opening for code in document.blocks[0].codes] == ["[^a]", "[^b]"]
    written = upper(text)
    assert written.startswith("TEXT WITH NOTES.[^a][^b]\n\n[^a]:\n    FIRST LINE OF THE")
    assert " ".join(written.split()).endswith("NOTE. SECOND LINE. [^b]: ANOTHER NOTE.")


# -- template, shortcode and component syntax ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            'Read {{ "/x/" | url }} and {% image "a_b.jpg" "Alt" %}.',
            ['{{ "/x/" | url }}', '{% image "a_b.jpg" "Alt" %}'],
        ),
        (
            '{{< figure src="x" >}} {{< /box >}} {{% note %}}',
            ['{{< figure src="x" >}}', "{{< /box >}}", "{{% note %}}"],
        ),
        ("Text.\n{: .notice--warning}\nEnd{:.class}", ["{: .notice--warning}", "{:.class}"]),
        (":::tip Title\nText\n:::", [":::tip Title", ":::"]),
        (
            "import Tabs from '@theme/Tabs';\nexport const x = 1;",
            ["import Tabs from '@theme/Tabs';", "export const x = 1;"],
        ),
        ("{/* truncate */} ## Hook {/*hook*/} used:{'\\n'}", ["{/* truncate */}", "{/*hook*/}", "{'\\n'}"]),
        ("Happy Jekylling! :tada: at 10:30:45, see http://a:b:", [":tada:"]),
        ('[caption id="a1"]A cat[/caption] [embed]https://x.org[/embed] [gallery ids="1,2"]', None),
        ("[a link](u), [a label][ref], [plain words] and [note]: x", []),
        ("{{ open\n\nnever closed }}", []),
    ],
)
def test_template_spans_finds_the_syntax_of_each_system(text, found):
    spans = [text[start:end] for start, end in template_spans(text)]
    if found is None:  # WordPress shortcodes
        found = ['[caption id="a1"]', "[/caption]", "[embed]", "[/embed]", '[gallery ids="1,2"]']
    assert spans == found


TEMPLATE_RE = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|\{/\*.*?\*/\}|\{:[^}]*\}|^:::.*$|^import .*$|:bow:", re.MULTILINE
)


@pytest.mark.parametrize(
    "name",
    [
        "18f-design-liquid.md",
        "hugo-shortcodes.md",
        "rn-082-mdx.md",
        "react-19-anchors.md",
        "jekyll-410.md",
        "babel-780-table-tip.md",
    ],
)
def test_template_syntax_is_never_prose_and_is_written_back_as_it_was(name):
    source = sample(name)
    kept = TEMPLATE_RE.findall(source)
    assert kept
    for content in contents(read(source)).values():
        assert not TEMPLATE_RE.search(content), content
    written = upper(source)
    assert TEMPLATE_RE.findall(written) == kept
    assert written.count("\n") == source.count("\n")


def test_a_link_to_a_template_destination_is_a_link():
    document = read(sample("18f-design-liquid.md"))
    block = document.blocks[1]
    assert "leads to <1>technical-debt</1> that collapses" in block.content
    assert block.codes[0].closing == ']({{ "/2015/10/05/managing-technical-debt/" | url }})'


def test_a_heading_anchor_and_a_closing_attribute_list_stay_outside_the_unit():
    units = contents(read(sample("react-19-anchors.md")))
    assert units["h3[1]"] == "React 19 is now stable!"
    text = "Any views expressed below are the personal views of the author.\n{: .notice--warning}\n"
    assert contents(read(text))["p[1]"] == "Any views expressed below are the personal views of the author."
    assert upper(text).endswith("OF THE AUTHOR.\n{: .notice--warning}\n")


def test_a_shortcode_alone_is_no_unit_and_a_paragraph_between_shortcodes_is_one():
    text = '{{< img src="move-your-way-02" >}}\n\n{{< box >}}\n**Find your niche.**\n{{< /box >}}\n'
    units = contents(read(text))
    assert list(units.values()) == ["Find your niche."]
    assert upper(text) == text.replace("Find your niche.", "FIND YOUR NICHE.")


def test_an_undefined_reference_label_is_kept_and_only_the_text_offered():
    source = sample("jekyll-410.md")
    document = read(source)
    item = document.blocks[1]
    assert item.content.startswith("The <1><2/></1> filter got enhanced.")
    assert item.codes[0].closing == "][where-expression-filter]"
    text = "The [reference link][elsewhere] is kept.\n"
    written = MarkdownFormat().write(read(text), {"p[1]": "Der [Verweis][elsewhere] bleibt."}, "de")
    assert written == "Der [Verweis][elsewhere] bleibt.\n"


# -- the pipeline ----------------------------------------------------------------------------------------


def translated(runner, source_file: Path, out: Path, engine: str) -> Path:
    """``source_file`` translated into de by ``engine`` into ``out``: its PO file."""
    args = ["translate", str(source_file), "--to", "de", "--engine", engine, "--alone", "--out", str(out)]
    assert runner.invoke(main, args).exit_code == 0
    return out / "de" / f"{source_file.stem}.po"


def built(runner, source_file: Path, po: Path) -> str:
    """The article ``build`` writes from ``po``."""
    output = po.with_suffix(".built")
    result = runner.invoke(main, ["build", str(source_file), "--po", str(po), "-o", str(output)])
    assert result.exit_code == 0, result.output
    return output.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_samples_round_trip_and_their_catalogs_pass_msgfmt(name, tmp_path, runner):
    source_file = tmp_path / name
    shutil.copy(SAMPLES / name, source_file)
    untranslated = translated(runner, source_file, tmp_path / "none", "none")
    assert built(runner, source_file, untranslated) == source_file.read_text(encoding="utf-8")
    pseudo = translated(runner, source_file, tmp_path / "pseudo", "pseudo")
    if shutil.which("msgfmt") is not None:
        subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(pseudo)], check=True)


def test_a_code_at_the_edge_of_a_link_stays_inside_the_link(tmp_path, runner):
    source_file = tmp_path / "links.md"
    source_file.write_text(
        "- [`make check` now runs less often](https://example.org/1) and faster.\n"
        # from rust-lang/blog.rust-lang.org, content/inside-rust/test-infra-jan-feb-2025/index.md
        "- CI, [citool]: [Increase the max. custom try jobs requested to `20`](https://github.com/rust-lang/rust/pull/138053)\n",
        encoding="utf-8",
    )
    po_file = translated(runner, source_file, tmp_path / "l10n", "pseudo")
    po = po_file.read_text(encoding="utf-8")
    assert 'msgid "<1><2/> now runs less often</1> and faster."' in po
    assert "requested to <2/></1>" in po
    localized = po_file.with_suffix(".md").read_text(encoding="utf-8")
    # the link, the engine's "[" (escaped: unmatched in the link's text it would undo the link), the code
    assert re.search(r"^- \[\\\[`make check` \S", localized, re.MULTILINE)
    link = re.search(r"\[Îñçŕéåšé (.*)\]\(https://github.com/rust-lang/rust/pull/138053\)", localized)
    assert link and "`20`" in link.group(1)


def test_a_translation_with_few_spaces_keeps_the_paragraphs_lines():
    text = (
        "Special thanks to the following contributors who made\n"
        "this release possible and took the time to submit\n"
        "a [pull request](https://example.org/pr).\n"
    )
    written = MarkdownFormat().write(
        read(text),
        {
            "p[1]": "特别感谢以下贡献者，他们使这个版本成为可能，并花时间提交了[拉取请求](https://example.org/pr)。"
        },
        "de",
    )
    lines = written.splitlines()
    assert len(lines) == 3
    assert (
        "".join(lines)
        == "特别感谢以下贡献者，他们使这个版本成为可能，并花时间提交了[拉取请求](https://example.org/pr)。"
    )
    assert all(line.endswith("，") for line in lines[:2])  # after its punctuation first


def test_a_bare_url_in_the_text_is_a_code_and_never_escaped():
    text = "Watch https://youtu.be/_3MBQm7GFIM?t=265 now, or see https://example.org/a_b_c.\n"
    assert contents(read(text))["p[1]"] == "Watch <1/> now, or see <2/>."
    assert upper(text) == "WATCH https://youtu.be/_3MBQm7GFIM?t=265 NOW, OR SEE https://example.org/a_b_c.\n"


def test_a_line_of_inline_html_inside_a_paragraph_stays_a_line_of_its_own():
    source = sample("18f-fractal-img-line.md")
    written = upper(source).splitlines()
    assert written[5].startswith(
        '<img src="{{site.baseurl}}/assets/blog/web-design-standards/federalist-preview.png"'
    )
    assert written[5].endswith('height="74" />')
    assert written[6].startswith("WE CAN EVEN LINK DIRECTLY TO [INDIVIDUAL]")


def test_toml_front_matter_with_crlf_and_trailing_spaces():
    text = '+++  \r\ntitle = "A title"\r\n+++  \r\n\r\nBody here.\r\n'
    assert contents(read(text)) == {"front/title": "A title", "p[1]": "Body here."}
    assert upper(text) == '+++  \r\ntitle = "A TITLE"\r\n+++  \r\n\r\nBODY HERE.\r\n'


def test_a_table_in_a_quote_or_a_list_item_and_one_without_outer_pipes():
    text = "> | Name | Role |\n> |---|---|\n> | Ann | Lead |\n\n- item\n\n  Name | Role\n  --- | ---\n  Ann | Lead\n"
    cells = [content for block_id, content in contents(read(text)).items() if block_id.startswith("cell")]
    assert cells == ["Name", "Role", "Ann", "Lead"] * 2
    assert upper(text) == text.upper()


def test_a_pair_over_two_sentences_comes_back_whole_when_nothing_is_translated(tmp_path, runner):
    source_file = tmp_path / "pairs.md"
    source_file.write_text(
        "- **Please note: this is the largest change we made. Please bear with us**.\n\n"
        "Costs are estimated at [$492 million each year. More research is needed](https://example.org/) now.\n",
        encoding="utf-8",
    )
    po = translated(runner, source_file, tmp_path / "l10n", "none")
    assert built(runner, source_file, po) == source_file.read_text(encoding="utf-8")
