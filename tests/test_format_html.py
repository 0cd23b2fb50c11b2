"""The HTML format: pages and fragments read into blocks, written back with only the translated text changed."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import formatcheck
from newsl10n import richtext
from newsl10n.article import parse_article, read_article
from newsl10n.cli import main
from newsl10n.errors import UserError
from newsl10n.formats import Document, detect
from newsl10n.formats.html import HtmlFormat
from newsl10n.formats.htmltree import parse
from newsl10n.model import Kind

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "examples" / "kremlin-patriots.html"
FURNITURE = [
    "We use cookies",
    "Accept all",
    "World News Desk",  # the logo link in the page header
    "Europe",
    "Subscribe for $1 a week",
    "War in Ukraine",  # the section kicker
    "Share on Facebook",
    "Copy link",
    "Advertisement",
    "ten-point peace formula",
    "Sign up for our Ukraine briefing",
    "in your inbox every morning",
    "Topics:",
    "You May Also Like",
    "Immediate Peak",
    "Doctors stunned",
    "All rights reserved",
    "Terms of use",
    "dataLayer",
    "schema.org",
    "min-height",
]
FRAGMENT = """<h1>Kyiv prepares for winter</h1>
<p class="standfirst">Power cuts are expected.</p>
<p>Officials met in <a href="https://example.org/kyiv?a=1&amp;b=2">Kyiv</a> on Tuesday &amp; said <em>more</em>
   air defense is needed.<br>Run <code>apt-get install x</code> to see.</p>
<h2>What comes next</h2>
<blockquote><p>“We are ready,” he said.</p></blockquote>
<figure><img src="/a.jpg" alt="A power line" title=Grid><figcaption>A line near Lviv. <span class="credit">Photo: AP</span></figcaption></figure>
<ul><li>First point</li><li>Second <strong>point</strong></li></ul>
<pre>code stays
  as it is</pre>
