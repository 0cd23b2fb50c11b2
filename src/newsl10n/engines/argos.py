"""The ``argos`` and ``auto`` engines: offline machine translation with Argos Translate models.

``argos`` insists on an installed en→xx model and says how to get one when it is missing.
``auto`` is for unattended runs: it uses a model where one is installed, tries the index where not
(unless offline), and otherwise leaves the segments for a human translator, saying so loudly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsl10n.engines import EngineOptions
from newsl10n.errors import UserError
from newsl10n.languages import SOURCE_LANGUAGE
from newsl10n.model import Origin, Provenance, Segment
from newsl10n.progress import Progress

if TYPE_CHECKING:
    from argostranslate.package import Package

FILE_HINT = "newsl10n models install --file PATH.argosmodel"


def install_hint(lang: str) -> str:
    """How to get the model for ``lang``, online and offline, in one phrase."""
    from newsl10n.packages import install_command

    return f"`{install_command(lang.split('-')[0])}` (offline: `{FILE_HINT}`)"


def find_model_package(lang: str) -> Package | None:
    """The installed en→``lang`` package; ``de-AT`` falls back to the ``de`` model."""
    from newsl10n.packages import find_package

    package = find_package(lang)
    if package is None and "-" in lang:
        package = find_package(lang.split("-")[0])
    return package


def missing_model_message(lang: str) -> str:
    return f"no Argos model for {SOURCE_LANGUAGE}→{lang} is installed; install it with {install_hint(lang)}"


class ArgosEngine:
    """Batch translation of a whole job per language with one installed Argos model."""

    name = "argos"

    def __init__(self, options: EngineOptions) -> None:
        self.options = options

    def translate(self, segments: list[Segment], lang: str, progress: Progress) -> None:
        package = find_model_package(lang)
        if package is None:
            raise UserError(missing_model_message(lang))
        self.translate_with(package, segments, progress)

    def translate_with(self, package: Package, segments: list[Segment], progress: Progress) -> None:
        """Fill every empty segment with the package's translation, note and word alignment."""
        from newsl10n.engines.argos_model import DEFAULT_BEAM_SIZE, ArgosModel, resolve_device

        todo = [segment for segment in segments if not segment.target and segment.source.strip()]
        progress.advance(len(segments) - len(todo))
        if not todo:
            return
        model = ArgosModel(package, resolve_device(self.options.device), self.options.threads)
        # Attention costs no measurable time (benchmarks/README.md), so the alignment is always on.
        results = model.translate(
            [segment.source for segment in todo],
            beam_size=self.options.beam_size or DEFAULT_BEAM_SIZE,
            alignment=True,
            done=progress.advance,
        )
        provenance = Provenance(engine=self.name, model=model.label)
        for segment, result in zip(todo, results, strict=True):
            segment.target = result.text
            segment.fuzzy = True
            segment.origin = Origin.MACHINE
            segment.provenance = provenance
            segment.alignment = result.alignment


class AutoEngine:
    """Argos where a model is (or can be) installed; otherwise empty targets for human translation."""

    name = "auto"

    def __init__(self, options: EngineOptions) -> None:
        self.options = options
        self._warned: set[str] = set()
        self._index_unreachable = False  # asked once per run, not once per language

    def translate(self, segments: list[Segment], lang: str, progress: Progress) -> None:
        package = find_model_package(lang)
        if package is None:
            package = self._install(lang)
        if package is None:
            progress.advance(len(segments))
            return
        ArgosEngine(self.options).translate_with(package, segments, progress)

    def _install(self, lang: str) -> Package | None:
        """Install the model from the index when allowed; on failure say what happened, once."""
        from newsl10n.packages import IndexUnreachable, install_from_index

        base = lang.split("-")[0]
        if self.options.offline:
            reason = "--offline forbids fetching it"
        elif self._index_unreachable:
            reason = "the Argos package index cannot be reached"
        else:
            try:
                model = install_from_index(base)
            except IndexUnreachable:
                self._index_unreachable = True
                reason = "the Argos package index cannot be reached"
            except UserError as error:
                reason = f"installing it failed ({error})"
            else:
                self.options.log(
                    f"newsl10n: installed {model.pair} {model.version} from the Argos package index"
                )
                return find_model_package(lang)
        if lang not in self._warned:
            self._warned.add(lang)
            self.options.log(
                f"newsl10n: WARNING: {lang} left empty for human translators: no {SOURCE_LANGUAGE}→{lang} "
                f"Argos model is installed and {reason}. Install it with {install_hint(lang)}"
            )
        return None
