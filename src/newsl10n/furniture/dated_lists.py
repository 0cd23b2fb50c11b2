"""Lists of other stories whose every item carries a date or a time: titles over their dates,
titles with their date glued on, a playlist's videos over their running times, a timeline numbered down
with its days.

An article dates its events in its sentences; a sidebar of other stories pairs each title with its date,
item after item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from newsl10n.credits import is_date_only, is_event_day, is_page_timestamp, is_timestamp
from newsl10n.furniture.reading import (
    MENU_RUN,
    droppable,
    is_structured_list,
    next_kept,
    previous_kept,
    prose_blocks,
)
from newsl10n.newsparts import is_teaser

_TIMELINE_GAP = 2  # a numbered card and its one-line summary
# a card of a numbered timeline: its number, its title, its day ("41 Titans hire ... Tuesday Feb 8")
_NUMBERED_DAY_RE = re.compile(r"^(\d{1,3}) \S.{8,160}? (\w+,? \w+\.? \d{1,2})$")
_GLUED_DATE_RE = re.compile(r"^(?:[-–•*]\s+)?(.{8,160})\s+[-–—|]\s+(.{6,40})$")
_DATE_PREPOSITIONS = frozenset(
    {
        "on",
        "of",
        "for",
        "since",
        "until",
        "till",
        "by",
        "from",
        "in",
        "at",
        "to",
        "before",
        "after",
        "between",
    }
)
# a video's running time alone, its source line below it, and a playlist's heading with its count
_VIDEO_TITLE_REACH = 3  # a video's title stands this many lines above its running time at most
_RUNNING_TIME_RE = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}$")
_VIDEO_SOURCE_RE = re.compile(r"^[-–—]\s*Source:\s*\S.{0,40}$")
_PLAYLIST_HEADING_RE = re.compile(r"^.{1,60}\b\d{1,3} videos$", re.I)
# a date with its year glued to a title by a space alone: "... Agenda April 28, 2022", "... for 22nd April, 2022"
_GLUED_FULL_DATE_RE = re.compile(
    r"^(.{8,160}?)\s+([A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?, (?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8},? (?:19|20)\d\d)$"
)
# a teaser's date in figures, zero-padded as a list prints it ("... misses expectations 04.15.11"); a version
# number ("Linux 2.6.32") is not padded
_GLUED_FIGURE_DATE_RE = re.compile(
    r"^(.{8,160}?)\s+((?:0[1-9]|1[0-2])[./](?:0[1-9]|[12]\d|3[01])[./](?:\d\d|(?:19|20)\d\d))$"
)


def drop_dated_teasers(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Two or more title lines in a row, each followed by its date, are a teaser list ("Title" / "8 July 2020").

    An article does not alternate its own lines with dates; a sidebar of other stories does.
    """
    pairs = [
        index
        for index in range(1, len(texts) - 1)
        if droppable(index, drops, marked)
        and _is_teaser_date(index + 1, texts, drops, marked)
        and is_teaser(texts[index])
        and not is_timestamp(texts[index])
    ]
    for index in pairs:
        if index - 2 in pairs or index + 2 in pairs:
            drops[index] = drops[index + 1] = "dated teaser list"


def _is_teaser_date(index: int, texts: list[str], drops: list[str | None], marked: list[bool]) -> bool:
    """A date under a teaser; a page's date stamp is marked as a credit, but under a teaser it is the teaser's."""
    text = texts[index]
    return (
        is_date_only(text)
        and not is_event_day(text)
        and (droppable(index, drops, marked) or (drops[index] is None and is_page_timestamp(text)))
    )


