"""The locale stage: numbers, amounts, quotes and typography of one target language.

``check`` reports what ``fix`` would change (so the two never disagree), plus what no fix can supply:
a source number or amount missing from the target, Title Case in a headline of a sentence-case language.

Two scopes, because a reviewed translation is a translator's decision:

- ``fix`` gives machine output and other fuzzy entries the desk's whole style: quotes, dashes,
  apostrophes, spaces, no-break spaces, number marks;
- ``fix`` repairs a reviewed entry only where it is plainly wrong: straight quotation marks around
  prose, a hyphen standing for a dash, English number marks. Its style (which accepted quotes or
  apostrophe, en or em dash, no-break spaces) is never changed.

``check`` reports what ``fix`` would change: on a reviewed entry the plain errors (its style only under
``strict``), on a fuzzy one the style too.

No-break spaces and collapsed spaces are courtesies of ``fix`` on machine output (``Selection.house_style``):
a plain space is not an error a reader sees, so ``check`` does not fail a file over them, and ``check
--fix`` leaves a translator's spaces alone. Every rule runs on prose only: protected spans
(markup, placeholders, code, URLs, versions; see :mod:`newsl10n.spans`) are masked first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from babel.units import format_unit

from newsl10n.checks import Selection
from newsl10n.locale import money, numbers, quotes, typography, units
from newsl10n.locale.profile import LocaleProfile
from newsl10n.model import Change, Kind, Problem, Segment
from newsl10n.spans import mask, unmask

# Changes fix() makes as a courtesy but check() does not count as problems.
FIX_ONLY = frozenset({"nbsp", "spaces"})
HEADING_KINDS = frozenset({Kind.HEADLINE, Kind.SUBHEAD})
# Figures a translation says in words: round the clock (rund um die Uhr, круглосуточно), 9/11 (die
# Anschläge vom 11. September), a Catch-22 (ein Dilemma), a 911 call (der Notruf).
_SAID_IN_WORDS_RE = re.compile(
    r"\b24\s?/\s?7(?:\s?/\s?365)?\b|\b24x7\b|\b24 hours a day\b|\b9/11\b|\bCatch[- ]22\b|\b911 call",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")
_FIGURE_RE = re.compile(r"\d+(?:[.,]\d+)*")
# The first year of a range whose second is written short: "1986-88".
_YEAR_RANGE_RE = re.compile(r"(?<!\d)(1[89]|20)\d\d[-–]$")

Step = Callable[[str], tuple[str, list[Change]]]


class LocaleChecker:
    """Checker protocol (see newsl10n.checks) for one locale profile."""

    name = "locale"

    def __init__(self, profile: LocaleProfile, selection: Selection | None = None) -> None:
        self.profile = profile
        self.selection = selection or Selection()
        self.quote_style = (
            quotes.QuoteStyle(
                (profile.quotes, *profile.accepted_quotes),
                ((profile.nested_quotes,) if profile.nested_quotes else ()) + profile.accepted_nested_quotes,
            )
            if profile.quotes
            else None
        )
        exact, stems = money.scale_words(profile.lang)
        units = [re.escape(w) + r"\.?" for w in exact]
        units += [re.escape(stem) + r"[^\W\d_]*" for stem, _ in stems]
        units += [re.escape(u) for u in profile.units]
        units += [re.escape(sign) for sign in typography.CURRENCY_SIGNS]
        self._unit_patterns = tuple(units)
        # (source, target, errors_only) of the last fix: check() right after it has nothing to change
        self._settled: tuple[str, str, bool] | None = None

    def hints(self, segment: Segment) -> list[str]:
        """How each amount of the source reads in this locale, and each imperial measure in metric, for
        the translator: a desk converts feet, miles, acres and degrees Fahrenheit."""
        lang = self.profile.lang
        amounts = money.find_amounts(segment.source)
        hints = [money.amount_hint(a, lang) for a in amounts]
        if not _DIGIT_RE.search(segment.source):
            return hints
        masked, _ = mask(segment.source)
        for number in numbers.source_numbers(segment.source):
            if number.attached or any(a.start <= number.start < a.end for a in amounts):
                continue  # "fined 500 pounds" is money
            found = units.metric(number.value, masked[number.end : number.end + 40])
            if found:
                unit, value, metric_unit = found
                metric = format_unit(value, metric_unit, length="short", locale=lang.replace("-", "_"))
                hints.append(f"measure: {number.text} {unit} ≈ {metric}")
        return hints

    def check(self, segment: Segment) -> list[Problem]:
        if not segment.target or _is_copy(segment):
            return []
        runs = self.selection.runs
        errors_only = segment.is_reviewed and not self.selection.strict
        if self._settled == (segment.source, segment.target, errors_only) and not self.selection.strict:
            fixed, changes = segment.target, []  # fix() has just made it so: nothing left to change
        else:
            fixed, changes = self._fixed(segment, errors_only=errors_only, reporting=True)
        problems = [change.as_problem() for change in changes if change.check not in FIX_ONLY]
        problems.extend(p for p in self._missing(segment.source, fixed) if runs(p.check))
        if self.profile.headline_case == "sentence" and runs("case") and self._is_heading(segment):
            message = typography.headline_case_problem(fixed, self.profile.lang)
            if message:
                problems.append(Problem("case", message))
        return problems

    def fix(self, segment: Segment) -> list[Change]:
        if not segment.target or _is_copy(segment):
            return []
        fixed, changes = self._fixed(segment, errors_only=segment.is_reviewed)
        if fixed != segment.target:
            segment.target = fixed
        self._settled = (segment.source, fixed, segment.is_reviewed)
        return changes

    def _is_heading(self, segment: Segment) -> bool:
        """Headline rules apply to headline kinds; to a segment of unknown kind only when strict."""
        return bool(segment.kinds & HEADING_KINDS) or (not segment.kinds and self.selection.strict)

    def _fixed(
        self, segment: Segment, errors_only: bool, reporting: bool = False
    ) -> tuple[str, list[Change]]:
        """The target as the profile wants it, and one line per kind of change.

        ``errors_only``: only what is plainly wrong (a reviewed translation); otherwise the whole style.
        """
        profile, runs = self.profile, self.selection.runs
        text, originals = mask(segment.target)
        source = segment.source
        house_style = not errors_only and self.selection.house_style  # our own machine output
        # a translator's draft keeps any accepted apostrophe and dash; --strict reports them
        whole_style = house_style or (reporting and self.selection.strict)
        steps: list[tuple[str, Step]] = [
            (
                "number",
                lambda t: numbers.fix_numbers(
                    t, self._numbers_to_fix(source, errors_only), profile, source, keep_spaces=errors_only
                ),
            ),
        ]
        style = self.quote_style
        if style is not None:
            steps.append(
                (
                    "quotes",
                    lambda t: quotes.fix_quotes(
                        t,
                        style,
                        errors_only=errors_only,
                        source=source,
                        lone_marks=house_style,
                        keep_literals=not house_style,
                    ),
                )
            )
        if profile.dash and not typography.hyphen_is_layout(source):
            dash = profile.dash
            wire = typography.writes_wire_dashes(source)
            steps.append(
                ("dash", lambda t: typography.fix_dashes(t, dash, hyphens_only=not whole_style, wire=wire))
            )
        if whole_style:
            steps.append(("apostrophe", lambda t: typography.fix_apostrophes(t, profile.apostrophe)))
        if house_style:
            steps.append(("spaces", lambda t: typography.fix_double_spaces(t, source)))
            steps.append(("nbsp", lambda t: typography.fix_nbsp(t, profile.nbsp_after, self._unit_patterns)))
        changes: list[Change] = []
        for name, step in steps:
            if not runs(name):
                continue
            text, lines = step(text)
            changes.extend(lines)
        return unmask(text, originals), changes

    def _numbers_to_fix(self, source: str, errors_only: bool) -> list[numbers.SourceNumber]:
        """Every source number; in a translator's text only quantities: amounts, percentages, grouped numbers.

        A bare decimal in a reviewed translation ("0.05 results in a 5% zoom") may be a value a user types,
        kept in its English form on purpose.
        """
        found = list(numbers.source_numbers(source))
        if not errors_only:
            return found
        amounts = [(amount.start, amount.end) for amount in money.find_amounts(source)]
        masked, _ = mask(source)
        return [
            number
            for number in found
            if number.grouped
            or any(start <= number.start < end for start, end in amounts)
            or re.match(r"\s?(?:%|percent|per cent)", masked[number.end :])
        ]

    def _missing(self, source: str, target: str) -> list[Problem]:
        """Source numbers and amounts a reader cannot find in the target, in any accepted spelling.

        Besides the figure itself a translator may write the number in words, a measure in metric, a
        scale word's whole value, a figure of speech in words (24/7, 9/11). None of those excuses holds
        where the target has a figure of its own that no source number accounts for: "24/9", "44 часа
        в сутки" and "7 days" as "1 Tagen" are numbers changed, not said otherwise.
        """
        if not _DIGIT_RE.search(source):
            return []  # no figure to miss (a number in words is the translator's to render)
        lang = self.profile.lang
        scale = lambda word: money.scale_of(lang, word)  # noqa: E731
        found = numbers.target_values(target, self.profile, scale)
        spelled: set[Decimal] | None = None

        def present(*values: Decimal) -> bool:
            nonlocal spelled
            if any(value in found for value in values):
                return True
            if spelled is None:
                spelled = numbers.spelled_values(target, self.profile, scale)
            return any(value in spelled for value in values)

        problems: list[Problem] = []
        amounts = money.find_amounts(source)
        for amount in amounts:
            if not present(amount.value):
                expected = money.locale_amount(amount, lang)
                problems.append(
                    Problem("amount", f"{amount.text} is missing from the target (expected {expected})")
                )
        masked, _ = mask(source)
        said_in_words = [match.span() for match in _SAID_IN_WORDS_RE.finditer(masked)]
        wanted = _wanted_numbers(source, masked, [(a.start, a.end) for a in amounts])
        figures = numbers.target_values(target, self.profile, scale, words=False) if wanted else set()
        accounted = {amount.value for amount in amounts} | _figures_as_written(source)  # i30, [00,53]
        accounted.update(value for _, values, _ in wanted for value in values)
        stray = {value for value in figures if value not in accounted}
        for number, values, after in wanted:
            if any(value in figures for value in values) or _spelled_as_in_source(number.text, target):
                continue
            if stray:  # a figure of the target's own: the number was changed, not said otherwise
                candidates = stray
            elif present(*values) or any(start <= number.start < end for start, end in said_in_words):
                continue
            else:  # "161 feet (49 meters)" may keep the metric figure alone
                candidates = figures | (spelled or set())
            if units.converted_matches(values[0], after, candidates, target):
                continue
            expected = numbers.show(numbers.locale_form(number, self.profile))
            problems.append(
                Problem("number", f"{number.text} is missing from the target (expected {expected})")
            )
        return problems


def _wanted_numbers(
    source: str, masked: str, covered: list[tuple[int, int]]
) -> list[tuple[numbers.SourceNumber, list[Decimal], str]]:
    """The source numbers a translation must render (not those of an amount), each with the values it
    may rightly be written as (1988 for the 88 of "1986-88", 60 for the 1960's, 1,400,000 for 14 lakh)
    and the source text after it (where a unit would be)."""
    wanted = []
    for number in numbers.source_numbers(source):
        if number.attached or any(start <= number.start < end for start, end in covered):
            continue
        value = Decimal(number.value).normalize()
        after = masked[number.end : number.end + 40]
        values = [
            value,
            *_year_in_full(number, masked),
            *_decade(number, masked),
            *units.scaled(value, after),
        ]
        wanted.append((number, values, after))
    return wanted


def _figures_as_written(source: str) -> set[Decimal]:
    """Every figure of the source, glued or masked ones too, read with either mark as the decimal one: a
    target that copies "[00,53]" or "i30" has no figure of its own there."""
    values: set[Decimal] = set()
    for figure in _FIGURE_RE.findall(source):
        values.update(Decimal(run) for run in re.findall(r"\d+", figure))
        for decimal, group in ((".", ","), (",", ".")):
            reading = figure.replace(group, "").replace(decimal, ".")
            if reading.count(".") <= 1:
                values.add(Decimal(reading))
    return {value.normalize() for value in values}


def _decade(number: numbers.SourceNumber, masked_source: str) -> list[Decimal]:
    """A decade written short: the 1960's are "60-е", "die 60er"."""
    if len(number.text) == 4 and masked_source.startswith(("'s", "’s"), number.end):
        return [Decimal(number.text[2:]).normalize()]
    return []


def _year_in_full(number: numbers.SourceNumber, masked_source: str) -> list[Decimal]:
    """The year a range's short end stands for: 88 of "1986-88" is 1988, which a translation may write."""
    if len(number.text) != 2:
        return []
    opening = _YEAR_RANGE_RE.search(masked_source, 0, number.start)
    return [Decimal(opening.group(1) + number.text)] if opening else []


def _is_copy(segment: Segment) -> bool:
    """A translation left as the source on purpose (a name, a command, a code sample): not prose to style."""
    return segment.target.strip() == segment.source.strip()


def _spelled_as_in_source(number: str, target: str) -> bool:
    """The number written exactly as the source writes it ("3.2" of "Python 3.2"): present, whatever its marks."""
    return re.search(rf"(?<![\w.,]){re.escape(number)}(?![\d]|[.,]\d)", target) is not None
