"""ninjs: IPTC's news in JSON, as AP's and other agencies' APIs deliver a story, written back with only its text
changed.

A ninjs item is one JSON object. Its text for readers stands in a few fields, which become units:

* ninjs 1.x: ``headline``, ``description_text`` / ``description_html`` (the summary), ``body_html`` and
  ``body_text`` (the story), ``byline``, ``located`` (the dateline), and for each picture or video in
  ``associations`` its ``description_text`` (the caption);
* ninjs 2.x: the ``value`` of each entry in ``headlines``, ``descriptions`` and ``bodies`` (its ``contenttype`` or
  ``role`` says HTML or plain text, and a headline's role a sub-headline), and ``bylines``.

An HTML field is read with the HTML reader (its paragraphs, subheads and inline markup as in a CMS fragment), a
plain body with the text reader, a short field as one unit. Everything else (identifiers, dates, subjects,
renditions, ``slugline``, ``ednote``, ``copyrightnotice``) is the agency's and never read; an ``ednote`` is
reported as a note not for publication.

**Writing.** Each changed field's string is written anew, JSON-escaped as the file writes its strings (raw UTF-8,
or ``\\uXXXX`` escapes in a file that uses them; ``\\/`` where the field had it); every other byte stays, and
``language`` says the target language where it said English.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from newsl10n.errors import UserError
from newsl10n.formats import Document
from newsl10n.formats.edits import Edit, apply
from newsl10n.formats.html import HtmlFormat
from newsl10n.formats.htmltree import LineIndex, escaped_text, unescaped_text
from newsl10n.formats.text import TextFormat
from newsl10n.model import Block, Dropped, Kind

# ninjs 1.x fields with text for readers: field -> (kind, "html" | "text" | "line")
_FIELDS = {
    "headline": (Kind.HEADLINE, "line"),
    "description_text": (Kind.STANDFIRST, "line"),
    "description_html": (Kind.STANDFIRST, "html"),
    "body_html": (Kind.BODY, "html"),
    "body_text": (Kind.BODY, "text"),
    "byline": (Kind.BYLINE, "line"),
    "located": (Kind.DATELINE, "line"),
}
# ninjs 2.x lists of {"value": ...}: list -> kind of its entries
_LISTS = {"headlines": Kind.HEADLINE, "descriptions": Kind.STANDFIRST, "bodies": Kind.BODY}
_MEDIA_TYPES = frozenset(("picture", "graphic", "video", "audio"))
_NOT_FOR_PUBLICATION = "editor's note, not for publication"
_NUMBER_RE = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")
_SPACE_RE = re.compile(r"[ \t\n\r]*")


@dataclass(frozen=True)
class Literal:
    """A JSON string in the source: where its quotes stand and what it says."""

    start: int  # the opening quote
    end: int  # after the closing quote
    value: str


@dataclass
class Field:
    """One field read: its string in the source, how it is read, and (for HTML and text) its own document."""

    literal: Literal
    style: str  # "html", "text" or "line"
    document: Document | None = None


@dataclass
class Skeleton:
    source: str
    fields: dict[str, Field] = field(default_factory=dict)  # field path -> field
    language: Literal | None = None  # "language": "en"
    ascii_only: bool = False  # the file escapes every non-ASCII character (\u00e9)


class NinjsFormat:
    name = "ninjs"
    extensions = (".ninjs",)

    def read(self, text: str, path: Path, *, keep_all: bool = False) -> Document:
        """The item's text fields as blocks, in the order the file has them."""
        try:
            item = _Reader(text).read()
        except (ValueError, RecursionError) as error:
            raise UserError(f"{path}: not valid JSON ({error})") from None
        if not isinstance(item, dict):
            raise UserError(f"{path}: not a ninjs item (a JSON object with a headline or a body)")
        lines = LineIndex(text)
        skeleton = Skeleton(text, ascii_only=text.isascii() and "\\u" in text)
        blocks: list[Block] = []
        for path_name, literal, kind, style in _text_fields(item):
            blocks.extend(_field_blocks(path_name, literal, kind, style, skeleton, lines, path))
        if not any(block.kind != Kind.META for block in blocks):
            raise UserError(f"{path}: no story text in this ninjs item")
        language = item.get("language")
        if isinstance(language, Literal) and language.value.strip().lower().split("-")[0] == "en":
            skeleton.language = language
        dropped = [
            Dropped(lines.line(note.start), " ".join(note.value.split()), _NOT_FOR_PUBLICATION)
            for note in (item.get("ednote"),)
            if isinstance(note, Literal) and note.value.strip()
        ]
        document = Document(blocks, skeleton, dropped, path.suffix.lower() or ".json", furniture_found=True)
        document.declared_language = language.value if isinstance(language, Literal) else ""
        return document

    def escape(self, text: str) -> str:
        return escaped_text(text)  # HTML fields need it; a plain field's writer takes it back off

    def write(self, document: Document, contents: Mapping[str, str], lang: str) -> str:
        skeleton: Skeleton = document.skeleton
        grouped: dict[str, dict[str, str]] = {}
        for block_id, content in contents.items():
            path_name, _, inner = block_id.partition("#")
            grouped.setdefault(path_name, {})[inner] = content
        edits: list[Edit] = []
        for path_name, parts in grouped.items():
            found = skeleton.fields.get(path_name)
            if found is None:
                continue
            value = _new_value(found, parts, lang)
            if value != found.literal.value:
                edits.append(Edit(found.literal.start, found.literal.end, _encoded(value, found, skeleton)))
        if edits and skeleton.language is not None:
            edits.append(Edit(skeleton.language.start, skeleton.language.end, json.dumps(lang)))
        return apply(skeleton.source, edits)


