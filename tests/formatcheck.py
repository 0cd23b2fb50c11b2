"""Helpers for format tests: the contents a writer gets for an untranslated or a "translated" document."""

from __future__ import annotations

from collections.abc import Callable

from newsl10n import richtext
from newsl10n.formats import ArticleFormat, Document


def unchanged(fmt: ArticleFormat, document: Document) -> dict[str, str]:
    """Every block's own content, as render() passes it for an untranslated article."""
    return {block.id: richtext.to_markup(block.content, block.codes, fmt.escape) for block in document.blocks}


def translated(fmt: ArticleFormat, document: Document, change: Callable[[str], str]) -> dict[str, str]:
    """Each block's text run through ``change`` with its codes kept, as the writer receives a translation."""
    contents = {}
    for block in document.blocks:
        rich = richtext.parse(block.content, {code.id for code in block.codes})
        pieces, position = [], 0
        for tag in rich.tags:
            pieces.append(change(rich.text[position : tag.offset]) + tag.po_form)
            position = tag.offset
        pieces.append(change(rich.text[position:]))
        contents[block.id] = richtext.to_markup("".join(pieces), block.codes, fmt.escape)
    return contents
