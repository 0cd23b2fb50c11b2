"""Which blocks of a full web page are the article: trafilatura finds it, the page's own blocks carry it.

trafilatura (the best-measured open-source extractor) reads the page and returns the article's text. That
text is only used to *recognise* the page's own blocks: a block is the article's when most of its word
trigrams (all of its words, for a short block) are in what trafilatura returned. The localized page is
then written by replacing those blocks in the original source, so nothing trafilatura normalized or lost
(markup, attributes, whitespace) is lost here.

News rules on top, where trafilatura leaves out what a news desk translates: the headline (the ``<h1>``
that matches the page's title), and bylines, datelines, standfirsts, captions and credits that sit between
the headline and the end of the article body. Everything else is reported as dropped, grouped by the piece
of furniture it belongs to.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsl10n.formats.htmlblocks import Run
from newsl10n.formats.htmlnews import enclosing_furniture, furniture_reason, named_standfirst, run_kind
from newsl10n.formats.htmltree import Element, Text
from newsl10n.model import Dropped, Kind
from newsl10n.newsparts import ends_like_sentence

# Words; in scripts written without spaces (Chinese, Japanese) each character counts as one.
_TOKEN_RE = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
)
_GRAM = 3
_MATCHED_SHARE = 0.5  # of a block's trigrams found in the extractor's text
_ROOT_SHARE = 0.9  # of the matched text the article's container holds
_ADDED_KINDS = frozenset({Kind.BYLINE, Kind.DATELINE, Kind.STANDFIRST, Kind.CAPTION, Kind.CREDIT})
_DROPPED_TEXT = 70
_TITLE_MATCH = 0.6
_SITE_NAME_WORDS = 4  # a site's name at one end of a page's <title> is this short
# what sets a site's name apart in a page's <title>: "Story · Section · Site", "Site » Archive » Story"; a
# path's marks go from the site down to the story
_SITE_FIRST_RE = re.compile(r"\s[»›]\s")
_TITLE_PARTS_RE = re.compile(r"\s+(?:[|·•—–»›]|-{1,2}|::)\s+")
_PROSE_RUN_WORDS = 8  # a matched run this long is the article's text, not a label matched by chance
_CHUNK_PARAGRAPHS = 2
_CROSS_HEAD_WORDS = 10
_STAMP_LINES = 4  # a date may be split into its day, month, year and time
_END_MARK_RE = re.compile(r"\s*[^\w\s.!?…;:\"'”’)\]]{1,2}$")  # the mark a magazine ends its story with: "♦"
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# A headline set in a non-heading element or a lower heading by the site's own class ("post_title", "headline").
_TITLE_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:headline|(?:post|entry|article|story|news)[_-]?(?:title|headline)|title)(?:$|[\s_-])",
    re.I,
)
_NOT_TITLE_CLASS_RE = re.compile(r"sub-?title|site-?title|widget-?title|section-?title|subhead", re.I)
# Classes that name the story's own title, not any title (hAtom's "entry-title", "headline")
_STORY_TITLE_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:headline|(?:entry|article|story|post)[_-]?(?:title|headline))(?:$|[\s_-])", re.I
)
_MAX_HEADLINE_WORDS = 30


@dataclass
class Selection:
    """The article's runs with their kinds, in document order, and what was left out."""

    article: list[tuple[Run, Kind]]
    dropped: list[Dropped]


def tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text.lower())


def extract(source: str) -> tuple[list[str], str] | None:
    """The article's text lines and its title as trafilatura finds them (default settings), or None."""
    import trafilatura  # imported when a page is read: it takes a moment

    document = trafilatura.bare_extraction(source, include_comments=False, with_metadata=True)
    if document is None or not (document.text or "").strip():
        return None
    return [line for line in document.text.split("\n") if line.strip()], document.title or ""


