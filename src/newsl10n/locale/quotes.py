"""Quotation marks: whatever the source or the MT used (“…”, "…", «…», ‘…’) becomes the locale's pair.

Whether a mark opens or closes is read from its neighbours, not from its shape, because the same
character opens in English (“) and closes in German. An apostrophe between letters (перемир'я,
Russia's) or after a word with no single quote open (allies') is never a quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsl10n.model import Change

DOUBLE = frozenset('"“”„«»‟')
SINGLE = frozenset("'‘’‚‹›")
_OPENS_AFTER = frozenset("([{/—–-\u2011")  # a quote right after these opens
_CLOSES_BEFORE = frozenset(".,;:!?)]}…—–-/")  # a quote right before these closes


@dataclass
class _Mark:
    index: int
    double: bool
    opening: bool
    depth: int = 0


def fix_quotes(text: str, primary: tuple[str, str], nested: tuple[str, str] | None) -> tuple[str, list[str]]:
    """Text with every quotation mark in the locale's style; one change line when anything changed."""
    marks = _classify(text)
    if not marks:
        return text, []
    chars = list(text)
    for mark in marks:
        pair = primary if mark.depth % 2 == 0 or nested is None else nested
        chars[mark.index] = pair[0] if mark.opening else pair[1]
    fixed = "".join(chars)
    if fixed == text:
        return text, []
    old = " ".join(dict.fromkeys(text[m.index] for m in marks))
    new = " ".join(dict.fromkeys(fixed[m.index] for m in marks))
    return fixed, [Change("quotes", f"{old} → {new}")]


def _classify(text: str) -> list[_Mark]:
    """The quotation marks of ``text``, each with its role and nesting depth; apostrophes left out."""
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
        if not double and prev.isalnum() and nxt.isalnum():
            continue  # apostrophe inside a word
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
        marks.append(mark)
        roles[i] = mark.opening
    for leftover in stack:
        if not leftover.double:
            marks.remove(leftover)  # '90s: a single opening with no close is not a quote
    return marks
