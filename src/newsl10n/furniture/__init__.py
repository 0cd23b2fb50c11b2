"""Page furniture in an article's blocks, anywhere in the text: what to leave out, and the kind of what stays.

A block is classified on its own first (:mod:`newsl10n.credits`, :mod:`newsl10n.newsparts`): a credit,
byline or caption is kept and marked; a share prompt, gallery counter, copyright line, newsletter prompt
and the like is dropped.
Then structure decides what a block alone cannot:

* the title-like lines after a list heading ("Most read", "Related", "More:") are its teasers;
* a run of three or more very short link-like lines is a menu or tag list;
* a title-like line that repeats the headline, or that occurs in other stories of the same batch or of the
  output folder (:mod:`newsl10n.recurring`), is a teaser or widget, so is a short sentence that recurs above
  or below the story (a slogan), and a first line on top of other stories too is the site's name (a
  sentence among the paragraphs, a quote, a credit or stamp two stories share are kept: two stories can
  quote one source);
* readers' comments are found first (:mod:`newsl10n.comments`) and run to the end of the page; the rules
  that look for the article's end read only the page above them;
* cards of other stories under a list's heading (a title or one-line summary with its byline or date, card
  after card) are teasers, though a summary reads like prose;
* a label many sites share ("Privacy Policy", "Most Popular", :mod:`newsl10n.pagelabels`) is furniture
  above or below the article's prose, or next to other furniture.

Precision comes before recall: a block that reads like prose is dropped by structure only inside something
that is surely not the article (a comment thread, a list of other stories' cards), and the article's
credits, bylines and captions are never dropped (a story card's byline and date are another story's).

The rules stand in modules by the part of the page they read: :mod:`.reading` (what all rules share: the
article's prose, the blocks they may drop), :mod:`.bylines` (the article's own names), :mod:`.head` (the
headline and what stands above the article), :mod:`.lists` (items under a list's heading), :mod:`.menus`
(runs of links, the page's labels, what stands between furniture), :mod:`.cards` (story cards),
:mod:`.dated_lists` (lists dated item by item), :mod:`.titles` (other stories' titles by their shape) and
:mod:`.repeats` (what the page or the batch says again); widgets set inside the story, printed whole, have their
own (:mod:`.polls`, :mod:`.comment_previews`, :mod:`.consent`), and so has a promotion's box said in several
paragraphs (:mod:`.promotions`). :func:`classify_blocks` below runs them in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from newsl10n.comments import comments_start, kept_in_comments
from newsl10n.credits import (
    is_byline,
    is_caption,
    is_credit,
    is_dateline_alone,
    is_page_timestamp,
    is_stamp_line,
    is_wire_alone,
    trailing_credit,
)
from newsl10n.furniture.bylines import (
    drop_author_box_headings,
    mark_head_dates,
    mark_name_bylines,
    mark_sign_offs,
    mark_source_lists,
    mark_split_bylines,
    mark_tweet_authors,
    signatories,
)
from newsl10n.furniture.cards import (
    drop_card_lists,
    drop_cards_to_the_end,
    drop_doubled_line_cards,
    drop_doubled_teasers,
    drop_newsletter_names,
)
from newsl10n.furniture.comment_previews import drop_comment_previews
from newsl10n.furniture.consent import drop_consent_centres
from newsl10n.furniture.dated_lists import (
    drop_dated_teasers,
    drop_glued_dated_teasers,
    drop_numbered_timeline,
    drop_video_lists,
)
from newsl10n.furniture.head import (
    ArticleHead,
    drop_above_page_heading,
    drop_head_labels,
    drop_unrelated_head_titles,
    find_article_head,
    headline_below_kicker,
    headline_below_recurring_top,
    headline_below_site_name,
    headline_below_stamp,
    opens_with_navigation,
)
from newsl10n.furniture.lists import drop_list_teasers
from newsl10n.furniture.menus import (
    drop_between_furniture,
    drop_labels_of_nothing,
    drop_link_list_gaps,
    drop_menus,
    drop_notices_addresses,
    drop_page_labels,
    drop_pager_pairs,
    drop_pager_titles,
    drop_split_tag_rows,
    drop_table_of_contents,
    drop_trailing_title_lists,
    keep_section_labels,
)
from newsl10n.furniture.notes import drop_unpublished_notes
from newsl10n.furniture.polls import drop_inline_polls, drop_poll_labels
from newsl10n.furniture.promotions import drop_promotions_text
from newsl10n.furniture.reading import (
    REPEATED_LABEL,
    BlockVerdict,
    in_lower_case,
    is_person_name,
    prose_blocks,
)
from newsl10n.furniture.repeats import drop_lines_said_many_times, drop_repeats, drop_teasers_listed_twice
from newsl10n.furniture.titles import (
    drop_capital_labelled_links,
    drop_cut_summaries,
    drop_cut_title_runs,
    drop_gallery_titles,
    drop_headline_runs,
    drop_house_rules,
    drop_labelled_title_runs,
    drop_shouted_links,
    drop_source_signed_titles,
)
from newsl10n.model import REPEATED_ON_TOP, Kind
from newsl10n.newsparts import (
    MEDIA_LABEL_RE,
    NO_WORDS,
    TEXT_SHAPES,
    ends_like_sentence,
    furniture_reason,
    is_title_like,
    repeated_words,
    repeats_like_a_widget,
)

__all__ = ["ArticleHead", "BlockVerdict", "classify_blocks", "find_article_head", "inline_widget_reason"]

_MEDIA_TAG_RE = re.compile(
    r"\s(?:\[(?:video|watch|gallery|photos)\]|\((?:video|watch|gallery|photos)\))$", re.I
)
# A video story's own headline bids the reader watch: "Watch The Exact Moment Paul Ryan Committed ... (VIDEO)"
_MEDIA_VERB_RE = re.compile(r"(?:watch|listen)\s", re.I)
# a blog's label on its own post's title ("TRENDING: Portman: ..."), or a teaser of another story above the headline
_TRENDING_TITLE_RE = re.compile(r"^trending(?: now)? ?: ", re.I)
_STORY_OPENING_WORDS = 12
_CLOCK_ALONE_RE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
# A no-break space, "©" or "°" decoded twice reads "Â " or "Â©" on older pages; read as what it was.
_MOJIBAKE_RE = re.compile(r"Â([\u00a0-\u00bf])|Â(?=\s)")


def classify_blocks(
    texts: Sequence[str], *, repeated: Collection[str] = (), top_recurs: bool = False
) -> list[BlockVerdict]:
    """One verdict per block of one article, in document order (``texts`` are plain text, one per block).

    ``repeated`` holds block texts that also occur in other articles of the same batch or read before;
    ``top_recurs`` says the first block stands on top of other articles too. When the first block is page
    navigation or the site's name and is dropped, the real headline found further down gets kind HEADLINE.
    """
    texts = [_normal(text) for text in texts]
    repeated = {_normal(text) for text in repeated}
    verdicts = mark_head_dates(
        texts,
        mark_name_bylines(texts, mark_split_bylines(texts, [_classify_alone(text) for text in texts])),
    )
    verdicts = mark_tweet_authors(texts, mark_source_lists(texts, mark_sign_offs(texts, verdicts)))
    drops = [verdict.drop for verdict in verdicts]
    keep_section_labels(texts, drops)
    if drops[0] == "furniture: related link" and (
        _MEDIA_TAG_RE.search(texts[0])
        or MEDIA_LABEL_RE.match(texts[0])
        or _MEDIA_VERB_RE.match(texts[0])
        or (_TRENDING_TITLE_RE.match(texts[0]) and len(texts) > 1 and _opens_the_story(texts[1]))
    ):
        # the headline with its media tag, label or verb: "Jennifer Lawrence Made An Appearance ... [VIDEO]",
        # "Podcast: More From Tony Colaprete on LCROSS", "Watch The Exact Moment ... (VIDEO)"; a blog's label on
        # its own post's title, the story right under it: "TRENDING: Portman: 'I think I'll end up being' ..."
        drops[0] = None
    head = ArticleHead()
    below_kicker = headline_below_kicker(texts, drops, verdicts[0].kind is not None if texts else False)
    below_stamp = headline_below_stamp(texts, verdicts)
    below_site = headline_below_site_name(texts, drops, [verdict.kind is not None for verdict in verdicts])
    below_recurring = headline_below_recurring_top(texts, drops, verdicts) if top_recurs else None
    site_name = "site's name"
    if below_site is None and below_recurring is not None:
        below_site, site_name = below_recurring, REPEATED_ON_TOP
    if below_kicker is not None:
        drops[0] = "section label"
        head = ArticleHead(below_kicker, frozenset({below_kicker}))
    elif below_stamp is not None:  # the byline or date kept above the headline, as its kind
        head = ArticleHead(below_stamp, frozenset({below_stamp}))
    elif below_site is not None:
        # the author's name on top, above the story's date, is the byline ("Molly Wood" / "Ideas" / "11.14.2019")
        dated = any(verdict.kind is not None for verdict in verdicts[1:below_site])
        if dated and is_person_name(texts[0]) and not in_lower_case(texts[0], texts):
            verdicts[0] = BlockVerdict(Kind.BYLINE)
        else:
            drops[0] = site_name
        head = ArticleHead(below_site, frozenset({below_site}))
    elif texts and opens_with_navigation(texts, drops[0]):
        recurring = [index for index, text in enumerate(texts) if text in repeated]
        head = find_article_head(texts, drops, [verdict.kind is not None for verdict in verdicts], recurring)
    # the wire's or staff's name alone is marked as the byline, yet a list may take it along (a credit, a link)
    marked = [
        (verdict.kind is not None and not is_wire_alone(texts[index])) or index in head.blocks
        for index, verdict in enumerate(verdicts)
    ]
    for index in signatories(texts, drops, marked):  # the article's own names, like its bylines
        marked[index] = True
    comments = comments_start(texts, drops, prose_blocks(texts, drops, marked))
    page_end = len(texts) if comments is None else comments.index + 1
    for rule in _STRUCTURE_RULES:
        if rule in _TAIL_RULES:  # the article's tail is read above the comments
            page_drops = drops[:page_end]
            rule(texts[:page_end], page_drops, marked[:page_end])
            drops[:page_end] = page_drops
        else:
            rule(texts, drops, marked)
    drop_repeats(texts, drops, marked, repeated, {0} if head.headline is None else {0, head.headline})
    drop_above_page_heading(texts, drops, marked)  # the page's own heading is known as a repeat
    drop_teasers_listed_twice(texts, drops, marked)
    if comments is None:  # a comment count under the page's lists shows once the lists are known
        comments = comments_start(texts, drops, prose_blocks(texts, drops, marked))
    if comments is not None:
        for index in range(comments.index, len(texts)):
            if drops[index] is None and not kept_in_comments(texts[index], marked[index]):
                drops[index] = comments.reason
    drop_between_furniture(texts, drops, marked)
    drop_labels_of_nothing(texts, drops, marked)  # last: what stood below a label is known now
    verdicts = [
        verdict if drop == verdict.drop else BlockVerdict(verdict.kind, drop and f"furniture: {drop}")
        for verdict, drop in zip(verdicts, drops, strict=True)
    ]
    verdicts = [_figures_only(text, verdict) for text, verdict in zip(texts, verdicts, strict=True)]
    if head.headline is not None and (
        drops[0] is not None or below_stamp is not None or below_site is not None
    ):
        verdicts[head.headline] = BlockVerdict(Kind.HEADLINE)
    return verdicts


def _figures_only(text: str, verdict: BlockVerdict) -> BlockVerdict:
    """A clock reading kept alone ("0:49", "00:00:49": a video's length, a live report's time) is figures,
    nothing to translate; it was a stamp while the rules read the page's cards and playlists."""
    if verdict.drop is None and _CLOCK_ALONE_RE.match(text):
        return BlockVerdict(drop=f"furniture: {NO_WORDS}")
    return verdict