class _Extracted:
    """The extractor's text, indexed for asking "is this block in it?".

    A block of more than three words is in it when most of its word trigrams are, each trigram counted
    as often as the extractor wrote it: longer blocks are asked first, so a teaser that repeats the first
    sentence of the article finds that sentence taken. A shorter block (a table cell, "Kyle Busch") says
    too little on its own: it is in it when its words are, in a row, and the smallest element around it
    with a few more words is in it too.
    """

    def __init__(self, lines: Sequence[str], runs: Sequence[Run]) -> None:
        self.grams: Counter[tuple[str, ...]] = Counter()
        self.short: set[tuple[str, ...]] = set()
        self.lines_grams: set[tuple[str, ...]] = set()
        for line in lines:
            found = tokens(line)
            self.grams.update(_grams(found))
            self.lines_grams.update(_grams(found))
            for size in range(1, _GRAM + 1):
                self.short.update(_grams(found, size))
        self.runs = runs
        self.starts = [run.start for run in runs]
        self.run_tokens = [tokens(run.text) for run in runs]
        self.groups: dict[Element, bool] = {}

    def matched(self) -> list[Run]:
        """The runs the extractor's text holds, in document order."""
        order = sorted(range(len(self.runs)), key=lambda index: -len(self.run_tokens[index]))
        held = {index for index in order if self._holds(index)}
        return [run for index, run in enumerate(self.runs) if index in held]

    def _holds(self, index: int) -> bool:
        found = self.run_tokens[index]
        if len(found) > _GRAM:
            grams = [gram for gram in _grams(found) if self.grams[gram] > 0]
            if len(grams) < _MATCHED_SHARE * (len(found) - _GRAM + 1):
                return False
            self.grams.subtract(grams)
            return True
        if not found or tuple(found) not in self.short:
            return False
        return self._group_holds(self.runs[index].container)

    def _mostly_in(self, found: Sequence[str]) -> bool:
        grams = _grams(found)
        return sum(1 for gram in grams if gram in self.lines_grams) >= _MATCHED_SHARE * len(grams)

    def _group_holds(self, element: Element) -> bool:
        for node in (element, *element.ancestors()):
            if node in self.groups:
                return self.groups[node]
            first = bisect.bisect_left(self.starts, node.start)
            last = bisect.bisect_left(self.starts, node.end)
            words = [word for index in range(first, last) for word in self.run_tokens[index]]
            if len(words) > 2 * _GRAM:
                self.groups[node] = self._mostly_in(words)
                return self.groups[node]
        return False


def _grams(found: Sequence[str], size: int = _GRAM) -> list[tuple[str, ...]]:
    return [tuple(found[index : index + size]) for index in range(len(found) - size + 1)]


def select_page(runs: Sequence[Run], lines: Sequence[str], titles: Sequence[str]) -> Selection:
    """The article's runs among all the runs of a page, given the extractor's text lines and the page's titles
    (trafilatura's, often the shorter ``og:title``, and the ``<title>`` element's, which repeats the headline)."""
    matched = _Extracted(lines, runs).matched()
    root = _article_root(matched)
    chosen = {run for run in matched if root is None or _inside(run.container, root)}
    chosen |= _other_chunks(runs, chosen)
    headline = _headline(runs, titles, matched)
    if headline is not None:
        chosen.add(headline)
        chosen.update(_stamps_above(runs, headline))
    if chosen:
        start = min(run.start for run in chosen)
        end = max(run.end for run in chosen)
        for run in runs:
            if run not in chosen and start <= run.start <= end and _news_block(run, root):
                chosen.add(run)
        _add_quote_attributions(runs, chosen)
    cross_heads = _cross_heads(runs, chosen, root)
    chosen |= cross_heads
    article = _in_order(
        [
            (run, Kind.HEADLINE if run is headline else Kind.SUBHEAD if run in cross_heads else run_kind(run))
            for run in runs
            if run in chosen
        ]
    )
    dropped = _dropped(runs, chosen)
    return Selection(article, dropped)


