"""A promotion's own text between its prompts: what a site's box says to the reader about the offer it makes.

A box that asks the reader to join a WhatsApp community or sign up for a newsletter comes as several
paragraphs, and only its first and last lines say the offer in words a pattern knows ("Join the Daily Record
WhatsApp community!" ... "Sign up to our daily newsletter here."). The lines between go on about it in the
site's voice ("You'll receive daily updates ...", "If you're on a desktop, simply scan the QR code above ...",
"To leave our community click on the name at the top of your screen ..."). Each speaks of the offer's
things, one at least speaks to the reader, none quotes anyone or tells the story.
"""

from __future__ import annotations

import re

from newsl10n.furniture.reading import droppable, kept_runs, prose_blocks, tells_the_story
from newsl10n.topicwords import story_words

_PROMOTION_RUN = 6  # lines between two prompts that may be the box's own
_OFFER_WORDS_RE = re.compile(
    r"\b(?:sign(?:ed|ing)? up|subscri(?:be|bed|bers?|ption)|newsletters?|inbox|community|app|download|join(?:ing)?|"
    r"click|tap|notifications?|alerts|updates|privacy (?:notice|policy)|unsubscribe|qr code)\b",
    re.I,
)
_TO_THE_READER_RE = re.compile(r"\b(?:you|your|you['’](?:re|ll|ve|d))\b", re.I)
_QUOTE_MARKS = ("“", "”", '"')


def drop_promotions_text(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """The kept lines between two dropped prompts that go on about the offer, as above."""
    prose = prose_blocks(texts, drops, marked)
    for run in kept_runs(drops, 0):
        above, below = run[0] - 1, run[-1] + 1
        walled = below < len(texts) and _is_prompt(drops[above]) and _is_prompt(drops[below])
        if (
            walled
            and len(run) <= _PROMOTION_RUN
            and _goes_on_about_the_offer(run, texts, drops, marked, prose)
        ):
            for index in run:
                drops[index] = "promotion's text"


def _goes_on_about_the_offer(
    run: range, texts: list[str], drops: list[str | None], marked: list[bool], prose: list[int]
) -> bool:
    """Whether every line of the run speaks of the offer, and one of them to the reader; the story is what
    the paragraphs outside the run say."""
    if not any(_TO_THE_READER_RE.search(texts[index]) for index in run):
        return False
    story = story_words(texts[index] for index in prose if index not in run)
    return all(
        droppable(index, drops, marked)
        and _OFFER_WORDS_RE.search(texts[index]) is not None
        and not any(mark in texts[index] for mark in _QUOTE_MARKS)
        and not tells_the_story(texts[index], story)
        for index in run
    )


def _is_prompt(drop: str | None) -> bool:
    """Dropped as a prompt that offers the reader something ("app prompt", "newsletter prompt"); a poll's
    prompt stands over the story's own question."""
    return drop is not None and drop.endswith(" prompt") and not drop.endswith("poll prompt")
