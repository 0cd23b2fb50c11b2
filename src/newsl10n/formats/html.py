"""HTML: a full news page or an article fragment from a CMS, written back with only its text changed.

**Page or fragment.** A file is read as a *page* when it has a document structure (a doctype, ``<html>``,
``<head>`` or ``<body>``) *and* furniture outside the article (``<nav>``, ``<aside>``, ``<footer>``, a page
``<header>``, a ``<form>``, or an element whose class or id says cookie, share, ad, newsletter, related,
comments, ...). Then the article is found with trafilatura and everything else is dropped and reported
(see :mod:`newsl10n.formats.htmlextract`). Anything else is a *fragment* (what a CMS stores: ``<p>``,
``<h2>``, ``<blockquote>``, ``<figure>``, lists) and all of it is the article; its first ``<h1>`` is the
headline. A page in which no article is found is refused with a hint to read it as text.

**Units.** Each block of text (a paragraph, heading, list item, caption, ...) is a block, its kind read
from the markup (:mod:`newsl10n.formats.htmlnews`); inline markup is codes
(:mod:`newsl10n.formats.htmlblocks`). Image ``alt`` and ``title`` text in the article are units of their own
(kind ``alt``), and so are the page's ``<title>`` and its description and social-card metadata (``meta``).
``<code>``, ``<pre>``, scripts and styles are never translated.

**Writing.** The source is copied byte for byte except each block whose content changed (its inner
content is replaced, start and end tags untouched) and each translated attribute value; ``<html lang>`` is
set to the target language. A block whose content comes back as it was read keeps its original bytes,
so writing the source's own text gives back the file unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from newsl10n import richtext
from newsl10n.errors import UserError
from newsl10n.formats import Document
from newsl10n.formats.decode import is_utf8
from newsl10n.formats.edits import Edit, apply
from newsl10n.formats.htmlblocks import Run, RunFinder, normalize_space
from newsl10n.formats.htmlextract import Selection, dropped_markup, extract, select_fragment, select_page
from newsl10n.formats.htmlnews import enclosing_furniture, furniture_reason, is_code_box, is_inline_credit
from newsl10n.formats.htmltree import Attribute, Element, LineIndex, parse
from newsl10n.formats.htmltree import escaped_text as _escape
from newsl10n.formats.namedmarks import named_marks, names_its_marks
from newsl10n.model import Block, Kind

_DOCUMENT_TAGS = frozenset(("html", "head", "body"))
_TEXT_ATTRIBUTES = ("alt", "title")
# <meta> whose content readers see in listings and link previews: (attribute, value) that names them
_META_NAMES = frozenset(
    ("description", "og:title", "og:description", "twitter:title", "twitter:description", "og:image:alt")
)
_CONTENT_CHARSET_RE = re.compile(r"charset\s*=\s*['\"]?([\w.:-]+)", re.I)  # "text/html; charset=iso-8859-1"
_NO_ARTICLE = "{path}: no article found in this page; to translate all of its text, use --format text"


@dataclass(frozen=True)
class Span:
    """Where a block sits in the source and how its replacement is written."""

    start: int
    end: int
    original: str  # the block's content as the writer would write it unchanged (to_markup of the source)
    quote: str | None = None  # None: element content; else the attribute's quote ("" when unquoted)
    tag: tuple[int, int] | None = None  # for an attribute: its element's start tag
    hidden: str = ""  # comments and the like inside the block, written after its new content
    # an English lang="" around the block (not <html>'s): the target language's once it is translated
    lang: Attribute | None = None


@dataclass
class Skeleton:
    source: str
    spans: dict[str, Span] = field(default_factory=dict)
    lang: Attribute | None = None  # <html lang="...">
    html_name_end: int = -1  # where to add lang="" when <html> has none
    charset_edits: list[Edit] = field(default_factory=list)  # a declared charset other than UTF-8, made UTF-8


class HtmlFormat:
    name = "html"
    extensions = (".html", ".htm", ".xhtml")

    def read(self, text: str, path: Path, *, keep_all: bool = False) -> Document:
        """A whole page's article (trafilatura finds it), or with ``keep_all`` every text of the page."""
        root = parse(text)
        lines = LineIndex(text)
        finder = RunFinder(text, root, lines, extra_boundary=is_inline_credit, extra_opaque=is_code_box)
        runs = [run for run in finder.runs() if not _in_head(run.container)]
        page = not keep_all and is_page(text, root)
        if page:
            found = extract(text)
            selection = Selection([], [])
            if found:
                article_lines, extracted_title = found
                title = _title_element(root)
                page_title = normalize_space(title.children[0].text) if title else ""
                selection = select_page(runs, article_lines, (extracted_title, page_title))
            if not selection.article:
                raise UserError(_NO_ARTICLE.format(path=path))
            selection.dropped.extend(dropped_markup(root))
        else:
            selection = select_fragment(runs)
        if not selection.article:
            raise UserError(f"{path}: no text to translate in this HTML")
        skeleton = Skeleton(text, charset_edits=_charset_edits(text, root))
        blocks = _article_blocks(selection, root, skeleton, lines, whole=not page)
        blocks += _meta_blocks(root, skeleton, lines)
        html_element = next((element for element in root.iter() if element.name == "html"), None)
        if html_element is not None:
            skeleton.lang = html_element.attributes.get("lang")
            skeleton.html_name_end = html_element.start + len("<html")
        dropped = sorted(selection.dropped, key=lambda item: item.line)
        extension = path.suffix.lower() or ".html"
        return Document(blocks, skeleton, dropped, extension, furniture_found=True, widgets_inside=page)

    def escape(self, text: str) -> str:
        return _escape(text)

    def write(self, document: Document, contents: Mapping[str, str], lang: str) -> str:
        skeleton: Skeleton = document.skeleton
        edits: list[Edit] = []
        languages: dict[int, Attribute] = {}
        for block_id, content in contents.items():
            span = skeleton.spans.get(block_id)
            if span is not None and content != span.original:
                if span.quote is None and names_its_marks(skeleton.source[span.start : span.end]):
                    content = named_marks(content)  # "&mdash;" in the source: the translation's marks named
                edits.append(Edit(span.start, span.end, _written(span, content), span.tag))
                if span.lang is not None:
                    languages[span.lang.value_start] = span.lang
        edits.extend(_attribute_edit(attribute, lang) for attribute in languages.values())
        edits.extend(_lang_edit(skeleton, lang))
        edits.extend(skeleton.charset_edits)
        return apply(skeleton.source, edits)


