"""The one finder of text that is not prose: no rule may change it, and no check may judge it as prose.

Markup (tags with their attributes, entities, the PO form's inline codes ``<1>…</1>``), placeholders
(printf, Python ``%(x)s`` and ``{x}``, Qt ``%1``, shell ``$VAR``), code (reST ````x```` and
``:role:`x```, Markdown ```x```, POD ``C<x>``, Mallard/DocBook/HTML code elements, command-line options,
identifiers, file names and paths, function calls), URLs and e-mail addresses, version numbers and
numbers whose digits carry meaning (``0755``, ``U+0028``), and what news text needs kept whole (dates,
times, ordinals).

Every rule of the locale stage and every QA comparison works on text where these spans are *masked*
(:func:`mask`): each span becomes one private-use character, which no rule reads as a word, a digit, a
space or a quotation mark, and :func:`unmask` puts the spans back byte for byte. Segmentation and pseudo
use :func:`protected_spans` for the same stretches. A span's ``kind`` says what it is, for callers that
treat some kinds differently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

URL_RE = re.compile(
    r"\b(?:(?:https?|ftp|file|git|ssh|sftp|mailto|irc|help|ghelp|man|info|apt|ws|wss)://|www\.)"
    r"[^\s<>\"«»“”„]+[^\s<>\"«»“”„.,;:!?)\]'’]"
)
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
HANDLE_RE = re.compile(r"(?<![\w.@/+-])@[A-Za-z0-9_]{1,30}\b(?![@.\-]\w)")  # @lemiorhan, @AP

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# Elements whose content is code or a literal in Mallard, DocBook and HTML: kept whole, tags and all.
_CODE_ELEMENTS = (
    "code|cmd|sys|input|output|screen|keyseq|key|"  # Mallard
    "literal|command|filename|option|envar|varname|userinput|computeroutput|programlisting|"
    "function|parameter|constant|systemitem|uri|email|keycap|keycombo|classname|methodname|"
    "kbd|samp|pre|tt|var"  # HTML
)
# Software a version number follows ("Debian 0.93", "Python prior to 3.2"), besides acronyms and CamelCase.
_PRODUCTS = (
    r"C?Python|PyPy|Django|Debian|Ubuntu|Fedora|Linux|Windows|macOS|Android|Firefox|Chrome|Perl|Ruby|"
    r"Java|Node|Rust|Go|Qt|GNOME|KDE|Dpkg|dpkg|Git|git|Emacs|Vim|Bash|GCC|glibc|Glibc|Unicode|Version|"
    # in tech news (React's and React Native's blogs write "React 19.2", "React Native 0.82")
    r"React(?: Native)?|iOS|iPadOS|watchOS|tvOS|visionOS|Swift|Kotlin|TypeScript|Xcode|Safari|Chromium|"
    r"Electron|Deno|Kubernetes|Docker|Rails|Laravel|Angular|Bluetooth|OpenSSL|Clang"
)
_FILE_EXTENSIONS = (
    "po|pot|mo|txt|py|pyc|c|h|cc|cpp|hpp|rs|go|js|ts|css|html?|xml|xsl|json|ya?ml|toml|ini|cfg|conf|"
    "md|rst|sh|bash|pl|pm|rb|php|java|jar|so|dll|exe|deb|dsc|changes|buildinfo|rpm|tar|gz|xz|bz2|"
    "zst|zip|7z|iso|img|png|jpe?g|gif|svg|webp|pdf|log|lock|desktop|service|socket|db|sqlite|csv|tsv"
)


DIGIT = "0-9"  # a rule's prerequisite: some digit in the text
_DIGIT_RE = re.compile(r"\d")


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# What a pattern cannot match without, found far faster than the pattern's own scan (each is implied by it).
_DIGIT_DOT_DIGIT = _rx(r"\d\.\d")
_WORD_DOT_LETTER = _rx(r"\w\.[A-Za-z_]")
_DOT_NAME = _rx(r"\.[A-Za-z0-9]")  # a file extension (7z, mp3 ...) or a dot file
_LOWER_UPPER = _rx(r"[a-z0-9][A-Z]")  # camelCase, CamelCase
_URL_START = _rx(r"://|www\.")
_NUMBER_CODE = _rx(r"0\d|U\+")
_VERSION_START = _rx(r"\d\.\d|v\d")
_HEX = _rx(r"0x|[0-9a-f]{7}")
_GLUED_VERSION = _rx(r"[A-Za-z][-_]\d|\d[-_][A-Za-z]")

# (kind, pattern, what the text must hold for the pattern to be worth running: a character, DIGIT for any
# digit, an expression that must match somewhere, or "")
_RULES: list[tuple[str, re.Pattern[str], str | re.Pattern[str]]] = [
    # -- markup
    ("code", _rx(rf"<({_CODE_ELEMENTS})(?:\s[^<>]*)?>[^<]*(?:<(?!/\1>)[^<]*)*</\1>"), "<"),
    ("markup", _rx(r"</?[A-Za-z_][\w:.-]*(?:\s+[^<>]*?)?/?>|<!--.*?-->|<\?.*?\?>", re.DOTALL), "<"),
    ("markup", _rx(r"</?[1-9][0-9]{0,3}/?>"), "<"),  # the PO form's inline codes
    ("markup", _rx(r"&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z][\w.-]*);"), "&"),
    # -- placeholders
    (
        "placeholder",
        _rx(
            r"(?<![\d%])%(?:\d+\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
            r"(?:hh|h|ll|l|L|q|j|z|Z|t|I64|I32)?[diouxXeEfFgGaAcsSpn]"
            r"|%%|%\(\w+\)[-+#0]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]|%\{\w+\}|%L?\d{1,2}(?![\d$])"
            r"|(?<!%)%<\w+>"
        ),
        "%",
    ),
    ("placeholder", _rx(r"(?<!\{)\{(?:[A-Za-z_]\w*|\d+)?(?:[.\[][\w\]]+)*(?:![rsa])?(?::[^{}\s]*)?\}"), "{"),
    ("placeholder", _rx(r"\$\{?[A-Za-z_]\w*\}?|@[A-Za-z_]\w*@"), _rx(r"[$@]")),
    # -- code and literals
    ("code", _rx(r"``[^`]+``|:[\w-]+(?::[\w-]+)?:`[^`]+`|`[^`\n]+`_{0,2}"), "`"),
    ("code", _rx(r"\b[BCEFILSXZ](?:<<+\s.*?\s>>+|<[^<>]*(?:<[^<>]*>[^<>]*)*>)"), "<"),  # POD
    ("code", _rx(r"(?<![\w-])--?[A-Za-z][\w-]*(?:=[^\s\"'«»„“”,;)]*)?"), "-"),  # options
    ("code", _rx(r"[\w-]+[=:]\"[^\"\n]*\"|[\w-]+='[^'\n]*'|\b[\w.-]+=[^\s\"'«»„“”,;)]+"), "="),
    ("code", _rx(r"[\w-]+:\"[^\"\n]*\""), ":"),
    ("code", _rx(r"\b[A-Za-z_][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b"), "_"),  # snake_case, CONSTANTS
    ("code", _rx(r"\b[a-z]+(?:[A-Z][a-z0-9]*)+\b|\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b"), _LOWER_UPPER),
    ("code", _rx(r"\b[A-Za-z_]\w+(?:\.[A-Za-z_]\w*)+(?:\(\))?"), _WORD_DOT_LETTER),  # os.path.join
    ("code", _rx(r"\b[A-Za-z_][\w.]*\((?:[^()\s]|\s(?=[^()]*\)))*\)"), "("),  # read('f'), deb(5)
    ("code", _rx(rf"(?<![\w.])[\w-]+\.(?:{_FILE_EXTENSIONS})\b|(?<![\w./])\.[A-Za-z][\w.-]+"), _DOT_NAME),
    ("code", _rx(r"(?<![\w.)])(?:~|\.\.?)?/(?:[\w.+@-]+/)*[\w.+@-]+/?|\b[\w.+-]+/[\w.+-]+/[\w./+-]*"), "/"),
    ("code", _rx(r"\b0x[0-9A-Fa-f]+\b|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,64}\b"), _HEX),
    ("code", _rx(r"\b[\w-]+\.[\w.-]+\s+\"[^\"\n]*\""), '"'),  # git config user.name "Your Name"
    # -- URLs and addresses
    ("url", URL_RE, _URL_START),
    ("email", EMAIL_RE, "@"),
    ("handle", HANDLE_RE, "@"),
    # -- numbers whose digits or marks carry meaning: versions, octal modes, code points
    (
        "version",
        _rx(r"\bv?\d+(?:\.\d+){2,}\b|\bv\d+(?:\.\d+)*\b|\b\d+(?:\.\d+)+(?=[-~+][\w])[-~+\w.:]*"),
        _VERSION_START,
    ),
    (
        "version",
        _rx(r"(?<=[A-Za-z][-_])\d+(?:\.\d+)*(?:[-_][\w.]+)*|\b\d+(?:\.\d+)*(?=[-_][A-Za-z])[-_\w.]*"),
        _GLUED_VERSION,
    ),
    (
        "version",
        _rx(
            r"\b(?:[Vv]ersions?|[Rr]eleases?|[Vv]ersion|[Вв]ерси[яиюей]|[Вв]ерсі[яїюєй]|[Рр]еліз\w*)"
            r"\s+v?\d+(?:\.\d+)+"
        ),
        _DIGIT_DOT_DIGIT,
    ),
    ("version", _rx(r"\b\d+\.0\b"), DIGIT),  # 3.0 Unported, GTK 4.0
    (
        "version",
        _rx(
            r"(?:[<>]=?|[=!]=)\s*v?\d+(?:\.\d+)+"  # <= 6.3
            rf"|\b(?:{_PRODUCTS}|[A-Z]{{2,}}[\w+#-]*|[A-Z][a-z]+[A-Z]\w*|[a-z]+-?[a-z]*[A-Z]\w*)"
            r"(?:\s+(?:from|since|before|after|until|up to|to|prior to))?\s+v?\d+\.\d+(?:\.\d+)*\b"
        ),
        _DIGIT_DOT_DIGIT,
    ),  # Debian 0.93, CPython from 3.6, GLIBC 2.7
    (
        "number",
        _rx(r"(?<![\w.,])(?<!\d[ \xa0\u202f'’])0\d+(?:[.,]\d+)?|\bU\+[0-9A-Fa-f]{4,6}\b"),
        _NUMBER_CODE,
    ),
    # -- news: dates, times, ordinals
    ("date", _rx(r"\b\d{4}-\d{1,2}-\d{1,2}\b"), DIGIT),  # 2022-12-13
    ("date", _rx(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"), DIGIT),  # 13.12.2022, 12/13/22
    ("date", _rx(rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?\b"), DIGIT),  # Dec 13, 2022
    (
        "date",
        _rx(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?:,?\s+\d{{4}})?\b"),
        DIGIT,
    ),  # 13 December
    ("time", _rx(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\B|[ap]m\b)", re.IGNORECASE), DIGIT),
    ("time", _rx(r"\b\d{1,2}:\d{2}(?::\d{2})?\b"), DIGIT),  # 10:30
    ("time", _rx(r"\b\d{1,2}\s*(?:[ap]\.m\.\B|[ap]m\b)", re.IGNORECASE), DIGIT),  # 9 a.m.
    ("ordinal", _rx(r"\b\d+(?:st|nd|rd|th)\b"), DIGIT),  # 21st
    ("ordinal", _rx(r"\b\d+-[а-яёіїєґ]{1,3}\b", re.IGNORECASE), DIGIT),  # 21-й, 1980-х, 5-ти
]
KINDS = frozenset(kind for kind, _, _ in _RULES)

_MASK_BASE = 0xE000  # Unicode private use area: never a word, digit, space or quote
_MASK_SIZE = 0x1000
MASK_RE = re.compile(f"[{chr(_MASK_BASE)}-{chr(_MASK_BASE + _MASK_SIZE - 1)}]")


@dataclass(frozen=True)
class Span:
    """A stretch of ``text[start:end]`` that is not prose, and what it is."""

    start: int
    end: int
    kind: str


def find_spans(text: str) -> list[Span]:
    """Every protected stretch of ``text``, sorted, overlaps merged (the first kind found wins)."""
    return list(_find_spans(text))


@lru_cache(maxsize=1 << 15)  # a big run's sources, asked about again by each language's checkers
def _find_spans(text: str) -> tuple[Span, ...]:
    """Cached: every stage masks the same source and target several times."""
    found: list[Span] = []
    has_digit = _DIGIT_RE.search(text) is not None
    for kind, pattern, needs in _RULES:
        if isinstance(needs, re.Pattern):
            if needs.search(text) is None:
                continue
        elif needs and not (has_digit if needs == DIGIT else needs in text):
            continue
        found.extend(Span(m.start(), m.end(), kind) for m in pattern.finditer(text) if m.end() > m.start())
    found.sort(key=lambda span: (span.start, -span.end))
    merged: list[Span] = []
    for span in found:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = Span(last.start, span.end, last.kind)
        else:
            merged.append(span)
    return tuple(merged)


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) offsets of everything that must stay as it is."""
    return [(span.start, span.end) for span in find_spans(text)]


