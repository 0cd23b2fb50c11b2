"""PO catalogs: reading them into plain entries, and writing what the pipeline decided.

The only module that knows how a PO file is spelled (written the way polib spells it, see
:mod:`newsl10n.polib_style`). A catalog holds
one entry per distinct source sentence (a sentence that occurs twice is one entry with two references).
What each entry's translation is, is decided elsewhere (:mod:`newsl10n.resolve`); writing a catalog only
writes those decisions: the article's sentences in order, with comments that say where each sits, where
its suggestion came from and what is still wrong, the translators' own comments and flags, and the entries
whose sentence left the article as obsolete (``#~``), so nothing is ever lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsl10n import __version__
from newsl10n.errors import UserError
from newsl10n.model import Article, Code, Kind, Provenance, Segment, StoryPrint, fingerprint
from newsl10n.po.model import Catalog as ParsedCatalog
from newsl10n.po.model import Style
from newsl10n.polib_style import OutEntry, field_lines, po_text
from newsl10n.recurring import block_key

GENERATOR = f"newsl10n {__version__}"
OWN_FIELDS = "X-Newsl10n-"  # the header fields newsl10n writes for itself, each run afresh
_LAYOUT_SAMPLE = 50  # strings of several lines enough to tell newsl10n's own layout from a tool's
_POLIB_WIDTHS = (79, 78)  # newsl10n's; polib's own default, as Python tools save a catalog
# Blocks left out because they recur in other articles (batch or folder): build, which reads one, needs them
BATCH_FURNITURE_FIELD = "X-Newsl10n-Batch-Furniture"
# A template remembers its story for the articles translated after it (newsl10n.recurring)
STORY_LINES_FIELD = "X-Newsl10n-Story-Lines"
STORY_PARAGRAPHS_FIELD = "X-Newsl10n-Story-Paragraphs"
STORY_TOP_FIELD = "X-Newsl10n-Story-Top"
STORY_KEPT_FIELD = "X-Newsl10n-Story-Kept"
WRAP_WIDTH = 79
PSEUDO_NOTE = "machine translation: pseudo-localization (engine pseudo)"
MACHINE_NOTE = "machine translation: "
MEMORY_NOTE = "translation memory: "
PROBLEM_NOTE = "problem: "


@dataclass(frozen=True)
class Entry:
    """One entry of a PO file as plain data (plural and context entries are carried, never merged)."""

    msgid: str
    msgstr: str = ""
    fuzzy: bool = False
    flags: tuple[str, ...] = ()  # every flag but fuzzy, in file order
    translator_comment: str = ""
    extracted_comment: str = ""
    obsolete: bool = False
    plural: bool = False  # has msgid_plural: another tool's entry, never one of ours
    context: str | None = None
    previous_msgid: str = ""  # #| msgid: the sentence a fuzzy suggestion was made for
    line: int = 0
    # "#: kremlin-patriots.html:12": where in its article the sentence stands
    references: tuple[str, ...] = ()

    @property
    def is_pseudo(self) -> bool:
        """Pseudo-localized test output: never a translation worth keeping or reusing."""
        return self.fuzzy and PSEUDO_NOTE in self.extracted_comment.split("\n")

    @property
    def is_reviewed(self) -> bool:
        return bool(self.msgstr) and not self.fuzzy

    @property
    def usable(self) -> bool:
        """An entry whose translation can be reused: ours, translated, not pseudo."""
        return bool(self.msgid) and bool(self.msgstr) and not self.plural and not self.is_pseudo


@dataclass
class Catalog:
    """A PO file read into plain entries, with its header."""

    path: Path
    entries: list[Entry] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    # the comment above the header: the translators' names and years, a team's licence line
    header_comment: str = ""
    style: Style | None = None  # how the file lays its strings out, when it was read from one
    # its strings wrapped polib's way at this width, None: gettext's way (read with read_catalog(layout=True))
    polib_width: int | None = WRAP_WIDTH
    blank_line_at_end: bool = True  # as polib ends a file; gettext's tools do not

    @property
    def language(self) -> str:
        """The ``Language`` header (``pt_BR`` spelled ``pt-BR``), or "" when it has none."""
        return self.metadata.get("Language", "").strip().replace("_", "-")

    def live(self) -> dict[str, Entry]:
        return {e.msgid: e for e in self.entries if not e.obsolete and e.msgid and e.context is None}

    def obsolete(self) -> dict[str, Entry]:
        return {e.msgid: e for e in self.entries if e.obsolete and e.msgid and e.context is None}


# -- reading ---------------------------------------------------------------------------------------------


def batch_furniture(catalog: Catalog) -> frozenset[str]:
    """The fingerprints of the blocks ``translate`` left out as recurring in its batch."""
    return frozenset(catalog.metadata.get(BATCH_FURNITURE_FIELD, "").split())


def earlier_stories(out_dir: Path, batch: Collection[str] = ()) -> dict[str, StoryPrint]:
    """The stories translated into ``out_dir`` before, by output name, as their templates remember them.

    Only a template's header is read: a desk's folder holds thousands. A template written before templates
    remembered their story tells nothing of it; for an article of this ``batch`` it is read whole, so its
    re-run keeps the lines its catalog holds.
    """
    from newsl10n import richtext

    stories = {}
    for path in sorted(Path(out_dir).glob("*.pot")):
        header = _template_header(path)
        kept = frozenset(header.get(STORY_KEPT_FIELD, "").split())
        if STORY_LINES_FIELD not in header and path.stem in batch:
            kept = frozenset(block_key(richtext.plain(msgid)) for msgid in read_catalog(path).live())
        stories[path.stem] = StoryPrint(
            lines=frozenset(header.get(STORY_LINES_FIELD, "").split()),
            paragraphs=frozenset(header.get(STORY_PARAGRAPHS_FIELD, "").split()),
            top=header.get(STORY_TOP_FIELD, "").strip(),
            kept=kept,
        )
    return stories


def _template_header(path: Path) -> dict[str, str]:
    """The header of a template this tool wrote: its first entry, up to the first blank line."""
    from newsl10n import po

    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(f"{path}: cannot read PO file ({error.strerror or error})") from None
    end = data.find(b"\n\n")
    return dict(po.parse(data if end < 0 else data[: end + 1], path).header)


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


def read_catalog(path: Path, *, layout: bool = False) -> Catalog:
    """The PO file at ``path`` as plain entries; what ``msgfmt -c`` would refuse is a one-line error naming it.

    Reading is strict and exact (:mod:`newsl10n.po`): a malformed file is never taken in half and then
    rewritten with loss, and a file in another charset is decoded in its own. With ``layout``, how its strings
    are wrapped is read too, for a run that writes the file again.
    """
    from newsl10n import po

    parsed = po.read_catalog(path)
    entries = [
        Entry(
            msgid=e.msgid,
            msgstr=e.msgstr_plural.get(0, "") if e.is_plural else e.msgstr,
            fuzzy=e.fuzzy,
            flags=tuple(flag for flag in e.flags if flag != "fuzzy"),
            translator_comment="\n".join(e.translator_comments),
            extracted_comment="\n".join(e.extracted_comments),
            obsolete=e.obsolete,
            plural=e.is_plural,
            context=e.msgctxt,
            previous_msgid=e.previous_msgid or "",
            line=e.line,
            references=tuple(e.references),
        )
        for e in parsed.entries
    ]
    header_comment = "\n".join(parsed.header_entry.translator_comments) if parsed.header_entry else ""
    blank_end = parsed.data.endswith((b"\n\n", b"\r\n\r\n"))
    polib_width = WRAP_WIDTH
    if layout:
        lines = parsed.data.decode(parsed.encoding, errors="replace").replace("\r\n", "\n").split("\n")
        polib_width = next(
            (width for width in _POLIB_WIDTHS if _laid_out_by_polib(parsed, lines, width)), None
        )
    return Catalog(
        Path(path), entries, dict(parsed.header), header_comment, parsed.style, polib_width, blank_end
    )


def _laid_out_by_polib(parsed: ParsedCatalog, lines: list[str], width: int) -> bool:
    """Whether the strings of the parsed PO file (its ``lines``) that run (or would run) over several lines are
    laid out line for line as polib lays them out at ``width`` (a sample; a file with none has nothing to tell)."""
    compared = 0
    for entry in parsed.entries:
        if entry.obsolete or entry.is_plural:
            continue
        for name, value in (("msgid", entry.msgid), ("msgstr", entry.msgstr)):
            start, end = entry.spans.get(name, (0, 0))
            expected = field_lines(name, len(name), "", value, width)
            if end - start < 2 and len(expected) < 2:
                continue
            if lines[start:end] != expected:
                return False
            compared += 1
            if compared == _LAYOUT_SAMPLE:
                return True
    return True


def provenance_of(entry: Entry) -> Provenance | None:
    """Where an entry's suggestion came from, read back from the comment this module wrote."""
    for line in entry.extracted_comment.split("\n"):
        if line == PSEUDO_NOTE:
            return Provenance(engine="pseudo", model="pseudo-localization")
        if line.startswith(MACHINE_NOTE):
            return Provenance(engine="argos", model=line.removeprefix(MACHINE_NOTE))
        if line.startswith(MEMORY_NOTE):
            return Provenance(memory_file=line.removeprefix(MEMORY_NOTE))
    return None


