"""Inline markup as stand-off codes: plain text plus numbered tags at offsets.

A translator sees a sentence with inline markup in its *PO form*: ``<1>Peskov</1> said<2/>``. Each number is a
:class:`~newsl10n.model.Code` whose real markup (``<a href="/people/dmitry-peskov">``) only the format's writer
reads. Every other stage works on :class:`RichText`: the plain text (what MT, glossary and locale rules see) and
the tags as offsets into it, so an edit of the text keeps the tags where they belong.

Only the numbers a unit actually has are codes; a literal ``<3>`` in prose that has no code 3 stays text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from newsl10n.model import Code
from newsl10n.text import words

CODE_RE = re.compile(r"<(/?)([1-9][0-9]{0,3})(/?)>")

Role = Literal["open", "close", "empty"]


@dataclass(frozen=True)
class Tag:
    """One code's mark in the plain text: ``<1>`` (open), ``</1>`` (close) or ``<1/>`` (empty) at ``offset``."""

    id: int
    role: Role
    offset: int

    @property
    def po_form(self) -> str:
        return {"open": f"<{self.id}>", "close": f"</{self.id}>", "empty": f"<{self.id}/>"}[self.role]


@dataclass(frozen=True)
class RichText:
    """Plain text and the tags in it, in document order (tags at one offset keep their PO-form order)."""

    text: str
    tags: tuple[Tag, ...] = ()

    @property
    def po_form(self) -> str:
        """The text with every tag written in, as the PO file shows it."""
        pieces: list[str] = []
        position = 0
        for tag in self.tags:
            pieces.append(self.text[position : tag.offset])
            pieces.append(tag.po_form)
            position = tag.offset
        pieces.append(self.text[position:])
        return "".join(pieces)

    @property
    def ids(self) -> list[int]:
        return list(dict.fromkeys(tag.id for tag in self.tags))

    def replace(self, start: int, end: int, new: str) -> RichText:
        """The text with ``text[start:end]`` replaced by ``new``; tags inside the span move to its edges.

        An opening tag inside the replaced span moves to its start, a closing one to the end of the new text,
        so a link around a replaced word still wraps its replacement.
        """
        delta = len(new) - (end - start)
        moved = []
        for tag in self.tags:
            if tag.offset <= start:
                offset = tag.offset
            elif tag.offset >= end:
                offset = tag.offset + delta
            else:
                offset = start if tag.role == "open" else start + len(new)
            moved.append(replace(tag, offset=offset))
        return RichText(self.text[:start] + new + self.text[end:], tuple(moved))

    def slice(self, start: int, end: int) -> RichText:
        """The part ``[start, end)``; a pair that crosses an edge is closed (or reopened) at that edge.

        Opening and empty tags at ``start`` belong to the slice, and so do closing tags at ``start`` but those of
        pairs opened before it; closing tags at ``end`` of pairs open in the slice belong to it, opening and empty
        ones to the part after (or to the slice, when it ends the text). An empty pair (``<2></2>``, an icon)
        stays whole on one side.
        """
        open_before: list[int] = []
        inside: list[Tag] = []
        for tag in self.tags:
            if tag.offset < start or (tag.offset == start and tag.role == "close" and tag.id in open_before):
                if tag.role == "open":
                    open_before.append(tag.id)
                elif tag.role == "close" and tag.id in open_before:
                    open_before.remove(tag.id)
            elif tag.offset < end or (tag.offset == end and (tag.role == "close" or end == len(self.text))):
                inside.append(replace(tag, offset=tag.offset - start))
        length = end - start
        tags = [Tag(code_id, "open", 0) for code_id in open_before]
        still_open = list(open_before)
        for tag in inside:
            if tag.role == "close" and tag.id not in still_open:
                continue  # a closing tag with no opening one (malformed input): left out
            tags.append(tag)
            if tag.role == "open":
                still_open.append(tag.id)
            elif tag.role == "close":
                still_open.remove(tag.id)
        tags.extend(Tag(code_id, "close", length) for code_id in reversed(still_open))
        return RichText(self.text[start:end], tuple(tags))


def parse(po_form: str, ids: Collection[int] | None = None) -> RichText:
    """The plain text and tags of a PO-form string; only numbers in ``ids`` are codes (all when None)."""
    tags: list[Tag] = []
    pieces: list[str] = []
    position = length = 0
    for match in CODE_RE.finditer(po_form):
        slash, number, self_closing = match.groups()
        code_id = int(number)
        if (ids is not None and code_id not in ids) or (slash and self_closing):
            continue
        text = po_form[position : match.start()]
        pieces.append(text)
        length += len(text)
        role: Role = "close" if slash else "empty" if self_closing else "open"
        tags.append(Tag(code_id, role, length))
        position = match.end()
    pieces.append(po_form[position:])
    return RichText("".join(pieces), tuple(tags))


def plain(po_form: str, ids: Collection[int] | None = None) -> str:
    """What MT and the text rules see: the PO form without its codes."""
    return parse(po_form, ids).text if "<" in po_form else po_form


