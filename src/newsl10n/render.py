"""Translations back into the article's own format: units → blocks → the format's writer.

``translate`` and ``build`` both write through :func:`render`, so the localized file a translator's
catalog gives is the same whichever command made it.

**One element over two sentences.** A link or italics around the end of one sentence and the start of the
next is closed and reopened in each sentence's unit (``<1>The report is out.</1>``, ``<1>It runs to 40
pages.</1>``). When both translations keep it at that edge, it is written once around both, as the source
had it; otherwise each sentence keeps its own copy, which is valid markup too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise, takewhile
from typing import Literal

from newsl10n import richtext
from newsl10n.formats import create_format
from newsl10n.model import Article, Gap, Unit


@dataclass
class BuildResult:
    text: str
    translated: int  # units that got a translation
    fallback: int  # units left in the source language (no usable translation)
    fuzzy: int  # units whose translation is still fuzzy


@dataclass
class _Piece:
    """A unit's translation (or source text) or a gap, parsed, with the block's number for each code."""

    rich: richtext.RichText
    piece: Unit | Gap

    def origin(self, code_id: int) -> int:
        """The block's number of the element this piece calls ``code_id``."""
        if isinstance(self.piece, Gap):
            return code_id
        return next(code.origin for code in self.piece.codes if code.id == code_id)

    def without(self, tags: set[richtext.Tag]) -> _Piece:
        kept = tuple(tag for tag in self.rich.tags if tag not in tags)
        return replace(self, rich=richtext.RichText(self.rich.text, kept))


def render(article: Article, translations: Mapping[str, tuple[str, bool]], lang: str) -> BuildResult:
    """The article in its own format with each unit replaced by its translation (msgid -> (msgstr, fuzzy)).

    A unit without a translation stays in the source language.
    """
    article_format = create_format(article.format)
    blocks = {block.id: block for block in article.document.blocks}
    translated = fallback = fuzzy = 0
    contents: dict[str, str] = {}
    for block_id, pieces in article.layout.items():
        parsed: list[_Piece] = []
        changed = False
        for piece in pieces:
            text = piece.text
            if isinstance(piece, Unit):
                if piece.text in translations:
                    text, is_fuzzy = translations[piece.text]
                    translated += 1
                    fuzzy += is_fuzzy
                    changed = True
                else:
                    fallback += 1
            parsed.append(_Piece(richtext.parse(text, {code.id for code in piece.codes}), piece))
        block = blocks.get(block_id)
        # a block nothing of which is translated is written as it was: cut into sentences and put together
        # again, its markup would be closed and reopened between them ("<em>One.</em> <em>Two.</em>")
        contents[block_id] = (
            "".join(
                richtext.rich_markup(item.rich, item.piece.codes, article_format.escape)
                for item in _rejoined(parsed)
            )
            if changed or block is None
            else richtext.to_markup(block.content, block.codes, article_format.escape)
        )
    text = article_format.write(article.document, contents, lang)
    if article.document.byte_order_mark:
        text = "\ufeff" + text
    return BuildResult(text, translated, fallback, fuzzy)


def _rejoined(pieces: Sequence[_Piece]) -> list[_Piece]:
    """The pieces with each element cut between two sentences written once: its closing tag left out at the
    end of the first sentence and its opening tag at the start of the next, where both translations have
    them there and the gap between them holds nothing of that element."""
    pieces = list(pieces)
    units = [index for index, item in enumerate(pieces) if isinstance(item.piece, Unit)]
    for before, after in pairwise(units):
        between = pieces[before + 1 : after]  # a gap, or nothing
        in_between = {item.origin(tag.id) for item in between for tag in item.rich.tags}
        joined: list[tuple[richtext.Tag, richtext.Tag]] = []
        # outermost first: an inner element is joined only inside an outer one that is joined too
        closing, opening = _edge_tags(pieces[before].rich, "close"), _edge_tags(pieces[after].rich, "open")
        for close, open_ in zip(closing, opening, strict=False):
            origin = pieces[before].origin(close.id)
            if origin != pieces[after].origin(open_.id) or origin in in_between:
                break
            joined.append((close, open_))
        if joined:
            pieces[before] = pieces[before].without({close for close, _ in joined})
            pieces[after] = pieces[after].without({open_ for _, open_ in joined})
    return pieces


def _edge_tags(rich: richtext.RichText, role: Literal["open", "close"]) -> list[richtext.Tag]:
    """The opening tags that start the text or the closing tags that end it, outermost first."""
    edge = 0 if role == "open" else len(rich.text)
    tags = rich.tags if role == "open" else reversed(rich.tags)
    return list(takewhile(lambda tag: tag.offset == edge and tag.role == role, tags))
