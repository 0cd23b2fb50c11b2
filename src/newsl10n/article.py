"""Read an article into translatable units: decode → format reader → furniture over blocks → sentence units.

Each step is someone else's module; this one puts them in order and keeps the bookkeeping: which units
(and the gaps between them) make up each block, so the format's writer can put translations back, and
the source line where each unit starts, so a translator (or a QA message) can point back at the source.
"""

from __future__ import annotations

import codecs
import re
import sys
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

from newsl10n import invisible, richtext
from newsl10n.addresses import is_address_alone
from newsl10n.errors import UserError
from newsl10n.formats import AUTO, ArticleFormat, Document, choose_format
from newsl10n.formats.decode import decode_article
from newsl10n.furniture import TEXT_SHAPES, BlockVerdict, classify_blocks, inline_widget_reason
from newsl10n.model import Article, Block, Dropped, Gap, Kind, StoryPrint, Unit, fingerprint
from newsl10n.newsparts import NO_WORDS, is_title_like
from newsl10n.recurring import Recurring, around_the_story, block_key, is_paragraph, recurring, story_print
from newsl10n.segment import unit_spans
from newsl10n.text import words

STDIN = "-"
_SPACES = re.compile(r" {2,}")
_NOTHING_TO_TRANSLATE = f"furniture: {NO_WORDS}"
# A headline is short and does not end like a sentence (newsparts.is_title_like).
_HEADLINE_WORDS = 25
_NAME_MARK_RE = re.compile(r"[!?][\"'”’)\]]*\s*$")  # "try!", "Jeopardy!"
_NAME_WORDS = 4  # a pair of this many words with a sentence's end inside is a name's markup ("try! Swift")
_STAMP_KINDS = (Kind.CREDIT, Kind.DATELINE, Kind.CAPTION)  # kept above a headline, never one
# the kinds of a page's blocks that may be a widget's line; a headline, caption or credit never is. A quotation's
# block may be: sites set boxes in a <blockquote> too (NECN's newsletter prompt, an embed's "View this post on
# Instagram"), and on 1,463 saved pages the patterns found nothing else in one
_WIDGET_KINDS = (Kind.BODY, Kind.SUBHEAD, Kind.LIST_ITEM, Kind.ALT, Kind.QUOTE)
_TOOL_ROWS = ("furniture: share prompt", "furniture: link row")
# an image's alt text that is its file's name or a camera's ("DSC_0141", "judge7", "51Qckm1DSfL._SL500_AA280_"):
# one word with a digit, an underscore or an image's extension, nothing a translator translates
_FILE_NAME_RE = re.compile(r"^(?=\S*(?:\d|_|\.(?:jpe?g|png|gif|webp)$))[\w.-]+$", re.I)


def read_article(
    path: Path | str, fmt: str = AUTO, name: str = "", keep_all: bool = False, repeated: Collection[str] = ()
) -> Article:
    """Read, validate and segment the article at ``path`` (``-``: standard input); bad input raises UserError."""
    document, format_name = read_document(path, fmt, name, keep_all=keep_all)
    return segment_document(
        document, Path(path), format_name, name=name, keep_all=keep_all, repeated=repeated
    )


def read_articles(
    paths: Sequence[Path | str],
    fmt: str = AUTO,
    name: str = "",
    keep_all: bool = False,
    earlier: Mapping[str, StoryPrint] = MappingProxyType({}),
    alone: bool = False,
) -> list[Article]:
    """A batch of articles; a short block that recurs across their stories, or in a story read before
    (``earlier``, by output name), is their site's widget and counts as furniture, unless each article is
    read ``alone``."""
    documents = [read_document(path, fmt, name, keep_all=keep_all) for path in paths]
    names = [output_name(path, name) for path in paths]
    cleaned = [_cleaned_blocks(document) for document, _ in documents]
    blocks = [[_plain(block) for block in own_blocks] for own_blocks, _ in cleaned]
    prints = [story_print(texts) for texts in blocks]
    others = [story for other, story in earlier.items() if other not in names]
    if alone:
        found = [Recurring()] * len(prints)
    else:
        found = recurring(
            [*prints, *others], range(len(prints)), [around_the_story(texts) for texts in blocks]
        )
    articles = []
    for path, own, texts, story, recurs, own_cleaned, (document, format_name) in zip(
        paths, names, blocks, prints, found, cleaned, documents, strict=True
    ):
        kept_before = earlier[own].kept if own in earlier else frozenset()
        furniture = recurs.lines - kept_before
        repeated = {text for text in texts if block_key(text) in furniture}
        top_recurs = story.top in recurs.tops - kept_before
        article = segment_document(
            document,
            Path(path),
            format_name,
            name=name,
            keep_all=keep_all,
            repeated=repeated,
            top_recurs=top_recurs,
            cleaned=own_cleaned,
        )
        left_out = {block_key(item.text) for item in article.dropped}
        article.story_print = replace(story, kept=frozenset(story.lines - left_out))
        articles.append(article)
    return articles


