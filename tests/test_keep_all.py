"""`--keep-all`: nothing is taken for page furniture, in every format, and `build` keeps what was kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsl10n import api
from newsl10n.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FURNITURE = ("You May Also Like", "Recommended for you")  # both examples end with these widgets


@pytest.fixture(params=["kremlin-patriots.txt", "kremlin-patriots.html"])
def page(request, tmp_path: Path) -> Path:
    target = tmp_path / request.param
    shutil.copy(EXAMPLES / request.param, target)
    return target


def translate(runner, page: Path, out: Path, *options: str) -> Path:
    result = runner.invoke(
        main, ["translate", str(page), "--to", "de", "--engine", "pseudo", "--out", str(out), *options]
    )
    assert result.exit_code == 0, result.output
    return out / "de" / f"{page.stem}.po"


def test_keep_all_keeps_the_furniture_of_text_and_of_a_page(page: Path):
    units = [unit.text for unit in api.segment(page, keep_all=True).units]
    assert all(label in units for label in FURNITURE)
    dropped = [unit.text for unit in api.segment(page).units]
    assert not any(label in dropped for label in FURNITURE)


def test_build_keeps_the_furniture_translated_with_keep_all(runner, page: Path, tmp_path: Path):
    po = translate(runner, page, tmp_path / "l10n", "--keep-all")
    translated = po.with_suffix(page.suffix).read_text(encoding="utf-8")
    built = api.build(page, po).text
    assert built == translated
    assert "Ýöû Måý Åļšö Ļîķé" in built  # the widget's pseudo translation, not dropped, not in English


def test_build_leaves_furniture_out_as_translate_did(runner, page: Path, tmp_path: Path):
    po = translate(runner, page, tmp_path / "l10n")
    built = api.build(page, po).text
    assert built == po.with_suffix(page.suffix).read_text(encoding="utf-8")
    assert "Ýöû Måý Åļšö Ļîķé" not in built
