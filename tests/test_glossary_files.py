"""Glossary files: CSV and TBX reading, one-line errors naming file and row, overrides, round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsl10n.errors import UserError
from newsl10n.glossary import load_glossaries
from newsl10n.glossary.csvfile import format_csv
from newsl10n.glossary.tbx import format_tbx, read_tbx


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_variants_empty_cells_and_do_not_translate(tmp_path):
    csv = write(tmp_path / "g.csv", "en,ru,uk,note\nKyiv | Kiev,Киев,Київ,capital\nPatriot,Patriot,,system\n")
    glossary = load_glossaries([csv], include_shipped=False)
    kyiv, patriot = glossary.terms
    assert kyiv.sources == ("Kyiv", "Kiev") and kyiv.rule("uk") == ("Київ",) and kyiv.note == "capital"
    assert patriot.keeps_source("ru") and not patriot.keeps_source("uk")
    assert patriot.rule("uk") == ()  # an empty cell sets no rule for that language
    assert [t.canonical for t in glossary.for_language("uk")] == ["Kyiv"]


def test_later_files_override_earlier_ones_per_term_and_language(tmp_path):
    first = write(tmp_path / "a.csv", "en,ru,uk\nKyiv|Kiev,Киев,Київ\n")
    second = write(tmp_path / "b.csv", "en,ru,de,note\nKiev,Киев-град,Kiew,local desk\n")
    [term] = load_glossaries([first, second], include_shipped=False).terms
    assert term.sources == ("Kyiv", "Kiev")
    assert term.targets == {"ru": ("Киев-град",), "uk": ("Київ",), "de": ("Kiew",)}
    assert term.note == "local desk"


def test_a_directory_loads_its_csv_and_tbx_files_in_name_order(tmp_path):
    write(tmp_path / "1.csv", "en,de\nKremlin,Kreml\n")
    tbx = format_tbx(load_glossaries([tmp_path / "1.csv"], include_shipped=False), ["de"])
    write(tmp_path / "2.tbx", tbx.replace(">Kreml<", ">Der Kreml<"))
    write(tmp_path / "notes.txt", "ignored")
    [term] = load_glossaries([tmp_path], include_shipped=False).terms
    assert term.rule("de") == ("Der Kreml",)


def test_shipped_glossary_covers_the_example_article():
    glossary = load_glossaries()
    by_source = {term.canonical: term for term in glossary}
    assert by_source["Kyiv"].sources == ("Kyiv", "Kiev") and by_source["Kyiv"].rule("ru") == ("Киев",)
    assert by_source["Kyiv"].rule("uk") == ("Київ",) and by_source["Kyiv"].rule("de") == ("Kiew",)
    assert by_source["Peskov"].targets == {"ru": ("Песков",), "uk": ("Пєсков",), "de": ("Peskow",)}
    assert by_source["Zelensky"].sources == ("Zelensky", "Zelenskiy", "Zelenskyy")
    for kept in ("Patriot", "NASAMS", "Reuters"):
        assert all(by_source[kept].keeps_source(lang) for lang in ("ru", "uk", "de")), kept
    assert by_source["United Nations"].rule("ru")[0] == "ООН"
    assert by_source["Christmas truce"].rule("ru") == ("рождественское перемирие",)
    assert 25 <= len(glossary) <= 40 and all(term.note for term in glossary)
    assert all(term.rule(lang) for term in glossary for lang in ("ru", "uk", "de"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ru,uk\nKyiv,Киев,Київ\n", "g.csv, row 1: the first column must be 'en'"),
        ("", "g.csv, row 1: empty glossary"),
        ("en,ru,Russian\nKyiv,Киев,x\n", "g.csv, row 1: column 'Russian'"),
        ("en,ru\nKyiv,Киев\n,Москва\n", "g.csv, row 3: empty English term"),
        ("en,ru\nKyiv||Kiev,Киев\n", "g.csv, row 2: empty English term"),
        ("en,ru\nKyiv,Киев,extra\n", "g.csv, row 2: 3 cells but the header has 2 columns"),
        ('en,ru\nKyiv,"Киев\n', "g.csv, row 2: broken CSV"),
        ("en,ru\nKyiv,Киев|\n", "g.csv, row 2: empty variant in column 'ru'"),
    ],
)
def test_malformed_csv_is_one_line_naming_file_and_row(tmp_path, text, expected):
    path = write(tmp_path / "g.csv", text)
    with pytest.raises(UserError) as error:
        load_glossaries([path], include_shipped=False)
    assert expected in str(error.value)
    assert "\n" not in str(error.value)


def test_unreadable_missing_and_unknown_files_are_user_errors(tmp_path):
    binary = tmp_path / "bad.csv"
    binary.write_bytes(b"en,ru\n\xff\xfe\xfa,\n")
    with pytest.raises(UserError, match=r"bad\.csv: cannot read glossary"):
        load_glossaries([binary], include_shipped=False)
    with pytest.raises(UserError, match=r"nope\.csv: glossary file not found"):
        load_glossaries([tmp_path / "nope.csv"], include_shipped=False)
    with pytest.raises(UserError, match=r"g\.xlsx: unknown glossary format"):
        load_glossaries([write(tmp_path / "g.xlsx", "x")], include_shipped=False)


TBX_V2 = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US">
  <text><body>
    <termEntry id="kyiv">
      <descrip type="definition">Capital of Ukraine</descrip>
      <langSet xml:lang="en-US"><tig><term>Kyiv</term></tig><tig><term>Kiev</term></tig></langSet>
      <langSet xml:lang="uk"><ntig><termGrp><term>Київ</term></termGrp></ntig></langSet>
      <langSet xml:lang="de"><tig><term>Kiew</term></tig></langSet>
    </termEntry>
    <termEntry id="p">
      <langSet xml:lang="en"><tig><term>Patriot</term><note>air defence system</note></tig></langSet>
      <langSet xml:lang="ru"><tig><term>Patriot</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""


def test_tbx_basic_with_tig_ntig_notes_and_regional_english(tmp_path):
    kyiv, patriot = read_tbx(write(tmp_path / "g.tbx", TBX_V2))
    assert kyiv.sources == ("Kyiv", "Kiev") and kyiv.targets == {"uk": ("Київ",), "de": ("Kiew",)}
    assert kyiv.note == "Capital of Ukraine"
    assert patriot.keeps_source("ru") and patriot.note == "air defence system"


def test_tbx_v3_element_names_are_read(tmp_path):
    text = (
        '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" xml:lang="en"><text><body>'
        '<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>Kremlin</term></termSec></langSec>'
        '<langSec xml:lang="de"><termSec><term>Kreml</term></termSec></langSec></conceptEntry>'
        "</body></text></tbx>"
    )
    [term] = read_tbx(write(tmp_path / "v3.tbx", text))
    assert term.sources == ("Kremlin",) and term.rule("de") == ("Kreml",)


def test_a_term_the_termbase_says_not_to_use_is_no_accepted_target(tmp_path):
    """A termbase's deprecated, superseded or "obsolete" target is no translation to accept (a translation
    using it is reported), its preferred one is the desk's even when listed later; an English term of that
    status still names the concept in a source."""
    text = (
        '<martif type="TBX-Basic" xml:lang="en"><text><body>'
        '<termEntry id="kyiv"><langSet xml:lang="en">'
        '<tig><term>Kiev</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>'
        '<tig><term>Kyiv</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>'
        '</langSet><langSet xml:lang="de">'
        '<tig><term>Kijew</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>'
        "<ntig><termGrp><term>Kyjiw</term></termGrp>"
        '<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></ntig>'
        '<tig><term>Kiew</term><termNote type="normativeAuthorization">preferredTerm</termNote></tig>'
        "</langSet></termEntry>"
        '<termEntry id="bus"><langSet xml:lang="en"><tig><term>data bus</term></tig></langSet>'
        '<langSet xml:lang="de"><tig><term>Datenbus</term>'
        '<termNote type="administrativeStatus">obsolete</termNote></tig></langSet></termEntry>'
        "</body></text></martif>"
    )
    kyiv, bus = read_tbx(write(tmp_path / "g.tbx", text))
    assert kyiv.sources == ("Kyiv", "Kiev") and kyiv.rule("de") == ("Kiew", "Kyjiw")
    assert bus.sources == ("data bus",) and bus.rule("de") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<martif><text><body><termEntry>", "g.tbx, line 1, column 32: broken TBX"),
        ("<html/>", "g.tbx: not a TBX file (root element <html>"),
        (
            '<martif><text><body><termEntry id="x"><langSet xml:lang="ru"><tig><term>Киев</term></tig>'
            "</langSet></termEntry></body></text></martif>",
            "g.tbx, entry 1 (id x): no English",
        ),
        (
            '<martif><text><body><termEntry><langSet xml:lang="en"><tig><term> </term></tig>'
            "</langSet></termEntry></body></text></martif>",
            "g.tbx, entry 1: empty term for language 'en'",
        ),
    ],
)
def test_malformed_tbx_is_one_line_naming_file_and_place(tmp_path, text, expected):
    with pytest.raises(UserError) as error:
        load_glossaries([write(tmp_path / "g.tbx", text)], include_shipped=False)
    assert expected in str(error.value)


def test_csv_to_tbx_to_csv_keeps_every_term_variant_and_note(tmp_path):
    shipped = load_glossaries()
    languages = shipped.languages()
    csv_text = format_csv(shipped, languages)
    tbx = write(tmp_path / "g.tbx", format_tbx(shipped, languages))
    back = load_glossaries([tbx], include_shipped=False)
    assert [(t.sources, t.targets, t.note) for t in back] == [(t.sources, t.targets, t.note) for t in shipped]
    assert format_csv(back, back.languages()) == csv_text
    multi = next(t for t in back if t.canonical == "Christmas truce")
    assert len(multi.rule("de")) == 3  # accepted alternatives survive as separate TBX terms
