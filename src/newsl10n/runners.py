"""Where :func:`~newsl10n.pipeline.run_language` runs: in this process, in worker processes, on a cluster.

A run's work is one :class:`~newsl10n.pipeline.LanguageWork` per language. A runner may cut each into
shards of whole articles (:func:`shard`), run them wherever it likes and put the results back in article
order (:func:`merge`); since every sentence's translation depends only on the sentence, the files a
sharded run writes are the same as an unsharded one's. Each worker creates its engine once, so a model
loads once per worker, and keeps one CTranslate2 thread per core it was given.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import replace
from typing import Protocol

from newsl10n.collect import settle_worker
from newsl10n.engines import Engine, EngineOptions, create_engine
from newsl10n.glossary import Glossary
from newsl10n.pipeline import LEAST_CONFIDENT, LanguageResult, LanguageSummary, LanguageWork, run_language
from newsl10n.progress import progress

# Below this many sentences a worker process costs more (start-up, imports) than it saves.
MIN_UNITS_PER_WORKER = 400


class Runner(Protocol):
    def run(
        self, work: list[LanguageWork], glossary: Glossary, show_progress: bool | None
    ) -> list[LanguageResult]: ...


class InProcess:
    """Everything here, one language after another: the engine loads each model once."""

    def __init__(self, engine: str, options: EngineOptions) -> None:
        self.engine = create_engine(engine, options)

    def run(
        self, work: list[LanguageWork], glossary: Glossary, show_progress: bool | None
    ) -> list[LanguageResult]:
        return [run_language(language, self.engine, glossary, show_progress) for language in work]


class WorkerPool:
    """Shards of articles in ``jobs`` worker processes, each with ``cores / jobs`` CTranslate2 threads."""

    def __init__(self, engine: str, options: EngineOptions, jobs: int) -> None:
        self.engine_name = engine
        self.jobs = jobs
        cores = options.threads or os.cpu_count() or 1
        self.options = replace(options, threads=max(1, cores // jobs))
        self.log = SayOnce(options.log)  # what every worker's engine says is shown once, here
        # models are installed here, once, not in every worker
        self.prepare = create_engine(engine, replace(options, log=self.log))

    def run(
        self, work: list[LanguageWork], glossary: Glossary, show_progress: bool | None
    ) -> list[LanguageResult]:
        for language in work:
            prepare_engine(self.prepare, language.lang)
        shards = [(index, part) for index, language in enumerate(work) for part in shard(language, self.jobs)]
        done: dict[int, list[tuple[int, LanguageResult]]] = {index: [] for index in range(len(work))}
        with (
            ProcessPoolExecutor(
                self.jobs, initializer=_start_worker, initargs=(self.engine_name, self.options, glossary)
            ) as pool,
            progress("Translating", len(shards), show_progress) as bar,
        ):
            futures = {
                pool.submit(_run_shard, part): (index, number) for number, (index, part) in enumerate(shards)
            }
            for future in as_completed(futures):
                index, number = futures[future]
                result, said = future.result()
                for line in said:
                    self.log(line)
                done[index].append((number, result))
                bar.advance()
        return [
            merge(language, [result for _, result in sorted(done[index])])
            for index, language in enumerate(work)
        ]


class SayOnce:
    """A log that passes each distinct line on once: the same warning from every worker is one warning."""

    def __init__(self, log: Callable[[str], None]) -> None:
        self._log = log
        self._said: set[str] = set()

    def __call__(self, line: str) -> None:
        if line not in self._said:
            self._said.add(line)
            self._log(line)


def choose_runner(
    engine: str, options: EngineOptions, jobs: int | None, work: Sequence[LanguageWork]
) -> Runner:
    """``--jobs N`` as asked, or by default as many workers as cores when the run is big enough to gain."""
    if jobs is None:
        units = max(
            (sum(len(job.article.units) for job in language.articles) for language in work), default=0
        )
        jobs = min(os.cpu_count() or 1, max(1, units // MIN_UNITS_PER_WORKER))
    articles = max((len(language.articles) for language in work), default=1)
    jobs = max(1, min(jobs, articles))
    return InProcess(engine, options) if jobs == 1 else WorkerPool(engine, options, jobs)


def prepare_engine(engine: Engine, lang: str) -> None:
    """Let the engine get what it needs for ``lang`` (install a model) before workers start."""
    prepare = getattr(engine, "prepare", None)
    if prepare is not None:
        prepare(lang)


def shard(work: LanguageWork, parts: int) -> list[LanguageWork]:
    """Up to ``parts`` pieces of whole articles, in order, with about as many sentences each."""
    if parts <= 1 or len(work.articles) <= 1:
        return [work]
    total = sum(max(1, len(job.article.units)) for job in work.articles)
    pieces: list[LanguageWork] = []
    current: list = []
    filled = 0
    for job in work.articles:
        current.append(job)
        filled += max(1, len(job.article.units))
        if filled >= total * (len(pieces) + 1) / parts and len(pieces) < parts - 1:
            pieces.append(replace(work, articles=current))
            current = []
    if current:
        pieces.append(replace(work, articles=current))
    return pieces


def merge(work: LanguageWork, results: Sequence[LanguageResult]) -> LanguageResult:
    """The shards' results as one, in the order of ``work``'s articles (shards come in order)."""
    summary = LanguageSummary(work.lang)
    segments = []
    for result in results:
        segments.extend(result.segments)
        for name in ("units", "tm", "reviewed", "mt", "empty", "problems"):
            setattr(summary, name, getattr(summary, name) + getattr(result.summary, name))
        summary.least_confident.extend(result.summary.least_confident)
    summary.least_confident.sort(key=lambda item: item["confidence"])
    del summary.least_confident[LEAST_CONFIDENT:]
    return LanguageResult(work.lang, segments, summary)


# -- in a worker process ---------------------------------------------------------------------------------

_WORKER: dict[str, object] = {}
_WORKER_SAID: list[str] = []  # what the worker's engine said since the last shard, for the parent to show


def _start_worker(engine: str, options: EngineOptions, glossary: Glossary) -> None:
    options = replace(options, log=_WORKER_SAID.append)
    _WORKER.update(engine=create_engine(engine, options), glossary=glossary)
    settle_worker()


def _run_shard(work: LanguageWork) -> tuple[LanguageResult, list[str]]:
    result = run_language(work, _WORKER["engine"], _WORKER["glossary"], show_progress=False)  # type: ignore[arg-type]
    said = list(_WORKER_SAID)
    _WORKER_SAID.clear()
    return result, said
