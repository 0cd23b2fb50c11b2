"""A desk's locale profile: CLDR number data from babel, with locales/<lang>.toml on top.

CLDR settles decimal marks, grouping and the short/long words for millions and billions; the profile
file holds what desks decide for themselves (quote style, dashes, no-break spaces, headline case).
A language without a profile file still gets CLDR's numbers; its quotes and dashes are left alone.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError

from newsl10n.errors import UserError
from newsl10n.resources import locales_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

HEADLINE_CASES = ("sentence", "keep")


@dataclass(frozen=True)
class LocaleProfile:
    """Everything the locale checker needs to know about one target language."""

    lang: str
    decimal: str  # CLDR decimal mark
    group: str  # CLDR (or profile) thousands separator
    quotes: tuple[str, str] | None = None
    nested_quotes: tuple[str, str] | None = None
    accepted_quotes: tuple[tuple[str, str], ...] = ()  # other styles a desk accepts, e.g. »…« in German
    accepted_nested_quotes: tuple[tuple[str, str], ...] = ()
    dash: str | None = None
    nbsp_after: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    headline_case: str = "keep"
    apostrophe: str = ""
    accepted_apostrophes: tuple[str, ...] = ()  # also right, e.g. the straight ' in Ukrainian
    number_words: dict[int, tuple[str, ...]] = field(default_factory=dict)
    path: Path | None = None  # the profile file, None when only CLDR data is known


def load_profile(lang: str) -> LocaleProfile:
    """The profile for ``lang``: CLDR defaults, overridden by ``locales/<lang>.toml`` when it exists.

    A regional code (``ru-RU``, ``de_DE@euro``) takes CLDR's data for its region and the profile file of
    its base language when it has none of its own.
    """
    lang = lang.split("@")[0].replace("_", "-")
    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        raise UserError(f"unknown language code {lang!r}: no CLDR data for it") from None
    # Digits are never changed (a translation keeps the source's 0-9), so the marks are those CLDR gives
    # for Latin digits, also where the language's default numbering is another (Bengali, Arabic).
    symbols = locale.number_symbols.get("latn") or locale.number_symbols[locale.default_numbering_system]
    base: dict[str, Any] = {"lang": lang, "decimal": symbols["decimal"], "group": symbols["group"]}
    candidates = [locales_dir() / f"{lang}.toml", locales_dir() / f"{locale.language}.toml"]
    path = next((candidate for candidate in candidates if candidate.is_file()), None)
    if path is None:
        return LocaleProfile(**base)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: not a valid TOML locale profile ({exc})") from None
    return LocaleProfile(**{**base, **_validated(data, path)}, path=path)


def _validated(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """The profile keys as LocaleProfile fields; any wrong key or type is a one-line error naming the file."""
    known = {"quotes", "nested_quotes", "dash", "nbsp_after", "units", "headline_case", "apostrophe"}
    known |= {"group_separator", "number_words", "accepted_quotes", "accepted_nested_quotes"}
    known |= {"accepted_apostrophes"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise UserError(f"{path}: unknown key {unknown[0]!r} (known: {', '.join(sorted(known))})")
    out: dict[str, Any] = {}
    for key in ("quotes", "nested_quotes"):
        if key in data:
            value = data[key]
            if not (isinstance(value, list) and len(value) == 2 and all(_is_text(v) for v in value)):
                raise UserError(f'{path}: {key} must be a list of two marks, e.g. ["«", "»"]')
            out[key] = (value[0], value[1])
    for key in ("accepted_quotes", "accepted_nested_quotes"):
        if key in data:
            value = data[key]
            if not (isinstance(value, list) and all(_is_pair(v) for v in value)):
                raise UserError(f'{path}: {key} must be a list of pairs of marks, e.g. [["»", "«"]]')
            out[key] = tuple((v[0], v[1]) for v in value)
    for key in ("dash", "apostrophe"):
        if key in data:
            if not isinstance(data[key], str):
                raise UserError(f"{path}: {key} must be a string")
            out[key] = data[key]
    for key in ("nbsp_after", "units", "accepted_apostrophes"):
        if key in data:
            value = data[key]
            if not (isinstance(value, list) and all(_is_text(v) for v in value)):
                raise UserError(f"{path}: {key} must be a list of strings")
            out[key] = tuple(v.lower() if key == "nbsp_after" else v for v in value)
    if "headline_case" in data:
        if data["headline_case"] not in HEADLINE_CASES:
            raise UserError(f"{path}: headline_case must be one of {', '.join(HEADLINE_CASES)}")
        out["headline_case"] = data["headline_case"]
    if "group_separator" in data:
        if not _is_text(data["group_separator"]):
            raise UserError(f"{path}: group_separator must be a non-empty string")
        out["group"] = data["group_separator"]
    if "number_words" in data:
        out["number_words"] = _number_words(data["number_words"], path)
    return out


def _number_words(table: Any, path: Path) -> dict[int, tuple[str, ...]]:
    if not isinstance(table, dict):
        raise UserError(f"{path}: [number_words] must be a table of number = [words]")
    words: dict[int, tuple[str, ...]] = {}
    for key, forms in table.items():
        if not (key.isdigit() and isinstance(forms, list) and all(_is_text(f) for f in forms)):
            raise UserError(f"{path}: number_words entry {key!r} must be a number = [words]")
        words[int(key)] = tuple(f.lower() for f in forms)
    return words


def _is_pair(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(_is_text(v) for v in value)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value)