def translations(catalog: Catalog, reviewed_only: bool = False) -> dict[str, tuple[str, bool]]:
    """msgid -> (msgstr, fuzzy) for the entries a build may use."""
    return {
        entry.msgid: (entry.msgstr, entry.fuzzy)
        for entry in catalog.live().values()
        if entry.msgstr and not entry.plural and not (reviewed_only and entry.fuzzy)
    }


# -- writing ---------------------------------------------------------------------------------------------


@dataclass
class TemplateEntry:
    """One distinct source sentence of an article and every place it occurs."""

    msgid: str
    occurrences: list[tuple[str, str]] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    kinds: set[Kind] = field(default_factory=set)
    codes: tuple[Code, ...] = ()


def article_reference(article: Article) -> str:
    """The file name an article's entries refer to ("#: kremlin-patriots.html:12")."""
    return article.path.name if article.name_override == "" else f"{article.name}{_extension(article)}"


def referenced_articles(catalog: Catalog) -> set[str]:
    """The article files a catalog's live entries refer to (none for a catalog without references)."""
    return {
        reference.rsplit(":", 1)[0]
        for entry in catalog.entries
        if not entry.obsolete
        for reference in entry.references
    }


def template_entries(article: Article) -> list[TemplateEntry]:
    """The article's distinct sentences in document order, each with its references."""
    entries: dict[str, TemplateEntry] = {}
    reference = article_reference(article)
    for unit in article.units:
        entry = entries.setdefault(unit.text, TemplateEntry(unit.text, codes=unit.codes))
        entry.occurrences.append((reference, str(unit.line)))
        entry.locations.append(unit.location)
        entry.kinds.add(unit.kind)
    return list(entries.values())


