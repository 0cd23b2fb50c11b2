"""newsl10n: localize English news articles into other languages, offline.

The pipeline is a chain of small stages over plain data::

    article -> units -> (translation memory, engine) -> glossary -> locale -> catalog (PO) -> text

The public API lives in :mod:`newsl10n.api`; the ``newsl10n`` command is a thin layer over it.
"""

__version__ = "0.1.0"
