"""Spot scraped page furniture ("You May Also Like", share prompts, teaser headlines) in an article.

Superseded by :func:`newsl10n.furniture.classify_blocks`, which looks at the whole text, not only its
end, and also marks credits, bylines and captions; this module stays until the article reader switches.

Copy-pasted or scraped articles often end with the site's widgets. Translating them wastes effort and
puts junk in front of translators, but dropping a real paragraph is far worse, so the rules are narrow:

* a *marker* is a short paragraph that is a known widget phrase ("Recommended for you", "Read more",
  "Share this article", "Follow us on X", "Sign up for ...");
* a *title-like* paragraph is a short line without sentence-final punctuation (a teaser headline);
* only the trailing run of markers and title-like paragraphs is considered, and of that run only the
  part from its first marker on is dropped: a teaser counts as boilerplate only when a marker vouches for it;
* a lone "Advertisement" paragraph is dropped wherever it sits.

A paragraph ending like a sentence is never dropped unless it is nothing but a marker phrase
("Read more..."), so "Read more about the talks in our related coverage." stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_MAX_WORDS = 14
_MAX_CHARS = 120

# Widget labels; a paragraph that is exactly one of these (plus a colon, arrow or dots) is a marker.
_LABEL_RE = re.compile(
    r"(?:you (?:may|might) (?:also )?like|recommended(?: for you| stories| articles| reading)?"
    r"|read (?:more|next|also)|also read|see also|more (?:stories|news|on this story)"
    r"|related(?: articles?| stories| news| content| coverage| links| topics| posts)?"
    r"|most (?:read|popular|viewed)|trending(?: now| stories)?|latest (?:news|stories)|top stories"
    r"|don'?t miss|editor'?s picks?|promoted(?: content| stories)?|sponsored(?: content| stories)?"
    r"|(?:story continues below )?advertisement|comments?|tags|topics"
    r"|share(?: this(?: article| story| page)?)?|subscribe(?: now)?|follow us|sign up(?: now)?|click here)"
    r"\s*[:.…>»→|-]*",
    re.IGNORECASE,
)
# Prompts and link lines with free text ("Follow us on Telegram", "Read more: Kremlin says ...");
# they are markers only when they do not end like a sentence.
_PROMPT_RE = re.compile(
    r"(?:share (?:on|via|with) |subscribe (?:to|for) |follow us (?:on|at) |sign up (?:for|to) |click here "
    r"|more from |(?:read more|read next|related|see also|also read|more)\s*[:>»→|-]\s*)\S.*",
    re.IGNORECASE,
)
_MAX_PROMPT_WORDS = _MAX_WORDS + 2  # a link label plus a teaser headline
_ADVERTISEMENT_RE = re.compile(r"(?:story continues below )?advertisement\s*[:.…-]*", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.!?…;:,][\"'”’)\]]*$")


def is_advertisement(text: str) -> bool:
    """A paragraph that is only an ad label; it is dropped wherever it sits."""
    return _ADVERTISEMENT_RE.fullmatch(text.strip()) is not None


def find_boilerplate(paragraphs: Sequence[str]) -> dict[int, str]:
    """Indexes of the paragraphs to drop, each with a short reason for the report."""
    drops = {
        index: "boilerplate: advertisement" for index, text in enumerate(paragraphs) if is_advertisement(text)
    }
    run_start = len(paragraphs)
    while run_start > 0 and _is_widget_like(paragraphs[run_start - 1]):
        run_start -= 1
    marker = ""
    for index in range(run_start, len(paragraphs)):
        text = paragraphs[index].strip()
        if _is_marker(text):
            marker = _short(text)
            drops.setdefault(index, f"boilerplate: '{marker}' block")
        elif marker:
            drops.setdefault(index, f"boilerplate: teaser headline in '{marker}' block")
    return dict(sorted(drops.items()))


def _is_marker(text: str) -> bool:
    text = text.strip()
    if len(text) > _MAX_CHARS:
        return False
    if _LABEL_RE.fullmatch(text):
        return True
    return (
        _PROMPT_RE.fullmatch(text) is not None
        and len(text.split()) <= _MAX_PROMPT_WORDS
        and _SENTENCE_END_RE.search(text) is None
    )


def _is_title_like(text: str) -> bool:
    text = text.strip()
    return (
        bool(text)
        and len(text) <= _MAX_CHARS
        and len(text.split()) <= _MAX_WORDS
        and any(char.isalpha() for char in text)
        and _SENTENCE_END_RE.search(text) is None
    )


def _is_widget_like(text: str) -> bool:
    return _is_marker(text.strip()) or _is_title_like(text) or is_advertisement(text)


def _short(text: str, limit: int = 40) -> str:
    text = text.strip().rstrip(":.…>»→|- ")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
