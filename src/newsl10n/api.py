"""The Python API: each function does what the ``newsl10n`` command of the same name does.

>>> from newsl10n import api
>>> article = api.segment("examples/kremlin-patriots.txt")
>>> report = api.translate(["examples/kremlin-patriots.txt"], "ru,uk,de", engine="pseudo", out_dir="l10n")
>>> reports = api.check(["l10n/ru/kremlin-patriots.po"])
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newsl10n.article import read_article, read_article_for_catalog
from newsl10n.catalog import batch_furniture, read_catalog, translations
from newsl10n.checks import Selection
from newsl10n.fsio import atomic_write_text
from newsl10n.model import Article
from newsl10n.pipeline import TranslateReport, translate
from newsl10n.render import BuildResult, render
from newsl10n.review import FileReport, check_catalogs

__all__ = ["BuildResult", "FileReport", "TranslateReport", "build", "check", "segment", "translate"]


def segment(article_path: Path | str, fmt: str = "auto", name: str = "", keep_all: bool = False) -> Article:
    """Read an article and split it into units; furniture is reported in ``Article.dropped``."""
    return read_article(article_path, fmt, name=name, keep_all=keep_all)


def build(
    article_path: Path | str,
    po_path: Path | str,
    output: Path | str | None = None,
    reviewed_only: bool = False,
    fmt: str = "auto",
    name: str = "",
) -> BuildResult:
    """The localized article, in its own format, from its PO file; written to ``output`` when given."""
    catalog = read_catalog(Path(po_path))
    article = read_article_for_catalog(
        article_path, catalog.live(), fmt, name=name, batch_furniture=batch_furniture(catalog)
    )
    lang = catalog.language.replace("-", "_") or Path(po_path).parent.name
    result = render(article, translations(catalog, reviewed_only), lang)
    if output is not None:
        atomic_write_text(Path(output), result.text)
    return result


def check(
    po_paths: Sequence[Path | str],
    glossary_paths: Sequence[Path | str] = (),
    fix: bool = False,
    selection: Selection | None = None,
) -> list[FileReport]:
    """Problems per entry of each PO file; with ``fix``, repairs what can be repaired.

    ``selection`` chooses checks (``--only``, ``--skip``, ``--strict``; see newsl10n.checks.Selection).
    """
    return check_catalogs(po_paths, [Path(p) for p in glossary_paths], fix=fix, selection=selection)
