"""Glossary stage: consistent terms, enforced in machine output in the right grammatical form.

Files (CSV, TBX) load into one :class:`Glossary`; :class:`GlossaryChecker` gives translators hints,
finds wrong or missing terms and repairs machine output.
"""

from __future__ import annotations

from newsl10n.glossary.enforce import GlossaryChecker
from newsl10n.glossary.loader import load_glossaries
from newsl10n.glossary.terms import Glossary, Term

__all__ = ["Glossary", "GlossaryChecker", "Term", "load_glossaries"]
