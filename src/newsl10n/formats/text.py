"""Plain text: the headline on the first line, paragraphs separated by blank lines.

Single newlines inside a paragraph are wrapping, unless the text is what article extractors print: one
paragraph per line and no blank lines. That is told apart by how the lines end: wrapped lines mostly
stop mid-sentence, extractor lines end like sentences (or run longer than anyone wraps). A text whose
paragraphs run on lines longer than anyone wraps, several of them, wraps none: a single newline there ends a
block too (a related box set between two paragraphs).

Written back, the text is the headline and the paragraphs, set apart as the source sets them: by blank
lines, or one per line where the source has no blank line at all (an extractor's text), with the source's
line ends (CRLF stays CRLF) and, for a hard-wrapped wire text, wrapped at the source's width.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from newsl10n.errors import UserError
from newsl10n.formats import Document
from newsl10n.invisible import is_blank
from newsl10n.model import Block, Dropped, Kind
from newsl10n.newsparts import furniture_reason

_INNER_SPACE_RE = re.compile(r"[ \t\f\v]+")
_INDENT_RE = re.compile(r"[ \t]*")
_ENDS_LIKE_A_SENTENCE = re.compile(r"[.!?…:;][\"'”’)\]]*$")
# Nobody wraps lines this long by hand; an extractor's paragraph lines often are.
_UNWRAPPED_LINE = 200
_UNWRAPPED_LINES = 3  # this many such lines, and the text wraps none of its paragraphs
_TAB_LED_LINES = 3  # this many lines opening with a tab: wire copy that sets its paragraphs apart so
_WRAPPED_LINES = 2  # lines that another line of their paragraph follows: the text is hard-wrapped
_WRAP_LIMIT = 100  # wider than this, a line is no hard wrapping a translation should copy
_WRAP_FLOOR = 40  # narrower than this, short lines are a block's own (an address), not wrapping
_FULL_LINE = 0.7  # most wrapped lines fill this share of the width
Lines = list[tuple[int, str]]  # (source line number, normalized text)


class TextFormat:
    name = "text"
    extensions = (".txt", ".text")

    def read(self, text: str, path: Path, *, keep_all: bool = False) -> Document:
        raw = _normalized(text).split("\n")  # the source's lines, read once for the paragraphs and the layout
        paragraphs = _paragraphs(raw)
        if not paragraphs:
            raise UserError(f"{path}: file is empty (only whitespace)")
        dropped: list[Dropped] = []
        while (
            not keep_all and paragraphs and furniture_reason(paragraphs[0][0][1]) == "advertisement"
        ):  # an ad above the headline is not it
            number, label = paragraphs[0].pop(0)
            dropped.append(Dropped(number, label, "furniture: advertisement"))
            if not paragraphs[0]:
                paragraphs.pop(0)
        if not paragraphs:
            raise UserError(f"{path}: no article text, only scraped boilerplate")
        first = paragraphs[0]
        paragraphs = [first[:1]] + ([first[1:]] if len(first) > 1 else []) + paragraphs[1:]
        blocks = [_block(lines, index) for index, lines in enumerate(paragraphs)]
        layout = _layout(
            "\r\n" if "\r\n" in text else "\n",
            raw,
            _wrap_width(paragraphs[1:], raw),
            _indents(raw, blocks, paragraphs),
            _gaps(raw, blocks, paragraphs),
        )
        return Document(blocks, skeleton=layout, dropped=dropped, extension=".txt")

    def escape(self, text: str) -> str:
        return text

    def write(self, document: Document, contents: Mapping[str, str], lang: str) -> str:
        layout = document.skeleton if isinstance(document.skeleton, TextLayout) else TextLayout()
        indents, gaps = dict(layout.indents), dict(layout.gaps)
        usual_gap = 0 if layout.one_per_line else 1
        written: list[str] = [layout.newline * layout.leading]
        for block in document.blocks:
            if block.id not in contents:
                continue
            if len(written) > 1:  # set apart as the source sets it: by its blank lines, or by a newline alone
                written.append(layout.newline * (gaps.get(block.id, usual_gap) + 1))
            indent, rest = indents.get(block.id, ("", ""))
            if block.kind == Kind.HEADLINE:
                written.append(indent + contents[block.id])
            else:
                written.append(_wrapped(contents[block.id], layout, indent, rest))
        # the file's own ending where its last block is written; after a dropped tail, a line's end
        last_kept = bool(document.blocks) and document.blocks[-1].id in contents
        return "".join(written) + layout.newline * (layout.ending if last_kept else 1)


@dataclass(frozen=True)
class TextLayout:
    """How the source sets its paragraphs apart, for the translation to look the same."""

    one_per_line: bool = False  # no blank line anywhere: a paragraph per line
    newline: str = "\n"
    wrap_width: int | None = None  # a wire text's hard wrapping: its paragraphs' lines run up to this
    # per block that has one: the spaces or tab that open its first line, and its other lines (a wire
    # story's paragraphs open with a tab)
    indents: tuple[tuple[str, tuple[str, str]], ...] = ()
    # per block set apart otherwise than the text's usual way: the blank lines above it (none for a headline
    # on the line above its story, or paragraphs told apart by their indentation; two before a new section)
    gaps: tuple[tuple[str, int], ...] = ()
    leading: int = 0  # blank lines above the first block
    ending: int = 1  # line ends after the last block (none when the file stops on its last word)


def _layout(
    newline: str,
    raw: list[str],
    wrap_width: int | None = None,
    indents: tuple[tuple[str, tuple[str, str]], ...] = (),
    gaps: tuple[tuple[str, int], ...] = (),
) -> TextLayout:
    leading = next((index for index, line in enumerate(raw) if line), len(raw))
    ending = next((index for index, line in enumerate(reversed(raw)) if line), len(raw))  # empty lines after
    lines = raw[leading : len(raw) - ending]
    one_per_line = len(lines) > 2 and not any(is_blank(line) for line in lines)
    usual_gap = 0 if one_per_line else 1
    unusual = tuple((block_id, gap) for block_id, gap in gaps if gap != usual_gap)
    return TextLayout(one_per_line, newline, wrap_width, indents, unusual, leading, ending)


def _gaps(raw: list[str], blocks: list[Block], paragraphs: list[Lines]) -> tuple[tuple[str, int], ...]:
    """How many blank lines stand between each block and the one before it."""
    return tuple(
        (block.id, lines[0][0] - 1 - before[-1][0])
        for block, (before, lines) in zip(blocks[1:], pairwise(paragraphs), strict=True)
    )


def _indents(
    raw: list[str], blocks: list[Block], paragraphs: list[Lines]
) -> tuple[tuple[str, tuple[str, str]], ...]:
    """The indentation of each block's first line and of its next one, where it has any."""
    found = []
    for block, lines in zip(blocks, paragraphs, strict=True):
        first = _indent(raw[lines[0][0] - 1])
        rest = _indent(raw[lines[1][0] - 1]) if len(lines) > 1 else ""
        if first or rest:
            found.append((block.id, (first, rest)))
    return tuple(found)


