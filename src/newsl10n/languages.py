"""Target language codes: what users write, what newsl10n calls a language, what Argos calls it.

Three spellings meet here, and this module is the one place that maps between them:

- **what users write**: BCP 47 tags (``pt-BR``, ``zh-Hant``, ``de-AT``), POSIX/gettext locale names
  (``pt_BR``, ``ru_RU``) or Argos's own codes (``pb``, ``zt``, ``tl``);
- **the canonical code** (returned by :func:`parse_languages` and :func:`validate_language`): the
  form gettext translation teams use, ``ll`` or ``ll_CC``, with ``@script`` for a script other than the
  language's usual one (``sr@latin``). It names the output folder and the PO ``Language`` header;
- **the Argos code** (:func:`argos_code`): the ``to_code`` of the Argos model that translates into it.

Argos names a language by its ISO 639-1 code, except where it ships two varieties or picked a code
of its own::

    Argos code   canonical   what users may also write
    pb           pt_BR       pt-BR
    pt           pt          pt-PT, pt_AO, ... (every other Portuguese)
    zt           zh_TW       zh-Hant, zh-TW, zh-HK (zh_HK), zh-MO (zh_MO)
    zh           zh_CN       zh, zh-Hans, zh-CN, zh-SG (zh_SG)
    tl           tl          fil (CLDR calls Tagalog "fil"; Argos and gettext call it tl)

A regional code with no model of its own uses its language's model (``de_AT`` → ``de``), but
never another variety's: ``pt_BR`` never gets the European ``pt`` model, nor ``zh_TW`` the simplified
``zh`` one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsl10n.errors import UserError

SOURCE_LANGUAGE = "en"

# Argos codes that are not the ISO 639-1 code of their language: Argos code -> canonical code.
ARGOS_OWN_CODES = {"pb": "pt_BR", "zt": "zh_TW", "zh": "zh_CN"}
# Old or alternative language codes -> the one Argos and gettext use.
LANGUAGE_ALIASES = {"fil": "tl", "iw": "he", "in": "id", "ji": "yi", "jw": "jv", "no": "nb"}
# The varieties Argos ships models for, by (language, script): the model for every locale of it.
_SCRIPT_VARIETIES = {("zh", "Hans"): "zh", ("zh", "Hant"): "zt"}
_REGION_VARIETIES = {("pt", "BR"): "pb"}
# A script written into a Chinese tag without a region stands for the region gettext teams use.
_CHINESE_SCRIPT_REGIONS = {"Hans": "CN", "Hant": "TW"}

_TAG = re.compile(
    r"^(?P<language>[a-z]{2,3})"
    r"(?:[-_](?P<script>[a-z]{4}))?"
    r"(?:[-_](?P<region>[a-z]{2}|\d{3}))?"
    r"(?:@(?P<modifier>[a-z]+))?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Language:
    """A parsed target language: ``language`` (ISO 639), optional ``region`` and ``script``."""

    language: str
    region: str = ""
    script: str = ""  # only when it is not the language's usual script, e.g. "Latn" for Serbian

    @property
    def code(self) -> str:
        """The canonical (gettext) form: ``pt_BR``, ``sr@latin``."""
        code = f"{self.language}_{self.region}" if self.region else self.language
        return f"{code}@{_script_modifier(self.script)}" if self.script else code


def parse_languages(spec: str | list[str] | tuple[str, ...]) -> list[str]:
    """``"ru,uk, pt-BR"`` (or a list of such) to ``["ru", "uk", "pt_BR"]``, each checked, no duplicates."""
    parts = [spec] if isinstance(spec, str) else list(spec)
    codes: list[str] = []
    for part in parts:
        for raw in part.split(","):
            if raw.strip() and (code := validate_language(raw.strip())) not in codes:
                codes.append(code)
    if not codes:
        raise UserError("no target language given: use --to, e.g. --to ru,uk,de")
    return codes


def validate_language(code: str) -> str:
    """The canonical code for ``code``, or a one-line error for a code that names no language."""
    return parse_language(code).code


def parse_language(code: str) -> Language:
    """Parse any accepted spelling of a target language; raise :class:`UserError` when it is none."""
    text = code.strip()
    if text.lower() in ARGOS_OWN_CODES:
        text = ARGOS_OWN_CODES[text.lower()]
    match = _TAG.match(text)
    if not match:
        raise UserError(_unknown(code))
    language = match["language"].lower()
    language = LANGUAGE_ALIASES.get(language, language)
    region = (match["region"] or "").upper()
    script = (match["script"] or "").title()
    if match["modifier"]:
        script = script or _script_from_modifier(match["modifier"], code)
    if language not in _known_languages():
        raise UserError(_unknown(code))
    if region and region not in _known_regions():
        raise UserError(f"unknown region in language code {code!r} (use e.g. pt-BR, de-AT)")
    if script and script not in _known_scripts():
        raise UserError(f"unknown script in language code {code!r} (use e.g. zh-Hant, sr-Latn)")
    if language == "zh" and not region:
        region = _CHINESE_SCRIPT_REGIONS.get(script or "Hans", "")
    if script and script == usual_script(language, region):
        script = ""
    if language == SOURCE_LANGUAGE and not region:
        raise UserError(
            f"{code!r} is the source language (English); pick a target language such as ru, uk, de"
        )
    return Language(language, region, script)


def argos_code(code: str) -> str:
    """The ``to_code`` of the Argos model for a target language in any accepted spelling.

    ``pt_BR`` → ``pb``, ``zh_HK`` → ``zt``, ``de_AT`` → ``de``: a variety Argos ships gets its own
    model, every other regional code its language's model.
    """
    parsed = parse_language(code)
    script = parsed.script or usual_script(parsed.language, parsed.region)
    return (
        _REGION_VARIETIES.get((parsed.language, parsed.region))
        or _SCRIPT_VARIETIES.get((parsed.language, script))
        or parsed.language
    )


def from_argos_code(to_code: str) -> str:
    """The canonical code of an Argos ``to_code`` (``pb`` → ``pt_BR``); unknown codes come back as given."""
    try:
        return validate_language(to_code)
    except UserError:
        return to_code


def base_language(code: str) -> str:
    """The ISO 639 language of a canonical code: ``pt_BR`` → ``pt``, ``sr@latin`` → ``sr``."""
    return re.split(r"[-_@]", code, maxsplit=1)[0].lower()


def usual_script(language: str, region: str = "") -> str:
    """The script CLDR expects for a language (in a region): ``zh_TW`` → ``Hant``, ``ru`` → ``Cyrl``."""
    from babel.core import get_global

    likely = get_global("likely_subtags")
    subtags = likely.get(f"{language}_{region}") if region else None
    subtags = subtags or likely.get(language) or ""
    parts = subtags.split("_")
    return parts[1] if len(parts) > 2 else ""


def _unknown(code: str) -> str:
    return f"unknown language code {code!r} (use ISO 639 codes such as ru, uk, de, or pt-BR, zh-Hant)"


def _script_modifier(script: str) -> str:
    """gettext's ``@`` modifier for a script: ``Latn`` → ``latin``, ``Cyrl`` → ``cyrillic``."""
    from babel import Locale

    return Locale("en").scripts.get(script, script).split()[0].lower()


def _script_from_modifier(modifier: str, code: str) -> str:
    for script in _known_scripts():
        if _script_modifier(script) == modifier.lower():
            return script
    raise UserError(f"unknown script modifier in language code {code!r} (use e.g. sr@latin)")


@cache
def _known_languages() -> frozenset[str]:
    from babel import Locale

    return frozenset(Locale("en").languages) | {"tl"}


@cache
def _known_regions() -> frozenset[str]:
    from babel import Locale

    return frozenset(Locale("en").territories)


@cache
def _known_scripts() -> frozenset[str]:
    from babel import Locale

    return frozenset(Locale("en").scripts)
