"""Translation QA in the manner of translate-toolkit's pofilter, with its short check names.

These checks know nothing of the language: they compare the shape of the source and the target
(placeholders, URLs, line breaks, outer whitespace, brackets and quotes, doubled spaces).
"""

from __future__ import annotations

import re
from collections import Counter

from newsl10n.model import Change, Problem, Segment
from newsl10n.spans import EMAIL_RE, URL_RE

# printf: %s %d %5.2f %(name)s; a % after a digit ("50%") or before a space is a percent sign.
PRINTF_RE = re.compile(r"(?<![\d%])%(?:\(\w+\))?[-+#0]?\d*(?:\.\d+)?[sdifxXeEgGcru]")
BRACE_RE = re.compile(r"(?<!\{)\{(?:\w+(?:[.\[]\w+\]?)*)?(?:![rsa])?(?::[^{}]*)?\}(?!\})")
_BRACKETS = {")": "(", "]": "[", "}": "{"}


class QAChecker:
    """Checker protocol (see newsl10n.checks) for pofilter-style checks."""

    name = "qa"

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def hints(self, segment: Segment) -> list[str]:
        return []

    def check(self, segment: Segment) -> list[Problem]:
        source, target = segment.source, segment.target
        if not target.strip():
            return [Problem("untranslated", "no translation yet")]
        problems: list[Problem] = []
        for check, rx in (("printf", PRINTF_RE), ("brace", BRACE_RE)):
            missing, extra = _compare(rx.findall(source), rx.findall(target))
            if missing or extra:
                problems.append(Problem(check, _mismatch(missing, extra)))
        links = [*URL_RE.findall(source), *EMAIL_RE.findall(source)]
        kept = [*URL_RE.findall(target), *EMAIL_RE.findall(target)]
        lost = [link for link in dict.fromkeys(links) if kept.count(link) < links.count(link)]
        if lost:
            problems.append(Problem("urls", "not copied unchanged: " + ", ".join(lost)))
        if source.count("\n") != target.count("\n"):
            problems.append(
                Problem(
                    "newlines",
                    f"source has {source.count(chr(10))} line break(s), target {target.count(chr(10))}",
                )
            )
        if _lead(source) != _lead(target) or _trail(source) != _trail(target):
            problems.append(Problem("whitespace", "leading or trailing whitespace differs from the source"))
        if _balanced(source) and not _balanced(target):
            problems.append(Problem("brackets", "unbalanced brackets or quotation marks in the target"))
        if "  " in target.strip() and "  " not in source.strip():
            problems.append(Problem("doublespaces", "double space in the target"))
        return problems

    def fix(self, segment: Segment) -> list[Change]:
        """Give the target the source's outer whitespace; the rest needs a translator."""
        target = segment.target
        if not target.strip():
            return []
        fixed = _lead(segment.source) + target.strip() + _trail(segment.source)
        if fixed == target:
            return []
        segment.target = fixed
        return [Change("whitespace", "leading/trailing whitespace now matches the source")]


def _compare(source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    want, have = Counter(source), Counter(target)
    return sorted((want - have).elements()), sorted((have - want).elements())


def _mismatch(missing: list[str], extra: list[str]) -> str:
    parts = []
    if missing:
        parts.append("missing " + " ".join(missing))
    if extra:
        parts.append("unexpected " + " ".join(extra))
    return "; ".join(parts)


def _lead(text: str) -> str:
    return text[: len(text) - len(text.lstrip())]


def _trail(text: str) -> str:
    return text[len(text.rstrip()) :]


def _balanced(text: str) -> bool:
    """Brackets nest properly and paired quotation marks come in pairs (any locale's style)."""
    stack: list[str] = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in _BRACKETS and (not stack or stack.pop() != _BRACKETS[ch]):
            return False
    if stack:
        return False
    if text.count("«") != text.count("»") or text.count("‹") != text.count("›"):
        return False
    # „“ (de, ru nested), “” (en), „” (pl): as long as the curly double marks pair up
    return (text.count("„") + text.count("“") + text.count("”")) % 2 == 0 and text.count('"') % 2 == 0
