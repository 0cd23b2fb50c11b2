"""A translate run on a Dask cluster: shards of whole articles on workers that keep their models loaded.

``newsl10n translate --cluster tcp://scheduler:8786`` (or ``DASK_SCHEDULER_ADDRESS``) plans and commits
here, as every run does, and sends only the middle step, :func:`~newsl10n.pipeline.run_language`, to the
workers. The glossary and each language's translation memory go to every worker once; each worker process
creates its engine once (so a model loads once per worker) and runs one shard at a time, giving the
threads Dask gave it to CTranslate2. Shards are put back in article order (:func:`newsl10n.runners.merge`),
so :func:`~newsl10n.pipeline.commit` writes what a local run writes, as far as the engine's output for a
sentence does not depend on the other sentences it was batched with (as for ``--jobs``).

What decides the output is checked before any work is sent: ``auto`` is resolved here, once, to a model or
to empty entries per language (a worker never installs or skips a model on its own), every worker must run
the same newsl10n and have the same Argos model for each language as this machine.
"""

from __future__ import annotations

import ctypes
import logging
import os
import threading
from collections.abc import Iterable
from dataclasses import astuple, dataclass, replace
from types import TracebackType
from typing import TYPE_CHECKING, Any

import newsl10n
from newsl10n.engines import Engine, EngineOptions, create_engine
from newsl10n.errors import UserError
from newsl10n.glossary import Glossary
from newsl10n.pipeline import LanguageResult, LanguageWork, run_language
from newsl10n.progress import progress
from newsl10n.runners import merge, prepare_engine, shard

if TYPE_CHECKING:
    from distributed import Client

ADDRESS_VARIABLE = "DASK_SCHEDULER_ADDRESS"
SHARDS_PER_WORKER = 2  # per language: lets a fast machine take more while a slow one finishes
MODEL_ENGINES = ("argos", "auto")  # engines whose output depends on the model installed on the worker

log = logging.getLogger(__name__)


def scheduler_address(address: str | None = None) -> str:
    """The scheduler to use: ``address``, else Dask's own setting (``DASK_SCHEDULER_ADDRESS``)."""
    if address:
        return address
    import dask

    found = dask.config.get("scheduler-address", None)
    if not found:
        raise UserError(f"no Dask scheduler given: pass --cluster tcp://HOST:8786 or set {ADDRESS_VARIABLE}")
    return str(found)


def connect(address: str, timeout: float | None = None) -> Client:
    """A client of the scheduler at ``address`` with at least one worker, or a one-line error."""
    try:
        from distributed import Client
    except ImportError:
        raise UserError("running on a cluster needs Dask: pip install 'newsl10n[cluster]'") from None
    import dask
    from dask.utils import parse_timedelta

    timeout = timeout or parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"))
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except Exception as error:  # refused, timed out, a malformed address, not a Dask scheduler
        raise UserError(f"cannot reach the Dask scheduler at {address}: {_first_line(error)}") from None
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (OSError, TimeoutError):
        client.close()
        raise UserError(f"the Dask scheduler at {address} has no workers (waited {timeout:g} s)") from None
    return client


