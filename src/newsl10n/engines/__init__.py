"""Translation engines share one small interface.

An engine receives, for one target language, every segment of every article of the run that still
needs a translation, and fills them in place. One call per language lets an engine batch the whole
job and load its model once.

Engines are looked up by name and imported only when used, so ``newsl10n --help`` stays fast.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from newsl10n.errors import UserError
from newsl10n.model import Segment
from newsl10n.progress import Progress


def _to_stderr(message: str) -> None:
    print(message, file=sys.stderr)


@dataclass
class EngineOptions:
    """Settings the CLI passes through to whichever engine is chosen."""

    beam_size: int | None = None  # None: the engine's measured default
    device: str = "auto"  # auto | cpu | cuda
    threads: int | None = None  # None: chosen for the machine
    offline: bool = False  # never reach the Argos package index
    log: Callable[[str], None] = field(default=_to_stderr)  # one-line messages for the user


class Engine(Protocol):
    """Fills segments; it gets plain sentences, inline markup taken out (see newsl10n.richtext).

    An engine that handles the PO form's codes itself sets ``markup_aware = True``.
    """

    name: str

    def translate(self, segments: list[Segment], lang: str, progress: Progress) -> None:
        """Fill ``target`` of each segment; machine output is ``fuzzy`` with ``origin="mt"``."""
        ...


ENGINES: dict[str, str] = {
    "auto": "newsl10n.engines.argos:AutoEngine",
    "argos": "newsl10n.engines.argos:ArgosEngine",
    "none": "newsl10n.engines.none:NoEngine",
    "pseudo": "newsl10n.engines.pseudo:PseudoEngine",
}


def create_engine(name: str, options: EngineOptions | None = None) -> Engine:
    """The engine called ``name``, or a one-line error naming the ones that exist."""
    try:
        target = ENGINES[name]
    except KeyError:
        raise UserError(f"unknown engine {name!r}; choose one of: {', '.join(ENGINES)}") from None
    module_name, class_name = target.split(":")
    engine_class = getattr(importlib.import_module(module_name), class_name)
    return engine_class(options or EngineOptions())
