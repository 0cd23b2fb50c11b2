"""The prose values of a Markdown article's front matter: YAML (``---``, Jekyll, Eleventy, Docusaurus) or TOML
(``+++``, Zola, Hugo).

Only a few top-level keys hold words for readers (:data:`PROSE_KEYS`); every other key, and the layout of
the whole block, belongs to the site. Each prose value is found with its exact place in the source and its
form (quoted or plain, one line or several, a YAML ``>``/``|`` block), so a translation is written back in
that same form: quoting and escaping right for the syntax, continuation lines with their indentation, and
characters the file wrote as HTML entities (``Technology &#43; Innovation``) written that way again.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

PROSE_KEYS = ("title", "description", "summary", "excerpt", "deck", "subtitle", "share_text")
_KEYS = "|".join(PROSE_KEYS)
_YAML_KEY_RE = re.compile(rf"({_KEYS})[ \t]*:[ \t]*(\S.*?)?[ \t]*$")
_TOML_KEY_RE = re.compile(rf"({_KEYS})[ \t]*=[ \t]*(\S.*?)[ \t]*$")
_TOML_TABLE_RE = re.compile(r"[ \t]*\[")
# an HTML character reference as a page or a CMS writes it: &#43;, &#x2B;, &mdash;
ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BLOCK_SCALAR_RE = re.compile(r"[|>][+-]?[1-9]?[+-]?")
_YAML_PLAIN_UNSAFE = re.compile(r":\s|\s#|^[\s\-?:,\[\]{}#&*!|>'\"%@`]|\s$")


@dataclass(frozen=True)
class FrontValue:
    """One prose value: where it sits, its text for the catalog, and how to write a new text in its form."""

    key: str
    line: int  # 1-based
    start: int
    end: int
    text: str  # decoded, whitespace collapsed
    style: str  # yaml-plain, yaml-single, yaml-double, yaml-block, toml-basic, toml-literal, toml-multiline
    breaks: tuple[str, ...] = ()  # the source between the value's lines
    entities: dict[str, str] = field(default_factory=dict)  # a character the file wrote as an entity

    def written(self, text: str) -> str:
        """``text`` as this value's source: quoted and escaped for its syntax, entities as the file had them."""
        for char, entity in self.entities.items():
            text = text.replace(char, entity)
        if self.style == "yaml-single":
            return text.replace("'", "''")
        if self.style in ("yaml-double", "toml-basic"):
            return _double_quoted(text)
        if self.style == "yaml-plain":
            return json.dumps(text, ensure_ascii=False) if _YAML_PLAIN_UNSAFE.search(text) else text
        if self.style == "toml-literal":  # the span holds the quotes: a ' inside needs a basic string
            return f"'{text}'" if "'" not in text else f'"{_double_quoted(text)}"'
        if self.style == "toml-multiline":
            return _double_quoted(text)
        return text  # a YAML block scalar: its lines are its text


def front_values(
    source: str, line_starts: Sequence[int], first: int, last: int, toml: bool
) -> list[FrontValue]:
    """The prose values between the front matter's fence lines ``first`` and ``last`` (0-based)."""
    reader = _TomlReader if toml else _YamlReader
    return reader(source, line_starts, first, last).values()


class _LinesReader:
    def __init__(self, source: str, line_starts: Sequence[int], first: int, last: int) -> None:
        self.source = source
        self.line_starts = line_starts
        self.first = first
        self.last = last

    def line(self, number: int) -> str:
        end = self.line_starts[number + 1] - 1
        return self.source[self.line_starts[number] : end].rstrip("\r")

    def value(self, key: str, number: int, spans: list[tuple[int, int]], text: str, style: str) -> FrontValue:
        """A value made of the source ``spans`` (one per line), with ``text`` its decoded words."""
        breaks = tuple(self.source[end:start] for (_, end), (start, _) in itertools.pairwise(spans))
        entities = {
            html.unescape(found): found
            for found in ENTITY_RE.findall(self.source[spans[0][0] : spans[-1][1]])
        }
        return FrontValue(
            key,
            number + 1,
            spans[0][0],
            spans[-1][1],
            " ".join(html.unescape(text).split()) if entities else " ".join(text.split()),
            style,
            breaks,
            {char: entity for char, entity in entities.items() if len(char) == 1},
        )