def _text_fields(item: dict[str, Any]) -> Iterator[tuple[str, Literal, Kind, str]]:
    """(path, string, kind, style) of every text field for readers, in the file's order."""
    found: list[tuple[str, Literal, Kind, str]] = []
    for name, value in item.items():
        if name in _FIELDS and isinstance(value, Literal):
            kind, style = _FIELDS[name]
            found.append((name, value, kind, style))
        elif name in _LISTS and isinstance(value, list):
            found.extend(_list_entries(name, value))
        elif name == "bylines" and isinstance(value, list):
            for index, entry in enumerate(value):
                if isinstance(entry, dict) and isinstance(entry.get("byline"), Literal):
                    found.append((f"bylines/{index}/byline", entry["byline"], Kind.BYLINE, "line"))
        elif name == "associations" and isinstance(value, dict):
            found.extend(_captions(value))
    return iter(sorted(found, key=lambda entry: entry[1].start))


def _list_entries(name: str, entries: list[Any]) -> Iterator[tuple[str, Literal, Kind, str]]:
    """ninjs 2's headlines, descriptions and bodies: each entry's value, HTML when its content type says so."""
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("value"), Literal):
            continue
        hints = " ".join(
            entry[key].value.lower() for key in ("contenttype", "role") if isinstance(entry.get(key), Literal)
        )
        kind = _LISTS[name]
        if name == "headlines" and "sub" in hints:
            kind = Kind.STANDFIRST
        style = "html" if "html" in hints else ("text" if name == "bodies" else "line")
        yield f"{name}/{index}/value", entry["value"], kind, style


def _captions(associations: dict[str, Any]) -> Iterator[tuple[str, Literal, Kind, str]]:
    """The caption of each picture, graphic or video the story carries (``associations``)."""
    for key, media in associations.items():
        if not isinstance(media, dict):
            continue
        kind_of = media.get("type")
        if isinstance(kind_of, Literal) and kind_of.value in _MEDIA_TYPES:
            caption = media.get("description_text")
            if isinstance(caption, Literal):
                yield f"associations/{key}/description_text", caption, Kind.CAPTION, "line"


