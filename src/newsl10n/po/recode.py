"""Converting a catalog to another charset, as ``msgconv --to-code`` does, when a user asks for it.

A catalog is never converted on its own: a KOI8-R file stays KOI8-R when entries change. Converting
rewrites every non-ASCII byte and the header's ``charset=``, and nothing else.
"""

from __future__ import annotations

from newsl10n.po.charset import python_codec
from newsl10n.po.errors import UnencodableText
from newsl10n.po.model import Catalog
from newsl10n.po.reader import parse
from newsl10n.po.render import render


def recode(catalog: Catalog, charset: str = "UTF-8") -> Catalog:
    """The catalog (with its changes) in ``charset``: re-read from the converted bytes."""
    codec = python_codec(charset)
    if codec is None:
        raise ValueError(f"unknown charset {charset!r}")
    current = parse(render(catalog), catalog.path)
    rows = current.data.decode(current.encoding).split("\n")
    start, end = current.header_entry.spans["entry"]  # type: ignore[union-attr]
    old = f"charset={current.charset}"
    for row in range(start, end):
        if old in rows[row]:
            rows[row] = rows[row].replace(old, f"charset={charset}", 1)
            break
    else:
        raise ValueError(f"{catalog.path}: the header declares no charset to replace")
    text = "\n".join(rows)
    try:
        data = text.encode(codec)
    except UnicodeEncodeError as error:
        line = text.count("\n", 0, error.start) + 1
        raise UnencodableText(catalog.path, line, text[error.start : error.end], charset) from None
    return parse(data, catalog.path)
