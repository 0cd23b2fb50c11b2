"""Quotation marks: each pair in a style the locale accepts, converted whole, never one mark of it.

Whether a mark opens or closes is read from its neighbours, not from its shape, because the same
character opens in English (“) and closes in German. An apostrophe between letters (перемир'я,
Russia's) or after a word with no single quote open (allies') is never a quote.

A locale may accept several styles (German „…“ and »…«): a pair in an accepted style is never a
problem. A pair in another style becomes the style the text already uses, or the profile's first.
A mark without its partner is converted only where a quotation plainly runs on from the sentence
before (an opening mark at the very start, a closing one whose source also closes a quotation opened
earlier) or on into the next (the reverse): sentence units of a multi-sentence quotation. Anywhere else
an unpaired mark is left for a translator.

Text reaching these rules has its protected spans masked (see :mod:`newsl10n.spans`), so quotes inside
markup attributes or code are never seen.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from newsl10n.model import Change
from newsl10n.spans import is_masked

DOUBLE = frozenset('"“”„«»‟')
SINGLE = frozenset("'‘’‚‹›")
STRAIGHT = frozenset("\"'")
_OPENS_AFTER = frozenset("([{/—–-\u2011")  # a quote right after these opens
_CLOSES_BEFORE = frozenset(".,;:!?)]}…—–-/")  # a quote right before these closes

# Wire copy's quotation marks (AP's ANPA feeds): `` opens, '' closes.
_WIRE_QUOTE_RE = re.compile(r"(?<!`)``(?!`)|(?<!')''(?!')")
_WIRE_CLOSE_RE = re.compile(r"[.,!?;:]''(?!')")  # a quotation closed after its punctuation: ,'' he said
# reST's ``literal`` (``'`'`` too), whose `` would look like wire copy's opening mark
_LITERAL_RE = re.compile(r"``\S(?:(?!'').)*?``")

Pair = tuple[str, str]


@dataclass(frozen=True)
class QuoteStyle:
    """The pairs a locale writes (first of each list) and accepts, for the outer and the inner level."""

    outer: tuple[Pair, ...]
    inner: tuple[Pair, ...] = ()

    def accepted(self, depth: int) -> tuple[Pair, ...]:
        return self.outer if depth % 2 == 0 or not self.inner else self.inner


@dataclass
class _Mark:
    index: int
    double: bool
    opening: bool
    depth: int = 0
    partner: int | None = None  # index of the other mark of its pair


def fix_quotes(
    text: str,
    style: QuoteStyle,
    *,
    errors_only: bool = False,
    source: str = "",
    lone_marks: bool = False,
    keep_literals: bool = False,
) -> tuple[str, list[Change]]:
    """Text with every pair not in an accepted style converted; one change line when anything changed.

    ``errors_only`` converts only straight pairs around prose (a translator's reviewed text keeps its
    style); ``source`` tells prose from a literal copied from it, and whether a quotation runs on.
    ``lone_marks`` converts every mark whose role its neighbours show, paired or not: for machine output,
    whose marks a word-by-word engine may have put anywhere. ``keep_literals`` leaves pairs around a
    literal (a placeholder, markup, code, words copied from the source) as the translator wrote them.
    """
    original = text
    wire: dict[int, str] = {}
    if _in_wire_marks(source):  # wire copy: its `` and '' are quotes (elsewhere '' may be a wiki's markup)
        text, wire = _wire_quotes_straight(text)
        source = _wire_quotes_straight(source)[0]
    marks = classify(text)
    if not marks:
        return original, []
    if lone_marks:  # machine output takes the desk's first choice, not any accepted style
        style = QuoteStyle(style.outer[:1], style.inner[:1])
    by_index = {mark.index: mark for mark in marks}
    lone_marks = lone_marks and not _ambiguous(text, marks)
    source_opens, source_closes = _unpaired_roles(source) if source else (False, False)
    chars = list(text)
    for mark in marks:
        if mark.partner is not None and mark.partner < mark.index:
            continue  # a pair is decided at its opening mark
        accepted = style.accepted(mark.depth)
        if mark.partner is None:
            if not lone_marks and not _runs_on(mark, text, marks, source_opens, source_closes):
                continue
            current = text[mark.index]
            if any(current == (pair[0] if mark.opening else pair[1]) for pair in accepted):
                continue
            if errors_only and current not in STRAIGHT:
                continue
            wanted = _used_style(text, marks, accepted, mark.depth) or accepted[0]
            chars[mark.index] = wanted[0] if mark.opening else wanted[1]
            continue
        close = by_index[mark.partner]
        current_pair = (text[mark.index], text[close.index])
        if current_pair in accepted:
            continue
        if errors_only and not set(current_pair) <= STRAIGHT:
            continue
        if (errors_only or keep_literals) and not _is_prose(text, mark.index, close.index, source):
            continue
        wanted = _used_style(text, marks, accepted, mark.depth) or accepted[0]
        chars[mark.index], chars[close.index] = wanted
    fixed = "".join(chars)
    if fixed == original:
        return original, []
    changed = [i for i in range(len(text)) if text[i] != fixed[i] or i in wire]
    old = " ".join(dict.fromkeys(wire.get(i, text[i]) for i in changed))
    new = " ".join(dict.fromkeys(fixed[i] for i in changed))
    return fixed, [Change("quotes", f"{old} → {new}")]


def _in_wire_marks(source: str) -> bool:
    """Whether the source writes quotation marks as wire copy does: one closed after its punctuation
    (,'' he said), or opened with `` where no reST ``literal`` is."""
    if _WIRE_CLOSE_RE.search(source):
        return True
    return "``" in source and _LITERAL_RE.search(source) is None


def _wire_quotes_straight(text: str) -> tuple[str, dict[int, str]]:
    """The text with wire copy's quotation marks (AP's ANPA feeds: ``like this,'' he said) made straight
    double quotes, which the rules then pair by their neighbours; and, by new offset, what each one was."""
    pieces: list[str] = []
    was: dict[int, str] = {}
    last = length = 0
    for match in _WIRE_QUOTE_RE.finditer(text):
        pieces.append(text[last : match.start()])
        length += match.start() - last
        was[length] = match.group()
        pieces.append('"')
        length += 1
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces), was


def classify(text: str) -> list[_Mark]:
    """The quotation marks of ``text`` with role, nesting depth and partner; apostrophes left out."""
    marks: list[_Mark] = []
    stack: list[_Mark] = []
    roles: dict[int, bool] = {}  # index -> opening?, for marks already decided
    for i, ch in enumerate(text):
        if ch not in DOUBLE and ch not in SINGLE:
            continue
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        left_open = not prev or prev.isspace() or prev in _OPENS_AFTER or roles.get(i - 1) is True
        right_open = not nxt or nxt.isspace() or nxt in _CLOSES_BEFORE or nxt in DOUBLE or nxt in SINGLE
        double = ch in DOUBLE
        if not double and _is_letter(prev) and _is_letter(nxt):
            continue  # apostrophe inside a word
        if ch == "'" and "'" in (prev, nxt):
            continue  # a run of apostrophes is a wiki's markup (two for italics, three for bold), not quotes
        if ch == '"' and prev.isdigit() and not any(m.double for m in stack):
            continue  # inches after a figure with no quotation open (16x12", 6'2"): a unit, not a quote
        if left_open and not right_open:
            opening = True
        elif right_open and not left_open:
            opening = False
        elif left_open and right_open:
            continue  # a mark standing alone between spaces: leave it
        else:
            opening = not any(m.double == double for m in stack)
        if not double and not opening and not any(not m.double for m in stack):
            continue  # closing single with none open: an apostrophe (allies’, ’90s)
        if opening:
            mark = _Mark(i, double, True, depth=len(stack))
            stack.append(mark)
        else:
            while stack and stack[-1].double != double:
                dropped = stack.pop()
                if not dropped.double:
                    marks.remove(dropped)  # a single that never closed was an apostrophe
                    roles.pop(dropped.index, None)
            opener = stack.pop() if stack else None
            mark = _Mark(i, double, False, depth=opener.depth if opener else len(stack))
            if opener is not None:
                opener.partner, mark.partner = i, opener.index
        marks.append(mark)
        roles[i] = mark.opening
    for leftover in stack:
        if not leftover.double:
            marks.remove(leftover)  # '90s: a single opening with no close is not a quote
    # a closing mark with no opener closes a quotation opened in an earlier sentence: all before it is inside
    for closer in [m for m in marks if not m.opening and m.partner is None]:
        for mark in marks:
            if mark.index < closer.index:
                mark.depth += 1
    return marks


def _is_letter(char: str) -> bool:
    return bool(char) and (char.isalnum() or is_masked(char))


def _unpaired_roles(source: str) -> tuple[bool, bool]:
    """Whether the source opens a quotation it does not close, and closes one it did not open."""
    marks = classify(source)
    unpaired = [m for m in marks if m.partner is None and m.double]
    return any(m.opening for m in unpaired), any(not m.opening for m in unpaired)


def _runs_on(mark: _Mark, text: str, marks: list[_Mark], source_opens: bool, source_closes: bool) -> bool:
    """An unpaired mark that opens (closes) a quotation running on into (from) another sentence.

    It must be the text's only unpaired double mark, the last double mark (an opener) or the first (a
    closer), and either sit at the very start (end) of the text or match a source that also opens
    (closes) a quotation it does not close (open): ``“No, no such proposal.`` or ``‘failed,’” he said.``
    """
    doubles = [m for m in marks if m.double]
    unpaired = [m for m in doubles if m.partner is None]
    if not mark.double or len(unpaired) != 1 or _stray_doubles(text, doubles):
        return False
    if mark.opening:
        return mark is doubles[-1] and (source_opens or not text[: mark.index].strip())
    return mark is doubles[0] and (source_closes or not text[mark.index + 1 :].strip(" .,;:!?…"))


def _ambiguous(text: str, marks: list[_Mark]) -> bool:
    """Marks whose roles contradict each other (two unpaired closers in a row, ``$"..."``) or cannot be read."""
    doubles = [m for m in marks if m.double]
    if _stray_doubles(text, doubles):
        return True
    lone = [m for m in doubles if m.partner is None]
    return any(a.opening == b.opening for a, b in itertools.pairwise(lone))


def _stray_doubles(text: str, doubles: list[_Mark]) -> bool:
    """Double marks the classifier could not place (standing alone): the text's quoting is unclear."""
    return sum(1 for ch in text if ch in DOUBLE) != len(doubles)


def _used_style(text: str, marks: list[_Mark], accepted: tuple[Pair, ...], depth: int) -> Pair | None:
    """An accepted pair the text already uses at this level, so a converted pair matches its neighbours."""
    for mark in marks:
        if mark.opening and mark.partner is not None and mark.depth % 2 == depth % 2:
            pair = (text[mark.index], text[mark.partner])
            if pair in accepted:
                return pair
    return None


def _is_prose(text: str, start: int, end: int, source: str) -> bool:
    """Whether the quoted stretch is prose a reader sees as a quotation, not a literal or a name of code.

    A literal holds a protected span (placeholder, option, code), has no letters, or was copied word for
    word from the source (an option value, a command, a section title left in English).
    """
    inner = text[start + 1 : end].strip()
    if not inner or any(is_masked(ch) for ch in inner) or not any(ch.isalpha() for ch in inner):
        return False
    if not (inner[0].isalpha() or inner[0] in "«„“‚‘") or "_" in inner:
        return False  # '#: назва_файлу:рядок', '-sd', '.de': a literal
    return not (source and inner in source)