"""


def read(text: str, name: str = "page.html") -> Document:
    return HtmlFormat().read(text, Path(name))


def unchanged(document: Document) -> dict[str, str]:
    return formatcheck.unchanged(HtmlFormat(), document)


def translated(document: Document, change) -> dict[str, str]:
    return formatcheck.translated(HtmlFormat(), document, change)


def tag_sequence(text: str, inside: str = "article") -> list[str]:
    """The tags inside the first ``<inside>`` element, in order, with their attributes but the text ones."""
    start = text.index(f"<{inside}")
    end = text.index(f"</{inside}>") + len(inside) + 3
    tags = re.findall(r"</?[a-zA-Z][^>]*>", text[start:end])
    return [re.sub(r' (alt|title)="[^"]*"', r" \1", tag) for tag in tags]


# -- reading -----------------------------------------------------------------------------------------


def test_page_units_are_the_article_and_furniture_is_reported():
    document = read(PAGE.read_text(encoding="utf-8"))
    # the page's <title> names the site ("... | World News Desk"): metadata, not furniture
    texts = " ".join(richtext.plain(block.content) for block in document.blocks if block.kind != Kind.META)
    for furniture in FURNITURE:
        assert furniture not in texts, furniture
    reasons = {dropped.reason for dropped in document.dropped}
    assert {"cookie banner", "share tools", "advertisement", "newsletter sign-up", "related links"} <= reasons
    assert {"recommendations", "footer", "page header", "script", "style", "JSON-LD"} <= reasons
    assert len(document.dropped) < 20  # one report per piece of furniture, not per line


def test_page_kinds_come_from_the_markup():
    document = read(PAGE.read_text(encoding="utf-8"))
    kinds = {block.id: block.kind for block in document.blocks}
    by_text = {richtext.plain(block.content): block.kind for block in document.blocks}
    assert by_text["Kremlin: Patriots would be legitimate target – Christmas truce not considered"] in (
        Kind.HEADLINE,
        Kind.META,
    )
    assert kinds["h1[1]"] == Kind.HEADLINE
    assert by_text["By Anna Reed and Mark Olsen"] == Kind.BYLINE
    assert by_text["December 13, 2022, 2:05 p.m. GMT"] == Kind.DATELINE
    assert by_text["Photo: J. Novak/Reuters"] == Kind.CREDIT
    assert by_text["A Patriot surface-to-air missile launcher during an exercise in Poland."] == Kind.CAPTION
    assert by_text["A Patriot missile launcher on a parade ground"] == Kind.ALT
    assert by_text["National Advanced Surface-to-Air Missile System"] == Kind.ALT
    assert by_text["Among the most advanced systems"] == Kind.SUBHEAD
    assert by_text["— Dmitry Peskov, Kremlin spokesman"] == Kind.QUOTE
    assert (
        by_text["(Reporting by Anna Reed in Moscow and Mark Olsen in Washington; Editing by Tom Hale)"]
        == Kind.CREDIT
    )
    assert Kind.STANDFIRST in kinds.values() and Kind.META in kinds.values()
    assert [kind for kind in kinds.values() if kind == Kind.HEADLINE] == [Kind.HEADLINE]


def test_inline_markup_is_codes_with_labels():
    document = read(PAGE.read_text(encoding="utf-8"))
    block = next(block for block in document.blocks if "Dmitry Peskov</1> said" in block.content)
    assert block.content.startswith("Kremlin spokesman <1>Dmitry Peskov</1> said the Patriot")
    (code,) = block.codes
    assert code.paired and code.label == "link to /people/dmitry-peskov"
    assert code.opening == '<a href="/people/dmitry-peskov">' and code.closing == "</a>"


def test_fragment_is_all_article_with_kinds():
    document = read(FRAGMENT, "story.html")
    kinds = [(block.id, block.kind) for block in document.blocks]
    assert kinds == [
        ("h1[1]", Kind.HEADLINE),
        ("p[1]", Kind.STANDFIRST),
        ("p[2]", Kind.BODY),
        ("h2[1]", Kind.SUBHEAD),
        ("p[3]", Kind.QUOTE),
        ("img[1]/alt", Kind.ALT),
        ("img[1]/title", Kind.ALT),
        ("figcaption[1]", Kind.CAPTION),
        ("span[1]", Kind.CREDIT),
        ("li[1]", Kind.LIST_ITEM),
        ("li[2]", Kind.LIST_ITEM),
    ]
    assert document.dropped == []


def test_code_spans_and_line_breaks_are_standalone_codes():
    block = next(block for block in read(FRAGMENT).blocks if block.id == "p[2]")
    assert block.content == (
        "Officials met in <1>Kyiv</1> on Tuesday & said <2>more</2> air defense is needed.<3/> Run <4/> to see."
    )
    labels = {code.id: (code.paired, code.label) for code in block.codes}
    assert labels[1] == (True, "link to https://example.org/kyiv?a=1&b=2")
    assert labels[3] == (False, "line break")
    assert labels[4] == (False, "code: apt-get install x")
    assert block.codes[3].opening == "<code>apt-get install x</code>"  # the code span, byte for byte


def test_detection_by_extension_and_by_content():
    assert detect(Path("a.html"), "") == "html"
    assert detect(Path("a.htm"), "") == "html"
    assert detect(Path("-"), "<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"


def test_page_or_fragment():
    from newsl10n.formats.html import is_page

    page = PAGE.read_text(encoding="utf-8")
    assert is_page(page, parse(page))
    assert not is_page(FRAGMENT, parse(FRAGMENT))
    plain_document = "<!DOCTYPE html><html><body><h1>T</h1><p>Just the story.</p></body></html>"
    assert not is_page(plain_document, parse(plain_document))  # a document with no furniture is all article


# -- writing -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [PAGE.read_text(encoding="utf-8"), FRAGMENT], ids=["page", "fragment"])
def test_writing_the_source_text_back_gives_the_file_byte_for_byte(text):
    document = read(text)
    assert HtmlFormat().write(document, unchanged(document), "en") == text


def test_only_the_language_changes_when_nothing_is_translated():
    text = PAGE.read_text(encoding="utf-8")
    document = read(text)
    written = HtmlFormat().write(document, unchanged(document), "ru")
    assert written == text.replace('<html lang="en">', '<html lang="ru">', 1)


def test_lang_is_added_when_the_page_has_none():
    text = PAGE.read_text(encoding="utf-8").replace('<html lang="en">', "<html>")
    document = read(text)
    assert (
        HtmlFormat()
        .write(document, unchanged(document), "uk")
        .startswith('<!DOCTYPE html>\n<html lang="uk">')
    )


def test_translation_is_escaped_and_markup_kept():
    document = read(FRAGMENT)
    written = HtmlFormat().write(
        document, translated(document, lambda text: text.replace("Kyiv", "K<i>&v")), "de"
    )
    assert '<a href="https://example.org/kyiv?a=1&amp;b=2">K&lt;i&gt;&amp;v</a>' in written
    assert "<code>apt-get install x</code>" in written and "<br>" in written
    assert "<pre>code stays\n  as it is</pre>" in written


def test_attribute_values_are_escaped_for_their_quotes():
    document = read(FRAGMENT)
    written = HtmlFormat().write(document, translated(document, lambda text: f"\"{text}\" & 'so'"), "de")
    assert "alt=\"&quot;A power line&quot; &amp; 'so'\"" in written
    assert "title=\"&quot;Grid&quot; &amp; 'so'\"" in written  # was unquoted: now quoted


def test_alt_of_an_image_inside_a_translated_paragraph():
    text = '<p>Look <img src="/x.png" alt="a chart"> here.</p><p>Second.</p>'
    document = read(text, "f.html")
    written = HtmlFormat().write(document, translated(document, str.upper), "de")
    assert written == '<p>LOOK <img src="/x.png" alt="A CHART"> HERE.</p><p>SECOND.</p>'


def test_block_with_its_own_text_keeps_its_bytes():
    text = "<p>One\n   two &amp; three</p><p>Four</p>"
    document = read(text, "f.html")
    contents = unchanged(document)
    contents["p[2]"] = "Vier"
    assert HtmlFormat().write(document, contents, "de") == "<p>One\n   two &amp; three</p><p>Vier</p>"


# -- bad input -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<p>Unclosed paragraph<p>Another <b>bold <i>both</b> italic</i> text</div></span>",
        "<p>a < b and c > d, <3 hearts</p><p>Stray </p></p> end",
        '<p title="unterminated>Text that never closes its attribute',
        "<p>Comment <!-- never closed",
        "<ul><li>One<li>Two<li>Three</ul><table><tr><td>Cell<td>Other</table>",
        "<p>\x00\x01 control characters</p>",
        "<" * 50 + "p>deep" + "<span>" * 3000 + "nested",
    ],
)
def test_malformed_html_never_crashes(text):
    try:
        document = read(text, "bad.html")
    except UserError:
        return
    assert HtmlFormat().write(document, unchanged(document), "de") == text


def test_malformed_html_is_read_as_browsers_read_it():
    document = read("<p>One<p>Two<ul><li>A<li>B</ul><p>Three", "bad.html")
    assert [(block.id, richtext.plain(block.content)) for block in document.blocks] == [
        ("p[1]", "One"),
        ("p[2]", "Two"),
        ("li[1]", "A"),
        ("li[2]", "B"),
        ("p[3]", "Three"),
    ]


def test_an_xhtml_documents_self_closed_title_is_empty_as_in_xml():
    # Reuters' NewsML body as superdesk/superdesk-core's tests/io/fixtures keep it (AGPL-3.0 repository; the copy
    # is Reuters', abridged, quoted for testing only): an XHTML document with "<title/>"
    text = (
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<title/>\n</head>\n<body>\n'
        "<p>By Marwan Makdisi</p>\n"
        "<p>DAMASCUS (Reuters) - Bashar al-Assad was sworn in for a new term as Syria's president on Wednesday.</p>\n"
        "<p>At his inauguration he delivered a defiant speech.</p>\n</body>\n</html>\n"
    )
    document = read(text, "item.html")
    assert [richtext.plain(block.content) for block in document.blocks][-2:] == [
        "DAMASCUS (Reuters) - Bashar al-Assad was sworn in for a new term as Syria's president on Wednesday.",
        "At his inauguration he delivered a defiant speech.",
    ]
    assert HtmlFormat().write(document, unchanged(document), "de") == text.replace(
        "<html ", '<html lang="de" '
    )
    # in HTML the slash means nothing: what follows "<title/>" is the title's text, as browsers read it
    assert [
        element.name for element in parse(text.replace(' xmlns="http://www.w3.org/1999/xhtml"', "")).iter()
    ][-1] == "title"


def test_a_page_without_an_article_is_refused_with_a_hint(tmp_path, runner):
    page = tmp_path / "index.html"
    page.write_text(
        "<!DOCTYPE html><html><body><nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        "<div class='cookie-banner'>We use cookies.</div><footer>© 2024 Desk</footer></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(UserError, match=r"no article found.*--format text"):
        read_article(page)
    result = runner.invoke(main, ["segment", str(page)])
    assert result.exit_code == 2
    assert "--format text" in result.output and "Traceback" not in result.output


# -- the pipeline ----------------------------------------------------------------------------------------


def test_segment_json_shows_kinds(runner):
    result = runner.invoke(main, ["segment", str(PAGE), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    kinds = {unit["kind"] for unit in data["units"]}
    assert len(kinds - {"body"}) >= 3
    assert {"headline", "byline", "dateline", "caption", "credit", "quote", "alt", "meta"} <= kinds


def test_translate_pseudo_keeps_everything_but_the_text(tmp_path, runner):
    page = tmp_path / "kremlin-patriots.html"
    shutil.copy(PAGE, page)
    out = tmp_path / "l10n"
    result = runner.invoke(
        main, ["translate", str(page), "--engine", "pseudo", "--to", "de,ru", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    source = page.read_text(encoding="utf-8")
    for lang in ("de", "ru"):
        localized = (out / lang / "kremlin-patriots.html").read_text(encoding="utf-8")
        assert f'<html lang="{lang}">' in localized
        assert tag_sequence(localized) == tag_sequence(source)
        assert re.findall(r'(?:href|src)="([^"]*)"', localized) == re.findall(
            r'(?:href|src)="([^"]*)"', source
        )
        assert re.findall(r"<script.*?</script>", localized, re.S) == re.findall(
            r"<script.*?</script>", source, re.S
        )
        assert localized.count("\n") == source.count("\n")
        assert "Ķŕémļîñ" in localized  # translated
        assert "<title>[Ķŕémļîñ" in localized and 'content="[Ţĥé Ķŕémļîñ' in localized  # page metadata too
        assert "Accept all" in localized and "You May Also Like" in localized  # furniture kept, untranslated
        po = (out / lang / "kremlin-patriots.po").read_text(encoding="utf-8")
        assert "#. <1> = link to /people/dmitry-peskov" in po
        for furniture in ("We use cookies", "You May Also Like", "Share on Facebook", "All rights reserved"):
            assert furniture not in po


def test_build_writes_the_same_page_from_the_catalogs(tmp_path, runner):
    page = tmp_path / "kremlin-patriots.html"
    shutil.copy(PAGE, page)
    out = tmp_path / "l10n"
    assert (
        runner.invoke(
            main, ["translate", str(page), "--engine", "pseudo", "--to", "de", "--out", str(out)]
        ).exit_code
        == 0
    )
    translated_page = (out / "de" / "kremlin-patriots.html").read_text(encoding="utf-8")
    (out / "de" / "kremlin-patriots.html").unlink()
    built = tmp_path / "built.html"
    result = runner.invoke(
        main, ["build", str(page), "--po", str(out / "de" / "kremlin-patriots.po"), "-o", str(built)]
    )
    assert result.exit_code == 0, result.output
    assert built.read_text(encoding="utf-8") == translated_page


def test_skipped_kinds_stay_as_in_the_source(tmp_path, runner):
    page = tmp_path / "kremlin-patriots.html"
    shutil.copy(PAGE, page)
    out = tmp_path / "l10n"
    args = [
        "translate",
        str(page),
        "--engine",
        "pseudo",
        "--to",
        "de",
        "--out",
        str(out),
        "--skip-kinds",
        "byline,credit",
    ]
    assert runner.invoke(main, args).exit_code == 0
    localized = (out / "de" / "kremlin-patriots.html").read_text(encoding="utf-8")
    assert '<div class="byline">By <a href="/authors/anna-reed" rel="author">Anna Reed</a>' in localized
    assert '<span class="credit">Photo: J. Novak/Reuters</span>' in localized


def test_pipeline_units_have_no_furniture_and_keep_line_numbers():
    article = parse_article(PAGE.read_text(encoding="utf-8"), PAGE, "html")
    lines = PAGE.read_text(encoding="utf-8").split("\n")
    for unit in article.units:
        words = richtext.plain(unit.text).split()[:2]
        if unit.kind != Kind.META:
            assert all(word in lines[unit.line - 1] for word in words), (unit.line, unit.text)


def test_msgfmt_accepts_the_catalogs(tmp_path, runner):
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU msgfmt is not installed")
    page = tmp_path / "kremlin-patriots.html"
    shutil.copy(PAGE, page)
    out = tmp_path / "l10n"
    assert (
        runner.invoke(
            main, ["translate", str(page), "--engine", "pseudo", "--to", "ru", "--out", str(out)]
        ).exit_code
        == 0
    )
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(out / "ru" / "kremlin-patriots.po")], check=True)


def localized_page(tmp_path: Path, runner, html: str, engine: str = "pseudo") -> str:
    """``html`` as a page (``story.html``), translated into de by ``engine``: the localized page. With the
    ``none`` engine nothing is translated, and the page must come back as it was."""
    page = tmp_path / "story.html"
    page.write_text(html, encoding="utf-8")
    out = tmp_path / "l10n"
    args = ["translate", str(page), "--engine", engine, "--to", "de", "--out", str(out)]
    assert runner.invoke(main, args).exit_code == 0
    return (out / "de" / "story.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "between",
    ["<b> </b>", '<span class="x"> </span>', " "],  # <b> </b>: politico.com's own, between two sentences
)
def test_markup_between_two_sentences_is_written_back(tmp_path, runner, between):
    html = (
        f"<p>The domain had been registered on Oct. 28 by his brother.{between}"
        'The campaign\'s <a href="https://example.org/fb">Facebook page</a> was created on Dec. 18.</p>\n'
    )
    assert tag_sequence(localized_page(tmp_path, runner, html), "p") == tag_sequence(html, "p")


@pytest.mark.parametrize(
    "html",
    [
        # a line break closing a paragraph and a quotation's source (WordPress's block editor writes both)
        "<blockquote><p>We will appeal.</p><cite>The mayor<br></cite></blockquote>\n<p>They met on Tuesday.<br></p>\n",
        # a feed's tracking pixel after the last line of a story
        '<p>They met on Tuesday.</p> <span>Jane Doe, City Hall reporter</span><img src="/p.gif" alt=""/>\n',
    ],
    ids=["line break", "tracking pixel"],
)
def test_a_tag_that_ends_a_block_is_written_once(tmp_path, runner, html):
    assert localized_page(tmp_path, runner, html, engine="none") == html
    built = runner.invoke(
        main, ["build", str(tmp_path / "story.html"), "--po", str(tmp_path / "l10n/de/story.po")]
    )
    assert built.exit_code == 0 and built.stdout == html
    assert tag_sequence(localized_page(tmp_path, runner, html), "p") == tag_sequence(html, "p")


def test_italics_across_two_sentences_are_not_a_pair_of_their_own_between_them(tmp_path, runner):
    html = "<p><i>The first sentence ends here. The second one follows.</i></p>\n"
    assert tag_sequence(localized_page(tmp_path, runner, html), "p") == ["<p>", "<i>", "</i>", "</p>"]


# -- machine translation with markup -------------------------------------------------------------------


@pytest.fixture
def argos_ru(tmp_path_factory, monkeypatch):
    """A tiny genuine en→ru Argos package (random weights), installed for this test."""
    from argosmodel import session_package
    from newsl10n import packages
    from newsl10n.engines import argos_model

    folder = tmp_path_factory.mktemp("argos-html")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    packages.install_file(session_package(tmp_path_factory, "ru"))
    argos_model.clear_cache()
    return folder


@pytest.mark.parametrize("example", ["kremlin-patriots.html", "kremlin-patriots.md"])
def test_argos_keeps_every_tag_pair_of_a_sentence(argos_ru, tmp_path, runner, example):
    import polib

    source = tmp_path / example
    shutil.copy(ROOT / "examples" / example, source)
    out = tmp_path / "l10n"
    args = ["translate", str(source), "--engine", "argos", "--to", "ru", "--out", str(out), "--offline"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    po_file = out / "ru" / f"{source.stem}.po"
    entries = [entry for entry in polib.pofile(str(po_file)) if not entry.obsolete]
    with_pairs = [entry for entry in entries if re.search(r"<([0-9]+)>", entry.msgid)]
    assert len(with_pairs) >= 5
    for entry in entries:
        assert entry.msgstr, entry.msgid
        assert richtext.tag_problems(entry.msgid, entry.msgstr) == [], (entry.msgid, entry.msgstr)
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po_file)], check=True)
    localized = (out / "ru" / example).read_text(encoding="utf-8")
    if example.endswith(".html"):  # MT may reorder a sentence's links, never lose or add one
        assert sorted(tag_sequence(localized)) == sorted(tag_sequence(source.read_text(encoding="utf-8")))


# -- extraction quality on real pages ---------------------------------------------------------------------


def test_extraction_on_real_pages_matches_the_human_marked_bodies():
    """tests/data/pages: four benchmark pages; newsl10n's article units against the human-marked bodies."""
    import sys

    script = ROOT / "benchmarks" / "bench_extraction.py"
    folder = ROOT / "tests" / "data" / "pages"
    command = [sys.executable, str(script), str(folder), "--split", "all", "--kinds", "body", "--json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert figures["pages"] == 4
    assert figures["newsl10n"]["f1"] >= 0.95
    assert figures["newsl10n"]["f1"] > figures["trafilatura"]["f1"]


OLD_BLOG_PAGE = """<!DOCTYPE html><html><head>
<title>Verizon set-top boxes get a new guide and more storage -- Gadget Blog</title>
<meta property="og:title" content="Verizon set-top boxes get a new guide and more storage"></head>
<body><div class="site-title"><a href="/">Gadget Blog</a></div>
<ul class="nav"><li><a href="/">Home</a></li><li><a href="/reviews">Reviews</a></li></ul>
<div class="post"><h4 class="post_title">Verizon set-top boxes get a new guide and more storage</h4>
<div class="post_body">
<p>Streaming television to phones is nice, but most people still watch on the big screen at home.</p>
<p>Verizon said on Wednesday that version 1.9 of its set-top box software arrives in the fourth quarter.</p>
<p>The update adds support for external storage of up to one terabyte per recorder, the company said.</p>
<p>Recordings made in one room can now be watched in any other room of the house, it added.</p>
</div></div><div class="footer">Copyright 2010 Gadget Blog</div></body></html>"""


def test_a_headline_in_a_lower_heading_named_by_its_class_is_the_headline(tmp_path):
    page = tmp_path / "post.html"  # an old blog layout (engadget, 2010): the title in <h4 class="post_title">
    page.write_text(OLD_BLOG_PAGE, encoding="utf-8")
    units = read_article(page).units
    assert units[0].kind == Kind.HEADLINE
    assert units[0].text == "Verizon set-top boxes get a new guide and more storage"
    assert [unit.kind for unit in units].count(Kind.HEADLINE) == 1


def test_the_h1_that_repeats_the_pages_title_is_the_headline_even_below_a_summary(tmp_path):
    # techradar.com's form: the social title is shorter than the headline, which the <title> repeats, and
    # the page sets a summary of the story above its <h1>
    headline = (
        "'This new box does not mean AI only': Google's makeover adds more AI but keeps classic results"
    )
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "Google has been synonymous with search for more than 25 years, and its new box matters to everyone.",
            "In recent years we have seen AI overviews move steadily into the results of our searches.",
            "Google says the classic list of links will stay for those who want it, at least for now.",
        )
    )
    page = tmp_path / "story.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><title>{headline} | Tech Site</title>"
        '<meta property="og:title" content="Google makeover adds more AI but keeps classic results"></head>'
        '<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>'
        "<p>The search box changes this week, and it will answer with AI first for many questions people ask.</p>"
        f"<h1>{headline}</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    units = read_article(page).units
    assert [unit.text for unit in units if unit.kind == Kind.HEADLINE] == [headline]