def output_name(path: Path | str, name: str = "") -> str:
    """The name an article's output files get: ``--name``, else the file's name without its suffix."""
    return name or Path(path).stem


def read_document(
    path: Path | str, fmt: str = AUTO, name: str = "", *, keep_all: bool = False
) -> tuple[Document, str]:
    """The article's blocks as its format's reader finds them, and the format's name."""
    text, article_format, marked = _decoded(Path(path), fmt, name)
    document = article_format.read(text, Path(path), keep_all=keep_all)
    document.byte_order_mark = marked
    return document, article_format.name


def read_article_for_catalog(
    path: Path | str,
    msgids: Collection[str],
    fmt: str = AUTO,
    name: str = "",
    batch_furniture: Collection[str] = (),
) -> Article:
    """The article as its catalog was made from it, for ``build``.

    Furniture the catalog has translations for was kept when the catalog was made (``translate
    --keep-all``, or an edit that took a line for furniture since): it is kept again, with its translation.
    Other furniture stays out, as ``translate`` left it out, also a block it left out because it recurred
    in the batch's other articles (``batch_furniture``: their fingerprints, from the catalog's header).
    """
    path = Path(path)
    text, article_format, marked = _decoded(path, fmt, name)
    document = article_format.read(text, path)
    document.byte_order_mark = marked
    cleaned = _cleaned_blocks(document)  # translate fingerprinted the blocks as cleaned
    texts = [_plain(block) for block in cleaned[0]]
    recurred = {text for text in texts if fingerprint(text) in batch_furniture}
    first = texts[0] if texts else None
    article = segment_document(
        document,
        path,
        article_format.name,
        name=name,
        repeated=recurred,
        top_recurs=first in recurred,
        cleaned=cleaned,
    )
    own = {unit.text for unit in article.units}
    if all(msgid in own for msgid in msgids):
        return article  # the usual case: the catalog holds nothing the furniture pass left out
    whole = segment_document(
        article_format.read(text, path, keep_all=True), path, article_format.name, name=name, keep_all=True
    )
    if not any(unit.text in msgids and unit.text not in own for unit in whole.units):
        return article
    kept_blocks = {_block_key(block) for block in article.document.blocks if block.id in article.layout}
    whole.layout = {
        block.id: whole.layout[block.id]
        for block in whole.document.blocks
        if block.id in whole.layout
        and (
            _block_key(block) in kept_blocks
            or any(isinstance(piece, Unit) and piece.text in msgids for piece in whole.layout[block.id])
        )
    }
    kept_units = {id(piece) for pieces in whole.layout.values() for piece in pieces}
    whole.units = [unit for unit in whole.units if id(unit) in kept_units]
    return whole


def _block_key(block: Block) -> tuple[int, str]:
    """A block the same in two readings of one file (block ids count the blocks a reading selected)."""
    return block.line, block.content


def _decoded(path: Path, fmt: str, name: str) -> tuple[str, ArticleFormat, bool]:
    """The article's text, its format, and whether the file opened with a UTF-8 byte order mark."""
    data = _read_bytes(path)
    if str(path) == STDIN and not name:
        raise UserError("reading the article from standard input needs --name for the output files")
    text = decode_article(data, path)
    marked = data.startswith(codecs.BOM_UTF8)
    return text, choose_format(fmt, Path(name) if str(path) == STDIN else path, text), marked


def parse_article(text: str, path: Path | str, fmt: str = "text") -> Article:
    """Build the article from already decoded text (BOM and CRLF are fine)."""
    path = Path(path)
    article_format = choose_format(fmt, path, text)
    return segment_document(article_format.read(text, path), path, article_format.name)


