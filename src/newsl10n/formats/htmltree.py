"""HTML as a tree that remembers where every piece came from in the source.

The HTML writer changes block contents and a few attribute values and must leave every other byte as it was,
so it needs exact source offsets: where each start tag and end tag sits, where each attribute value sits.
No maintained Python parser exposes those (``html.parser`` gives tag positions but not attribute spans;
lxml, html5lib and selectolax give line numbers at best), so this module tokenizes the source itself and
builds the tree with the browser rules that matter for articles (WHATWG HTML, "tree construction"):

* void elements (``<br>``, ``<img>``, ...) never have content; ``<br/>`` and ``<p/>`` are read as browsers
  read them (the slash is ignored), except in an XHTML document, where ``<title/>`` is empty as in XML;
* raw text (``<script>``, ``<style>``, ...) runs to its own end tag, never parsed as markup;
* optional end tags are implied: a block start closes an open ``<p>``, ``<li>`` closes the previous ``<li>``,
  ``<dt>``/``<dd>``, ``<tr>``/``<td>``/``<th>`` and ``<option>`` likewise, a heading closes an open heading,
  and ``<body>`` (or any start tag that cannot stand in a head) closes an open ``<head>``;
* an end tag closes its element and everything opened inside it; an end tag with nothing to close is ignored;
* text that looks like markup but is not (``a < b``, an unterminated tag at the end) stays text.

Nesting stops at :data:`MAX_DEPTH`, as in browsers. Browsers do more (misnested formatting is re-opened, table text is moved out of the table); those cases
read here as the nearest well-formed tree, which is what matters for finding an article's text. Every
step is a single forward scan (stack searches are bounded by the depth limit), so the cost is linear in
the size of the page.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field


def names(text: str) -> frozenset[str]:
    """A set of element names written as one string, as the HTML standard lists them."""
    return frozenset(text.split())


VOID = names(
    "area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr"
)
RAW_TEXT = names("script style xmp iframe noembed noframes noscript textarea title plaintext")
_ESCAPABLE_RAW = frozenset(("textarea", "title"))  # their text has entities
# Start tags that close an open <p> (the "closes a p element" list of the HTML standard).
_CLOSES_P = names(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary table ul li dd dt "
    "plaintext xmp"
)
_HEADINGS = names("h1 h2 h3 h4 h5 h6")
# element -> the start tags that close it implicitly, and the elements that stop the search for it
_IMPLIED_BY: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "li": (frozenset(("li",)), frozenset(("ul", "ol", "menu"))),
    "dt": (frozenset(("dt", "dd")), frozenset(("dl",))),
    "dd": (frozenset(("dt", "dd")), frozenset(("dl",))),
    "option": (frozenset(("option", "optgroup")), frozenset(("select", "datalist"))),
    "td": (frozenset(("td", "th", "tr")), frozenset(("table",))),
    "th": (frozenset(("td", "th", "tr")), frozenset(("table",))),
    "tr": (frozenset(("tr",)), frozenset(("table",))),
}
# What may stand in <head>; any other start tag ends a head whose end tag was left out ("in head" mode)
_HEAD_CONTENT = names("base basefont bgsound link meta title noscript noframes style script template head")
# A start tag of one of these stops the implied closing of a <p> (the p's "button scope").
_SCOPE_LIMITS = names("applet caption html table td th marquee object template button")

# Browsers stop nesting at a fixed depth (Chromium's parser at 512); it also keeps every step linear.
MAX_DEPTH = 512
_TAG_NAME_RE = re.compile(r"[A-Za-z][^\s/>]*")
# An XHTML document (an XML declaration, or the XHTML namespace on its root): its self-closed tags close, as a
# news feed's XHTML body writes them (Reuters' NewsML: "<head><title/></head>"), where HTML would ignore the slash.
_XHTML_RE = re.compile(
    r"\A\s*<\?xml\b|<html\b[^>]*\bxmlns\s*=\s*[\"']http://www\.w3\.org/1999/xhtml[\"']", re.I
)
_XHTML_REACH = 2000  # where the root element stands
_ATTRIBUTE_RE = re.compile(
    r"""[\s/]*(?P<name>[^\s/>][^\s/>=]*)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<uq>[^\s>]+)))?"""
)
_TAG_END_RE = re.compile(r"[\s/]*>")
_END_TAG_RE = re.compile(r"</([A-Za-z][^\s/>]*)[^>]*>")


@dataclass(eq=False)
class Text:
    """A run of character data: ``source[start:end]``, and what it says (entities decoded)."""

    start: int
    end: int
    text: str
    parent: Element | None = None


@dataclass(eq=False)
class Attribute:
    """An attribute value and where it sits: ``value_start == value_end`` with ``quote == ""`` when valueless."""

    value: str
    value_start: int
    value_end: int
    quote: str  # '"', "'", or "" for unquoted (or no) values


@dataclass(eq=False)
class Element:
    """An element and its source: ``source[start:open_end]`` is the start tag, ``source[close_start:end]`` the
    end tag (empty when the end tag was implied or the element is void)."""

    name: str
    start: int
    open_end: int
    line: int
    attributes: dict[str, Attribute] = field(default_factory=dict)
    children: list[Element | Text] = field(default_factory=list)
    parent: Element | None = None
    close_start: int = -1
    end: int = -1

    def get(self, name: str, default: str = "") -> str:
        attribute = self.attributes.get(name)
        return attribute.value if attribute else default

    def iter(self) -> Iterator[Element]:
        """This element and every element below it, in document order."""
        stack: list[Element] = [self]
        while stack:
            element = stack.pop()
            yield element
            stack.extend(child for child in reversed(element.children) if isinstance(child, Element))

    def ancestors(self) -> Iterator[Element]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


@dataclass(eq=False)
class Comment:
    """A comment, doctype or processing instruction: kept in the source, not in the tree."""

    start: int
    end: int


class LineIndex:
    """Source offsets to 1-based line numbers, by binary search over the line starts."""

    def __init__(self, source: str) -> None:
        self.starts = [0] + [match.end() for match in re.finditer("\n", source)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)


def escaped_text(text: str) -> str:
    """Plain text as markup writes it: ``&``, ``<`` and ``>`` escaped, which HTML and XML alike read back."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescaped_text(markup: str) -> str:
    """:func:`escaped_text` undone, for a field that holds plain text (a JSON string, a CDATA section)."""
    return markup.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def decoded_text(raw: str) -> str:
    """Character data as it reads, its references decoded (``&amp;`` is ``&``)."""
    return html.unescape(raw) if "&" in raw else raw


