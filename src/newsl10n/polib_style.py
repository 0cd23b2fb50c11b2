"""New PO files spelled exactly as polib 1.2 spells them, without building polib's objects.

The pipeline writes three files per article and language; polib built an object per entry and wrapped
every field through :mod:`textwrap`, a tenth of a run's time around MT. This writer gives the same bytes
(tests/test_polib_style.py holds it to polib on real catalogs and on odd strings): fields that fit on
their line are written at once, and only a line that is too long goes through textwrap, called as polib
calls it. The quirks are polib's and kept on purpose, so that files written before and after are equal:

- a field that does not fit is wrapped by textwrap on its escaped text, two columns short of the width;
  a field with a line break is not wrapped at all, one line per line (``str.splitlines``);
- the length test of a ``#|`` previous field counts the field's name as ``previous_msgid``;
- a long ``#:`` reference line is wrapped with hyphens protected as ``*``, and every ``*`` of it comes
  back as a hyphen.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from newsl10n.po.layout import layout
from newsl10n.po.model import Style

# polib's order of the header fields it knows; any other field follows (newsl10n writes X-Generator only).
HEADER_ORDER = (
    "Project-Id-Version",
    "Report-Msgid-Bugs-To",
    "POT-Creation-Date",
    "PO-Revision-Date",
    "Last-Translator",
    "Language-Team",
    "Language",
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Plural-Forms",
)
_ESCAPES = str.maketrans(
    {"\\": "\\\\", "\t": "\\t", "\r": "\\r", "\n": "\\n", "\v": "\\v", "\b": "\\b", "\f": "\\f", '"': '\\"'}
)
_PIECES = re.compile(r" +|[^ ]+")  # what textwrap cuts text with no hyphen and no whitespace but spaces into
# (keyword, the length polib's fits-on-one-line test counts for it, line prefix, value, width) -> lines
FieldLines = Callable[[str, int, str, str, int], list[str]]


@dataclass
class OutEntry:
    """One entry to write; the fields are polib.POEntry's of the same meaning."""

    msgid: str
    msgstr: str = ""
    occurrences: list[tuple[str, str]] = field(default_factory=list)
    comment: str = ""  # extracted (#.)
    tcomment: str = ""  # translator's (#)
    flags: list[str] = field(default_factory=list)
    previous_msgid: str | None = None
    obsolete: bool = False


def escape(text: str) -> str:
    """polib's escaping of a string between double quotes."""
    return text.translate(_ESCAPES)


def po_text(
    metadata: Mapping[str, str],
    entries: Iterable[OutEntry],
    width: int,
    header_comment: str = "",
    style: Style | None = None,
) -> str:
    """What ``str(polib.POFile)`` gives for a file with this header, header comment and these entries.

    With ``style`` (a translator's tool's), the lines end as that file's do (CRLF), and a file wrapped the way
    gettext wraps (Poedit, Weblate at 77, Crowdin not at all) gets its strings laid out so too, so a run
    rewrites only what it changed."""
    items = [*metadata_order(metadata)]
    header = OutEntry("", "".join(f"{name}: {value}\n" for name, value in items) if items else "")
    entries = list(entries)
    ordered = [header, *(e for e in entries if not e.obsolete), *(e for e in entries if e.obsolete)]
    comment = "".join(f"# {line}\n" if line else "#\n" for line in header_comment.split("\n"))
    if style is None or style.wrap_polib:
        polib_width = style.wrap_width or width if style else width
        text = comment + "\n".join(entry_text(entry, polib_width) for entry in ordered)
    else:  # comments wrapped as newsl10n wraps them: gettext keeps a comment's lines as they are
        gettext_fields = _gettext_fields(style.wrap_width)
        text = comment + "\n".join(entry_text(entry, width, gettext_fields) for entry in ordered)
    return text if style is None else text.replace("\n", style.newline)


def _gettext_fields(width: int | None) -> FieldLines:
    """A field's lines as gettext's msgcat lays them out at ``width`` (None: not wrapped)."""
    return lambda keyword, _counted, prefix, value, _width: layout(keyword, value, width, prefix)