def _field_blocks(
    name: str, literal: Literal, kind: Kind, style: str, skeleton: Skeleton, lines: LineIndex, path: Path
) -> list[Block]:
    """The blocks of one field, their ids ``field#inner``; a field with no text gives none."""
    line = lines.line(literal.start)
    if style == "line":
        content = " ".join(literal.value.split())
        if not content:
            return []
        skeleton.fields[name] = Field(literal, style)
        return [Block(f"{name}#", kind, content, line)]
    reader = HtmlFormat() if style == "html" else TextFormat()
    try:
        document = reader.read(literal.value, path, keep_all=True)
    except UserError:  # an empty body: nothing to translate in it
        return []
    skeleton.fields[name] = Field(literal, style, document)
    blocks = []
    for block in document.blocks:
        inner_kind = block.kind
        if kind != Kind.BODY or inner_kind == Kind.META:  # a summary's paragraphs are the summary
            inner_kind = kind
        elif inner_kind == Kind.HEADLINE:  # the readers' first line or <h1>: the item has its own headline
            inner_kind = Kind.SUBHEAD if style == "html" else Kind.BODY
        blocks.append(replace(block, id=f"{name}#{block.id}", kind=inner_kind, line=line, line_starts=()))
    return blocks


def _new_value(found: Field, parts: Mapping[str, str], lang: str) -> str:
    """The field's new string: a line's translation, or its document written with its blocks' translations."""
    if found.document is None:
        if "" not in parts:
            return found.literal.value
        content = unescaped_text(parts[""])
        # the field as it stands when its words come back unchanged (its own spacing, a trailing space)
        return found.literal.value if content == " ".join(found.literal.value.split()) else content
    if found.style == "html":
        return HtmlFormat().write(found.document, parts, lang)
    return TextFormat().write(
        found.document, {key: unescaped_text(value) for key, value in parts.items()}, lang
    )


def _encoded(value: str, found: Field, skeleton: Skeleton) -> str:
    """The new string as the file writes strings."""
    text = json.dumps(value, ensure_ascii=skeleton.ascii_only)
    if "\\/" in skeleton.source[found.literal.start : found.literal.end]:
        text = text.replace("/", "\\/")
    return text


class _Reader:
    """JSON read with each string's place in the source (Python's json module keeps no places)."""

    def __init__(self, source: str) -> None:
        self.source = source

    def read(self) -> Any:
        value, end = self._value(self._space(0))
        if self._space(end) != len(self.source):
            raise ValueError(f"extra data at offset {end}")
        return value

    def _space(self, position: int) -> int:
        return _SPACE_RE.match(self.source, position).end()

    def _value(self, position: int) -> tuple[Any, int]:
        source = self.source
        char = source[position : position + 1]
        if char == '"':
            value, end = json.decoder.scanstring(source, position + 1)
            return Literal(position, end, value), end
        if char == "{":
            return self._object(position + 1)
        if char == "[":
            return self._array(position + 1)
        for word, meaning in (("true", True), ("false", False), ("null", None)):
            if source.startswith(word, position):
                return meaning, position + len(word)
        number = _NUMBER_RE.match(source, position)
        if number is None:
            raise ValueError(f"unexpected {char!r} at offset {position}")
        return json.loads(number.group()), number.end()

    def _object(self, position: int) -> tuple[dict[str, Any], int]:
        found: dict[str, Any] = {}
        position = self._space(position)
        if self.source.startswith("}", position):
            return found, position + 1
        while True:
            if not self.source.startswith('"', position):
                raise ValueError(f"expected a name at offset {position}")
            name, position = json.decoder.scanstring(self.source, position + 1)
            position = self._space(position)
            if not self.source.startswith(":", position):
                raise ValueError(f"expected ':' at offset {position}")
            found[name], position = self._value(self._space(position + 1))
            position = self._space(position)
            if self.source.startswith("}", position):
                return found, position + 1
            if not self.source.startswith(",", position):
                raise ValueError(f"expected ',' or '}}' at offset {position}")
            position = self._space(position + 1)

    def _array(self, position: int) -> tuple[list[Any], int]:
        found: list[Any] = []
        position = self._space(position)
        if self.source.startswith("]", position):
            return found, position + 1
        while True:
            value, position = self._value(position)
            found.append(value)
            position = self._space(position)
            if self.source.startswith("]", position):
                return found, position + 1
            if not self.source.startswith(",", position):
                raise ValueError(f"expected ',' or ']' at offset {position}")
            position = self._space(position + 1)
