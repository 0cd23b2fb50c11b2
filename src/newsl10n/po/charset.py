"""Which charset a PO file is in, and reading its bytes with it.

The header's ``Content-Type: text/plain; charset=X`` says it. A file is read in that charset, so a
KOI8-R or ISO-8859-5 catalog comes out as the Russian text it holds. What cannot be read without
guessing is refused: non-ASCII bytes with no (or an unknown) charset, bytes that are not valid in the
declared charset, and UTF-8 bytes under a header that claims a legacy charset (reading those as the
header says is how catalogs turn into permanent mojibake).
"""

from __future__ import annotations

import codecs
import re

_CHARSET = re.compile(r"charset=([^ \t\n]*)")
# A byte sequence that is only ever UTF-8: a lead byte followed by the continuation bytes it needs.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
_ASCII_PROBE = '\n\r\t "\\#~|[]0123456789abcdefghijklmnopqrstuvwxyz_ABCDEFGHIJKLMNOPQRSTUVWXYZ,.:'


class CharsetError(ValueError):
    """The file cannot be decoded faithfully; ``offset`` is the first offending byte, if known."""

    def __init__(self, message: str, offset: int | None = None) -> None:
        super().__init__(message)
        self.offset = offset


def declared_charset(header_msgstr: str) -> str | None:
    """The ``charset=`` value of a header, as gettext finds it (first occurrence, up to a blank)."""
    match = _CHARSET.search(header_msgstr)
    return match.group(1) if match else None


def python_codec(charset: str) -> str | None:
    """The Python codec for a charset name, if it is one a PO file can be written in.

    PO syntax is ASCII; a charset qualifies only if it writes ASCII as ASCII (so UTF-16 does not).
    """
    if not charset or charset.upper() == "CHARSET":
        return None
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return None
    try:
        if _ASCII_PROBE.encode(codec) != _ASCII_PROBE.encode("ascii"):
            return None
    except (UnicodeError, LookupError):
        return None
    return codec


def decode(data: bytes, charset: str | None) -> tuple[str, str]:
    """The file's text and the codec that read it; :class:`CharsetError` when that needs a guess."""
    if data.isascii():
        return data.decode("ascii"), python_codec(charset or "") or "ascii"
    if charset is None:
        raise CharsetError(
            "the header declares no charset, but the file has non-ASCII bytes", _first_non_ascii(data)
        )
    codec = python_codec(charset)
    if codec is None:
        raise CharsetError(f"unknown charset {charset!r} in the header", None)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        byte = data[error.start : error.start + 1].hex()
        raise CharsetError(
            f"byte 0x{byte} is not valid {charset} (the header's charset)", error.start
        ) from None
    if codec != "utf-8" and _is_utf8(data):
        match = _UTF8_MULTIBYTE.search(data)
        offset = match.start() if match else None
        raise CharsetError(
            f"the header says charset={charset}, but the file's bytes are UTF-8; "
            "fix the header to charset=UTF-8",
            offset,
        )
    return text, codec


def _is_utf8(data: bytes) -> bool:
    if not _UTF8_MULTIBYTE.search(data):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_NON_ASCII = re.compile(rb"[\x80-\xff]")


def _first_non_ascii(data: bytes) -> int | None:
    match = _NON_ASCII.search(data)
    return match.start() if match else None