def _normal(text: str) -> str:
    """The block as the rules read it: spaces collapsed, a character decoded twice read as what it was."""
    return " ".join(_MOJIBAKE_RE.sub(r"\1", text).split())


def _opens_the_story(text: str) -> bool:
    """Whether a block reads as a story's first paragraph: a sentence of some length, no title."""
    return len(text.split()) >= _STORY_OPENING_WORDS and ends_like_sentence(text)


def inline_widget_reason(text: str) -> str | None:
    """Why a block of an article found in a whole page is one of the page's widgets set inside it ("CLICK
    HERE TO GET THE FOX NEWS APP", "You may also like..."), or None. Only what the block says counts: where
    it stands is the markup's, and the reader has read that already."""
    reason = furniture_reason(text)
    return f"furniture: {reason}" if reason is not None and reason not in TEXT_SHAPES else None


def _classify_alone(text: str) -> BlockVerdict:
    """What a block is by its own words, before structure is read: a dateline, credit, byline, caption or
    stamp is marked, a known kind of furniture dropped, anything else kept as body text."""
    words = repeated_words(text)
    if words is not None:  # what it repeats decides: a credit said twice is still a credit
        verdict = _classify_alone(words)
        if verdict.kind is not None or verdict.drop is not None:
            return verdict
        if is_title_like(words) and repeats_like_a_widget(text, words):
            return BlockVerdict(drop=REPEATED_LABEL)
    if is_dateline_alone(text) and furniture_reason(text) is None:  # not a gallery's "HIDE CAPTION –"
        return BlockVerdict(Kind.DATELINE)
    if is_credit(text):
        return BlockVerdict(Kind.CREDIT)
    if is_byline(text):
        return BlockVerdict(Kind.BYLINE)
    if is_caption(text):
        # a promotion with its picture's credit is still a promotion ("Want more science? ... (Image credit: ...)")
        credit = trailing_credit(text)
        reason = furniture_reason(text[:credit].rstrip()) if credit else None
        return BlockVerdict(drop=f"furniture: {reason}") if reason else BlockVerdict(Kind.CAPTION)
    if is_page_timestamp(text) or is_stamp_line(text):  # when and by whom: kept with the byline, not as prose
        return BlockVerdict(Kind.CREDIT)
    reason = furniture_reason(text)
    return BlockVerdict(drop=f"furniture: {reason}" if reason else None)