class DaskRunner:
    """Runs each language's shards on the workers of a Dask cluster (a :class:`~newsl10n.runners.Runner`).

    Use it as a context manager; it connects to ``address`` (default: ``DASK_SCHEDULER_ADDRESS``), or uses
    a ``client`` you already have and leaves it open::

        with DaskRunner("argos", EngineOptions(), "tcp://10.0.0.2:8786") as runner:
            api.translate(paths, "ru,uk", runner=runner)
    """

    def __init__(
        self,
        engine: str,
        options: EngineOptions,
        address: str | None = None,
        *,
        client: Client | None = None,
        timeout: float | None = None,
    ) -> None:
        self.engine = engine
        self.options = options
        self.local = create_engine(engine, options)  # unknown engine: one line, before connecting
        self.address = address
        self.timeout = timeout
        self.client = client
        self._owns_client = client is None

    def __enter__(self) -> DaskRunner:
        if self.client is None:
            self.address = scheduler_address(self.address)
            self.client = connect(self.address, self.timeout)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_client and self.client is not None:
            self.client.close()
            self.client = None

    @property
    def workers(self) -> list[str]:
        """The addresses of the worker processes connected now."""
        return sorted(self._client.nthreads())

    @property
    def _client(self) -> Client:
        if self.client is None:
            raise RuntimeError("DaskRunner is not connected; use it in a with statement")
        return self.client

    def run(
        self, work: list[LanguageWork], glossary: Glossary, show_progress: bool | None
    ) -> list[LanguageResult]:
        from distributed import as_completed

        client = self._client
        engines = {language.lang: self._engine_for(language.lang) for language in work}
        models = {
            lang: found
            for lang, engine in engines.items()
            if engine == "argos" and (found := model_identity(lang))
        }
        requirements = Requirements(newsl10n.__version__, models)
        self._check_workers(requirements)
        workers = len(self.workers)
        shards = [
            (index, piece)
            for index, language in enumerate(work)
            for piece in shard(language, workers * SHARDS_PER_WORKER)
        ]
        futures, shipped = self._submit(engines, requirements, glossary, work, [piece for _, piece in shards])
        number_of = {future.key: number for number, future in enumerate(futures)}
        results: dict[int, LanguageResult] = {}
        try:
            with progress(f"Translating on {workers} workers", len(shards), show_progress) as bar:
                for future in as_completed(futures, loop=client.loop):
                    number = number_of[future.key]
                    results[number] = _result(future, shards[number][1])
                    bar.advance()
        finally:
            client.cancel([*futures, *shipped])
        return [
            merge(language, [results[n] for n, (owner, _) in enumerate(shards) if owner == index])
            for index, language in enumerate(work)
        ]

    def _submit(
        self,
        engines: dict[str, str],
        requirements: Requirements,
        glossary: Glossary,
        work: list[LanguageWork],
        pieces: list[LanguageWork],
    ) -> tuple[list[Any], list[Any]]:
        """One task per shard; the glossary and each memory go to every worker once, not with each task.

        Returns the tasks' futures and the futures of the data shipped for them (to release afterwards).
        """
        client = self._client
        options = replace(self.options, log=_log_on_worker)  # a worker's stderr is nobody's terminal
        shared_glossary = client.scatter(glossary, broadcast=True, hash=False)
        memories = {
            language.lang: client.scatter(language.memory, broadcast=True, hash=False)
            for language in work
            if language.memory is not None
        }
        parts = client.scatter([replace(piece, memory=None) for piece in pieces], hash=False)
        futures = [
            client.submit(
                _run_shard,
                engines[piece.lang],
                requirements,
                options,
                shared_glossary,
                memories.get(piece.lang),
                part,
                pure=False,
            )
            for piece, part in zip(pieces, parts, strict=True)
        ]
        return futures, [shared_glossary, *memories.values(), *parts]

    def _engine_for(self, lang: str) -> str:
        """The engine the workers run for ``lang``, decided here so they all do what a local run would.

        ``argos`` refuses a missing model here; ``auto`` installs it here when it may, and otherwise becomes
        ``none`` for that language (it says why, here, once): a worker never installs or skips a model.
        """
        prepare_engine(self.local, lang)
        if self.engine not in MODEL_ENGINES:
            return self.engine
        return "argos" if model_identity(lang) is not None else "none"

    def _check_workers(self, requirements: Requirements) -> None:
        """Refuse, before any work is sent, a cluster whose workers would write other files than this machine."""
        try:
            unmet = self._client.run(_unmet, requirements)
        except Exception as error:
            raise UserError(
                f"the Dask workers cannot run newsl10n ({_first_line(error)}); "
                "install newsl10n[cluster] on every worker"
            ) from None
        for worker, problem in sorted(unmet.items()):
            if problem:
                raise UserError(f"worker {worker} {problem}")


@dataclass(frozen=True)
class Requirements:
    """What a worker needs to write what this machine would: the same newsl10n, the same Argos models."""

    version: str
    models: dict[str, str]  # language -> model_identity(), for the languages Argos translates

    def unmet(self, langs: Iterable[str] | None = None) -> str | None:
        """Run where the work runs: the first requirement not met here, as the end of a sentence, or None."""
        if newsl10n.__version__ != self.version:
            return (
                f"runs newsl10n {newsl10n.__version__}, the client {self.version}; install the same version"
            )
        for lang in self.models if langs is None else [lang for lang in langs if lang in self.models]:
            found = model_identity(lang)
            if found is None:
                return (
                    f"has no Argos model for en→{lang}; install it on every worker "
                    "or point their ARGOS_PACKAGES_DIR at one shared folder"
                )
            if found != self.models[lang]:
                return f"has {found} for en→{lang}, the client {self.models[lang]}; every worker needs the same model"
        return None


