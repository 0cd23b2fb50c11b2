"""Text traps around the glossary: invisible characters in terms and in articles, one file giving a term
two targets, and a short ordinary word that merely sounds like an abbreviation (Он and ООН)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsl10n.cli import main
from newsl10n.errors import UserError
from newsl10n.glossary import GlossaryChecker, load_glossaries
from newsl10n.glossary.csvfile import parse_csv
from newsl10n.model import Segment


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def segment(source: str, target: str, lang: str) -> Segment:
    return Segment(source=source, lang=lang, target=target, fuzzy=True, origin="mt")


# -- invisible characters -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "char",
    list("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u2066\x07"),
)
def test_invisible_characters_in_a_term_are_removed_and_reported_with_file_and_row(tmp_path, char):
    path = write(tmp_path / "desk.csv", f"en,uk\nKremlin,Кремль\nBakh{char}mut,Бах{char}мут\n")
    warnings: list[str] = []
    [_, bakhmut] = load_glossaries([path], include_shipped=False, warn=warnings.append).terms
    assert bakhmut.sources == ("Bakhmut",) and bakhmut.rule("uk") == ("Бахмут",)
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{path}, row 3: removed invisible characters from the term: 2 ")


def test_the_warning_reaches_stderr_of_the_cli_as_one_line(runner, tmp_path):
    path = write(tmp_path / "desk.csv", "en,uk\nBakh\u200bmut,Бахмут\n")
    result = runner.invoke(main, ["glossary", "list", "--no-shipped", "--glossary", str(path)])
    assert result.exit_code == 0
    assert result.stdout.startswith("Bakhmut → uk: Бахмут")
    assert result.stderr == (
        f"newsl10n: {path}, row 2: removed invisible characters from the term: 1 ZERO WIDTH SPACE\n"
    )


def test_a_term_of_nothing_but_invisible_characters_is_refused():
    with pytest.raises(UserError, match=r"g\.csv, row 2: a term is nothing but invisible characters"):
        parse_csv("en,uk\nKyiv,\u200b\n", "g.csv", warn=lambda message: None)


def test_a_clean_glossary_warns_nothing(tmp_path):
    warnings: list[str] = []
    load_glossaries(warn=warnings.append)
    assert warnings == []


def test_letters_written_as_letter_and_accent_are_composed_and_reported(tmp_path):
    decomposed = "Бахмут, Київ".replace("й", "и\u0306").replace("ї", "і\u0308")
    path = write(tmp_path / "desk.csv", f"en,uk\nBakhmut,Бахмут\nKyiv,{decomposed.split(', ')[1]}\n")
    warnings: list[str] = []
    [_, kyiv] = load_glossaries([path], include_shipped=False, warn=warnings.append).terms
    assert kyiv.rule("uk") == ("Київ",)
    assert warnings == [
        f"{path}, row 3: composed accented letters of the term (Unicode NFC), as translations write them"
    ]


@pytest.mark.parametrize("char", ["\u200b", "\u00ad", "\u2060", "\ufeff", "\u200d"])
def test_a_zero_width_character_inside_a_term_in_the_article_does_not_hide_it(char):
    glossary = load_glossaries()
    source = f"Officials in Ki{char}ev said the Krem{char}lin agreed."
    checker = GlossaryChecker(glossary, "uk")
    seg = segment(source, "Чиновники в Киеве заявили, что Кремль согласился.", "uk")
    assert checker.hints(seg) == ["glossary: Kiev → Київ", "glossary: Kremlin → Кремль"]
    assert [str(c) for c in checker.fix(seg)] == ["Kiev → Київ: replaced 'Киеве' with 'Києві'"]


def test_whitespace_inside_a_multi_word_term_may_be_any_run_of_spaces():
    checker = GlossaryChecker(load_glossaries(), "ru")
    seg = segment("Kremlin spokesman Dmitry\u00a0\n Peskov said.", "", "ru")
    assert checker.hints(seg) == ["glossary: Kremlin → Кремль", "glossary: Dmitry Peskov → Дмитрий Песков"]


# -- duplicate rows --------------------------------------------------------------------------------------


def test_one_file_giving_a_term_two_targets_is_refused_naming_both_rows(tmp_path):
    path = write(
        tmp_path / "desk.csv", "en,ru,uk\nKyiv|Kiev,Киев,Київ\nKremlin,Кремль,Кремль\nKiev,Киев,Киев\n"
    )
    with pytest.raises(UserError) as error:
        load_glossaries([path], include_shipped=False)
    message = str(error.value)
    assert message.startswith(f"{path}, row 2 and {path}, row 4: 'Kiev' has two different uk targets")
    assert "'Київ' and 'Киев'" in message and "\n" not in message


def test_conflicting_tbx_entries_are_refused_naming_both(tmp_path):
    entry = (
        '<termEntry id="{id}"><langSet xml:lang="en"><tig><term>Kyiv</term></tig></langSet>'
        '<langSet xml:lang="de"><tig><term>{de}</term></tig></langSet></termEntry>'
    )
    text = (
        "<martif><text><body>"
        + entry.format(id="a", de="Kiew")
        + entry.format(id="b", de="Kyjiw")
        + "</body></text></martif>"
    )
    with pytest.raises(UserError, match=r"g\.tbx, entry 1 \(id a\) and .*g\.tbx, entry 2 \(id b\): 'Kyiv'"):
        load_glossaries([write(tmp_path / "g.tbx", text)], include_shipped=False)


def test_identical_duplicates_and_rows_adding_languages_are_fine(tmp_path):
    path = write(tmp_path / "desk.csv", "en,ru,uk,de\nKyiv,Киев,Київ,\nKyiv,Киев,Київ,\nKyiv,,,Kiew\n")
    [term] = load_glossaries([path], include_shipped=False).terms
    assert term.targets == {"ru": ("Киев",), "uk": ("Київ",), "de": ("Kiew",)}


def test_a_later_file_still_overrides_an_earlier_one(tmp_path):
    local = write(tmp_path / "local.csv", "en,ru\nKyiv,Киев-град\n")
    by_source = {t.canonical: t for t in load_glossaries([local])}
    assert by_source["Kyiv"].rule("ru") == ("Киев-град",) and by_source["Kyiv"].rule("uk") == ("Київ",)


def test_the_cli_refuses_a_conflicting_glossary_with_exit_2(runner, tmp_path):
    path = write(tmp_path / "desk.csv", "en,uk\nBakhmut,Бахмут\nBakhmut,Артемівськ\n")
    result = runner.invoke(main, ["glossary", "list", "--glossary", str(path)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert f"{path}, row 2 and {path}, row 3: 'Bakhmut' has two different uk targets" in result.stderr


# -- sounds-alike words that are no variant of the term ---------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The United Nations said he would stay.", "Он сказал, что останется."),
        ("He said the United Nations would help.", "Он сказал, что помощь придёт."),
    ],
)
def test_a_pronoun_is_no_wrong_form_of_an_abbreviation(source, target):
    """«Он» ("he") and ООН both sound "on"; an ordinary word shorter than the abbreviation is not it."""
    checker = GlossaryChecker(load_glossaries(), "ru")
    seg = segment(source, target, "ru")
    assert [p.message for p in checker.check(seg)] == ["missing term: United Nations → ООН"]
    assert checker.fix(seg) == [] and seg.target == target


@pytest.mark.parametrize(
    ("lang", "source", "target", "expected"),
    [
        # in capitals: the English abbreviation left in the output, next to a pronoun left alone
        ("ru", "He spoke at the UN.", "Он выступил в UN.", "Он выступил в ООН."),
        # the Russian abbreviation in Ukrainian output becomes the desk's first choice
        ("uk", "The EU said.", "ЕС заявив.", "Євросоюз заявив."),
    ],
)
def test_abbreviations_written_otherwise_are_still_repaired(lang, source, target, expected):
    seg = segment(source, target, lang)
    GlossaryChecker(load_glossaries(), lang).fix(seg)
    assert seg.target == expected


# -- a term in a Title Case line ---------------------------------------------------------------------------

ALGERIA = "Algeria Loses a Patriot, Committed Militant, Says President Tebboune"  # WMT22's general test set
ALGERIA_STORY = (
    ALGERIA,
    "Mahmoud Guemama died on Sunday at the age of 80, the presidency said.",
    "He fought in the war of independence and later served as a member of parliament.",
    "President Abdelmadjid Tebboune said the country had lost a man of conviction.",
)
KREMLIN = "Kremlin Says Patriot Systems Will Be Legitimate Targets"
KREMLIN_STORY = (
    KREMLIN,
    "The Kremlin said on Wednesday that Patriot air defence systems sent to Ukraine would be legitimate targets.",
    "Peskov said the delivery would prolong the conflict.",
    "Washington is finalising plans to send the system, officials said.",
)


@pytest.fixture(scope="module")
def russian() -> GlossaryChecker:
    return GlossaryChecker(load_glossaries([]), "ru")


def in_article(source: str, target: str, article: tuple[str, ...] | None) -> Segment:
    found = segment(source, target, "ru")
    found.article = article
    return found


def test_a_title_case_headline_holds_a_term_only_if_its_story_names_it(russian):
    # case is the glossary's only sign that "Patriot" is the system; a Title Case headline erases it
    headline = in_article(ALGERIA, "Алжир потерял патриота, заявил президент Теббун", ALGERIA_STORY)
    assert russian.check(headline) == [] and russian.fix(headline) == []
    assert "патриота" in headline.target and not russian.hints(headline)
    named = in_article(KREMLIN, "Кремль назвал системы Пэтриот законными целями", KREMLIN_STORY)
    assert [problem.message for problem in russian.check(named)] == [
        "wrong form 'Пэтриот' of Patriot → Patriot (do not translate)"
    ]


def test_without_its_story_or_with_too_little_of_it_a_title_case_line_keeps_every_match(russian):
    for article in (None, (ALGERIA,), ALGERIA_STORY[:3]):
        headline = in_article(ALGERIA, "Алжир потерял патриота, заявил президент Теббун", article)
        assert russian.check(headline), article
