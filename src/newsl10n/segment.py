"""News-aware sentence splitting: pysbd as the base, news rules on top.

pysbd handles the general English cases well (its "Golden Rules"), but news copy trips it up in
predictable places: "the U.K. But ...", "Pres. Biden", "then-Rep. Heath Shuler", "10 a.m. Tuesday",
".DJI" market codes, URLs with a query string, a quotation of several sentences. Rather than
re-implementing a segmenter, pysbd's boundaries are taken as offsets and then corrected: boundaries it
put inside a URL, dateline, bracket or word, or after an abbreviation that cannot end a sentence, are
removed; boundaries it missed after a sentence-final abbreviation or a closing quote followed by a
typical sentence opener are added; quotations are segmented on their own, so each sentence of a long
quote is a unit (the opening mark stays with the first sentence, the closing mark and its attribution
with the last).

pysbd's cost grows with the square of a paragraph's length, so a long paragraph is first cut at points
where every rule here agrees a sentence ends (see :func:`_pieces`); each piece is segmented alone.

Working on offsets means the sentences are always exact slices of the paragraph, so joining them with
single spaces gives the paragraph back and a caller can map each sentence to its source position.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from newsl10n.credits import DATELINE_RE, is_credit, is_dateline_alone, leading_credit, trailing_credit
from newsl10n.model import Kind
from newsl10n.spans import EMAIL_RE, URL_RE

if TYPE_CHECKING:
    import pysbd

_SPACE_RE = re.compile(r"[ \t\r\n\f\v]+")


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Abbreviations written before a name; they never end a sentence in news copy ("Pres. Biden").
_TITLES = _wordset(
    "adm amb asst assoc atty brig capt cmdr col cpl dep gen gens gov govs hon insp lt maj messrs mr mrs ms mt ft pres "
    "prof pvt rep reps rev rt sen sens sgt st supt dr drs profs sec secs"
)
# Abbreviations that are followed by a number ("No. 10", "approx. 200", "born c. 1950", "Dec. 20").
_BEFORE_NUMBER = _wordset(
    "no nos vol art approx ca c p pp fig ch sec para ext tel est apt ste rm bldg "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
# Abbreviations that can also end a sentence ("aid from the U.S. The Pentagon said ...").
_SENTENCE_FINAL = _wordset("u.s u.k u.n e.u d.c u.s.a a.m p.m inc corp co ltd jr sr bros plc etc st ave")
# Words pysbd knows as abbreviations (Maine's "Me.", "No. 5", Manitoba's "Man.", Massachusetts' "Mass.") that in
# lower case end sentences as words do ("No, man. I don't like violence").
_WORDS_NOT_ABBREVIATIONS = frozenset(
    f"{word}." for word in _wordset("me is no man mass miss ill wash art may fed ok ore ark")
)
# Titles after a company's name: "Genentech Inc. Chairman Art Levinson", "Apple Inc. CEO Tim Cook"
_TITLES_AFTER_COMPANY = _wordset(
    "chairman chairwoman chair ceo cfo coo cto president vice chief founder co-founder executive director "
    "spokesman spokeswoman spokesperson head analyst"
)
_COMPANY_SUFFIXES = _wordset("inc corp co ltd llc plc")
# A day's abbreviation before the hours it gives: "Open Wed.-Thurs. 4-9 p.m.; Fri.-Sat. 4-midnight"
_WEEKDAYS = _wordset("mon tue tues wed thu thur thurs fri sat sun")
# Words that follow a company name or a time and so continue the sentence ("Sony Co. Ltd.", "10 a.m. EST").
_CONTINUATIONS = _wordset(
    "inc corp co ltd llc plc s.a ag gmbh est edt et gmt utc bst cet cest pst pdt cst cdt mst mdt msk eet eest "
    "pt ct mt"
)
# After "10 a.m." these continue the sentence: "10 a.m. Tuesday", "3 p.m. Dec. 5", "10 a.m. Eastern Time".
_AFTER_TIME = _wordset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec eastern central pacific mountain atlantic greenwich "
    "today tonight tomorrow yesterday"
)
# Capitalized words that typically open a sentence and are not names; after a sentence-final
# abbreviation or a closing quote they signal a new sentence.
_STARTERS = _wordset(
    "the a an he she it they we i you but and or so yet in on at for from with after before since when while "
    "as if this that these those there here his her its their our my some many most all both each such "
    "what why how who where despite during under however meanwhile still also then now earlier later "
    "according asked last one two three"
)
# Verbs of an attribution after a quotation: "“Is it over?” Peskov asked."
_SPEECH_VERBS = _wordset(
    "said says asked asks added adds told tells testified wrote writes tweeted explained explains noted notes "
    "replied replies recalled recalls remembered remembers wondered wonders insisted insists quipped continued "
    "declared stated argued argues warned warns "
    "admitted acknowledged conceded countered cautioned urged shouted yelled joked laughed"
)

_BARE_DOMAIN_RE = re.compile(
    r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|io|info|eu|uk|ua|ru|de)(?:/\S*)?(?![\w-])",
    re.IGNORECASE,
)
# a short link in brackets, a sentence's source: "(reut.rs/2h2GTrD)", "(nyti.ms/2AlKdmT)", "(https://bit.ly/x)"
_SOURCE_LINK_RE = re.compile(r"\((?:https?://)?[\w-]+(?:\.[\w-]+)+/[\w./?=&%-]{1,60}\)(?:\s+|$)")
_URL_TRAILING_RE = re.compile(r"[.,;:!?)\]}'\"”’]+$")
_ENCLOSED_RES = (
    re.compile(r"\([^()]*\)"),
    re.compile(r"\[[^\[\]]*\]"),
    re.compile(r"(?<=\s)(?:--|—|–) [^.!?—–-]{1,80}[!?]? (?:--|—|–)(?=\s)"),  # an aside: "-- lots of it! --"
)
# Quotations whose sentences are segmented on their own.
_CURLY_QUOTATION_RE = re.compile(r"“[^“”]*”")
_STRAIGHT_QUOTATION_RE = re.compile(r'"[^"]*"')
_DOUBLED_CLOSING_RE = re.compile(r"(?<=\S)(?:’’|'')")  # a closing double mark typed as two single ones
# A quotation in single marks inside a quotation; an apostrophe (a letter on each side) does not close it.
_NESTED_QUOTATION_RE = re.compile(
    r"(?<![\w'])'(?=\w)((?:[^']|(?<=\w)'(?=\w))*?)(?<=\S)'(?!\w)|‘((?:[^‘’]|(?<=\w)’(?=\w))*?)’(?!\w)"
)
_INNER_SENTENCE_RE = re.compile(r"[.!?…]\s+\S")
# A quotation in single curly marks, opening a sentence after a space or a colon; an apostrophe inside a word
# ("don’t") does not close it.
_SINGLE_QUOTATION_RE = re.compile(r"(?<![^\s:(])‘(?=[A-Z])(?:[^‘’“”]|(?<=\w)’(?=\w))*?[.!?…,]’(?!\w)")
# A straight mark that opens a quotation: after a space (or at the start), before a word.
_UNCLOSED_OPENING_RE = re.compile(r'(?<![^\s(\[])"(?=\w)')
_CLOSING_QUOTES = "”\"’'"
# A quotation from its opening mark to its close; this many words in it make a sentence, not a name in quotes
_OPENED_QUOTATION_RE = re.compile(r"[\"“‘']([^\"”’]{1,300})")
_QUOTED_SENTENCE_WORDS = 4
_NESTED_CLOSINGS = frozenset({"’”", "'\"", '’"', "'”"})  # a single mark closed, then the double around it
# Adverbs between a quotation's speaker and verb: "“Cheer!” Sanders recently told supporters."
_SPEAKER_ADVERBS = _wordset("also later then recently once again previously earlier often repeatedly")
_ATTRIBUTION_REACH = 5  # a quotation's speaker and verb come within this many words after it
_STRAIGHTEN = str.maketrans({"“": '"', "”": '"', "„": '"'})
_LAST_TOKEN_RE = re.compile(r"(\S+)\s*$")
_FIRST_WORD_RE = re.compile(r"^\S+")
_LEADING_ELLIPSIS_RE = re.compile(r"(?:\.(?: ?\.){2,3}|…)\s+")
_DASH_GOES_ON_RE = re.compile(r"[—–]\s*[a-z]")  # a dash and a word in lower case go on with the sentence
# a spaced hyphen standing for a dash goes on after an exclamation inside an aside ("half her life! - has
# been"); after a stop it signs a quotation off ("... not bun. - jmcdo29")
_HYPHEN_GOES_ON_RE = re.compile(r"-\s+[a-z]")
_AMOUNT_START_RE = re.compile(r"(?:[A-Z]{0,3}[$£€¥])?\d")  # 3, $3, US$100
_LIST_MARKER_RE = re.compile(r"^(?:[a-z]|[ivx]+)[.)]\s")
_ITEM_NUMBER_RE = re.compile(r"\d{1,3}\.")
_SIC_RE = re.compile(r"[\[(]sic[\])]", re.I)
_OPENING_MARK_END_RE = re.compile(r"(?:^|\s)[\"“‘']$")
# An item's mark inside a sentence: "because (a) it would have broken the budget and (b) ..."; a bare mark after a
# colon or comma: "are: 1) Deviled, 2) Scotch" (after a word it opens a list's next item: "1) The first 2) The next")
_INLINE_MARKER_RE = re.compile(r"^\((?:[a-z]|[ivx]+|\d{1,2})\)\s")
_BARE_INLINE_MARKER_RE = re.compile(r"^(?:[a-z]|[ivx]+|\d{1,2})\)\s")
# A curly quotation opened and opened again before it is closed: the first one ends where the second begins.
_REOPENED_QUOTATION_RE = re.compile(r"“[^“”]*(?=“)")
# A word that ends a sentence with its mark: "exposure."
_PLAIN_WORD_END_RE = re.compile(r"[a-z]{2,}[.!?]")
_NAME_WORD_END_RE = re.compile(r"[A-Za-z][a-z]{2,}[.!?]")
# A gap where a missed sentence boundary may sit: ". " after an abbreviation or a closing quote.
_GAP_RE = re.compile(r"(?<=[.!?…])(’’|''|[’'][”\"]|['’”\"]?)(\s+)(?=[\"“‘'(]?[A-Z])")
# A sentence of its own in brackets, as magazines add links: "(See the world's top 10 environmental disasters.)"
_BRACKETED_SENTENCE_RE = re.compile(r"\([A-Z][^()]*[.!?][\"”’']?\)")
# An editor's note in square brackets between two sentences: "... such an adversary. [Emphasis added.] Given ..."
_BRACKETED_NOTE_RE = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?][\"”’']\s))\[[A-Z][^\[\]]{1,60}[.!?]\]\s+(?=[A-Z“\"])"
)
# An aside of whole sentences in brackets, set between sentences: "(Besides Lahav, ... team. On his ... Agency.")"
_SENTENCE_ASIDE_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’']\s))" + _BRACKETED_SENTENCE_RE.pattern)
_MIN_ASIDE_WORDS = 8
_TIME_RE = re.compile(r"\d(?::\d\d)?\s*[ap]\.m\.$", re.IGNORECASE)
_WORD_CHAR_RE = re.compile(r"\w")
_SENTENCE_END_RE = re.compile(r"(?<=[a-z]{2}[.!?])\s")
# "I." after a word in lower case is the pronoun ending a sentence ("Chi and I."); after a name it is an initial
_PRONOUN_I_END_RE = re.compile(r"\b[a-z]+ I\.$")
_INITIAL_RE = re.compile(r"[A-Z]\.")
# a sentence's mark, the bracket after it, then a capital: "... 15 percent worse.) Among Democrats"
_STOP_IN_BRACKET_RE = re.compile(r"(?<=[.!?])\)\s+(?=[A-Z])")
# a word and a run of exclamation or question marks: "amazing!!!", "What?!?"
_MARKS_RUN_END_RE = re.compile(r"\w[!?]{2,}$")
# A name ending in a capital letter, then its stop: "Group D.", "the Xbox One S.", "posted on X."; pysbd reads the
# letter as an initial, and so it is before a name ("Robert F. Kennedy"), not before a sentence opener ("The")
_LETTER_NAME_END_RE = re.compile(r"(?<=[a-z\d] )[A-Z]\.$")
# Two sentences an extractor glued together, dropping the space: "... only penetrated 800 schools.The fact
# that ...", "... 87 incidents per day!At the peak ...". A word (not an abbreviation, not part of a link) ends the
# first; a capitalized word opens the second, and is not a link's part itself ("www.DearAbby.com"). An ellipsis
# is left alone: glued, it often leaves words out inside one sentence ("... over time…I want to make sure ...").
_GLUED_STOP_RE = re.compile(
    r"(?<=[\s\"“‘(-])(?P<word>[A-Za-z][a-z]+|\d{2,}|\d+[a-z]+)[.!?](?P<mark>[\"”’)]?)"
    r"(?=[\"“‘]?(?:[A-Z][a-z]|[IA]\s))(?![^\s]{0,60}?[./@]\w)"
)
_STAGE_DIRECTION_RE = re.compile(r"\([a-z][^().!?]{0,60}\)")  # "(looks into camera)", "(laughs)"
_LABEL_IN_BRACKETS_RE = re.compile(r"\([A-Z]{2,}(?: [A-Z]{2,}){0,3}\)")  # "(BJP MLA)"
# "oOh!", "eBay!": a word in lowercase then a capital is a brand, and its "!" is its own ("iPad?" still asks)
_CAMEL_BRAND_RE = re.compile(r"[a-z]+[A-Z][A-Za-z]*!")
_CONTRACTION_RE = re.compile(r"[’'](?:ve|s|re|m|ll|d)$")

# What pysbd can split at (its sentence marks, the ")" of "1)" list items, line breaks) and what may
# close a sentence after its mark.
_INNER_END_RE = re.compile(r"[.!?…。．！？)\r\n]")
_LINE_BREAK_RE = re.compile(r"[\r\n]")
# Plain prose (see _plain_prose_boundaries): a sentence's period, and what rules the shortcut out.
_PLAIN_END_RE = re.compile(r"(?<=[a-z]{3})\. (?=[A-Z][A-Za-z])")
_NOT_PLAIN_PROSE_RE = re.compile(r"[!?…;\n\r\t()\[\]{}\"“”‘。．！？]|(?:^|\s)['’]")
_LAST_WORD_RE = re.compile(r"\w+$")
_CLOSING = " \t\r\n\f\v.!?…。．！？\"'”’»)]"

# Long paragraphs: pieces of about this many characters are segmented one at a time.
_PIECE_CHARS = 1000
# A piece is cut even without a safe point once it is this long (text with no sentence ends at all).
_MAX_PIECE_CHARS = 20000
# A bracket or quotation longer than this is a mark left open that pairs with one paragraphs away: it does not
# keep the cutter from the safe points inside it.
_MAX_ENCLOSED_CHARS = 3000
# A safe cut: a lowercase word, a period, one space, then a sentence opener ("... the talks. The ...").
_SAFE_CUT_RE = re.compile(
    r"(?<=[a-z]{3}[.!?]) (?=(?:The|He|She|It|They|We|But|In|This|That|There|His|Her)\s)"
)


@cache
def _segmenter() -> pysbd.Segmenter:
    """One pysbd segmenter for the process: building it compiles many regexes."""
    import sys

    import pysbd
    from pysbd.abbreviation_replacer import AbbreviationReplacer

    segmenter = pysbd.Segmenter(language="en", clean=False)
    for name, module in list(sys.modules.items()):
        if name.startswith("pysbd") and getattr(module, "re", None) is re:
            module.re = _CompiledOnce()  # type: ignore[attr-defined]
    AbbreviationReplacer.search_for_abbreviations_in_string = _abbreviations_before_periods
    return segmenter


# Letters that match an ASCII i, k or s when case is ignored; with one in the text, no shortcut is taken.
_ASCII_LOOKALIKES_RE = re.compile("[\u0130\u0131\u017f\u212a]")


def _abbreviations_before_periods(self: Any, text: str) -> str:
    """pysbd's abbreviation pass, skipping abbreviations that no period follows anywhere in the text.

    Every replacement pysbd makes for an abbreviation is of the period after it, so a skipped one changes
    nothing; pysbd itself ran two regexes for each abbreviation found inside any word ("no" in "north").
    The rest is pysbd's own loop, unchanged (tests/test_segment.py compares the two).
    """
    lowered = text.lower()
    exact = _ASCII_LOOKALIKES_RE.search(text) is None
    for abbreviation in self.lang.Abbreviation.ABBREVIATIONS:
        stripped = abbreviation.strip()
        if stripped not in lowered:
            continue
        if exact and stripped.isalnum() and f"{stripped}." not in lowered:
            continue
        found = re.findall(rf"(?:^|\s|\r|\n){stripped}", text, flags=re.IGNORECASE)
        following = re.findall(rf"(?<={{{re.escape(stripped)}}} ).{{1}}", text)
        for index, match in enumerate(found):
            text = self.scan_for_replacements(text, match, index, following)
    return text


_Pattern = str | re.Pattern[str]
_Repl = str | Callable[[re.Match[str]], str]


class _CompiledOnce:
    """The ``re`` module as pysbd sees it: each pattern is compiled once per process (4,096 are kept).

    pysbd builds a pattern per abbreviation it finds and calls ``re.sub(pattern, ...)``; with more
    distinct patterns than the ``re`` module's cache holds (512), it recompiles them on every paragraph,
    which was half of its running time on news copy. Everything else is the ``re`` module itself.
    """

    def __getattr__(self, name: str) -> object:
        return getattr(re, name)

    @staticmethod
    @lru_cache(maxsize=4096)
    def compile(pattern: _Pattern, flags: int = 0) -> re.Pattern[str]:
        return re.compile(pattern, flags)

    def sub(self, pattern: _Pattern, repl: _Repl, string: str, count: int = 0, flags: int = 0) -> str:
        return self.compile(pattern, flags).sub(repl, string, count)

    def search(self, pattern: _Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
        return self.compile(pattern, flags).search(string)

    def match(self, pattern: _Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
        return self.compile(pattern, flags).match(string)

    def findall(self, pattern: _Pattern, string: str, flags: int = 0) -> list[Any]:
        return self.compile(pattern, flags).findall(string)

    def finditer(self, pattern: _Pattern, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
        return self.compile(pattern, flags).finditer(string)

    def split(self, pattern: _Pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
        return self.compile(pattern, flags).split(string, maxsplit)


def normalize_space(text: str) -> str:
    """Collapse runs of ASCII whitespace to one space and trim; inner no-break spaces are kept."""
    return _SPACE_RE.sub(" ", text).strip()


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, trimmed; joined by single spaces they give the paragraph back."""
    text = normalize_space(paragraph)
    return [text[start:end] for start, end in sentence_spans(text)]