def _other_chunks(runs: Sequence[Run], chosen: set[Run]) -> set[Run]:
    """The article's paragraphs in its other chunks: a page may set its story in several containers of one
    class (The New Yorker's "body__inner-container", one per screen between ads), and the extractor takes
    the first. A paragraph of prose in a container of that class is the story's when only ads and pictures
    stand between that container and the chosen ones: a newsletter's next story has its title there, a card
    its own. The paragraph's own class may say "paywall" on the chosen paragraphs too; its chunk decides."""
    paragraphs = Counter(
        parent
        for run in chosen
        if run.container.name == "p" and (parent := run.container.parent) is not None and parent.get("class")
    )
    # a story's chunk holds paragraphs; a box the extractor took along holds one
    chunks = {parent for parent, count in paragraphs.items() if count >= _CHUNK_PARAGRAPHS}
    if not chunks:
        return set()
    classes = {(chunk.name, chunk.get("class")) for chunk in chunks}
    in_chunk: list[bool] = []  # which runs stand in such a container, read when a candidate is met
    said = {run.text for run in chosen}  # a box printed twice, for phones and for desktops, is no new chunk
    verdicts: dict[Element, bool] = {}
    added = set()
    for run in runs:
        chunk = run.container.parent
        if (
            run in chosen
            or run.text in said
            or run.container.name != "p"
            or chunk is None
            or chunk in chunks
            or (chunk.name, chunk.get("class")) not in classes
        ):
            continue
        if len(tokens(run.text)) < _PROSE_RUN_WORDS or not ends_like_sentence(_END_MARK_RE.sub("", run.text)):
            continue  # a title in a card of the same class ("Jodie Prenger Talks TELL ME ON A SUNDAY")
        if not in_chunk:
            in_chunk = [_in_chunk(other, classes) for other in runs]
        if chunk not in verdicts:
            verdicts[chunk] = _continues_article(chunk, chunks, runs, in_chunk)
        if verdicts[chunk]:
            added.add(run)
    return added


def _in_chunk(run: Run, classes: set[tuple[str, str]]) -> bool:
    """Whether a run stands inside a container of one of the story's chunk classes."""
    return any((node.name, node.get("class")) in classes for node in run.container.ancestors())


def _continues_article(
    chunk: Element, chunks: set[Element], runs: Sequence[Run], in_chunk: Sequence[bool]
) -> bool:
    """Whether only ads, pictures and other chunks stand between ``chunk`` and the nearest chosen one."""
    nearest = min(
        chunks, key=lambda chosen: min(abs(chosen.start - chunk.end), abs(chunk.start - chosen.end))
    )
    low, high = (nearest.end, chunk.start) if nearest.start < chunk.start else (chunk.end, nearest.start)
    common = next((node for node in chunk.ancestors() if any(_inside(other, node) for other in chunks)), None)
    if enclosing_furniture(chunk, common)[0]:
        return False
    return all(
        in_chunk[index] or _is_picture(run) or enclosing_furniture(run.container, common)[0]
        for index, run in enumerate(runs)
        if low <= run.start < high
    )


def _is_picture(run: Run) -> bool:
    """Whether a run is a picture's or its caption's: it may stand between two chunks of the story."""
    return any(
        node.name in ("figure", "figcaption", "picture")
        for node in (run.container, *run.container.ancestors())
    )


def select_fragment(runs: Sequence[Run]) -> Selection:
    """Everything of a fragment is the article; its first ``<h1>`` is the headline."""
    headline = next((run for run in runs if run.container.name == "h1"), None)
    return Selection(
        _in_order([(run, Kind.HEADLINE if run is headline else run_kind(run)) for run in runs]), []
    )


def _in_order(article: list[tuple[Run, Kind]]) -> list[tuple[Run, Kind]]:
    """A standfirst comes before the body and stands apart from it: a "summary" or "intro" block after the
    body has begun, or among the body's own paragraphs, is body."""
    body_parents = {run.container.parent for run, kind in article if kind == Kind.BODY}
    body_started = False
    placed = []
    for run, kind in article:
        among_body = run.container.parent in body_parents and not named_standfirst(run)
        if kind == Kind.STANDFIRST and (body_started or among_body):
            kind = Kind.BODY
        body_started = body_started or kind == Kind.BODY
        placed.append((run, kind))
    return placed


def dropped_markup(root: Element) -> list[Dropped]:
    """Scripts, styles and JSON-LD: never text; reported once per kind, at the first of them."""
    found: dict[str, list[Element]] = {}
    for element in root.iter():
        if element.name in ("script", "style"):
            found.setdefault(furniture_reason(element), []).append(element)
    reports = []
    for reason, elements in found.items():
        first = elements[0]
        inner = " ".join(child.text for child in first.children if isinstance(child, Text)).strip()
        text = _clip(inner or first.get("src"))
        if len(elements) > 1:
            text = f"{len(elements)} of them; the first: {text}"
        reports.append(Dropped(first.line, text, reason))
    return reports


def _news_block(run: Run, root: Element | None) -> bool:
    """A byline, dateline, standfirst, caption or credit near the article, not inside furniture."""
    if enclosing_furniture(run.container, root)[0]:
        return False
    return run_kind(run) in _ADDED_KINDS


