"""PO catalogs: templates from articles, per-language files merged the way ``msgmerge`` merges.

A catalog holds one entry per distinct source sentence (a sentence that occurs twice is one entry with
two references). Merging never loses a translator's work: reviewed entries keep their msgstr, sentences
that left the article become obsolete entries, and a changed sentence gets its old translation back
as a fuzzy suggestion with the previous msgid (``#|``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import polib

from newsl10n import __version__
from newsl10n.engines.pseudo import PSEUDO_NOTE
from newsl10n.errors import UserError
from newsl10n.fsio import atomic_write_text
from newsl10n.model import Article, Provenance, Segment

GENERATOR = f"newsl10n {__version__}"
WRAP_WIDTH = 79


@dataclass
class TemplateEntry:
    """One distinct source sentence of an article and every place it occurs."""

    msgid: str
    occurrences: list[tuple[str, str]] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)


def template_entries(article: Article) -> list[TemplateEntry]:
    """The article's distinct sentences in document order, each with its references."""
    entries: dict[str, TemplateEntry] = {}
    reference = article.path.name
    for unit in article.units:
        entry = entries.setdefault(unit.text, TemplateEntry(unit.text))
        entry.occurrences.append((reference, str(unit.line)))
        entry.locations.append(unit.location)
    return list(entries.values())


