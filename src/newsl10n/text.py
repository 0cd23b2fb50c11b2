"""Small text helpers shared by the stages, so they all agree on what a 'word' is and what is invisible."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")

# Characters that change a string without showing on the page: format characters (zero-width space,
# joiner and non-joiner, word joiner, soft hyphen, byte-order mark, bidi marks and isolates) and control
# characters other than ordinary whitespace. Copied from a CMS or a spreadsheet, they split words for
# a matcher while a reader sees nothing wrong.
INVISIBLE_RE = re.compile(r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
SPACES_RE = re.compile(r"\s+")


def words(text: str) -> list[re.Match[str]]:
    """The words of ``text`` with their offsets; alignments index into this list."""
    return list(WORD_RE.finditer(text))


def invisible_characters(text: str) -> list[str]:
    """Names of the invisible and control characters in ``text``, each once, in order of appearance."""
    found = [match.group() for match in INVISIBLE_RE.finditer(text)]
    found += [match.group() for match in CONTROL_RE.finditer(text)]
    return list(dict.fromkeys(_name(char) for char in found))


def _name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'CONTROL CHARACTER')}"


def visible(text: str) -> str:
    """``text`` without invisible characters, control characters dropped (those that separate, like a
    vertical tab, made spaces), and in Unicode NFC form (é as one character, not e + accent)."""
    cleaned = INVISIBLE_RE.sub("", text)
    if CONTROL_RE.search(cleaned):
        cleaned = SPACES_RE.sub(" ", CONTROL_RE.sub(lambda m: " " if m.group().isspace() else "", cleaned))
    return unicodedata.normalize("NFC", cleaned)


@dataclass(frozen=True)
class MatchView:
    """``text`` as a matcher should see it: invisible and control characters dropped, each run of
    whitespace one space. ``offsets[i]`` is where character ``i`` sits in the original (None: the same)."""

    text: str
    offsets: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of view characters ``[start, end)``."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end - 1] + 1


ODD_SPACE_RE = re.compile(r"\s\s|[^\S ]")


def match_view(text: str) -> MatchView:
    """See :class:`MatchView`: so that ``Ky<ZWSP>iv`` or ``White\\n House`` still match a term."""
    if not (INVISIBLE_RE.search(text) or CONTROL_RE.search(text) or ODD_SPACE_RE.search(text)):
        return MatchView(text)
    kept: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        if char.isspace():
            if kept and kept[-1] == " ":
                continue
            char = " "
        elif INVISIBLE_RE.match(char) or CONTROL_RE.match(char):
            continue
        kept.append(char)
        offsets.append(index)
    return MatchView("".join(kept), tuple(offsets))
