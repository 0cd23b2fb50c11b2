"""Translation QA in the manner of translate-toolkit's pofilter, with its short check names.

These checks know nothing of the language: they compare the shape of the source and the target
(placeholders, inline codes, markup, URLs, line breaks, outer whitespace, brackets and quotes, doubled
spaces). What is prose and what is not comes from :mod:`newsl10n.spans`: brackets and spaces are judged
in prose only, never inside markup or code.

Each check reports only what a translator would fix: a placeholder lost or added, a code or tag
missing, a URL changed, whitespace at an edge that the source has and the target lacks (or the
reverse). Where translators legitimately differ from the source (re-wrapping a long message, aligning
a usage line with more spaces), nothing is reported, or only under ``strict``.
"""

from __future__ import annotations

import re
from collections import Counter

from newsl10n import addresses, richtext
from newsl10n.checks import Selection
from newsl10n.model import Change, Problem, Segment
from newsl10n.spans import prose

# printf (C, Python, Perl), Python's %(name)s, Ruby's %{name}, Qt's %1 and %L1; a % after a digit ("50%")
# or before a space is a percent sign. %a/%A are left out: in messages they are strftime's weekday names
# ("%a, %d %B %Y"), which a translator may change, far more often than C's hex floats.
PRINTF_RE = re.compile(
    r"(?<![\d%])%(?P<c>(?:\d+\$)?[-+#0']*(?P<w>\d+|\*)?(?:\.(?P<p>\d+|\*))?"
    r"(?P<len>hh|h|ll|l|L|q|j|z|Z|t)?[diouxXeEfFgGcsSp])"
    r"|%\((?P<name>\w+)\)[-+#0]*\d*(?:\.\d+)?(?P<pc>[diouxXeEfFgGcrsa])|%\{\w+\}|%L?\d{1,2}(?![\d$])"
)
BRACE_RE = re.compile(r"(?<!\{)\{(?:\w+(?:[.\[]\w+\]?)*)?(?:![rsa])?(?::[^{}]*)?\}(?!\})")
TAG_RE = re.compile(
    r"(?<!(?<!\w)[A-Z])<(?P<close>/)?(?P<name>[A-Za-z_][\w:.-]*)(?P<attrs>\s[^<>]*?)?(?P<empty>/)?>"
)
_BRACKETS = {")": "(", "]": "[", "}": "{"}
_SUBSTITUTION_RE = re.compile(r"%[A-Z][A-Z0-9_]*%")
# inside a line, not after a label's colon ("Committer:  %s" aligns with "Author:     %s"); indentation after
# a line break is layout
_DOUBLE_SPACE_RE = re.compile(r"[^\s:]  +\S")
_FOREIGN_CODE_RE = re.compile(r"(?<![\w<])</?([1-9][0-9]{0,3})/?>")