def is_page(text: str, root: Element) -> bool:
    """A whole web page with furniture to leave out (see the module docstring), not a CMS fragment."""
    structured = text.lstrip()[:15].lower().startswith("<!doctype") or any(
        element.name in _DOCUMENT_TAGS for element in root.iter()
    )
    if not structured:
        return False
    body = next((element for element in root.iter() if element.name == "body"), root)
    return any(
        furniture_reason(element) and element.name not in ("script", "style", "noscript", "template")
        for element in body.iter()
    )


def _in_head(element: Element) -> bool:
    return any(node.name == "head" for node in (element, *element.ancestors()))


def _article_blocks(
    selection: Selection, root: Element, skeleton: Skeleton, lines: LineIndex, whole: bool
) -> list[Block]:
    """The article's text blocks and its text attributes (image alt and title, abbreviation titles), in order.

    On a page they are those between the article's first and last block (a site's logo is not the story's);
    a fragment is all article (``whole``), its lead image above the first paragraph too."""
    placed: list[tuple[int, Block]] = []
    counts: dict[str, int] = {}
    for run, kind in selection.article:
        block_id = _block_id(run.container.name, counts)
        placed.append((run.start, _block(block_id, kind, run, skeleton)))
    first = 0 if whole else min(run.start for run, _ in selection.article)
    last = len(skeleton.source) if whole else max(run.end for run, _ in selection.article)
    inline = {node for run, _ in selection.article for node in run.nodes if isinstance(node, Element)}
    for element in root.iter():
        if not first <= element.start <= last:
            continue
        if element.name == "img" and not enclosing_furniture(element)[0]:
            names = _TEXT_ATTRIBUTES
        elif "title" in element.attributes and (element in inline or inline & set(element.ancestors())):
            names = ("title",)
        else:
            continue
        element_id = _block_id(element.name, counts)
        for name in names:
            block = _attribute_block(f"{element_id}/{name}", Kind.ALT, element, name, skeleton, lines)
            if block is not None:
                placed.append((element.attributes[name].value_start, block))
    placed.sort(key=lambda item: item[0])
    return [block for _, block in placed]


