"""The glossary checker on sentences with inline markup codes (``<1>Kiev</1>``, ``<2/>``): terms are
found on the plain text, the alignment indexes plain words, and repairs keep every code in place."""

from __future__ import annotations

import pytest

from newsl10n import richtext
from newsl10n.glossary import GlossaryChecker, load_glossaries
from newsl10n.glossary.enforce import Repair, _keeps_markup
from newsl10n.model import Code, Segment
from newsl10n.text import words

LINK = Code(1, True, "link to /places/kyiv", '<a href="/places/kyiv">', "</a>")
BREAK = Code(2, False, "line break", "<br>")


@pytest.fixture(scope="module")
def glossary():
    return load_glossaries()


def segment(source: str, target: str, lang: str, codes=(LINK, BREAK), alignment=None) -> Segment:
    return Segment(
        source=source, lang=lang, target=target, fuzzy=True, origin="mt", codes=codes, alignment=alignment
    )


def plain_alignment(source: str, target: str, pairs: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """Alignment pairs over the words of the PLAIN texts (codes removed), as the MT engine gives them."""
    src = [m.group() for m in words(richtext.plain(source))]
    tgt = [m.group() for m in words(richtext.plain(target))]
    return [(src.index(s), tgt.index(t)) for s, t in pairs]


def test_a_term_inside_a_link_is_repaired_inside_the_link(glossary):
    seg = segment("Officials in <1>Kiev</1> said.", "Чиновники в <1>Киеве</1> заявили.", "uk")
    checker = GlossaryChecker(glossary, "uk")
    assert checker.hints(seg) == ["glossary: Kiev → Київ"]
    assert [p.message for p in checker.check(seg)] == ["wrong form 'Киеве' of Kiev → Київ"]
    assert [str(c) for c in checker.fix(seg)] == ["Kiev → Київ: replaced 'Киеве' with 'Києві'"]
    assert seg.target == "Чиновники в <1>Києві</1> заявили."
    assert checker.check(seg) == []


def test_codes_next_to_and_around_repairs_stay_where_they_were(glossary):
    source = "<1>Peskov</1> said<2/> the Patriot would be a target."
    target = "<1>Пєсков</1> заявил<2/>, что Пэтриот станет целью."
    seg = segment(source, target, "ru")
    checker = GlossaryChecker(glossary, "ru")
    checker.fix(seg)
    assert seg.target == "<1>Песков</1> заявил<2/>, что Patriot станет целью."
    assert richtext.tag_problems(source, seg.target, {1, 2}) == []


def test_code_numbers_are_not_words_for_the_alignment(glossary):
    """The alignment counts plain words: without the codes, ``1`` in ``<1>`` would shift every index."""
    source = "The summit in the <1>Kremlin</1> ended."
    target = "Саммит в <1>Кремлёвке</1> завершился."
    alignment = plain_alignment(source, target, [("summit", "Саммит"), ("Kremlin", "Кремлёвке")])
    seg = segment(source, target, "ru", alignment=alignment)
    assert [str(c) for c in GlossaryChecker(glossary, "ru").fix(seg)] == [
        "Kremlin → Кремль: replaced 'Кремлёвке' with 'Кремле'"
    ]
    assert seg.target == "Саммит в <1>Кремле</1> завершился."


def test_a_replacement_with_more_words_keeps_the_alignment_on_the_same_words(glossary):
    source = "He rejected a <1>Christmas truce</1> today<2/>."
    target = "Er lehnte heute einen <1>Feiertagswaffenstillstand</1> ab<2/>."
    alignment = plain_alignment(
        source,
        target,
        [
            ("Christmas", "Feiertagswaffenstillstand"),
            ("truce", "Feiertagswaffenstillstand"),
            ("today", "heute"),
            ("rejected", "ab"),
        ],
    )
    seg = segment(source, target, "de", alignment=alignment)
    GlossaryChecker(glossary, "de").fix(seg)
    assert seg.target == "Er lehnte heute einen <1>Waffenruhe zu Weihnachten</1> ab<2/>."
    source_words = [m.group() for m in words(richtext.plain(source))]
    fixed_words = [m.group() for m in words(richtext.plain(seg.target))]
    assert {(source_words[s], fixed_words[t]) for s, t in seg.alignment} == {
        ("Christmas", "Waffenruhe"),
        ("truce", "Waffenruhe"),
        ("today", "heute"),
        ("rejected", "ab"),
    }


def test_a_term_split_by_a_code_is_still_found(glossary):
    """``<1>Dmitry</1> Peskov``: the plain text has the full name, so the longer term wins."""
    seg = segment("<1>Dmitry</1> Peskov said.", "<1>Дмитрий</1> Песков заявил.", "ru")
    checker = GlossaryChecker(glossary, "ru")
    assert checker.hints(seg) == ["glossary: Dmitry Peskov → Дмитрий Песков"]
    assert checker.check(seg) == [] and checker.fix(seg) == []


@pytest.mark.parametrize(
    ("target", "repaired"),
    [
        (
            "Представник Кремля <1>Дмитро</1> Пєсков заявив.",
            "Представник Кремля <1>Дмитрий</1> Песков заявив.",
        ),
        ("Представник Кремля Дмитро<2/> Пєсков заявив.", "Представник Кремля Дмитрий<2/> Песков заявив."),
    ],
)
def test_a_code_between_the_words_of_a_term_stays_between_them(glossary, target: str, repaired: str):
    """A repair changes words only: the link around the first name still wraps the first name alone."""
    seg = segment("Kremlin spokesman <1>Dmitry</1> Peskov said.", target, "ru")
    assert [str(c) for c in GlossaryChecker(glossary, "ru").fix(seg)] == [
        "Dmitry Peskov → Дмитрий Песков: replaced 'Дмитро Пєсков' with 'Дмитрий Песков'"
    ]
    assert seg.target == repaired


def test_a_repair_that_would_move_a_code_is_left_to_the_translator():
    """Two words with a code between them, one word to put there: no place for the code, so no repair."""
    rich = richtext.parse("in <1>Kiew</1> er Stadt", {1})
    matches = words(rich.text)
    assert not _keeps_markup(rich, matches, Repair(first=1, last=2, new="Kyjiwer"))
    assert _keeps_markup(rich, matches, Repair(first=1, last=2, new="Kyjiw er"))
    assert _keeps_markup(rich, matches, Repair(first=3, last=3, new="Stadt"))
