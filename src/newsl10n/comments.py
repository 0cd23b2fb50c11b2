"""Where readers' comments begin on a page: they run from there to its end.

A plain "Comments" heading opens them when comment marks follow ("2 hours ago", "Reply"); a heading no
article writes ("6 thoughts on “Title”") opens them alone once the article's prose has begun; a comment
prompt or form ("Leave a Reply") does once most of the page's prose lies above it. Extractors also append
comments with no heading at all: a thread then shows itself by the tools under each comment ("Reply |
Report Abuse", Blogger's "ReplyDelete", "3 more replies"), which recur every few blocks.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsl10n.credits import MONTH, is_page_timestamp

_COMMENT_HEADING_RE = re.compile(
    r"^(?:\d+\s+)?(?:comments?|reader comments|join the (?:conversation|discussion))!?$", re.I
)
# Headings only a comment section has: WordPress's "6 thoughts on “Title”", "Top Rated Comments".
_COMMENT_SECTION_HEADING_RE = re.compile(
    r"^(?:\d+|one|no) (?:thoughts?|responses?|repl(?:y|ies)|comments?) (?:on|to) [“\"‘'«].{1,200}[”\"’'»]$|"
    r"^(?:top[- ]rated|most[- ](?:liked|popular|recommended)|featured|latest|newest|oldest|readers['’]?|visitor) "
    r"comments(?: \(\d+\))?(?: add (?:your|a) comment)?$",
    re.I,
)
_CONTINUES_BELOW_RE = re.compile(r"\b(?:story|article) continues (?:below|after)\b", re.I)
_WIDGET_REACH = 5  # a widget's lines between the story's paragraphs: its prompt, its form's fields
_COUNTED_COMMENTS_RE = re.compile(r"^(?:\d+ comments?|comments? \(\d+\))$", re.I)
_COMMENT_PROMPTS = {"furniture: comments", "furniture: comment form"}  # "Leave a Reply", "3 Comments"
_COMMENT_MARK_RE = re.compile(
    r"^(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|reply|\d+\s+repl(?:y|ies)|"
    r"log in to reply|[a-z]+ \d{1,2}, \d{4},? (?:at )?\d{1,2}:\d\d ?[ap]\.?m\.?)$",  # March 3, 2020 at 10:04 am
    re.I,
)
# a blog's "Jane Doe says:", Blogger's "Anonymous said..."
_COMMENT_AUTHOR_RE = re.compile(r"^[\w.'’ -]{1,40} (?:says|said|wrote)(?::|\.\.\.|…)$")
# What only a comment carries, on a line of its own: the tools under it ("Reply | Report Abuse", Blogger's
# "ReplyDelete"), a reply count or link ("3 more replies", "Reply #2", "in reply to Sam"), its author line.
_COMMENT_TOOL_RE = re.compile(
    r"^(?:[-•|]\s*)?(?:reply(?:delete)?|report abuse|report comment|\d+ more repl(?:y|ies)|reply #\d+|"
    r"log in to reply|in reply to\b.{0,60})"
    r"(?:\s*[|·•]\s*(?:reply|report(?: abuse)?|flag|permalink|link(?: to this)?|like|share|quote))*$",
    re.I,
)
_CLOCK = r"\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?"
# A comment's stamp, its author and when: a user name in lower case with the date and time ("bollwerk 17
# September 2020 15:03"; a section's name before a date is a teaser's), Typepad's "Posted by: Jane, 04 Oct
# 2011 | 10:02", "On December 25, 2014, at 10:28 AM, jane wrote:", "wrote on October 28, 2010 @ 3:29 PM".
_COMMENT_STAMP_RE = re.compile(
    rf"^(?:(?-i:[a-z0-9_][\w.-]{{1,29}}) \d{{1,2}} {MONTH} \d{{4}},? {_CLOCK}|"
    rf"posted by: [^|]{{1,60}}?, \d{{1,2}} {MONTH} \d{{4}} \| {_CLOCK}|"  # "Posted by: G. Moore, US CPA, 28 Sep ..."
    # the comment platforms of 2008: "Posted by: jim | January 14, 2008 07:20 PM", "Posted By: Sean | Jan 10,
    # 2008 4:49:12 PM" (a blog post's own "Posted by Stuart on ..." has no colon)
    rf"posted by: [^|]{{1,40}} \| {MONTH} \d{{1,2}},? \d{{4}}(?: at)? \d{{1,2}}:\d\d(?::\d\d)?\s?[ap]\.?m\.?|"
    rf"(?:report this comment )?on {MONTH} \d{{1,2}}, \d{{4}},? at {_CLOCK}, \S{{1,30}} wrote:|"
    rf"wrote on {MONTH} \d{{1,2}}, \d{{4}} @ {_CLOCK}|"
    rf"(?!(?:posted|published|updated|last|first|created|modified|written|on|by)\b)"
    rf"(?-i:[A-Z][\w.'’-]{{1,29}})(?: (?-i:[A-Z])[\w.'’-]{{1,29}})? {MONTH} \d{{1,2}}, \d{{4}} at {_CLOCK})$",
    re.I,
)
# Typepad's and its kind's signatures, which stand under the comment they sign
_SIGNED_BELOW_RE = re.compile(r"^posted by: ", re.I)
_THREAD_MARKS = 3  # a comment thread shows its marks at least this often
_THREAD_GAP = 8  # and never this many blocks apart


@dataclass(frozen=True)
class CommentsStart:
    index: int  # the first block of the readers' comments; they run to the end of the page
    reason: str


def comments_start(
    texts: Sequence[str], drops: Sequence[str | None], prose: Sequence[int]
) -> CommentsStart | None:
    """Where readers' comments begin: under their heading, or where a thread's marks begin to recur.

    ``drops`` are the blocks' reasons so far ("furniture: comments" for a prompt such as "Leave a Reply");
    ``prose`` the indexes of the article's prose blocks, in order.
    """
    thread = _comment_thread_start(texts, prose)
    for index in range(1, len(texts) if thread is None else thread):
        prose_above = bisect.bisect_left(prose, index)
        if _opens_comment_section(index, texts, drops, prose_above, len(prose)):
            return CommentsStart(index, "comment section")
    return None if thread is None else CommentsStart(thread, "comment thread")


def _comment_thread_start(texts: Sequence[str], prose: Sequence[int]) -> int | None:
    """Readers' comments with no heading above them: a thread shows itself by its marks, which recur.

    Below the article's prose, a line only a comment carries ("Reply", "Jane says:", "2 more replies")
    that comes back every few blocks opens the thread. The comment above the first mark stays: nothing
    tells it from the article's last paragraph, but a signature under it ("Posted by: ...").
    """
    marks = [i for i, text in enumerate(texts) if _is_comment_mark(text)]
    for start, mark in enumerate(marks):
        run = marks[start : start + _THREAD_MARKS]
        dense = len(run) == _THREAD_MARKS and all(b - a < _THREAD_GAP for a, b in itertools.pairwise(run))
        if dense and bisect.bisect_left(prose, mark) >= 2:
            # a platform that signs each comment below it ("Posted by: Jane, 28 Sep 2011 | 08:54"): the
            # paragraph above the first signature is the first comment's
            signed_below = (
                _SIGNED_BELOW_RE.match(texts[mark]) is not None and bisect.bisect_left(prose, mark) >= 3
            )
            return mark - 1 if signed_below else mark
    return None


def _is_comment_mark(text: str) -> bool:
    return any(pattern.match(text) for pattern in (_COMMENT_TOOL_RE, _COMMENT_AUTHOR_RE, _COMMENT_STAMP_RE))


def kept_in_comments(text: str, marked: bool) -> bool:
    """An author's note or credit below the comment prompt stays; a comment's own stamp goes with it."""
    return marked and not is_page_timestamp(text) and not _is_comment_mark(text)


def _opens_comment_section(
    index: int, texts: Sequence[str], drops: Sequence[str | None], prose_above: int, prose_total: int
) -> bool:
    text = texts[index]
    heading = text.lstrip("§#•*-–— ")  # "§ 13 Responses to “Title”"
    counted_text = heading.strip("{}[]() ")  # "{ 2 comments }"
    if prose_above and len(text) <= 260 and _COMMENT_SECTION_HEADING_RE.match(heading):
        return True
    # a counted heading ("27 Comments") under the page's lists, below the article: the comments are prose too,
    # so they may outnumber the article's paragraphs
    counted = _COUNTED_COMMENTS_RE.match(counted_text) is not None
    if prose_above >= 2 and counted and all(drops[item] is not None for item in range(index - 2, index)):
        return True
    if (
        prose_above * 2 > prose_total
        and not _story_continues_below(index, texts)
        # a prompt or a form opens them (a table's column is "Comment" too), or an author's line with marks below
        and (
            (drops[index] in _COMMENT_PROMPTS and text.lower() != "comment")
            or (_COMMENT_AUTHOR_RE.match(text) and _comment_marks_follow(index, texts))
        )
    ):
        return True
    heading_alone = _COMMENT_HEADING_RE.match(text) or _COMMENT_HEADING_RE.match(counted_text)
    return heading_alone is not None and _comment_marks_follow(index, texts)


def _story_continues_below(index: int, texts: Sequence[str]) -> bool:
    """A widget set inside the story says so above its form: "take our poll - story continues below"."""
    return any(_CONTINUES_BELOW_RE.search(texts[i]) for i in range(max(0, index - _WIDGET_REACH), index))


def _comment_marks_follow(index: int, texts: Sequence[str]) -> bool:
    """A comment's time, or its author's stamp ("Aqua October 28, 2010 at 11:21 am"), within a few blocks."""
    return any(
        _COMMENT_MARK_RE.match(texts[i]) or _COMMENT_STAMP_RE.match(texts[i])
        for i in range(index + 1, min(index + 5, len(texts)))
    )
