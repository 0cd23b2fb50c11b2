"""News-aware sentence splitting: pysbd as the base, news rules on top.

pysbd handles the general English cases well (its "Golden Rules"), but news copy trips it up in
predictable places: "the U.K. But ...", "Pres. Biden", "approx. 3 p.m.", "10 a.m. EST", URLs with a
query string, a sentence ending inside single quotes. Rather than re-implementing a segmenter, pysbd's
boundaries are taken as offsets and then corrected: boundaries it put inside a URL, dateline, quote or
parenthesis, or after an abbreviation that cannot end a sentence, are removed; boundaries it missed after
a sentence-final abbreviation or a closing quote followed by a typical sentence opener are added.

Working on offsets means the sentences are always exact slices of the paragraph, so joining them with
single spaces gives the paragraph back and a caller can map each sentence to its source position.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pysbd

_SPACE_RE = re.compile(r"[ \t\r\n\f\v]+")


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Abbreviations written before a name; they never end a sentence in news copy ("Pres. Biden").
_TITLES = _wordset(
    "adm amb atty brig capt cmdr col cpl gen gens gov hon insp lt maj messrs mr mrs ms mt ft pres prof pvt "
    "rep reps rev sen sens sgt st supt dr"
)
# Abbreviations that are followed by a number ("No. 10", "approx. 200", "Dec. 20").
_BEFORE_NUMBER = _wordset(
    "no nos vol art approx ca p pp fig ch sec para ext tel est "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
# Abbreviations that can also end a sentence ("aid from the U.S. The Pentagon said ...").
_SENTENCE_FINAL = _wordset("u.s u.k u.n e.u d.c u.s.a a.m p.m inc corp co ltd jr sr bros plc etc st ave")
# Words that follow a company name or a time and so continue the sentence ("Sony Co. Ltd.", "10 a.m. EST").
_CONTINUATIONS = _wordset(
    "inc corp co ltd llc plc s.a ag gmbh est edt et gmt utc bst cet cest pst pdt cst cdt mst mdt msk eet eest"
)
# Capitalized words that typically open a sentence and are not names; after a sentence-final
# abbreviation or a closing quote they signal a new sentence.
_STARTERS = _wordset(
    "the a an he she it they we i you but and or so yet in on at for from with after before since when while "
    "as if this that these those there here his her its their our my some many most all both each such "
    "what why how who where despite during under however meanwhile still also then now earlier later "
    "according asked last one two three"
)

_URL_RE = re.compile(
    r"(?:\bhttps?://|\bwww\.)\S+"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|io|info|eu|uk|ua|ru|de)(?:/\S*)?(?![\w-])",
    re.IGNORECASE,
)
_URL_TRAILING_RE = re.compile(r"[.,;:!?)\]}'\"”’]+$")
# "KYIV, Dec 13 (Reuters) - ", "WASHINGTON, Dec. 13 (Reuters) - ", "KYIV, Ukraine (AP) — ".
_DATELINE_RE = re.compile(
    r"^[A-Z][A-Z'’./ -]*[A-Z.](?:,\s+[A-Z][A-Za-z0-9.,'’ -]{0,40}?)?\s*\([^()]{1,40}\)\s*[-–—]+\s"
)
_ENCLOSED_RES = (
    re.compile(r"“[^“”]*”"),
    re.compile(r"\([^()]*\)"),
    re.compile(r"\[[^\[\]]*\]"),
)
_STRAIGHT_QUOTED_RE = re.compile(r'"[^"]*"')
_LAST_TOKEN_RE = re.compile(r"(\S+)\s*$")
_FIRST_WORD_RE = re.compile(r"^\S+")
_LEADING_ELLIPSIS_RE = re.compile(r"^(?:\.(?: ?\.){2,3}|…)(?=\s)")
_LIST_MARKER_RE = re.compile(r"^(?:[a-z]|[ivx]+)[.)]\s")
# A gap where a missed sentence boundary may sit: ". " after an abbreviation or a closing quote.
_GAP_RE = re.compile(r"(?<=[.!?…])(['’”\"]?)(\s+)(?=[A-Z])")


@cache
def _segmenter() -> pysbd.Segmenter:
    """One pysbd segmenter for the process: building it compiles many regexes."""
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def normalize_space(text: str) -> str:
    """Collapse runs of ASCII whitespace to one space and trim; inner no-break spaces are kept."""
    return _SPACE_RE.sub(" ", text).strip()


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, trimmed; joined by single spaces they give the paragraph back."""
    text = normalize_space(paragraph)
    return [text[start:end] for start, end in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, which must already be space-normalized."""
    if not text:
        return []
    protected = _protected_spans(text)
    boundaries = _pysbd_boundaries(text)
    boundaries = [b for b in boundaries if not _inside(b, protected)]
    boundaries = _merge_wrong_splits(text, boundaries)
    boundaries = sorted(set(boundaries) | set(_missed_boundaries(text, protected)))
    boundaries = [_after_leading_ellipsis(text, b) for b in boundaries]
    edges = [0, *sorted(set(b for b in boundaries if 0 < b < len(text))), len(text)]
    spans = []
    for start, end in itertools.pairwise(edges):
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
    return spans


def _pysbd_boundaries(text: str) -> list[int]:
    """Offsets where pysbd starts a new sentence, found by locating its sentences in ``text``."""
    boundaries = []
    cursor = 0
    for sentence in _segmenter().segment(text):
        sentence = sentence.strip()
        if not sentence:
            continue
        found = text.find(sentence, cursor)
        if found < 0:  # pysbd rewrote the text here; trust only what can be located
            continue
        if found > 0:
            boundaries.append(found)
        cursor = found + len(sentence)
    return boundaries


def _protected_spans(text: str) -> list[tuple[int, int]]:
    """Stretches no sentence boundary may fall inside: URLs, e-mails, the dateline, quotes, brackets."""
    spans = []
    for match in _URL_RE.finditer(text):
        trimmed = _URL_TRAILING_RE.sub("", match.group())
        spans.append((match.start(), match.start() + len(trimmed)))
    dateline = _DATELINE_RE.match(text)
    if dateline:
        spans.append((0, dateline.end()))
    for pattern in _ENCLOSED_RES:
        spans.extend(match.span() for match in pattern.finditer(text))
    if text.count('"') % 2 == 0:  # pair straight quotes only when they can all be paired
        spans.extend(match.span() for match in _STRAIGHT_QUOTED_RE.finditer(text))
    return spans


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < offset < end for start, end in spans)


def _last_token(text: str) -> str:
    match = _LAST_TOKEN_RE.search(text)
    return match.group(1) if match else ""


def _bare(token: str) -> str:
    """A token without surrounding brackets/quotes and its final period, lower-cased: ``(U.S.`` -> ``u.s``."""
    return token.strip("([{\"'“‘”’)]}").lower().removesuffix(".")


def _merge_wrong_splits(text: str, boundaries: list[int]) -> list[int]:
    """Drop pysbd boundaries that a news reader would not accept."""
    kept: list[int] = []
    for index, boundary in enumerate(boundaries):
        start = kept[-1] if kept else 0
        end = boundaries[index + 1] if index + 1 < len(boundaries) else len(text)
        if not _is_wrong_split(text[start:boundary].rstrip(), text[boundary:end]):
            kept.append(boundary)
    return kept


def _is_wrong_split(before: str, after: str) -> bool:
    """Whether a boundary between ``before`` and ``after`` splits one sentence in two."""
    first_match = _FIRST_WORD_RE.match(after)
    if not first_match or not before:
        return False
    first = first_match.group()
    token = _last_token(before)
    bare = _bare(token)
    ends_with_period = token.endswith(".")
    if first[0].islower() and not _LIST_MARKER_RE.match(after) and not re.match(r"[a-z]+[A-Z]", first):
        return True  # "4.0 pct. in the third quarter", "Yahoo! in the department"
    if not ends_with_period:
        return False
    starter = first.strip("\"'“‘(").lower() in _STARTERS
    if bare in _TITLES and not starter:
        return True  # "Pres. Biden"
    if bare in _BEFORE_NUMBER and first[0].isdigit():
        return True  # "approx. 3 p.m."
    if first.lower().rstrip(".,;:") in _CONTINUATIONS:
        return True  # "Sony Co. Ltd.", "10 a.m. EST"
    return (
        re.fullmatch(r"(?:[A-Z]\.)+", token) is not None
        and re.search(r"[A-Z][\w.]*\s+\S+$", before) is not None
        and first[0].isupper()
        and not starter
        and bare not in _SENTENCE_FINAL
    )  # initials: "Robert F. Kennedy"


def _missed_boundaries(text: str, protected: list[tuple[int, int]]) -> list[int]:
    """Boundaries pysbd missed: a sentence-final abbreviation or closing quote, then a sentence opener."""
    found = []
    for gap in _GAP_RE.finditer(text):
        boundary = gap.end()
        quote = gap.group(1)
        if _inside(boundary, protected) or (not quote and _inside(gap.start(), protected)):
            continue
        following = _FIRST_WORD_RE.match(text[boundary:])
        if not following or following.group().lower().rstrip(",;:") not in _STARTERS:
            continue
        if quote or _bare(_last_token(text[: gap.start()])) in _SENTENCE_FINAL:
            found.append(boundary)
    return found


def _after_leading_ellipsis(text: str, boundary: int) -> int:
    """Move a boundary past an ellipsis that pysbd left at the start of the next sentence."""
    if boundary <= 0 or text[:boundary].rstrip()[-1:] not in (".", "!", "?"):
        return boundary
    match = _LEADING_ELLIPSIS_RE.match(text[boundary:])
    if not match:
        return boundary
    rest = text[boundary + match.end() :]
    return boundary + match.end() + (len(rest) - len(rest.lstrip()))
