"""Word alignment from a translation model's attention.

The model attends over subword tokens; the glossary stage needs pairs of *words*, counted the way
:func:`newsl10n.text.words` counts them. Tokens are mapped to words through character offsets, found
by walking each token's surface text through the sentence, so any tokenizer works (SentencePiece,
Moses+BPE) and normalization quirks only cost the odd unaligned token, never a wrong index.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from newsl10n.text import words

_WORD_CHAR = re.compile(r"\w")
_BYTE_PIECE = re.compile(r"^<0x[0-9A-Fa-f]{2}>$")


def surface(token: str) -> str:
    """The text a subword token stands for: no ``▁`` marker, no ``@@`` joiner, no Moses escapes."""
    if _BYTE_PIECE.match(token):
        return ""
    text = token.replace("▁", "")
    if text.endswith("@@"):
        text = text[:-2]
    return html.unescape(text)


def token_spans(tokens: Sequence[str], text: str) -> list[tuple[int, int]]:
    """Character span of each token in ``text``; ``(p, p)`` where a token cannot be placed."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    skippable = 0  # characters the unplaced tokens so far may stand for: the next token may jump them
    for token in tokens:
        piece = surface(token)
        found = text.find(piece, cursor) if piece else -1
        if found >= 0 and (
            not _WORD_CHAR.search(text, cursor, found) or _visible(text, cursor, found) <= skippable
        ):
            spans.append((found, found + len(piece)))
            cursor, skippable = found + len(piece), 0
        else:
            spans.append((cursor, cursor))
            skippable += len(piece)
    return spans


def _visible(text: str, start: int, end: int) -> int:
    """Non-space characters in ``text[start:end]``."""
    return sum(not char.isspace() for char in text[start:end])


def token_words(tokens: Sequence[str], text: str) -> list[int | None]:
    """For each token, the index of the word (per ``words(text)``) it belongs to, or None."""
    owner: list[int | None] = [None] * len(text)
    for index, match in enumerate(words(text)):
        for position in range(match.start(), match.end()):
            owner[position] = index
    result: list[int | None] = []
    for start, end in token_spans(tokens, text):
        result.append(next((owner[p] for p in range(start, end) if owner[p] is not None), None))
    return result


def word_alignment(
    source_tokens: Sequence[str],
    source: str,
    target_tokens: Sequence[str],
    target: str,
    attention: Sequence[Sequence[float]],
) -> list[tuple[int, int]]:
    """(source word, target word) pairs: each target token aligns to the source token it attends to most."""
    source_words = token_words(source_tokens, source)
    target_words = token_words(target_tokens, target)
    pairs: set[tuple[int, int]] = set()
    for target_index, row in enumerate(attention[: len(target_tokens)]):
        target_word = target_words[target_index]
        if target_word is None or not row:
            continue
        limit = min(len(row), len(source_tokens))
        if limit == 0:
            continue
        best = max(range(limit), key=row.__getitem__)
        source_word = source_words[best]
        if source_word is not None:
            pairs.add((source_word, target_word))
    return sorted(pairs)
