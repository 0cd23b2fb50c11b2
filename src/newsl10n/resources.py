"""Where shipped data (locale profiles, glossaries) lives.

The data sits at the top of the repository (``locales/``, ``glossary/``) so that adding a language
is editing files, not code. A source checkout (or editable install) reads it there; an installed
wheel carries it in ``<prefix>/share/newsl10n``. ``NEWSL10N_DATA_DIR`` points elsewhere when needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def data_root() -> Path:
    """The folder holding ``locales/`` and ``glossary/``."""
    override = os.environ.get("NEWSL10N_DATA_DIR")
    if override:
        return Path(override)
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "locales").is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "newsl10n"


def locales_dir() -> Path:
    return data_root() / "locales"


def glossary_dir() -> Path:
    return data_root() / "glossary"
