"""Small text helpers shared by the stages, so they all agree on what a 'word' is."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")
# The short words a title leaves in lower case ("Fun and Games", "Daily Times of Pakistan", "Contact us").
TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "&", "us"})


def in_title_case(words: list[str]) -> bool:
    """Whether each word is capitalised, a figure or sign, or one of the small words a title leaves alone."""
    return all(word[0].isupper() or not word[0].isalpha() or word in TITLE_SMALL_WORDS for word in words)


def words(text: str) -> list[re.Match[str]]:
    """The words of ``text`` with their offsets; alignments index into this list."""
    return list(WORD_RE.finditer(text))


@dataclass(frozen=True)
class MatchView:
    """``text`` as a matcher should see it: invisible characters (format and control characters, see
    :mod:`newsl10n.invisible`) dropped, each run of whitespace one space. ``offsets[i]`` is where
    character ``i`` sits in the original (None: the same place)."""

    text: str
    offsets: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of view characters ``[start, end)``."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end - 1] + 1


def match_view(text: str) -> MatchView:
    """See :class:`MatchView`: so that ``Ky<ZWSP>iv`` or ``White\\n House`` still match a term, whether
    or not the text was cleaned before."""
    if text.isascii() and text.isprintable() and "  " not in text:
        return MatchView(text)
    kept: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        if char.isspace():
            if kept and kept[-1] == " ":
                continue
            char = " "
        elif unicodedata.category(char) in ("Cf", "Cc"):
            continue
        kept.append(char)
        offsets.append(index)
    return MatchView("".join(kept), tuple(offsets))


# The words of a report: a line that tells what someone said, urged or warned is the story's, whatever it says
# ("Click here, the email urged, ..."); the furniture patterns that read sentences refuse it.
ATTRIBUTION = r"said|says|told|urged|urges|asked|according to|warned|added"
NOT_REPORTED = rf"(?!.*\b(?:{ATTRIBUTION})\b)"


class GuardedPattern:
    """A costly pattern tried only on text that holds one of its words (a substring test is far cheaper)."""

    def __init__(self, words: tuple[str, ...], pattern: re.Pattern[str]) -> None:
        self.words = words
        self.pattern = pattern

    def match(self, text: str) -> re.Match[str] | None:
        return self.match_lowered(text, text.lower())

    def match_lowered(self, text: str, lowered: str) -> re.Match[str] | None:
        """The match, given the text in lower case already: a caller trying many guards lowers it once."""
        return self.pattern.match(text) if any(word in lowered for word in self.words) else None