def _block(block_id: str, kind: Kind, run: Run, skeleton: Skeleton) -> Block:
    content = run.rich.po_form
    original = richtext.to_markup(content, run.codes, _escape)
    skeleton.spans[block_id] = Span(run.start, run.end, original, hidden=run.hidden, lang=_english_lang(run))
    return Block(block_id, kind, content, run.line, run.codes)


def _english_lang(run: Run) -> Attribute | None:
    """The ``lang`` attribute that says the run is English, on the nearest element around it that has one
    (an embedded tweet's ``<p lang="en">``); None when that is ``<html>``'s, whose own edit sets it."""
    for element in (*reversed(run.wrappers), run.container, *run.container.ancestors()):
        attribute = element.attributes.get("lang")
        if attribute is not None:
            primary = attribute.value.strip().lower().replace("_", "-").split("-")[0]
            return attribute if primary == "en" and element.name != "html" else None
    return None


def _block_id(name: str, counts: dict[str, int]) -> str:
    counts[name] = counts.get(name, 0) + 1
    return f"{name}[{counts[name]}]"


def _title_element(root: Element) -> Element | None:
    """The page's ``<title>`` with its text, or None."""
    return next(
        (
            element
            for element in root.iter()
            if element.name == "title" and _in_head(element) and element.children
        ),
        None,
    )


def _meta_blocks(root: Element, skeleton: Skeleton, lines: LineIndex) -> list[Block]:
    """The page's ``<title>`` and the descriptions readers see in listings and link previews."""
    blocks: list[Block] = []
    title = _title_element(root)
    for element in root.iter():
        if element is title:
            text = element.children[0]
            content = normalize_space(text.text)
            if content and "title" not in skeleton.spans:
                skeleton.spans["title"] = Span(text.start, text.end, _escape(content))
                blocks.append(Block("title", Kind.META, content, element.line))
        elif element.name == "meta":
            key = (element.get("name") or element.get("property")).lower()
            if key in _META_NAMES and f"meta[{key}]" not in skeleton.spans:
                block = _attribute_block(f"meta[{key}]", Kind.META, element, "content", skeleton, lines)
                if block is not None:
                    blocks.append(block)
    return blocks


def _attribute_block(
    block_id: str, kind: Kind, element: Element, name: str, skeleton: Skeleton, lines: LineIndex
) -> Block | None:
    attribute = element.attributes.get(name)
    if attribute is None:
        return None
    content = normalize_space(attribute.value)
    if not content:
        return None
    original = _escape(content)
    skeleton.spans[block_id] = Span(
        attribute.value_start,
        attribute.value_end,
        original,
        attribute.quote,
        (element.start, element.open_end),
    )
    return Block(block_id, kind, content, lines.line(attribute.value_start))


def _written(span: Span, content: str) -> str:
    """A block's new content as it goes into the source: attribute values quoted and escaped for their quotes."""
    if span.quote is None:
        return content + span.hidden
    if span.quote == "'":
        return content.replace("'", "&#39;")
    value = content.replace('"', "&quot;")
    return value if span.quote == '"' else f'"{value}"'


def _attribute_edit(attribute: Attribute, value: str) -> Edit:
    return Edit(attribute.value_start, attribute.value_end, value if attribute.quote else f'"{value}"')


def _charset_edits(source: str, root: Element) -> list[Edit]:
    """The page's declared charset set to UTF-8, which the localized page is written in: a page saved in
    windows-1252 and converted with iconv (as newsl10n asks) still says windows-1252, and a browser would read
    its translation wrong."""
    edits = []
    for element in root.iter():
        if element.name != "meta":
            continue
        declared = element.attributes.get("charset")
        if declared is not None and not is_utf8(declared.value):
            edits.append(Edit(declared.value_start, declared.value_end, "utf-8"))
        content = element.attributes.get("content")
        if content is not None and element.get("http-equiv").strip().lower() == "content-type":
            found = _CONTENT_CHARSET_RE.search(source, content.value_start, content.value_end)
            if found and not is_utf8(found.group(1)):
                edits.append(Edit(found.start(1), found.end(1), "utf-8"))
    return edits


def _lang_edit(skeleton: Skeleton, lang: str) -> list[Edit]:
    """``<html lang>`` set to the target language (added when the page has none)."""
    if skeleton.lang is not None:
        return [_attribute_edit(skeleton.lang, lang)]
    if skeleton.html_name_end >= 0:
        return [Edit(skeleton.html_name_end, skeleton.html_name_end, f' lang="{lang}"')]
    return []
