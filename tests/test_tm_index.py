"""The similar-sentence index: scores, threshold, and the same answers as scoring every sentence."""

from __future__ import annotations

import random
import re

import pytest

from newsl10n.tm import index as index_module
from newsl10n.tm.index import FuzzyIndex, length_bounds, similarity
from newsl10n.tm.placeables import placeables

EXAMPLE_SENTENCES = [
    "Peskov said the Patriot would definitely be a target for Russia, but would not comment on media reports.",
    "The Kremlin said today that Patriot missile defense systems would be a legitimate target for Russian strikes.",
    "Washington is finalizing plans to send the Patriot missile system to Ukraine, three US officials said on Tuesday.",
    "Patriots are considered among the most advanced US air defense systems, including aircraft and cruise missiles.",
    "They usually include launchers along with radar and other support vehicles.",
    "Washington has so far provided Ukraine with $19.3 billion in military aid since the war began.",
    "Zelensky asked Russia to begin withdrawing its troops by Christmas after nearly 10 months of war.",
    "Peskov said on Tuesday that there would be no peace with Kyiv until Zelensky accepted the realities.",
    "Kyiv regained control of about 50 percent of the territory Moscow had seized in the first weeks of the war.",
    "No such proposal has been received from anyone, and this issue is not on the agenda.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def brute_force(query: str, texts: list[str], threshold: float):
    """Score every sentence: the answer the index must give (best score, the first added on ties)."""
    best = None
    for number, text in enumerate(texts):
        score = similarity(query, text)
        if score >= threshold and (best is None or score > best[1]):
            best = (number, score)
    return best


def edits(sentence: str, rng: random.Random) -> str:
    """The kind of edit a news desk makes: a day, a number, a word swapped or dropped."""
    words = sentence.split()
    choice = rng.randrange(4)
    if choice == 0:
        return (
            re.sub("|".join(DAYS), rng.choice(DAYS), sentence)
            if any(d in sentence for d in DAYS)
            else sentence + " on Friday"
        )
    if choice == 1:
        return (
            re.sub(r"\d+", str(rng.randrange(2, 99)), sentence)
            if re.search(r"\d", sentence)
            else "Now " + sentence
        )
    if choice == 2:
        words[rng.randrange(len(words))] = rng.choice(["officials", "Moscow", "reporters", "allies"])
    else:
        del words[rng.randrange(len(words))]
    return " ".join(words)


def small_memory(rng: random.Random) -> list[str]:
    stored = list(EXAMPLE_SENTENCES)
    while len(stored) < 200:
        stored.append(edits(edits(rng.choice(EXAMPLE_SENTENCES), rng), rng))
    return list(dict.fromkeys(stored))


def test_similarity_is_a_share_between_0_and_1():
    assert similarity("said on Tuesday", "said on Tuesday") == 1.0
    assert similarity("abc", "xyz") == 0.0
    # rapidfuzz ratio: 2 * common / total length ("Peskov said on " + "esday" in common: 20 of 21 + 23 chars)
    assert similarity("Peskov said on Tuesday", "Peskov said on Wednesday") == pytest.approx(40 / 46)
    assert similarity("abc", "xyz", cutoff=0.5) == 0.0


def test_length_bounds_are_what_the_score_allows():
    low, high = length_bounds(100, 0.75)
    assert (low, high) == (60, 166)
    # a sentence just outside the bounds cannot reach the threshold, whatever it holds
    assert similarity("a" * 100, "a" * 59) < 0.75 <= similarity("a" * 100, "a" * 60)
    assert similarity("a" * 100, "a" * 167) < 0.75 <= similarity("a" * 100, "a" * 166)


def test_the_most_similar_sentence_wins_and_scores_are_in_0_to_1():
    index = FuzzyIndex(EXAMPLE_SENTENCES)
    query = "Peskov said on Wednesday that there would be no peace with Kyiv until Zelensky accepted the realities."
    hit = index.best(query, 0.75)
    assert hit is not None and index[hit.number] == EXAMPLE_SENTENCES[7]
    assert 0.75 <= hit.score < 1.0
    assert hit.score == pytest.approx(similarity(query, EXAMPLE_SENTENCES[7]))


def test_nothing_below_the_threshold():
    index = FuzzyIndex(EXAMPLE_SENTENCES)
    query = "Peskov said on Wednesday that there would be no truce."
    score = similarity(query, EXAMPLE_SENTENCES[7])
    assert 0.5 < score < 0.75
    assert index.best(query, 0.75) is None
    assert index.best(query, 0.5) is not None
    assert index.best("", 0.5) is None
    assert FuzzyIndex().best(query, 0.5) is None


def test_search_lists_the_best_first_and_ties_go_to_the_first_added():
    index = FuzzyIndex(["Peskov said on Monday.", "Peskov said on Sunday.", "Kyiv said on Monday!"])
    hits = index.search("Peskov said on Friday.", 0.6, limit=3)
    # Monday and Sunday are as far from Friday: the first added comes first; Kyiv is further
    assert [hit.number for hit in hits] == [0, 1, 2]
    assert hits[0].score == hits[1].score > hits[2].score
    twin = FuzzyIndex(["The Kremlin said so.", "The Kremlin said so."])
    assert twin.best("The Kremlin said so!", 0.75).number == 0


@pytest.mark.parametrize("threshold", [0.6, 0.75, 0.9])
def test_index_agrees_with_scoring_every_sentence(threshold):
    rng = random.Random(threshold)
    stored = small_memory(rng)
    index = FuzzyIndex(stored)
    queries = [edits(rng.choice(stored), rng) for _ in range(150)]
    queries += [edits(edits(rng.choice(EXAMPLE_SENTENCES), rng), rng) for _ in range(50)]
    found = 0
    for query in queries:
        expected = brute_force(query, stored, threshold)
        hit = index.best(query, threshold)
        assert (tuple(hit) if hit else None) == expected, query
        found += expected is not None
    assert found > 100  # most queries have a match: the comparison is not between two empty answers


def test_a_lookup_reads_only_the_rarest_words_when_the_budget_is_tight(monkeypatch):
    """Every word but the number is in all 500 sentences: with a budget of one posting, "7" and the latest
    use of one other word are read, not 500 postings per word."""
    monkeypatch.setattr(index_module, "POSTINGS_BUDGET", 1)
    index = FuzzyIndex(f"The Kremlin said on Tuesday that {n} people died." for n in range(500))
    assert index._candidates("The Kremlin said on Tuesday that 7 people died.", 0.75) == [7, 499]
    hit = index.best("The Kremlin said on Tuesday that 7 people died!", 0.75)
    assert hit == (7, pytest.approx(similarity("The Kremlin said on Tuesday that 7 people died!", index[7])))


def test_placeables_found_by_the_memory_are_the_ones_the_index_sees():
    """A sanity check of the generated edits above: a day or a number is what changes."""
    assert [p.kind for p in placeables("Kyiv said on Tuesday that 3 people died.")] == ["day", "number"]


def test_when_every_word_is_common_sentences_sharing_two_of_the_rarest_three_are_scored(monkeypatch):
    monkeypatch.setattr(index_module, "POSTINGS_BUDGET", 5)
    firsts = ["Kyiv", "Moscow", "Berlin", "Warsaw", "Vilnius", "Riga", "Tallinn"]
    verbs = ["said", "denied", "confirmed", "reported", "announced"]
    objects = ["strikes", "talks", "sanctions", "supplies", "elections", "exports", "protests", "losses"]
    stored = [
        f"{firsts[n % 7]} {verbs[n % 5]} new {objects[n % 8]} in the region on Monday." for n in range(280)
    ]
    index = FuzzyIndex(stored)
    for number in (3, 41, 123, 277):
        query = stored[number].replace("Monday", "Friday")
        assert all(len(index._postings[key]) > 5 for key in index_module.index_keys(query) if key != "friday")
        hit = index.best(query, 0.75)
        assert hit is not None and hit.score == brute_force(query, stored, 0.75)[1]
        assert index[hit.number] == stored[number]
