"""Finding and loading glossary files: the shipped one first, then the user's, later overriding earlier."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from newsl10n.errors import UserError
from newsl10n.glossary.csvfile import read_csv
from newsl10n.glossary.tbx import read_tbx
from newsl10n.glossary.terms import Glossary, Term, warn_on_stderr

READERS = {".csv": read_csv, ".tbx": read_tbx}


def shipped_glossary_files() -> list[Path]:
    from newsl10n.resources import glossary_dir

    folder = glossary_dir()
    return _files_in(folder) if folder.is_dir() else []


def _files_in(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if path.suffix.lower() in READERS and path.is_file())


def glossary_files(paths: Sequence[Path]) -> list[Path]:
    """Expand directories (their *.csv and *.tbx, sorted by name) and check every path exists."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(_files_in(path))
        elif not path.exists():
            raise UserError(f"{path}: glossary file not found")
        elif path.suffix.lower() not in READERS:
            raise UserError(f"{path}: unknown glossary format (use .csv or .tbx)")
        else:
            files.append(path)
    return files


def read_terms(path: Path, warn: Callable[[str], None] = warn_on_stderr) -> list[Term]:
    return READERS[Path(path).suffix.lower()](Path(path), warn)


def load_glossaries(
    paths: Sequence[Path] = (), include_shipped: bool = True, warn: Callable[[str], None] = warn_on_stderr
) -> Glossary:
    """One glossary from the shipped file (if asked) and ``paths``, in that order of precedence.

    What was cleaned up in a file (invisible characters in a term) is said through ``warn``, one line
    naming the file and row; by default on stderr.
    """
    glossary = Glossary()
    files = (shipped_glossary_files() if include_shipped else []) + glossary_files(paths)
    for path in files:
        glossary.extend(read_terms(path, warn))
    return glossary
