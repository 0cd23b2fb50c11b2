"""Stand-off inline markup: PO form <-> plain text and codes, slices, edits, projection onto MT."""

from __future__ import annotations

import pytest

from newsl10n import richtext
from newsl10n.model import Code

LINK = Code(1, True, "link to /people/dmitry-peskov", '<a href="/people/dmitry-peskov">', "</a>")
EM = Code(2, True, "emphasis", "<em>", "</em>")
BR = Code(3, False, "line break", "<br>")


@pytest.mark.parametrize(
    "po_form",
    [
        "Plain text, no codes.",
        "<1>Peskov</1> said <2>the <3>Patriot</3></2> would.",
        "A line<4/>break and <1></1> an empty pair.",
        "x < 3 and <12>y</12> > 2",
    ],
)
def test_po_form_round_trip(po_form):
    assert richtext.parse(po_form).po_form == po_form


def test_only_known_numbers_are_codes():
    rich = richtext.parse("Rule <3> applies to <1>Kyiv</1>.", {1})
    assert rich.text == "Rule <3> applies to Kyiv."
    assert richtext.plain("Rule <3> applies to <1>Kyiv</1>.", {1}) == rich.text


def test_slice_closes_and_reopens_a_pair_that_crosses_an_edge():
    rich = richtext.parse("It was <1>big. Very</1> big.")
    first, second = rich.slice(0, 11), rich.slice(12, len(rich.text))
    assert (first.po_form, second.po_form) == ("It was <1>big.</1>", "<1>Very</1> big.")


def test_slice_keeps_a_break_between_sentences_out_of_both():
    rich = richtext.parse("One.<3/> Two.")
    assert [rich.slice(0, 4).po_form, rich.slice(4, 5).po_form, rich.slice(5, 9).po_form] == [
        "One.",
        "<3/> ",
        "Two.",
    ]


def test_replace_keeps_codes_around_the_edited_word():
    rich = richtext.parse("In <1>Kiev</1> today")
    assert rich.replace(3, 7, "Києві").po_form == "In <1>Києві</1> today"


def test_renumbered_follows_order_of_appearance_and_keeps_markup():
    rich = richtext.parse("<2>very</2> <1>Peskov</1>")
    renumbered, codes = richtext.renumbered(rich, (LINK, EM))
    assert renumbered.po_form == "<1>very</1> <2>Peskov</2>"
    assert [(c.id, c.opening) for c in codes] == [(1, "<em>"), (2, LINK.opening)]


def test_to_markup_escapes_prose_and_restores_markup():
    escape = lambda text: text.replace("&", "&amp;")  # noqa: E731
    html = richtext.to_markup("<1>Peskov</1> & co<3/>", (LINK, BR), escape)
    assert html == '<a href="/people/dmitry-peskov">Peskov</a> &amp; co<br>'


def test_projection_follows_the_alignment():
    source = richtext.parse("<1>Peskov</1> said the <2>Patriot</2> would<3/> go.")
    target = "Песков сказал что Patriot будет идти."
    alignment = [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)]
    projected = richtext.project(source, target, alignment)
    assert projected.rich.po_form == "<1>Песков</1> сказал что <2>Patriot</2> будет<3/> идти."
    assert projected.unplaced == ()


def test_projection_keeps_nesting_and_reports_what_no_word_places():
    source = richtext.parse("<1>Kremlin <2>spokesman</2></1> said.")
    projected = richtext.project(source, "Пресс-секретарь Кремля сказал.", [(0, 1), (2, 2)])
    assert richtext.well_nested(projected.rich)
    assert projected.unplaced == (2,)
    assert projected.rich.text == "Пресс-секретарь Кремля сказал."


def test_tag_problems_name_what_is_missing_repeated_or_crossed():
    assert richtext.tag_problems("<1>a</1> <2/>", "<1>b</1> <2/>") == []
    assert richtext.tag_problems("<1>a</1> <2/>", "<1>b <2/>") == ["missing </1>"]
    assert richtext.tag_problems("<1>a</1>", "<1>b</1> <1>c</1>") == ["repeated or unexpected </1> <1>"]
    assert richtext.tag_problems("<1>a</1> <2>c</2>", "<1>b <2>c</1></2>") == ["badly nested tags"]


def test_two_pairs_on_one_word_nest_in_source_order():
    source = richtext.parse("By <1>Anna Reed</1> and <2>Mark Olsen</2>")
    projected = richtext.project(source, "Авторы", [(i, 0) for i in range(6)])
    assert projected.rich.po_form == "<1><2>Авторы</2></1>"
    assert richtext.tag_problems(source.po_form, projected.rich.po_form) == []


def test_an_empty_pair_at_an_edge_stays_whole():
    rich = richtext.parse("<1><2></2>by Anna Reed</1> <3><4></4>0 Comments</3>")
    assert rich.slice(0, len(rich.text)).po_form == rich.po_form
    first, second = rich.slice(0, 12), rich.slice(13, len(rich.text))
    assert (first.po_form, second.po_form) == ("<1><2></2>by Anna Reed</1>", "<3><4></4>0 Comments</3>")
    assert richtext.well_nested(first) and richtext.well_nested(second)
    tail = richtext.parse("Ends here.<5></5>")
    assert tail.slice(0, len(tail.text)).po_form == "Ends here.<5></5>"


def test_a_pair_at_the_sentences_edge_keeps_the_marks_there():
    """ "<1>The report is out.</1>" (a sentence's part of a link over two): the stop stays inside the link,
    though no word is aligned to it; "<1>Peskov</1> said." keeps its stop outside."""
    whole = richtext.project(
        richtext.parse("<1>The report is out.</1>"), "«Der Bericht ist da.»", [(i, i) for i in range(4)]
    )
    assert whole.rich.po_form == "<1>«Der Bericht ist da.»</1>"
    ending = richtext.project(
        richtext.parse("He cited <1>the report.</1>"),
        "Er zitierte den Bericht.",
        [(0, 0), (1, 1), (2, 2), (3, 3)],
    )
    assert ending.rich.po_form == "Er zitierte <1>den Bericht.</1>"
    stop_outside = richtext.project(
        richtext.parse("He cited <1>the report</1>."),
        "Er zitierte den Bericht.",
        [(0, 0), (1, 1), (2, 2), (3, 3)],
    )
    assert stop_outside.rich.po_form == "Er zitierte <1>den Bericht</1>."
    name = richtext.project(richtext.parse("<1>Peskov</1> said."), "Песков сказал.", [(0, 0), (1, 1)])
    assert name.rich.po_form == "<1>Песков</1> сказал."
