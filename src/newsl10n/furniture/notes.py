"""A wire service's notes to editors below a story: what it marks as not for publication.

dpa's English service ends a story with its notebook ("dpa NOTEBOOK" / "* * * *" / "The following information
is not for publication" / its contacts / its editors' initials); other wires and press offices write "NOT FOR
PUBLICATION" or "Note to editors" the same way. Everything from such a line down is for the desk, not the
reader: translating it would publish it.
"""

from __future__ import annotations

import re

from newsl10n.furniture.reading import prose_blocks

# the line alone, maybe after a row of stars, maybe saying what it is for; not an embargo ("not for publication
# before 0001 GMT"), which heads a story and says when it may run
_NOT_FOR_PUBLICATION_RE = re.compile(
    r"^[\W\d_]{0,12}(?:(?:the )?following (?:\w+ ){0,2}(?:is|are) )?not for publication"
    r"(?:\s*[-–—:,]\s*for (?:guidance|information|editors|background)\b[^.!?]{0,40})?\s*[.!:]?$",
    re.I,
)
# the heading a wire sets above its notes: "# dpa NOTEBOOK", "Note to editors:", "Editors' note"
_NOTES_HEADING_RE = re.compile(
    r"^[#*\s]*(?:[a-z]{2,6} )?(?:notebook|notes? to editors?|editors?['’]? notes?):?$", re.I
)
REASON = "wire's note, not for publication"


def drop_unpublished_notes(texts: list[str], drops: list[str | None], marked: list[bool]) -> None:
    """From a line that says what follows is not for publication to the end, and the notes' heading right
    above it: the wire's notes to editors."""
    start = next((index for index, text in enumerate(texts) if _NOT_FOR_PUBLICATION_RE.match(text)), None)
    if start is None:
        return
    prose = prose_blocks(texts, drops, marked)  # read only where a note is: every article passes here
    if not prose or start < prose[0]:
        return  # notes come below a story
    if _NOTES_HEADING_RE.match(texts[start - 1]):
        start -= 1
    for index in range(start, len(texts)):
        drops[index] = REASON  # what other rules saw there too (a title list, a copyright line) is this note
