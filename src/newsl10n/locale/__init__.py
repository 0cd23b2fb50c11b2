"""Locale stage: make numbers, amounts, quotes and typography read as a local desk would write them.

CLDR data (through babel) settles number marks and scale words; ``locales/<lang>.toml`` holds the
desk's own choices. See :mod:`newsl10n.locale.checker` for what is checked and fixed.
"""

from __future__ import annotations

from newsl10n.locale.checker import LocaleChecker
from newsl10n.locale.profile import LocaleProfile, load_profile

__all__ = ["LocaleChecker", "LocaleProfile", "load_profile"]
