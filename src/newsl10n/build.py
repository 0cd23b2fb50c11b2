"""Localized text from a catalog: the article's structure, filled with translations."""

from __future__ import annotations

from dataclasses import dataclass

import polib

from newsl10n.model import Article


@dataclass
class BuildResult:
    text: str
    translated: int  # units that got a translation
    fallback: int  # units left in the source language (no usable translation)
    fuzzy: int  # units whose translation is still fuzzy (used unless reviewed_only)


def usable_translations(catalog: polib.POFile, reviewed_only: bool) -> dict[str, tuple[str, bool]]:
    """msgid -> (msgstr, fuzzy) for the entries a build may use."""
    usable: dict[str, tuple[str, bool]] = {}
    for entry in catalog:
        if entry.obsolete or not entry.msgstr or (reviewed_only and entry.fuzzy):
            continue
        usable[entry.msgid] = (entry.msgstr, entry.fuzzy)
    return usable


def build_text(article: Article, catalog: polib.POFile, reviewed_only: bool = False) -> BuildResult:
    """The article with every unit replaced by its translation, falling back to the source.

    Paragraphs keep the source's order and breaks: headline, blank line, paragraphs separated by
    blank lines, sentences joined by a space.
    """
    translations = usable_translations(catalog, reviewed_only)
    translated = fallback = fuzzy = 0
    paragraphs: list[str] = []
    for paragraph in article.paragraphs():
        sentences: list[str] = []
        for unit in paragraph:
            if unit.text in translations:
                target, is_fuzzy = translations[unit.text]
                sentences.append(target)
                translated += 1
                fuzzy += is_fuzzy
            else:
                sentences.append(unit.text)
                fallback += 1
        paragraphs.append(" ".join(sentences))
    return BuildResult("\n\n".join(paragraphs) + "\n", translated, fallback, fuzzy)
