"""Markup around the end of one sentence and the start of the next is written once when both are translated.

Each sentence is a unit of its own, so a link over two sentences is ``<1>…</1>`` in both units' msgids. The
writer puts it back as one element, as the source had it, when both translations keep it at that edge."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsl10n.article import read_article
from newsl10n.render import render


def upper_cased(msgid: str) -> str:
    """A stand-in translation: the prose upper-cased, every code where it was."""
    return re.sub(r"(<[^>]*>)|([^<]+)", lambda match: match.group(1) or match.group(2).upper(), msgid)


def localized(tmp_path: Path, source: str, name: str = "story.html", translate=upper_cased) -> str:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    article = read_article(path)
    return render(article, {unit.text: (translate(unit.text), False) for unit in article.units}, "de").text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            '<p>The council met. <a href="/r">The report is out. It runs to 40 pages.</a> They vote soon.</p>\n',
            '<p>THE COUNCIL MET. <a href="/r">THE REPORT IS OUT. IT RUNS TO 40 PAGES.</a> THEY VOTE SOON.</p>\n',
        ),
        (  # two elements over the same edge, one inside the other
            '<p>He said: <a href="/q"><em>We will not pay. Not now.</em></a> Then he left.</p>\n',
            '<p>HE SAID: <a href="/q"><em>WE WILL NOT PAY. NOT NOW.</em></a> THEN HE LEFT.</p>\n',
        ),
        (  # over three sentences
            "<p>Four were asked. <strong>One was late. Two were not. Three never came.</strong></p>\n",
            "<p>FOUR WERE ASKED. <strong>ONE WAS LATE. TWO WERE NOT. THREE NEVER CAME.</strong></p>\n",
        ),
    ],
)
def test_an_element_over_two_sentences_is_written_once(tmp_path, source, expected):
    assert localized(tmp_path, source) == expected


def test_two_elements_alike_side_by_side_stay_two(tmp_path):
    """``<em>One.</em> <em>Two.</em>``: two elements in the source, however alike, are two in the output."""
    source = "<p><em>The vote was close.</em> <em>Nobody expected it.</em></p>\n"
    assert localized(tmp_path, source) == "<p><em>THE VOTE WAS CLOSE.</em> <em>NOBODY EXPECTED IT.</em></p>\n"


def test_a_translation_that_moves_the_markup_from_the_edge_keeps_its_own_copy(tmp_path):
    """The second sentence's translator put the link on one word: the first sentence's part of it is closed
    where it ends, the second's opens where the translator put it."""
    source = '<p>Update: the vote is off. <a href="/r">The report is out. It runs to 40 pages.</a></p>\n'
    translations = {
        "Update: the vote is off.": "NEU: KEINE ABSTIMMUNG.",
        "<1>The report is out.</1>": "<1>DER BERICHT IST DA.</1>",
        "<1>It runs to 40 pages.</1>": "ER HAT <1>40</1> SEITEN.",
    }
    assert localized(tmp_path, source, translate=translations.get) == (
        '<p>NEU: KEINE ABSTIMMUNG. <a href="/r">DER BERICHT IST DA.</a> ER HAT <a href="/r">40</a> SEITEN.</p>\n'
    )


def test_a_link_over_two_sentences_in_markdown_is_one_link(tmp_path):
    source = "# Budget\n\nThe council met. [The report is out. It runs to 40 pages.](https://example.org/r) Done.\n"
    assert localized(tmp_path, source, name="story.md") == (
        "# BUDGET\n\nTHE COUNCIL MET. [THE REPORT IS OUT. IT RUNS TO 40 PAGES.](https://example.org/r) DONE.\n"
    )