def _timestamp() -> str:
    return dt.datetime.now(dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M%z")


def _plural_forms(lang: str) -> str:
    from babel.messages.plurals import get_plural

    return str(get_plural(lang.replace("-", "_")))


def _header(article: Article, lang: str | None, previous: polib.POFile | None) -> dict[str, str]:
    now = _timestamp()
    old = previous.metadata if previous is not None else {}
    header = {
        "Project-Id-Version": f"{article.name}",
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": now,
        "PO-Revision-Date": old.get("PO-Revision-Date", now) if lang else "YEAR-MO-DA HO:MI+ZONE",
        "Last-Translator": old.get("Last-Translator", ""),
        "Language-Team": old.get("Language-Team", ""),
        "Language": lang or "",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": GENERATOR,
    }
    if lang:
        header["Plural-Forms"] = _plural_forms(lang)
    return header


def provenance_note(provenance: Provenance | None) -> str:
    """The comment line that tells a translator where a suggestion came from."""
    if provenance is None:
        return ""
    if provenance.is_pseudo:
        return PSEUDO_NOTE
    if provenance.engine:
        return f"machine translation: {provenance.model}"
    if provenance.memory_file:
        return f"translation memory: {provenance.memory_file}"
    return ""


def _extracted_comment(template: TemplateEntry, notes: Iterable[str]) -> str:
    lines = ["; ".join(template.locations)]
    lines.extend(note for note in notes if note and note not in lines)
    return "\n".join(lines)


def build_template(article: Article) -> polib.POFile:
    """The ``.pot`` template: every source sentence with an empty msgstr."""
    pot = polib.POFile(wrapwidth=WRAP_WIDTH)
    pot.metadata = _header(article, None, None)
    for template in template_entries(article):
        pot.append(
            polib.POEntry(
                msgid=template.msgid,
                msgstr="",
                occurrences=template.occurrences,
                comment=_extracted_comment(template, ()),
            )
        )
    return pot


def find_po_files(paths: Iterable[Path | str], missing: str = "no such PO file") -> list[Path]:
    """PO files named directly, or found below folders, in a stable order; ``missing`` names the problem."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(path.rglob("*.po")))
        elif path.is_file():
            found.append(path)
        else:
            raise UserError(f"{path}: {missing}")
    return found


def load_catalog(path: Path) -> polib.POFile:
    """Read a PO file, or raise a one-line error that names it; the file is never modified."""
    try:
        return polib.pofile(str(path), wrapwidth=WRAP_WIDTH)
    except OSError as error:
        raise UserError(f"{path}: cannot read PO file ({error.strerror or error})") from None
    except (ValueError, UnicodeDecodeError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise UserError(f"{path}: not a valid PO file ({reason})") from None


def declared_language(catalog: polib.POFile) -> str:
    """The catalog's ``Language`` header (``pt_BR`` spelled ``pt-BR``), or "" when it has none."""
    return catalog.metadata.get("Language", "").strip().replace("_", "-")


def save_catalog(catalog: polib.POFile, path: Path) -> None:
    """Write atomically, so a crash never leaves a translator with half a file."""
    atomic_write_text(path, str(catalog) + "\n")


def is_pseudo(entry: polib.POEntry) -> bool:
    """Pseudo-localized test output: never a translation worth keeping or reusing."""
    return entry.fuzzy and PSEUDO_NOTE in entry.comment


def segments_from_catalog(catalog: polib.POFile, lang: str) -> dict[str, Segment]:
    """The current (non-obsolete) translations of a catalog, as segments the stages understand."""
    segments: dict[str, Segment] = {}
    for entry in catalog:
        if entry.obsolete or not entry.msgid or entry.msgid_plural or is_pseudo(entry):
            continue
        fuzzy = entry.fuzzy
        origin = "" if not entry.msgstr else ("kept" if fuzzy else "reviewed")
        segments[entry.msgid] = Segment(
            source=entry.msgid,
            lang=lang,
            target=entry.msgstr,
            fuzzy=fuzzy and bool(entry.msgstr),
            origin=origin,
        )
    return segments


def merge_catalog(
    article: Article,
    lang: str,
    segments: dict[str, Segment],
    previous: polib.POFile | None,
    previous_msgids: dict[str, str] | None = None,
) -> polib.POFile:
    """The article's catalog for ``lang``, merged with the file that was there before.

    ``segments`` holds the translation of every sentence after all stages ran. Reviewed entries of
    ``previous`` are kept exactly, translator comments survive, and entries whose sentence left the
    article are kept as obsolete. ``previous_msgids`` maps a changed sentence to the old one its
    suggestion came from.
    """
    previous_msgids = previous_msgids or {}
    old_entries = {e.msgid: e for e in previous or [] if not e.obsolete and e.msgid}
    old_obsolete = {e.msgid: e for e in previous or [] if e.obsolete and e.msgid}
    catalog = polib.POFile(wrapwidth=WRAP_WIDTH)
    catalog.metadata = _header(article, lang, previous)

    templates = template_entries(article)
    for template in templates:
        segment = segments.get(template.msgid) or Segment(source=template.msgid, lang=lang)
        old = old_entries.get(template.msgid) or old_obsolete.get(template.msgid)
        entry = polib.POEntry(
            msgid=template.msgid,
            occurrences=template.occurrences,
            comment=_extracted_comment(template, [provenance_note(segment.provenance), *segment.notes]),
            tcomment=old.tcomment if old else "",
        )
        if old is not None and old.msgstr and not old.fuzzy:
            entry.msgstr = old.msgstr  # a translator's reviewed work, kept to the letter
            entry.flags = [flag for flag in old.flags if flag != "fuzzy"]
        else:
            entry.msgstr = segment.target
            entry.flags = [flag for flag in (old.flags if old else []) if flag != "fuzzy"]
            if segment.target and segment.fuzzy:
                entry.flags.insert(0, "fuzzy")
            if segment.target and template.msgid in previous_msgids:
                entry.previous_msgid = previous_msgids[template.msgid]
        catalog.append(entry)

    current = {t.msgid for t in templates}
    leaving = [e for e in old_entries.values() if e.msgid not in current and e.msgstr]
    leaving += [e for e in old_obsolete.values() if e.msgid not in current]
    for old in leaving:
        obsolete = polib.POEntry(
            msgid=old.msgid,
            msgstr=old.msgstr,
            flags=list(old.flags),
            tcomment=old.tcomment,
            obsolete=True,
        )
        catalog.append(obsolete)
    return catalog
