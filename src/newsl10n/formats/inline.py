"""Inline content as formats read it: text with whitespace collapsed, and numbered tags at their offsets."""

from __future__ import annotations

import re

from newsl10n.richtext import RichText, Role, Tag

SPACE_RE = re.compile(r"[ \t\n\r\f]+")  # HTML's and CommonMark's whitespace; a no-break space is text


class RichBuilder:
    """Plain text with whitespace collapsed as a browser does, and the tags at their offsets."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.space_before = True  # at the start, leading space is dropped
        self.tags: list[Tag] = []

    def text(self, text: str) -> None:
        for index, part in enumerate(SPACE_RE.split(text)):
            if index > 0 and not self.space_before:
                self.pieces.append(" ")
                self.length += 1
                self.space_before = True
            if part:
                self.pieces.append(part)
                self.length += len(part)
                self.space_before = False

    def tag(self, code_id: int, role: Role) -> None:
        self.tags.append(Tag(code_id, role, self.length))
        if role == "empty":  # an image or a code span is not space: a space after it is kept
            self.space_before = False

    def result(self) -> RichText:
        """The text with no space at either end (a space before a standalone code is not at the end)."""
        text = "".join(self.pieces)
        last_empty = max((tag.offset for tag in self.tags if tag.role == "empty"), default=0)
        stripped = text[: max(len(text.rstrip(" ")), last_empty)]
        tags = tuple(Tag(tag.id, tag.role, min(tag.offset, len(stripped))) for tag in self.tags)
        return RichText(stripped, tags)
