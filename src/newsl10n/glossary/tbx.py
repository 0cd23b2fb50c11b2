"""TBX interchange (TBX-Basic / TBX v2 ``martif``, and the v3 ``tbx`` element names), so the glossary
can move to and from Weblate, OmegaT and terminology databases.

**Term status.** A termbase marks some terms as ones not to use (``administrativeStatus``
``deprecatedTerm-admn-sts``, ``supersededTerm-admn-sts``, "obsolete", "notRecommended"). Such a target is no
accepted translation, so a translation that uses it is reported; a preferred one is the desk's target. An
English term of that status still names the concept in a source text, so it stays a variant.
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
# what holds one term with its notes: TBX v2 tig/ntig, v3 termSec, TBX-Min termGroup
TERM_GROUP_TAGS = {"tig", "ntig", "termSec", "termGroup"}
# the notes that say whether a term is to be used, and the values that say it is not (lower case, "-admn-sts"
# and "term" left off)
_STATUS_NOTES = {"administrativeStatus", "normativeAuthorization"}
_AVOIDED = {"deprecated", "superseded", "obsolete", "notrecommended", "forbidden", "rejected"}


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
    by_lang: dict[str, list[tuple[str, str]]] = {}
    for langset in (child for child in entry if _local(child.tag) in LANGSET_TAGS):
        lang = _lang(langset)
        if not lang:
            raise UserError(f"{where}: <{_local(langset.tag)}> without xml:lang")
        for text, status in _terms(langset):
            if not text:
                raise UserError(f"{where}: empty term for language {lang!r}")
            by_lang.setdefault(lang, []).append((text, status))
    sources = [text for text, _ in _preferred_first(by_lang.pop("en", []))]
    if not sources:
        raise UserError(f"{where}: no English (xml:lang='en') term")
    targets = {
        lang: tuple(dict.fromkeys(text for text, status in _preferred_first(terms) if status not in _AVOIDED))
        for lang, terms in by_lang.items()
    }
    targets = {lang: texts for lang, texts in targets.items() if texts}
    return Term(tuple(dict.fromkeys(sources)), targets, _note(entry), where=where)


def _terms(langset: ET.Element) -> list[tuple[str, str]]:
    """Each term of a language's section with its status ("" when none is given), in document order."""
    found: list[tuple[str, str]] = []
    groups = [child for child in langset.iter() if _local(child.tag) in TERM_GROUP_TAGS]
    outermost = [
        group for group in groups if not any(group in other.iter() and group is not other for other in groups)
    ]
    for holder in outermost or [langset]:
        status = _status(holder)
        found.extend(
            ("".join(element.itertext()).strip(), status)
            for element in holder.iter()
            if _local(element.tag) == "term"
        )
    return found


def _status(holder: ET.Element) -> str:
    """A term's status in a few letters: "deprecatedTerm-admn-sts" is "deprecated", "preferredTerm" "preferred"."""
    for element in holder.iter():
        name = _local(element.tag)
        if (name == "termNote" and element.get("type") in _STATUS_NOTES) or name == "termStatus":
            value = "".join(element.itertext()).strip().lower()
            return value.removesuffix("-admn-sts").removesuffix("term")
    return ""


def _preferred_first(terms: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The preferred terms of a language, then the others, each in document order."""
    return sorted(terms, key=lambda term: term[1] != "preferred")


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