def _stamps_above(runs: Sequence[Run], headline: Run) -> list[Run]:
    """The story's date or byline set right above its headline ("August 1, 2011, 10:58 AM" on WSJ's blogs),
    which the extractor leaves out: left in English, it would stand over a translated headline. Only the lines
    just above it count, outside the page's furniture, or in the same header as the headline."""
    index = next(i for i, run in enumerate(runs) if run is headline)
    _, headline_box = enclosing_furniture(headline.container)
    found = []
    for run in reversed(runs[max(0, index - _STAMP_LINES) : index]):
        reason, box = enclosing_furniture(run.container)
        if run_kind(run) not in (Kind.DATELINE, Kind.BYLINE) or (reason and box is not headline_box):
            break
        found.append(run)
    return found


def _cross_heads(runs: Sequence[Run], chosen: set[Run], root: Element | None) -> set[Run]:
    """Headings set as a bare line among the story's paragraphs (BBC's ``<span class="cross-head">``), which
    the extractor leaves out: a short line that ends no sentence, between two paragraphs of the story's prose,
    beside the next one in the story's container, and neither a link nor inside furniture."""
    found = set()
    for before, run, after in zip(runs, runs[1:], runs[2:], strict=False):
        if run in chosen or before not in chosen or after not in chosen:
            continue
        words = tokens(run.text)
        if not 0 < len(words) <= _CROSS_HEAD_WORDS or ends_like_sentence(run.text):
            continue
        if not (_is_prose(before) and _is_prose(after)) or run.container not in (
            after.container,
            after.container.parent,
        ):
            continue
        if any(node.name == "a" for node in (*run.wrappers, *run.container.ancestors())) or (
            root is not None and enclosing_furniture(run.container, root)[0]
        ):
            continue
        found.add(run)
    return found


def _is_prose(run: Run) -> bool:
    return len(tokens(run.text)) >= _PROSE_RUN_WORDS and ends_like_sentence(run.text)


def _add_quote_attributions(runs: Sequence[Run], chosen: set[Run]) -> None:
    """A chosen block quotation keeps its attribution (``<footer>— Dmitry Peskov</footer>``)."""
    quotes = {_blockquote(run.container) for run in chosen} - {None}
    for run in runs:
        if run not in chosen and _blockquote(run.container) in quotes:
            chosen.add(run)


def _blockquote(element: Element) -> Element | None:
    for node in (element, *element.ancestors()):
        if node.name == "blockquote":
            return node
    return None


def _headline(runs: Sequence[Run], titles: Sequence[str], matched: Sequence[Run]) -> Run | None:
    """The heading that says what one of the page's titles says, at or before the article's first block.

    An ``<h1>`` is preferred, also below the first paragraph (a site may put a summary above it); a site's
    logo says the site's name, which is no title (:func:`_story_titles`), so it is never taken. ``titles`` ends
    with the page's own ``<title>``.
    """
    # the first paragraph, not a short line matched by chance (a menu's "Home" that the text also has) nor the
    # page's navigation, whose breadcrumbs say the headline after the site's sections ("Home » Unilever, DHL ...")
    prose = [
        run.start
        for run in matched
        if len(run.text.split()) >= _PROSE_RUN_WORDS and not enclosing_furniture(run.container)[0]
    ]
    first = min(prose or [run.start for run in matched], default=0)
    stories, sites = _story_titles(titles)
    title_words = [set(tokens(title)) for title in stories]
    # the page's own <title> (the last title given) is surer than an extractor's guess ("Newsletter subscription
    # status"): a heading that says it exactly wins a tie
    own_words = [set(tokens(title)) for title in _story_titles(titles[-1:])[0]]
    best, best_score = None, 0.0
    for run in runs:
        h1 = run.container.name == "h1"  # an <h1> that says the title is the headline wherever it stands
        if not _may_be_headline(run.container) or (run.start > first and not h1) or not any(title_words):
            continue
        if run.text.strip().casefold() in sites:  # the logo's heading
            continue
        run_words = set(tokens(run.text))
        score = max(
            (len(run_words & words) / len(run_words | words) for words in title_words if run_words),
            default=0.0,
        )
        score += 0.1 * h1 + 0.05 * (run_words in own_words)
        if score > best_score:
            best, best_score = run, score
    if best_score >= _TITLE_MATCH:
        return best
    # no title names the story (an AP page's <title> says "News from The Associated Press"): the last element
    # above the first paragraph that the markup calls the story's title
    named = [
        run
        for run in runs
        if run.start <= first
        and _named_as_title(run)
        and not _in_sidebar(run.container)
        and run.text.strip().casefold() not in sites  # the logo's heading
    ]
    return named[-1] if named else None


