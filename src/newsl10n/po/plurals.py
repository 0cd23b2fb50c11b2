"""The header's ``Plural-Forms``: reading it and checking it as ``msgfmt -c`` does.

The expression is compiled with the standard library's ``gettext.c2py`` (the same C subset gettext
accepts) and evaluated for n = 0..1000, which is how msgfmt finds formulas that yield a form index
out of range or divide by zero, and which forms a formula uses "often" (at least five times):
msgfmt requires those forms to keep every placeholder of ``msgid_plural``.
"""

from __future__ import annotations

import functools
import gettext
import re
from dataclasses import dataclass

_NPLURALS = re.compile(r"nplurals=[ \t\n\r\f\v]*([0-9]*)")
_PLURAL = re.compile(r"plural=([^;\n]*)")
_OFTEN = 5
_SAMPLE = range(1001)


class PluralFormsError(ValueError):
    """The header's Plural-Forms is unusable; the message is msgfmt's wording."""


@dataclass(frozen=True)
class PluralForms:
    """A valid Plural-Forms: how many forms, the formula, and which forms it uses often."""

    nplurals: int
    expression: str
    often: tuple[bool, ...]

    def form(self, n: int) -> int:
        return int(gettext.c2py(self.expression)(n))


# The formula gettext assumes when a catalog has none: form 0 for n == 1 only, form 1 otherwise.
GERMANIC = PluralForms(2, "n != 1", (False, True))


def read_plural_forms(header_msgstr: str) -> PluralForms | None:
    """The header's plural rule, None when it has no ``nplurals=`` or no ``plural=``.

    Raises :class:`PluralFormsError` for a rule msgfmt -c rejects. Like msgfmt, this looks for the
    two attributes anywhere in the header.
    """
    nplurals_match = _NPLURALS.search(header_msgstr)
    plural_match = _PLURAL.search(header_msgstr)
    if nplurals_match is None or plural_match is None:
        return None
    if not nplurals_match.group(1):
        raise PluralFormsError("invalid nplurals value")
    return _plural_forms(int(nplurals_match.group(1)), plural_match.group(1).strip())


@functools.lru_cache(maxsize=64)
def _plural_forms(nplurals: int, expression: str) -> PluralForms:
    """Checked once per rule: catalogs of one language share it."""
    try:
        function = gettext.c2py(expression)
    except (ValueError, SyntaxError):
        raise PluralFormsError("invalid plural expression") from None
    counts = [0] * nplurals
    try:
        for n in _SAMPLE:
            value = function(n)
            if value < 0:
                raise PluralFormsError("plural expression can produce negative values")
            if value >= nplurals:
                raise PluralFormsError(
                    f"nplurals = {nplurals} but plural expression can produce values as large as {value}"
                )
            counts[value] += 1
    except ZeroDivisionError:
        raise PluralFormsError("plural expression can produce division by zero") from None
    return PluralForms(nplurals, expression, tuple(count >= _OFTEN for count in counts))
