"""Article formats: a reader that finds the blocks of an article, a writer that puts translations back.

A format knows blocks and inline markup, nothing else: furniture, sentences, memory and MT are other
stages' business. ``read`` returns a :class:`Document`: the blocks (each with a stable id, a kind, its
content in PO form and its inline codes) and an opaque skeleton; ``write`` takes ``block id -> new content``
(already in the format's own syntax) and returns the whole file, everything outside those blocks as it was.

Formats are looked up by name like engines (``FORMATS``) and imported only when used, so adding a format
is adding a module and a line here.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from newsl10n.errors import UserError
from newsl10n.formats.sniff import is_anpa, is_news_xml, is_ninjs
from newsl10n.model import Block, Dropped


@dataclass
class Document:
    """What a reader found: the article's blocks in document order, and what only its writer needs."""

    blocks: list[Block]
    skeleton: Any = None  # opaque: the format's own record of everything around the blocks
    dropped: list[Dropped] = field(default_factory=list)  # what the reader itself left out (page furniture)
    extension: str = ".txt"  # the extension output files get
    # True when the reader told article from furniture by the markup (an HTML page, a fragment or Markdown,
    # which are all article): the text rules then only name kinds, they drop nothing
    furniture_found: bool = False
    # True when an extractor found the article in a whole page: the page's widgets set inside the article
    # ("CLICK HERE TO GET THE APP", a newsletter prompt) are still there, and dropped by what they say
    widgets_inside: bool = False
    # the file opened with a byte order mark: the localized file does too (a desk's Windows tool may want it)
    byte_order_mark: bool = False
    # the language the file says its text is in (a wire item's xml:lang or language field), "" when it says none
    declared_language: str = ""


class ArticleFormat(Protocol):
    name: str
    extensions: tuple[str, ...]

    def read(self, text: str, path: Path, *, keep_all: bool = False) -> Document:
        """The blocks of the decoded article; a file with no article raises :class:`UserError`.

        ``keep_all`` (``--keep-all``): the reader leaves out nothing it would take for page furniture.
        """
        ...

    def escape(self, text: str) -> str:
        """Plain text as the format writes it (``&`` -> ``&amp;`` in HTML)."""
        ...

    def write(self, document: Document, contents: Mapping[str, str], lang: str) -> str:
        """The whole file with each block in ``contents`` replaced; ``lang`` is the target language."""
        ...


FORMATS: dict[str, str] = {
    "text": "newsl10n.formats.text:TextFormat",
    "html": "newsl10n.formats.html:HtmlFormat",
    "markdown": "newsl10n.formats.markdown:MarkdownFormat",
    "newsml": "newsl10n.formats.newsml:NewsmlFormat",
    "ninjs": "newsl10n.formats.ninjs:NinjsFormat",
    "anpa": "newsl10n.formats.anpa:AnpaFormat",
}
AUTO = "auto"
# Files that are no article in a format newsl10n reads, by what their extension says they are: read as text they
# would be translated line by line, markup and all ("msgid" ..., "<?xml" ...).
_NOT_ARTICLES = {
    **dict.fromkeys((".po", ".pot", ".mo"), "gettext catalogs (build takes one with --po)"),
    **dict.fromkeys((".pdf", ".doc", ".docx", ".odt", ".rtf", ".pages", ".epub"), "documents"),
    **dict.fromkeys((".xml", ".rss", ".atom", ".json", ".csv", ".yaml", ".yml"), "data"),
    **dict.fromkeys((".zip", ".gz", ".tar", ".xlsx", ".ods"), "archives or spreadsheets"),
}


def format_names() -> list[str]:
    return [AUTO, *FORMATS]


def create_format(name: str) -> ArticleFormat:
    """The format called ``name``, or a one-line error naming the ones that exist."""
    try:
        target = FORMATS[name]
    except KeyError:
        raise UserError(f"unknown format {name!r}; choose one of: {', '.join(format_names())}") from None
    module_name, class_name = target.split(":")
    return getattr(importlib.import_module(module_name), class_name)()


def detect(path: Path, text: str) -> str:
    """The format for a file: by extension first, then by a look at the text (standard input has none). A file
    whose extension says it is something else (a PO catalog given in the article's place) is refused."""
    suffix = path.suffix.lower()
    if is_anpa(text):
        return "anpa"  # a wire's legacy transmission, whatever the feed named the file (.tst, .txt, none)
    if suffix == ".xml" and is_news_xml(text):
        return "newsml"  # a wire story in NITF or NewsML, as agencies deliver them
    if suffix == ".json" and is_ninjs(text):
        return "ninjs"  # a wire story as an agency's API gives it
    if suffix in _NOT_ARTICLES:
        raise UserError(
            f"{path}: {suffix} files are {_NOT_ARTICLES[suffix]}, not articles in text, HTML, Markdown, "
            "NITF, NewsML or ninjs; to read this one as plain text anyway, give --format text"
        )
    for name in FORMATS:
        if suffix in create_format(name).extensions:
            return name
    if is_news_xml(text):
        return "newsml"
    if is_ninjs(text):
        return "ninjs"
    head = text.lstrip()[:1024].lower()
    if "html" in FORMATS and (head.startswith(("<!doctype html", "<html")) or "<body" in head):
        return "html"
    if "markdown" in FORMATS and text.startswith("---\n"):
        return "markdown"
    return "text"


def choose_format(name: str, path: Path, text: str) -> ArticleFormat:
    """The format asked for, or with ``auto`` the one :func:`detect` finds."""
    return create_format(detect(path, text) if name == AUTO else name)