def renumbered(rich: RichText, codes: Sequence[Code]) -> tuple[RichText, tuple[Code, ...]]:
    """Codes numbered 1, 2, ... in order of appearance, so a sentence's msgid does not depend on its paragraph."""
    by_id = {code.id: code for code in codes}
    numbers = {old: new for new, old in enumerate(rich.ids, start=1)}
    tags = tuple(replace(tag, id=numbers[tag.id]) for tag in rich.tags)
    kept = tuple(replace(by_id[old], id=new, origin=old) for old, new in numbers.items() if old in by_id)
    return RichText(rich.text, tags), kept


def to_markup(po_form: str, codes: Sequence[Code], escape: Callable[[str], str]) -> str:
    """The format's own text: prose escaped for the format, each code replaced by its original markup."""
    return rich_markup(parse(po_form, {code.id for code in codes}), codes, escape)


def rich_markup(rich: RichText, codes: Sequence[Code], escape: Callable[[str], str]) -> str:
    """:func:`to_markup` of text already parsed (whose tags a writer may have left some out of)."""
    by_id = {code.id: code for code in codes}
    pieces: list[str] = []
    position = 0
    for tag in rich.tags:
        pieces.append(escape(rich.text[position : tag.offset]))
        code = by_id[tag.id]
        pieces.append(code.closing if tag.role == "close" else code.opening)
        position = tag.offset
    pieces.append(escape(rich.text[position:]))
    return "".join(pieces)


def tag_problems(source: str, target: str, ids: Collection[int] | None = None) -> list[str]:
    """What is wrong with the codes of ``target`` against ``source``: missing, repeated, unknown, badly nested.

    ``ids`` are the unit's code numbers; by default those the source shows.
    """
    known = set(ids) if ids is not None else set(parse(source).ids)
    if not known:
        return []
    wanted = _signature(parse(source, known))
    have = parse(target, known)
    found = _signature(have)
    problems = []
    missing = sorted(set(wanted) - set(found))
    repeated = sorted(mark for mark, count in found.items() if count > 1 or mark not in wanted)
    if missing:
        problems.append("missing " + " ".join(missing))
    if repeated:
        problems.append("repeated or unexpected " + " ".join(repeated))
    if not missing and not repeated and not well_nested(have):
        problems.append("badly nested tags")
    return problems


def _signature(rich: RichText) -> dict[str, int]:
    counts: dict[str, int] = {}
    for tag in rich.tags:
        counts[tag.po_form] = counts.get(tag.po_form, 0) + 1
    return counts


def well_nested(rich: RichText) -> bool:
    """Every ``<n>`` closes as ``</n>``, after it, without crossing another pair."""
    stack: list[int] = []
    for tag in rich.tags:
        if tag.role == "open":
            stack.append(tag.id)
        elif tag.role == "close" and (not stack or stack.pop() != tag.id):
            return False
    return not stack


# -- putting a source's tags on a machine translation ---------------------------------------------------


@dataclass(frozen=True)
class Projection:
    rich: RichText
    unplaced: tuple[int, ...]  # pairs that no aligned word could place: they wrap the best guess


def project(source: RichText, target: str, alignment: Sequence[tuple[int, int]] | None) -> Projection:
    """``target`` (plain MT output) with ``source``'s tags on the words the model aligned them to.

    A pair wraps the smallest span holding the target words aligned to the source words it wraps; a pair
    inside another stays inside it; an empty tag follows the word aligned to the word before it. A pair no
    aligned word places wraps the whole sentence (within its parent) and is reported in ``unplaced``.
    Without an alignment, offsets are carried over in proportion to the text's length.
    """
    if not source.tags:
        return Projection(RichText(target), ())
    source_words = words(source.text)
    target_words = words(target)
    mapper = _AlignedMapper(source_words, target_words, alignment) if alignment else None
    pairs = _pairs(source)
    placed: dict[int, tuple[int, int]] = {}
    unplaced: list[int] = []
    for code_id, (start, end, parent) in pairs.items():  # outer pairs come first
        bounds = placed.get(parent, (0, len(target))) if parent else (0, len(target))
        span = mapper.span(start, end) if mapper else _proportional(start, end, source.text, target)
        if span is None:
            unplaced.append(code_id)
            span = bounds
        span = _at_the_edges(span, (start, end), source.text, target)
        span = (max(span[0], bounds[0]), min(span[1], bounds[1]))
        if span[0] >= span[1]:
            span = bounds
        for other_id, other in placed.items():  # a sibling it partly overlaps: take it in
            if other_id != parent and _crosses(span, other):
                span = (max(min(span[0], other[0]), bounds[0]), min(max(span[1], other[1]), bounds[1]))
        placed[code_id] = span
    empties = sorted(
        (
            Tag(
                tag.id,
                "empty",
                mapper.point(tag.offset) if mapper else _scaled(tag.offset, source.text, target),
            )
            for tag in source.tags
            if tag.role == "empty"
        ),
        key=lambda tag: tag.offset,
    )
    ordered = tuple(_nested_tags(placed, {code_id: _depth(code_id, pairs) for code_id in placed}, empties))
    return Projection(RichText(target, ordered), tuple(unplaced))


