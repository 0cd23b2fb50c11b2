"""The checker interface shared by the glossary and locale stages.

A checker looks at one :class:`~newsl10n.model.Segment` at a time and can

- ``hints``: say what a translator should know (shown as an extracted comment in the PO file),
- ``check``: report what is wrong with the current target,
- ``fix``: repair the target in place, returning one :class:`~newsl10n.model.Change` per change it made.

``translate`` runs ``fix`` on machine output only; ``check --fix`` runs it on any msgstr.
A checker must never alter a target that is already right.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from newsl10n.model import Change, Problem, Segment

if TYPE_CHECKING:
    from newsl10n.glossary import Glossary


class Checker(Protocol):
    name: str

    def hints(self, segment: Segment) -> list[str]: ...

    def check(self, segment: Segment) -> list[Problem]: ...

    def fix(self, segment: Segment) -> list[Change]: ...


def checkers_for(lang: str, glossary: Glossary) -> list[Checker]:
    """The checkers for one target language, in the order their fixes must run.

    The glossary is loaded once by the caller (``load_glossaries``) and shared by every language.
    """
    from newsl10n.glossary import GlossaryChecker
    from newsl10n.locale import LocaleChecker, load_profile
    from newsl10n.qa import QAChecker

    return [GlossaryChecker(glossary, lang), LocaleChecker(load_profile(lang)), QAChecker(lang)]


def annotate(segment: Segment, checkers: Iterable[Checker]) -> None:
    """Add every checker's hints to the segment's notes, without repeating one."""
    for checker in checkers:
        for hint in checker.hints(segment):
            if hint not in segment.notes:
                segment.notes.append(hint)


def repair(segment: Segment, checkers: Iterable[Checker]) -> list[Change]:
    """Run every checker's fix, in order; returns all changes made."""
    changes: list[Change] = []
    if not segment.target:
        return changes
    for checker in checkers:
        changes.extend(checker.fix(segment))
    return changes


def inspect(segment: Segment, checkers: Iterable[Checker]) -> list[Problem]:
    """All problems every checker finds in the segment's current target."""
    problems: list[Problem] = []
    for checker in checkers:
        problems.extend(checker.check(segment))
    return problems