def segment_document(
    document: Document,
    path: Path,
    fmt: str,
    name: str = "",
    keep_all: bool = False,
    repeated: Collection[str] = (),
    top_recurs: bool = False,
    cleaned: tuple[list[Block], Counter[str]] | None = None,
) -> Article:
    """Units of the document's blocks: furniture left out (and reported), each kept block cut into sentences.

    ``cleaned`` is :func:`_cleaned_blocks` of the document when the caller has it already."""
    blocks, removed = cleaned or _cleaned_blocks(document)
    texts = [_plain(block) for block in blocks]
    verdicts = _page_verdicts(document, blocks, texts, repeated, top_recurs)
    if keep_all or document.furniture_found:
        # the reader found the article: the text rules' drops count only below a whole page's last paragraph
        page = document.widgets_inside and not keep_all
        tail = _below_last_paragraph(blocks, texts, verdicts) if page else len(blocks)
        verdicts = [
            BlockVerdict(
                verdict.kind,
                verdict.drop
                if (index >= tail and _below_article(index, blocks, verdict))
                or (verdict.drop == _NOTHING_TO_TRANSLATE and not keep_all)
                else None,
            )
            for index, verdict in enumerate(verdicts)
        ]
    if document.widgets_inside and not keep_all:
        verdicts = [
            BlockVerdict(verdict.kind, verdict.drop or _widget_reason(block, text, verdict))
            for block, text, verdict in zip(blocks, texts, verdicts, strict=True)
        ]
    kept = [verdict.drop is None for verdict in verdicts]
    if not blocks or not any(kept):
        raise UserError(f"{path}: no article text, only scraped boilerplate")
    # the headline is further down when the first block is furniture, or the byline or date kept above it
    stamp_above = kept[0] and verdicts[0].kind not in (None, Kind.HEADLINE)
    if blocks[0].kind == Kind.HEADLINE and (not kept[0] or stamp_above):
        blocks = _headline_after_furniture(blocks, kept, verdicts)
    dropped = list(document.dropped)
    article = Article(path=path, units=[], format=fmt, name_override=name, document=document)
    number = 0
    for block, text, verdict in zip(blocks, texts, verdicts, strict=True):
        if (
            verdict.drop == _NOTHING_TO_TRANSLATE
            or (block.kind == Kind.ALT and _FILE_NAME_RE.match(text))
            or (verdict.drop is None and is_address_alone(text))
        ):
            # a price, a rule, an image's file name for its alt text, an embed's URL: kept as it is, not translated
            article.layout[block.id] = [_verbatim(block)]
            continue
        if verdict.drop is not None:
            dropped.append(Dropped(block.line, text, verdict.drop))
            continue
        if block.kind == Kind.BODY and verdict.kind not in (None, Kind.HEADLINE):
            block = replace(block, kind=verdict.kind)
        if block.kind != Kind.HEADLINE:
            number += 1
        article.layout[block.id] = _layout(block, number, article.units)
    article.dropped = sorted(dropped, key=lambda item: item.line)
    if removed:
        article.notices.append(f"removed invisible characters from the text: {invisible.describe(removed)}")
    declared = document.declared_language.strip()
    if declared and declared.lower().replace("_", "-").split("-")[0] != "en":
        article.notices.append(
            f"the file says its text is in {declared!r}; newsl10n translates from English, so make sure this "
            "story is English before trusting its machine translation"
        )
    return article


def _page_verdicts(
    document: Document, blocks: list[Block], texts: list[str], repeated: Collection[str], top_recurs: bool
) -> list[BlockVerdict]:
    """The text rules' verdicts. A whole page's <title> and meta description follow its text in the blocks;
    they are no lines of the page, and a description read as a paragraph below the story would make the site's
    boxes above it part of the article."""
    read = [
        index
        for index, block in enumerate(blocks)
        if not (document.furniture_found and block.kind == Kind.META)
    ]
    found = classify_blocks([texts[index] for index in read], repeated=repeated, top_recurs=top_recurs)
    verdicts = [BlockVerdict()] * len(blocks)
    for index, verdict in zip(read, found, strict=True):
        verdicts[index] = verdict
    return verdicts


def _below_last_paragraph(blocks: list[Block], texts: list[str], verdicts: Sequence[BlockVerdict]) -> int:
    """Where the blocks below a whole page's last paragraph of prose begin: there trafilatura may leave other
    stories' titles and the site's boxes, which the text rules know by their run ("title list after the
    article"), and a page's markup alone does not tell."""
    paragraphs = [
        index
        for index, (block, text, verdict) in enumerate(zip(blocks, texts, verdicts, strict=True))
        if block.kind == Kind.BODY and verdict.drop is None and is_paragraph(text)
    ]
    return paragraphs[-1] + 1 if paragraphs else len(blocks)