class QAChecker:
    """Checker protocol (see newsl10n.checks) for pofilter-style checks."""

    name = "qa"

    def __init__(self, lang: str, selection: Selection | None = None) -> None:
        self.lang = lang
        self.selection = selection or Selection()

    def hints(self, segment: Segment) -> list[str]:
        return []

    def check(self, segment: Segment) -> list[Problem]:
        source, target = segment.source, segment.target
        runs = self.selection.runs
        if not target.strip():
            return [Problem("untranslated", "no translation yet")] if runs("untranslated") else []
        problems: list[Problem] = []
        if runs("printf"):
            wanted = printf_placeholders(source)
            missing, extra = _compare(wanted, printf_placeholders(target, glued_ok=not wanted))
            if missing or extra:
                problems.append(Problem("printf", _mismatch(missing, extra)))
        if runs("brace"):
            missing, extra = _compare(brace_placeholders(source), brace_placeholders(target))
            if missing or extra:
                problems.append(Problem("brace", _mismatch(missing, extra)))
        if runs("tags"):
            problems.extend(
                Problem("tags", line) for line in richtext.tag_problems(source, target, _code_ids(segment))
            )
        if runs("markup"):
            problems.extend(Problem("markup", line) for line in markup_problems(source, target))
        if runs("urls") and (lost := addresses.lost(source, target)):
            problems.append(Problem("urls", "not copied unchanged: " + ", ".join(lost)))
        if runs("whitespace") and _edges(source) != _edges(target):
            problems.append(Problem("whitespace", _edge_message(source, target)))
        if runs("newlines") and _breaks_differ(source, target, self.selection.strict):
            problems.append(
                Problem(
                    "newlines",
                    f"source has {_inner_breaks(source)} line break(s) inside, target {_inner_breaks(target)}",
                )
            )
        source_prose, target_prose = prose(source), prose(target)
        if runs("brackets") and _imbalance(source_prose) is None and (wrong := _imbalance(target_prose)):
            problems.append(Problem("brackets", f"unbalanced in the target: {wrong}"))
        if runs("doublespaces") and _DOUBLE_SPACE_RE.search(target_prose) and "  " not in source.strip():
            problems.append(Problem("doublespaces", "double space in the target"))
        return problems

    def fix(self, segment: Segment) -> list[Change]:
        """Put back the addresses a translation changed; give the target the source's outer whitespace."""
        if not segment.target.strip():
            return []
        return self._fix_addresses(segment) + self._fix_edges(segment)

    def _fix_addresses(self, segment: Segment) -> list[Change]:
        """A changed copy of an address goes back to the source's spelling: a near one (letters changed) only
        in machine output, where the desk's style applies; a translator may have changed those on purpose."""
        if not self.selection.runs("urls"):
            return []
        restored = addresses.restore(segment.source, segment.target, near=self.selection.house_style)
        segment.target = restored.text
        return [
            Change("urls", f"put back {address} as the source writes it") for address in restored.addresses
        ]

    def _fix_edges(self, segment: Segment) -> list[Change]:
        """Give the target the source's outer whitespace where one has it and the other not."""
        target = segment.target
        if not self.selection.runs("whitespace") or self.selection.verbatim:
            return []  # a verbatim block's whitespace is reported, never changed
        if _edges(segment.source) == _edges(target):
            return []
        lead = _lead(segment.source) if bool(_lead(segment.source)) != bool(_lead(target)) else _lead(target)
        trail = _trail(segment.source) if _edges(segment.source)[1] != _edges(target)[1] else _trail(target)
        segment.target = lead + target.strip() + trail
        return [Change("whitespace", "leading/trailing whitespace now matches the source")]


def _code_ids(segment: Segment) -> frozenset[int] | None:
    """The segment's inline-code numbers; for another tool's catalog, the ``<n>`` of the source that are
    not POD sequences (``B<5>``) or comparisons (``a<5>b``)."""
    if segment.code_ids is not None:
        return segment.code_ids
    return frozenset(int(number) for number in _FOREIGN_CODE_RE.findall(segment.source))


def brace_placeholders(text: str) -> list[str]:
    """``{name}``, ``{0}``, ``{}``: not ``{HEXNUMBER}``, a metavariable a translator may translate."""
    return [found for found in BRACE_RE.findall(text) if not _is_metavariable(found[1:-1])]


def _is_metavariable(name: str) -> bool:
    """HEXNUMBER, ПЕРЕМЕННАЯ: a word in capitals a translator may translate, not a field name."""
    return name[:1].isalpha() and name.replace("_", "").replace(".", "").isupper()


def printf_placeholders(text: str, glued_ok: bool = False) -> list[str]:
    """The placeholders a formatting call fills, each in a normal form that ignores position and width.

    ``%1$s`` and ``%s`` are the same argument for a translator's purpose (reordering is allowed), and so
    are ``%-20s`` and ``%s`` (padding is layout); ``%.*s`` is not ``%s`` (it takes two arguments).
    ``glued_ok`` (a source with no placeholders) drops matches glued to a letter: "das %-Symbol".
    """
    if "%" not in text:
        return []
    text = _SUBSTITUTION_RE.sub("", text)  # %PKGDATADIR%: a build-time substitution, not a placeholder
    found = []
    for match in PRINTF_RE.finditer(text):
        if glued_ok and text[match.end() : match.end() + 1].isalpha():
            continue
        if match.group("c"):
            width = "*" if match.group("w") == "*" else ""
            precision = ".*" if match.group("p") == "*" else ""
            found.append(f"%{width}{precision}{match.group('len') or ''}{match.group('c')[-1]}")
        else:
            found.append(match.group())
    return found


def markup_problems(source: str, target: str) -> list[str]:
    """Markup tags of the source missing from the target, or added; pairs that no longer nest.

    Only markup counts: tags the source closes, empties (``<br/>``) and tags with attributes. A ``<file>``
    or ``<standard input>`` in a message is a metavariable a translator may translate, not markup.
    """
    if "<" not in source:
        return []
    source_tags = list(TAG_RE.finditer(source))
    real = {
        m.group("name")
        for m in source_tags
        if m.group("close") or m.group("empty") or "=" in (m.group("attrs") or "")
    }
    if not real:
        return []
    wanted = Counter(_tag_key(m) for m in source_tags if m.group("name") in real)
    have = Counter(_tag_key(m) for m in TAG_RE.finditer(target) if m.group("name") in real)
    missing = sorted((wanted - have).elements())
    # more of a tag the source has (a translator marking up one more menu item) is the translator's freedom
    extra = sorted(key for key in (have - wanted).elements() if key not in wanted)
    problems = []
    if missing:
        problems.append("missing " + " ".join(missing))
    if extra:
        problems.append("unexpected " + " ".join(extra))
    if not problems and _nests(source, real) and not _nests(target, real):
        problems.append("tags no longer nest as in the source")
    return problems