class _YamlReader(_LinesReader):
    def values(self) -> list[FrontValue]:
        values = []
        for number in range(self.first + 1, self.last):
            match = _YAML_KEY_RE.fullmatch(self.line(number))
            if match is None:
                continue
            value = self._value(match, number)
            if value is not None and value.text:
                values.append(value)
        return values

    def _value(self, match: re.Match[str], number: int) -> FrontValue | None:
        key, raw = match.group(1), match.group(2) or ""
        continuation = self._continuation(number)
        if _BLOCK_SCALAR_RE.fullmatch(raw.split(" #")[0].strip()):
            return self._block_scalar(key, number, continuation)
        if not raw or raw[0] in "[{&*!%@`|>":
            return None  # a list, a mapping, an anchor: not text
        start = self.line_starts[number] + match.start(2)
        spans = [(start, start + len(raw)), *continuation]
        joined = " ".join(self.source[a:b] for a, b in spans)
        scalar = _yaml_scalar(joined)
        if scalar is None:
            return None
        text, quote, length = scalar
        if quote:  # the text inside the quotes: from after the opening one to before the closing one
            closing = spans[-1][1] - (len(joined) - length) - 1
            spans[0] = (spans[0][0] + 1, spans[0][1])
            spans[-1] = (spans[-1][0], closing)
            if closing < spans[-1][0]:
                return None
        elif re.search(r"\s#", joined):
            return None  # a comment after a plain value
        style = {'"': "yaml-double", "'": "yaml-single", "": "yaml-plain"}[quote]
        return self.value(key, number, spans, text, style)

    def _continuation(self, number: int) -> list[tuple[int, int]]:
        """The text spans of the indented lines that continue the value on line ``number``."""
        spans = []
        for following in range(number + 1, self.last):
            line = self.line(following)
            if not line.strip():
                break
            indent = len(line) - len(line.lstrip(" "))
            if indent == 0:
                break
            start = self.line_starts[following]
            spans.append((start + indent, start + len(line.rstrip())))
        return spans

    def _block_scalar(self, key: str, number: int, spans: list[tuple[int, int]]) -> FrontValue | None:
        if not spans:
            return None
        text = " ".join(self.source[a:b] for a, b in spans)
        return self.value(key, number, spans, text, "yaml-block")


class _TomlReader(_LinesReader):
    def values(self) -> list[FrontValue]:
        values = []
        for number in range(self.first + 1, self.last):
            line = self.line(number)
            if _TOML_TABLE_RE.match(line):
                break  # past the top-level keys
            match = _TOML_KEY_RE.fullmatch(line)
            if match is not None and (value := self._value(match, number)) is not None and value.text:
                values.append(value)
        return values

    def _value(self, match: re.Match[str], number: int) -> FrontValue | None:
        key, raw = match.groups()
        start = self.line_starts[number] + match.start(2)
        if raw.startswith(('"""', "'''")):
            return self._multiline(key, number, start, raw[:3])
        literal = re.match(r'"(?:[^"\\]|\\.)*"' if raw.startswith('"') else r"'[^'\n]*'", raw)
        if literal is None or raw[literal.end() :].strip()[:1] not in ("", "#"):
            return None
        text = _toml_string(literal.group())
        if text is None:
            return None
        if raw.startswith('"'):
            return self.value(key, number, [(start + 1, start + literal.end() - 1)], text, "toml-basic")
        return self.value(key, number, [(start, start + literal.end())], text, "toml-literal")

    def _multiline(self, key: str, number: int, start: int, quotes: str) -> FrontValue | None:
        """A ``\"\"\"…\"\"\"`` string: its text between the quotes, each line kept where it is."""
        end = self.source.find(quotes, start + 3, self.line_starts[self.last])
        if end < 0 or quotes == "'''":
            return None  # a literal multi-line string could not take every translation: left alone
        text = _toml_string(self.source[start : end + 3])
        if text is None:
            return None
        spans = []
        for found in re.finditer(r"[^\n]+", self.source[start + 3 : end]):
            words = re.search(r"\S(?:.*\S)?", found.group().removesuffix("\\").rstrip())
            if words is not None:
                spans.append(
                    (start + 3 + found.start() + words.start(), start + 3 + found.start() + words.end())
                )
        return self.value(key, number, spans, text, "toml-multiline") if spans else None


def _toml_string(literal: str) -> str | None:
    try:
        value = tomllib.loads(f"value = {literal}")["value"]
    except tomllib.TOMLDecodeError:
        return None
    return value if isinstance(value, str) else None


def _yaml_scalar(raw: str) -> tuple[str, str, int] | None:
    """A YAML flow scalar written on one line (continuation lines joined): its text, its quote, its length.

    A quoted scalar may have a comment after it; a plain one may not (it would be part of the value)."""
    if raw[0] not in "\"'":
        return raw, "", len(raw)
    pattern = r'"(?:[^"\\]|\\.)*"' if raw[0] == '"' else r"'(?:[^']|'')*'"
    found = re.match(pattern, raw)
    if found is None or raw[found.end() :].strip()[:1] not in ("", "#"):
        return None
    if raw[0] == "'":
        return found.group()[1:-1].replace("''", "'"), "'", found.end()
    try:
        return json.loads(found.group()), '"', found.end()
    except ValueError:
        return None


def _double_quoted(text: str) -> str:
    """The inside of a double-quoted string: JSON's escapes are YAML's and TOML's too."""
    return json.dumps(text, ensure_ascii=False)[1:-1]
