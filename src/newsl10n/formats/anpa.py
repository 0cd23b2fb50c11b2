"""ANPA 1312: a wire story as AP's and other agencies' legacy feeds transmit it, written back with only its text
changed.

A transmission is framed by control characters: SYN SYN SOH, then the header (service and selector codes, the
slug line ``BC-BKN--Heat-Hawks 1stLd-Writethru   02-20 0500``), then STX, the story, ETX and the trailer
(``AP-WF-02-20-16 0337GMT<``), EOT. In the story each line is one piece:

* a line opening with ``^`` is a header line: the keyword line (``^BC-BKN--Heat-Hawks, 1st Ld-Writethru,416<``,
  the slug again), the headline and the summary (ending ``<``), ``AP Photo …`` numbers and ``Eds: …`` notes for
  editors, and the byline (``^By CHARLES ODUM=``, ``^AP Sports Writer=``, ending ``=``);
* a line opening with a tab is a paragraph of the body (``\\t   ATLANTA (AP) _ Luol Deng scored …``).

Units are the headline, the summary, the byline and each body paragraph. The slug and keyword lines, photo numbers,
the trailer and agate (sports tables, weather lists set with control characters or as ``;``-separated fields) are
the wire's and stay as they are; an ``Eds:`` note is reported as not for publication. The writer replaces each
unit's words in its line and leaves every marker, control character and line end as it was.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from newsl10n.errors import UserError
from newsl10n.formats import Document
from newsl10n.formats.edits import Edit, apply
from newsl10n.formats.sniff import START_OF_TEXT, is_anpa
from newsl10n.model import Block, Dropped, Kind

END_OF_TEXT = "\x03"
_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")
# A header line: "^", its words, then "<" (headline, summary, notes) or "=" (byline), trailing spaces.
_HEADER_RE = re.compile(r"\^(?P<words>.*?)(?P<mark>[<=])?[ \t]*(?:\r\n|\r|\n)?\Z", re.S)
# A body line: a tab and the wire's indentation, its words, an optional "<" and trailing spaces.
_BODY_RE = re.compile(r"\t[ \t]*(?P<words>.*?)<?[ \t]*(?:\r\n|\r|\n)?\Z", re.S)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # typesetting codes of agate, never prose
_FIELDS_RE = re.compile(r"(?:[^;\s]*;){3,}")  # "Amsterdam;42;50;rn;0.08;": a table's row
# what a byline's second line says: "AP Sports Writer", "Associated Press", "AP Business Correspondent"
_TITLE_RE = re.compile(r"\b(?:AP|Press|Writer|Correspondent|Editor|Reporter|Columnist|Critic)\b")
_NOT_FOR_PUBLICATION = "editor's note, not for publication"
_WIRE_LINE = ("AP Photo", "AP Photos", "AP Video", "AP Graphic")


@dataclass
class Skeleton:
    source: str
    spans: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # block id -> (start, end, words)


class AnpaFormat:
    name = "anpa"
    extensions = (".anpa",)

    def read(self, text: str, path: Path, *, keep_all: bool = False) -> Document:
        """The headline, summary, byline and body paragraphs of the story between STX and ETX."""
        start = text.find(START_OF_TEXT)
        if not is_anpa(text):
            raise UserError(f"{path}: not an ANPA 1312 transmission (no SOH and STX control characters)")
        end = text.find(END_OF_TEXT, start)
        end = len(text) if end < 0 else end
        skeleton = Skeleton(text)
        blocks: list[Block] = []
        dropped: list[Dropped] = []
        line_number = text.count("\n", 0, start) + 1
        position = start + 1
        for match in _LINE_RE.finditer(text, position, end):
            if match.start() == match.end():
                break
            # the line STX opens is the keyword line ("^BC-BKN--Heat-Hawks, 1st Ld-Writethru,416<"): the slug again
            keyword = match.start() == position and match.group().startswith("^")
            piece = None if keyword else _piece(match.group(), blocks[-1] if blocks else None, line_number)
            if piece is not None:
                kind, words_start, words = piece
                if kind is None:
                    dropped.append(Dropped(line_number, words, _NOT_FOR_PUBLICATION))
                else:
                    block_id = f"line{line_number}"
                    absolute = match.start() + words_start
                    skeleton.spans[block_id] = (absolute, absolute + len(words), words)
                    blocks.append(Block(block_id, kind, " ".join(words.split()), line_number))
            line_number += 1
        if not blocks:
            raise UserError(f"{path}: no story text in this ANPA transmission")
        return Document(blocks, skeleton, dropped, path.suffix.lower() or ".anpa", furniture_found=True)

    def escape(self, text: str) -> str:
        return text

    def write(self, document: Document, contents: Mapping[str, str], lang: str) -> str:
        skeleton: Skeleton = document.skeleton
        edits = []
        for block_id, content in contents.items():
            span = skeleton.spans.get(block_id)
            if span is not None and content != " ".join(span[2].split()):
                edits.append(Edit(span[0], span[1], " ".join(content.split())))  # one line stays one line
        return apply(skeleton.source, edits)


def _piece(line: str, previous: Block | None, number: int) -> tuple[Kind | None, int, str] | None:
    """What a story line holds: (kind, where its words start, its words); kind None for a note to editors;
    None for what is the wire's (the keyword line, photo numbers, agate, blank lines). ``previous`` is the unit
    found last, ``number`` this line's."""
    header = _HEADER_RE.match(line) if line.startswith("^") else None
    body = _BODY_RE.match(line) if line.startswith("\t") else None
    found = header or body
    if found is None:
        return None
    words = found.group("words").rstrip()
    if not words.strip() or _CONTROL_RE.search(words) or _FIELDS_RE.search(words):
        return None
    offset = found.start("words")
    if body is not None:
        return Kind.BODY, offset, words
    if words.startswith(_WIRE_LINE) or words == "END":  # photo numbers; the end of a list or of agate
        return None
    if words.startswith("Eds:"):
        return None, offset, " ".join(words.split())
    title = previous is not None and previous.kind == Kind.BYLINE and previous.line == number - 1
    if header.group("mark") == "=" and (words.startswith("By ") or (title and _TITLE_RE.search(words))):
        return Kind.BYLINE, offset, words  # "By CHARLES ODUM", then "AP Sports Writer"
    if previous is None:
        return Kind.HEADLINE, offset, words
    summary = header.group("mark") == "<" and previous.kind in (Kind.HEADLINE, Kind.STANDFIRST)
    # the summary under the headline; a table's titles ("All Times EDT=", "AMERICAN LEAGUE="), a list's items
    return (Kind.STANDFIRST if summary else Kind.SUBHEAD), offset, words
