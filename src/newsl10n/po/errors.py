"""The ways a PO file can be refused, each shown to the user as one line naming the file and line."""

from __future__ import annotations

from pathlib import Path

from newsl10n.errors import UserError


class MalformedCatalog(UserError):
    """A PO file that GNU ``msgfmt -c`` would reject, or that cannot be read without guessing.

    ``str()`` is ``path:line: reason``, the form compilers and msgfmt use.
    """

    def __init__(self, path: Path | str, line: int, reason: str) -> None:
        self.path = Path(path)
        self.line = line
        self.reason = reason
        location = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{location}: {reason}")


class UnencodableText(UserError):
    """A change holds characters the catalog's charset cannot represent (say, « in a KOI8-R file)."""

    def __init__(self, path: Path | str, line: int, text: str, charset: str) -> None:
        self.path = Path(path)
        self.line = line
        bad = sorted({char for char in text if not _encodes(char, charset)})
        shown = " ".join(f"U+{ord(char):04X} {char!r}" for char in bad[:3])
        super().__init__(
            f"{path}:{line}: the file's charset {charset} cannot hold {shown}; "
            "convert the file to UTF-8 first (msgconv -t UTF-8)"
        )


def _encodes(char: str, charset: str) -> bool:
    try:
        char.encode(charset)
    except (UnicodeEncodeError, LookupError):
        return False
    return True