def _below_article(index: int, blocks: list[Block], verdict: BlockVerdict) -> bool:
    """A block below a whole page's last paragraph that the text rules may drop: no item of a list the page
    marks up, nor the line that heads one ("This game will help you!" over the game's features), no figure
    or rule (what it is, not what it says)."""
    heads_a_list = index + 1 < len(blocks) and blocks[index + 1].kind == Kind.LIST_ITEM
    return (
        blocks[index].kind in (Kind.BODY, Kind.SUBHEAD, Kind.ALT)
        and not heads_a_list
        and verdict.kind is None
        and verdict.drop is not None
        and verdict.drop.removeprefix("furniture: ") not in TEXT_SHAPES
    )


def _widget_reason(block: Block, text: str, verdict: BlockVerdict) -> str | None:
    """Why a block inside a whole page's article is one of its widgets, or None. A byline's box may hold the
    page's tools too ("Email | Print" under the writer's name at NJ.com), never anything else of the kind."""
    if verdict.kind is not None:
        return None
    reason = inline_widget_reason(text)
    if block.kind in _WIDGET_KINDS or (block.kind == Kind.BYLINE and reason in _TOOL_ROWS):
        return reason
    return None


def _headline_after_furniture(
    blocks: list[Block], kept: list[bool], verdicts: Sequence[BlockVerdict]
) -> list[Block]:
    """The headline when the block in its place is page furniture ("Skip to content" above a pasted page).

    The furniture is dropped as any other. The headline is the one the furniture pass found above the
    article's byline or first prose; failing that, the first block kept if it reads like one (short, not
    ending like a sentence, no date or caption); otherwise the article has no headline. No text is lost
    either way.
    """
    found = [i for i, verdict in enumerate(verdicts) if verdict.kind == Kind.HEADLINE and kept[i]]
    first = found[0] if found else kept.index(True)
    blocks = [replace(blocks[0], kind=Kind.BODY), *blocks[1:]]
    stamp = verdicts[first].kind in _STAMP_KINDS  # a date left on top is no headline
    if found or (not stamp and is_title_like(_plain(blocks[first]), max_words=_HEADLINE_WORDS)):
        blocks[first] = replace(blocks[first], kind=Kind.HEADLINE)
    return blocks


def _read_bytes(path: Path) -> bytes:
    if str(path) == STDIN:
        return sys.stdin.buffer.read()
    if not path.exists():
        raise UserError(f"{path}: no such file")
    if path.is_dir():
        raise UserError(f"{path}: is a directory, expected an article file")
    try:
        return path.read_bytes()
    except OSError as error:
        raise UserError(f"{path}: cannot read the file ({error.strerror or error})") from error


def _ids(block: Block) -> set[int]:
    return {code.id for code in block.codes}


def _cleaned_blocks(document: Document) -> tuple[list[Block], Counter[str]]:
    """The blocks to translate, invisible characters taken out (and counted), empty ones left out."""
    removed: Counter[str] = Counter()
    blocks = []
    for block in document.blocks:
        if not block.translate:
            continue
        content, found = invisible.clean(block.content)
        removed += found
        if content.strip():
            blocks.append(replace(block, content=_SPACES.sub(" ", content).strip()) if found else block)
    return blocks, removed


def _plain(block: Block) -> str:
    return richtext.plain(block.content, _ids(block))


def _layout(block: Block, paragraph: int, units: list[Unit]) -> list[Unit | Gap]:
    """The block as units (one per sentence, appended to ``units``) and the gaps between them.

    A body paragraph's units may be a dateline or a credit (:func:`newsl10n.segment.unit_spans`);
    other blocks keep the block's kind.
    """
    rich = richtext.parse(block.content, _ids(block))
    pieces: list[Unit | Gap] = []
    position = 0
    for sentence, (start, end, kind) in enumerate(_whole_short_pairs(rich, unit_spans(rich.text)), start=1):
        start, end = _over_edge_codes(rich, position, start, end)
        if start > position:
            pieces.append(_gap(rich, position, start, block))
        elif pieces:
            # sentences the source glued together ("... schools.The fact ..."): translated, they get a space
            pieces.append(Gap(" "))
        part, codes = richtext.renumbered(rich.slice(start, end), block.codes)
        unit_id = f"h{sentence}" if block.kind == Kind.HEADLINE else f"p{paragraph}s{sentence}"
        unit_kind = kind if block.kind == Kind.BODY else block.kind
        unit = Unit(
            unit_id,
            unit_kind,
            paragraph,
            sentence,
            block.line_at(start),
            part.po_form,
            block=block.id,
            codes=codes,
        )
        units.append(unit)
        pieces.append(unit)
        position = end
    # the last unit holds every tag at the very end of the block ("... budget.<1/>"); a gap holds what is left
    if position < len(rich.text) or (not pieces and rich.tags):
        pieces.append(_gap(rich, position, len(rich.text), block))
    return pieces


