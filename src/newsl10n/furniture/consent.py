"""A consent platform's preference centre, printed whole into a pasted page: its heading, its buttons, and
paragraph after paragraph of what cookies and partners do with the reader's data.

OneTrust's and the IAB framework's texts are the same on thousands of sites ("Privacy Preference Center",
"These cookies allow us to count visits ...", "Use profiles to select personalised advertising 473 partners can
use this purpose"). Their sentences read like prose, so no rule that looks for lists takes them; the centre's
heading, which no article writes, opens them, and they run while each line speaks of cookies, partners, consent
or the reader's data, or is a button's short label. The first line that does neither ends the centre: a page
that prints it above the article keeps the article.
"""

from __future__ import annotations

import re

from newsl10n.furniture.reading import droppable
from newsl10n.newsparts import is_title_like

_CENTRE_HEADING_RE = re.compile(
    r"^(?:privacy preference cent(?:er|re)|cookie (?:preference|settings|consent) cent(?:er|re)|"
    r"manage consent preferences|your privacy choices|we value your privacy)$",
    re.I,
)
# what the centre's paragraphs speak of
_CONSENT_WORDS_RE = re.compile(
    r"\b(?:cookies?|partners?|consent|legitimate interests?|vendors?|purposes?|profiles?|personali[sz](?:ed|e|ation)|"
    r"advertis\w*|identif\w*|devices?|geolocation|tracking|preferences|visit(?:s|ors)|"
    r"your (?:data|activity|browser|privacy|interests))\b",
    re.I,
)
_BUTTON_WORDS = 4  # "Allow All", "Confirm My Choices"; a longer one names what it is about
_REASON = "consent centre"


def drop_consent_centres(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """The lines of a consent platform's preference centre, from its heading to the first line of other words."""
    index = 0
    while index < len(texts):
        if not _CENTRE_HEADING_RE.match(texts[index]):
            index += 1
            continue
        if drops[index] is None:
            drops[index] = _REASON
        index += 1
        while index < len(texts) and _in_the_centre(index, texts, drops, marked):
            if drops[index] is None:
                drops[index] = _REASON
            index += 1


def _in_the_centre(index: int, texts: list[str], drops: list[str | None], marked: list[bool]) -> bool:
    if drops[index] is not None:
        return True  # a button or a list the other rules dropped already
    if not droppable(index, drops, marked):
        return False
    text = texts[index]
    return _CONSENT_WORDS_RE.search(text) is not None or is_title_like(text, max_words=_BUTTON_WORDS)