def _normalized(text: str) -> str:
    """The text without its byte order mark, every line end a newline."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _wrap_width(paragraphs: list[Lines], raw: list[str]) -> int | None:
    """The width a hard-wrapped text wraps its paragraphs at (its longest line that another follows, as the
    ``raw`` lines run, indentation and all), or None when its paragraphs run on one line each or break lines
    for another reason than width: wrapped lines are a few, no longer than anyone wraps, and mostly full."""
    inner = [len(raw[number - 1].rstrip()) for lines in paragraphs for number, _ in lines[:-1]]
    if len(inner) < _WRAPPED_LINES or not _WRAP_FLOOR <= max(inner) <= _WRAP_LIMIT:
        return None
    width = max(inner)
    full = sum(1 for length in inner if length >= width * _FULL_LINE)
    return width if full >= len(inner) * _FULL_LINE else None  # not a byline's or an address's lines


def _wrapped(paragraph: str, layout: TextLayout, indent: str = "", rest: str = "") -> str:
    """A paragraph wrapped as the source wraps its own (at spaces, words never cut), in its line ends,
    indented as its own lines are."""
    if layout.wrap_width is None:
        return indent + paragraph
    lines = textwrap.wrap(
        paragraph,
        layout.wrap_width,
        initial_indent=indent,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return layout.newline.join(lines) or indent + paragraph


def _block(lines: Lines, index: int) -> Block:
    line_starts: list[tuple[int, int]] = []
    offset = 0
    for number, line in lines:
        line_starts.append((offset, number))
        offset += len(line) + 1
    kind = Kind.HEADLINE if index == 0 else Kind.BODY
    block_id = "headline" if index == 0 else f"p[{index}]"
    content = " ".join(line for _, line in lines)
    return Block(block_id, kind, content, lines[0][0], line_starts=tuple(line_starts))


def _paragraphs(raw_lines: list[str]) -> list[Lines]:
    """Paragraphs separated by blank lines (or one per line, for extractor output), with line numbers."""
    paragraphs: list[Lines] = []
    current: Lines = []
    for number, raw in enumerate(raw_lines, start=1):
        line = "" if is_blank(raw) else _INNER_SPACE_RE.sub(" ", raw.strip())
        if line:
            current.append((number, line))
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    tab_led = sum(1 for line in raw_lines if line.startswith("\t")) >= _TAB_LED_LINES
    paragraphs = [part for lines in paragraphs for part in _split_at_indents(lines, raw_lines, tab_led)]
    extractor_lines = len(paragraphs) <= 2 and any(_one_paragraph_per_line(lines) for lines in paragraphs)
    # a text that wraps nothing (its paragraphs run for lines of hundreds of characters) breaks a line only where a
    # block ends: a related box set between two paragraphs with single newlines ("Trump Plans To Dissolve His
    # Foundation ..." / "THE TWO-WAY" / ...) is no part of the paragraph below it
    if extractor_lines or _written_unwrapped(paragraphs):
        return [[line] for lines in paragraphs for line in lines]
    return paragraphs


def _split_at_indents(lines: Lines, raw: list[str], tab_led: bool = False) -> list[Lines]:
    """Lines with no blank line between them, cut where a line opens with a tab (a paragraph or a table's
    row in wire copy), or is indented deeper than the one before it, which ends like a sentence or stops
    short: a new paragraph, as books set them ("   The vote was 72-25."). A hanging indentation (a full
    line, then the rest indented) goes on the paragraph. In wire copy whose paragraphs open with a tab
    (``tab_led``), the lines above its first one are its header's, a line each (a photo's numbers, an
    editor's note, the byline)."""
    parts: list[Lines] = [lines[:1]]
    header = tab_led
    for (before, text_before), (number, text) in pairwise(lines):
        deeper = _indentation(raw[number - 1]) > _indentation(raw[before - 1])
        stops = _ENDS_LIKE_A_SENTENCE.search(text_before) is not None or len(text_before) < len(text) / 2
        tab = raw[number - 1].startswith("\t")  # a tab opens a paragraph or a table's row, as in wire copy
        header = header and not tab and not raw[before - 1].startswith("\t")
        if tab or header or (deeper and stops):
            parts.append([])
        parts[-1].append((number, text))
    return parts


def _indent(line: str) -> str:
    """The spaces and tabs that open ``line``."""
    return _INDENT_RE.match(line).group()


def _indentation(line: str) -> int:
    return len(_indent(line))


def _written_unwrapped(paragraphs: list[Lines]) -> bool:
    """Whether the text runs its paragraphs on unwrapped lines: several longer than anyone wraps."""
    long_lines = sum(1 for lines in paragraphs for _, line in lines if len(line) > _UNWRAPPED_LINE)
    return long_lines >= _UNWRAPPED_LINES


def _one_paragraph_per_line(lines: Lines) -> bool:
    """Extractor output: several lines that end like sentences, or lines longer than anyone wraps."""
    if len(lines) < 3:
        return False
    inner = [line for _, line in lines[1:-1]]  # the first may be a headline, the last ends anyway
    ends = sum(1 for line in inner if _ENDS_LIKE_A_SENTENCE.search(line)) / len(inner)
    long_lines = any(len(line) > _UNWRAPPED_LINE for line in inner)
    return ends >= 0.75 or (long_lines and ends >= 0.5)