def test_credits_the_text_reader_knows_are_credits_in_html_too(tmp_path):
    fragment = tmp_path / "story.html"
    fragment.write_text(
        "<h1>Google adds more AI to search</h1>"
        "<p>By Jane Doe, CNN</p>"
        "<figure><img src='a.jpg' alt=''><figcaption>Image credit: TechRadar</figcaption></figure>"
        "<p>Google has been synonymous with search for more than 25 years, and its new box matters.</p>"
        "<p>Via Engadget</p>",
        encoding="utf-8",
    )
    kinds = {unit.text: unit.kind for unit in read_article(fragment).units}
    assert kinds["By Jane Doe, CNN"] == Kind.BYLINE
    assert kinds["Image credit: TechRadar"] == Kind.CREDIT  # a figcaption that only credits the picture
    assert kinds["Via Engadget"] == Kind.CREDIT


WIDGET = "CLICK HERE TO GET THE FOX NEWS APP"


def test_a_pages_widget_inside_the_article_is_dropped_and_stays_as_it_was(tmp_path, runner):
    """What an extractor takes for the article may still hold the page's widgets: dropped by what they say,
    reported, and written back untouched; a fragment (what a CMS stores) is all article."""
    page = OLD_BLOG_PAGE.replace(
        "<p>Recordings made",
        f"<p><strong>{WIDGET}</strong></p>\n<p>You may also like...</p>\n<p>Recordings made",
    )
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path)
    assert {(item.text, item.reason) for item in article.dropped} >= {
        (WIDGET, "furniture: link prompt"),
        ("You may also like...", "furniture: list heading"),
    }
    assert WIDGET not in " ".join(unit.text for unit in article.units)
    localized = localized_page(tmp_path, runner, page)
    assert f"<p><strong>{WIDGET}</strong></p>\n<p>You may also like...</p>" in localized
    assert "Recordings made in one room" not in localized  # the article around it is translated
    assert WIDGET in {richtext.plain(unit.text) for unit in read_article(path, keep_all=True).units}
    fragment = tmp_path / "fragment.html"
    fragment.write_text(f"<h1>Verizon adds storage</h1><p>{WIDGET}</p><p>Recordings move between rooms.</p>")
    assert WIDGET in {richtext.plain(unit.text) for unit in read_article(fragment).units}


