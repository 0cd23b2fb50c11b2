"""URLs, e-mail addresses and social handles a translation must copy: which ones, and putting back a copy MT
changed.

A machine translation model reads ``www.parkseed.com``, ``press@bbc.co.uk`` or ``@AppleSupport`` as words: it
may space it out (``www. parkseed. com``), change a letter's case, write a Cyrillic letter for a Latin one, or
translate a part (``www.parksamen.com``). The ``urls`` check reports any such change. Where the target still
holds a changed copy, :func:`restore` puts the source's address back in its place and touches nothing around
it; where it holds none (the address dropped, or spelled out in other letters altogether) there is nothing to
put back, and the check's report stands for the translator.

A copy that differs only in spaces, case or look-alike letters is a slip whoever made it. A copy that differs in
letters too is put back only in machine output (``near=True``): a translator may have changed an address on
purpose (a German edition's page), and that is theirs to decide.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from newsl10n.spans import EMAIL_RE, HANDLE_RE, URL_RE

# What an address is; a handle (@AP) only where no e-mail address holds it.
_PATTERNS = (URL_RE, EMAIL_RE, HANDLE_RE)
# Example addresses a translator may localize (you@example.com, https://example.org/x).
EXAMPLE_RE = re.compile(r"(?:@|//|\.)(?:[\w-]+\.)*example\.(?:com|org|net)\b|\blocalhost\b")
# Cyrillic and Greek letters that look like Latin ones, as MT and keyboards swap them in an address.
_LOOK_ALIKES = str.maketrans(
    {
        cyrillic: latin
        for cyrillic, latin in zip("аеорсухіјѕԁАВЕКМНОРСТХУІЈЅ", "aeopcyxijsdABEKMHOPCTXYIJS", strict=True)
    }
    | {greek: latin for greek, latin in zip("οαρτνκιΟΑΡΤΝΚΙΒΕΗΜΖΥΧ", "oaptvkiOAPTNKIBEHMZYX", strict=True)}
)
# Nothing of an address: spaces of any width, soft hyphens, zero-width characters.
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
# What may stand around an address in a sentence without being part of it.
_LEADING = "([{«„“‘\"'"
_TRAILING = ".,;:!?)]}»“”’\"'…"
# The marks that join an address's parts, one of which stands beside a space MT put inside an address.
_JOINS = "./@:-_"
# A tag at a stretch's edge: an inline code of the PO form (<1>, </1>, <2/>) or a markup tag.
_TAG_RE = re.compile(r"<[^<>\s]*>")
_TAG_END_RE = re.compile(r"<[^<>\s]*>$")
# A near copy must be this similar (Indel ratio, 0-1) to the source's address, once spaces and case are gone.
_NEAR = 0.8
# An address spaced out by MT spans at most this many of the target's words.
_MOST_WORDS = 6


def may_hold_addresses(text: str) -> bool:
    """Whether ``text`` could hold a URL or an e-mail address at all (each needs one of these)."""
    return "@" in text or "://" in text or "www." in text


def addresses(text: str) -> list[str]:
    """The URLs, e-mail addresses and handles of ``text`` a translation copies unchanged, in order, repeats
    kept."""
    if not may_hold_addresses(text):
        return []
    return [match.group() for match in _found(text) if not EXAMPLE_RE.search(match.group())]


def _found(text: str) -> list[re.Match[str]]:
    """Every address in ``text`` in order; none inside another (a URL's ``/@user`` path, ``a@b.org``)."""
    found: list[re.Match[str]] = []
    for match in sorted(
        (match for pattern in _PATTERNS for match in pattern.finditer(text)),
        key=lambda m: (m.start(), -m.end()),
    ):
        if not found or match.start() >= found[-1].end():
            found.append(match)
    return found


def is_address_alone(text: str) -> bool:
    """A block that is one URL or e-mail address and nothing else (an embed's ``https://twitter.com/...``)."""
    text = text.strip()
    return may_hold_addresses(text) and any(pattern.fullmatch(text) for pattern in (URL_RE, EMAIL_RE))


def lost(source: str, target: str) -> list[str]:
    """The source's addresses the target does not hold as many times, each named once."""
    wanted = addresses(source)
    if not wanted:
        return []
    kept = [match.group() for match in _found(target)]
    return [address for address in dict.fromkeys(wanted) if kept.count(address) < wanted.count(address)]


@dataclass(frozen=True)
class Restored:
    text: str
    addresses: list[str]  # the addresses put back, in the order they were


def restore(source: str, target: str, near: bool = False) -> Restored:
    """The target with each lost address put back over its changed copy, where one is found."""
    put_back: list[str] = []
    wanted = addresses(source)
    for address in lost(source, target):
        missing = wanted.count(address) - addresses(target).count(address)
        for _ in range(missing):
            stretch = _changed_copy(address, target, near, frozenset(wanted))
            if stretch is None or target[stretch[0] : stretch[1]] == address:
                break
            start, end = stretch
            target = target[:start] + address + target[end:]
            put_back.append(address)
    return Restored(target, put_back)


def _changed_copy(address: str, target: str, near: bool, kept: frozenset[str]) -> tuple[int, int] | None:
    """Where the target holds ``address`` changed: the closest stretch of at most a few words, trimmed of the
    sentence's marks around it, that overlaps none of the source's addresses the target kept intact."""
    wanted = _folded(address)
    intact = [(m.start(), m.end()) for m in _found(target) if m.group() in kept]
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", target)]
    best: tuple[float, int, int] | None = None
    for first in range(len(words)):
        for last in range(first, min(first + _MOST_WORDS, len(words))):
            if last > first and not _spaced_out(target, words[last - 1][1], words[last][0]):
                break
            start, end = _trimmed(target, words[first][0], words[last][1], address)
            if start >= end or any(start < b and a < end for a, b in intact):
                continue
            stretch = target[start:end]
            if not any(mark in stretch for mark in "./@"):
                continue
            folded = _folded(stretch)
            score = 1.0 if folded == wanted else Indel.normalized_similarity(folded, wanted)
            if score < _NEAR and _site(wanted) is not None and _site(folded) == _site(wanted):
                score = _NEAR  # the same site with its path translated ("www.bbc.com/neuigkeiten")
            if best is None or score > best[0] or (score == best[0] and end - start < best[2] - best[1]):
                best = (score, start, end)
    if best is None or best[0] < (_NEAR if near else 1.0):
        return None
    return best[1], best[2]


def _site(folded: str) -> str | None:
    """A folded URL's scheme and host (``https://www.bbc.com``), or None for anything else."""
    match = re.match(r"(?:[a-z]+://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?=/)", folded)
    return match.group() if match else None


def _spaced_out(text: str, left: int, right: int) -> bool:
    """Whether the space between two words is inside a spaced-out address: a mark of one on either side
    (``www. parkseed``, ``info @ parkseed``), not two words of a sentence."""
    return text[left - 1] in _JOINS or text[right] in _JOINS


def _trimmed(text: str, start: int, end: int, address: str) -> tuple[int, int]:
    """The stretch without the tags, brackets, quotation marks and stops around it that the address lacks
    (``<1>www. parkseed. com</1>.``); a stretch with a tag inside is none (start == end)."""
    while start < end:
        tag = _TAG_RE.match(text, start, end)
        if tag:
            start = tag.end()
        elif text[start] in _LEADING and not address.startswith(text[start]):
            start += 1
        else:
            break
    while end > start:
        tag = _TAG_END_RE.search(text, start, end)
        if tag:
            end = tag.start()
        elif text[end - 1] in _TRAILING and not address.endswith(text[end - 1]):
            end -= 1
        else:
            break
    return (start, end) if "<" not in text[start:end] and ">" not in text[start:end] else (start, start)


def _folded(text: str) -> str:
    """What is left of an address when spaces, invisible characters, case and look-alike letters are not
    counted: ``Www. Раrkseed. com`` and ``www.parkseed.com`` fold alike."""
    text = unicodedata.normalize("NFKC", text).translate(_LOOK_ALIKES).casefold()
    return "".join(char for char in text if not char.isspace() and char not in _INVISIBLE)
