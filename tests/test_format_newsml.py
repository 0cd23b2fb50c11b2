"""IPTC news XML (NITF, NewsML-G2, NewsML 1): a wire story's text read with its kinds, written back well-formed."""

from __future__ import annotations

import json
import xml.dom.minidom
from pathlib import Path

import pytest

import formatcheck
from newsl10n.cli import main
from newsl10n.errors import UserError
from newsl10n.formats import Document, detect
from newsl10n.formats.htmltree import Element, Text, parse
from newsl10n.formats.newsml import NewsmlFormat
from newsl10n.model import Kind

DATA = Path(__file__).parent / "data" / "newsml"
FORMAT = NewsmlFormat()


def read(name: str) -> Document:
    path = DATA / name
    return FORMAT.read(path.read_text(encoding="utf-8"), path)


def kinds(document: Document) -> dict[str, Kind]:
    return {block.content: block.kind for block in document.blocks}


def well_formed(text: str) -> xml.dom.minidom.Document:
    """The file as an XML parser (Python's expat) reads it; raises when it is not well-formed."""
    return xml.dom.minidom.parseString(text.encode("utf-8"))


def test_nitf_units_get_their_kinds_from_the_elements():
    found = kinds(read("wire-story.nitf"))
    assert found["Port of Brindle raises harbour tolls for cargo ships"] == Kind.HEADLINE
    assert found["Shipping firms say the rise will reach shoppers"] == Kind.STANDFIRST  # <hl2> in <hedline>
    assert found["A long dispute"] == Kind.SUBHEAD  # <hl2> in the body
    assert found["Example Wire"] == Kind.CREDIT  # <distributor>
    assert found["BRINDLE, England"] == Kind.DATELINE
    assert found['"We were not asked," Hale said.'] == Kind.QUOTE
    assert found["Tom Hale"] == Kind.CREDIT  # the quotation's <credit>
    assert found["Cargo ships wait outside the Port of Brindle."] == Kind.CAPTION
    assert found["Photo: Anna Reed"] == Kind.CREDIT
    assert found["Tolls rise in June."] == Kind.LIST_ITEM
    assert found["Anna Reed can be reached at the Example Wire desk."] == Kind.CREDIT  # <tagline>
    assert found["Harbour tolls to rise"] == Kind.META  # the document's <title>
    byline = next(block for block in read("wire-story.nitf").blocks if block.kind == Kind.BYLINE)
    assert byline.content == "By ANNA REED<1>Example Wire Business Writer</1>"
    assert [code.label for code in byline.codes] == ["byttl"]


def test_nitf_inline_elements_are_codes_and_metadata_is_never_text():
    document = read("wire-story.nitf")
    paragraph = next(block for block in document.blocks if "Tom Hale</1>" in block.content)
    assert paragraph.content.startswith("<1>Tom Hale</1>, who heads the <2>Brindle Shippers Association</2>")
    assert "fruit & vegetables" in paragraph.content
    texts = " ".join(block.content for block in document.blocks)
    for metadata in ("xw-2026-0412", "Moves on general news wires", "a photo will follow"):
        assert metadata not in texts


def test_ap_publication_reads_its_newslines_and_its_nitf_without_a_body():
    document = read("ap-publication.xml")
    assert kinds(document) == {
        "Port of Brindle raises harbour tolls": Kind.HEADLINE,
        "Shipping firms say shoppers will pay for the port's new tolls": Kind.STANDFIRST,  # <ExtendedHeadLine>
        "Anna Reed": Kind.BYLINE,
        "BRINDLE, England": Kind.DATELINE,
        "BRINDLE, England (AP) — The port will raise its tolls by 12 percent, it said on Tuesday.": Kind.BODY,
        "Shipping firms said shoppers would pay.": Kind.BODY,
    }  # the original headline, the keyword line and the copyright line are AP's metadata
    written = FORMAT.write(document, formatcheck.translated(FORMAT, document, str.upper), "uk")
    assert "<Language>uk</Language>" in written and "<KeywordLine>Port-Tolls</KeywordLine>" in written
    well_formed(written)
    source = (DATA / "ap-publication.xml").read_text(encoding="utf-8")
    assert detect(Path("story.xml"), source) == "newsml"
    with pytest.raises(UserError, match=r"\.xml files are data"):  # a <Publication> that is not AP's
        detect(Path("book.xml"), '<?xml version="1.0"?><Publication><Title>A</Title></Publication>')


