"""Where shipped data (locale profiles, glossaries) lives.

The data sits at the top of the repository (``locales/``, ``glossary/``) so that adding a language
is editing files, not code. ``NEWSL10N_DATA_DIR`` points elsewhere when needed.
"""

from __future__ import annotations

import os
from pathlib import Path


def data_root() -> Path:
    """The folder holding ``locales/`` and ``glossary/``."""
    override = os.environ.get("NEWSL10N_DATA_DIR")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2]


def locales_dir() -> Path:
    return data_root() / "locales"


def glossary_dir() -> Path:
    return data_root() / "glossary"
