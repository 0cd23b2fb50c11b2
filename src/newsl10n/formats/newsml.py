"""IPTC news XML: a wire story as an agency delivers it, written back with only its text changed.

Agencies deliver text in two IPTC standards, and a desk's ingest keeps what they sent:

* **NITF** (News Industry Text Format, 3.x): ``<nitf>`` with the story in ``<body>``: its ``<body.head>``
  (``<hedline>`` with ``<hl1>`` and ``<hl2>``, ``<byline>``, ``<dateline>``, ``<abstract>``, ``<distributor>``),
  ``<body.content>`` (``<p>``, ``<hl2>`` subheads, ``<bq>`` quotations, lists, tables, ``<media>`` with its
  caption) and ``<body.end>`` (``<tagline>``). Its inline elements (``<person>``, ``<org>``, ``<location>``,
  ``<chron>``, ``<money>``, ``<num>``, ``<em>``, ``<a>``, ``<q>``, ...) are codes.
* **NewsML-G2**: a ``<newsItem>`` (or a ``<newsMessage>`` of them) whose ``<contentMeta>`` holds the headline,
  summary, byline, credit line and dateline readers see, and whose ``<contentSet>`` carries the story as NITF
  or XHTML in an ``<inlineXML>``. Its forerunner **NewsML 1** (``<NewsML>``, still in agencies' archives) is read
  alike: the ``<NewsLines>`` and the NITF in a ``<DataContent>``. So is AP's own **Publication** (APPL), whose
  ``<NewsLines>`` and ``<TextContentItem>`` components (the story, a video's caption and script) are the same.

Everything else is the agency's metadata (identifiers, subjects, rights, the slug line, dates) and is never
read. A note for editors (NITF's ``<ed-msg>``, a ``<note type="npa">``, G2's ``<edNote>``) is not for
publication: it is left untranslated and reported, as a desk reads it.

**Writing.** The source is copied byte for byte except each block whose content changed (its inner content is
replaced, start and end tags untouched) and the language the item declares: ``xml:lang`` on the item and on
English elements around translated text, G2's ``<language tag>``, NITF's ``baselang``, an XHTML body's ``lang``.
The text is written as XML escapes it (``&amp;``, ``&lt;``, ``&gt;``), or as a CDATA section where the file wrote
one, so the file stays well-formed; a declared encoding other than UTF-8 is declared UTF-8.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsl10n import richtext
from newsl10n.errors import UserError
from newsl10n.formats import Document
from newsl10n.formats.edits import Edit, apply
from newsl10n.formats.htmlblocks import BLOCK, Run, RunFinder, elements_holding_blocks
from newsl10n.formats.htmlnews import run_kind
from newsl10n.formats.htmltree import (
    Attribute,
    Element,
    LineIndex,
    Text,
    escaped_text,
    names,
    parse,
    unescaped_text,
)
from newsl10n.formats.newstext import kind_from_text
from newsl10n.formats.sniff import NEWS_ROOTS
from newsl10n.model import Block, Dropped, Kind

# NITF elements that are blocks of text, each a unit of its own; the rest inside a block are inline codes.
_NITF_BLOCKS = names(
    "hl1 hl2 byline dateline distributor abstract tagline bibliography media-caption media-producer credit "
    "p li dt dd td th bq note fn block"
)
# The item's own text for readers, beside its story: G2's <contentMeta> (headline, summary, byline, credit line,
# dateline) and NewsML 1's <NewsLines>.
_ITEM_TEXT = {
    "headline": Kind.HEADLINE,
    "subheadline": Kind.STANDFIRST,
    "extendedheadline": Kind.STANDFIRST,  # AP's Publication: the longer headline under the headline
    "description": Kind.STANDFIRST,
    "by": Kind.BYLINE,
    "byline": Kind.BYLINE,
    "creditline": Kind.CREDIT,
    "dateline": Kind.DATELINE,
}
_ITEM_TEXT_HOLDERS = frozenset(("contentmeta", "newslines"))
# What a NITF element makes of the text in it, nearest element first.
_NITF_KINDS = {
    "hl1": Kind.HEADLINE,
    "byline": Kind.BYLINE,
    "dateline": Kind.DATELINE,
    "distributor": Kind.CREDIT,
    "tagline": Kind.CREDIT,
    "credit": Kind.CREDIT,
    "media-producer": Kind.CREDIT,
    "media-caption": Kind.CAPTION,
    "abstract": Kind.STANDFIRST,
    "bq": Kind.QUOTE,
    "li": Kind.LIST_ITEM,
    "dt": Kind.LIST_ITEM,
    "dd": Kind.LIST_ITEM,
}
# Never text for readers: the agency's metadata and machinery, and media references.
_NOT_TEXT = names(
    "head docdata pubdata tobject iim identified-content series rights media-reference media-object "
    "media-metadata pre"
)
_XHTML_TYPES = ("xhtml", "html")
# Elements whose language is the story's: the item, the NITF document, an XHTML body and what carries it.
_LANGUAGE_HOLDERS = frozenset(("newsitem", "nitf", "html", "body", "inlinexml", "datacontent"))
# A G2 dateline that is a timestamp (Reuters: "2014-07-16 15:53:10 GMT+00:00"): the machine's, not prose.
_MACHINE_TIME_RE = re.compile(
    r"\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d(?:\.\d+)?)?)?\s*(?:GMT|UTC|Z)?(?:[+-]\d\d:?\d\d)?"
)
_CDATA_OPEN, _CDATA_CLOSE = "<![CDATA[", "]]>"
# Markup and nothing else, escaped as a paragraph's text: an embed's code a feed carries (NTB's
# '<div class="faktisk-embed" …></div><script async src="…"></script>'); kept as it is, never translated
_MARKUP_ALONE_RE = re.compile(r"(?:\s*<[!/]?[A-Za-z][^<>]*>)+\s*")
# Where a feed or a CMS's export writes a story's HTML as one CDATA section.
_CDATA_BODIES = frozenset(("inlinedata", "datacontent", "body.content"))
_HTML_TAG_RE = re.compile(r"<(?:p|div|br|h[1-6])\b", re.I)
_DECLARED_ENCODING_RE = re.compile(r"""\A\ufeff?<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']*)["']""")
_NOT_FOR_PUBLICATION = "editor's note, not for publication"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    original: str  # the block's content as the writer would write it unchanged
    hidden: str = ""  # comments inside the block, written after its new content
    cdata: bool = False  # the block is one CDATA section (<hl1><![CDATA[...]]></hl1>): its translation is too


@dataclass
class Skeleton:
    source: str
    spans: dict[str, Span] = field(default_factory=dict)
    languages: list[Attribute] = field(default_factory=list)  # English language attributes to set
    added_language: int = -1  # where to add xml:lang="" to a news item that declares none
    # the XML declaration's encoding set to UTF-8, which the file is written in
    encoding: Edit | None = None


class NewsmlFormat:
    name = "newsml"
    extensions = (".nitf", ".newsml")

    def read(self, text: str, path: Path, *, keep_all: bool = False) -> Document:
        """The story's text blocks, each with its kind from the element it stands in."""
        root = parse(text, xml=True)
        document = _root_element(root)
        if document is None or _local(document.name) not in NEWS_ROOTS:
            raise UserError(
                f"{path}: not NITF or NewsML (no <nitf>, <newsItem>, <newsMessage>, <NewsML> or AP <Publication> root)"
            )
        lines = LineIndex(text)
        areas = {id(area.element): area for area in _text_areas(document)}
        holders = elements_holding_blocks(root, _is_block)
        sections = list(_html_in_cdata(document, text))
        html_holders = {section.parent for section in sections}  # read by the HTML rules, not as one run
        finder = RunFinder(
            text,
            root,
            lines,
            extra_boundary=lambda e: e in holders or e in html_holders or _is_block(e),
            extra_opaque=lambda e: e in html_holders or _is_not_text(e),
        )
        found = [(run, _kind(run, area)) for run in finder.runs() if (area := _area_of(run.container, areas))]
        for title in _nitf_titles(document):  # in <head>, which holds nothing else for readers
            if (run := finder.build(title, title.children)) is not None:
                found.append((run, Kind.META))
        for section in sections:
            found.extend(_html_runs(text, section, lines))
        found.sort(key=lambda item: item[0].start)
        skeleton = Skeleton(text)
        blocks: list[Block] = []
        counts: dict[str, int] = {}
        for run, kind in found:
            block_id = _block_id(_local(run.container.name), counts)
            content = run.rich.po_form
            original = richtext.to_markup(content, run.codes, escaped_text)
            cdata = text.startswith(_CDATA_OPEN, run.start) and text.startswith(_CDATA_CLOSE, run.end - 3)
            skeleton.spans[block_id] = Span(
                run.start, run.end, original, run.hidden, cdata and len(run.nodes) == 1
            )
            translate = not (
                (kind == Kind.DATELINE and _MACHINE_TIME_RE.fullmatch(run.text.strip()))
                or _MARKUP_ALONE_RE.fullmatch(run.text)
            )
            blocks.append(Block(block_id, kind, content, run.line, run.codes, translate))
        if all(block.kind == Kind.META or not block.translate for block in blocks):  # a title over a table
            raise UserError(f"{path}: no story text in this NITF or NewsML file")
        _find_languages(document, skeleton)
        skeleton.encoding = _encoding_edit(text)
        dropped = list(_editors_notes(document, lines))  # no furniture: --keep-all would not bring them in
        extension = path.suffix.lower() or ".xml"
        document_read = Document(blocks, skeleton, dropped, extension, furniture_found=True)
        document_read.declared_language = _declared_language(document)
        return document_read

    def escape(self, text: str) -> str:
        return escaped_text(text)

    def write(self, document: Document, contents: Mapping[str, str], lang: str) -> str:
        skeleton: Skeleton = document.skeleton
        edits = [
            Edit(span.start, span.end, (_in_cdata(content) if span.cdata else content) + span.hidden)
            for block_id, content in contents.items()
            if (span := skeleton.spans.get(block_id)) is not None and content != span.original
        ]
        if edits:  # an untranslated story stays English, and says so
            edits.extend(
                Edit(attribute.value_start, attribute.value_end, lang) for attribute in skeleton.languages
            )
            if skeleton.added_language >= 0:
                edits.append(Edit(skeleton.added_language, skeleton.added_language, f' xml:lang="{lang}"'))
            if skeleton.encoding is not None:
                edits.append(skeleton.encoding)
        return apply(skeleton.source, edits)


