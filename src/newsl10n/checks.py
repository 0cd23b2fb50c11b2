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
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from newsl10n.errors import UserError
from newsl10n.model import Change, Problem, Segment

if TYPE_CHECKING:
    from newsl10n.glossary import Glossary


class Checker(Protocol):
    name: str

    def hints(self, segment: Segment) -> list[str]: ...

    def check(self, segment: Segment) -> list[Problem]: ...

    def fix(self, segment: Segment) -> list[Change]: ...


# Every check by the name its problems and changes carry, with what it looks at.
CHECKS: dict[str, str] = {
    "untranslated": "no translation yet",
    "glossary": "glossary terms in the right form",
    "number": "source numbers present, in the locale's marks",
    "amount": "sums of money and large amounts present",
    "quotes": "quotation marks in an accepted style, in whole pairs",
    "dash": "a hyphen standing for a dash; the desk's dash (style)",
    "apostrophe": "the desk's apostrophe (style)",
    "spaces": "runs of spaces the source does not have (fix only)",
    "nbsp": "no-break spaces after short words and before units (fix only)",
    "case": "Title Case in a headline of a sentence-case language",
    "printf": "printf, Python and Qt placeholders",
    "brace": "{name} placeholders",
    "tags": "the inline codes <1>…</1> of the source",
    "markup": "the markup tags of the source",
    "urls": "URLs, e-mail addresses and social handles copied unchanged",
    "newlines": "line breaks at the start and end (and, strict, inside)",
    "whitespace": "leading and trailing whitespace",
    "brackets": "brackets and quotation marks that pair up",
    "doublespaces": "double spaces the source does not have",
}


@dataclass(frozen=True)
class Selection:
    """Which checks run and how: what ``--only``/``--skip``/``--strict`` and an entry itself ask for.

    ``strict`` reports style too; ``verbatim`` (a no-wrap entry) never changes whitespace;
    ``house_style`` gives machine output the desk's first choices (quotes, dash, apostrophe) and its
    no-break and collapsed spaces, where a translator's text keeps any accepted style and its spacing.
    """

    only: frozenset[str] | None = None
    skip: frozenset[str] = frozenset()
    strict: bool = False
    verbatim: bool = False
    house_style: bool = True

    def as_verbatim(self) -> Selection:
        return self if self.verbatim else replace(self, verbatim=True)

    def without_house_style(self) -> Selection:
        return replace(self, house_style=False) if self.house_style else self

    def runs(self, check: str) -> bool:
        """Whether the check named ``check`` (a Problem's or Change's ``check``) runs."""
        return check not in self.skip and (self.only is None or check in self.only)

    def without(self, checks: Iterable[str]) -> Selection:
        """The same selection with ``checks`` skipped too (an entry's own exemptions)."""
        extra = frozenset(checks)
        return self if extra <= self.skip else replace(self, skip=self.skip | extra)


def check_names(spec: str | Iterable[str] | None) -> frozenset[str] | None:
    """``"quotes,number"`` (or a list of such) as check names; an unknown name is a one-line error."""
    if spec is None:
        return None
    parts = [spec] if isinstance(spec, str) else list(spec)
    names = frozenset(name.strip() for part in parts for name in part.split(",") if name.strip())
    unknown = sorted(names - set(CHECKS))
    if unknown:
        raise UserError(f"unknown check {unknown[0]!r} (checks: {', '.join(CHECKS)})")
    return names


def checkers_for(lang: str, glossary: Glossary, selection: Selection | None = None) -> list[Checker]:
    """The checkers for one target language, in the order their fixes must run.

    The glossary is loaded once by the caller (``load_glossaries``) and shared by every language.
    """
    from newsl10n.glossary import GlossaryChecker
    from newsl10n.locale import LocaleChecker, load_profile
    from newsl10n.qa import QAChecker

    selection = selection or Selection()
    checkers: list[Checker] = [GlossaryChecker(glossary, lang)] if selection.runs("glossary") else []
    return [*checkers, LocaleChecker(load_profile(lang), selection), QAChecker(lang, selection)]


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
