"""Markdown as a static-site CMS stores an article: CommonMark with GFM tables and footnotes, front matter in
YAML (``---``) or TOML (``+++``), and the template syntax of the site around and inside the prose.

markdown-it-py finds the structure: headings, paragraphs, block quotes, list items, table cells, footnote
definitions; its inline tokens say what markup each paragraph holds. Since it gives no source positions
below the line, each inline token is walked alongside its raw text (:class:`_InlineReader`), so every piece
of markup is known as the exact source it came from: emphasis and links become codes (``**`` … ``**``,
``[`` … ``](url)``, ``[`` … ``][label]`` also when the label is defined outside the file), code spans,
autolinks, images, inline HTML, footnote markers (``[^1]``) and hard line breaks become standalone codes
(kept byte for byte).

Template, shortcode and component syntax (Liquid, Nunjucks, Hugo shortcodes, kramdown attribute lists, MDX
imports, JSX comments and expressions, admonition fences, emoji shortcodes, WordPress shortcodes: see
:mod:`newsl10n.formats.templates`) is masked before markdown-it reads the text, so it is one opaque word to
the parser (a link to ``{{ "/x/" | url }}`` stays a link); fenced code is not looked into, so a ``{{`` in a
code span never takes a fence's first line with it. Inside a paragraph it is a standalone code; at a
paragraph's or heading's very start or end (``{/*anchor*/}``, ``{:.class}``) it stays outside the unit; a
line of nothing else is a block of its own, kept as it is.

Units: headings (the first level-1 heading is the headline), paragraphs (``body``, or ``quote`` in a block
quote, ``list-item`` in a list, ``standfirst`` for a wholly emphasized paragraph right under the headline,
``credit``/``byline`` by their words), table cells and footnote definitions (``body``), image ``alt`` text
(read as a paragraph is: a code span in it is a code) and title (``alt``), the prose inside HTML blocks
(captions, paragraphs, ``<img alt>``: see :mod:`newsl10n.formats.mdhtml`, written back as HTML), and the
front matter's prose values (``meta``, see :mod:`newsl10n.formats.frontmatter`; the title is the headline
when the body has no level-1 heading). Every other front-matter key, URL, code span, code block and HTML
markup stays byte for byte.

Writing keeps every line outside the translated text as it was, markers included (``#``, ``>``, ``-``,
``1.``, a table's pipes and alignment row). A paragraph wrapped over several lines is wrapped again over as
many lines, each continuation line with its original prefix (``> `` in a quote, the indentation in a list),
the breaks placed in proportion and never where a line would start like a new block. Translated prose gets
a backslash only where markdown-it would otherwise read markup (see :mod:`newsl10n.formats.mdescape`):
``[x]`` stays ``[x]`` unless a reference ``[x]`` is defined. A ``|`` in a translated cell is escaped; a
character the source wrote as an entity (``&nbsp;``) is written so again.
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsl10n import richtext
from newsl10n.errors import UserError
from newsl10n.formats import Document
from newsl10n.formats.edits import Edit, apply
from newsl10n.formats.frontmatter import ENTITY_RE, FrontValue, front_values
from newsl10n.formats.inline import RichBuilder
from newsl10n.formats.mdescape import BLOCK_START_RE, mark_prose, minimal_escapes, unmarked
from newsl10n.formats.mdhtml import HtmlPiece, html_pieces, markup_across_lines
from newsl10n.formats.mdhtml import written as html_written
from newsl10n.formats.namedmarks import NAMED, names_its_marks
from newsl10n.formats.newstext import kind_from_text
from newsl10n.formats.templates import template_spans
from newsl10n.model import Block, Code, Dropped, Kind

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token

_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")  # what a backslash escapes in CommonMark
_TOML_FRONT_RE = re.compile(r"\A\+\+\+[ \t]*\r?\n.*?^(\+\+\+)[ \t]*\r?$", re.DOTALL | re.MULTILINE)
_BARE_URL = r"https?://[^\s<>\[\]()`]*[^\s<>\[\]()`.,;:!?'\"*_]"  # a URL in the text, not a link
_CONTAINER_PREFIX_RE = re.compile(r"(?:[ \t]*>)*[ \t]*")
_REFERENCE_TAIL_RE = re.compile(r"\]\[([^\[\]\n]+)\]")
_PAIRS = {"em_open": "emphasis", "strong_open": "strong emphasis", "s_open": "strikethrough"}
_CLOSES = {"em_close", "strong_close", "s_close", "link_close"}
_LABEL_LIMIT = 60
_WIDE = "\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\uff01-\uff60"
_AFTER_WIDE_PUNCTUATION_RE = re.compile(r"(?<=[\u3001\u3002\uff01\uff0c\uff1a\uff1b\uff1f])(?=[^\s])")
_BETWEEN_WIDE_RE = re.compile(f"(?<=[{_WIDE}])(?=[{_WIDE}])")


def _parser(mask: str) -> MarkdownIt:
    """CommonMark with front matter, GFM tables and footnotes, template lines as blocks of their own, and
    reference links whose definition is not in the file (a site's include has it) read as links."""
    from markdown_it import MarkdownIt  # imported when a Markdown file is read: it takes a moment
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    parser = MarkdownIt("commonmark").use(front_matter_plugin).use(footnote_plugin, inline=False)
    parser.enable("table")
    parser.block.ruler.before(
        "paragraph",
        "template_line",
        _template_line_rule(mask),
        {"alt": ["paragraph", "reference", "blockquote", "list"]},
    )
    parser.core.ruler.after("block", "undefined_references", _undefined_references)
    return parser


def _template_line_rule(mask: str) -> Callable[[StateBlock, int, int, bool], bool]:
    """A line of template syntax only (``{% include x %}``, ``{{< /box >}}``, ``:::note``, ``{: .class}``,
    an MDX ``import``) is a block of its own, kept as it is: it ends a paragraph rather than joining it."""

    def rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        line = state.src[state.bMarks[start_line] + state.tShift[start_line] : state.eMarks[start_line]]
        if mask not in line or line.strip(mask + " \t") or state.sCount[start_line] - state.blkIndent >= 4:
            return False
        if not silent:
            state.push("template_block", "", 0).map = [start_line, start_line + 1]
            state.line = start_line + 1
        return True

    return rule


def _undefined_references(state: StateCore) -> None:
    """``[text][label]`` whose ``[label]: url`` is not in the file is a link all the same (to nowhere); a
    footnote marker (``[^2]``) is never such a label, also right after another one (``[^1][^2]``)."""
    from markdown_it.common.utils import normalizeReference

    references = state.env.setdefault("references", {})
    for found in _REFERENCE_TAIL_RE.finditer(state.src):
        label = normalizeReference(found.group(1))
        if label and not label.startswith("^") and label not in references:
            references[label] = {"href": "", "title": ""}


def _mask_character(source: str) -> str:
    """A private-use character the source does not hold, to stand for template syntax while parsing."""
    return next(char for char in map(chr, range(0xE000, 0xF900)) if char not in source)


def _parsed_form(source: str, mask: str) -> str:
    """The source as markdown-it reads it, every offset the same: TOML front matter fenced as YAML is, and
    template syntax in the body (:func:`~newsl10n.formats.templates.template_spans`) masked, so that it is
    one opaque word (``[post]({{ "/x/" | url }})`` stays a link; a ``_`` inside is no emphasis)."""
    toml = _TOML_FRONT_RE.match(source)
    if toml:
        closing = toml.start(1)
        source = "---" + source[3:closing] + "---" + source[closing + 3 :]
    body = re.match(r"\A---[ \t]*\r?\n.*?^---[ \t]*\r?$", source, re.DOTALL | re.MULTILINE)
    offset = body.end() if body else 0
    return source[:offset] + _masked(source[offset:], mask)


def _masked(text: str, mask: str) -> str:
    """``text`` with its template syntax masked, line breaks kept; fenced code is code, not looked into.

    A stretch of template syntax never runs into or out of a fence: ``{{`` in a code span before a fenced
    example of Liquid would otherwise take the fence's first line with it, and the code would be prose."""
    pieces = []
    position = 0
    for outside_start, outside_end in _outside_fences(text):
        for start, end in template_spans(text[outside_start:outside_end]):
            start, end = outside_start + start, outside_start + end
            pieces += [text[position:start], re.sub(r"[^\n]", mask, text[start:end])]
            position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _outside_fences(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` between its fenced code blocks (as markdown-it finds them)."""
    if "```" not in text and "~~~" not in text:
        return [(0, len(text))]
    from markdown_it import MarkdownIt

    blocks = MarkdownIt("commonmark").disable("inline")
    line_starts = [0] + [found.end() for found in re.finditer("\n", text)] + [len(text)]
    stretches = []
    position = 0
    for token in blocks.parse(text):
        if token.type == "fence" and token.map:
            first, last = token.map
            stretches.append((position, line_starts[first]))
            position = line_starts[min(last, len(line_starts) - 1)]
    stretches.append((position, len(text)))
    return stretches


def _cell_spans(row: str, row_start: int) -> list[tuple[int, int]]:
    """Where each cell's text sits in a table row: between unescaped pipes, its padding left out."""
    pipes = [found.start() for found in re.finditer(r"(?<!\\)\|", row)]
    bounds = [-1, *pipes, len(row)]
    cells = []
    for left, right in itertools.pairwise(bounds):
        text = row[left + 1 : right]
        words = text.strip()
        start = left + 1 + len(text) - len(text.lstrip())
        cells.append((row_start + start, row_start + start + len(words)))
    if pipes and not row[: pipes[0]].strip():
        cells.pop(0)  # before a leading pipe
    if pipes and not row[pipes[-1] + 1 :].strip():
        cells.pop()  # after a trailing pipe
    return cells


@dataclass(frozen=True)
class _Anchor:
    """A standalone code (``<img …>``, an autolink) a line break sat against, before or after it."""

    markup: str = ""
    after: bool = False


class _Unmapped(Exception):
    """An inline token whose raw text could not be found: the paragraph is kept as it is."""


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    original: str  # the content as the writer would write it unchanged
    breaks: tuple[str, ...] = ()  # the source between wrapped lines ("\n> "), one per soft break
    protected: tuple[str, ...] = ()  # code markup a line break must not fall into
    holder: tuple[int, int] | None = None  # for an image's alt or title: the image's markup
    quote: str | None = None  # for an image title: its quote ('"', "'" or "(")
    front: FrontValue | None = None  # for a front-matter value: how it is written
    html: HtmlPiece | None = None  # for text in an HTML block: how it is written
    in_table: bool = False  # a table cell: a | in the text is escaped
    entities: tuple[tuple[str, str], ...] = ()  # (character, entity): how the source wrote a character
    anchors: tuple[_Anchor, ...] = ()  # per break, the standalone code it sat against in the source, if any


@dataclass
class _Skeleton:
    source: str
    mask: str
    spans: dict[str, _Span] = field(default_factory=dict)
    references: dict[str, dict[str, str]] = field(default_factory=dict)  # the file's link definitions
    _parser: MarkdownIt | None = None

    def reading(self, span: _Span) -> Callable[[str], str | None]:
        """What markdown-it makes of a text put in ``span``'s place on its line (None: no prose there).

        The line is read on its own, its container markers (``> ``, ``- ``) kept and its indentation left
        out, with the file's link definitions: enough to tell whether a character would be markup."""
        line_start = self.source.rfind("\n", 0, span.start) + 1
        line_end = self.source.find("\n", span.end)
        before = self.source[line_start : span.start].lstrip(" \t")
        after = self.source[span.end : line_end if line_end >= 0 else len(self.source)].rstrip("\r")
        if self._parser is None:
            self._parser = _parser(self.mask)

        def rendered(text: str) -> str | None:
            env = {"references": dict(self.references)}
            tokens = self._parser.parse(_masked(before + text + after, self.mask), env)
            if not any(token.type == "inline" for token in tokens):
                return None
            return self._parser.renderer.render(tokens, self._parser.options, env)

        return rendered


class MarkdownFormat:
    name = "markdown"
    extensions = (".md", ".markdown", ".mdown", ".mkd")

    def read(self, text: str, path: Path, *, keep_all: bool = False) -> Document:
        """Markdown from a CMS is all article; ``keep_all`` changes nothing here."""
        reader = _Reader(text)
        blocks = reader.read()
        if not any(block.translate for block in blocks):
            raise UserError(f"{path}: no text to translate in this Markdown file")
        return Document(
            blocks, reader.skeleton, reader.dropped, path.suffix.lower() or ".md", furniture_found=True
        )

    def escape(self, text: str) -> str:
        """The text marked as prose: :meth:`write` escapes it where Markdown would read it as markup."""
        return mark_prose(text)

    def write(self, document: Document, contents: Mapping[str, str], lang: str) -> str:
        skeleton: _Skeleton = document.skeleton
        edits = []
        for block_id, content in contents.items():
            span = skeleton.spans.get(block_id)
            if span is not None and content != span.original:
                edits.append(Edit(span.start, span.end, _written(span, content, skeleton), span.holder))
        return apply(skeleton.source, edits)


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.line_starts = [0] + [match.end() for match in re.finditer("\n", source)]
        self.dropped: list[Dropped] = []
        self.counts: dict[str, int] = {}
        self.escape = MarkdownFormat().escape
        self.toml = _TOML_FRONT_RE.match(source) is not None
        self.mask = _mask_character(source)
        self.skeleton = _Skeleton(source, self.mask)
        self.parsed = _parsed_form(source, self.mask)

    def read(self) -> list[Block]:
        env: dict[str, dict] = {}
        tokens = _parser(self.mask).parse(self.parsed, env)
        self.skeleton.references = env.get("references", {})
        has_headline = any(token.type == "heading_open" and token.tag == "h1" for token in tokens)
        blocks = []
        if tokens and tokens[0].type == "front_matter":
            blocks += self._front_matter(tokens[0], title_kind=Kind.META if has_headline else Kind.HEADLINE)
        blocks += self._body(tokens)
        return blocks

    # -- front matter ----------------------------------------------------------------------------------

    def _front_matter(self, token: Token, title_kind: Kind) -> list[Block]:
        """The prose values (see :mod:`newsl10n.formats.frontmatter`); every other key stays as it is."""
        blocks = []
        first, last = token.map or (0, 0)
        for value in front_values(self.source, self.line_starts, first, last - 1, self.toml):
            block_id = f"front/{value.key}"
            self.skeleton.spans[block_id] = _Span(
                value.start, value.end, self.escape(value.text), value.breaks, front=value
            )
            kind = title_kind if value.key == "title" else Kind.META
            blocks.append(Block(block_id, kind, value.text, value.line))
        return blocks

    # -- body ------------------------------------------------------------------------------------------

    def _body(self, tokens: Sequence[Token]) -> list[Block]:
        blocks: list[Block] = []
        context: list[str] = []
        headline_taken = False
        previous_kind: Kind | None = None
        cells: list[tuple[int, int]] = []
        for index, token in enumerate(tokens):
            if token.type in ("blockquote_open", "list_item_open", "footnote_open"):
                context.append(token.type)
            elif token.type in ("blockquote_close", "list_item_close", "footnote_close"):
                context.pop()
            elif token.type == "html_block" and token.map:
                blocks += self._html_block(token.map, quoted="blockquote_open" in context)
            elif token.type == "tr_open" and token.map:
                row = self._line(token.map[0])
                prefix = len(_CONTAINER_PREFIX_RE.match(row).group()) if context else 0  # "> " in a quote
                cells = _cell_spans(row[prefix:], self.line_starts[token.map[0]] + prefix)
            elif token.type == "inline" and token.map:
                opener = tokens[index - 1]
                cell = cells.pop(0) if opener.type in ("th_open", "td_open") and cells else None
                try:
                    paragraph = self._inline(token, cell)
                except _Unmapped:
                    line = token.map[0] + 1
                    self.dropped.append(
                        Dropped(line, token.content[:70], "markdown not understood (kept as it is)")
                    )
                    continue
                blocks += paragraph.images
                if not paragraph.rich.text.strip():
                    continue
                if opener.type == "heading_open":
                    kind = Kind.SUBHEAD
                    if opener.tag == "h1" and not headline_taken:
                        kind, headline_taken = Kind.HEADLINE, True
                    block_id = self._block_id(opener.tag)
                elif cell is not None:
                    kind, block_id = Kind.BODY, self._block_id("cell")
                elif "footnote_open" in context:
                    kind, block_id = Kind.BODY, self._block_id("footnote")
                elif "blockquote_open" in context:
                    kind, block_id = Kind.QUOTE, self._block_id("quote")
                elif "list_item_open" in context:
                    kind, block_id = Kind.LIST_ITEM, self._block_id("li")
                else:
                    block_id = self._block_id("p")
                    kind = kind_from_text(paragraph.rich.text) or Kind.BODY
                    if kind == Kind.BODY and paragraph.emphasized and previous_kind == Kind.HEADLINE:
                        kind = Kind.STANDFIRST
                blocks.append(
                    self._paragraph_block(
                        block_id, kind, paragraph, token.map[0] + 1, in_table=cell is not None
                    )
                )
                previous_kind = kind
        return blocks

    def _html_block(self, lines: list[int], quoted: bool = False) -> list[Block]:
        """The prose of an HTML block (see :mod:`newsl10n.formats.mdhtml`), each unit written back as HTML;
        in a block quote, the HTML is read with the quote's marks (``> ``) blanked out."""
        first, last = lines
        start = self.line_starts[first]
        end = self.line_starts[last] if last < len(self.line_starts) else len(self.source)
        read_from = self._without_quote_marks(first, last) if quoted else self.source
        pieces = html_pieces(read_from, start, end, first, as_written=self.source)
        blocks = []
        for piece in pieces:
            if quoted and markup_across_lines(piece):
                self.dropped.append(
                    Dropped(
                        piece.line,
                        piece.content[:70],
                        "HTML in a quote, a tag across its lines (kept as it is)",
                    )
                )
                continue
            element_id = self._block_id(piece.name)
            block_id = f"{element_id}/{piece.attribute}" if piece.attribute else element_id
            original = richtext.to_markup(piece.content, piece.codes, self.escape)
            protected = tuple(
                markup for code in piece.codes for markup in (code.opening, code.closing) if markup
            )
            self.skeleton.spans[block_id] = _Span(
                piece.start,
                piece.end,
                original,
                piece.breaks,
                protected,
                holder=piece.tag,
                html=piece,
                anchors=tuple(_Anchor(markup, after) for markup, after in piece.anchors),
            )
            kind = Kind.QUOTE if quoted and piece.kind == Kind.BODY else piece.kind
            blocks.append(Block(block_id, kind, piece.content, piece.line, piece.codes))
        return blocks

    def _without_quote_marks(self, first: int, last: int) -> str:
        """The source with the container marks (``> ``) of lines ``first`` to ``last`` made spaces: every
        offset stays where it was."""
        masked = list(self.source)
        for number in range(first, min(last, len(self.line_starts))):
            start = self.line_starts[number]
            prefix = _CONTAINER_PREFIX_RE.match(self.source, start).end()
            masked[start:prefix] = " " * (prefix - start)
        return "".join(masked)

    def _block_id(self, name: str) -> str:
        self.counts[name] = self.counts.get(name, 0) + 1
        return f"{name}[{self.counts[name]}]"

    def _paragraph_block(
        self,
        block_id: str,
        kind: Kind,
        paragraph: _Paragraph,
        line: int,
        in_table: bool = False,
        holder: tuple[int, int] | None = None,
    ) -> Block:
        content = paragraph.rich.po_form
        original = richtext.to_markup(content, paragraph.codes, self.escape)
        protected = tuple(
            markup for code in paragraph.codes for markup in (code.opening, code.closing) if markup
        )
        entities = {
            (html.unescape(entity), entity)
            for entity in ENTITY_RE.findall(self.source, paragraph.start, paragraph.end)
            if not html.unescape(entity).isascii() and len(html.unescape(entity)) == 1
        }
        if names_its_marks(self.source[paragraph.start : paragraph.end]):
            # a source that names its dashes and quotes (&mdash;) gets the translation's ones named too
            named = {character for character, _ in entities}
            entities |= {(mark, entity) for mark, entity in NAMED.items() if mark not in named}
        self.skeleton.spans[block_id] = _Span(
            paragraph.start,
            paragraph.end,
            original,
            paragraph.breaks,
            protected,
            holder=holder,
            anchors=paragraph.anchors,
            in_table=in_table,
            entities=tuple(sorted(entities)),
        )
        return Block(block_id, kind, content, line, paragraph.codes, line_starts=paragraph.line_starts)

    def _line(self, number: int) -> str:
        """Line ``number`` as markdown-it read it (template syntax masked)."""
        end = self.line_starts[number + 1] - 1 if number + 1 < len(self.line_starts) else len(self.source)
        return self.parsed[self.line_starts[number] : end].rstrip("\r")

    def _inline(self, token: Token, cell: tuple[int, int] | None = None) -> _Paragraph:
        """The paragraph, heading or table cell (its ``cell`` span) text of ``token``, its codes, and where it
        sits in the source.

        A cell's text is taken from the source, not from ``token.content``: markdown-it unescapes ``\\|``
        there."""
        content = self.parsed[cell[0] : cell[1]] if cell else token.content
        lines = content.split("\n")
        content_starts: list[int] = []
        source_starts: list[int] = []
        offset = 0
        first = token.map[0] if token.map else 0
        for index, line in enumerate(lines):
            number = first + index
            if number >= len(self.line_starts):
                raise _Unmapped
            raw = self._line(number)
            position = raw.rfind(line) if line else len(raw.rstrip())
            if cell:
                position = cell[0] - self.line_starts[number]
            if position < 0:
                raise _Unmapped
            content_starts.append(offset)
            source_starts.append(self.line_starts[number] + position)
            offset += len(line) + 1
        mapper = _OffsetMap(content_starts, source_starts)
        reader = _InlineReader(content, self.source, mapper, first + 1, self.mask)
        reader.read(token.children or [])
        images = [self._image_block(image) for image in reader.images]
        return reader.paragraph([block for pair in images for block in pair])

    def _image_block(self, image: _Image) -> list[Block]:
        """An image's alt text (with its codes, as a paragraph's) and title, each a unit of kind ``alt``."""
        blocks = []
        image_id = self._block_id("img")
        if isinstance(image.alt, _Paragraph) and image.alt.rich.text.strip():
            line = bisect.bisect_right(self.line_starts, image.alt.start)
            blocks.append(
                self._paragraph_block(f"{image_id}/alt", Kind.ALT, image.alt, line, holder=image.markup)
            )
        elif isinstance(image.alt, tuple):
            blocks += self._image_value(f"{image_id}/alt", image, (*image.alt, None))
        if image.title is not None:
            blocks += self._image_value(f"{image_id}/title", image, image.title)
        return blocks

    def _image_value(
        self, block_id: str, image: _Image, value: tuple[int, int, str, str | None]
    ) -> list[Block]:
        """An image's title (or alt text not understood as Markdown): plain words, no codes."""
        start, end, text, quote = value
        content = " ".join(text.split())
        if not content:
            return []
        self.skeleton.spans[block_id] = _Span(
            start, end, self.escape(content), holder=image.markup, quote=quote
        )
        return [Block(block_id, Kind.ALT, content, bisect.bisect_right(self.line_starts, start))]


@dataclass
class _Image:
    markup: tuple[int, int]  # source span of the whole ![alt](src "title")
    alt: _Paragraph | tuple[int, int, str] | None  # as a paragraph; or plain (start, end, text)
    title: tuple[int, int, str, str] | None  # (start, end, text, quote)


@dataclass
class _Paragraph:
    rich: richtext.RichText
    codes: tuple[Code, ...]
    start: int
    end: int
    breaks: tuple[str, ...]
    anchors: tuple[_Anchor, ...]
    line_starts: tuple[tuple[int, int], ...]
    emphasized: bool
    images: list[Block]


class _OffsetMap:
    """Offsets in an inline token's content (block markers stripped) to offsets in the source."""

    def __init__(self, content_starts: list[int], source_starts: list[int]) -> None:
        self.content_starts = content_starts
        self.source_starts = source_starts

    def __call__(self, offset: int) -> int:
        line = bisect.bisect_right(self.content_starts, offset) - 1
        return self.source_starts[line] + offset - self.content_starts[line]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.content_starts, offset) - 1


class _InlineReader:
    """Walks markdown-it's inline tokens alongside the raw text they came from."""

    def __init__(
        self, content: str, source: str, to_source: _OffsetMap, first_line: int, mask: str, begin: int = 0
    ) -> None:
        self.content = content  # as markdown-it read it: template syntax masked (see :func:`_parsed_form`)
        self.mask = mask
        self.first_line = first_line
        self.line_starts: list[tuple[int, int]] = []  # (plain-text offset, source line) of each wrapped line
        self.source = source
        self.to_source = to_source
        self.begin = begin  # where the text read starts in the content (an image's alt: after its "![")
        self.position = begin
        self.builder = RichBuilder()
        self.codes: list[Code] = []
        self.open: list[tuple[int, int]] = []  # (code id, content offset where its opening starts)
        self.pending: dict[int, tuple[str, int, int]] = {}  # code id -> (label, opening start, opening end)
        self.breaks: list[str] = []
        self.break_at: list[int] = []  # where in the content each break starts
        self.break_ends: list[int] = []  # where in the content each break ends
        self.line_anchors: list[_Anchor] = []  # per break, the standalone code it sits against, if any
        self.last_empty: tuple[int, str] = (-1, "")  # where the last standalone code ended, and its markup
        self.templates: dict[int, tuple[int, int]] = {}  # code id -> where its template syntax sits
        self.images: list[_Image] = []
        self.in_autolink = False
        self.lead = 0  # plain-text characters left out before the unit (template syntax at its start)

    def read(self, tokens: Sequence[Token]) -> None:
        for token in tokens:
            self._token(token)
        if self.content[self.position :].strip():
            raise _Unmapped

    def paragraph(self, images: list[Block]) -> _Paragraph:
        rich, codes, first, last = self._without_edge_templates(self.builder.result(), tuple(self.codes))
        start, end = self.to_source(first), self.to_source(last)
        emphasized = False
        # A pair around the whole text stays outside the block: its words are the unit, not one pair of codes.
        while rich.tags and _wraps_all(rich, rich.tags[0].id):
            code = next(code for code in codes if code.id == rich.tags[0].id)
            emphasized = emphasized or code.label in ("emphasis", "strong emphasis")
            start += len(code.opening)
            end -= len(code.closing)
            remaining = tuple(tag for tag in rich.tags if tag.id != code.id)
            rich, codes = richtext.renumbered(richtext.RichText(rich.text, remaining), codes)
        lead = self.lead
        line_starts = (
            (0, self.first_line + self.to_source.line(first)),
            *((offset - lead, line) for offset, line in self.line_starts if offset > lead),
        )
        kept = [index for index, at in enumerate(self.break_at) if first <= at < last]
        breaks = tuple(self.breaks[index] for index in kept)
        anchors = tuple(self.line_anchors[index] for index in kept)
        return _Paragraph(rich, codes, start, end, breaks, anchors, line_starts, emphasized, images)

    def _without_edge_templates(
        self, rich: richtext.RichText, codes: tuple[Code, ...]
    ) -> tuple[richtext.RichText, tuple[Code, ...], int, int]:
        """Template syntax at the very start or end (a heading's ``{/*anchor*/}``, a closing ``{:.class}``)
        stays outside the unit: the text, its codes, and the content offsets the unit runs between."""
        tags = list(rich.tags)
        first, last = self.begin, len(self.content.rstrip())
        while tags and tags[0].role == "empty" and tags[0].offset == 0 and tags[0].id in self.templates:
            first = self.templates[tags.pop(0).id][1]
        while (
            tags
            and tags[-1].role == "empty"
            and tags[-1].offset == len(rich.text)
            and tags[-1].id in self.templates
        ):
            last = self.templates[tags.pop().id][0]
        self.lead = 0
        if len(tags) == len(rich.tags):
            return rich, codes, first, last
        while first < last and self.content[first] in " \t\n":
            first += 1
        while last > first and self.content[last - 1] in " \t\n":
            last -= 1
        text = rich.text.lstrip(" ")
        lead = self.lead = len(rich.text) - len(text)
        text = text.rstrip(" ")
        moved = tuple(
            richtext.Tag(tag.id, tag.role, min(max(tag.offset - lead, 0), len(text))) for tag in tags
        )
        trimmed, kept = richtext.renumbered(richtext.RichText(text, moved), codes)
        return trimmed, kept, first, last

    # -- tokens ----------------------------------------------------------------------------------------

    def _token(self, token: Token) -> None:
        kind = token.type
        if self.in_autolink:  # an autolink's text is its URL: already taken whole
            self.in_autolink = kind != "link_close"
            return
        if kind == "link_open" and token.markup == "autolink":
            end = self.content.find(">", self.position)
            if not self.content.startswith("<", self.position) or end < 0:
                raise _Unmapped
            start, self.position = self.position, end + 1
            self._empty(f"link {_short(str(token.attrGet('href') or ''))}", start, self.position)
            self.in_autolink = True
        elif kind == "text":
            self._text(token.content)
        elif kind == "softbreak":
            start = self.position
            self.break_at.append(start)
            self._skip_line_break()
            self.break_ends.append(self.position)
            self.breaks.append(self.source[self.to_source(start) : self.to_source(self.position)])
            ended, markup = self.last_empty
            self.line_anchors.append(_Anchor(markup, after=True) if ended == start else _Anchor())
            self.builder.text(" ")
            self.line_starts.append(
                (self.builder.length, self.first_line + self.to_source.line(self.position))
            )
        elif kind == "hardbreak":
            start = self.position
            if self.content.startswith("\\", self.position):
                self.position += 1
            self._skip_line_break()
            self._empty("line break", start, self.position)
            self.builder.text(" ")
        elif kind in _PAIRS:
            self._open(_PAIRS[kind], self._expect(token.markup))
        elif kind == "link_open":
            href = token.attrGet("href") or ""
            self._open(f"link to {_short(str(href))}", self._expect("["))
        elif kind in _CLOSES:
            self._close(self._link_tail() if kind == "link_close" else self._expect(token.markup))
        elif kind == "code_inline":
            start = self.position
            self._code_span(token.markup)
            code = token.content if self.mask not in token.content else self._raw(start, self.position)
            self._empty(f"code: {_short(code)}", start, self.position)
        elif kind == "html_inline":
            span = self._expect(token.content)
            self._empty(f"HTML {_short(self._raw(*span))}", *span)
        elif kind == "image":
            self._image(token)
        elif kind == "footnote_ref":
            label = token.meta["label"]
            self._empty(f"footnote {_short(label)}", *self._expect(f"[^{label}]"))
        elif kind == "footnote_anchor":  # the back-link markdown-it adds to a footnote: not in the source
            return
        else:
            raise _Unmapped

    def _text(self, text: str) -> None:
        """Consume the raw form of ``text``; its template syntax (masked) and bare URLs are standalone codes."""
        for index, piece in enumerate(re.split(f"({re.escape(self.mask)}+|{_BARE_URL})", text)):
            if index % 2 and piece.startswith(self.mask):
                start, end = self._expect(piece)
                self._empty(f"template: {_short(self._raw(start, end))}", start, end)
                self.templates[len(self.codes)] = (start, end)
            elif index % 2:
                start = self.position
                self._consume(piece)  # the code is the URL as it is written: a \_ in it stays
                self._empty(f"URL {_short(piece)}", start, self.position)
            elif piece:
                self._prose(piece)

    def _prose(self, text: str) -> None:
        self._consume(text)
        self.builder.text(text)

    def _consume(self, text: str) -> None:
        """Move over the raw form of ``text``: characters as they are, backslash escapes, entities."""
        content = self.content
        if content.startswith(text, self.position) and "\\" not in text and "&" not in text:
            self.position += len(text)
            return
        position = self.position
        for char in text:
            entity = ENTITY_RE.match(content, position) if content.startswith("&", position) else None
            if content.startswith("\\" + char, position) and char in _PUNCTUATION:
                position += 2
            elif entity is not None and html.unescape(entity.group()) == char:
                position = entity.end()
            elif content.startswith(char, position):
                position += 1
            else:
                raise _Unmapped
        self.position = position

    def _skip_line_break(self) -> None:
        content = self.content
        while self.position < len(content) and content[self.position] in " \t":
            self.position += 1
        if not content.startswith("\n", self.position):
            raise _Unmapped
        self.position += 1
        while self.position < len(content) and content[self.position] in " \t":
            self.position += 1

    def _expect(self, raw: str) -> tuple[int, int]:
        if not raw or not self.content.startswith(raw, self.position):
            raise _Unmapped
        start = self.position
        self.position += len(raw)
        return start, self.position

    def _link_tail(self) -> tuple[int, int]:
        """``](destination "title")``, ``][label]`` or ``]``: the part of a link after its text."""
        start = self.position
        self._expect("]")
        content = self.content
        if content.startswith("(", self.position):
            self.position = _closing_paren(content, self.position)
        elif content.startswith("[", self.position):
            end = content.find("]", self.position)
            if end < 0:
                raise _Unmapped
            self.position = end + 1
        return start, self.position

    def _code_span(self, ticks: str) -> None:
        self._expect(ticks)
        pattern = re.compile(rf"(?<!`){re.escape(ticks)}(?!`)")
        match = pattern.search(self.content, self.position)
        if match is None:
            raise _Unmapped
        self.position = match.end()

    def _image(self, token: Token) -> None:
        start = self._expect("![")[0]
        alt_start = self.position
        alt_end = _closing_bracket(self.content, alt_start)
        self.position = alt_end
        tail_start = self.position
        self._link_tail()
        tail = self.content[tail_start : self.position]
        title = None
        found = re.search(r"""\s("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))\s*\)$""", tail)
        if found and token.attrGet("title"):
            quote = found.group(1)[0]
            title_start = self.to_source(tail_start + found.start(1) + 1)
            title_end = self.to_source(tail_start + found.end(1) - 1)
            title = (title_start, title_end, str(token.attrGet("title")), quote)
        alt_text = token.content
        markup = (self.to_source(start), self.to_source(self.position))
        alt = self._alt(token, alt_start, alt_end) if alt_text.strip() else None
        self.images.append(_Image(markup, alt, title))
        label = f"image ({_short(alt_text)})" if alt_text else "image"
        self._empty(label, start, self.position)

    def _alt(self, token: Token, alt_start: int, alt_end: int) -> _Paragraph | tuple[int, int, str]:
        """An image's alt text read as a paragraph's is (a code span in it a code); or, when its markup is
        not understood, its plain words and where they sit."""
        reader = _InlineReader(
            self.content[:alt_end], self.source, self.to_source, self.first_line, self.mask, alt_start
        )
        try:
            reader.read(token.children or [])
        except _Unmapped:
            return self.to_source(alt_start), self.to_source(alt_end), token.content
        return reader.paragraph([])

    # -- codes -----------------------------------------------------------------------------------------

    def _raw(self, start: int, end: int) -> str:
        return self.source[self.to_source(start) : self.to_source(end)] if end > start else ""

    def _empty(self, label: str, start: int, end: int) -> None:
        code = Code(len(self.codes) + 1, False, label, self._raw(start, end))
        if self.breaks and not self.line_anchors[-1].markup and self.break_ends[-1] == start:
            self.line_anchors[-1] = _Anchor(code.opening, after=False)
        self.last_empty = (end, code.opening)
        self.codes.append(code)
        self.builder.tag(code.id, "empty")

    def _open(self, label: str, span: tuple[int, int]) -> None:
        code_id = len(self.codes) + 1
        self.codes.append(Code(code_id, True, label))  # its markup is filled in when it closes
        self.pending[code_id] = (label, *span)
        self.open.append((code_id, span[0]))
        self.builder.tag(code_id, "open")

    def _close(self, span: tuple[int, int]) -> None:
        if not self.open:
            raise _Unmapped
        code_id, _ = self.open.pop()
        label, open_start, open_end = self.pending.pop(code_id)
        if self.mask in label or label == "link to ":  # a destination of template syntax, an undefined label
            label = f"link {_short(self._raw(*span)[1:])}"
        self.codes[code_id - 1] = Code(
            code_id, True, label, self._raw(open_start, open_end), self._raw(*span)
        )
        self.builder.tag(code_id, "close")


def _wraps_all(rich: richtext.RichText, code_id: int) -> bool:
    """A pair that opens at the start of the text and closes at its end."""
    opening = next((tag for tag in rich.tags if tag.id == code_id and tag.role == "open"), None)
    if opening is None:
        return False
    closing = next((tag for tag in rich.tags if tag.id == code_id and tag.role == "close"), None)
    return (
        rich.tags[0] is opening
        and opening.offset == 0
        and closing is not None
        and rich.tags[-1] is closing
        and closing.offset == len(rich.text)
    )


def _closing_bracket(content: str, position: int) -> int:
    """Where the ``]`` that closes the bracket opened just before ``position`` sits."""
    depth = 1
    while position < len(content):
        char = content[position]
        if char == "\\":
            position += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return position
        position += 1
    raise _Unmapped


def _closing_paren(content: str, position: int) -> int:
    """The offset after the ``)`` that closes a link's ``(`` at ``position``, read as CommonMark reads a link
    tail: a destination (``<…>``, or a run without spaces whose own parentheses are balanced, where a quote
    is a letter: ``#it's-here``), then a title in quotes or parentheses if there is one."""
    position = _after_space(content, position + 1)
    if content.startswith("<", position):
        position = _after_delimited(content, position, ">")
    else:
        depth = 0
        while position < len(content) and not content[position].isspace():
            char = content[position]
            if char == "\\":
                position += 1
            elif char == "(":
                depth += 1
            elif char == ")":
                if depth == 0:
                    break
                depth -= 1
            position += 1
    position = _after_space(content, position)
    if position < len(content) and content[position] in "\"'(":
        closer = ")" if content[position] == "(" else content[position]
        position = _after_space(content, _after_delimited(content, position, closer))
    if not content.startswith(")", position):
        raise _Unmapped
    return position + 1


def _after_space(content: str, position: int) -> int:
    while position < len(content) and content[position] in " \t\r\n":
        position += 1
    return position


def _after_delimited(content: str, position: int, closer: str) -> int:
    """The offset after ``closer`` that ends what opens at ``position`` (a backslash escapes a character)."""
    position += 1
    while position < len(content) and content[position] != closer:
        position += 2 if content[position] == "\\" else 1
    if position >= len(content):
        raise _Unmapped
    return position + 1


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LABEL_LIMIT else text[: _LABEL_LIMIT - 1] + "…"


def _written(span: _Span, content: str, skeleton: _Skeleton) -> str:
    """A block's new content as it goes into the source."""
    if span.front is not None:
        value = span.front.written(unmarked(content))
        return _rewrap(value, span.breaks, ()) if span.breaks else value
    if span.html is not None:
        return html_written(
            span.html, content, lambda text: _rewrap(text, span.breaks, span.protected, span.anchors)
        )
    closing_quote = ")" if span.quote == "(" else span.quote or ""  # an image title's
    always = closing_quote + ("|" if span.in_table else "")
    content = minimal_escapes(content, skeleton.reading(span), always, dict(span.entities))
    for (
        markup
    ) in span.protected:  # a hard break: the space after it (for MT) goes, the next line starts clean
        if "\n" in markup:
            content = content.replace(markup + " ", markup)
    return _rewrap(content, span.breaks, span.protected, span.anchors) if span.breaks else content


def _rewrap(
    text: str, breaks: Sequence[str], protected: Sequence[str], anchors: Sequence[_Anchor] = ()
) -> str:
    """``text`` over as many lines as the source had, each break with its original line prefix.

    Lines break at spaces of the prose; a text with too few spaces (Chinese, Japanese) breaks after its
    full-width punctuation too, then between two of its characters; never inside a code's markup (a link
    title, inline HTML, a URL), nor where the next line would start like a new block. Only a text with too
    few of all these keeps fewer lines. A line the source began with a standalone code (``<img …>``, an
    autolink, template syntax) begins with it again when a point is there.
    """
    candidates = _break_points(text, protected, len(breaks))
    offsets = [offset for offset, _ in candidates]
    pieces: list[str] = []
    position = 0
    next_candidate = 0
    for number, separator in enumerate(breaks, start=1):
        target = position + (len(text) - position) // (len(breaks) - number + 2)  # the rest shared evenly
        # a point is left for each later break, as long as there are points enough
        last = min(max(len(candidates) - (len(breaks) - number), next_candidate + 1), len(candidates))
        index = bisect.bisect_left(offsets, target, next_candidate, last)
        nearby = [i for i in (index - 1, index) if next_candidate <= i < last]
        if not nearby:
            break
        chosen = min(nearby, key=lambda i: abs(offsets[i] - target))
        anchored = _anchored_point(text, offsets, anchors[number - 1], position) if anchors else None
        if anchored is not None and next_candidate <= anchored < last:
            chosen = anchored
        cut, width = candidates[chosen]
        pieces.append(text[position:cut])
        pieces.append(separator)
        position = cut + width
        next_candidate = chosen + 1
    pieces.append(text[position:])
    return "".join(pieces)


def _anchored_point(text: str, offsets: Sequence[int], anchor: _Anchor, position: int) -> int | None:
    """The index of the break point right before (or after) the next ``anchor`` markup in ``text``, if any."""
    if not anchor.markup:
        return None
    found = text.find(anchor.markup, position)
    if found < 0:
        return None
    point = found + len(anchor.markup) if anchor.after else found - 1
    index = bisect.bisect_left(offsets, point)
    return index if index < len(offsets) and offsets[index] == point else None


def _break_points(text: str, protected: Sequence[str], wanted: int) -> list[tuple[int, int]]:
    """Where ``text`` may break, as (offset, width of what the break replaces), the fewest kinds for
    ``wanted`` breaks: spaces (replaced), else also after full-width punctuation, else between wide
    characters (kept)."""
    spaced: set[int] = set()
    marked: set[int] = set()
    for markup in set(protected):
        for found in re.finditer(re.escape(markup), text):
            (spaced if " " in markup else marked).update(range(found.start(), found.end()))
    marked |= spaced

    def allowed(offset: int, after: int) -> bool:
        return offset > 0 and not BLOCK_START_RE.match(text, after)

    points = [
        (m.start(), 1)
        for m in re.finditer(" ", text)
        if m.start() not in spaced and allowed(m.start(), m.end())
    ]
    for pattern in (_AFTER_WIDE_PUNCTUATION_RE, _BETWEEN_WIDE_RE):
        if len(points) >= wanted:
            break
        taken = {offset for offset, _ in points}
        points += [
            (m.start(), 0)
            for m in pattern.finditer(text)
            if m.start() not in taken
            and m.start() - 1 not in marked
            and m.start() not in marked
            and allowed(m.start(), m.start())
        ]
    return sorted(points)