def _whole_short_pairs(
    rich: richtext.RichText, spans: Sequence[tuple[int, int, Kind]]
) -> list[tuple[int, int, Kind]]:
    """Sentence spans, two joined where the first ends in "!" or "?" inside a pair of a few words that goes on
    into the second: markup around "<strong>try! Swift</strong>" or "<em>Panic! At the Disco</em>" says the
    mark is a name's. A pair of more words may hold sentences ("<em>Wait! It adds ...</em>"), and a page's
    span around a run of text ("<span>. Follow her on Twitter </span>") holds no word before the boundary."""
    if not rich.tags or ("!" not in rich.text and "?" not in rich.text):
        return list(spans)
    pairs = richtext.pair_spans(rich)
    joined: list[tuple[int, int, Kind]] = []
    for start, end, kind in spans:
        previous = joined[-1] if joined else None
        if (
            previous
            and _NAME_MARK_RE.search(rich.text, previous[0], previous[1])
            and any(
                words(rich.text[opens : previous[1]])
                and words(rich.text[start:closes])
                and len(words(rich.text[opens:closes])) <= _NAME_WORDS
                for opens, closes in pairs
                if opens < previous[1] and start < closes
            )
        ):
            joined[-1] = (previous[0], end, previous[2])
        else:
            joined.append((start, end, kind))
    return joined


def _over_edge_codes(rich: richtext.RichText, position: int, start: int, end: int) -> tuple[int, int]:
    """A unit's span, widened over bare space at an edge where a pair it holds opens (or, at the block's end,
    closes) around a standalone code: ``[`brew update` will now…](u)`` keeps its code inside the link."""
    offsets = {(tag.id, tag.role): tag.offset for tag in rich.tags}
    empties = [tag.offset for tag in rich.tags if tag.role == "empty"]
    for tag in rich.tags:
        opens_before = tag.role == "open" and position <= tag.offset < start
        if (
            opens_before
            and not rich.text[tag.offset : start].strip()
            and start < offsets.get((tag.id, "close"), -1) <= end
            and any(tag.offset <= offset < start for offset in empties)
        ):
            start = tag.offset
            break
    if rich.text[end:].strip() or not any(end <= offset for offset in empties):
        return start, end
    for tag in rich.tags:
        if (
            tag.role == "close"
            and tag.offset == len(rich.text)
            and start <= offsets.get((tag.id, "open"), -1) < end
        ):
            return start, len(rich.text)
    return start, end


def _verbatim(block: Block) -> Gap:
    """The whole block as it is, written back untranslated."""
    rich = richtext.parse(block.content, _ids(block))
    return _gap(rich, 0, len(rich.text), block)


def _gap(rich: richtext.RichText, start: int, end: int, block: Block) -> Gap:
    """Text between sentences, ``rich[start:end]``, with the markup that is really there.

    A pair crossing the gap (italics from one sentence into the next) is closed and reopened by the slice;
    around bare space that would be a pair of its own, so it is left out. A pair that opens and closes
    inside the gap (a page's ``<b> </b>`` between two sentences) is the page's own and stays.
    """
    part = rich.slice(start, end)
    if not part.text.strip():
        opened = {tag.id for tag in rich.tags if tag.role == "open" and start <= tag.offset <= end}
        closed = {tag.id for tag in rich.tags if tag.role == "close" and start <= tag.offset <= end}
        own = opened & closed
        part = richtext.RichText(
            part.text, tuple(tag for tag in part.tags if tag.role == "empty" or tag.id in own)
        )
    by_id = {code.id: code for code in block.codes}
    return Gap(part.po_form, tuple(by_id[i] for i in part.ids if i in by_id))