def _at_the_edges(
    span: tuple[int, int], source_span: tuple[int, int], source: str, target: str
) -> tuple[int, int]:
    """A pair that opens the source sentence opens the target's too, and one that closes it (its final stop
    inside) closes the target's, where only marks lie beyond the words it was aligned to. A sentence's part of
    a link over two sentences then stays at the sentence's edge, where the writer joins it to the other."""
    start, end = span
    if source_span[0] == 0 and not words(target[:start]):
        start = 0
    if source_span[1] == len(source) and not words(target[end:]):
        end = len(target)
    return start, end


def _nested_tags(placed: dict[int, tuple[int, int]], depth: dict[int, int], empties: list[Tag]) -> list[Tag]:
    """The pairs' tags and the empty tags in text order, every pair closed before the one around it.

    Spans nest or are disjoint (``project`` made them so); two pairs on the same span nest in source order.
    At one offset, closing tags come first, then empty ones, then opening ones.
    """
    opens = sorted(placed.items(), key=lambda item: (item[1][0], -item[1][1], depth[item[0]]))
    tags: list[Tag] = []
    stack: list[tuple[int, int]] = []  # (end, code id), innermost last
    waiting = list(empties)

    def flush(offset: int | None) -> None:
        """Close pairs and place empty tags up to ``offset`` (None: to the end)."""
        while True:
            close = stack[-1][0] if stack else None
            empty = waiting[0].offset if waiting else None
            if (
                close is not None
                and (offset is None or close <= offset)
                and (empty is None or close <= empty)
            ):
                end, code_id = stack.pop()
                tags.append(Tag(code_id, "close", end))
            elif empty is not None and (offset is None or empty <= offset):
                tags.append(waiting.pop(0))
            else:
                return

    for code_id, (start, end) in opens:
        flush(start)
        tags.append(Tag(code_id, "open", start))
        stack.append((end, code_id))
    flush(None)
    return tags


def _depth(code_id: int, pairs: dict[int, tuple[int, int, int]]) -> int:
    depth, parent = 0, pairs[code_id][2]
    while parent:
        depth, parent = depth + 1, pairs[parent][2]
    return depth


def _crosses(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans that overlap without one holding the other: tags on them could not nest."""
    overlap = a[0] < b[1] and b[0] < a[1]
    nested = (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
    return overlap and not nested


def pair_spans(rich: RichText) -> list[tuple[int, int]]:
    """Where each pair (a link, italics) opens and closes in the plain text."""
    return [(start, end) for start, end, _ in _pairs(rich).values()]


def _pairs(rich: RichText) -> dict[int, tuple[int, int, int]]:
    """code id -> (start, end, parent id or 0), outer pairs first."""
    pairs: dict[int, tuple[int, int, int]] = {}
    stack: list[tuple[int, int]] = []
    for tag in rich.tags:
        if tag.role == "open":
            stack.append((tag.id, tag.offset))
        elif tag.role == "close" and stack:
            code_id, start = stack.pop()
            parent = stack[-1][0] if stack else 0
            pairs[code_id] = (start, tag.offset, parent)
    return dict(sorted(pairs.items(), key=lambda item: (item[1][0], -item[1][1])))


class _AlignedMapper:
    """Source character ranges to target character ranges through a word alignment."""

    def __init__(self, source_words, target_words, alignment) -> None:
        self.source_words = source_words
        self.target_words = target_words
        self.links: dict[int, list[int]] = {}
        for s, t in alignment:
            if 0 <= t < len(target_words):
                self.links.setdefault(s, []).append(t)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        inside = [i for i, w in enumerate(self.source_words) if w.start() < end and w.end() > start]
        targets = sorted({t for s in inside for t in self.links.get(s, ())})
        if not targets:
            return None
        return self.target_words[targets[0]].start(), self.target_words[targets[-1]].end()

    def point(self, offset: int) -> int:
        before = [i for i, w in enumerate(self.source_words) if w.end() <= offset]
        if not before:
            return 0
        if len(before) == len(self.source_words):
            return self.target_words[-1].end() if self.target_words else 0
        targets = self.links.get(before[-1])
        if not targets:
            return self.target_words[-1].end() if self.target_words else 0
        return self.target_words[max(targets)].end()


def _scaled(offset: int, source: str, target: str, edge: Literal["start", "end"] = "end") -> int:
    """An offset carried over in proportion, moved to the nearest start (or end) of a target word."""
    if not source:
        return 0
    guess = round(offset * len(target) / len(source))
    found = words(target)
    edges = [0, len(target)] + [m.start() if edge == "start" else m.end() for m in found]
    return min(edges, key=lambda candidate: abs(candidate - guess))


def _proportional(start: int, end: int, source: str, target: str) -> tuple[int, int]:
    return _scaled(start, source, target, "start"), _scaled(end, source, target, "end")