def mask(text: str) -> tuple[str, list[str]]:
    """``text`` with each protected span replaced by one private-use character, and the spans."""
    if MASK_RE.search(text):
        return text, []  # already holds private-use characters: masking could not be undone safely
    found = _find_spans(text)
    if not found:
        return text, []  # all prose, the usual case
    parts: list[str] = []
    originals: list[str] = []
    last = 0
    for span in found:
        if len(originals) == _MASK_SIZE:
            break
        parts.append(text[last : span.start])
        parts.append(chr(_MASK_BASE + len(originals)))
        originals.append(text[span.start : span.end])
        last = span.end
    parts.append(text[last:])
    return "".join(parts), originals


def unmask(text: str, originals: list[str]) -> str:
    """The masked ``text`` with every span put back."""
    if not originals:
        return text
    return MASK_RE.sub(lambda m: originals[ord(m.group()) - _MASK_BASE], text)


def is_masked(char: str) -> bool:
    """Whether ``char`` stands for a protected span in masked text."""
    return bool(char) and _MASK_BASE <= ord(char[0]) < _MASK_BASE + _MASK_SIZE


def prose(text: str) -> str:
    """``text`` with each protected span reduced to one private-use character: what prose checks read."""
    masked, originals = mask(text)
    return masked if originals or not MASK_RE.search(text) else MASK_RE.sub("", text)