def _tag_key(match: re.Match[str]) -> str:
    name = match.group("name")
    return f"</{name}>" if match.group("close") else f"<{name}/>" if match.group("empty") else f"<{name}>"


def _nests(text: str, names: set[str]) -> bool:
    stack: list[str] = []
    for match in TAG_RE.finditer(text):
        name = match.group("name")
        if name not in names or match.group("empty"):
            continue
        if not match.group("close"):
            stack.append(name)
        elif not stack or stack.pop() != name:
            return False
    return not stack


def _compare(source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    if source == target:
        return [], []  # the usual case (neither has any), without two Counters
    want, have = Counter(source), Counter(target)
    return sorted((want - have).elements()), sorted((have - want).elements())


def _mismatch(missing: list[str], extra: list[str]) -> str:
    parts = []
    if missing:
        parts.append("missing " + " ".join(missing))
    if extra:
        parts.append("unexpected " + " ".join(extra))
    return "; ".join(parts)


_BRACKETS_AND_QUOTES_RE = re.compile(r"[()\[\]{}«»‹›„“”\"`]|''")


def _lead(text: str) -> str:
    return text[: len(text) - len(text.lstrip())]


def _trail(text: str) -> str:
    return text[len(text.rstrip()) :]


def _edges(text: str) -> tuple[str, str]:
    """What matters at each edge: nothing, spaces, or a line break (how much is layout)."""

    def kind(edge: str) -> str:
        return "" if not edge else "\n" if "\n" in edge else " "

    if not text or not (text[0].isspace() or text[-1].isspace()):
        return "", ""  # the usual case: nothing at either edge
    return kind(_lead(text)), kind(_trail(text))


def _edge_message(source: str, target: str) -> str:
    names = {"": "nothing", " ": "space", "\n": "a line break"}
    (source_lead, source_trail), (target_lead, target_trail) = _edges(source), _edges(target)
    parts = []
    if source_lead != target_lead:
        parts.append(f"starts with {names[target_lead]}, the source with {names[source_lead]}")
    if source_trail != target_trail:
        parts.append(f"ends with {names[target_trail]}, the source with {names[source_trail]}")
    return "target " + "; ".join(parts)


def _inner_breaks(text: str) -> int:
    return text.strip().count("\n")


def _breaks_differ(source: str, target: str, strict: bool) -> bool:
    """Line breaks inside the text: lost altogether is a problem; re-wrapped is layout (strict only)."""
    have, want = _inner_breaks(target), _inner_breaks(source)
    return have != want if strict else (want > 0 and have == 0)


def _imbalance(text: str) -> str | None:
    """What does not pair up, for a translator to find it: brackets that do not nest, quotation marks
    (any locale's style) that come without their partner; None when everything pairs."""
    if not _BRACKETS_AND_QUOTES_RE.search(text):
        return None  # nothing to pair
    stack: list[str] = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in _BRACKETS:
            if not stack:
                return f"{ch} without its {_BRACKETS[ch]}"
            opened = stack.pop()
            if opened != _BRACKETS[ch]:
                return f"{opened} closed by {ch}"
    if stack:
        return f"{stack[-1]} opened and not closed"
    for opening, closing in (("«", "»"), ("‹", "›")):
        if text.count(opening) != text.count(closing):
            return f"{text.count(opening)} {opening} and {text.count(closing)} {closing}"
    # „“ (de, ru nested), “” (en), „” (pl): as long as the curly double marks pair up
    if (text.count("„") + text.count("“") + text.count("”")) % 2:
        return "a curly double quotation mark („ “ ”) without its partner"
    if text.count('"') % 2:
        return 'a straight quotation mark (") without its partner'
    # a wire's own quotation marks (AP: ``quoted,'' he said), which a sentence that opens a quotation the next one
    # closes has alone; reST's ``literal`` marks pair up the same way
    if (text.count("``") + text.count("''")) % 2:
        return "a `` or '' (a wire's quotation mark, a reST literal's) without its partner"
    return None
