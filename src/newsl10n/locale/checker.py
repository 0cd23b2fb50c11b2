"""The locale stage: numbers, amounts, quotes and typography of one target language.

``check`` reports what ``fix`` would change (so the two never disagree), plus what no fix can supply:
a source number or amount missing from the target, Title Case in a sentence-case language. No-break
spaces are the one exception: ``fix`` puts them in, but a plain space is not an error a reader sees,
so ``check`` does not fail a translator's file over it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from newsl10n.locale import money, numbers, quotes, typography
from newsl10n.locale.profile import LocaleProfile
from newsl10n.model import Change, Problem, Segment
from newsl10n.spans import mask, unmask

# Changes fix() makes as a courtesy but check() does not count as problems.
FIX_ONLY = frozenset({"nbsp"})


class LocaleChecker:
    """Checker protocol (see newsl10n.checks) for one locale profile."""

    name = "locale"

    def __init__(self, profile: LocaleProfile) -> None:
        self.profile = profile
        exact, stems = money.scale_words(profile.lang)
        units = [re.escape(w) + r"\.?" for w in exact]
        units += [re.escape(stem) + r"[^\W\d_]*" for stem, _ in stems]
        units += [re.escape(u) for u in profile.units]
        units += [re.escape(sign) for sign in typography.CURRENCY_SIGNS]
        self._unit_patterns = tuple(units)

    def hints(self, segment: Segment) -> list[str]:
        """How each amount of the source reads in this locale, for the translator."""
        return [money.amount_hint(a, self.profile.lang) for a in money.find_amounts(segment.source)]

    def check(self, segment: Segment) -> list[Problem]:
        if not segment.target:
            return []
        fixed, changes = self._fixed(segment)
        problems = [change.as_problem() for change in changes if change.check not in FIX_ONLY]
        problems.extend(self._missing(segment.source, fixed))
        if self.profile.headline_case == "sentence":
            message = typography.headline_case_problem(fixed, self.profile.lang)
            if message:
                problems.append(Problem("case", message))
        return problems

    def fix(self, segment: Segment) -> list[Change]:
        if not segment.target:
            return []
        fixed, changes = self._fixed(segment)
        if fixed != segment.target:
            segment.target = fixed
        return changes

    def _fixed(self, segment: Segment) -> tuple[str, list[Change]]:
        """The target as the profile wants it, and one line per kind of change."""
        profile = self.profile
        text, originals = mask(segment.target)
        changes: list[Change] = []
        steps: list[Callable[[str], tuple[str, list[Change]]]] = [
            lambda t: numbers.fix_numbers(t, numbers.source_numbers(segment.source), profile),
        ]
        primary, nested, dash = profile.quotes, profile.nested_quotes, profile.dash
        if primary:
            steps.append(lambda t: quotes.fix_quotes(t, primary, nested))
        steps.append(lambda t: typography.fix_apostrophes(t, profile.apostrophe))
        if dash:
            steps.append(lambda t: typography.fix_dashes(t, dash))
        steps.append(typography.fix_double_spaces)
        steps.append(lambda t: typography.fix_nbsp(t, profile.nbsp_after, self._unit_patterns))
        for step in steps:
            text, lines = step(text)
            changes.extend(lines)
        return unmask(text, originals), changes

    def _missing(self, source: str, target: str) -> list[Problem]:
        """Source numbers and amounts a reader cannot find in the target, in any accepted spelling."""
        lang = self.profile.lang
        found = numbers.target_values(target, self.profile, lambda word: money.scale_of(lang, word))
        problems: list[Problem] = []
        amounts = money.find_amounts(source)
        for amount in amounts:
            if amount.value not in found:
                expected = money.locale_amount(amount, lang)
                problems.append(
                    Problem("amount", f"{amount.text} is missing from the target (expected {expected})")
                )
        covered = [(a.start, a.end) for a in amounts]
        for number in numbers.source_numbers(source):
            if number.attached or any(start <= number.start < end for start, end in covered):
                continue
            if Decimal(number.value).normalize() not in found:
                expected = numbers.show(numbers.locale_form(number, self.profile))
                problems.append(
                    Problem("number", f"{number.text} is missing from the target (expected {expected})")
                )
        return problems
