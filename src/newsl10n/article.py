"""Read an article file into translatable units: decode, normalize, drop boilerplate, segment.

The format is deliberately plain: the first non-empty line is the headline, blank lines separate
paragraphs, and single newlines inside a paragraph are just wrapping. Every unit remembers the line of
the original file where it starts, so a translator (or a QA message) can point back at the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsl10n.boilerplate import find_boilerplate, is_advertisement
from newsl10n.errors import UserError
from newsl10n.model import Article, Dropped, Unit
from newsl10n.segment import sentence_spans

_INNER_SPACE_RE = re.compile(r"[ \t\f\v]+")
_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32", "utf-32"),
    (b"\x00\x00\xfe\xff", "UTF-32", "utf-32"),
    (b"\xff\xfe", "UTF-16", "utf-16"),
    (b"\xfe\xff", "UTF-16", "utf-16"),
)


@dataclass
class _Block:
    """A paragraph as it sits in the file: its lines (normalized) and their 1-based numbers."""

    lines: list[tuple[int, str]]

    @property
    def line(self) -> int:
        return self.lines[0][0]

    @property
    def text(self) -> str:
        return " ".join(text for _, text in self.lines)


def read_article(path: Path | str) -> Article:
    """Read, validate and segment the article at ``path``; bad input raises :class:`UserError`."""
    path = Path(path)
    if not path.exists():
        raise UserError(f"{path}: no such file")
    if path.is_dir():
        raise UserError(f"{path}: is a directory, expected an article text file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(f"{path}: cannot read the file ({error.strerror or error})") from error
    return parse_article(decode_article(data, path), path)


def decode_article(data: bytes, path: Path) -> str:
    """Decode the file's bytes as UTF-8 (BOM allowed), explaining anything else in one line."""
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            raise UserError(
                f"{path}: file is {name} (it starts with a {name} byte-order mark), expected UTF-8; "
                f"convert it with `iconv -f {codec} -t utf-8`"
            )
    if not data:
        raise UserError(f"{path}: file is empty")
    nul = data.find(b"\x00")
    if nul >= 0:
        if _looks_like_utf16(data):
            raise UserError(
                f"{path}: file looks like UTF-16 without a byte-order mark, expected UTF-8; "
                "convert it with `iconv -f utf-16le -t utf-8` (or utf-16be)"
            )
        raise UserError(f"{path}: binary file (NUL byte at offset {nul}), expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        line = data.count(b"\n", 0, error.start) + 1
        source = "cp1252" if 0x80 <= bad <= 0x9F else "latin1"
        raise UserError(
            f"{path}: file is not UTF-8 (invalid byte 0x{bad:02x} at line {line}, byte offset {error.start}); "
            f"convert it with `iconv -f {source} -t utf-8`"
        ) from error


def _looks_like_utf16(data: bytes) -> bool:
    """ASCII-range text in UTF-16 has a NUL in every other byte, all on the same side."""
    sample = data[:4096]
    half = len(sample) // 2
    return half >= 4 and max(sample[0::2].count(0), sample[1::2].count(0)) >= 0.9 * half


def parse_article(text: str, path: Path) -> Article:
    """Build the article from already decoded text (BOM and CRLF are fine)."""
    path = Path(path)
    blocks = _blocks(text)
    if not blocks:
        raise UserError(f"{path}: file is empty (only whitespace)")
    dropped: list[Dropped] = []
    while blocks and is_advertisement(blocks[0].lines[0][1]):  # an ad above the headline is not it
        lineno, label = blocks[0].lines.pop(0)
        dropped.append(Dropped(lineno, label, "boilerplate: advertisement"))
        if not blocks[0].lines:
            blocks.pop(0)
    if not blocks:
        raise UserError(f"{path}: no article text, only scraped boilerplate")
    first = blocks[0]
    headline = _Block(first.lines[:1])
    body = ([_Block(first.lines[1:])] if len(first.lines) > 1 else []) + blocks[1:]

    drops = find_boilerplate([headline.text] + [block.text for block in body])
    if 0 in drops:
        raise UserError(f"{path}: no article text, only scraped boilerplate")
    units = _units(headline, "headline", 0)
    number = 0
    for index, block in enumerate(body, start=1):
        if index in drops:
            dropped.append(Dropped(block.line, block.text, drops[index]))
            continue
        number += 1
        units.extend(_units(block, "body", number))
    dropped.sort(key=lambda item: item.line)
    return Article(path=path, units=units, dropped=dropped)


def _normalize_line(line: str) -> str:
    """Trim the line (no-break spaces included) and collapse runs of spaces and tabs inside it."""
    return _INNER_SPACE_RE.sub(" ", line.strip())


def _blocks(text: str) -> list[_Block]:
    """Paragraphs separated by blank lines, each with the original line numbers of its lines."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[_Block] = []
    current: list[tuple[int, str]] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = _normalize_line(raw)
        if line:
            current.append((number, line))
        elif current:
            blocks.append(_Block(current))
            current = []
    if current:
        blocks.append(_Block(current))
    return blocks


def _units(block: _Block, kind: str, paragraph: int) -> list[Unit]:
    """One unit per sentence of the block, each with the source line where the sentence starts."""
    text = block.text
    line_starts: list[tuple[int, int]] = []  # (offset in text, source line)
    offset = 0
    for number, line in block.lines:
        line_starts.append((offset, number))
        offset += len(line) + 1
    units = []
    for position, (start, end) in enumerate(sentence_spans(text), start=1):
        line = max(number for line_offset, number in line_starts if line_offset <= start)
        unit_id = f"h{position}" if kind == "headline" else f"p{paragraph}s{position}"
        units.append(Unit(unit_id, kind, paragraph, position, line, text[start:end]))
    return units
