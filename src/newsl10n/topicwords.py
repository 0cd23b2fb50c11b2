"""The words that say what a story is about, to tell its headline from the site's name above it.

A headline names the story's people, places and things, and the story's paragraphs name them again; a
site's or section's name ("Daily Times - Leading News Resource of Pakistan", "Financial Times FT.com")
shares none of them. Words are compared by their first letters, so "Pakistani" meets "Pakistan" and
"killed" meets "killing"; function words and short words say nothing of the topic and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_STEM_LETTERS = 6
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
# Words that tell nothing of a topic (short ones are left out by their length)
_FUNCTION_WORD_LIST = """
about above after again against all also and any are around as because been before being below between
both but can could did does down during each few for from further had has have having her here hers him
his how into its itself just more most new not now off once only other our out over own same says said
say she should some such than that the their them then there these they this those through too under
until very was were what when where which while who whom why will with would you your yours
"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_LIST.split())


@lru_cache(maxsize=8192)  # the rules ask again and again for the words of the same paragraphs
def topic_words(text: str) -> frozenset[str]:
    """The stems of the words in ``text`` that can name a topic."""
    return frozenset(
        word.casefold()[:_STEM_LETTERS]
        for word in _WORD_RE.findall(text)
        if word.casefold() not in _FUNCTION_WORDS
    )


def story_words(paragraphs: Iterable[str]) -> frozenset[str]:
    """The topic words of a story's paragraphs together."""
    words: set[str] = set()
    for paragraph in paragraphs:
        words |= topic_words(paragraph)
    return frozenset(words)
