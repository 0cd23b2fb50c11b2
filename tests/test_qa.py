"""pofilter-style QA: each check by its short name, firing on a real fault and quiet otherwise."""

from __future__ import annotations

import pytest

from newsl10n.model import Segment
from newsl10n.qa import QAChecker


def problems(source, target, lang="ru"):
    return [p.check for p in QAChecker(lang).check(Segment(source, lang, target))]


def test_empty_target_is_untranslated_and_nothing_else():
    assert problems("The Pentagon agreed.", "") == ["untranslated"]
    assert problems("The Pentagon agreed.", "   ") == ["untranslated"]


def test_clean_translation_has_no_problems():
    assert problems("Up 50% (so far) at https://a.org/x.", "Рост на 50 % (пока) на https://a.org/x.") == []


@pytest.mark.parametrize(
    ("source", "target", "check"),
    [
        ("Hello %s, you have %d", "Привет %s, у вас", "printf"),
        ("Dear %(name)s", "Уважаемый %(имя)s", "printf"),
        ("{count} missiles", "ракеты", "brace"),
        ("Item {0} of {1}", "Пункт {1} из {2}", "brace"),
        ("See https://www.kremlin.ru/events for more", "Подробнее на сайте Кремля", "urls"),
        ("Write to press@un.org", "Пишите на press@un.org.ua", "urls"),
        ("Line one\nline two", "Строка один, строка два", "newlines"),
        ("Peskov said ", "Песков сказал", "whitespace"),
        (" Peskov said", "Песков сказал", "whitespace"),
        ("He (Peskov) said", "Он (Песков сказал", "brackets"),
        ("He said “no”", "Он сказал «нет", "brackets"),
        ("He said no", "Он  сказал нет", "doublespaces"),
    ],
)
def test_each_check_fires(source, target, check):
    assert problems(source, target) == [check]


def test_percent_signs_and_matching_placeholders_are_not_printf_problems():
    assert problems("Up 50% of %s and 10 % of {0}", "Рост на 50% от %s и 10 % от {0}") == []


def test_quote_opened_in_one_sentence_and_closed_in_the_next_is_not_unbalanced():
    # news quotes often span sentences: an unbalanced source excuses an unbalanced target
    assert (
        problems("“No, no such proposal has been received.", "«Нет, такого предложения не поступало.") == []
    )


@pytest.mark.parametrize("lang", ["ru", "uk", "de"])
def test_a_wire_sentence_that_opens_a_quotation_with_its_own_mark_may_leave_it_open(lang):
    """AP writes ``quoted,'' he said; a quotation of several sentences opens with `` in the first and closes with ''
    in the last, so each unit has one mark alone, and so may its translation."""
    opening = {"ru": "«Нет, мы не просили.", "uk": "«Ні, ми не просили.", "de": "„Nein, wir baten nicht."}[
        lang
    ]
    assert problems("``No, we did not ask.", opening, lang) == []
    closing = {
        "ru": "Это всё.» — сказал он.",
        "uk": "Це все.» — сказав він.",
        "de": "Das ist alles.“, sagte er.",
    }[lang]
    assert problems("That is all,'' he said.", closing, lang) == []


def test_a_literal_whose_marks_a_translation_broke_is_unbalanced():
    # python-docs-uk: the translation lost one reST literal's opening marks
    assert problems(
        "equivalent to ``d.appendleft(d.pop())``, and to ``d.append(d.popleft())``.",
        "еквівалентний d.appendleft(d.pop()) , а d.append(d.popleft ())``.",
        "uk",
    ) == ["brackets"]
    assert problems("Press ''OK'' twice.", "Натисніть ''OK'' двічі.") == []


def test_german_quotes_are_balanced():
    assert problems("He said “no” and 'yes'", "Er sagte „nein“ und ‚ja‘", lang="de") == []


def test_fix_restores_outer_whitespace_only():
    checker = QAChecker("de")
    segment = Segment(" Peskov said\n", "de", "Peskow sagte  nein")
    assert [str(change) for change in checker.fix(segment)] == [
        "whitespace: leading/trailing whitespace now matches the source"
    ]
    assert segment.target == " Peskow sagte  nein\n"
    right = Segment("Peskov said", "de", "Peskow sagte")
    assert checker.fix(right) == [] and right.target == "Peskow sagte"
    assert checker.hints(right) == []


def test_pod_links_substitutions_and_label_alignment_are_not_faults():
    # L</SUPPORTED FLAGS> is a POD link, %PKGDATADIR% a build-time substitution, "Committer:  " an aligned label
    assert problems("See the L</SUPPORTED FLAGS> section.", "Siehe L</UNTERSTÜTZTE SCHALTER>.", "de") == []
    assert problems("I<%PKGDATADIR%/abitable>", "I<%PKGDATADIR%/abitable>") == []
    assert problems("%sCommitter: %.*s <%.*s>", "%sКоммитер:  %.*s <%.*s>") == []
    assert problems("dry run", "при  пробном запуске") == ["doublespaces"]


def test_metavariables_and_percent_words_are_not_placeholders():
    assert (
        problems("missing right brace on \\x{HEXNUMBER}", "rechte Klammer bei \\x{HEXZAHL} fehlt", "de") == []
    )
    assert problems("using the % symbol.", "mit dem %-Symbol berechnet.", "de") == []
    assert problems("could not open file", "konnte Datei '%s' nicht öffnen", "de") == ["printf"]


def test_markup_after_a_capital_letter_is_still_markup_and_strftime_is_not_printf():
    source = '<link xref="exif">Exif display</link>: settings'
    assert problems(source, '<link xref="exif">Данные EXIF</link>: параметры') == []
    assert problems(source, "Данные EXIF: параметры") == ["markup"]
    assert problems("%a, %d %B %Y", "%A, %d %b. %Y") == []


@pytest.mark.parametrize(
    ("lang", "source", "target", "message"),
    [
        # WMT references: what a translator is told to look for
        (
            "de",
            "The Samiti (KMSS), which protested.",
            "Die Samiti KMSS), die protestierte.",
            ") without its (",
        ),
        ("uk", "Me: but I didn't park it there.", "Я: «Але я не паркував його там.", "1 « and 0 »"),
        ("de", '"We are united," the official said.', '„Wir sind uns einig," sagte der Beamte.', "a curly"),
        ("ru", "The rules (all of them) apply.", "Правила (все они применяются.", "( opened and not closed"),
    ],
)
def test_an_unbalanced_target_says_which_mark_lost_its_partner(lang, source, target, message):
    problems = QAChecker(lang).check(Segment(source, lang, target))
    assert [p.check for p in problems] == ["brackets"]
    assert problems[0].message.startswith(f"unbalanced in the target: {message}")
