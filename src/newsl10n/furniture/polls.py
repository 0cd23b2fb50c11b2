"""A poll set inside the story, printed whole by the extractor: its prompt, its question and options, its form.

Sites that ask readers to vote ("take our poll - story continues below") set the poll between two paragraphs of
the story: a question ("Trump or Biden, who will win?"), its options ("* Yes, it's time to get back to work."),
the form's fields ("Email *") and its fine print ("This field is for validation purposes and should be left
unchanged. Completing this poll grants you access to ... updates"). The question and the options read like the
story's lines; what gives them away is where they stand, between the prompt and the form's end, a few blocks
apart. The story goes on after the form.
"""

from __future__ import annotations

import re

from newsl10n.furniture.reading import droppable

_POLL_PROMPT_RE = re.compile(
    r"^(?:take|answer|vote in|join|complete) (?:our|the|this|a) (?:quick )?(?:poll|survey|quiz)\b"
    r"[^.!?]{0,20}?(?:\s*[-–—|:]\s*(?:the )?(?:story|article) continues (?:below|after)(?: (?:it|this))?)?[.!]?$",
    re.I,
)
# the form's end: a form plugin's hidden field, the poll's fine print
_FORM_END_RE = re.compile(
    r"\bthis field is for validation purposes\b|\b(?:completing|submitting|by (?:completing|submitting)) this "
    r"(?:poll|survey|quiz|form)\b",
    re.I,
)
# a poll's own label, set above its question: "Live Poll" / "Which book would you be more likely to pick up ...?"
_POLL_LABEL_RE = re.compile(
    r"^(?:(?:live|quick|reader['’]?s['’]?|today['’]s|daily|weekly|instant) poll|poll of the (?:day|week)):?$",
    re.I,
)
_POLL_REACH = 6  # blocks from the prompt to the form's end: a question, its options, a field or two
_POLL_LINE_WORDS = 60  # a question with its options; a paragraph of the story is no poll's
_REASON = "poll"


def drop_inline_polls(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A poll's prompt, and the blocks from it to its form's end when that end comes within a few blocks."""
    for start, text in enumerate(texts):
        if start == 0 or not _POLL_PROMPT_RE.match(text):
            continue
        end = next(
            (
                index
                for index in range(start + 1, min(start + 1 + _POLL_REACH, len(texts)))
                if _FORM_END_RE.search(texts[index])
            ),
            None,
        )
        if end is None:
            continue
        between = range(start, end + 1)
        if all(drops[index] is not None or _is_poll_line(index, texts, drops, marked) for index in between):
            for index in between:
                if drops[index] is None:
                    drops[index] = _REASON


def drop_poll_labels(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """A poll's label ("Live Poll") and the question right under it: the options went with the widget."""
    for index, text in enumerate(texts[1:], start=1):
        if not _POLL_LABEL_RE.match(text) or not droppable(index, drops, marked):
            continue
        drops[index] = _REASON
        after = index + 1
        if (
            after < len(texts)
            and texts[after].rstrip().endswith("?")
            and _is_poll_line(after, texts, drops, marked)
        ):
            drops[after] = _REASON


def _is_poll_line(index: int, texts: list[str], drops: list[str | None], marked: list[bool]) -> bool:
    return droppable(index, drops, marked) and len(texts[index].split()) <= _POLL_LINE_WORDS