def _in_cdata(content: str) -> str:
    """A plain block's new content as a CDATA section, as the source wrote it: unescaped, a "]]>" in it split."""
    text = unescaped_text(content)
    return _CDATA_OPEN + text.replace(_CDATA_CLOSE, "]]" + _CDATA_CLOSE + _CDATA_OPEN + ">") + _CDATA_CLOSE


def _local(name: str) -> str:
    """An element's name without its namespace prefix (``nitf:p`` is ``p``)."""
    return name.rpartition(":")[2]


def _root_element(root: Element) -> Element | None:
    return next((child for child in root.children if isinstance(child, Element)), None)


def _is_block(element: Element) -> bool:
    name = _local(element.name)
    return name in _NITF_BLOCKS or name in _ITEM_TEXT or name in BLOCK


def _is_not_text(element: Element) -> bool:
    name = _local(element.name)
    return name in _NOT_TEXT or (name == "note" and _unpublished(element))


def _unpublished(note: Element) -> bool:
    """A NITF note for the desk only (``type="npa"``, a non-publishable advisory)."""
    return note.get("type").strip().lower() == "npa"


@dataclass(frozen=True)
class _Area:
    """Where readers' text stands: an element and how its blocks get their kinds."""

    element: Element
    dialect: str  # "nitf", "xhtml", or "item" (a field of the item's, whose kind is its own)