def unit_spans(text: str) -> list[tuple[int, int, Kind]]:
    """The sentence units of one paragraph with their kinds: body, a leading dateline, a trailing credit.

    The first unit is a DATELINE unit when the paragraph opens with one ("WASHINGTON (Reuters) - ..."
    stays inside it); a credit at the end ("(Reporting by ...; Editing by ...)", "(AP Photo/...)") is a
    CREDIT unit of its own, never merged into the sentence before it.
    """
    if is_credit(text) and not _SENTENCE_END_RE.search(text):
        return [(0, len(text), Kind.CREDIT)]  # one credit, initials and all ("Photo: J. Novak/Reuters")
    lead = leading_credit(text)
    if lead is not None:  # "Cliff Welch/Icon SMI Maurkice Pouncey denies ...": the credit, then the caption
        caption = [(lead + start, lead + end, kind) for start, end, kind in unit_spans(text[lead:])]
        return [(0, len(text[:lead].rstrip()), Kind.CREDIT), *caption]
    spans = _spans(text, quotations=True)
    credit = trailing_credit(text)
    if credit is not None:
        body = [(start, min(end, credit)) for start, end in spans if start < credit]
        body = [(start, start + len(text[start:end].rstrip())) for start, end in body]
        spans = [(start, end) for start, end in body if end > start] + [(credit, len(text))]
    units = [(start, end, Kind.BODY) for start, end in spans]
    # "KYIV (Reuters) - ..." opens the first sentence; "New York CNN —" may stand alone on its line
    opens_with_dateline = DATELINE_RE.match(text) or is_dateline_alone(text)
    if units and opens_with_dateline:
        units[0] = (units[0][0], units[0][1], Kind.DATELINE)
    if credit is not None:
        units[-1] = (credit, len(text), Kind.CREDIT)
    return units


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, which must already be space-normalized.

    A quotation of several sentences stays inside its sentence here ("He said: “No. We won't.”");
    :func:`unit_spans` splits it into translation units.
    """
    return _spans(text, quotations=False)


def _spans(text: str, *, quotations: bool) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in _pieces(text):
        spans.extend((start + s, start + e) for s, e in _piece_spans(text[start:end], quotations))
    return spans


def _opens_and_closes(text: str, start: int, end: int) -> bool:
    """Whether a quotation's marks sit as an opening and a closing mark do ('said "No, never." Then'): in a
    long text one stray mark pairs every later mark the wrong way round ('." he said. "')."""
    opens = (
        (start == 0 or not text[start - 1].isalnum()) and start + 1 < end and not text[start + 1].isspace()
    )
    return opens and not text[end - 2].isspace()


def _pieces(text: str) -> list[tuple[int, int]]:
    """Cut a long paragraph where a sentence surely ends, so pysbd's quadratic cost stays bounded.

    A cut sits after a lowercase word and its period and before a common sentence opener, outside any
    quotation or bracket: every rule here puts a boundary there too, so cutting changes nothing.
    """
    if len(text) <= _PIECE_CHARS:
        return [(0, len(text))] if text else []
    quoted = _pysbd_view(text)
    quotations = [(start, end) for start, end in _quotations(quoted) if _opens_and_closes(quoted, start, end)]
    spans = [m.span() for pattern in _ENCLOSED_RES for m in pattern.finditer(text)] + quotations
    enclosed = _merged([(start, end) for start, end in spans if end - start <= _MAX_ENCLOSED_CHARS])
    cuts = [0]
    enclosed_index = 0
    for match in _SAFE_CUT_RE.finditer(text):
        cut = match.end()
        while enclosed_index < len(enclosed) and enclosed[enclosed_index][1] <= cut:
            enclosed_index += 1
        if enclosed_index < len(enclosed) and enclosed[enclosed_index][0] < cut:
            continue
        if _bare(_last_token(text[max(0, cut - 40) : cut])) in _TITLES | _BEFORE_NUMBER | _SENTENCE_FINAL:
            continue
        while cut - cuts[-1] > _MAX_PIECE_CHARS:  # no safe point for a long stretch: cut at a space
            cuts.append(_space_before(text, cuts[-1] + _MAX_PIECE_CHARS, cuts[-1]))
        if cut - cuts[-1] >= _PIECE_CHARS:
            cuts.append(cut)
    while len(text) - cuts[-1] > _MAX_PIECE_CHARS:
        cuts.append(_space_before(text, cuts[-1] + _MAX_PIECE_CHARS, cuts[-1]))
    cuts.append(len(text))
    return [(start, end) for start, end in itertools.pairwise(cuts) if end > start]


def _space_before(text: str, position: int, floor: int) -> int:
    space = text.rfind(" ", floor + 1, position)
    return space + 1 if space > floor else position


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _piece_spans(text: str, quotations: bool) -> list[tuple[int, int]]:
    """The sentences of one piece of a paragraph (at most a few thousand characters).

    With ``quotations`` each sentence inside a quotation is one too; without, a quotation is protected.
    """
    if not text.strip():
        return []
    quoted = _pysbd_view(text)
    protected = _protected_spans(text)
    if quotations:
        asides = _sentence_asides(text)
        protected = [span for span in protected if span not in asides]
        boundaries = _pysbd_boundaries(quoted) + _quotation_boundaries(quoted)
        for start, end in asides:  # each sentence of the aside is one, as in a quotation
            boundaries += _pysbd_boundaries(quoted[start + 1 : end - 1], offset=start + 1)
    else:
        protected += _quotations(quoted)
        boundaries = _pysbd_boundaries(quoted)
    boundaries = [b for b in boundaries if not _inside(b, protected) and text[b - 1].isspace()]
    boundaries += _glued_boundaries(text, protected)
    boundaries = _merge_wrong_splits(text, sorted(set(boundaries)))
    boundaries = sorted(set(boundaries) | set(_missed_boundaries(text, protected)))
    boundaries = [_past_leftovers(text, b) for b in boundaries]
    edges = [0, *sorted(set(b for b in boundaries if 0 < b < len(text))), len(text)]
    spans: list[tuple[int, int]] = []
    for start, end in itertools.pairwise(edges):
        piece = text[start:end]
        if not piece.strip():
            continue
        start, end = start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())
        if spans and _cannot_stand_alone(text[start:end]):  # a lone quote mark, a bare link
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    if len(spans) > 1 and _cannot_stand_alone(text[spans[0][0] : spans[0][1]]):
        spans[:2] = [(spans[0][0], spans[1][1])]
    return spans


def _pysbd_view(text: str) -> str:
    """The text as pysbd should see it: same length and offsets, fewer false pairings.

    Every double quote mark is made straight when the marks can all be paired: scraped copy often opens
    a quote with one style and closes it with the other, and pysbd pairs only marks of one style. A
    double hyphen becomes two en dashes: pysbd pairs "--" like brackets and would keep the sentences
    between two of them together ("... he always does -- making up a story. Given that history -- ...").
    Two single marks that close a quotation (AP copy: “… voters,’’ Moy said) are one double mark.
    """
    text = _DOUBLED_CLOSING_RE.sub('" ', text)
    if sum(text.count(mark) for mark in '“”„"') % 2 == 0:
        text = text.translate(_STRAIGHTEN)
    return text.replace("--", "––")


def _cannot_stand_alone(sentence: str) -> bool:
    """Punctuation alone, or a link alone: part of the sentence next to it, not a sentence."""
    if not _WORD_CHAR_RE.search(sentence):
        return True
    return any(pattern.fullmatch(sentence) for pattern in (URL_RE, _BARE_DOMAIN_RE))


def _pysbd_boundaries(text: str, offset: int = 0) -> list[int]:
    """Offsets where pysbd starts a new sentence, found by locating its sentences in ``text``.

    pysbd's own ``segment`` locates them too, compiling a fresh regex of each sentence's text (and keeping
    it in the pattern cache); its processor gives the sentences, and ``str.find`` places them.
    """
    if _one_sentence_for_pysbd(text):
        return []
    plain = _plain_prose_boundaries(text)
    if plain is not None:
        return [offset + boundary for boundary in plain]
    boundaries = []
    cursor = 0
    for sentence in _segmenter().processor(text).process():
        sentence = sentence.strip()
        if not sentence:
            continue
        found = text.find(sentence, cursor)
        if found < 0:  # pysbd rewrote the text here; trust only what can be located
            continue
        if found > 0:
            boundaries.append(offset + found)
        cursor = found + len(sentence)
    return boundaries


def _plain_prose_boundaries(text: str) -> list[int] | None:
    """pysbd's boundaries for plain prose, without running pysbd; None for text that needs it.

    Plain prose: every period ends a sentence, after a word of three lowercase letters or more that is not
    an abbreviation, and is followed by one space and a capitalised word; no other sentence mark, quote,
    bracket or line break. About half of real news paragraphs are like this; pysbd's two dozen passes
    split them exactly there (tests compare the two on every paragraph of the real-news sets).
    """
    body = text.rstrip()
    body = body.removesuffix(".")
    if not body or body[0].isspace() or _NOT_PLAIN_PROSE_RE.search(body):
        return None
    ends = [match.start() for match in _PLAIN_END_RE.finditer(body)]
    if body.count(".") != len(ends):
        return None
    abbreviations = _pysbd_abbreviations()
    if any(_LAST_WORD_RE.search(body, 0, end).group().lower() in abbreviations for end in ends):
        return None
    return [end + 2 for end in ends]


@cache
def _pysbd_abbreviations() -> frozenset[str]:
    from pysbd.lang.english import English

    return frozenset(abbreviation.lower() for abbreviation in English.Abbreviation.ABBREVIATIONS)


def _one_sentence_for_pysbd(text: str) -> bool:
    """True when pysbd has nowhere to split: no sentence mark, list parenthesis or line break before the end.

    Headlines and one-sentence paragraphs, common in news copy, then skip pysbd's two dozen passes.
    """
    body = text.rstrip(_CLOSING)
    # a line break among the closing marks still splits: "furniture\n..." is two for pysbd
    return not _INNER_END_RE.search(body) and not _LINE_BREAK_RE.search(text[len(body) :].rstrip())


def _quotations(text: str) -> list[tuple[int, int]]:
    """Quotations in double quotes; straight quotes only when they can all be paired.

    One straight mark left over is paired too when it is the last and opens a quotation: news style
    leaves a quotation that goes on in the next paragraph unclosed ('... he said. "Our workforce ...').
    """
    spans = [match.span() for match in _CURLY_QUOTATION_RE.finditer(text)]
    # British style, in single marks: "The brochure says ‘If Sweden is attacked, we will never surrender. ...’"
    spans.extend(
        match.span() for match in _SINGLE_QUOTATION_RE.finditer(text) if not _inside(match.start(), spans)
    )
    # a quotation opened again before it was closed ('He added, “We tried. You need to know. “Because ...”')
    spans.extend(match.span() for match in _REOPENED_QUOTATION_RE.finditer(text))
    paired = text
    if text.count('"') % 2:
        last = text.rfind('"')
        paired = text[:last] if _UNCLOSED_OPENING_RE.match(text, last) else ""
    spans.extend(match.span() for match in _STRAIGHT_QUOTATION_RE.finditer(paired))
    return spans


def _quotation_boundaries(text: str) -> list[int]:
    """Sentence starts inside quotations, which pysbd keeps whole: each quotation is segmented alone, and so
    is a quotation quoted inside it ("… say, 'Hey, it's OK. Let's look at the future.' All …")."""
    boundaries = []
    for start, end in _quotations(text):
        inner = text[start + 1 : end - 1]
        if _INNER_SENTENCE_RE.search(inner):
            boundaries.extend(_pysbd_boundaries(inner, offset=start + 1))
            for nested in _NESTED_QUOTATION_RE.finditer(inner):
                group = 1 if nested.group(1) is not None else 2  # straight marks, curly marks
                if _INNER_SENTENCE_RE.search(nested.group(group)):
                    offset = start + 1 + nested.start(group)
                    boundaries.extend(_pysbd_boundaries(nested.group(group), offset=offset))
    return boundaries


def _sentence_asides(text: str) -> list[tuple[int, int]]:
    """Bracketed asides between sentences that hold two sentences or more; their sentences are units."""
    return [
        match.span()
        for match in _SENTENCE_ASIDE_RE.finditer(text)
        if _INNER_SENTENCE_RE.search(match.group()[1:-1])
        and len(match.group().split()) >= _MIN_ASIDE_WORDS
        and not is_credit(match.group())  # "(Reporting by A. Smith; Editing by B. Jones)"
    ]


def _protected_spans(text: str) -> list[tuple[int, int]]:
    """Stretches no sentence boundary may fall inside: URLs, e-mails, the dateline, brackets."""
    spans = []
    for pattern in (URL_RE, EMAIL_RE, _BARE_DOMAIN_RE):
        for match in pattern.finditer(text):
            trimmed = _URL_TRAILING_RE.sub("", match.group())
            spans.append((match.start(), match.start() + len(trimmed)))
    dateline = DATELINE_RE.match(text)
    if dateline:  # up to the first sentence's first letter: a dateline ending in a stop ("/TASS/.") opens it
        spans.append((0, dateline.end() + 1))
    for pattern in _ENCLOSED_RES:
        spans.extend(match.span() for match in pattern.finditer(text))
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
    """Drop boundaries that a news reader would not accept."""
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
    if first[0] in ",;:)]}%":
        return True  # "220 pp., $16.99", "D-Minn., in March"
    # a quotation's opening mark never ends a unit: 'the message is, " \'We are watching you.'
    if _OPENING_MARK_END_RE.search(before):
        return True
    # the quoted writer's own words marked after the stop, at the end: "... a mans life, too. (sic)”"
    if _SIC_RE.fullmatch(after.strip().rstrip(_CLOSING_QUOTES + ".")):
        return True
    if _STAGE_DIRECTION_RE.fullmatch(before):
        return True  # "(looks into camera) Because if we don't ...": a direction opens the sentence it stages
    if _LABEL_IN_BRACKETS_RE.fullmatch(before):
        return True  # "(BJP MLA) Ramesh Mendola has assured ...": a label in capitals opens its sentence
    if _CAMEL_BRAND_RE.fullmatch(token):
        return True  # "oOh! Media said", "eBay! Motors": the mark is part of the brand
    if _DASH_GOES_ON_RE.match(after):
        return True  # "with Oubre Jr. — it's the timeliness"
    if _HYPHEN_GOES_ON_RE.match(after) and before[-1] in "!?":
        return True  # "half her life - half her life! - has been blighted"
    if _INLINE_MARKER_RE.match(after) and before[-1] not in ".!?…" + _CLOSING_QUOTES:
        return True  # "the flights because (a) it would have broken the budget"
    if _BARE_INLINE_MARKER_RE.match(after) and before[-1] in ",;:":
        return True  # "Our favorite ways to eat eggs are: 1) Deviled, 2) Scotch"
    if first[0].islower() and not _LIST_MARKER_RE.match(after) and not re.match(r"[a-z]+[A-Z]", first):
        return True  # "4.0 pct. in the third quarter", "Yahoo! in the department"
    if before[-1] in _CLOSING_QUOTES:
        return _continues_quotation(before, after)
    # an item's number opening a line or a table's cell: "| 1. Rajai Davis (R) LF | 1. Sam Fuld"
    if _ITEM_NUMBER_RE.fullmatch(token) and before[: -len(token)].rstrip()[-1:] in ("", "|"):
        return True
    if not token.endswith("."):
        return False
    word = first.strip("\"'“‘(").rstrip(".,;:").lower()
    starter = word in _STARTERS
    if bare.rsplit("-", 1)[-1] in _TITLES and not starter:
        return True  # "Pres. Biden", "then-Rep. Heath Shuler"
    if bare.rsplit("/", 1)[-1] == "st" and (bare != "st" or before == token) and first[0].isupper():
        return True  # a saint's town, after a slash or opening the line: "Minneapolis/St. Paul, Minn."
    if (bare in _BEFORE_NUMBER or bare.rsplit("-", 1)[-1] in _WEEKDAYS) and _AMOUNT_START_RE.match(first):
        return True  # "approx. 3 p.m.", "approx. US$100", "Open Wed.-Thurs. 4-9 p.m."
    if bare == "bros" and first[0].isupper() and not starter:
        return True  # a brand's name goes on: "Warner Bros. Discovery"
    if word in _CONTINUATIONS:
        return True  # "Sony Co. Ltd.", "10 a.m. EST"
    if bare in _COMPANY_SUFFIXES and word in _TITLES_AFTER_COMPANY:
        return True  # "Genentech Inc. Chairman Art Levinson"
    if _TIME_RE.search(before):
        return _continues_time(before, after, word)
    return (
        re.fullmatch(r"(?:[A-Z]\.)+", token) is not None
        and re.search(r"[A-Z][\w.]*\s+\S+$", before) is not None
        and first[0].isupper()
        and not starter
        and bare not in _SENTENCE_FINAL
    )  # initials: "Robert F. Kennedy"


def _continues_quotation(before: str, after: str) -> bool:
    """After a closing quote: "…,” Doherty said" continues; "“Why?” Peskov asked." is one sentence.

    A quotation broken off ("… the CFPB has …” Alito asked in one of his queries.") or ending in its own question
    or exclamation ("… very impressed!” Trump tweeted on Monday, thickening ...") has not ended the sentence, so its
    attribution goes on at any length; after a full stop only a short one does ("“We won.” Smith said the plan ...").
    """
    quoted = before.rstrip(_CLOSING_QUOTES)
    if quoted[-1:] == ",":
        return True
    words = after.split()
    open_ended = quoted.endswith(("…", "...", "—", "--", "?", "!"))
    if (len(words) > 8 and not open_ended) or not after.rstrip().endswith((".", "!", "?")):
        return False
    verb = _speech_verb_index(words)
    # "Holmes testified.", "Sanders recently told supporters."
    return verb is not None and all(word[:1].isupper() or word in _SPEAKER_ADVERBS for word in words[:verb])


def _continues_time(before: str, after: str, word: str) -> bool:
    """After "10 a.m.": a day, month or time zone continues the sentence; so does a bare "At 5 a.m."."""
    if word in _AFTER_TIME:
        return True
    words = after.split()
    if len(words) > 1 and words[1].rstrip(".,;:").lower() == "time":
        return True  # "10 a.m. Kyiv time"
    return len(before.split()) <= 3  # "At 5 a.m. Mr. Smith went to the bank."


def _glued_boundaries(text: str, protected: list[tuple[int, int]]) -> list[int]:
    """Boundaries between two sentences with no space between them ("... schools.The fact ...").

    A straight double mark after the stop closes a quotation when one is open, and otherwise opens the next
    sentence's ('... spokesperson Bill Line said."They are going to ...').
    """
    found = []
    before_names_or_numbers = _TITLES | _BEFORE_NUMBER
    for match in _GLUED_STOP_RE.finditer(text):
        boundary = match.end()
        if match.group("mark") == '"' and not _quotation_open(text, match.start("mark")):
            boundary = match.start("mark")
        if match.group("word").lower() not in before_names_or_numbers and not _inside(boundary, protected):
            found.append(boundary)
    return found


def _quotation_open(text: str, position: int) -> bool:
    """Whether a double quotation is open at ``position``: an odd number of straight marks before it, or a curly
    one opened and not closed (a CMS that curls the opening mark and leaves the closing one straight: 'it “tastes
    like a Band-Aid."In 2021 ...')."""
    straight_open = text.count('"', 0, position) % 2 == 1
    curly_open = text.count("“", 0, position) > text.count("”", 0, position)
    return straight_open or curly_open


def _missed_boundaries(text: str, protected: list[tuple[int, int]]) -> list[int]:
    """Boundaries pysbd missed: a sentence-final abbreviation or closing quote, then a sentence opener."""
    found = []
    sentence_ends = [match.end() for match in _SENTENCE_END_RE.finditer(text)]
    for gap in _GAP_RE.finditer(text):
        boundary = gap.end()
        quote = gap.group(1)
        if _inside(boundary, protected) or (not quote and _inside(gap.start(), protected)):
            continue
        following = _FIRST_WORD_RE.match(text[boundary:])
        if not following:
            continue
        if following.group()[0] == "(":
            if _BRACKETED_SENTENCE_RE.match(text, boundary):
                found.append(boundary)
            continue
        opens_quotation = following.group()[0] in "\"“‘'"
        word = following.group().lower().strip("\"“‘'").rstrip(",;:")
        word = _CONTRACTION_RE.sub("", word)  # "I’ve", "It's": the pronoun opens the sentence
        before = text[_last_sentence_start(sentence_ends, gap.start()) : gap.start()]
        bare = _bare(_last_token(before))
        if quote and opens_quotation:
            found.append(boundary)  # two quotations: '... attracted me." "He has won ...'
        elif opens_quotation and (
            _ends_sentence_word(before) or _quotation_after_place(bare, text, boundary)
        ):
            found.append(
                boundary
            )  # a quotation after a sentence: '... their exposure. “Because you need ...'
        elif quote in _NESTED_CLOSINGS and not _continues_quotation(
            before + quote, _sentence_after(text, boundary, sentence_ends)
        ):
            # a quotation closed inside a quotation with the sentence: "... riddled with ‘no-go zones.’” Regarding"
            found.append(boundary)
        elif word in _STARTERS and (
            quote
            or bare in _SENTENCE_FINAL
            or before.endswith(("…", "..."))
            or _LETTER_NAME_END_RE.search(before)
        ):
            # "... that you do not … But you think", "... to win Group D. The day before"
            found.append(boundary)
        elif not quote and _MARKS_RUN_END_RE.search(before) and following.group()[0].isupper():
            # pysbd keeps a run of three marks: "... were amazing!!! With 3 of my friends ill"
            found.append(boundary)
        elif not quote and _last_token(before) in _WORDS_NOT_ABBREVIATIONS and following.group()[0].isupper():
            found.append(
                boundary
            )  # pysbd reads "me." as Maine's: "... explain it back to me. I had to laugh."
        elif not quote and _PRONOUN_I_END_RE.search(before) and not _INITIAL_RE.match(following.group()):
            found.append(
                boundary
            )  # the pronoun, not an initial: "... helped support Chi and I. I'm not sure"
        elif (
            quote and before[-1:] in "?!" and not _attributes(_sentence_after(text, boundary, sentence_ends))
        ):
            # a question quoted at a sentence's end: "... I said, ‘Why would I?’ Money was ..."
            found.append(boundary)
        elif bare in ("a.m", "p.m") and word.rstrip(".") in _TITLES and not _continues_time(before, "", ""):
            found.append(boundary)  # "He left the bank at 6 P.M. Mr. Smith then went to the store."
    # an editor's note in square brackets after a sentence: "... such an adversary. [Emphasis added.] Given ..."
    found.extend(
        note.end() for note in _BRACKETED_NOTE_RE.finditer(text) if not _inside(note.start(), protected)
    )
    # a sentence's stop set inside the bracket that closes it: "... and men (46 percent better to 15 percent
    # worse.) Among Democrats, ..."
    found.extend(
        close.end()
        for close in _STOP_IN_BRACKET_RE.finditer(text)
        if _ends_sentence_word(text[: close.start()], names=True) and not _inside(close.end(), protected)
    )
    return sorted(set(found))


def _quotation_after_place(bare: str, text: str, boundary: int) -> bool:
    """A quoted sentence after an abbreviation that ends sentences: "... born in the U.S. “I'll answer that ..."
    (a name in quotes after it goes on: "the U.S. “Patriot Act” provisions")."""
    quoted = _OPENED_QUOTATION_RE.match(text, boundary)
    return (
        bare in _SENTENCE_FINAL
        and quoted is not None
        and len(quoted.group(1).split()) >= _QUOTED_SENTENCE_WORDS
    )


def _attributes(sentence: str) -> bool:
    """Whether a sentence after a quotation says who spoke it ("Smith, the lawyer, told reporters.")."""
    return _speech_verb_index(sentence.split()) is not None


def _speech_verb_index(words: list[str]) -> int | None:
    """Where a speech verb stands among a quotation's next words ("Holmes testified."), or None."""
    reach = words[:_ATTRIBUTION_REACH]
    return next((i for i, word in enumerate(reach) if word.rstrip(".,").lower() in _SPEECH_VERBS), None)


def _sentence_after(text: str, boundary: int, sentence_ends: list[int]) -> str:
    """The text from ``boundary`` to the next sentence end found (or the text's end)."""
    index = bisect.bisect_right(sentence_ends, boundary)
    return text[boundary : sentence_ends[index] if index < len(sentence_ends) else len(text)]


def _last_sentence_start(sentence_ends: list[int], position: int) -> int:
    """Where the sentence before ``position`` starts: after the last sentence end before it (else 0).

    A bisection over the ends found once per piece, so a piece with many gaps stays linear.
    """
    index = bisect.bisect_right(sentence_ends, position) - 1
    return sentence_ends[index] if index >= 0 else 0


def _ends_sentence_word(before: str, names: bool = False) -> bool:
    """Whether text ends with a plain word and its sentence mark ("exposure."), not an abbreviation ("Gov.");
    with ``names``, a capitalized word too ("... groups like Solo Travel Society.)")."""
    token = _last_token(before)
    bare = _bare(token)
    word_end = _NAME_WORD_END_RE if names else _PLAIN_WORD_END_RE
    return (
        word_end.fullmatch(token) is not None and bare not in _pysbd_abbreviations() and bare not in _TITLES
    )


# What pysbd leaves at the start of the next sentence, with the marks the sentence before it ends with
_LEFTOVERS = (
    (_LEADING_ELLIPSIS_RE, (".", "!", "?")),
    (_SOURCE_LINK_RE, (".", "!", "?", "”", '"')),
)


def _past_leftovers(text: str, boundary: int) -> int:
    """Move a boundary past what pysbd left at the start of the next sentence, and the spaces after it: an
    ellipsis that ends the sentence before, then Reuters's short source link after the sentence it backs ("... the
    Times reported. (nyti.ms/2AlKdmT) “It was ...")."""
    for leftover, ends in _LEFTOVERS:
        if boundary > 0 and text[:boundary].rstrip()[-1:] in ends:
            match = leftover.match(text, boundary)
            if match:
                boundary = match.end()
    return boundary