def test_a_cms_export_with_its_story_html_in_a_cdata_body():
    document = read("cms-export-cdata.xml")
    assert [(block.content, block.kind) for block in document.blocks if block.kind != Kind.META] == [
        ("Port of Brindle raises harbour tolls", Kind.HEADLINE),
        ("Port of Brindle raises harbour tolls", Kind.HEADLINE),
        ("Shipping firms say shoppers will pay", Kind.STANDFIRST),
        ("Tolls rise by 12 percent in June.", Kind.STANDFIRST),
        ("The port will raise its tolls, said <1>Tom Hale</1>.", Kind.BODY),
        ("A long dispute", Kind.SUBHEAD),
        ("Firms & shoppers were not asked.", Kind.BODY),
    ]  # the body's HTML is read by the HTML rules, never offered whole as one run of markup
    written = FORMAT.write(document, formatcheck.translated(FORMAT, document, str.upper), "de")
    assert '<![CDATA[<p>THE PORT WILL RAISE ITS TOLLS, SAID <a href="/hale">TOM HALE</a>.</p><h2>' in written
    assert 'baselang="de"' in written and '<Language FormalName="de" />' in written
    assert "<hl1><![CDATA[PORT OF BRINDLE RAISES HARBOUR TOLLS]]></hl1>" in written  # the file's own CDATA
    well_formed(written)
    odd = FORMAT.write(document, formatcheck.translated(FORMAT, document, lambda text: "A ]]> & <b>"), "de")
    headline = well_formed(odd).getElementsByTagName("hl1")[0]
    assert (
        "".join(node.data for node in headline.childNodes) == "A ]]> & <b>"
    )  # a "]]>" split, nothing escaped


def test_notes_for_editors_are_reported_not_translated():
    dropped = {item.text: item.reason for item in read("wire-story.nitf").dropped}
    assert dropped == {
        "Eds: Moves on general news wires.": "editor's note, not for publication",
        "Editors: a photo will follow.": "editor's note, not for publication",
    }
    assert [item.text for item in read("g2-item.xml").dropped] == ["Embargoed until 12:00 GMT."]
    path = DATA / "wire-story.nitf"
    # --keep-all brings back furniture; a note for editors is none, and stays out and reported
    assert len(FORMAT.read(path.read_text(encoding="utf-8"), path, keep_all=True).dropped) == 2


def test_g2_item_text_and_its_xhtml_story():
    found = kinds(read("g2-item.xml"))
    assert found == {
        "Port of Brindle raises harbour tolls": Kind.HEADLINE,  # in <contentMeta> and the story's <h1>
        "Shipping firms say shoppers will pay": Kind.STANDFIRST,  # <headline role="hld:subHeadline">
        "Anna Reed": Kind.BYLINE,
        "BRINDLE, England": Kind.DATELINE,
        "Tolls for cargo ships rise by 12 percent in June.": Kind.STANDFIRST,
        "The Port of Brindle will raise its tolls for cargo ships by 12 percent from June.": Kind.BODY,
        "Shipping firms said the rise would reach <1>shoppers</1> within weeks.": Kind.BODY,
    }  # the slug line, the subject's name and the copyright notice are the agency's metadata


def test_a_message_with_its_story_in_nitf_keeps_a_timestamp_dateline():
    document = read("g2-message-nitf.xml")
    dateline = next(block for block in document.blocks if block.kind == Kind.DATELINE)
    assert dateline.content == "2026-04-12 09:30:00 GMT+00:00" and not dateline.translate
    assert [block.content for block in document.blocks if block.translate] == [
        "Port raises tolls",
        "Port raises tolls",
        "The port said tolls would rise. Ship owners were not pleased.",
    ]


def test_html_in_a_cdata_section_is_read_and_written_back_inside_it():
    document = read("newsml1-cdata.xml")
    assert kinds(document) == {
        "Harbour tolls rise": Kind.HEADLINE,
        "4/12/2026": Kind.DATELINE,
        "The port raised its tolls for cargo ships on Tuesday.": Kind.BODY,
        "Ship owners said prices would rise & shoppers would pay.": Kind.BODY,
    }
    written = FORMAT.write(document, formatcheck.translated(FORMAT, document, str.upper), "ru")
    assert "<![CDATA[<P>THE PORT RAISED ITS TOLLS FOR CARGO SHIPS ON TUESDAY.</P>" in written
    assert "PRICES WOULD RISE &amp; SHOPPERS" in written  # HTML in the section: the ampersand escaped as HTML
    assert "<HeadLine><![CDATA[HARBOUR TOLLS RISE]]></HeadLine>" in written  # a CDATA headline stays one
    assert '<Language FormalName="ru"/>' in written and '<NewsItem xml:lang="ru">' in written
    assert written.startswith('<?xml version="1.0" encoding="UTF-8"?>')  # was ISO-8859-1; written as UTF-8
    well_formed(written)


