"""The one decision per entry: where each sentence's starting translation comes from.

In order, the first that has a translation wins:

1. the catalog's own entry for the sentence, live or obsolete (``#~``): a reviewed one is the translator's
   and stays as it is; a fuzzy one is a draft (the translator's or earlier machine output) and stays a draft;
2. the translation memory, exact match (another catalog, ``--tm``);
3. the previous version of the sentence: an old sentence of the same article it is an edit of, as a fuzzy
   suggestion with the old sentence as ``#|``;
4. the translation memory, similar sentence, as a fuzzy suggestion;
5. nothing: the engine (or a translator) fills it.

Pseudo-localized output is never a translation. The catalog writer only writes what was decided here.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsl10n.catalog import Catalog, Entry, provenance_of
from newsl10n.memory import PreviousSentences, TranslationMemory, closest_previous
from newsl10n.model import Origin, Problem, Provenance, Segment, Unit
from newsl10n.tm.placeables import carry_placeables


def resolve(
    units: Iterable[Unit], lang: str, own: Catalog | None, memory: TranslationMemory | None
) -> dict[str, Segment]:
    """msgid -> the segment with its starting translation, for every distinct sentence of ``units``."""
    live = own.live() if own is not None else {}
    obsolete = own.obsolete() if own is not None else {}
    segments: dict[str, Segment] = {}
    for unit in units:
        if unit.text in segments:
            segment = segments[unit.text]
            segment.kinds = segment.kinds | {unit.kind}
            continue
        segments[unit.text] = Segment(unit.text, lang, kinds=frozenset({unit.kind}), codes=unit.codes)
    article = tuple(segments)
    for segment in segments.values():
        segment.article = article
    departed = PreviousSentences(
        {msgid: entry.msgstr for msgid, entry in live.items() if msgid not in segments and entry.usable}
    )
    for source, segment in segments.items():
        decide(segment, live.get(source) or obsolete.get(source), memory, departed)
    return segments


def decide(
    segment: Segment, own: Entry | None, memory: TranslationMemory | None, departed: dict[str, str]
) -> None:
    """Give ``segment`` its starting translation (see the module docstring for the order)."""
    source = segment.source
    if own is not None and own.usable:
        segment.target, segment.fuzzy = own.msgstr, own.fuzzy
        segment.origin = Origin.DRAFT if own.fuzzy else Origin.REVIEWED
        if own.fuzzy:  # a draft keeps saying where it came from and what it was made for
            segment.provenance = provenance_of(own)
            segment.previous_source = own.previous_msgid
        return
    if memory is not None and (match := memory.lookup(source)) is not None:
        segment.target, segment.fuzzy, segment.origin = match.target, match.fuzzy, Origin.MEMORY
        segment.provenance = Provenance(memory_file=match.source_file.as_posix())
        return
    if (old := closest_previous(source, departed)) is not None:
        carried = carry_placeables(old, source, departed[old], segment.lang)
        segment.target, segment.fuzzy, segment.origin = carried.target, True, Origin.PREVIOUS
        segment.previous_source = old
        segment.problems += [Problem("memory", line) for line in carried.unresolved]
        return
    if memory is not None and (match := memory.lookup_similar(source)) is not None:
        segment.target, segment.fuzzy, segment.origin = match.target, True, Origin.MEMORY_FUZZY
        segment.provenance = Provenance(memory_file=match.source_file.as_posix(), score=match.score)
        segment.previous_source = match.source
        segment.notes += [match.note] if match.note else []
        segment.problems += match.problems
