"""The translation memory's parts: the similar-sentence index, placeable substitution and TMX.

:mod:`newsl10n.memory` puts them together; nothing here reads PO files or knows about the pipeline.
"""