@pytest.mark.parametrize(
    "name", ["wire-story.nitf", "g2-item.xml", "g2-message-nitf.xml", "newsml1-cdata.xml"]
)
def test_writing_the_source_text_back_gives_the_file_byte_for_byte(name):
    document = read(name)
    source = (DATA / name).read_text(encoding="utf-8")
    assert FORMAT.write(document, formatcheck.unchanged(FORMAT, document), "de") == source


@pytest.mark.parametrize(
    "name", ["wire-story.nitf", "g2-item.xml", "g2-message-nitf.xml", "newsml1-cdata.xml"]
)
def test_a_translation_with_markup_characters_stays_well_formed(name):
    document = read(name)
    written = FORMAT.write(
        document, formatcheck.translated(FORMAT, document, lambda text: f"«{text}» <b> & ]]> ü"), "uk"
    )
    parsed = well_formed(written)
    assert "«" in parsed.documentElement.toxml()


def test_the_target_language_is_set_where_the_item_says_english():
    document = read("g2-item.xml")
    written = FORMAT.write(document, formatcheck.translated(FORMAT, document, str.upper), "de")
    assert 'xml:lang="de"' in written and '<language tag="de" />' in written
    assert '<name xml:lang="en-GB">economy, business and finance</name>' in written  # the vocabulary's own
    message = read("g2-message-nitf.xml")
    written = FORMAT.write(message, formatcheck.translated(FORMAT, message, str.upper), "ru")
    assert (
        'standard="NewsML-G2" standardversion="2.15" xml:lang="ru">' not in written
    )  # no edit in the wrong place
    assert '<newsItem xml:lang="ru" guid=' in written  # an item that declared none says its language now
    assert written.startswith(
        "<?xml version='1.0' encoding='utf-8'?>"
    )  # Reuters' "utf8", which expat refuses


def test_a_package_or_a_file_without_story_text_is_refused():
    with pytest.raises(UserError, match="no story text"):
        read("g2-package.xml")
    with pytest.raises(UserError, match="no story text"):
        FORMAT.read(
            "<nitf><head><title>1 SOCCER INT-Teams</title></head><body><body.content><pre>1. A 2. B</pre></body.content></body></nitf>",
            Path("x.nitf"),
        )


def test_detection_reads_the_root_element():
    nitf = (DATA / "wire-story.nitf").read_text(encoding="utf-8")
    assert detect(Path("story.nitf"), nitf) == "newsml"
    assert detect(Path("story.xml"), nitf) == "newsml"
    assert detect(Path("-"), (DATA / "g2-item.xml").read_text(encoding="utf-8")) == "newsml"
    assert (
        detect(Path("a.xml"), "<?xml version='1.0'?>\n<!-- feed -->\n<NewsML><NewsItem/></NewsML>")
        == "newsml"
    )
    with pytest.raises(UserError, match=r"\.xml files are data"):
        detect(Path("feed.xml"), '<?xml version="1.0"?><rss version="2.0"><channel/></rss>')


def test_the_tree_reads_xml_as_xml():
    source = "<a><title>T &amp; U</title><p/><br>text</br><x><![CDATA[<b>raw</b> & ok]]></x></a>"
    root = parse(source, xml=True)
    names = [element.name for element in root.iter()]
    assert names == ["#document", "a", "title", "p", "br", "x"]
    elements = {element.name: element for element in root.iter()}
    assert elements["p"].children == [] and elements["br"].children[0].text == "text"
    cdata = elements["x"].children[0]
    assert isinstance(cdata, Text) and cdata.text == "<b>raw</b> & ok"
    assert source[cdata.start : cdata.end] == "<![CDATA[<b>raw</b> & ok]]>"
    assert isinstance(elements["title"], Element) and elements["title"].children[0].text == "T & U"