def _extension(article: Article) -> str:
    return getattr(article.document, "extension", "") or ""


def provenance_note(provenance: Provenance | None) -> str:
    """The comment line that tells a translator where a suggestion came from."""
    if provenance is None:
        return ""
    if provenance.is_pseudo:
        return PSEUDO_NOTE
    if provenance.engine:
        note = MACHINE_NOTE + provenance.model
        if provenance.confidence is not None:
            note += f", confidence {provenance.confidence:.0%}"
        return note
    if provenance.memory_file:
        score = f"{provenance.score:.0%} from " if provenance.score is not None else ""
        return f"{MEMORY_NOTE}{score}{provenance.memory_file}"
    return ""


def code_legend(codes: Iterable[Code]) -> list[str]:
    """``<1> = link to /people/dmitry-peskov``: what each placeholder of the msgid stands for."""
    return [f"<{code.id}{'' if code.paired else '/'}> = {code.label}" for code in codes]


def _timestamp() -> str:
    return dt.datetime.now(dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M%z")


def _plural_forms(lang: str) -> str:
    from babel.messages.plurals import get_plural

    return str(get_plural(lang.replace("-", "_")))


def _header(article: Article, lang: str | None, previous: Catalog | None) -> dict[str, str]:
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
    # the fields a translator's tool added (X-Poedit-Basepath, X-Crowdin-Project, ...) stay theirs
    header.update(
        (name, value) for name, value in old.items() if name not in header and not name.startswith(OWN_FIELDS)
    )
    if article.batch_furniture:
        header[BATCH_FURNITURE_FIELD] = " ".join(
            sorted(fingerprint(text) for text in article.batch_furniture)
        )
    if not lang:  # the template remembers the story for the articles read after it
        story = article.story_print
        for field_name, prints in (
            (STORY_LINES_FIELD, story.lines),
            (STORY_PARAGRAPHS_FIELD, story.paragraphs),
            (STORY_TOP_FIELD, {story.top} - {""}),
            (STORY_KEPT_FIELD, story.kept),
        ):
            if prints:
                header[field_name] = " ".join(sorted(prints))
    return header


def _comment(template: TemplateEntry, segment: Segment | None) -> str:
    lines = ["; ".join(template.locations), *code_legend(template.codes)]
    if segment is not None:
        notes = [provenance_note(segment.provenance), *segment.notes]
        notes += [f"{PROBLEM_NOTE}{problem}" for problem in segment.problems]
        lines.extend(note for note in notes if note and note not in lines)
    return "\n".join(lines)


def template_text(article: Article) -> str:
    """The ``.pot`` template: every source sentence with an empty msgstr."""
    entries = [
        OutEntry(template.msgid, "", template.occurrences, _comment(template, None))
        for template in template_entries(article)
    ]
    return po_text(_header(article, None, None), entries, WRAP_WIDTH) + "\n"


def catalog_text(
    article: Article, lang: str, segments: Mapping[str, Segment], previous: Catalog | None
) -> str:
    """The article's catalog for ``lang``: every decided segment written, the rest of ``previous`` kept.

    ``segments`` holds the decided translation of every sentence after all stages ran. Translator comments
    and flags of ``previous`` entries carry over; entries whose sentence left the article stay as obsolete.
    """
    live = previous.live() if previous is not None else {}
    obsolete = previous.obsolete() if previous is not None else {}
    entries: list[OutEntry] = []
    templates = template_entries(article)
    for template in templates:
        segment = segments.get(template.msgid) or Segment(source=template.msgid, lang=lang)
        old = live.get(template.msgid) or obsolete.get(template.msgid)
        entry = OutEntry(
            msgid=template.msgid,
            msgstr=segment.target,
            occurrences=template.occurrences,
            comment=_comment(template, segment),
            tcomment=old.translator_comment if old else "",
            flags=list(old.flags if old else ()),
        )
        if segment.target and segment.fuzzy:
            entry.flags.insert(0, "fuzzy")
        if segment.target and segment.previous_source:
            entry.previous_msgid = segment.previous_source
        entries.append(entry)

    current = {t.msgid for t in templates}
    leaving = [e for e in live.values() if e.msgid not in current and e.msgstr and not e.plural]
    leaving += [e for e in obsolete.values() if e.msgid not in current and not e.plural]
    entries.extend(
        OutEntry(
            msgid=old.msgid,
            msgstr=old.msgstr,
            flags=(["fuzzy"] if old.fuzzy else []) + list(old.flags),
            tcomment=old.translator_comment,
            obsolete=True,
        )
        for old in leaving
    )
    header_comment = previous.header_comment if previous is not None else ""
    style = _translators_style(previous)
    text = po_text(_header(article, lang, previous), entries, WRAP_WIDTH, header_comment, style)
    if previous is None or style is None:
        return text + "\n"  # polib's blank line at the end
    return text + style.newline if previous.blank_line_at_end else text


def _translators_style(previous: Catalog | None) -> Style | None:
    """The layout of a catalog a translator's tool saved (gettext's wrapping: Poedit, msgmerge, Weblate at
    77, Crowdin none; polib's at its default 78; a Windows editor's CRLF), kept so that a run rewrites only
    what it changed; None for newsl10n's own."""
    if previous is None or previous.style is None:
        return None
    newline = previous.style.newline
    if previous.polib_width is None:
        return replace(previous.style, wrap_polib=False)
    if previous.polib_width == WRAP_WIDTH and newline == "\n" and previous.blank_line_at_end:
        return None
    return Style(wrap_width=previous.polib_width, newline=newline, wrap_polib=True)
    if not previous.own_layout:
        return previous.style
    if previous.style.newline != "\n":
        return replace(previous.style, wrap_polib=True)  # newsl10n's wrapping, the file's line ends
    return None
