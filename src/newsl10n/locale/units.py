"""What else a translator may rightly write for a source number: the metric value of an imperial measure,
a span of time in another unit, the whole value of a number with a scale word.

A German or Russian news desk converts feet, acres, miles and degrees Fahrenheit ("100 feet" becomes
"30 Meter", "21,000 acres" becomes "85 km²") and spells out Indian scale words ("14 lakh" becomes
"1,4 Millionen"). The number check accepts those values: scaled ones exactly, converted ones within
the rounding a translator allows themselves.
"""

from __future__ import annotations

import re
from decimal import Decimal

from newsl10n.locale.money import SCALES

# A unit after the number, the factors to the metric units a translation may use (the usual one first)
# and that unit's CLDR name, for a hint. Longer names come first: "square miles" before "miles".
_IMPERIAL: tuple[tuple[re.Pattern[str], tuple[Decimal, ...], str], ...] = tuple(
    (
        re.compile(rf"[ \-\xa0]?(?:{unit})(?![^\W\d_])", re.IGNORECASE),
        tuple(map(Decimal, factors)),
        cldr_unit,
    )
    for unit, factors, cldr_unit in (
        (r"square miles?|sq\.? ?mi\b", ("2.589988", "258.9988"), "area-square-kilometer"),  # km², ha
        (r"square (?:feet|foot)|sq\.? ?ft\b", ("0.09290304",), "area-square-meter"),
        (r"miles per hour|mph", ("1.609344",), "speed-kilometer-per-hour"),
        (r"feet|foot|ft\b", ("0.3048", "30.48"), "length-meter"),  # m, cm
        (r"inch(?:es)?", ("2.54", "25.4"), "length-centimeter"),  # cm, mm
        (r"yards?", ("0.9144",), "length-meter"),
        (r"miles?", ("1.609344",), "length-kilometer"),
        (r"acres?", ("0.40468564", "0.0040468564", "4046.8564"), "area-hectare"),  # ha, km², m²
        (r"pounds?|lbs?\b", ("0.45359237",), "mass-kilogram"),
        (r"ounces?|oz\b", ("28.349523",), "mass-gram"),
        (r"gallons?", ("3.785411784",), "volume-liter"),
    )
)
# A span of time said in another unit (14 days are two weeks, 6 decades sixty years), which the target
# must name: the factor from the source's unit to it, and the target's words for it.
_OTHER_SPANS: tuple[tuple[re.Pattern[str], Decimal, re.Pattern[str]], ...] = tuple(
    (
        re.compile(rf"[ \-\xa0]?(?:{unit})(?![^\W\d_])", re.IGNORECASE),
        Decimal(numerator) / Decimal(denominator),
        re.compile(word, re.IGNORECASE),
    )
    for unit, numerator, denominator, word in (
        (r"days?", 1, 7, r"woche|недел|тиж|week"),
        (r"weeks?", 7, 1, r"\btag|\bдн|\bден|\bдоб|\bday"),
        (r"months?", 1, 12, r"jahr|год|лет|рок|year"),
        (r"decades?", 10, 1, r"jahr|jähr|год|лет|рок|year"),
    )
)
# Degrees a translation may give in Celsius: any, when the number is missing (a US story's "90 degrees");
# for a hint only those said to be Fahrenheit ("1.5 degrees" of warming, "a 180-degree turn" are not)
_FAHRENHEIT = re.compile(r"[ \xa0]?(?:°\s?F\b|degrees?(?: Fahrenheit| F\b)?|-degree)", re.IGNORECASE)
_SAID_FAHRENHEIT = re.compile(r"[ \xa0]?(?:°\s?F\b|degrees? (?:Fahrenheit|F\b))", re.IGNORECASE)
_METRIC_GIVEN = re.compile(r"\s?[(\[]\s?(?:about |around |some )?-?\d")  # "161 feet (49 meters)"
_SCALE_EXPONENTS = {**SCALES, "lakh": 5, "lac": 5, "crore": 7}  # and India's
_SCALES = re.compile(rf"[ \xa0-]({'|'.join(_SCALE_EXPONENTS)})s?(?![^\W\d_])", re.IGNORECASE)

