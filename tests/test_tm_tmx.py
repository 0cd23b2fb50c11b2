"""TMX 1.4b: what newsl10n writes reads back exactly; other tools' files are read; broken ones are refused."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from newsl10n.errors import UserError
from newsl10n.tm.tmx import ExportEntry, language_matches, read_tmx, tmx_text

DATA = Path(__file__).parent / "data" / "tm"


def write(tmp_path: Path, text: str, name: str = "memory.tmx") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_round_trip_keeps_text_codes_and_origin(tmp_path):
    entries = [
        ExportEntry(
            "<1>Peskov</1> said on Tuesday<2/> & left.",
            "ru",
            "<1>Песков</1> заявил во вторник<2/> и ушёл.",
            "2022-12-12/kremlin.po",
        ),
        ExportEntry('A "quote" <3> without its end', "de", "Ein „Zitat“ <3> ohne Ende"),
        ExportEntry("Plain < and > signs, and </4> alone.", "uk", "Знаки < і > та </4> окремо."),
    ]
    path = write(tmp_path, tmx_text(entries))
    units = list(read_tmx(path))
    assert [(u.source, u.targets, u.origin) for u in units] == [
        (e.source, {e.lang: e.target}, e.origin) for e in entries
    ]
    root = ET.parse(path).getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    for required in (
        "creationtool",
        "creationtoolversion",
        "segtype",
        "o-tmf",
        "adminlang",
        "srclang",
        "datatype",
    ):
        assert header.get(required), required
    seg = root.find("body/tu/tuv/seg")
    assert [child.tag for child in seg] == ["bpt", "ept", "ph"]  # codes are TMX inline elements, not text


def test_other_tools_files_are_read(tmp_path):
    units = list(read_tmx(DATA / "cat-tool.tmx"))
    assert [u.source for u in units] == [
        "Peskov said on Tuesday that 3 people died.",
        "Click <7>here</7> to read<8/> more.",  # codes keep the x that ties them across languages
        "Zelensky spoke in Kyiv.",
    ]
    assert units[0].targets == {
        "ru-RU": "Песков заявил во вторник, что погибли 3 человека.",
        "de-DE": "Peskow sagte am Dienstag, 3 Menschen seien gestorben.",
    }
    assert units[1].targets == {"ru-RU": "Нажмите <7>здесь</7>, чтобы прочитать<8/> больше."}
    assert units[2].targets == {"uk": "Зеленський виступив у Києві."}  # TMX 1.1 spells it lang="uk"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<tmx version='1.4'><body><tu>", "line 1, column"),
        ("<martif/>", "not a TMX file (root element <martif>"),
        ("<tmx version='2.0'><body/></tmx>", "TMX version 2.0 is not supported"),
        ("", "broken TMX"),
        (
            "<tmx version='1.4'><body><tu><tuv xml:lang='en'><seg>a<b>x</b></seg></tuv></tu></body></tmx>",
            "<b> is not allowed in a TMX <seg>",
        ),
        (
            "<tmx version='1.4'><body><tu><tuv xml:lang='en'><seg>a<ept i='1'/></seg></tuv></tu></body></tmx>",
            "without its <bpt>",
        ),
        ("<tmx version='1.4'><body><tu><tuv><seg>a</seg></tuv></tu></body></tmx>", "without xml:lang"),
        ("<tmx version='1.4'><body><tu><tuv xml:lang='en'/></tu></body></tmx>", "must hold one <seg>"),
    ],
)
def test_broken_files_are_refused_with_one_line_naming_them(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(UserError) as error:
        list(read_tmx(path))
    assert message in str(error.value) and str(path) in str(error.value)
    assert "\n" not in str(error.value)


def test_units_without_english_are_skipped(tmp_path):
    text = (
        "<tmx version='1.4'><header srclang='de'/><body>"
        "<tu><tuv xml:lang='de'><seg>Hallo</seg></tuv><tuv xml:lang='ru'><seg>Привет</seg></tuv></tu>"
        "<tu><tuv xml:lang='en-GB'><seg>Hello</seg></tuv><tuv xml:lang='ru'><seg>Привет</seg></tuv></tu>"
        "</body></tmx>"
    )
    assert [(u.source, u.targets) for u in read_tmx(write(tmp_path, text))] == [("Hello", {"ru": "Привет"})]


def test_language_codes_match_by_region_only_when_both_have_one():
    assert (
        language_matches("ru-RU", "ru") and language_matches("ru", "ru_RU") and language_matches("RU", "ru")
    )
    assert not language_matches("pt-BR", "pt-PT")
    assert not language_matches("uk", "ru")
