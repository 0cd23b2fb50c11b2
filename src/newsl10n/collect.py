"""How often Python looks for reference cycles while a batch runs (issue 13).

A batch allocates millions of small objects that die young (segments, matches, spans) and keeps large
structures alive for the whole run (the glossary's automaton, the memory's index). At the default
thresholds the cycle collector runs every 700 allocations and, now and then, walks everything alive,
the loaded glossary and memory included. The pipeline makes few reference cycles, so during a batch it
collects less often, and once the glossary and memory are loaded they are left out of the walks
(:func:`gc.freeze`). Both are undone when the batch ends: a library caller's process is as it was.
"""

from __future__ import annotations

import gc
from types import TracebackType

# Allocations between two young-generation collections during a batch (Python's default is 700).
BATCH_THRESHOLD = 20_000


class FewerCollections:
    """Collect cycles less often inside the ``with`` block; :meth:`settle` what is loaded."""

    def __init__(self) -> None:
        self._thresholds = gc.get_threshold()
        self._froze = False

    def __enter__(self) -> FewerCollections:
        self._thresholds = gc.get_threshold()
        gc.set_threshold(max(self._thresholds[0], BATCH_THRESHOLD), *self._thresholds[1:])
        return self

    def settle(self) -> None:
        """Leave everything alive now (the loaded glossary and memory) out of later walks."""
        if not self._froze and gc.get_freeze_count() == 0:  # another freezer's objects stay as it left them
            gc.freeze()
            self._froze = True

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        gc.set_threshold(*self._thresholds)
        if self._froze:
            gc.unfreeze()
            self._froze = False


def settle_worker() -> None:
    """A worker process lives for one batch: it collects less often from now on, and what it has loaded
    (its engine, the glossary) is not walked again."""
    FewerCollections().__enter__().settle()
