"""Glossary CSV: ``en`` first, one column per target language, optional ``note``.

CSV is what desk editors keep in a spreadsheet; every error names the file and row so they can fix it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from newsl10n.errors import UserError
from newsl10n.glossary.terms import Term, checked, split_variants, warn_on_stderr

SOURCE_COLUMN = "en"
NOTE_COLUMN = "note"
LANG_RE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def read_csv(path: Path, warn: Callable[[str], None] = warn_on_stderr) -> list[Term]:
    """Terms of one CSV glossary, in file order (see :func:`parse_csv`)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(
            f"{path}: cannot read glossary: {getattr(error, 'strerror', None) or error}"
        ) from None
    return parse_csv(text, str(path), warn)


def parse_csv(text: str, name: str, warn: Callable[[str], None] = warn_on_stderr) -> list[Term]:
    """Terms of CSV ``text`` read from file ``name``; invisible characters are removed from terms and
    reported through ``warn``, two rows giving one English term different targets are refused."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    terms: list[Term] = []
    try:
        header = _header(next(reader, None), name)
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            terms.append(_term(row, header, name, reader.line_num))
    except csv.Error as error:
        raise UserError(f"{name}, row {reader.line_num}: broken CSV: {error}") from None
    return checked(terms, warn)


def _header(row: list[str] | None, name: str) -> list[str]:
    if not row or not any(cell.strip() for cell in row):
        raise UserError(f"{name}, row 1: empty glossary: the header must start with an 'en' column")
    header = [cell.strip() for cell in row]
    if header[0].lower() != SOURCE_COLUMN:
        raise UserError(f"{name}, row 1: the first column must be 'en', found {header[0]!r}")
    for cell in header[1:]:
        if cell.lower() != NOTE_COLUMN and not LANG_RE.match(cell):
            raise UserError(
                f"{name}, row 1: column {cell!r} is neither a language code (ru, uk, de) nor 'note'"
            )
    if len(set(header)) != len(header):
        raise UserError(f"{name}, row 1: a column appears twice")
    return [cell.lower() if cell.lower() in (SOURCE_COLUMN, NOTE_COLUMN) else cell for cell in header]


def _term(row: list[str], header: list[str], name: str, line: int) -> Term:
    if len(row) > len(header):
        raise UserError(f"{name}, row {line}: {len(row)} cells but the header has {len(header)} columns")
    cells = dict(zip(header, [cell.strip() for cell in row], strict=False))
    sources = split_variants(cells.get(SOURCE_COLUMN, ""))
    if not all(sources):
        raise UserError(f"{name}, row {line}: empty English term")
    targets: dict[str, tuple[str, ...]] = {}
    for lang in header[1:]:
        if lang == NOTE_COLUMN or not cells.get(lang):
            continue
        variants = split_variants(cells[lang])
        if not all(variants):
            raise UserError(f"{name}, row {line}: empty variant in column {lang!r}")
        targets[lang] = variants
    return Term(sources, targets, cells.get(NOTE_COLUMN, ""), where=f"{name}, row {line}")


def format_csv(terms: Iterable[Term], languages: list[str]) -> str:
    """The CSV text for ``terms``: the inverse of :func:`parse_csv`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([SOURCE_COLUMN, *languages, NOTE_COLUMN])
    for term in terms:
        writer.writerow(
            ["|".join(term.sources), *("|".join(term.targets.get(lang, ())) for lang in languages), term.note]
        )
    return buffer.getvalue()