def test_a_sites_box_set_in_a_blockquote_is_a_widget_and_the_storys_quotation_stays(tmp_path):
    """A site may set its newsletter box in a <blockquote> (NECN's, htmldate's 2023 pages): what it says decides, as
    for any block of the article; a quotation of the story's in one is the story's."""
    prompt = "Get New England news and weather to your inbox. Sign up for our newsletters."
    quote = "“We will sign up every school in the district by March,” the superintendent said."
    page = OLD_BLOG_PAGE.replace(
        "<p>Recordings made",
        f"<blockquote><p>{prompt}</p></blockquote>\n<blockquote><p>{quote}</p></blockquote>\n<p>Recordings made",
    )
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path)
    assert (prompt, "furniture: newsletter prompt") in {(item.text, item.reason) for item in article.dropped}
    said = " ".join(richtext.plain(unit.text) for unit in article.units)
    assert prompt not in said and quote in said


def test_other_stories_titles_below_the_articles_last_paragraph_are_dropped(tmp_path):
    """trafilatura may keep a "More from" box below the story; the text rules know its titles by their run, and
    a list the page marks up, with the line that heads it, stays the article's."""
    titles = [
        "Comcast adds a cloud recorder for its cable boxes",
        "TiVo sues Verizon over its recorder patents",
        "Netflix comes to the Xbox next month",
    ]
    box = "<p>More from Gadget Blog</p>\n" + "\n".join(f"<p>{title}</p>" for title in titles)
    path = tmp_path / "story.html"
    path.write_text(OLD_BLOG_PAGE.replace("it added.</p>\n</div>", f"it added.</p>\n{box}\n</div>"))
    article = read_article(path)
    dropped = {item.text: item.reason for item in article.dropped}
    assert all(dropped.get(title, "").startswith("furniture: teaser") for title in titles)
    features = (
        "<p>What the update brings:</p>\n<ul><li>External storage of up to one terabyte</li>"
        + "".join(f"<li>{item}</li>" for item in ("Recordings watched in any room", "A new program guide"))
    )
    path.write_text(OLD_BLOG_PAGE.replace("it added.</p>\n</div>", f"it added.</p>\n{features}</ul>\n</div>"))
    texts = [unit.text for unit in read_article(path).units]
    assert {"What the update brings:", "A new program guide"} <= set(texts)


