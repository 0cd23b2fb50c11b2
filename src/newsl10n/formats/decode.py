"""Article bytes to text: UTF-8 only, and every other encoding explained in one line with its fix."""

from __future__ import annotations

from pathlib import Path

from newsl10n.errors import UserError

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