def _text_areas(document: Element) -> Iterator[_Area]:
    """The NITF and XHTML bodies and the item's text fields, in document order."""
    for element in document.iter():
        name = _local(element.name)
        if name == "nitf":  # its <body>; AP's Publication writes <body.content> straight in <nitf>
            bodies = [
                child
                for child in element.children
                if isinstance(child, Element) and _local(child.name) == "body"
            ]
            yield from (_Area(body, "nitf") for body in bodies or [element])
        elif name == "inlinexml" and any(kind in element.get("contenttype") for kind in _XHTML_TYPES):
            body = next((child for child in element.iter() if _local(child.name) == "body"), element)
            yield _Area(body, "xhtml")
        elif name in _ITEM_TEXT and _is_item_text(element):
            yield _Area(element, "item")


def _nitf_titles(document: Element) -> Iterator[Element]:
    """The ``<title>`` in each NITF document's ``<head>``: the title a listing shows."""
    for element in document.iter():
        if _local(element.name) == "title" and _path_ends(element, ("nitf", "head")):
            yield element


def _path_ends(element: Element, names: tuple[str, ...]) -> bool:
    """Whether the element's nearest ancestors are ``names``, outermost first (``("nitf", "head")``: it stands in a
    ``<head>`` in a ``<nitf>``)."""
    node = element.parent
    for name in reversed(names):
        if node is None or _local(node.name) != name:
            return False
        node = node.parent
    return True