SITE_LOGO_PAGE = """<!DOCTYPE html><html><head>
<title>Unilever, DHL Partner to Drive Sustainability &middot; Energy News &middot; Environmental Leader</title>
<meta name="description" content="Unilever and DHL Supply Chain have partnered on a series of initiatives that the companies say will increase sustainable practices.">
</head><body><div id="header"><h1><a href="/">Environmental Leader</a></h1></div>
<div id="main" class="post"><div class="breadcrumbs"><a href="/">Home</a> &raquo; Unilever, DHL Partner to Drive Sustainability</div>
<p class="date">August 9, 2012</p>
<h2>Unilever, DHL Partner to Drive Sustainability</h2>
<div class="byline"><span class="author">Jane Doe/Statehouse Bureau</span>
<div class="tools"><a href="#">Email</a> | <a href="#">Print</a></div></div>
<p>Unilever and DHL Supply Chain have partnered on a series of initiatives that the companies say will increase sustainable practices.</p>
<p>According to Unilever and DHL, these new initiatives include developing technology to improve carbon efficiency and reduce waste.</p>
<p>The agreement is a step toward Unilever's goal to halve its environmental impact while doubling its size, the company said.</p>
<p>In March, Unilever launched an online platform seeking technical solutions for reducing its environmental impact.</p>
<p>Stay Up-to-Date On Environmental Management, Energy &amp; Sustainability News with EL's Free Daily Newsletter</p>
<p>AltaTerra Online: Leading Corporate Practices</p>
<p>Efficiency Metrics, Solar at Scale, Green Product Innovation &gt;&gt;</p>
<p>Sustainability Training from UVM 100% Online</p>
</div><div id="footer">Privacy | About Us | Advertise</div></body></html>"""


def test_a_logo_saying_the_sites_name_is_no_headline_and_the_sites_boxes_below_the_story_go(tmp_path):
    """Environmental Leader, 2012 (Dragnet's pages): the logo's <h1> says the site's name that ends the <title>,
    which trafilatura gives as the title too; the story's <h2> below the breadcrumbs is the headline. The meta
    description after the text is no paragraph below the story, so the newsletter's and sponsors' lines there
    go; the tools in the byline's box go too."""
    path = tmp_path / "story.html"
    path.write_text(SITE_LOGO_PAGE, encoding="utf-8")
    article = read_article(path)
    headlines = [unit.text for unit in article.units if unit.kind == Kind.HEADLINE]
    assert headlines == ["Unilever, DHL Partner to Drive Sustainability"]
    dropped = {item.text: item.reason for item in article.dropped}
    assert (
        dropped["AltaTerra Online: Leading Corporate Practices"] == "furniture: title list after the article"
    )
    assert (
        dropped["Sustainability Training from UVM 100% Online"] == "furniture: title list after the article"
    )
    assert dropped["Email | Print"] == "furniture: share prompt"
    assert any(unit.text.startswith("In March, Unilever launched") for unit in article.units)
    assert "Jane Doe/Statehouse Bureau" in {unit.text for unit in article.units}
    # a story heading that says no title: still the logo is never the headline
    path.write_text(SITE_LOGO_PAGE.replace("Drive Sustainability</h2>", "Cut Waste</h2>"), encoding="utf-8")
    assert "Environmental Leader" not in {unit.text for unit in read_article(path).units}


