"""Translation QA checks (placeholder until the locale issue lands)."""

from __future__ import annotations

from newsl10n.model import Problem, Segment


class QAChecker:
    name = "qa"

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def hints(self, segment: Segment) -> list[str]:
        return []

    def check(self, segment: Segment) -> list[Problem]:
        return []

    def fix(self, segment: Segment) -> list[str]:
        return []