def _is_item_text(element: Element) -> bool:
    """A field of a news item's own (not of a package, which only lists items, nor of a concept or plan)."""
    holder = element.parent
    if holder is None or _local(holder.name) not in _ITEM_TEXT_HOLDERS:
        return False
    return _local(holder.name) == "newslines" or (
        holder.parent is not None and _local(holder.parent.name) == "newsitem"
    )


def _html_in_cdata(document: Element, source: str) -> Iterator[Text]:
    """Story bodies written as HTML in a CDATA section (ANSA's ``<inlineData>``, ANA's NewsML 1
    ``<DataContent>``, a CMS's NITF ``<body.content>`` as Opennemas exports it): the section's text, for the HTML
    rules."""
    for element in document.iter():
        if _local(element.name) not in _CDATA_BODIES:
            continue
        texts = [
            child for child in element.children if not (isinstance(child, Text) and not child.text.strip())
        ]
        if (
            len(texts) == 1
            and isinstance(texts[0], Text)
            and source.startswith(_CDATA_OPEN, texts[0].start)
            and _HTML_TAG_RE.search(texts[0].text)
        ):
            yield texts[0]


def _html_runs(source: str, section: Text, lines: LineIndex) -> list[tuple[Run, Kind]]:
    """The runs of HTML in a CDATA section, moved to their places in the whole file: the section is read on its
    own (a feed of many such stories is read in linear time), its runs' ranges and lines then shifted."""
    start = section.start + len(_CDATA_OPEN)
    end = max(start, source.rfind(_CDATA_CLOSE, start, section.end))
    html = source[start:end]
    runs = RunFinder(html, parse(html), LineIndex(html)).runs()
    return [
        (
            replace(run, start=run.start + start, end=run.end + start, line=lines.line(run.start + start)),
            Kind.HEADLINE if run.container.name == "h1" else run_kind(run),
        )
        for run in runs
    ]


def _area_of(container: Element, areas: Mapping[int, _Area]) -> _Area | None:
    """The innermost text area holding ``container`` (areas by their element's id), or None (metadata); the walk
    up is as deep as the tree, so a feed of many stories is read in linear time."""
    for element in (container, *container.ancestors()):
        area = areas.get(id(element))
        if area is not None:
            return area
    return None


def _kind(run: Run, area: _Area) -> Kind:
    if area.dialect == "item":
        name = _local(area.element.name)
        role = area.element.get("role").lower()
        if name == "description" and "caption" in role:
            return Kind.CAPTION
        if name == "headline" and "sub" in role:  # G2's <headline role="hld:subHeadline">
            return Kind.STANDFIRST
        return _ITEM_TEXT[name]
    if area.dialect == "xhtml":
        return Kind.HEADLINE if run.container.name == "h1" else run_kind(run)
    for element in (run.container, *run.container.ancestors()):
        name = _local(element.name)
        if name == "hl2":
            return Kind.STANDFIRST if _local(element.parent.name) == "hedline" else Kind.SUBHEAD
        if name in _NITF_KINDS:
            return _NITF_KINDS[name]
        if element is area.element:
            break
    return kind_from_text(run.text) or Kind.BODY


def _block_id(name: str, counts: dict[str, int]) -> str:
    counts[name] = counts.get(name, 0) + 1
    return f"{name}[{counts[name]}]"