def test_a_head_left_open_ends_where_the_body_begins(tmp_path):
    # Phoronix (postlight/parser's fixture) never closes its <head>: the page's text is the body's, not the head's
    root = parse(
        "<html><head><title>T</title><meta charset='utf-8'><body><div><h1>Steam on Linux</h1></div></body>"
    )
    h1 = next(element for element in root.iter() if element.name == "h1")
    assert "head" not in [ancestor.name for ancestor in h1.ancestors()]
    page = tmp_path / "news.html"
    page.write_text(
        "<html><head><title>Steam's Linux Marketshare Ticks Up For May - Phoronix</title>"
        '<link rel="stylesheet" href="s.css"><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        '<article><h1>Steam\'s Linux Marketshare Ticks Up For May</h1><div class="content">'
        "With the start of a new month, Valve has published their software and hardware survey numbers."
        "<br><br>For last month, the percentage of Steam users running Linux rose to 0.84%, up 0.02% on April."
        "<br><br>Windows comes in at 95.9% for May's usage on Steam while macOS is at 3.26% of the users.</div>"
        "</article><footer>Copyright Phoronix Media</footer></body></html>",
        encoding="utf-8",
    )
    units = read_article(page).units
    assert units[0].kind == Kind.HEADLINE
    assert any("0.84%" in unit.text for unit in units)


def test_a_headline_only_its_class_names_is_found_when_no_title_says_it(tmp_path):
    # an AP story on a hosted page (newspaper4k's test pages): the <title> says "News from The Associated Press",
    # there is no <h1>, and the headline is a <span class="headline entry-title"> above the story
    paragraphs = "".join(
        f'<p class="ap-story-p">{text}</p>'
        for text in (
            "KABUL, Afghanistan (AP) -- The father of the Orlando nightclub gunman came to the U.S. decades ago.",
            "Seddique Mir Mateen maintained a high profile on social media but is a mystery to Afghan authorities.",
            "Some government departments ran background and security checks Monday and found no trace of him.",
        )
    )
    page = tmp_path / "ap.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>News from The Associated Press</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="body">'
        '<p class="body"><span class="headline entry-title">Father of Orlando gunman known for rambling political'
        f' videos</span></p><span class="byline">By LYNNE O\'DONNELL</span>{paragraphs}</div></body></html>',
        encoding="utf-8",
    )
    units = read_article(page).units
    assert [unit.text for unit in units if unit.kind == Kind.HEADLINE] == [
        "Father of Orlando gunman known for rambling political videos"
    ]


def test_a_partners_logo_and_video_thumbnails_inside_the_article_are_dropped(tmp_path):
    # MSN (go-trafilatura's comparison page, fresh19): a partner's video player inside the story, each thumbnail's
    # alt text saying which partner provided it, and the partner's logo
    thumbnails = "".join(
        f'<li><img src="t{index}.jpg" alt="{title} - Provided by Wales Online"><img src="l.png" alt="Wales Online Logo">'
        f"<span>Wales Online</span></li>"
        for index, title in enumerate(
            (
                "NHS to move to its highest alert level",
                "Who needs to shield during the second lockdown in England",
            )
        )
    )
    page = OLD_BLOG_PAGE.replace("<p>Recordings made", f"<ul>{thumbnails}</ul>\n<p>Recordings made")
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path)
    texts = " ".join(unit.text for unit in article.units)
    assert "Provided by Wales Online" not in texts
    assert "Wales Online Logo" not in texts
    assert {item.reason for item in article.dropped if "Wales Online" in item.text} >= {
        "furniture: image label"
    }


@pytest.mark.parametrize(
    ("title", "stories", "sites"),
    [
        (
            "Unilever, DHL Partner · Energy News · Environmental Leader",
            ["Unilever, DHL Partner", "Unilever, DHL Partner · Energy News · Environmental Leader"],
            {"environmental leader"},
        ),
        (
            "Free Range Librarian › The Fall Funnel of Fun",  # a path: the site first
            ["The Fall Funnel of Fun", "Free Range Librarian › The Fall Funnel of Fun"],
            {"free range librarian"},
        ),
        ("Vacations! — Paulo Coelho's Blog", ["Vacations! — Paulo Coelho's Blog"], set()),  # no shorter site
        ("Environmental Leader", ["Environmental Leader"], set()),
    ],
)
def test_a_pages_title_gives_the_storys_title_and_the_sites_name(
    title: str, stories: list[str], sites: set[str]
):
    from newsl10n.formats.htmlextract import _story_titles

    assert _story_titles([title]) == (stories, sites)


def test_the_story_heading_under_a_logo_is_the_headline_when_the_title_puts_the_site_first(tmp_path):
    page = SITE_LOGO_PAGE.replace(
        "<title>Unilever, DHL Partner to Drive Sustainability &middot; Energy News &middot; Environmental Leader</title>",
        "<title>Environmental Leader &rsaquo; Unilever, DHL Partner to Drive Sustainability</title>",
    )
    assert page != SITE_LOGO_PAGE
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    headlines = [unit.text for unit in read_article(path).units if unit.kind == Kind.HEADLINE]
    assert headlines == ["Unilever, DHL Partner to Drive Sustainability"]


@pytest.mark.parametrize(
    ("declared", "written"),
    [
        ('<meta charset="windows-1252">', '<meta charset="utf-8">'),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" />',
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
        ),
        ('<meta charset="UTF-8">', '<meta charset="UTF-8">'),  # already so: left as it is
    ],
)
def test_the_localized_page_declares_the_utf8_it_is_written_in(tmp_path, runner, declared, written):
    """A page saved in windows-1252 and converted with iconv, as newsl10n asks, still declares windows-1252; its
    translation is written in UTF-8, and a browser must read it so."""
    page = OLD_BLOG_PAGE.replace("<head>", f"<head>{declared}")
    localized = localized_page(tmp_path, runner, page)
    assert written in localized
    assert localized.count("charset") == 1


def test_an_images_file_name_for_its_alt_text_is_not_translated(tmp_path, runner):
    """12% of the alt texts of 200 Dragnet pages of 2012 are file names ("DSC_0141", "judge7"): kept as they
    are, no entry for a translator; an alt text in words is translated."""
    page = OLD_BLOG_PAGE.replace(
        "<p>Recordings made",
        '<p><img src="/a.jpg" alt="DSC_0141"> <img src="/b.jpg" alt="A new set-top box"></p>\n<p>Recordings made',
    )
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    texts = {unit.text for unit in read_article(path).units}
    assert "A new set-top box" in texts and "DSC_0141" not in texts
    localized = localized_page(tmp_path, runner, page)
    assert 'alt="DSC_0141"' in localized and 'alt="A new set-top box"' not in localized


