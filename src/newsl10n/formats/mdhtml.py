"""The prose inside an HTML block of a Markdown file: a ``<figure>``'s caption and its ``<img alt>``, a ``<p>``,
a ``<details>`` summary.

CommonMark passes an HTML block through as it is, so its text is HTML, not Markdown. It is read with the
HTML format's own pieces (:func:`~newsl10n.formats.htmltree.parse`,
:class:`~newsl10n.formats.htmlblocks.RunFinder`, :func:`~newsl10n.formats.htmlnews.run_kind`): each run of
text is a unit with its inline elements as codes; an image's ``alt`` and ``title``, and the ``title`` of an
element in a sentence (``<a title="Download chart">``), are units of kind ``alt``. Script, style, ``<pre>``
and ``<code>`` stay as they are, and so do comments and a line that is only a tag. Template syntax in the
text (``{% include x %}``) is a standalone code, kept as it is; an attribute holding any is left alone, and
so is text kramdown reads as Markdown (``<div markdown="1">``). A translation goes back HTML-escaped
(:func:`written`), every tag, attribute and space of the block as it was.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsl10n import richtext
from newsl10n.formats.frontmatter import ENTITY_RE
from newsl10n.formats.htmlblocks import Run, RunFinder, normalize_space
from newsl10n.formats.htmlnews import is_code_box, is_inline_credit, run_kind
from newsl10n.formats.htmltree import Element, LineIndex, parse
from newsl10n.formats.mdescape import change_prose, unmarked
from newsl10n.formats.templates import template_spans
from newsl10n.model import Code, Kind

_IMAGE_ATTRIBUTES = ("alt", "title")  # the text of an image; of an element in a sentence, its title
_LABEL_LIMIT = 60
_MARKUP_RE = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_LINE_BREAK_RE = re.compile(r"[ \t\r]*\n[ \t\r\n]*")
_FENCE_LINE_RE = re.compile(r"^[ \t]*(?:`{3}|~{3})", re.MULTILINE)


@dataclass(frozen=True)
class HtmlPiece:
    """One unit of an HTML block: where it sits in the Markdown source and how it is written back."""

    name: str  # what the unit's id is made of: the name of the element holding the text
    attribute: str  # "" for an element's text, else the attribute's name ("alt")
    kind: Kind
    content: str  # the PO form
    codes: tuple[Code, ...]
    line: int  # 1-based, in the Markdown source
    start: int  # source offsets of the text (an attribute's value, inside its quotes)
    end: int
    quote: str | None = None  # an attribute's quote ('"', "'", "" when unquoted); None for an element's text
    tag: tuple[int, int] | None = None  # an attribute's start tag in the source
    hidden: str = ""  # comments inside the text, written after its new words
    entities: tuple[tuple[str, str], ...] = ()  # (character, entity): how the source wrote a character
    breaks: tuple[str, ...] = ()  # the source between the text's lines (a newline and the indentation)
    anchors: tuple[tuple[str, bool], ...] = ()  # per break, the standalone code it sat after (or before)
    bare_greater: bool = False  # the source writes ">" in its words as it is, not as "&gt;"
    line_breaks: tuple[str, ...] = ()  # the markup of its line breaks (<br/>)
    tight: bool = False  # the source's words follow its line breaks without a space


def html_pieces(
    source: str, start: int, end: int, first_line: int, as_written: str | None = None
) -> list[HtmlPiece]:
    """The units of the HTML block ``source[start:end]`` (its first line 0-based ``first_line``), in order.

    A block inside a block quote is read from ``source`` with the quote's marks blanked out; ``as_written`` is
    the file as written, where a unit's line breaks are taken from (``"\n> "``), so that a translation
    wrapped over several lines stays inside the quote (see :func:`markup_across_lines` for what cannot)."""
    block = source[start:end]
    written_block = as_written[start:end] if as_written is not None else block
    root = parse(block)
    lines = LineIndex(block)
    finder = RunFinder(block, root, lines, extra_boundary=is_inline_credit, extra_opaque=is_code_box)
    pieces = []
    in_runs: set[Element] = set()
    for run in finder.runs():
        piece = _run_piece(run, block, start, first_line, written_block)
        if piece is not None:
            pieces.append(piece)
            in_runs.update(node for top in run.nodes if isinstance(top, Element) for node in top.iter())
    for element in root.iter():
        if element.name == "img":
            pieces += _attribute_pieces(element, _IMAGE_ATTRIBUTES, block, start, first_line)
        elif element in in_runs:
            pieces += _attribute_pieces(element, ("title",), block, start, first_line)
    return sorted(pieces, key=lambda piece: piece.start)


def _run_piece(run: Run, block: str, offset: int, first_line: int, written_block: str) -> HtmlPiece | None:
    """The unit of a run of text in the HTML ``block`` (at ``offset`` in the Markdown source), or None when
    its text is Markdown or template syntax only; its line breaks are read from ``written_block``, the
    block as the file has it (a quote's marks in them)."""
    if _markdown_inside(run.container, block) or _FENCE_LINE_RE.search(block, run.start, run.end):
        return None
    raw = block[run.start : run.end]
    found = _templates_as_codes(run.rich, run.codes, raw)
    if found is None or not found[0].text.strip():
        return None
    rich, codes = found
    breaks, anchors = _line_breaks(raw, codes, written_block[run.start : run.end])
    line_breaks = tuple({code.opening for code in codes if code.label == "line break"})
    return HtmlPiece(
        run.container.name,
        "",
        run_kind(run),
        rich.po_form,
        codes,
        first_line + run.line,
        offset + run.start,
        offset + run.end,
        hidden=run.hidden,
        entities=_entities(raw),
        breaks=breaks,
        anchors=anchors,
        bare_greater=">" in _MARKUP_RE.sub("", raw),
        line_breaks=line_breaks,
        tight=bool(line_breaks) and not any(markup + gap in raw for markup in line_breaks for gap in " \t\n"),
    )


def markup_across_lines(piece: HtmlPiece) -> bool:
    """Whether a tag inside the unit's words is broken over lines: in a block quote, its markup as read has
    lost the quote's marks, so the unit must stay as it is."""
    return any("\n" in code.opening or "\n" in code.closing for code in piece.codes)


def written(piece: HtmlPiece, content: str, wrapped: Callable[[str], str]) -> str:
    """A unit's new content as it goes into the HTML block: its prose HTML-escaped (an attribute's quote
    too), characters the source wrote as entities written so again, its markup as it is, and its lines
    broken by ``wrapped``."""

    def escaped(prose: str) -> str:
        prose = prose.replace("&", "&amp;").replace("<", "&lt;")
        if not piece.bare_greater:
            prose = prose.replace(">", "&gt;")
        for char, entity in piece.entities:
            prose = prose.replace(char, entity)
        if piece.quote == "'":
            return prose.replace("'", "&#39;")
        return prose.replace('"', "&quot;") if piece.quote is not None else prose

    text = unmarked(change_prose(content, escaped))
    for markup in piece.line_breaks:  # the space after a line break that MT needed, not the source
        text = re.sub(re.escape(markup) + (" " if piece.tight else " (?=<)"), markup, text)
    text = wrapped(text)
    if piece.quote is None:
        return text + piece.hidden
    return text if piece.quote else f'"{text}"'


def _markdown_inside(element: Element, block: str) -> bool:
    """An element whose text is Markdown, not plain HTML: kramdown's ``<div markdown="1">``, an MDX component
    (``<TabItem>``, its name capitalized)."""
    return any(
        "markdown" in node.attributes or block[node.start + 1 : node.start + 2].isupper()
        for node in (element, *element.ancestors())
        if node.name != "#document"
    )


def _line_breaks(
    raw: str, codes: Sequence[Code], written: str
) -> tuple[tuple[str, ...], tuple[tuple[str, bool], ...]]:
    """The line breaks in the words of ``raw`` (not those inside a tag or a standalone code), and for each the
    standalone code (``<br>``) it came right after, or else right before: a translation is wrapped over as
    many lines, a line that ended with ``<br>`` ending with it again where it can. A break is taken as
    ``written`` has it: ``raw`` with a block quote's marks."""
    standalone = sorted(
        {code.opening for code in codes if not code.paired and code.opening}, key=len, reverse=True
    )
    breaks: list[str] = []
    anchors: list[tuple[str, bool]] = []
    after = (-1, "")  # where the last standalone code ended, and its markup
    position = 0
    while position < len(raw):
        code = next((markup for markup in standalone if raw.startswith(markup, position)), None)
        tag = _MARKUP_RE.match(raw, position) if code is None else None
        gap = _LINE_BREAK_RE.match(raw, position) if code is None and tag is None else None
        if code is not None:
            position += len(code)
            after = (position, code)
        elif tag is not None:
            position = tag.end()
        elif gap is not None:
            following = next((markup for markup in standalone if raw.startswith(markup, gap.end())), "")
            breaks.append(written[gap.start() : gap.end()])
            anchors.append((after[1], True) if after[0] == position else (following, False))
            position = gap.end()
        else:
            position += 1
    return tuple(breaks), tuple(anchors)


def _attribute_pieces(
    element: Element, names: tuple[str, ...], block: str, offset: int, first_line: int
) -> list[HtmlPiece]:
    """The element's text attributes ``names`` in the HTML ``block`` (at ``offset`` in the Markdown source);
    a value holding template syntax (``{{ page.title }}``) is the site's."""
    pieces = []
    for name in names:
        attribute = element.attributes.get(name)
        if attribute is None or template_spans(attribute.value):
            continue
        content = normalize_space(attribute.value)
        if content:
            pieces.append(
                HtmlPiece(
                    element.name,
                    name,
                    Kind.ALT,
                    richtext.RichText(content).po_form,
                    (),
                    first_line + block.count("\n", 0, attribute.value_start) + 1,
                    offset + attribute.value_start,
                    offset + attribute.value_end,
                    quote=attribute.quote,
                    tag=(offset + element.start, offset + element.open_end),
                    entities=_entities(block[attribute.value_start : attribute.value_end]),
                )
            )
    return pieces


def _templates_as_codes(
    rich: richtext.RichText, codes: tuple[Code, ...], raw: str
) -> tuple[richtext.RichText, tuple[Code, ...]] | None:
    """The run's text with each stretch of template syntax in it made a standalone code, kept as it is; None
    when one is not in the ``raw`` source as the text has it (entities, spaces collapsed): the run stays."""
    spans = template_spans(rich.text)
    if not spans:
        return rich, codes
    if any(rich.text[start:end] not in raw for start, end in spans):
        return None
    added = list(codes)
    for start, end in reversed(spans):
        markup = rich.text[start:end]
        code = Code(len(added) + 1, False, f"template: {_short(markup)}", markup)
        added.append(code)
        rich = rich.replace(start, end, "")
        at = next((index for index, tag in enumerate(rich.tags) if tag.offset > start), len(rich.tags))
        tags = (*rich.tags[:at], richtext.Tag(code.id, "empty", start), *rich.tags[at:])
        rich = richtext.RichText(rich.text, tags)
    text = rich.text.strip(" ")
    lead = len(rich.text) - len(rich.text.lstrip(" "))
    tags = tuple(
        richtext.Tag(tag.id, tag.role, min(max(tag.offset - lead, 0), len(text))) for tag in rich.tags
    )
    return richtext.renumbered(richtext.RichText(text, tags), added)


def _entities(raw: str) -> tuple[tuple[str, str], ...]:
    """The characters ``raw`` wrote as entities (``&nbsp;``, ``&#39;``), other than ``&``, ``<`` and ``>``,
    which are always escaped."""
    found = {(html.unescape(entity), entity) for entity in ENTITY_RE.findall(raw)}
    return tuple(sorted((char, entity) for char, entity in found if len(char) == 1 and char not in "&<>"))


def _short(text: str) -> str:
    return text if len(text) <= _LABEL_LIMIT else text[: _LABEL_LIMIT - 1] + "…"