def _find_languages(document: Element, skeleton: Skeleton) -> None:
    """The attributes that say the story is English, which a translation sets to its own language."""
    for element in document.iter():
        name = _local(element.name)
        for attribute_name in ("xml:lang", "lang", "baselang"):  # NITF's root says its language in baselang
            attribute = element.attributes.get(attribute_name)
            if attribute is not None and _english(attribute.value) and _says_story(element, skeleton):
                skeleton.languages.append(attribute)
        if name == "language" and element.parent is not None:
            # G2's <contentMeta><language tag="en"/>, NewsML 1's <DescriptiveMetadata><Language FormalName="en"/>,
            # AP's Publication <Identification><Language>en</Language>
            tag = (
                element.attributes.get("tag") or element.attributes.get("formalname") or _text_value(element)
            )
            if tag is not None and _english(tag.value):
                skeleton.languages.append(tag)
    items = [element for element in document.iter() if _local(element.name) == "newsitem"]
    if len(items) == 1 and "xml:lang" not in items[0].attributes:
        skeleton.added_language = items[0].start + len("<") + len(items[0].name)


def _encoding_edit(source: str) -> Edit | None:
    """The declared encoding set to "UTF-8" when it says anything else. newsl10n reads only UTF-8 (a Latin-1
    feed is converted with iconv first) and writes UTF-8; a declaration left at "ISO-8859-1", or at Reuters'
    "utf8" (a name Python's expat does not know), makes a translation's Cyrillic unreadable to an XML parser."""
    found = _DECLARED_ENCODING_RE.match(source)
    if found is None or found.group(1).lower() == "utf-8":
        return None
    name = "utf-8" if found.group(1).islower() else "UTF-8"
    return Edit(found.start(1), found.end(1), name)


def _says_story(element: Element, skeleton: Skeleton) -> bool:
    """Whether an element's language is the story's: it carries the story, or holds text that is translated (a
    subject's ``<name xml:lang="en">`` is the agency's vocabulary, and stays)."""
    if _is_not_text(element):
        return False
    return _local(element.name) in _LANGUAGE_HOLDERS or _holds_text(element, skeleton)


def _declared_language(document: Element) -> str:
    """The language the item says its story is in, the first declaration found: a news item's ``xml:lang``, G2's
    ``<language tag>``, NITF's ``baselang``, NewsML 1's ``<Language FormalName>``, APPL's ``<Language>``."""
    for element in document.iter():
        name = _local(element.name)
        if name in ("newsitem", "nitf"):
            value = element.get("xml:lang") or element.get("baselang")
        elif name == "language" and element.parent is not None:
            found = (
                element.attributes.get("tag") or element.attributes.get("formalname") or _text_value(element)
            )
            value = found.value if found is not None else ""
        else:
            continue
        if value.strip():
            return value.strip()
    return ""


def _text_value(element: Element) -> Attribute | None:
    """An element's lone text (``<Language>en</Language>``) as a value the writer can set, or None."""
    if len(element.children) != 1 or not isinstance(element.children[0], Text):
        return None
    text = element.children[0]
    return Attribute(text.text, text.start, text.end, "")


def _english(value: str) -> bool:
    return value.strip().lower().replace("_", "-").split("-")[0] == "en"


def _holds_text(element: Element, skeleton: Skeleton) -> bool:
    return any(element.start <= span.start and span.end <= element.end for span in skeleton.spans.values())


def _editors_notes(document: Element, lines: LineIndex) -> Iterator[Dropped]:
    """Notes for the desk, reported as left out: NITF's ``<ed-msg info>`` and ``type="npa"`` notes, G2's
    ``<edNote>``."""
    for element in document.iter():
        name = _local(element.name)
        if name == "ed-msg":
            text = " ".join(element.get("info").split())
        elif name == "ednote" or (name == "note" and _unpublished(element)):
            text = " ".join("".join(_texts(element)).split())
        else:
            continue
        if text:
            yield Dropped(lines.line(element.start), text, _NOT_FOR_PUBLICATION)


def _texts(element: Element) -> Iterator[str]:
    for child in element.children:
        if isinstance(child, Element):
            yield from _texts(child)
        else:
            yield child.text
