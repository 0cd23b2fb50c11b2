"""TBX interchange (TBX-Basic / TBX v2 ``martif``, and the v3 ``tbx`` element names), so the glossary
can move to and from Weblate, OmegaT and terminology databases.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path

from newsl10n.errors import UserError
from newsl10n.glossary.terms import Term, checked, warn_on_stderr

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ENTRY_TAGS = {"termEntry", "conceptEntry"}
LANGSET_TAGS = {"langSet", "langSec"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _lang(element: ET.Element) -> str:
    code = (element.get(XML_LANG) or element.get("lang") or "").strip().replace("_", "-")
    primary, _, rest = code.partition("-")
    primary = primary.lower()
    if primary == "en":
        return "en"
    return f"{primary}-{rest}" if rest else primary


def read_tbx(path: Path, warn: Callable[[str], None] = warn_on_stderr) -> list[Term]:
    """Terms of one TBX file, in document order; invisible characters are removed from terms and
    reported through ``warn``, two entries giving one English term different targets are refused."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        line, column = error.position  # expat counts columns from 0
        reason = re.sub(r": line \d+, column \d+$", "", str(error))
        raise UserError(f"{path}, line {line}, column {column + 1}: broken TBX (XML): {reason}") from None
    except OSError as error:
        raise UserError(f"{path}: cannot read glossary: {error.strerror or error}") from None
    if _local(root.tag) not in ("martif", "tbx"):
        raise UserError(
            f"{path}: not a TBX file (root element <{_local(root.tag)}>, expected <martif> or <tbx>)"
        )
    return checked([_term(entry, path, number) for number, entry in enumerate(_entries(root), start=1)], warn)


def _entries(root: ET.Element) -> list[ET.Element]:
    return [element for element in root.iter() if _local(element.tag) in ENTRY_TAGS]


def _term(entry: ET.Element, path: Path, number: int) -> Term:
    where = f"{path}, entry {number}" + (f" (id {entry.get('id')})" if entry.get("id") else "")
    by_lang: dict[str, list[str]] = {}
    for langset in (child for child in entry if _local(child.tag) in LANGSET_TAGS):
        lang = _lang(langset)
        if not lang:
            raise UserError(f"{where}: <{_local(langset.tag)}> without xml:lang")
        for element in langset.iter():
            if _local(element.tag) != "term":
                continue
            text = "".join(element.itertext()).strip()
            if not text:
                raise UserError(f"{where}: empty term for language {lang!r}")
            by_lang.setdefault(lang, []).append(text)
    sources = by_lang.pop("en", [])
    if not sources:
        raise UserError(f"{where}: no English (xml:lang='en') term")
    targets = {lang: tuple(dict.fromkeys(texts)) for lang, texts in by_lang.items()}
    return Term(tuple(dict.fromkeys(sources)), targets, _note(entry), where=where)


def _note(entry: ET.Element) -> str:
    """The entry's note: an entry-level <note>, else a definition, else the first note anywhere in it."""
    for wanted in ("note", "descrip"):
        for child in entry:
            if _local(child.tag) == wanted:
                return "".join(child.itertext()).strip()
    for element in entry.iter():
        if _local(element.tag) in ("note", "descrip"):
            return "".join(element.itertext()).strip()
    return ""


def format_tbx(terms: Iterable[Term], languages: list[str]) -> str:
    """TBX-Basic text for ``terms``: one termEntry per term, a tig per variant, the note at entry level."""
    root = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: "en"})
    header = ET.SubElement(root, "martifHeader")
    file_desc = ET.SubElement(header, "fileDesc")
    source_desc = ET.SubElement(file_desc, "sourceDesc")
    ET.SubElement(source_desc, "p").text = "newsl10n glossary"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for number, term in enumerate(terms, start=1):
        entry = ET.SubElement(body, "termEntry", {"id": f"t{number}"})
        if term.note:
            ET.SubElement(entry, "note").text = term.note
        for lang, variants in [
            ("en", term.sources),
            *((lang, term.targets.get(lang, ())) for lang in languages),
        ]:
            if not variants:
                continue
            langset = ET.SubElement(entry, "langSet", {XML_LANG: lang})
            for variant in variants:
                ET.SubElement(ET.SubElement(langset, "tig"), "term").text = variant
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