_Rule = Callable[[list[str], list[str | None], list[bool]], None]
_STRUCTURE_RULES: tuple[_Rule, ...] = (
    drop_split_tag_rows,
    drop_list_teasers,
    drop_doubled_teasers,
    drop_newsletter_names,
    drop_labelled_title_runs,
    drop_cut_title_runs,
    drop_menus,
    drop_link_list_gaps,
    drop_trailing_title_lists,
    drop_headline_runs,
    drop_dated_teasers,
    drop_video_lists,
    drop_glued_dated_teasers,
    drop_numbered_timeline,
    drop_card_lists,
    drop_cards_to_the_end,
    drop_doubled_line_cards,
    # what the cards leave between the article and them is read again: a tag row above other stories' cards
    drop_menus,
    drop_trailing_title_lists,
    drop_cut_summaries,
    drop_unrelated_head_titles,
    drop_gallery_titles,
    drop_lines_said_many_times,
    drop_shouted_links,
    drop_capital_labelled_links,
    drop_source_signed_titles,
    drop_page_labels,
    drop_head_labels,
    drop_author_box_headings,
    drop_house_rules,
    drop_pager_titles,
    drop_pager_pairs,
    drop_table_of_contents,
    drop_notices_addresses,
    drop_promotions_text,
    drop_consent_centres,
    drop_inline_polls,
    drop_poll_labels,
    drop_comment_previews,
    drop_unpublished_notes,
)
# Rules that look for the end of the article's prose: readers' comments below it are prose too.
_TAIL_RULES = frozenset({drop_trailing_title_lists, drop_glued_dated_teasers, drop_page_labels})
