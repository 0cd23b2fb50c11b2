"""The ``none`` engine: leaves every msgstr empty for human translation."""

from __future__ import annotations

from newsl10n.engines import EngineOptions
from newsl10n.model import Segment
from newsl10n.progress import Progress


class NoEngine:
    name = "none"

    def __init__(self, options: EngineOptions) -> None:
        self.options = options

    def translate(self, segments: list[Segment], lang: str, progress: Progress) -> None:
        progress.advance(len(segments))