def _story_titles(titles: Sequence[str]) -> tuple[list[str], set[str]]:
    """The titles a headline may say, with the part of each that is the story's, and the site's names apart.

    A page's <title> names the site after the story ("Unilever, DHL Partner ... · Environmental Management &
    Energy News · Environmental Leader"), or before it along a path ("Free Range Librarian › The Fall Funnel of
    Fun"); a site's name is short, and never longer than the story's title ("Vacations! — Paulo Coelho's Blog" is
    left whole). The site's name alone is no title: an extractor may give it as one, and the logo says it."""
    sites = set()
    found = []
    for title in titles:
        parts = _TITLE_PARTS_RE.split(title.strip())
        if _SITE_FIRST_RE.search(title):
            parts.reverse()
        story, site = parts[0], parts[-1]
        if len(parts) > 1 and len(site.split()) <= min(_SITE_NAME_WORDS, len(story.split())):
            sites.add(site.casefold())
            found.append(story)
        found.append(title.strip())
    return [title for title in found if title and title.casefold() not in sites], sites


def _named_as_title(run: Run) -> bool:
    """An ``<h1>``, or an element whose class names it the story's title ("headline entry-title")."""
    element = run.container
    if not 2 <= len(run.text.split()) <= _MAX_HEADLINE_WORDS:
        return False
    if element.name == "h1":
        return True
    # the class may sit on the one inline element that holds the text: <p class="body"><span class="headline">
    holders = {node.parent for node in run.nodes if isinstance(node, Text) and node.text.strip()} - {element}
    return _says_story_title(element) or (len(holders) == 1 and _says_story_title(next(iter(holders))))


def _in_sidebar(element: Element) -> bool:
    """Inside an ``<aside>``, ``<nav>`` or ``<footer>``: another story's title or a list's ("More on ...")."""
    return any(node.name in ("aside", "nav", "footer") for node in (element, *element.ancestors()))


def _says_story_title(element: Element) -> bool:
    names = f"{element.get('class')} {element.get('id')}"
    return _STORY_TITLE_CLASS_RE.search(names) is not None and not _NOT_TITLE_CLASS_RE.search(names)


def _may_be_headline(element: Element) -> bool:
    """A heading, or an element the site's class names as the story's title (an old blog's ``<div
    class="post_title">``)."""
    if element.name in _HEADINGS:
        return True
    for node in (element, element.parent):
        if node is None:
            continue
        names = f"{node.get('class')} {node.get('id')}"
        if _TITLE_CLASS_RE.search(names) and not _NOT_TITLE_CLASS_RE.search(names):
            return True
    return False


def _article_root(matched: Sequence[Run]) -> Element | None:
    """The deepest element that holds nearly all of the matched text: the article's container."""
    if not matched:
        return None
    weight: dict[Element, int] = {}
    total = 0
    for run in matched:
        size = len(run.text)
        total += size
        for node in (run.container, *run.container.ancestors()):
            weight[node] = weight.get(node, 0) + size
    best, best_depth = None, -1
    for node, size in weight.items():
        if size >= _ROOT_SHARE * total:
            depth = sum(1 for _ in node.ancestors())
            if depth > best_depth:
                best, best_depth = node, depth
    return best


def _inside(element: Element, root: Element) -> bool:
    return element is root or any(node is root for node in element.ancestors())


def _dropped(runs: Sequence[Run], chosen: set[Run]) -> list[Dropped]:
    """One report per piece of furniture, and one per stretch of other text between article blocks."""
    found: list[Dropped] = []
    seen: dict[Element | None, int] = {}
    for run in runs:
        if run in chosen:
            seen.pop(None, None)  # an article block ends a stretch of stray text
            continue
        reason, element = enclosing_furniture(run.container)
        if element in seen:
            index = seen[element]
            previous = found[index]
            found[index] = Dropped(previous.line, _clip(f"{previous.text} {run.text}"), previous.reason)
            continue
        seen[element] = len(found)
        found.append(
            Dropped(element.line if element else run.line, _clip(run.text), reason or "not article text")
        )
    return found


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _DROPPED_TEXT else text[: _DROPPED_TEXT - 1] + "…"
