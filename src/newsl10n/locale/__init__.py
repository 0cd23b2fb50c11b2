"""Locale stage (placeholder until the locale issue lands)."""

from __future__ import annotations

from newsl10n.model import Problem, Segment


class LocaleProfile:
    def __init__(self, lang: str) -> None:
        self.lang = lang


def load_profile(lang: str) -> LocaleProfile:
    return LocaleProfile(lang)


class LocaleChecker:
    name = "locale"

    def __init__(self, profile: LocaleProfile) -> None:
        self.profile = profile

    def hints(self, segment: Segment) -> list[str]:
        return []

    def check(self, segment: Segment) -> list[Problem]:
        return []

    def fix(self, segment: Segment) -> list[str]:
        return []
