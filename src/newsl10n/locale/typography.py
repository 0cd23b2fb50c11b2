"""Dashes, spaces, no-break spaces and apostrophes, as the desk's profile sets them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from newsl10n.locale.numbers import show
from newsl10n.model import Change

# A spaced hyphen or dash between words of prose: a letter (or a closing mark after one) on the left, a
# letter or an opening mark on the right. "t2 - t3", "%s - %s" and "10 - 20" are left as they are.
_SPACED_DASH_RE = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.,:;!?»“”\"'’)])|(?<=[»“”\"'’)][.,:;!?…]))(?P<lead>[ \xa0]+)(?P<dash>--?|–|—)(?P<trail>[ \xa0]+)"
    r"(?=[^\W\d_]|[«„“\"'‘(][^\W\d_])"
)
# Wire copy's dash (AP's ANPA feeds): an underscore set apart by spaces, "ATLANTA (AP) _ Luol Deng", "19 _ season".
_WIRE_DASH_RE = re.compile(r"(?<=\S)(?P<lead>[ \xa0]+)_(?P<trail>[ \xa0]+)(?=\S)")
CURRENCY_SIGNS = "$€£¥₽₴"
_DOUBLE_SPACE_RE = re.compile(r"(?<=\S) {2,}(?=\S)")
_DIGIT_RE = re.compile(r"\d")


def writes_wire_dashes(source: str) -> bool:
    """Whether the source is wire copy that writes its dashes as spaced underscores (AP's ANPA feeds)."""
    return _WIRE_DASH_RE.search(source) is not None


def fix_dashes(
    text: str, dash: str, hyphens_only: bool = False, wire: bool = False
) -> tuple[str, list[Change]]:
    """A spaced hyphen or dash between words becomes the profile's dash (e.g. " — " or " – "); with
    ``wire`` (a source that writes them so), so does a spaced underscore, wherever it stands.

    A no-break space before the dash is kept: it is how careful desks stop a line starting with a dash.
    ``hyphens_only`` leaves a translator's choice of dash alone and repairs only a hyphen used as one.
    """
    wanted = dash.strip()
    seen: list[str] = []

    def spaced(match: re.Match[str]) -> str:
        """The profile's dash with its spaces; a no-break space before it stays one."""
        lead = (
            "\xa0" if match.group("lead") == "\xa0" and dash.startswith(" ") else dash[: dash.index(wanted)]
        )
        return lead + wanted + dash[dash.index(wanted) + len(wanted) :]

    def swap(match: re.Match[str]) -> str:
        if match.group("dash") == wanted or (hyphens_only and match.group("dash") not in ("-", "--")):
            return match.group()
        seen.append(match.group("dash"))
        return spaced(match)

    def from_wire(match: re.Match[str]) -> str:
        seen.append("_")
        return spaced(match)

    fixed = _SPACED_DASH_RE.sub(swap, _WIRE_DASH_RE.sub(from_wire, text) if wire else text)
    return fixed, [Change("dash", f"{' '.join(dict.fromkeys(seen))} → {wanted}")] if seen else []


def hyphen_is_layout(text: str) -> bool:
    """Whether a spaced hyphen in ``text`` is layout, not a dash: a man page's NAME line ("deb - Debian
    binary package format"), a key list ("y - stage this hunk") or an aligned table ("1     - one")."""
    return re.search(r"(?m)^\s*\S+ --? \S|\S {2,}--? \S", text) is not None


def fix_double_spaces(text: str, source: str = "") -> tuple[str, list[Change]]:
    """Runs of spaces inside the text become one, unless the source has runs too (columns, layout).

    Leading and trailing space is the QA check's business.
    """
    if _DOUBLE_SPACE_RE.search(source):
        return text, []
    fixed, count = _DOUBLE_SPACE_RE.subn(" ", text)
    return fixed, [Change("spaces", f"collapsed {count} run(s) of spaces")] if count else []


def fix_apostrophes(text: str, apostrophe: str) -> tuple[str, list[Change]]:
    """A straight ' between two letters (перемир'я) becomes the profile's apostrophe."""
    if not apostrophe:
        return text, []
    fixed, count = re.subn(r"(?<=[^\W\d_])'(?=[^\W\d_])", apostrophe, text)
    return fixed, [Change("apostrophe", f"' → {apostrophe}")] if count else []


def fix_nbsp(text: str, short_words: Iterable[str], unit_patterns: Iterable[str]) -> tuple[str, list[Change]]:
    """No-break space after short prepositions/conjunctions and between a number and its unit.

    ``unit_patterns`` are regular expressions (a scale word stem may take any ending); a currency sign
    after a scale word ("19,3 млрд $") is glued too, as CLDR's compact currency format does.
    """
    changes: list[Change] = []
    if " " not in text:
        return text, changes  # every rule glues a plain space
    after_short, before_units = _nbsp_patterns(tuple(short_words), tuple(unit_patterns))
    if after_short is not None:
        glued = [m.group(1) for m in after_short.finditer(text)]
        if glued:
            text = after_short.sub(lambda m: m.group(1) + "\xa0", text)
            changes.append(Change("nbsp", f"no-break space after {', '.join(dict.fromkeys(glued))}"))
    if before_units and _DIGIT_RE.search(text):  # a unit is glued to a number only
        glued = []
        for rx in before_units:  # group "after" names what follows the glued space
            glued += [m.group("after") for m in rx.finditer(text)]
            text = rx.sub(lambda m: m.group().replace(" ", "\xa0"), text)
        if glued:
            changes.append(Change("nbsp", f"no-break space before {', '.join(dict.fromkeys(glued))}"))
    return text, changes


@lru_cache(maxsize=64)
def _nbsp_patterns(
    short_words: tuple[str, ...], unit_patterns: tuple[str, ...]
) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]]:
    """:func:`fix_nbsp`'s expressions, compiled once per profile rather than once per sentence."""
    short = sorted(set(short_words), key=len, reverse=True)
    after_short = (
        re.compile(rf"(?<!\w)({'|'.join(map(re.escape, short))}) (?=\S)", re.IGNORECASE) if short else None
    )
    units = "|".join(sorted(set(unit_patterns), key=len, reverse=True))
    if not units:
        return after_short, ()
    return after_short, (
        re.compile(rf"(?<=\d)( )(?P<after>(?:{units})(?![^\W\d_]))", re.IGNORECASE),
        re.compile(rf"(?<=\d\xa0)(?:{units})\.?( )(?=(?P<after>[{CURRENCY_SIGNS}])(?!\w))", re.IGNORECASE),
    )


def headline_case_problem(text: str, lang: str) -> str | None:
    """Title Case in a sentence-case language (what MT copies from English headlines), or None.

    Only reported, never fixed: lower-casing would also hit names.
    """
    words = re.findall(r"[^\W\d_]+", text)
    rest = [w for w in words[1:] if len(w) >= 3]
    if len(rest) >= 3 and all(w[0].isupper() and not w.isupper() for w in rest):
        return f"Title Case ({show(' '.join(words[:4]))} …): {lang} uses sentence case"
    return None
