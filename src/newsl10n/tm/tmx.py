"""TMX 1.4b: the translation memory format CAT tools (Trados, memoQ, OmegaT) and Weblate exchange.

A small, strict reader and writer on the standard library's XML parser, like the glossary's TBX module:
the Translate Toolkit has TMX, but it is GPL-licensed (newsl10n is MIT) and brings lxml for one format.

Reading streams (``iterparse``, each ``<tu>`` dropped once read), so a memory of a million units is read in
time and memory that grow with the file, not faster. Inline markup maps onto the PO form: ``<bpt>``/``<ept>``
become ``<1>…</1>``, ``<ph>`` becomes ``<2/>``, ``<it>`` a lone opening or closing tag, numbered by the
``x`` attribute that ties a code across the unit's languages (or ``i``). Writing does the reverse, with the
PO form as the native code, so a file written here reads back exactly. Broken XML, a root that is not
``<tmx>`` or an element TMX does not allow inside ``<seg>`` is an error naming the file, line and column.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from newsl10n import __version__
from newsl10n.errors import UserError
from newsl10n.richtext import parse

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SOURCE_LANG = "en"
FILE_PROP = "x-file"  # <prop type="x-file">: the catalog a unit was exported from
INLINE_CODES = {"bpt", "ept", "it", "ph", "ut"}
# Characters XML 1.0 cannot hold, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_CODE = 9999  # the PO form numbers codes 1..9999


@dataclass(frozen=True)
class TranslationUnit:
    """One ``<tu>``: the English sentence and its translations (PO form), and where it came from."""

    source: str
    targets: dict[str, str] = field(default_factory=dict)  # language (as written in the file) -> text
    origin: str = ""  # the <prop type="x-file"> value, "" when the unit has none


@lru_cache(maxsize=1024)
def language_matches(declared: str, wanted: str) -> bool:
    """``ru-RU`` serves a memory for ``ru`` and the other way round; ``pt-BR`` never serves ``pt-PT``."""
    a, b = (code.strip().replace("_", "-").lower() for code in (declared, wanted))
    if a == b:
        return True
    (a_base, _, a_region), (b_base, _, b_region) = a.partition("-"), b.partition("-")
    return a_base == b_base and not (a_region and b_region)


# -- reading ----------------------------------------------------------------------------------------------


def read_tmx(path: Path) -> Iterator[TranslationUnit]:
    """The units of a TMX file that have an English variant, in file order."""
    path = Path(path)
    try:
        yield from _units(path, ET.XMLPullParser(events=("start", "end")))
    except ET.ParseError as error:
        line, column = error.position
        reason = re.sub(r": line \d+, column \d+$", "", str(error))
        raise UserError(f"{path}, line {line}, column {column + 1}: broken TMX (XML): {reason}") from None
    except OSError as error:
        raise UserError(f"{path}: cannot read translation memory: {error.strerror or error}") from None


def _units(path: Path, parser: ET.XMLPullParser) -> Iterator[TranslationUnit]:
    root_seen = False
    body: ET.Element | None = None
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 16):
            parser.feed(chunk)
            for event, element in parser.read_events():
                if not root_seen:
                    root_seen = True
                    _check_root(path, element)
                if event == "start" and element.tag == "body":
                    body = element
                elif event == "end" and element.tag == "tu":
                    unit = _unit(path, element)
                    if body is not None:
                        body.clear()  # the units read so far are not kept
                    if unit is not None:
                        yield unit
        parser.close()
    if not root_seen:
        raise UserError(f"{path}: not a TMX file (it is empty)")


def _check_root(path: Path, root: ET.Element) -> None:
    if root.tag != "tmx":
        raise UserError(f"{path}: not a TMX file (root element <{root.tag}>, expected <tmx>)")
    version = root.get("version", "")
    if not version.startswith("1."):
        raise UserError(f"{path}: TMX version {version or '(none)'} is not supported (1.1 to 1.4b are)")


def _unit(path: Path, tu: ET.Element) -> TranslationUnit | None:
    numbers: dict[str, int] = {}  # the unit's code keys (x, or i) -> PO-form number, shared by its variants
    source = None
    targets: dict[str, str] = {}
    origin = ""
    for child in tu:
        if child.tag == "prop" and child.get("type") == FILE_PROP:
            origin = (child.text or "").strip()
        if child.tag != "tuv":
            continue
        lang = (child.get(XML_LANG) or child.get("lang") or "").strip()
        if not lang:
            raise UserError(f"{path}: <tuv> without xml:lang (unit {tu.get('tuid') or 'without tuid'})")
        segs = [element for element in child if element.tag == "seg"]
        if len(segs) != 1:
            raise UserError(f"{path}: <tuv xml:lang={lang!r}> must hold one <seg>, it holds {len(segs)}")
        text = _po_form(path, segs[0], numbers)
        if language_matches(lang, SOURCE_LANG):
            source = text if source is None else source
        else:
            targets.setdefault(lang, text)
    if source is None:
        return None
    return TranslationUnit(source, targets, origin)


def _po_form(path: Path, seg: ET.Element, numbers: dict[str, int]) -> str:
    """A ``<seg>`` as PO-form text: its codes become numbered tags, ``<hi>`` keeps its text."""
    pieces = [seg.text or ""]
    open_pairs: dict[str, int] = {}  # <bpt i> -> number, for its <ept i>
    for child in seg:
        pieces.append(_inline(path, child, numbers, open_pairs))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _inline(path: Path, element: ET.Element, numbers: dict[str, int], open_pairs: dict[str, int]) -> str:
    tag = element.tag
    if tag == "hi":
        return _po_form(path, element, numbers)
    if tag not in INLINE_CODES:
        raise UserError(f"{path}: <{tag}> is not allowed in a TMX <seg>")
    if tag == "bpt":
        number = _number(numbers, element.get("x") or f"i{element.get('i')}")
        open_pairs[element.get("i", "")] = number
        return f"<{number}>"
    if tag == "ept":
        number = open_pairs.pop(element.get("i", ""), None)
        if number is None:
            raise UserError(f"{path}: <ept i={element.get('i')!r}> without its <bpt> in the same <seg>")
        return f"</{number}>"
    if tag == "it":
        number = _number(numbers, element.get("x") or f"it{len(numbers)}")
        return f"</{number}>" if element.get("pos") == "end" else f"<{number}>"
    # <ph> (and the deprecated <ut>): a standalone code
    return f"<{_number(numbers, element.get('x') or f'ph{len(numbers)}')}/>"


def _number(numbers: dict[str, int], key: str) -> int:
    """The PO-form number of a code: its own ``x`` when that is free and in range, else the next free one."""
    if key in numbers:
        return numbers[key]
    used = set(numbers.values())
    wanted = int(key) if key.isdigit() else 0
    if not 1 <= wanted <= MAX_CODE or wanted in used:
        wanted = next(n for n in range(1, MAX_CODE + 2) if n not in used and str(n) not in numbers)
    numbers[key] = wanted
    return wanted


# -- writing ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportEntry:
    """One translation to write: the English sentence, its language and translation, where it came from."""

    source: str
    lang: str
    target: str
    origin: str = ""


def can_write(text: str) -> bool:
    """Whether XML can hold the text (control characters cannot, even escaped)."""
    return not _NOT_XML.search(text)


def tmx_text(entries: Iterable[ExportEntry]) -> str:
    """A TMX 1.4b document with one ``<tu>`` per entry (entries XML cannot hold must be left out first)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        f'  <header creationtool="newsl10n" creationtoolversion={quoteattr(__version__)} datatype="plaintext"'
        f' segtype="sentence" adminlang="en" srclang="{SOURCE_LANG}" o-tmf="PO"/>',
        "  <body>",
    ]
    for entry in entries:
        lines.append("    <tu>")
        if entry.origin:
            lines.append(f'      <prop type="{FILE_PROP}">{escape(entry.origin)}</prop>')
        lines.append(f'      <tuv xml:lang="{SOURCE_LANG}"><seg>{_seg(entry.source)}</seg></tuv>')
        lines.append(f"      <tuv xml:lang={quoteattr(entry.lang)}><seg>{_seg(entry.target)}</seg></tuv>")
        lines.append("    </tu>")
    lines += ["  </body>", "</tmx>", ""]
    return "\n".join(lines)


def _seg(po_form: str) -> str:
    """PO-form text as TMX inline content: paired tags as <bpt>/<ept>, lone ones as <it>, empty as <ph>."""
    rich = parse(po_form)
    closed = {tag.id for tag in rich.tags if tag.role == "close"}
    opened: set[int] = set()
    pieces: list[str] = []
    position = 0
    for tag in rich.tags:
        pieces.append(escape(rich.text[position : tag.offset]))
        position = tag.offset
        code = escape(tag.po_form)
        if tag.role == "empty":
            pieces.append(f'<ph x="{tag.id}">{code}</ph>')
        elif tag.role == "open" and tag.id in closed:
            opened.add(tag.id)
            pieces.append(f'<bpt i="{tag.id}" x="{tag.id}">{code}</bpt>')
        elif tag.role == "close" and tag.id in opened:
            pieces.append(f'<ept i="{tag.id}">{code}</ept>')
        else:
            pos = "begin" if tag.role == "open" else "end"
            pieces.append(f'<it pos="{pos}" x="{tag.id}">{code}</it>')
    pieces.append(escape(rich.text[position:]))
    return "".join(pieces)
