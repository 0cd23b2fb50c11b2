"""The text blocks of an HTML tree, with their inline markup as codes and their exact place in the source.

A *run* is what a reader sees as one paragraph: a maximal sequence of text and inline elements (``<a>``,
``<em>``, ``<br>``, ...) inside a block element (``<p>``, ``<h2>``, ``<li>``, ``<figcaption>``, a ``<div>``
holding text between its child blocks). Its content is replaced as a whole by the writer, so a run is
always a contiguous stretch of the source, outer whitespace left outside.

Inline markup becomes numbered codes: an element with text inside is a pair (``<1>…</1>``) whose opening and
closing are the element's own start and end tags; an element without translatable text (``<br>``, ``<img>``,
``<code>``, ``<kbd>``, an inline ``<svg>``) is one standalone code (``<2/>``) whose markup is the whole element.
Code spans are standalone rather than pairs because their content must come back byte for byte: as a
pair, MT and translators would see (and could change) the code inside; as one code they cannot.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from newsl10n.formats.htmltree import Element, Text, decoded_text, names
from newsl10n.formats.inline import SPACE_RE, RichBuilder
from newsl10n.formats.templates import wordpress_shortcodes
from newsl10n.model import Code
from newsl10n.richtext import RichText

# Elements whose start begins a new block (the rest are inline, when they hold no block themselves).
BLOCK = names(
    "address article aside blockquote body caption center details dialog dd dir div dl dt fieldset figcaption "
    "figure footer form frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html li main menu nav ol p pre "
    "section summary table tbody td tfoot th thead tr ul legend #document"
)
# Never prose to translate: their content stays as it is (inside a sentence they are one standalone code).
OPAQUE = names(
    "script style noscript template svg math pre code kbd samp var tt textarea select button input iframe "
    "object embed canvas video audio picture map head"
)
# Inline elements that are codes without text of their own.
_EMPTY_CODES = names("br wbr img hr input") | OPAQUE
_LABEL_LIMIT = 60
# Where text stands loose, outside any block: a fragment's top level. There a blank line ends a paragraph.
_LOOSE_TEXT_HOLDERS = names("#document body")
_BLANK_LINE_RE = re.compile(r"\n[ \t\r\f]*\n[ \t\n\r\f]*")

_LABELS = {
    "em": "emphasis",
    "i": "italics",
    "strong": "strong emphasis",
    "b": "bold",
    "u": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "deleted text",
    "ins": "inserted text",
    "sup": "superscript",
    "sub": "subscript",
    "small": "small print",
    "mark": "highlight",
    "q": "inline quotation",
    "cite": "citation",
    "dfn": "definition",
    "bdi": "isolated direction",
    "bdo": "direction override",
    "br": "line break",
    "wbr": "line-break opportunity",
    "span": "span",
    "font": "font",
    "label": "label",
    "data": "data",
}


@dataclass(eq=False)
class Run:
    """One block of text: its container, its nodes, the source range it replaces, and its PO form."""

    container: Element
    nodes: list[Element | Text]
    start: int  # source range of the content, outer whitespace excluded
    end: int
    rich: RichText
    codes: tuple[Code, ...]
    line: int
    wrappers: tuple[Element, ...] = ()  # inline elements around the whole run, left outside it
    # markup inside the run that no node holds (comments, a stray end tag): kept when the words are replaced
    hidden: str = ""

    @property
    def text(self) -> str:
        return self.rich.text


def normalize_space(text: str) -> str:
    """Text as a browser shows it: HTML whitespace collapsed to single spaces, none at the ends."""
    return SPACE_RE.sub(" ", text).strip(" ")


def label(element: Element, source: str) -> str:
    """What a code is, in words a translator reads (``link to /people/dmitry-peskov``)."""
    name = element.name
    if name == "a":
        href = element.get("href")
        return f"link to {_short(href)}" if href else "link"
    if name == "abbr":
        title = element.get("title")
        return f"abbreviation ({_short(title)})" if title else "abbreviation"
    if name == "img":
        alt = element.get("alt")
        return f"image ({_short(alt)})" if alt else f"image {_short(element.get('src'))}".rstrip()
    if name == "time":
        stamp = element.get("datetime")
        return f"time {stamp}" if stamp else "time"
    if name in ("code", "kbd", "samp", "var", "tt"):
        return f"code: {_short(SPACE_RE.sub(' ', _inner_text(element)).strip())}"
    if name in OPAQUE:
        return f"{name} (kept as it is)"
    return _LABELS.get(name, name)


def _short(text: str) -> str:
    return text if len(text) <= _LABEL_LIMIT else text[: _LABEL_LIMIT - 1] + "…"


def _inner_text(element: Element) -> str:
    return "".join(node.text for node in _descendant_texts(element))


def _descendant_texts(element: Element) -> Iterator[Text]:
    stack: list[Element | Text] = list(reversed(element.children))
    while stack:
        node = stack.pop()
        if isinstance(node, Text):
            yield node
        else:
            stack.extend(reversed(node.children))


class RunFinder:
    """Finds the runs of a tree; ``boundary`` may make more inline elements blocks of their own."""

    def __init__(self, source: str, root: Element, lines, extra_boundary=None, extra_opaque=None) -> None:
        self.source = source
        self.root = root
        self.lines = lines
        self.extra_boundary = extra_boundary or (lambda element: False)
        self.extra_opaque = extra_opaque or (lambda element: False)  # code a page sets in other elements
        self.holds_block = elements_holding_blocks(root)

    def is_block(self, element: Element) -> bool:
        return element.name in BLOCK or element in self.holds_block or self.extra_boundary(element)

    def runs(self) -> list[Run]:
        """Every run with text, in document order."""
        found: list[Run] = []
        stack: list[Element] = [self.root]
        while stack:
            container = stack.pop()
            if (container.name in OPAQUE or self.extra_opaque(container)) and container is not self.root:
                continue
            group: list[Element | Text] = []
            inner_blocks: list[Element] = []
            for child in container.children:
                if isinstance(child, Element) and self.is_block(child):
                    self._add(found, container, group)
                    group = []
                    inner_blocks.append(child)
                elif isinstance(child, Text) and container.name in _LOOSE_TEXT_HOLDERS:
                    for piece in self._paragraphs(child):
                        if piece is None:
                            self._add(found, container, group)
                            group = []
                        else:
                            group.append(piece)
                else:
                    group.append(child)
            self._add(found, container, group)
            stack.extend(reversed(inner_blocks))
        found.sort(key=lambda run: run.start)
        return found

    def _paragraphs(self, text: Text) -> list[Text | None]:
        """Loose text cut at its blank lines (None: a paragraph ends there). A CMS that stores a post without
        ``<p>`` (WordPress's classic editor, an export's post content) means a paragraph by a blank line, as
        Markdown does."""
        raw = self.source[text.start : text.end]
        if "\n" not in raw:
            return [text]
        pieces: list[Text | None] = []
        start = 0
        for gap in _BLANK_LINE_RE.finditer(raw):
            if gap.start() > start:
                pieces.append(
                    Text(text.start + start, text.start + gap.start(), decoded_text(raw[start : gap.start()]))
                )
            pieces.append(None)
            start = gap.end()
        if start < len(raw):
            pieces.append(Text(text.start + start, text.end, decoded_text(raw[start:])))
        for piece in pieces:
            if piece is not None:
                piece.parent = text.parent
        return pieces

    def _add(self, found: list[Run], container: Element, nodes: list[Element | Text]) -> None:
        if not nodes:
            return
        run = self.build(container, nodes)
        if run is not None:
            found.append(run)

    def build(self, container: Element, nodes: list[Element | Text]) -> Run | None:
        """The run of ``nodes`` (consecutive inline siblings), or None when they hold no text.

        Inline elements around the whole run (``<p><em>…</em></p>``) stay outside it, as its ``wrappers``:
        a translator sees the words, not one pair of codes around them.
        """
        wrappers: list[Element] = []
        while (wrapper := _sole_element(nodes)) is not None:
            wrappers.append(wrapper)
            nodes = wrapper.children
        builder = RichBuilder()
        codes: list[Code] = []
        node_ids: dict[Element, int] = {}
        stack: list[tuple[Element | Text, bool]] = [(node, True) for node in reversed(nodes)]
        while stack:
            node, entering = stack.pop()
            if isinstance(node, Text):
                for text, shortcode in self._text_pieces(node):
                    if shortcode:  # a WordPress shortcode is the site's, not prose: one standalone code
                        codes.append(Code(len(codes) + 1, False, f"shortcode {_short(text)}", text))
                        builder.tag(len(codes), "empty")
                    else:
                        builder.text(text)
                continue
            if not entering:
                builder.tag(node_ids[node], "close")
                continue
            if self._standalone(node):
                markup = self.source[node.start : node.end]
                codes.append(Code(len(codes) + 1, False, label(node, self.source), markup))
                builder.tag(len(codes), "empty")
                if node.name == "br":  # words on either side of a line break are two words to MT
                    builder.text(" ")
                continue
            code = Code(
                len(codes) + 1,
                True,
                label(node, self.source),
                self.source[node.start : node.open_end],
                self.source[node.close_start : node.end],
            )
            codes.append(code)
            node_ids[node] = code.id
            builder.tag(code.id, "open")
            stack.append((node, False))
            stack.extend((child, True) for child in reversed(node.children))
        rich = builder.result()
        if not rich.text.strip():
            return None
        start, end = self._content_range(nodes)
        hidden = "".join(self._hidden_markup(nodes))
        line = self.lines.line(start)
        return Run(container, nodes, start, end, rich, tuple(codes), line, tuple(wrappers), hidden)

    def _hidden_markup(self, nodes: list[Element | Text]) -> Iterator[str]:
        """What stands between the nodes and inside their pairs but is none of them: comments
        (``<!--more-->``, a framework's ``<!-- -->``), a stray end tag browsers ignore. A standalone code keeps
        its own whole."""
        source = self.source
        for before, after in itertools.pairwise(nodes):
            if source[before.end : after.start].strip():
                yield source[before.end : after.start]
        for node in nodes:
            if isinstance(node, Element) and node.children and not self._standalone(node):
                inside = node.children
                for gap in ((node.open_end, inside[0].start), (inside[-1].end, node.close_start)):
                    if source[gap[0] : gap[1]].strip():
                        yield source[gap[0] : gap[1]]
                yield from self._hidden_markup(inside)

    def _standalone(self, node: Element) -> bool:
        """Whether an inline element is one standalone code, its markup kept whole (``<br>``, ``<code>``)."""
        return node.name in _EMPTY_CODES or self.extra_opaque(node)

    def _text_pieces(self, node: Text) -> list[tuple[str, bool]]:
        """The text node as prose and WordPress shortcodes (``[caption id="…"]``, ``[/caption]``), in order; a
        shortcode is its source as it is, the prose between them decoded."""
        raw = self.source[node.start : node.end]
        found = wordpress_shortcodes(raw, self.source)
        if not found:
            return [(node.text, False)]
        pieces: list[tuple[str, bool]] = []
        position = 0
        for start, end in found:
            if start > position:
                pieces.append((decoded_text(raw[position:start]), False))
            pieces.append((raw[start:end], True))
            position = end
        if position < len(raw):
            pieces.append((decoded_text(raw[position:]), False))
        return pieces

    def _content_range(self, nodes: list[Element | Text]) -> tuple[int, int]:
        first, last = nodes[0], nodes[-1]
        start = first.start
        if isinstance(first, Text):
            raw = self.source[first.start : first.end]
            start += len(raw) - len(raw.lstrip(" \t\n\r\f"))
        end = last.end
        if isinstance(last, Text):
            raw = self.source[last.start : last.end]
            end -= len(raw) - len(raw.rstrip(" \t\n\r\f"))
        return start, max(start, end)


def _sole_element(nodes: list[Element | Text]) -> Element | None:
    """The one inline element with text that ``nodes`` consist of (outer whitespace aside), if so."""
    elements = [node for node in nodes if isinstance(node, Element)]
    if len(elements) != 1 or elements[0].name in _EMPTY_CODES or not elements[0].children:
        return None
    if any(isinstance(node, Text) and node.text.strip(" \t\n\r\f") for node in nodes):
        return None
    return elements[0]


def elements_holding_blocks(root: Element, is_block: Callable[[Element], bool] | None = None) -> set[Element]:
    """Elements with a block element somewhere below them (an ``<a>`` around a ``<div>`` is no longer inline);
    ``is_block`` says what a block is where HTML's names do not (a news feed's ``<hl1>``)."""
    is_block = is_block or (lambda element: element.name in BLOCK)
    holding: set[Element] = set()
    for element in _post_order(root):
        for child in element.children:
            if isinstance(child, Element) and (child in holding or is_block(child)):
                holding.add(element)
                break
    return holding


def _post_order(root: Element) -> Iterator[Element]:
    stack: list[tuple[Element, bool]] = [(root, False)]
    while stack:
        element, visited = stack.pop()
        if visited:
            yield element
            continue
        stack.append((element, True))
        stack.extend((child, False) for child in element.children if isinstance(child, Element))
