"""Article bytes to text: UTF-8, or a web page in the charset it declares; anything else explained in one line
with its fix.

A browser reads a page in the charset its ``<meta>`` declares, and a page saved from one keeps it: such a page is
read the same way (the localized page is written in UTF-8 and says so). Text and Markdown files declare nothing,
so they must be UTF-8."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from newsl10n.errors import UserError

_PRESCAN_BYTES = 1024  # how far a browser looks for a page's declared charset
_DECLARED_RE = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([\w.:-]{2,40})", re.I)
_WINDOWS_1252_LABELS = frozenset(
    ("iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252")
)

_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32", "utf-32"),
    (b"\x00\x00\xfe\xff", "UTF-32", "utf-32"),
    (b"\xff\xfe", "UTF-16", "utf-16"),
    (b"\xfe\xff", "UTF-16", "utf-16"),
)


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
        label, codec = _declared_charset(data)
        if codec is not None:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass  # not what it says it is either: the hint below names both
        bad = data[error.start]
        line = data.count(b"\n", 0, error.start) + 1
        source = codec or ("cp1252" if 0x80 <= bad <= 0x9F else "latin1")
        said = f"; the page declares {label}" if codec else ""
        raise UserError(
            f"{path}: file is not UTF-8 (invalid byte 0x{bad:02x} at line {line}, byte offset {error.start}){said}; "
            f"convert it with `iconv -f {source} -t utf-8`"
        ) from error


def _declared_charset(data: bytes) -> tuple[str, str | None]:
    """The charset a web page declares in its first bytes (``<meta charset>``, or ``charset=`` in its
    Content-Type) as written, and the codec iconv should read it with (browsers read latin1 and ASCII labels as
    windows-1252, and so does this); None for none, UTF-8 or a name no codec has."""
    found = _DECLARED_RE.search(data[:_PRESCAN_BYTES])
    if found is None:
        return "", None
    label = found.group(1).decode("ascii")
    if label.lower() in _WINDOWS_1252_LABELS:
        return label, "cp1252"
    try:
        codecs.lookup(label)
    except LookupError:
        return label, None
    return label, None if is_utf8(label) else label.lower()


def is_utf8(label: str) -> bool:
    """Whether a declared charset's label names UTF-8 ("utf-8", "UTF8"); an unknown label does not."""
    try:
        return codecs.lookup(label.strip()).name == "utf-8"
    except LookupError:
        return False


def _looks_like_utf16(data: bytes) -> bool:
    """ASCII-range text in UTF-16 has a NUL in every other byte, all on the same side."""
    sample = data[:4096]
    half = len(sample) // 2
    return half >= 4 and max(sample[0::2].count(0), sample[1::2].count(0)) >= 0.9 * half