def test_a_link_whose_markup_carries_its_date_is_no_dateline(tmp_path):
    """BBC's boxes of its own stories inside the article (2013) mark each link ``rel="published-<epoch>"``: the
    word "published" said "dateline", and four other stories' titles were kept as the story's datelines."""
    related = "".join(
        f'<li><a class="story" rel="published-136175079121{n}" href="/news/{n}">{title}</a></li>'
        for n, title in enumerate(("Savvy shops", "Married to the job", "Fresh approach to speedy delivery"))
    )
    page = OLD_BLOG_PAGE.replace(
        "<p>Verizon said",
        f'<div class="hyperpuff"><h2><a href="/news/business">Running a business</a></h2><ul>{related}</ul></div>'
        '<p class="date" rel="published">Updated 5 March 2013</p><p>Verizon said',
    )
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    kinds = {unit.text: unit.kind for unit in read_article(path).units}
    assert kinds["Updated 5 March 2013"] == Kind.DATELINE
    for title in ("Savvy shops", "Married to the job", "Fresh approach to speedy delivery"):
        assert kinds.get(title) != Kind.DATELINE, title


def test_a_heading_set_as_a_bare_line_among_the_storys_paragraphs_is_a_subhead(tmp_path):
    """BBC (2013) sets its cross-heads as ``<span class="cross-head">`` between the story's paragraphs, right
    after a box; trafilatura leaves them out, and "Yen factor" was reported as "not article text"."""
    page = OLD_BLOG_PAGE.replace(
        "<p>Recordings made",
        '<div class="story-feature"><h2>Analysis</h2><p>Markets had expected far less from the central bank, '
        "and the reaction showed it on every trading floor.</p></div>"
        '<span class="cross-head">Yen factor</span><p>Recordings made',
    )
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    kinds = {unit.text: unit.kind for unit in read_article(path).units}
    assert kinds.get("Yen factor") == Kind.SUBHEAD
    link_between = page.replace(
        '<span class="cross-head">Yen factor</span>', '<a href="/more">More on this story</a>'
    )
    path.write_text(link_between, encoding="utf-8")
    assert "More on this story" not in {unit.text for unit in read_article(path).units}


def test_the_storys_date_above_its_headline_is_kept_as_its_dateline(tmp_path):
    """WSJ's blogs (2011) set the post's date right above its headline, in the headline's box, apart from the
    story's text, and trafilatura leaves it out: left in English over a translated headline. The date in the
    site's header stays out."""
    page = OLD_BLOG_PAGE.replace(
        '<div class="post"><h4 class="post_title">Verizon set-top boxes get a new guide and more storage</h4>',
        '<div class="articleHeadlineBox"><ul class="cMetadata"><li class="dateStamp"><small>August 1, 2011, '
        "10:58 AM</small></li></ul><h1>Verizon set-top boxes get a new guide and more storage</h1></div>"
        '<ul class="tabs"><li><a href="/a">Article</a></li><li><a href="/c">Comments (3)</a></li></ul>'
        '<div class="post">',
    ).replace(
        '<div class="site-title">',
        '<div class="header"><p class="date">Monday, August 1, 2011</p></div><div class="site-title">',
    )
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    units = read_article(path).units
    assert (units[0].kind, units[0].text) == (Kind.DATELINE, "August 1, 2011, 10:58 AM")
    assert units[1].kind == Kind.HEADLINE
    assert "Monday, August 1, 2011" not in {unit.text for unit in units}


def test_a_headings_id_made_of_its_own_words_says_nothing_about_the_page(tmp_path):
    """Ghost, Hugo and WordPress's tables of contents give a heading its words as an id: "more-about-letters"
    names no "more" box, and the short document stays whole."""
    body = (
        "<p>The Mongol Empire built a postal system. It had hundreds of relay stations.</p>\n"
        "<ul><li>The source, or sender</li><li>The message</li></ul>\n"
        '<h3 id="{id}">More about letters</h3>\n'
        "<p>The letter is a physical channel. Letters could be lost along the way.</p>\n"
    )
    page = tmp_path / "post.html"
    for anchor, dropped in (("more-about-letters", 0), ("more-stories", 1)):
        page.write_text(
            "<!DOCTYPE html>\n<html><head><title>Postal systems</title></head><body>\n"
            + body.format(id=anchor)
            + "</body></html>\n",
            encoding="utf-8",
        )
        article = read_article(page)
        assert ("The message" in [unit.text for unit in article.units]) is not bool(dropped)
        assert any(unit.text == "More about letters" for unit in article.units) is not bool(dropped)


CLASSIC_POST = (
    "The council met on Tuesday. It voted to close the library.\n\n<!--more-->\n\n"
    "Residents said they would <em>appeal</em> the decision.\n\nThe mayor declined to comment.\n"
)


def test_a_post_stored_without_paragraph_tags_keeps_its_paragraphs(tmp_path, runner):
    """WordPress's classic editor (and an export's post content) marks a paragraph by a blank line only."""
    localized = localized_page(tmp_path, runner, CLASSIC_POST)
    assert localized.count("\n\n") == 3 and "\n\n<!--more-->\n\n" in localized
    assert "<em>" in localized.split("\n\n")[2] and "The council" not in localized
    units = read_article(tmp_path / "story.html").units
    assert [unit.paragraph for unit in units] == [1, 1, 2, 3]


def test_a_comment_inside_a_paragraph_stays_when_its_words_are_replaced(tmp_path, runner):
    html = "<p>Hello there, <!-- x --> said the mayor. He left.</p>\n<p>A <b>bold<!--c--></b> line.</p>\n"
    localized = localized_page(tmp_path, runner, html)
    assert "<!-- x -->" in localized and "<!--c-->" in localized
    assert tag_sequence(localized, "p") == tag_sequence(html, "p")


def test_a_block_with_nothing_to_translate_stays_as_it_is_and_is_no_unit(tmp_path, runner):
    """An embed's URL on its own (WordPress's oEmbed block), a rating's stars, a rule of dashes: a translation
    copies them, so the catalog does not ask for them and the page keeps them byte for byte."""
    embed = "https://twitter.com/NASA/status/1163197584302362624"
    html = (
        "<p>The agency posted a photo on Tuesday.</p>\n"
        f'<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n{embed}\n</div></figure>\n'
        "<p>★★★★</p>\n<p>—</p>\n<p>Mail press@nasa.gov or see https://nasa.gov for more.</p>\n"
    )
    localized = localized_page(tmp_path, runner, html)
    assert f"\n{embed}\n" in localized and "<p>★★★★</p>" in localized and "<p>—</p>" in localized
    texts = [unit.text for unit in read_article(tmp_path / "story.html").units]
    assert texts == [
        "The agency posted a photo on Tuesday.",
        "Mail press@nasa.gov or see https://nasa.gov for more.",
    ]