# The rest of a range the number opens ("5-10 acres", "600,000 to 700,000 years"): its unit is after it.
_RANGE_END = re.compile(r"\s?(?:[-–]|to )\s?\d[\d,.]*\d|\s?(?:[-–]|to )\s?\d")

# How far a converted value may be rounded: a tenth, as "25 Meter" for 80 feet (24.4 m); for degrees,
# three of them, as "über 30 Grad" for 90 °F (32.2 °C).
RELATIVE_ROUNDING = Decimal("0.1")
DEGREES_ROUNDING = Decimal(3)
_EXACT = Decimal("0.001")  # a span of time converts exactly: only the division's last digit may differ


def scaled(value: Decimal, after: str) -> list[Decimal]:
    """The whole value when an English scale word follows the number: 14 lakh is 1,400,000."""
    match = _SCALES.match(_past_range(after))
    if not match:
        return []
    return [value.scaleb(_SCALE_EXPONENTS[match.group(1).lower()]).normalize()]


def converted_matches(value: Decimal, after: str, target_values: set[Decimal], target: str) -> bool:
    """Whether the target holds the metric value of ``value`` in the imperial unit that opens ``after``
    (or the span of time in another unit, which the target names). ``target_values`` are the target's
    values no source number accounts for: "85 miles (137 kilometers)" gives its own metric figure.
    """
    after = _past_range(after)
    for unit, factors, _ in _IMPERIAL:
        if unit.match(after):
            return any(_close(value * factor, target_values, RELATIVE_ROUNDING) for factor in factors)
    for unit, factor, named in _OTHER_SPANS:
        if unit.match(after):
            return _close(value * factor, target_values, _EXACT) and bool(named.search(target))
    if _FAHRENHEIT.match(after):
        celsius = (value - 32) * 5 / 9
        return any(abs(candidate - celsius) <= DEGREES_ROUNDING for candidate in target_values)
    return False


def metric(value: Decimal, after: str) -> tuple[str, Decimal, str] | None:
    """The imperial unit that opens ``after`` as written, and ``value`` in metric with its CLDR unit (three
    significant figures, for a hint), or None: 100 "feet" is 30.5 "length-meter", 90 "degrees
    Fahrenheit" 32.2 "temperature-celsius".

    None too where the source gives the metric value itself: "161 feet (49 meters)".
    """
    after = _past_range(after)
    for unit, factors, cldr_unit in _IMPERIAL:
        found = unit.match(after)
        if found:
            if _METRIC_GIVEN.match(after, found.end()):
                return None
            return found.group().strip(" -\xa0"), _significant(value * factors[0]), cldr_unit
    found = _SAID_FAHRENHEIT.match(after)
    if found and not _METRIC_GIVEN.match(after, found.end()):
        return found.group().strip(" -\xa0"), _significant((value - 32) * 5 / 9), "temperature-celsius"
    return None


def _significant(value: Decimal, figures: int = 3) -> Decimal:
    """``value`` rounded to ``figures`` significant figures, no more decimals than that needs."""
    if not value:
        return value
    exponent = value.adjusted() - figures + 1
    return value.quantize(Decimal(1).scaleb(exponent)) if exponent < 0 else value.quantize(Decimal(1))


def _past_range(after: str) -> str:
    """What follows the number, past the other end of a range it opens."""
    match = _RANGE_END.match(after)
    return after[match.end() :] if match else after


def _close(wanted: Decimal, candidates: set[Decimal], rounding: Decimal) -> bool:
    return any(wanted and abs(candidate - wanted) <= rounding * abs(wanted) for candidate in candidates)
