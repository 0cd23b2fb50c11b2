"""Glossary stage (placeholder until the glossary issue lands): loads nothing, checks nothing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newsl10n.model import Problem, Segment


class Glossary:
    pass


def load_glossaries(paths: Sequence[Path] = (), include_shipped: bool = True) -> Glossary:
    return Glossary()


class GlossaryChecker:
    name = "glossary"

    def __init__(self, glossary: Glossary, lang: str) -> None:
        self.glossary = glossary
        self.lang = lang

    def hints(self, segment: Segment) -> list[str]:
        return []

    def check(self, segment: Segment) -> list[Problem]:
        return []

    def fix(self, segment: Segment) -> list[str]:
        return []