def test_a_fragments_lead_image_above_the_first_paragraph_has_its_alt_translated(tmp_path):
    """A feed item's body often opens with its picture; on a whole page an image above the story may be the
    site's own, but a fragment is all article."""
    page = tmp_path / "item.html"
    page.write_text(
        '<img src="/hijab.jpg" alt="Students at Dakota Collegiate wear hijabs.">'
        "<p>A student's uniform will look different this year.</p><p>Her sister started it.</p>\n",
        encoding="utf-8",
    )
    units = read_article(page).units
    assert (units[0].kind, units[0].text) == (Kind.ALT, "Students at Dakota Collegiate wear hijabs.")


def test_an_english_lang_around_a_translated_block_says_the_target_language(tmp_path, runner):
    """An embedded tweet says ``<p lang="en">``: once its words are German, a screen reader and hyphenation must
    read them as German. Another language's lang and an untranslated block keep theirs."""
    html = (
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Anyone can log in as root.</p>'
        "&mdash; Lemi (@lemiorhan)</blockquote>\n"
        '<p lang="fr">Il a dit bonjour.</p>\n<div lang="en-GB"><p>★★★</p></div>\n'
    )
    localized = localized_page(tmp_path, runner, html)
    assert '<p lang="de" dir="ltr">' in localized
    assert '<p lang="fr">' in localized and '<div lang="en-GB"><p>★★★</p></div>' in localized


@pytest.mark.parametrize(
    "html",
    [
        "<p><em>The vote was close. Nobody expected it.</em> The count ended at midnight.</p>\n",
        '<p>While building the <a href="https://github.com/tryswift">try! Swift app</a>, I asked them.</p>\n',
        "<p>You&#8217;ll want to come this year. Why?<strong> It&#8217;ll be the last one.</strong></p>\n",
    ],
)
def test_a_block_nothing_of_which_is_translated_is_written_as_it_was(tmp_path, runner, html):
    """Cut into sentences and put together again, markup across two sentences would be closed and reopened."""
    assert localized_page(tmp_path, runner, html, engine="none") == html


def test_a_names_exclamation_mark_inside_markup_ends_no_sentence(tmp_path):
    """ "try! Swift" (a conference, natashatherobot.com in feed-rs's samples) and "E! News" (foxnews.com) set in
    markup of a few words are one unit with their sentence; markup over more words, or a page's span around a
    run of text with no word before the stop, leaves the sentences as they are."""
    page = tmp_path / "story.html"
    page.write_text(
        '<p>This is why for the <a href="https://github.com/tryswift">try! Swift app</a>, I set it up.</p>\n'
        '<p>It was first reported by <a href="/e">E! News</a>. Braun did not comment.</p>\n'
        "<p><em>Wait! The mayor has now replied to the report.</em></p>\n"
        "<p><span>She may be reached at the desk</span><span>. Follow her on Twitter </span>today.</p>\n",
        encoding="utf-8",
    )
    assert [unit.text for unit in read_article(page).units] == [
        "This is why for the <1>try! Swift app</1>, I set it up.",
        "It was first reported by <1>E! News</1>.",
        "Braun did not comment.",
        "Wait!",
        "The mayor has now replied to the report.",
        "<1>She may be reached at the desk</1><2>.</2>",
        "<1>Follow her on Twitter </1>today.",
    ]


def test_code_a_blog_sets_in_a_box_of_its_own_stays_as_it_is(tmp_path, runner):
    """A WordPress code plug-in's <div class="codesnip"> (a blog's feed in feedjira's samples), a monospaced
    box: code, not prose, though it is no <pre> or <code>."""
    html = (
        "<p>Here is a quick example of parsing a page:</p>\n"
        '<div class="codesnip-container"><div class="codesnip"><span class="kw3">require</span> '
        "'nokogiri'<br />\n<span class=\"kw3\">require</span> 'open-uri'</div></div>\n"
        '<div style="font-family: Courier, monospace">doc = Nokogiri.HTML(open(url))</div>\n'
        "<p>That is all it takes.</p>\n"
    )
    localized = localized_page(tmp_path, runner, html)
    assert localized.split("\n")[1:4] == html.split("\n")[1:4]
    assert [unit.text for unit in read_article(tmp_path / "story.html").units] == [
        "Here is a quick example of parsing a page:",
        "That is all it takes.",
    ]


def test_a_wordpress_shortcode_is_the_sites_and_stays_as_it_is(tmp_path, runner):
    """A post's content as WordPress exports it (its theme unit test data): ``[caption]`` around an image and its
    caption. Translated, "[çåpţîöñ" is no shortcode WordPress knows; square brackets in prose stay prose."""
    html = (
        "<p>The bridge reopened on Monday [sic] after two years.</p>\n"
        '[caption id="attachment_906" align="aligncenter" width="580"]<img src="/bridge.jpg" alt="" /> '
        "The bridge at dawn on Monday.[/caption] Traffic returned within hours.\n"
    )
    localized = localized_page(tmp_path, runner, html)
    assert (
        '\n[caption id="attachment_906" align="aligncenter" width="580"]<img src="/bridge.jpg" alt="" /> '
        in localized
    )
    assert localized.count("[/caption]") == 1 and "[sic]" not in localized
    texts = [unit.text for unit in read_article(tmp_path / "story.html").units]
    assert texts == [
        "The bridge reopened on Monday [sic] after two years.",
        "The bridge at dawn on Monday.",
        "Traffic returned within hours.",
    ]


def test_a_paragraph_that_names_its_marks_gets_the_translations_marks_named_too():
    page = (
        "<article><h1>Kremlin warns</h1><p>The Kremlin said &mdash; as expected &mdash; it would strike.</p>"
        "<p>Plain words here.</p></article>\n"
    )
    document = HtmlFormat().read(page, Path("a.html"))
    contents = formatcheck.unchanged(HtmlFormat(), document)
    first, second = [block.id for block in document.blocks][1:3]
    contents[first] = "Der Kreml sagte – wie erwartet – er werde „zuschlagen“."
    contents[second] = "Schlichte „Worte“ hier."
    written = HtmlFormat().write(document, contents, "de")
    assert "<p>Der Kreml sagte &ndash; wie erwartet &ndash; er werde &bdquo;zuschlagen&ldquo;.</p>" in written
    assert "<p>Schlichte „Worte“ hier.</p>" in written
