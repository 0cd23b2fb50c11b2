"""Shared fixtures: sample articles written to temporary folders, and a CLI runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "kremlin-patriots.txt"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A private copy of the example article, so a test may edit it."""
    target = tmp_path / "kremlin-patriots.txt"
    shutil.copy(EXAMPLE, target)
    return target


@pytest.fixture
def small_article(tmp_path: Path) -> Path:
    """A short article with a headline, two paragraphs and one repeated sentence."""
    path = tmp_path / "short.txt"
    path.write_text(
        "Kyiv prepares for winter\n\n"
        "Kyiv said on Tuesday it needs more air defense. The Pentagon agreed.\n\n"
        "Officials met in Washington. Kyiv said on Tuesday it needs more air defense.\n",
        encoding="utf-8",
    )
    return path
