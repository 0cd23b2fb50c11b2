"""A strict, lossless PO-file layer: read catalogs as GNU ``msgfmt -c`` does, edit them in place.

Reading refuses what msgfmt refuses (and what cannot be read without guessing its charset) with a
:class:`MalformedCatalog` error, a :class:`~newsl10n.errors.UserError` whose message is one line,
``l10n/ru/a.po:17: end-of-line within string``. Writing copies every byte the caller did not change:
a catalog parsed and rendered unchanged is the same file, and a changed entry has only its changed
lines rewritten, wrapped the way the file is wrapped.

Reading, checking and fixing one catalog::

    from newsl10n.po import read_catalog, render, entry_diagnostics

    catalog = read_catalog(Path("l10n/ru/a.po"))          # MalformedCatalog -> exit 2
    for problem in entry_diagnostics(catalog):            # msgfmt -c's per-entry errors
        print(problem)                                     # "l10n/ru/a.po:41: ... msgstr[2] ..."
    for entry in catalog.entries:
        if entry.obsolete or not entry.reviewed:
            continue
        print(entry.msgstr_line, entry.msgid, entry.translations)
        entry.msgstr = entry.msgstr.replace('"', "»")       # or entry.msgstr_plural[n] = ...
        entry.fuzzy = True                                  # flags are a plain list too
    data = render(catalog)                                  # bytes, only changed entries differ

Or without touching the parsed catalog: ``render_changes(catalog, {entry.key: EntryChange(msgstr=...,
fuzzy=False, drop_previous=True)})``. New entries appended to ``catalog.entries`` (``Entry(msgid=...,
msgstr=...)``) are written in full in the file's style; entries removed from it lose their lines.

Text that the file's charset cannot hold (« in a KOI8-R file) raises :class:`UnencodableText`
rather than being written wrong; ``recode(catalog, "UTF-8")`` converts a catalog when a user asks.
``catalog.set_header_field("PO-Revision-Date", ...)`` changes one header line. Polib stays for building new catalogs (newsl10n.catalog).
"""

from __future__ import annotations

from pathlib import Path

from newsl10n.errors import UserError
from newsl10n.po.checks import entry_diagnostics
from newsl10n.po.errors import MalformedCatalog, UnencodableText
from newsl10n.po.model import Catalog, Diagnostic, Entry, Style
from newsl10n.po.reader import parse
from newsl10n.po.recode import recode
from newsl10n.po.render import EntryChange, render, render_changes

__all__ = [
    "Catalog",
    "Diagnostic",
    "Entry",
    "EntryChange",
    "MalformedCatalog",
    "Style",
    "UnencodableText",
    "entry_diagnostics",
    "parse",
    "read_catalog",
    "recode",
    "render",
    "render_changes",
]


def read_catalog(path: Path | str, strict_entries: bool = False) -> Catalog:
    """Read and parse a PO file; a one-line :class:`UserError` if it cannot be read or is malformed.

    With ``strict_entries`` the per-entry checks of msgfmt -c (placeholders, leading and trailing
    newlines) also refuse the file, at the first fatal one; otherwise ask :func:`entry_diagnostics`.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(f"{path}: cannot read PO file ({error.strerror or error})") from None
    catalog = parse(data, path)
    if strict_entries:
        for diagnostic in entry_diagnostics(catalog):
            if diagnostic.fatal:
                raise MalformedCatalog(path, diagnostic.line, diagnostic.message)
    return catalog
