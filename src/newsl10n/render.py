"""Translations back into the article's own format: units → blocks → the format's writer.

``translate`` and ``build`` both write through :func:`render`, so the localized file a translator's
catalog gives is the same whichever command made it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from newsl10n import richtext
from newsl10n.formats import create_format
from newsl10n.model import Article, Unit


@dataclass
class BuildResult:
    text: str
    translated: int  # units that got a translation
    fallback: int  # units left in the source language (no usable translation)
    fuzzy: int  # units whose translation is still fuzzy


def render(article: Article, translations: Mapping[str, tuple[str, bool]], lang: str) -> BuildResult:
    """The article in its own format with each unit replaced by its translation (msgid -> (msgstr, fuzzy)).

    A unit without a translation stays in the source language.
    """
    article_format = create_format(article.format)
    blocks = {block.id: block for block in article.document.blocks}
    translated = fallback = fuzzy = 0
    contents: dict[str, str] = {}
    for block_id, pieces in article.layout.items():
        parts: list[str] = []
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
            parts.append(richtext.to_markup(text, piece.codes, article_format.escape))
        block = blocks.get(block_id)
        # a block nothing of which is translated is written as it was: cut into sentences and put together
        # again, its markup would be closed and reopened between them ("<em>One.</em> <em>Two.</em>")
        contents[block_id] = (
            "".join(parts)
            if changed or block is None
            else richtext.to_markup(block.content, block.codes, article_format.escape)
        )
    text = article_format.write(article.document, contents, lang)
    return BuildResult(text, translated, fallback, fuzzy)