def parse(source: str, *, xml: bool = False) -> Element:
    """The tree of ``source``; the root is a ``#document`` element spanning the whole text.

    ``xml``: read it as XML (a news agency's NITF or NewsML-G2): every element closes where its end tag or its
    ``/>`` says, none is void or raw text, no end tag is implied, and a CDATA section is text."""
    return _TreeBuilder(source, xml).build()


class _TreeBuilder:
    def __init__(self, source: str, xml: bool = False) -> None:
        self.source = source
        self.xml = xml
        self.xhtml = xml or _XHTML_RE.search(source, 0, _XHTML_REACH) is not None
        self.lines = LineIndex(source)
        self.root = Element("#document", 0, 0, 1, close_start=len(source), end=len(source))
        self.stack: list[Element] = [self.root]

    def build(self) -> Element:
        source = self.source
        position = 0
        length = len(source)
        while position < length:
            bracket = source.find("<", position)
            if bracket < 0:
                self._text(position, length)
                break
            if bracket > position:
                self._text(position, bracket)
            position = self._markup(bracket)
        for element in self.stack[1:]:
            self._close(element)
        return self.root

    def _markup(self, at: int) -> int:
        """Read the markup starting with the ``<`` at ``at``; returns where reading goes on."""
        source = self.source
        following = source[at + 1 : at + 2]
        if source.startswith("<!--", at):
            end = source.find("-->", at + 4)
            if source.startswith(">", at + 4) or source.startswith("->", at + 4):  # <!--> and <!--->
                return at + 5 if source.startswith(">", at + 4) else at + 6
            return length_or(end + 3 if end >= 0 else -1, len(source))
        if self.xml and source.startswith("<![CDATA[", at):
            return self._cdata(at)
        if following in ("!", "?") or (following == "/" and not _TAG_NAME_RE.match(source, at + 2)):
            end = source.find(">", at + 2)
            if following == "/" and source.startswith(">", at + 2):
                return at + 3  # </> is ignored
            return length_or(end + 1 if end >= 0 else -1, len(source))
        if following == "/":
            match = _END_TAG_RE.match(source, at)
            if match is None:  # an unterminated end tag at the end of the file
                return len(source)
            self._end_tag(match.group(1).lower(), at, match.end())
            return match.end()
        name_match = _TAG_NAME_RE.match(source, at + 1)
        if name_match is None:  # "a < b": a lone bracket is text
            self._text(at, at + 1)
            return at + 1
        return self._start_tag(name_match.group().lower(), at, name_match.end())

    def _start_tag(self, name: str, at: int, position: int) -> int:
        source = self.source
        attributes: dict[str, Attribute] = {}
        while True:
            end_match = _TAG_END_RE.match(source, position)
            if end_match:
                position = end_match.end()
                break
            match = _ATTRIBUTE_RE.match(source, position)
            if match is None or match.end() == position:
                return len(source)  # the file ends inside the tag: browsers drop such a tag
            attribute_name = match.group("name").lower()
            if attribute_name not in attributes:  # the first of duplicate attributes wins
                attributes[attribute_name] = _attribute(match)
            position = match.end()
        element = Element(name, at, position, self.lines.line(at), attributes)
        if not self.xml:
            self._close_implied(name, at)
        parent = self.stack[-1]
        element.parent = parent
        parent.children.append(element)
        if (name in VOID and not self.xml) or (self.xhtml and source.startswith("/>", position - 2)):
            element.close_start = element.end = position  # XHTML's <title/> and <div/> are empty, as in XML
            return position
        if name in RAW_TEXT and not self.xml:
            return self._raw_text(element)
        if (
            len(self.stack) > MAX_DEPTH
        ):  # as browsers do: deeper elements hold nothing, their content is a sibling's
            element.close_start = element.end = position
            return position
        self.stack.append(element)
        return position

    def _raw_text(self, element: Element) -> int:
        source = self.source
        if element.name == "plaintext":
            end_tag = None
        else:
            end_tag = re.compile(rf"</{element.name}(?=[\s/>])[^>]*>", re.IGNORECASE).search(
                source, element.open_end
            )
        content_end = end_tag.start() if end_tag else len(source)
        if content_end > element.open_end:
            raw = source[element.open_end : content_end]
            text = html.unescape(raw) if element.name in _ESCAPABLE_RAW else raw
            element.children.append(Text(element.open_end, content_end, text, element))
        element.close_start = content_end
        element.end = end_tag.end() if end_tag else len(source)
        return element.end

    def _cdata(self, at: int) -> int:
        """A CDATA section: text as written, markup characters and all, its span the whole section."""
        end = self.source.find("]]>", at + 9)
        end = len(self.source) if end < 0 else end + 3
        parent = self.stack[-1]
        parent.children.append(Text(at, end, self.source[at + 9 : max(at + 9, end - 3)], parent))
        return end

    def _close_implied(self, name: str, at: int) -> None:
        if self.stack[-1].name == "head" and name not in _HEAD_CONTENT:
            self._close(
                self.stack.pop()
            )  # "<head> ... <body>" without "</head>": the body is not in the head
        if name in _CLOSES_P:
            self._close_open("p", at, _SCOPE_LIMITS)
        if name in _HEADINGS and self.stack[-1].name in _HEADINGS:
            self._close(self.stack.pop())
        for open_name, (closers, limits) in _IMPLIED_BY.items():
            if name in closers:
                self._close_open(open_name, at, limits | _SCOPE_LIMITS - {open_name})

    def _close_open(self, name: str, at: int, limits: frozenset[str]) -> None:
        """Close the open ``name`` element (and what is open inside it) unless a limit comes first."""
        for index in range(len(self.stack) - 1, 0, -1):
            open_name = self.stack[index].name
            if open_name == name:
                self._pop_to(index, at, at)
                return
            if open_name in limits:
                return

    def _end_tag(self, name: str, at: int, end: int) -> None:
        if name == "br" and not self.xml:  # </br> is read as <br>
            self._start_tag("br", at, at + 2)
            return
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].name == name:
                self._pop_to(index, at, end, explicit=True)
                return

    def _pop_to(self, index: int, at: int, end: int, explicit: bool = False) -> None:
        while len(self.stack) > index:
            element = self.stack.pop()
            if explicit and len(self.stack) == index:
                element.close_start, element.end = at, end
            else:
                self._close(element)

    def _close(self, element: Element) -> None:
        """An element closed without an end tag of its own: it ends where its last child ends."""
        element.close_start = element.end = element.children[-1].end if element.children else element.open_end

    def _text(self, start: int, end: int) -> None:
        parent = self.stack[-1]
        raw = self.source[start:end]
        previous = parent.children[-1] if parent.children else None
        text = decoded_text(raw)
        if isinstance(previous, Text) and previous.end == start:  # one run of text, even across a lone "<"
            previous.end = end
            previous.text += text
            return
        parent.children.append(Text(start, end, text, parent))


def _attribute(match: re.Match[str]) -> Attribute:
    for group, quote in (("dq", '"'), ("sq", "'"), ("uq", "")):
        value = match.group(group)
        if value is not None:
            return Attribute(html.unescape(value), match.start(group), match.end(group), quote)
    return Attribute("", match.end(), match.end(), "")


def length_or(value: int, length: int) -> int:
    """``value``, or the end of the source when a search found nothing (an unterminated comment)."""
    return value if value >= 0 else length
