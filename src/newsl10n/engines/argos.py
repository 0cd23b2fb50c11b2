"""The ``argos`` and ``auto`` engines: offline machine translation with Argos Translate models.

``argos`` insists on an installed en→xx model and says how to get one when it is missing.
``auto`` is for unattended runs: it uses a model where one is installed, tries the index where not
(unless offline), and otherwise leaves the segments for a human translator, saying so loudly.

Output the model botched (nothing, punctuation, the source again, a loop: see
:mod:`newsl10n.engines.quality`) is never used: the segment stays empty with a ``machine`` problem.
Every translation carries the model's confidence in its provenance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsl10n.engines import EngineOptions
from newsl10n.errors import UserError
from newsl10n.languages import SOURCE_LANGUAGE, argos_code
from newsl10n.model import Origin, Problem, Provenance, Segment
from newsl10n.progress import Progress

if TYPE_CHECKING:
    from argostranslate.package import Package

FILE_HINT = "newsl10n models install --file PATH.argosmodel"


def install_hint(lang: str) -> str:
    """How to get the model for ``lang``, online and offline, in one phrase."""
    from newsl10n.packages import install_command

    return f"`{install_command(argos_code(lang))}` (offline: `{FILE_HINT}`)"


def find_model_package(lang: str) -> Package | None:
    """The installed model for ``lang``: its variety's (``pt_BR`` → ``pb``), else its language's
    (``de_AT`` → ``de``), never another variety's."""
    from newsl10n.packages import find_package

    return find_package(lang)


def missing_model_message(lang: str) -> str:
    return (
        f"no Argos model for {SOURCE_LANGUAGE}→{argos_code(lang)} ({lang}) is installed; "
        f"install it with {install_hint(lang)}"
    )


class ArgosEngine:
    """Batch translation of a whole job per language with one installed Argos model."""

    name = "argos"

    def __init__(self, options: EngineOptions) -> None:
        self.options = options

    def prepare(self, lang: str) -> None:
        """Fail before any work starts when the model is missing."""
        if find_model_package(lang) is None:
            raise UserError(missing_model_message(lang))

    def translate(self, segments: list[Segment], lang: str, progress: Progress) -> None:
        package = find_model_package(lang)
        if package is None:
            raise UserError(missing_model_message(lang))
        self.translate_with(package, segments, progress)

    def translate_with(self, package: Package, segments: list[Segment], progress: Progress) -> None:
        """Fill every empty segment with the package's translation, note and word alignment."""
        from newsl10n.engines.argos_model import DEFAULT_BEAM_SIZE, ArgosModel, resolve_device
        from newsl10n.engines.quality import rejection

        todo = [segment for segment in segments if not segment.target and segment.source.strip()]
        if not todo:
            progress.advance(len(segments))
            return
        model = ArgosModel(package, resolve_device(self.options.device), self.options.threads)  # may refuse
        progress.advance(len(segments) - len(todo))
        # Attention costs no measurable time (benchmarks/README.md), so the alignment is always on.
        results = model.translate(
            [segment.source for segment in todo],
            beam_size=self.options.beam_size or DEFAULT_BEAM_SIZE,
            alignment=True,
            done=progress.advance,
            groups=[segment.group for segment in todo],
        )
        for segment, result in zip(todo, results, strict=True):
            reason = rejection(segment.source, result.text)
            if reason is not None:
                segment.problems.append(Problem("machine", f"{reason} ({model.label}); translate by hand"))
                continue
            segment.target = result.text
            segment.fuzzy = True
            segment.origin = Origin.MACHINE
            segment.provenance = Provenance(engine=self.name, model=model.label, confidence=result.confidence)
            segment.alignment = result.alignment


class AutoEngine:
    """Argos where a model is (or can be) installed; otherwise empty targets for human translation."""

    name = "auto"

    def __init__(self, options: EngineOptions) -> None:
        self.options = options
        self._warned: set[str] = set()
        self._index = None  # one PackageIndex per run: fetched once, an unreachable one asked once

    def prepare(self, lang: str) -> None:
        """Install the model for ``lang`` now, if it can, before worker processes start."""
        if find_model_package(lang) is None:
            self._install(lang)

    def translate(self, segments: list[Segment], lang: str, progress: Progress) -> None:
        package = find_model_package(lang)
        if package is None:
            package = self._install(lang)
        if package is not None:
            try:
                ArgosEngine(self.options).translate_with(package, segments, progress)
                return
            except UserError as error:  # a model this CTranslate2 cannot run: the other languages go on
                self._warn(lang, f"the installed model cannot be used: {error}.")
        progress.advance(len(segments))

    def _install(self, lang: str) -> Package | None:
        """Install the model from the index when allowed; on failure say what happened, once."""
        from newsl10n.argos_index import IndexUnavailable, IndexUnreadable
        from newsl10n.packages import PackageIndex, install_from_index

        missing = f"no {SOURCE_LANGUAGE}→{argos_code(lang)} Argos model is installed and"
        if self.options.offline:
            self._warn(lang, f"{missing} --offline forbids fetching it. Install it with {install_hint(lang)}")
            return None
        if self._index is None:
            self._index = PackageIndex(warn=self.options.log)
        try:
            model = install_from_index(lang, self._index)
        except IndexUnavailable as error:
            reason = "cannot be read" if isinstance(error, IndexUnreadable) else "cannot be reached"
            reason = f"the Argos package index {reason}"
            self._warn(lang, f"{missing} {reason}. Install it with {install_hint(lang)}")
            return None
        except UserError as error:
            self._warn(
                lang, f"{missing} installing it failed ({error}). Install it with {install_hint(lang)}"
            )
            return None
        self.options.log(f"newsl10n: installed {model.pair} {model.version} from the Argos package index")
        return find_model_package(lang)

    def _warn(self, lang: str, why: str) -> None:
        """One loud line per language and run: these segments go to human translators."""
        if lang not in self._warned:
            self._warned.add(lang)
            self.options.log(f"newsl10n: WARNING: {lang} left empty for human translators: {why}")