def metadata_order(metadata: Mapping[str, str]) -> list[tuple[str, str]]:
    """Header fields in polib's order: the ones it knows, then the rest sorted (as polib sorts them when
    they hold no digits, which newsl10n's own do not)."""
    known = [(name, metadata[name]) for name in HEADER_ORDER if name in metadata]
    rest = sorted((name for name in metadata if name not in HEADER_ORDER), key=str.lower)
    return known + [(name, metadata[name]) for name in rest]


def entry_text(entry: OutEntry, width: int, lay_out: FieldLines | None = None) -> str:
    """One entry as polib writes it (its fields as ``lay_out`` lays them out), ending with a line break."""
    lay_out = lay_out or field_lines
    lines: list[str] = []
    if entry.tcomment:
        lines.extend(_comment_lines(entry.tcomment, "# ", width))
    if entry.comment and not entry.obsolete:
        lines.extend(_comment_lines(entry.comment, "#. ", width))
    if entry.occurrences and not entry.obsolete:
        lines.extend(_reference_lines(entry.occurrences, width))
    if entry.flags:
        lines.append("#, " + ", ".join(entry.flags))
    if entry.previous_msgid is not None:
        prefix = "#~| " if entry.obsolete else "#| "
        lines.extend(lay_out("msgid", len("previous_msgid"), prefix, entry.previous_msgid, width))
    prefix = "#~ " if entry.obsolete else ""
    lines.extend(lay_out("msgid", len("msgid"), prefix, entry.msgid, width))
    lines.extend(lay_out("msgstr", len("msgstr"), prefix, entry.msgstr, width))
    lines.append("")
    return "\n".join(lines)


def wrap_field(escaped: str, width: int) -> list[str]:
    """``textwrap.wrap(escaped, width, drop_whitespace=False, break_long_words=False)``, as polib wraps a
    field, done directly when the text has no hyphen.

    Escaped text has no whitespace but spaces; without a hyphen textwrap's pieces are then just the runs of
    spaces and of other characters, and its lines are filled greedily: a piece that does not fit starts
    the next line, and a piece longer than a line gets a line of its own.
    """
    if "-" in escaped:  # hyphenated words and dashes: textwrap's own rules
        return textwrap.wrap(escaped, width, drop_whitespace=False, break_long_words=False)
    lines: list[str] = []
    line: list[str] = []
    length = 0
    for piece in _PIECES.findall(escaped):
        if length + len(piece) > width and line:
            lines.append("".join(line))
            line, length = [], 0
        line.append(piece)
        length += len(piece)
    if line:
        lines.append("".join(line))
    return lines


def _comment_lines(comment: str, prefix: str, width: int) -> list[str]:
    lines: list[str] = []
    for line in comment.split("\n"):
        if width > 0 and len(line) + len(prefix) > width:
            lines.extend(
                textwrap.wrap(
                    line, width, initial_indent=prefix, subsequent_indent=prefix, break_long_words=False
                )
            )
        else:
            lines.append(prefix + line)
    return lines


def _reference_lines(occurrences: list[tuple[str, str]], width: int) -> list[str]:
    references = " ".join(f"{path}:{line}" if line else path for path, line in occurrences)
    if not (width > 0 and len(references) + 3 > width):
        return ["#: " + references]
    wrapped = textwrap.wrap(
        references.replace("-", "*"),
        width,
        initial_indent="#: ",
        subsequent_indent="#: ",
        break_long_words=False,
    )
    return [line.replace("*", "-") for line in wrapped]


def field_lines(keyword: str, counted: int, prefix: str, value: str, width: int) -> list[str]:
    """``keyword "value"`` lines; ``counted`` is the keyword length polib's fits-on-one-line test uses."""
    parts = value.splitlines(True)
    if len(parts) > 1:
        return [f'{prefix}{keyword} ""', *(f'{prefix}"{escape(part)}"' for part in parts)]
    escaped = escape(value)
    special = len(escaped) - len(value)  # polib's count of special characters: each escape adds one
    if width > 0 and len(value) > width - counted - 3 + special:
        chunks = wrap_field(escaped, width - 2)
        return [f'{prefix}{keyword} ""', *(f'{prefix}"{chunk}"' for chunk in chunks)]
    return [f'{prefix}{keyword} "{escaped}"']
