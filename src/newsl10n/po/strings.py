"""PO string literals: reading escapes the way gettext's lexer does, and writing them back.

gettext accepts the C escapes ``\\n \\t \\b \\r \\f \\v \\a \\\\ \\"``, up to three octal digits and ``\\x``
with hex digits; anything else after a backslash is "invalid control sequence". An octal or hex
escape stands for one byte of the file's charset, not for a character.
"""

from __future__ import annotations

import re

_SIMPLE = {"n": "\n", "t": "\t", "b": "\b", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "\\": "\\", '"': '"'}
_ESCAPE = re.compile(r"\\(?:([ntbrfva\\\"])|([0-7]{1,3})|x([0-9A-Fa-f]+)|(.|$))", re.DOTALL)
_WRITE = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\a": "\\a", "\b": "\\b"}
_WRITE.update({"\f": "\\f", "\v": "\\v"})
_RARE_ESCAPE = re.compile(r'\\[^n"t]')
_NEEDS_ESCAPE = re.compile(r'[\\"\n\t\r\a\b\f\v]')


class StringError(ValueError):
    """A literal gettext would not accept; the message is msgfmt's wording."""


def unescape(body: str, encoding: str) -> str:
    """The value of a string literal's body (the text between its quotes)."""
    value = body if "\\" not in body else _unescape_slow(body, encoding)
    if "\x04" in value:
        raise StringError("context separator <EOT> within string")
    return value


def _unescape_slow(body: str, encoding: str) -> str:
    if "\\\\" not in body and _RARE_ESCAPE.search(body) is None:
        # Only \n, \" and \t (nearly every escape in real catalogs): plain replacements suffice.
        return body.replace("\\n", "\n").replace('\\"', '"').replace("\\t", "\t")
    pieces: list[str | bytes] = []
    position = 0
    raw_bytes = False
    for match in _ESCAPE.finditer(body):
        pieces.append(body[position : match.start()])
        position = match.end()
        simple, octal, hexa, other = match.groups()
        if simple is not None:
            pieces.append(_SIMPLE[simple])
            continue
        if other is not None:
            raise StringError("invalid control sequence")
        code = int(octal, 8) if octal is not None else int(hexa, 16)
        code &= 0xFF  # C stores the value in a char
        if code < 0x80:
            pieces.append(chr(code))
        else:
            pieces.append(bytes([code]))
            raw_bytes = True
    pieces.append(body[position:])
    if not raw_bytes:
        return "".join(pieces)  # type: ignore[arg-type]
    data = b"".join(piece if isinstance(piece, bytes) else piece.encode(encoding) for piece in pieces)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise StringError(f"escaped bytes are not valid {encoding}") from None


def escape(value: str) -> str:
    """The body of a literal for ``value``, escaped the way msgcat writes it."""
    if not _NEEDS_ESCAPE.search(value):
        return value
    return _NEEDS_ESCAPE.sub(lambda match: _WRITE[match.group()], value)
