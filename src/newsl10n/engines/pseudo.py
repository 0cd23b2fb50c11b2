"""The ``pseudo`` engine: pseudo-localization, to test layouts and the round trip without a model.

Letters get accents, the text grows by about a third (translations are usually longer than
English) and is bracketed, so truncation and untranslated strings stand out. Numbers, inline markup codes
(``<1>``, ``</1>``, ``<2/>``) and what :mod:`newsl10n.spans` finds a translation copies (URLs, e-mail
addresses, markup, code, placeholders) stay intact, so checks still see them and every code
stays on the words it wrapped.
"""

from __future__ import annotations

import re

from newsl10n.engines import EngineOptions
from newsl10n.locale.money import find_amounts, locale_amount
from newsl10n.model import Origin, Provenance, Segment
from newsl10n.progress import Progress
from newsl10n.richtext import CODE_RE
from newsl10n.spans import find_spans

ACCENTED = str.maketrans(
    "AaCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåÇçÐđÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŔŕŠšŢţÛûŴŵÝýŽž",
)
KEEP = re.compile(rf"\d[\d.,]*|{CODE_RE.pattern}")  # URLs and e-mail addresses: newsl10n.spans finds them
GROWTH = 0.3
_EDGE_OPENING_RE = re.compile(r"(?:<[1-9][0-9]{0,3}>)*")  # the codes that open a sentence ...
_EDGE_CLOSING_RE = re.compile(r"(?:</[1-9][0-9]{0,3}>)*$")  # ... and those that close it
# not "version": a span of that kind may be prose a translation changes ("11-year-old")
_COPIED_KINDS = frozenset({"code", "email", "handle", "markup", "placeholder", "url"})
PSEUDO = Provenance(engine="pseudo", model="pseudo-localization")


def pseudolocalize(text: str, lang: str | None = None) -> str:
    """``Kyiv said`` -> ``[Ķýîv šåîđ ~~~~]``: accented, ~30% longer, bracketed.

    The brackets go inside the codes that open or close the sentence (``<1>[Ţĥé ŕépöŕţ. ~~]</1>``): a link
    over two sentences then ends the first and starts the second, as a real translation keeps it, and is
    written once around both. With ``lang``, an amount is written as that language writes it (``$19.3
    billion`` -> ``19,3 Mrd. $``), as a translation has it: accented, a check could not find it."""
    opening = _EDGE_OPENING_RE.match(text).group()
    closing = _EDGE_CLOSING_RE.search(text).group()
    return opening + _bracketed(text[len(opening) : len(text) - len(closing)], lang) + closing


def _bracketed(text: str, lang: str | None) -> str:
    pieces: list[str] = []
    position = 0
    amounts = _amounts(text, lang)
    for start, end in _kept(text, list(amounts)):
        pieces.append(text[position:start].translate(ACCENTED))
        pieces.append(amounts.get((start, end), text[start:end]))
        position = end
    pieces.append(text[position:].translate(ACCENTED))
    padding = "~" * max(1, round(len(CODE_RE.sub("", text)) * GROWTH) - 3)
    return f"[{''.join(pieces)} {padding}]"


def _amounts(text: str, lang: str | None) -> dict[tuple[int, int], str]:
    """Where each amount of ``text`` stands, and how ``lang`` writes it."""
    if lang is None:
        return {}
    found: dict[tuple[int, int], str] = {}
    position = 0
    for amount in find_amounts(text):
        start = text.find(amount.text, position)
        if start >= 0:
            position = start + len(amount.text)
            found[start, position] = locale_amount(amount, lang)
    return found


def _kept(text: str, amounts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What stays as it is, sorted and merged: numbers and codes, and what a translation copies unchanged
    (:mod:`newsl10n.spans`: a bare ``www.`` address, a tag written out as text in a page's description).
    Dates, times and ordinals are protected from the rules but translated, so they are pseudo-localized.
    ``amounts`` stand whole: what else they hold is theirs."""
    copied = (span for span in find_spans(text) if span.kind in _COPIED_KINDS)
    others = [*(match.span() for match in KEEP.finditer(text)), *((s.start, s.end) for s in copied)]
    stretches = sorted([*amounts, *(o for o in others if not any(a < o[1] and o[0] < b for a, b in amounts))])
    merged: list[tuple[int, int]] = []
    for start, end in stretches:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


class PseudoEngine:
    name = "pseudo"
    markup_aware = True  # gets the PO form with its codes, and keeps them

    def __init__(self, options: EngineOptions) -> None:
        self.options = options

    def translate(self, segments: list[Segment], lang: str, progress: Progress) -> None:
        for segment in segments:
            segment.target = pseudolocalize(segment.source, lang)
            segment.fuzzy = True
            segment.origin = Origin.MACHINE
            segment.provenance = PSEUDO
            progress.advance()
