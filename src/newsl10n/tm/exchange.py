"""Moving the memory to and from CAT tools: catalogs to TMX (export), TMX to catalogs (import).

Only translators' reviewed work leaves (a fuzzy entry is a draft, a pseudo-localized one a test);
an imported TMX becomes one PO catalog per target language, reviewed entries, so every command that reads
catalogs (``translate --tm``, ``check``) reads it too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import polib
from babel.messages.plurals import get_plural

from newsl10n.catalog import GENERATOR, WRAP_WIDTH, read_catalog
from newsl10n.errors import UserError
from newsl10n.fsio import Transaction
from newsl10n.memory import memory_files
from newsl10n.tm.tmx import ExportEntry, can_write, language_matches, read_tmx

IMPORT_NOTE = "translation memory: imported from "


@dataclass
class Export:
    """What an export holds: the entries, and what was left out."""

    entries: list[ExportEntry] = field(default_factory=list)
    languages: set[str] = field(default_factory=set)
    files: int = 0
    unwritable: int = 0  # entries with characters XML cannot hold


def collect_export(paths: Iterable[Path | str], languages: Collection[str] = ()) -> Export:
    """The reviewed entries of every PO or TMX file named or found below a folder, each pair once.

    A catalog's language is its ``Language`` header, else its folder's name (``l10n/ru/x.po``);
    ``languages`` keeps only those (all when empty).
    """
    export = Export()
    seen: set[tuple[str, str, str]] = set()
    for path, shown in memory_files(paths):
        export.files += 1
        for lang, source, target, origin in _translations(path, shown):
            if languages and not any(language_matches(lang, wanted) for wanted in languages):
                continue
            if (lang, source, target) in seen:
                continue
            seen.add((lang, source, target))
            if not (can_write(source) and can_write(target)):
                export.unwritable += 1
                continue
            export.languages.add(lang)
            export.entries.append(ExportEntry(source, lang, target, origin))
    return export


def _translations(path: Path, shown: Path) -> Iterable[tuple[str, str, str, str]]:
    """(language, source, target, origin) of a memory file's reviewed translations."""
    if path.suffix.lower() == ".tmx":
        for unit in read_tmx(path):
            for lang, target in unit.targets.items():
                yield lang, unit.source, target, unit.origin or shown.as_posix()
        return
    catalog = read_catalog(path)
    lang = catalog.language or path.parent.name
    for entry in catalog.live().values():
        if entry.usable and entry.is_reviewed:
            yield lang, entry.msgid, entry.msgstr, shown.as_posix()


def import_tmx(
    tmx_path: Path, out_dir: Path, languages: Collection[str] = (), replace: bool = False
) -> dict[str, int]:
    """Write ``out_dir/<lang>/<name>.po`` for each target language of a TMX file; returns units per file.

    Nothing is written when a catalog is already there (unless ``replace``) or when the file has no unit
    for the languages asked: all files or none.
    """
    if not tmx_path.is_file():
        raise UserError(f"{tmx_path}: TMX file not found")
    by_lang: dict[str, dict[str, str]] = {}
    for unit in read_tmx(tmx_path):
        for lang, target in unit.targets.items():
            if languages and not any(language_matches(lang, wanted) for wanted in languages):
                continue
            if unit.source and target:
                by_lang.setdefault(lang.replace("_", "-"), {}).setdefault(unit.source, target)
    if not by_lang:
        wanted = ", ".join(languages) if languages else "any language"
        raise UserError(f"{tmx_path}: no unit with English and {wanted}")
    transaction = Transaction()
    written: dict[str, int] = {}
    for lang, pairs in sorted(by_lang.items()):
        po_path = out_dir / lang / f"{tmx_path.stem}.po"
        if po_path.exists() and not replace:
            raise UserError(f"{po_path} exists; give --replace to overwrite it with {tmx_path.name}")
        transaction.add(po_path, _catalog_text(lang, pairs, tmx_path.name).encode("utf-8"))
        written[str(po_path)] = len(pairs)
    transaction.commit()
    return written


def _catalog_text(lang: str, pairs: dict[str, str], origin: str) -> str:
    po = polib.POFile(wrapwidth=WRAP_WIDTH)
    po.metadata = {
        "Project-Id-Version": origin,
        "PO-Revision-Date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M+0000"),
        "Last-Translator": "",
        "Language-Team": "",
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": GENERATOR,
    }
    # a language babel does not know goes without: msgfmt needs no Plural-Forms for singular entries
    with suppress(ValueError, LookupError):
        po.metadata["Plural-Forms"] = str(get_plural(lang.replace("-", "_")))
    for source, target in pairs.items():
        po.append(polib.POEntry(msgid=source, msgstr=target, comment=IMPORT_NOTE + origin))
    return str(po) + "\n"
