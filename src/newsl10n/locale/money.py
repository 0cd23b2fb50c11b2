"""Money and large amounts: "$19.3 billion", "€5 million", "$400m", "1.5 trillion rubles".

The locale's words for thousand/million/billion/trillion come from CLDR's compact decimal data
(short "млрд", "Mrd." and long "миллиарда", "Milliarden"), so a new language needs no table here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import format_compact_currency, format_compact_decimal, format_currency

from newsl10n.locale.numbers import english_decimal
from newsl10n.spans import mask

_SIGNS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH"}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnas": "UAH",
    "yuan": "CNY",
    "yen": "JPY",
}
SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}  # English scale words
_DIGIT_RE = re.compile(r"\d")
_ABBREVIATIONS = {"k": 3, "m": 6, "mn": 6, "mln": 6, "bn": 9, "b": 9, "tn": 12, "trn": 12}

_AMOUNT_RE = re.compile(
    r"(?:(?P<sign>US\$|[$€£¥₽₴])\s?)?"
    r"(?<![\w.,])(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?!\d|[.,]\d)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion)\b|(?P<abbr>k|mn|mln|m|bn|b|tn|trn)\b)?"
    # "200 pounds of cocaine" is a weight, not money
    r"(?:\s+(?:US\s+)?(?P<word>dollars?|euros?|pounds?(?!\s+of\b)|r(?:o)?ubles?|hryvnias?|hryvnas|yuan|yen)\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Amount:
    """A sum of money or a large amount in the source."""

    text: str  # as written, e.g. "$19.3 billion"
    number: Decimal  # 19.3
    exponent: int  # 9 for billion, 0 when no scale word
    currency: str | None  # ISO code, e.g. "USD"
    decimals: int  # digits after the decimal point in the source
    start: int  # offsets into the masked source (see spans.mask)
    end: int

    @property
    def value(self) -> Decimal:
        return self.number.scaleb(self.exponent).normalize()


@lru_cache(maxsize=1 << 15)  # a big run's every source, for each language's checker in turn
def find_amounts(source: str) -> tuple[Amount, ...]:
    """Amounts in an English source: a number with a currency sign/word or a scale word (or both).

    Cached: every checker of every language asks about the same source.
    """
    if not _DIGIT_RE.search(source):
        return ()  # every amount has digits
    masked, _ = mask(source)
    amounts: list[Amount] = []
    for match in _AMOUNT_RE.finditer(masked):
        sign, scale, abbr, word = match.group("sign", "scale", "abbr", "word")
        if abbr and not sign:
            continue  # "5m" alone is metres; "$5m" is money
        if not (sign or scale or abbr or word):
            continue
        exponent = SCALES[scale.lower()] if scale else _ABBREVIATIONS[abbr.lower()] if abbr else 0
        currency = _SIGNS[sign] if sign else _CURRENCY_WORDS[word.lower()] if word else None
        number = match.group("num")
        amounts.append(
            Amount(
                text=match.group().strip(),
                number=english_decimal(number),
                exponent=exponent,
                currency=currency,
                decimals=len(number.partition(".")[2]),
                start=match.start(),
                end=match.end(),
            )
        )
    return tuple(amounts)


def locale_amount(amount: Amount, lang: str) -> str:
    """The amount as the locale's desk writes it (CLDR compact form), with plain spaces for reading."""
    locale = lang.replace("-", "_")
    value = amount.value
    if amount.exponent and amount.currency:
        text = format_compact_currency(value, amount.currency, locale=locale, fraction_digits=amount.decimals)
    elif amount.exponent:
        text = format_compact_decimal(value, locale=locale, fraction_digits=amount.decimals)
    else:
        pattern = Locale.parse(locale).currency_formats["standard"].pattern.replace(".00", ".##")
        text = format_currency(value, amount.currency, format=pattern, locale=locale, currency_digits=False)
    return text.replace("\xa0", " ").replace("\u202f", " ")


def amount_hint(amount: Amount, lang: str) -> str:
    """A glossary-style extracted comment: ``amount: $19.3 billion → 19,3 млрд $``."""
    return f"amount: {amount.text} → {locale_amount(amount, lang)}"


@lru_cache(maxsize=32)
def scale_words(lang: str) -> tuple[dict[str, int], tuple[tuple[str, int], ...]]:
    """CLDR's words for 10^3..10^12 in ``lang``: exact short forms, and stems of the long forms.

    Long forms are matched by stem so that case forms CLDR does not list ("миллиардами") count too.
    """
    locale = Locale.parse(lang.replace("-", "_"))
    exact: dict[str, int] = {}
    long_forms: dict[int, set[str]] = {}
    for kind in ("short", "long"):
        for patterns in locale.compact_decimal_formats.get(kind, {}).values():
            for magnitude, pattern in patterns.items():
                exponent = len(magnitude) - 1
                if exponent % 3:
                    continue
                word = (
                    "".join(pattern.suffix[0].split()).replace("'", "").lower()
                    or "".join(pattern.prefix[0].split()).replace("'", "").lower()
                )
                if not word or not any(ch.isalpha() for ch in word):
                    continue
                exact[word.rstrip(".")] = exponent
                if kind == "long":
                    long_forms.setdefault(exponent, set()).add(word)
    stems = []
    for exponent, forms in long_forms.items():
        stem = _common_prefix(sorted(forms))
        if len(stem) >= 4:
            stems.append((stem, exponent))
    return exact, tuple(stems)


def scale_of(lang: str, word: str) -> int | None:
    """The power of ten a locale word stands for ("млрд." → 9, "Milliarden" → 9), or None."""
    exact, stems = scale_words(lang)
    key = word.lower().rstrip(".")
    if key in exact:
        return exact[key]
    for stem, exponent in stems:
        if key.startswith(stem):
            return exponent
    return None


def _common_prefix(words: list[str]) -> str:
    first, last = words[0], words[-1]
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]