def test_cli_translate_and_build_give_the_same_well_formed_file(tmp_path, runner):
    story = tmp_path / "wire-story.nitf"
    story.write_bytes((DATA / "wire-story.nitf").read_bytes())
    out = tmp_path / "l10n"
    result = runner.invoke(
        main, ["translate", str(story), "--to", "de", "--engine", "pseudo", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "editor's note, not for publication" in result.output
    localized = (out / "de" / "wire-story.nitf").read_text(encoding="utf-8")
    well_formed(localized)
    built = tmp_path / "built.nitf"
    result = runner.invoke(
        main, ["build", str(story), "--po", str(out / "de" / "wire-story.po"), "-o", str(built)]
    )
    assert result.exit_code == 0, result.output
    assert built.read_text(encoding="utf-8") == localized


def test_cli_refuses_a_package_with_one_line(tmp_path, runner):
    package = tmp_path / "package.xml"
    package.write_bytes((DATA / "g2-package.xml").read_bytes())
    result = runner.invoke(
        main, ["translate", str(package), "--to", "de", "--engine", "pseudo", "--out", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert "no story text" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "de").exists()


@pytest.mark.parametrize(
    "text",
    [
        '<?xml version="1.0"?><nitf><body><body.content><p>Cut off in the mid',
        "<nitf><body><body.content><p>A & B < C</p><p><![CDATA[never closed",
        "<newsItem><contentMeta><headline>Only</headline></contentMeta><contentSet><inlineXML contenttype='x'>",
        "<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine><![CDATA[]]></HeadLine></NewsLines>",
        "<nitf><body><body.content><p>One</p></block></body.content><p>Two</p></nitf></nitf>",
    ],
)
def test_malformed_news_xml_is_read_or_refused_in_one_line(text):
    """A feed cut off mid-transfer or hand-edited: read as far as it goes, or refused as no story, never a crash."""
    try:
        document = FORMAT.read(text, Path("cut.xml"))
    except UserError as error:
        assert "\n" not in str(error)
        return
    FORMAT.write(document, formatcheck.translated(FORMAT, document, str.upper), "de")


def test_a_story_the_file_says_is_not_english_gets_a_notice(tmp_path, runner):
    """NTB's Norwegian NITF (baselang="nb-NO"), dpa's German and STT's Finnish items came through a feed as any
    story would: newsl10n translates from English, and says so where the file says otherwise."""
    norwegian = tmp_path / "ntb.nitf"
    norwegian.write_text(
        '<nitf baselang="nb-NO"><body><body.content><p>Dette er en nyhet fra Oslo.</p></body.content></body></nitf>',
        encoding="utf-8",
    )
    result = runner.invoke(main, ["segment", str(norwegian), "--json"])
    assert result.exit_code == 0
    notices = json.loads(result.output)["notices"]
    assert len(notices) == 1 and "'nb-NO'" in notices[0] and "translates from English" in notices[0]
    english = tmp_path / "story.xml"
    english.write_bytes((DATA / "g2-item.xml").read_bytes())  # xml:lang="en-GB"
    assert json.loads(runner.invoke(main, ["segment", str(english), "--json"]).output)["notices"] == []
    assert read("wire-story.nitf").declared_language == ""  # says nothing: no notice either


def test_an_embeds_code_printed_as_a_paragraph_is_kept_not_translated(tmp_path, runner):
    """NTB's NITF carries a fact-check embed as escaped markup in a <p>: code, not prose."""
    embed = '&lt;div class="embed" data-id="a0G"&gt;&lt;/div&gt;&lt;script async src="https://example.no/embed.js"&gt;&lt;/script&gt;'
    text = f"<nitf><body><body.content><p>The port said so.</p><p>{embed}</p></body.content></body></nitf>"
    document = FORMAT.read(text, Path("ntb.nitf"))
    assert [(block.translate, block.content[:12]) for block in document.blocks] == [
        (True, "The port sai"),
        (False, '<div class="'),
    ]
    story = tmp_path / "ntb.nitf"
    story.write_text(text, encoding="utf-8")
    args = ["translate", str(story), "--to", "de", "--engine", "pseudo", "--out", str(tmp_path / "l10n")]
    assert runner.invoke(main, args).exit_code == 0
    localized = (tmp_path / "l10n" / "de" / "ntb.nitf").read_text(encoding="utf-8")
    assert f"<p>{embed}</p>" in localized and "The port said so." not in localized
