"""Sentence splitting: pysbd's Golden Rules must not regress, news copy must improve on plain pysbd."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pysbd
import pytest

from newsl10n import segment
from newsl10n.segment import _segmenter, sentence_spans, split_sentences

DATA = Path(__file__).parent / "data" / "segment"


@dataclass(frozen=True)
class Case:
    name: str
    sentences: list[str]
    xfail: bool

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


def load_cases(name: str) -> list[Case]:
    """Blocks separated by blank lines: comment lines, then one expected sentence per line."""
    cases = []
    for block in (DATA / name).read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        comments = [line.lstrip("# ").strip() for line in lines if line.startswith("#")]
        sentences = [line for line in lines if not line.startswith("#")]
        if sentences:
            cases.append(Case(comments[0] if comments else sentences[0], sentences, "xfail" in comments))
    return cases


GOLDEN = load_cases("golden_rules_en.txt")
NEWS = load_cases("news_en.txt")
PLAIN_PYSBD = pysbd.Segmenter(language="en", clean=False)


def pysbd_split(text: str) -> list[str]:
    return [sentence.strip() for sentence in PLAIN_PYSBD.segment(text) if sentence.strip()]


def score(cases: list[Case], split) -> int:
    return sum(split(case.text) == case.sentences for case in cases)


def params(cases: list[Case]):
    return [
        pytest.param(
            case, id=case.name, marks=[pytest.mark.xfail(reason="pysbd fails it too")] if case.xfail else []
        )
        for case in cases
    ]


def test_case_files_are_big_enough():
    assert len(GOLDEN) >= 45
    assert len(NEWS) >= 40


@pytest.mark.parametrize("case", params(GOLDEN))
def test_golden_rule(case: Case):
    assert split_sentences(case.text) == case.sentences


@pytest.mark.parametrize("case", params(NEWS))
def test_news_case(case: Case):
    assert split_sentences(case.text) == case.sentences


def test_xfail_marks_are_honest():
    """A case is marked expected-failure only because plain pysbd gets it wrong."""
    for case in GOLDEN:
        assert (pysbd_split(case.text) != case.sentences) == case.xfail, case.name


def test_scores_against_plain_pysbd():
    golden_ours, golden_pysbd = score(GOLDEN, split_sentences), score(GOLDEN, pysbd_split)
    news_ours, news_pysbd = score(NEWS, split_sentences), score(NEWS, pysbd_split)
    print(f"\ngolden rules: newsl10n {golden_ours}/{len(GOLDEN)}, pysbd {golden_pysbd}/{len(GOLDEN)}")
    print(f"news set:     newsl10n {news_ours}/{len(NEWS)}, pysbd {news_pysbd}/{len(NEWS)}")
    assert golden_ours >= golden_pysbd
    assert news_ours > news_pysbd


@pytest.mark.parametrize("case", [pytest.param(case, id=case.name) for case in GOLDEN + NEWS])
def test_sentences_rebuild_the_paragraph(case: Case):
    sentences = split_sentences(case.text)
    assert " ".join(sentences) == case.text
    assert all(sentence == sentence.strip() and sentence for sentence in sentences)


def test_whitespace_is_normalized_and_trimmed():
    paragraph = "  The U.S. sent aid.\n\tIt   arrived on\nMonday.  "
    assert split_sentences(paragraph) == ["The U.S. sent aid.", "It arrived on Monday."]


def test_empty_paragraph_has_no_sentences():
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []


def test_spans_are_offsets_into_the_text():
    text = "Aid came from the U.S. The Pentagon said so."
    assert sentence_spans(text) == [(0, 22), (23, 44)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid came from the U.S. The Pentagon said more would follow.", 2),
        ("He joined the U.S. Navy in 1990.", 1),
        ("The talks ended at 5 p.m. But no deal was reached.", 2),
        ("It is 5 p.m. ET. Markets closed.", 2),
        ("He lives on Baker St. The house is old.", 2),
        ("She was born in St. Louis in 1950.", 1),
        ("The word was “no.” It was clear.", 2),
        ("He said “no.” he said, quietly.", 1),
    ],
)
def test_sentence_final_abbreviations_and_quotes(text: str, expected: int):
    assert len(split_sentences(text)) == expected, split_sentences(text)


def test_dateline_stays_with_its_sentence():
    sentences = split_sentences(
        "WASHINGTON, Dec. 13 (Reuters) - The U.S. will send Patriots. Kyiv welcomed it."
    )
    assert sentences[0] == "WASHINGTON, Dec. 13 (Reuters) - The U.S. will send Patriots."


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("KYIV, Dec. 13 (Reuters) - Ukraine said it.", "Dec. 13"),
        ("See www.un.org/Press?Id=1 today.", "Id=1"),
        ("Mail Press.Office@UN.org today.", "Office@"),
        ("He said: “No. We won't.” Then he left.", "We won't"),
        ("The army (it retreated. It regrouped.) won.", "It regrouped"),
        ('She said: "It is over. We lost." Then silence.', "We lost"),
    ],
)
def test_boundaries_inside_protected_stretches_are_removed(monkeypatch, text: str, wrong: str):
    """Whatever the base segmenter proposes, no sentence starts inside a dateline, URL, quote or bracket."""
    bad = text.index(wrong)
    monkeypatch.setattr(segment, "_pysbd_boundaries", lambda _text: [bad])
    assert all(start != bad for start, _ in sentence_spans(text))


def test_segmenter_is_built_once():
    assert _segmenter() is _segmenter()