def model_identity(lang: str) -> str | None:
    """The installed en→``lang`` package as a short label with its model's size, or None."""
    from newsl10n.engines.argos import find_model_package

    package = find_model_package(lang)
    if package is None:
        return None
    weights = package.package_path / "model" / "model.bin"
    size = weights.stat().st_size if weights.exists() else 0
    return f"{package.package_path.name} {package.package_version} ({size:,} bytes)"


def describe(piece: LanguageWork) -> str:
    """A shard as a user would name it: its language and first and last article."""
    names = [job.article.name for job in piece.articles]
    span = names[0] if len(names) == 1 else f"{names[0]} … {names[-1]} ({len(names)} articles)"
    return f"{piece.lang} shard {span}"


def _result(future: Any, piece: LanguageWork) -> LanguageResult:
    """The shard's result, or one line naming the shard and what went wrong on the worker."""
    try:
        return future.result()
    except UserError as error:
        raise UserError(f"{describe(piece)}: {error}") from None
    except Exception as error:
        raise UserError(
            f"{describe(piece)} failed on a worker: {type(error).__name__}: {_first_line(error)}"
        ) from None


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


# -- on a worker -----------------------------------------------------------------------------------------

_ENGINES: dict[tuple, Engine] = {}
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters (malloc.h)
_ONE_SHARD_AT_A_TIME = threading.Lock()


@dataclass(frozen=True)
class _EngineKey:
    name: str
    beam_size: int | None
    device: str
    threads: int | None
    offline: bool


def _let_malloc_reuse_buffers() -> None:
    """Undo the cost of Dask's memory trimming for CTranslate2, once per worker process (glibc only).

    A Dask nanny starts its worker with ``MALLOC_TRIM_THRESHOLD_=65536``, which also freezes glibc's mmap
    threshold at 128 KiB: every larger buffer CTranslate2 allocates becomes a fresh mmap, and the heap is
    given back and taken again all the time. Translation then cost about twice the CPU here, much of it
    system time (40 articles: 1.6-2.3 s of system time on the worker instead of 0.1 s). glibc's own
    upper bounds (mmap above 32 MiB, trim above 64 MiB) keep the buffers in the heap; a worker keeps at
    most 64 MiB it does not use, instead of none.
    """
    if "MALLOC_TRIM_THRESHOLD_" not in os.environ or "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024)
        libc.mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024)
    except (OSError, AttributeError):  # not glibc: nothing to undo
        return


def _log_on_worker(message: str) -> None:
    log.warning(message)


def _unmet(requirements: Requirements) -> str | None:
    return requirements.unmet()


def _worker_engine(name: str, options: EngineOptions) -> Engine:
    """This worker's engine for ``name`` and ``options``, created on first use and kept.

    Unless ``--threads`` says otherwise, CTranslate2 gets the threads Dask gave this worker.
    """
    if options.threads is None:
        from distributed import get_worker

        options = replace(options, threads=get_worker().state.nthreads)
    key = astuple(_EngineKey(name, options.beam_size, options.device, options.threads, options.offline))
    engine = _ENGINES.get(key)
    if engine is None:
        if not _ENGINES:
            _let_malloc_reuse_buffers()
        engine = _ENGINES[key] = create_engine(name, options)
    return engine


def _run_shard(
    engine: str,
    requirements: Requirements,
    options: EngineOptions,
    glossary: Glossary,
    memory: Any,
    piece: LanguageWork,
) -> LanguageResult:
    """One shard; one at a time per worker process, so the engine and its model are never shared.

    The requirements are checked again here: a worker may have joined after the check before the run.
    """
    from distributed import get_worker

    problem = requirements.unmet([piece.lang])
    if problem:
        raise UserError(f"worker {get_worker().address} {problem}")
    with _ONE_SHARD_AT_A_TIME:
        translator = _worker_engine(engine, options)
        return run_language(replace(piece, memory=memory), translator, glossary, show_progress=False)