def drop_glued_dated_teasers(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Two or more "Title - October 24, 2020" lines in a row above or below the article's prose: a blog's
    recent-posts widget. An article's own timeline puts the date first, and a tour's dates share one shape."""
    prose = prose_blocks(texts, drops, marked)
    index = 0
    while index < len(texts):
        end = index
        while end < len(texts) and droppable(end, drops, marked) and _dated_teaser_title(texts[end]):
            end += 1
        titles = [_dated_teaser_title(texts[item]) or "" for item in range(index, end)]
        outside = not prose or end <= prose[0] or index > prose[-1]
        if end - index >= 2 and outside and not is_structured_list(titles):
            for item in range(index, end):
                drops[item] = "dated teaser list"
        index = max(end, index + 1)


def _dated_teaser_title(text: str) -> str | None:
    """The title of a teaser with its date glued on ("- 20 Winter Baby Shower Ideas - October 23, 2020"), maybe
    with no mark between them ("Richards confident, Hamilton Skeptical April 26, 2022")."""
    figures = _GLUED_FIGURE_DATE_RE.match(text)  # a date in figures alone is no date to credits' patterns
    match = _GLUED_DATE_RE.match(text)
    if match is None:
        match = _GLUED_FULL_DATE_RE.match(text) or figures
        # a sentence that ends on its date says so: "The vote was held on April 26, 2022"
        if match is not None and match.group(1).rsplit(None, 1)[-1].lower() in _DATE_PREPOSITIONS:
            return None
    if match is None or not (figures or is_date_only(match.group(2))):
        return None
    title = match.group(1)
    return title if len(title.split()) >= 3 and is_teaser(title) else None


def drop_video_lists(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """Two or more videos in a row, each a title over its running time ("03:29") and maybe its source
    ("- Source: CNN"), are a playlist; so is a "Politics of the Day 15 videos" heading above them.

    A story's own video has one running time under its caption; a playlist repeats the pair. The running time
    alone reads like a clock time and is marked as a stamp, so the marks of these lines do not hold here.
    """
    videos = [video for index in range(len(texts)) if (video := _video_card(index, texts, drops, marked))]
    for first, second in pairwise(videos):
        if next_kept(first[-1], drops) == second[0]:
            for index in (*first, *second):
                drops[index], marked[index] = "video playlist", False
    if videos and drops[videos[0][0]] is not None:
        heading = previous_kept(videos[0][0], drops)
        if heading is not None and _PLAYLIST_HEADING_RE.match(texts[heading]) and not marked[heading]:
            drops[heading] = "video playlist"


def _video_card(
    index: int, texts: Sequence[str], drops: Sequence[str | None], marked: Sequence[bool]
) -> tuple[int, ...] | None:
    """The lines of one video in a list, from its running time at ``index``: (title[, date], time[, source]).

    The title stands just above the time, or above the video's date ("Yesterday 1:55PM") that stands above it.
    """
    if drops[index] is not None or not _RUNNING_TIME_RE.match(texts[index]):
        return None
    title = previous_kept(index, drops)
    dated = title is not None and is_timestamp(texts[title])
    if dated:
        title = previous_kept(title, drops)
    reach = _VIDEO_TITLE_REACH + (1 if dated else 0)  # a player's labels between them, no more
    if title is None or index - title > reach:
        return None
    if not droppable(title, drops, marked) or not is_teaser(texts[title]) or is_timestamp(texts[title]):
        return None
    lines = (title, next_kept(title, drops), index) if dated else (title, index)
    source = next_kept(index, drops)
    if source is not None and _VIDEO_SOURCE_RE.match(texts[source]) and not marked[source]:
        return (*lines, source)
    return lines


def drop_numbered_timeline(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A story's timeline of other stories, numbered down with their days ("41 Titans coach Munchak fires
    offensive coordinator Tuesday Feb 8" / its summary / "40 Titans hire Mike Munchak ... Monday Feb 7"): an
    article numbers its own lists up, and dates its events in its sentences. Its heading may give the count
    ("Story Milestones | 41")."""
    numbered = {}
    for index, text in enumerate(texts):
        match = _NUMBERED_DAY_RE.match(text)
        if match is not None and is_event_day(match.group(2)) and droppable(index, drops, marked):
            numbered[index] = int(match.group(1))
    runs: list[list[int]] = []
    for index in sorted(numbered):
        run = runs[-1] if runs else None
        if run and index - run[-1] <= _TIMELINE_GAP and numbered[index] == numbered[run[-1]] - 1:
            run.append(index)
        else:
            runs.append([index])
    for run in runs:
        if len(run) < MENU_RUN:
            continue
        # the last card keeps the others' shape: a summary under it too
        last = run[-1] + (run[1] - run[0]) - 1
        for index in range(run[0], min(last, len(texts) - 1) + 1):
            if droppable(index, drops, marked):
                drops[index] = "numbered timeline"
        heading = run[0] - 1
        if droppable(heading, drops, marked) and texts[heading].endswith(f" {numbered[run[0]]}"):
            drops[heading] = "numbered timeline"
