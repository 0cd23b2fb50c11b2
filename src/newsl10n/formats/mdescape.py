"""Translated prose in a Markdown file, escaped only where Markdown would read it as markup.

A writer cannot tell from the characters alone whether ``[x]``, ``*`` or ``1.`` in a translation needs a
backslash: ``[x]`` is a link only when a reference ``[x]: …`` is defined, a lone ``*`` opens nothing, ``1.``
starts a list only at the start of a line. Escaping them all writes ``\\[x\\]`` into a file whose own style
is ``[x]``. So the Markdown format's ``escape`` only *marks* the prose (:func:`mark_prose`): the writer then
knows which characters are the translation's and which are markup (a link's ``](url)``, a code span), and
:func:`minimal_escapes` keeps a backslash only where leaving it out changes what markdown-it reads, the
line seen in its place in the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

# Unicode noncharacters: never in a text people exchange, so safe to mark where prose begins and ends.
PROSE_OPEN = "\ufdd0"
PROSE_CLOSE = "\ufdd1"
_PROSE_RE = re.compile(f"{PROSE_OPEN}([^{PROSE_OPEN}{PROSE_CLOSE}]*){PROSE_CLOSE}")
# What may need a backslash anywhere in a line: emphasis, code, links, inline HTML, an entity-like "&x;"
_ANYWHERE_RE = re.compile(r"[\\`*_\[\]<]|&(?=#?\w+;)")
_KINDS = ("[]", "*", "_", "`")
# A line that would start a new block (or a setext underline) if a paragraph's line began with it.
BLOCK_START_RE = re.compile(r"(?:#{1,6}(?:\s|$)|[-+*](?:\s|$)|>|\d{1,9}[.)](?:\s|$)|=+\s*$|`{3}|~{3})")


def mark_prose(text: str) -> str:
    """``text`` marked as prose for the writer, which decides its escapes (see the module docstring)."""
    text = text.replace(PROSE_OPEN, "").replace(PROSE_CLOSE, "")
    return f"{PROSE_OPEN}{text}{PROSE_CLOSE}" if text else ""


def is_marked(content: str) -> bool:
    return PROSE_OPEN in content


def unmarked(content: str) -> str:
    """``content`` as it is, its prose marks taken out."""
    return content.replace(PROSE_OPEN, "").replace(PROSE_CLOSE, "")


def change_prose(content: str, change: Callable[[str], str]) -> str:
    """``content`` with ``change`` made to each marked piece of prose, the markup between them as it is."""
    return _PROSE_RE.sub(lambda found: PROSE_OPEN + change(found.group(1)) + PROSE_CLOSE, content)


def minimal_escapes(
    content: str,
    rendered: Callable[[str], str | None],
    always: str = "",
    entities: Mapping[str, str] | None = None,
) -> str:
    """``content`` unmarked, with a backslash before each prose character that Markdown would otherwise read
    as markup, and before no other.

    ``rendered`` gives what markdown-it makes of a text in the content's place (None when the place reads
    it as no prose at all, code for instance: then every candidate keeps its backslash). Everything escaped
    is the safe reading; backslashes are then dropped (a kind of character at once, then one by one) where
    the reading stays the same. Characters in ``always`` are escaped whatever (a ``|`` in a table cell, a
    link title's closing quote); those in ``entities`` are written as the entity the source used.
    """
    text, candidates = _candidates(content, always, entities or {})
    if not candidates:
        return text
    escaped = _with_backslashes(text, candidates)
    safe = rendered(escaped)
    if safe is None:
        return escaped
    if rendered(text) == safe:
        return text
    kept = list(candidates)
    # a kind of character at once first: a bracket pair is markup only as a pair, and drops as one
    kinds = [[position for position in candidates if text[position] in kind] for kind in _KINDS]
    for group in [kind for kind in kinds if len(kind) > 1] + [[position] for position in candidates]:
        trial = [position for position in kept if position not in group]
        if len(trial) < len(kept) and rendered(_with_backslashes(text, trial)) == safe:
            kept = trial
    paired = sorted(set(kept) | _partners(text, candidates, set(kept)))
    if paired != kept and rendered(_with_backslashes(text, paired)) == safe:
        kept = paired
    return _with_backslashes(text, kept)


def _partners(text: str, candidates: list[int], kept: set[int]) -> set[int]:
    """The other half of each kept pair: ``\\*list\\*`` reads better than ``*list\\*``, and says the same.

    Brackets pair as they nest; emphasis marks and backticks of one kind pair in turn (first with second)."""
    partners: set[int] = set()
    opened: list[int] = []
    for position in candidates:
        if text[position] == "[":
            opened.append(position)
        elif text[position] == "]" and opened:
            pair = {opened.pop(), position}
            if pair & kept:
                partners |= pair
    for kind in "*_`":
        marks = [position for position in candidates if text[position] == kind]
        for pair in zip(marks[::2], marks[1::2], strict=False):
            if set(pair) & kept:
                partners |= set(pair)
    return partners


def _candidates(content: str, always: str, entities: Mapping[str, str]) -> tuple[str, list[int]]:
    """The content unmarked, and where in it a prose character might need a backslash: one Markdown reads as
    inline markup, or the one that makes the content's start a new block ("1." before its dot) when the
    content starts a line."""
    pieces: list[str] = []
    candidates: list[int] = []
    length = 0
    for piece, is_prose in _pieces(content):
        if not is_prose:
            pieces.append(piece)
            length += len(piece)
            continue
        line_start = -1
        if length == 0 and BLOCK_START_RE.match(piece):
            digits = re.match(r"\d{1,9}", piece)
            line_start = digits.end() if digits else 0
        for index, char in enumerate(piece):
            if char in always:
                char = "\\" + char
            elif char in entities:
                char = entities[char]
            elif index == line_start or _ANYWHERE_RE.match(piece, index):
                candidates.append(length)
            pieces.append(char)
            length += len(char)
    return "".join(pieces), candidates


def _pieces(content: str) -> Iterator[tuple[str, bool]]:
    """The content as (text, is prose) pieces, in order."""
    position = 0
    for found in _PROSE_RE.finditer(content):
        if found.start() > position:
            yield content[position : found.start()], False
        yield found.group(1), True
        position = found.end()
    if position < len(content):
        yield unmarked(content[position:]), False


def _with_backslashes(text: str, positions: list[int]) -> str:
    pieces = []
    previous = 0
    for position in positions:
        pieces += [text[previous:position], "\\"]
        previous = position
    pieces.append(text[previous:])
    return "".join(pieces)
