"""What a PO file holds: entries, the header, the file's own writing style.

Everything here is a plain, picklable dataclass. An :class:`Entry` read from a file also remembers
where its lines are (``spans``) and what it said when it was read (``original``), so that
:func:`newsl10n.po.render` can rewrite just the entries that changed and copy every other byte.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# The span names an entry's field lines are filed under (see Entry.spans).
FLAGS = "flags"
PREVIOUS = "previous"
MSGSTR = "msgstr"


def plural_span(index: int) -> str:
    """The span name of ``msgstr[index]``."""
    return f"msgstr[{index}]"


@dataclass(slots=True)
class Entry:
    """One message of a catalog, with its comments, as gettext understands it.

    Line numbers are 1-based physical lines of the file. ``msgstr_line`` is where checks point
    (msgfmt and Poedit report the msgstr line); for a plural entry it is the ``msgstr[0]`` line and
    ``msgstr_plural_lines`` has the line of every form.
    """

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    translator_comments: list[str] = field(default_factory=list)
    extracted_comments: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    obsolete: bool = False
    line: int = 0
    msgid_line: int = 0
    msgstr_line: int = 0
    msgstr_plural_lines: dict[int, int] = field(default_factory=dict)
    # Where the entry's lines are in the file: "entry" -> all of them, "flags" -> the "#," lines,
    # "previous" -> the "#|" lines, "msgstr" / "msgstr[N]" -> a translation's lines. 0-based,
    # end-exclusive physical line ranges; empty for an entry that was not read from a file.
    spans: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)
    # What the entry said when it was read, to tell which entries a caller changed.
    original: tuple | None = field(default=None, repr=False)

    @property
    def key(self) -> tuple[str | None, str]:
        """What identifies the entry in its catalog (gettext allows each pair once)."""
        return (self.msgctxt, self.msgid)

    @property
    def is_plural(self) -> bool:
        return self.msgid_plural is not None

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @fuzzy.setter
    def fuzzy(self, value: bool) -> None:
        if value and "fuzzy" not in self.flags:
            self.flags.insert(0, "fuzzy")
        elif not value:
            self.flags = [flag for flag in self.flags if flag != "fuzzy"]

    @property
    def translations(self) -> list[str]:
        """The msgstr, or every msgstr[n] in index order."""
        if self.is_plural:
            return [self.msgstr_plural[index] for index in sorted(self.msgstr_plural)]
        return [self.msgstr]

    @property
    def translated(self) -> bool:
        """Has a translation (for a plural entry: every form); fuzzy or not."""
        return all(self.translations) and bool(self.translations)

    @property
    def reviewed(self) -> bool:
        """Translated and not fuzzy: what msgfmt compiles and a translator stands behind."""
        return self.translated and not self.fuzzy

    def snapshot(self) -> tuple:
        """The fields :func:`render` rewrites, to compare against ``original``."""
        return (
            self.msgstr,
            tuple(sorted(self.msgstr_plural.items())),
            tuple(self.flags),
            (self.previous_msgctxt, self.previous_msgid, self.previous_msgid_plural),
        )

    @property
    def changed(self) -> bool:
        return self.original is not None and self.snapshot() != self.original


@dataclass
class Style:
    """How the file is written, so changed entries are written the same way.

    ``wrap_width`` is the longest line a wrapped string may have (quotes and keyword included), or
    None when the file does not wrap long strings. ``wrap_polib`` when the file was wrapped by polib
    (Transifex and other Python tools), otherwise gettext's way is assumed. ``newline`` is the line ending ("\\n" or "\\r\\n").
    """

    wrap_width: int | None = 79
    newline: str = "\n"
    final_newline: bool = True
    wrap_polib: bool = False  # wrapped the way polib (and Transifex) wrap: blanks may start a line


@dataclass
class Diagnostic:
    """One thing msgfmt -c would say about a catalog; ``fatal`` when msgfmt counts it as an error."""

    path: Path
    line: int
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        kind = "" if self.fatal else "warning: "
        return f"{self.path}:{self.line}: {kind}{self.message}"


@dataclass
class Catalog:
    """A parsed PO file.

    ``entries`` are every message but the header, obsolete ones included, in file order.
    ``header`` is the header's fields in their order; ``header_entry`` the header message itself.
    ``charset`` is the charset the header declares (as written), ``encoding`` the Python codec used
    to read it. ``data`` keeps the file's bytes so unchanged lines are written back as they were.
    """

    path: Path
    entries: list[Entry]
    header_entry: Entry | None
    header: list[tuple[str, str]]
    charset: str | None
    encoding: str
    style: Style
    data: bytes = field(default=b"", repr=False)
    warnings: list[Diagnostic] = field(default_factory=list)
    nplurals: int | None = None
    plural_expression: str | None = None
    # The line ranges of every message as read (header included), in file order: what
    # render() walks, so an entry removed from ``entries`` loses its lines.
    layout: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def __iter__(self):
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def metadata(self) -> dict[str, str]:
        """The header fields as a dict (the last one wins if a field is repeated)."""
        return dict(self.header)

    def header_field(self, name: str, default: str = "") -> str:
        """A header field's value (the name is matched without regard to case)."""
        wanted = name.lower()
        for key, value in self.header:
            if key.lower() == wanted:
                return value
        return default

    def set_header_field(self, name: str, value: str) -> None:
        """Set one header field, in place, or add it at the end; the other header lines stay as written.

        :func:`newsl10n.po.render` then rewrites only that field's line (for example a new
        ``PO-Revision-Date``).
        """
        if self.header_entry is None:
            raise ValueError(f"{self.path} has no header entry")
        lines = self.header_entry.msgstr.splitlines(keepends=True)
        wanted = name.lower()
        for index, line in enumerate(lines):
            if line.partition(":")[0].strip().lower() == wanted:
                lines[index] = f"{line.partition(':')[0]}: {value}\n"
                break
        else:
            if lines and not lines[-1].endswith("\n"):
                lines[-1] += "\n"
            lines.append(f"{name}: {value}\n")
        self.header_entry.msgstr = "".join(lines)
        self.header = [(key, value if key.lower() == wanted else old) for key, old in self.header]
        if not any(key.lower() == wanted for key, _ in self.header):
            self.header.append((name, value))

    def find(self, msgid: str, msgctxt: str | None = None) -> Entry | None:
        """The entry with this msgid (and context), obsolete or not."""
        for entry in self.entries:
            if entry.msgid == msgid and entry.msgctxt == msgctxt:
                return entry
        return None

    @property
    def active(self) -> list[Entry]:
        """The entries that are not obsolete."""
        return [entry for entry in self.entries if not entry.obsolete]
