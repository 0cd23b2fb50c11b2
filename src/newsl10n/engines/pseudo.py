"""The ``pseudo`` engine: pseudo-localization, to test layouts and the round trip without a model.

Letters get accents, the text grows by about a third (translations are usually longer than
English) and is bracketed, so truncation and untranslated strings stand out. Numbers, URLs, e-mail
addresses and inline markup codes (``<1>``, ``</1>``, ``<2/>``) stay intact, so checks still see them
and every code stays on the words it wrapped.
"""

from __future__ import annotations

import re

from newsl10n.engines import EngineOptions
from newsl10n.model import Origin, Provenance, Segment
from newsl10n.progress import Progress
from newsl10n.richtext import CODE_RE

ACCENTED = str.maketrans(
    "AaCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåÇçÐđÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŔŕŠšŢţÛûŴŵÝýŽž",
)
KEEP = re.compile(rf"https?://\S+|\S+@\S+\.\w+|\d[\d.,]*|{CODE_RE.pattern}")
GROWTH = 0.3
PSEUDO = Provenance(engine="pseudo", model="pseudo-localization")


def pseudolocalize(text: str) -> str:
    """``Kyiv said`` -> ``[Ķýîv šåîđ ~~~~]``: accented, ~30% longer, bracketed."""
    pieces: list[str] = []
    position = 0
    for kept in KEEP.finditer(text):
        pieces.append(text[position : kept.start()].translate(ACCENTED))
        pieces.append(kept.group())
        position = kept.end()
    pieces.append(text[position:].translate(ACCENTED))
    padding = "~" * max(1, round(len(CODE_RE.sub("", text)) * GROWTH) - 3)
    return f"[{''.join(pieces)} {padding}]"


class PseudoEngine:
    name = "pseudo"
    markup_aware = True  # gets the PO form with its codes, and keeps them

    def __init__(self, options: EngineOptions) -> None:
        self.options = options

    def translate(self, segments: list[Segment], lang: str, progress: Progress) -> None:
        for segment in segments:
            segment.target = pseudolocalize(segment.source)
            segment.fuzzy = True
            segment.origin = Origin.MACHINE
            segment.provenance = PSEUDO
            progress.advance()
