"""Target language codes: parsing and validation against CLDR (through babel)."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from newsl10n.errors import UserError

SOURCE_LANGUAGE = "en"


def parse_languages(spec: str | list[str] | tuple[str, ...]) -> list[str]:
    """``"ru,uk, de"`` (or a list of such) to ``["ru", "uk", "de"]``, each checked, duplicates removed."""
    parts = [spec] if isinstance(spec, str) else list(spec)
    codes: list[str] = []
    for part in parts:
        for raw in part.split(","):
            code = raw.strip()
            if not code:
                continue
            code = validate_language(code)
            if code not in codes:
                codes.append(code)
    if not codes:
        raise UserError("no target language given: use --to, e.g. --to ru,uk,de")
    return codes


def validate_language(code: str) -> str:
    """Return the normalized code, or raise a one-line error for a code CLDR does not know."""
    normalized = code.replace("-", "_")
    try:
        locale = Locale.parse(normalized)
    except (ValueError, UnknownLocaleError):
        raise UserError(f"unknown language code {code!r} (use ISO 639 codes such as ru, uk, de)") from None
    if locale.language == SOURCE_LANGUAGE and not locale.territory:
        raise UserError(
            f"{code!r} is the source language (English); pick a target language such as ru, uk, de"
        )
    return str(locale).replace("_", "-") if locale.territory else locale.language
