"""Benchmark: the stages around MT, each timed alone, so a 5% change shows on a noisy machine (issue 13).

``python benchmarks/bench_around_mt.py`` (about a minute; ``--articles 10`` for a check in seconds).

``bench_volume.py`` times one whole run per configuration, where the machine's drift (±20%) hides small
gains. Here the inputs (generated articles mentioning a 10,000-term glossary, a 10,000-segment memory and
a tiny random-weight Argos model, as there) are made once and kept in ``--cache``; the pipeline runs once
to fix the machine translations, then each stage around MT is repeated on the same data and its best
(least) CPU time of ``--repeat`` is reported, per sentence per language:

- ``read + segment``: reading the articles (not the checkers' concern, shown for scale);
- ``glossary load``, ``memory load``: reading the 10,000 terms and the memory;
- ``decide``: the one decision per entry (memory lookups included);
- ``projection``: putting the source's inline codes back on the model's output (inside the MT stage);
- ``checkers``: the glossary, locale and QA stages;
- ``write``: templates, catalogs and localized articles rendered and committed (flushed to disk included).
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))


def prepare(cache: Path, articles: int) -> dict:
    """The inputs, made once per cache folder and article count."""
    from bench_volume import install_tiny_model, make_inputs

    work = cache / f"inputs-{articles}"
    marker = work / "ready.json"
    if not marker.exists():
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        inputs = make_inputs(work, 10_000, [10_000], articles, small=False)
        env = install_tiny_model(work)
        marker.write_text(
            json.dumps(
                {
                    "glossary": str(inputs["glossary"]),
                    "articles": str(inputs["articles"][articles]),
                    "tm": str(inputs["memories"][10_000]),
                    "packages": env["ARGOS_PACKAGES_DIR"],
                }
            )
        )
    return json.loads(marker.read_text())


PROFILE: set[str] = set()  # stages to run once more under cProfile (--profile)


def best_of(
    repeat: int, setup: Callable[[], object], action: Callable[[object], object], stage: str = ""
) -> float:
    """The least CPU seconds ``action(setup())`` took in ``repeat`` tries (setup not counted)."""
    best = float("inf")
    for _ in range(repeat):
        state = setup()
        gc.collect()
        start = time.process_time()
        action(state)
        best = min(best, time.process_time() - start)
    if stage in PROFILE:
        import cProfile
        import pstats

        state = setup()
        profiler = cProfile.Profile()
        profiler.runcall(action, state)
        print(f"--- {stage} ---", file=sys.stderr)
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(40)
    return best


def forget_memos(glossary: object | None = None) -> None:
    """Empty the memos of source facts and what the glossary derived, so each try pays what a fresh run
    pays (an older checkout may lack some of them)."""
    from newsl10n import spans
    from newsl10n.locale import money, numbers

    for cached in (spans._find_spans, money.find_amounts, numbers.source_numbers):
        cached.cache_clear()
    if glossary is not None:
        glossary._derived.clear()


def measure(inputs: dict, langs: str, repeat: int, out: Path, cache: Path | None = None) -> dict:
    os.environ["ARGOS_PACKAGES_DIR"] = inputs["packages"]
    from newsl10n import pipeline
    from newsl10n.article import read_articles
    from newsl10n.glossary import load_glossaries
    from newsl10n.languages import parse_languages
    from newsl10n.memory import MemoryFiles, TranslationMemory
    from newsl10n.resolve import resolve

    paths = sorted(Path(inputs["articles"]).glob("*.txt"))
    glossary_paths, tm_paths = [Path(inputs["glossary"])], [Path(inputs["tm"])]
    seconds: dict[str, float] = {}

    seconds["read + segment"] = best_of(
        repeat, lambda: None, lambda _: read_articles(paths, "auto"), "read + segment"
    )
    seconds["glossary load"] = best_of(
        repeat, lambda: None, lambda _: load_glossaries(glossary_paths), "glossary load"
    )

    def load_memories(_: object) -> None:
        files = MemoryFiles(keep=len(parse_languages(langs)) > 1)
        for lang in parse_languages(langs):
            TranslationMemory(lang).add_files(tm_paths, files=files)

    seconds["memory load"] = best_of(max(1, repeat // 2), lambda: None, load_memories, "memory load")

    shutil.rmtree(out, ignore_errors=True)
    the_plan = pipeline.plan(paths, langs, out_dir=out, glossary_paths=glossary_paths, tm_paths=tm_paths)

    def decide_all(_: object) -> list:
        return [
            [resolve(job.article.units, work.lang, job.previous, work.memory) for job in work.articles]
            for work in the_plan.work
        ]

    seconds["decide"] = best_of(repeat, lambda: None, decide_all, "decide")

    # one real MT pass (kept in the cache); the model's answers are replayed to time what is around it
    raw, answers = machine_translations(the_plan, cache)
    units = sum(len(raw[lang][1]) for lang in raw)  # distinct sentences per article, as bench_volume counts

    def project_all(state: list) -> None:
        for lang, segments in state:
            pipeline._machine_translate(Replay(answers[lang]), segments, lang, False)

    seconds["projection"] = best_of(
        repeat, lambda: [(lang, copy.deepcopy(raw[lang][0])) for lang in raw], project_all, "projection"
    )

    def finish_all(state: list) -> list:
        done = []
        for lang, segments in state:
            checkers = pipeline.checks.checkers_for(lang, the_plan.glossary)
            summary = pipeline.LanguageSummary(lang)
            for segment in segments:
                pipeline._finish(segment, checkers)
                pipeline._count(summary, segment)
            done.append(summary)
        return done

    def fresh_checker_input() -> list:
        forget_memos(the_plan.glossary)
        return [(lang, copy.deepcopy(raw[lang][1])) for lang in raw]

    seconds["checkers"] = best_of(repeat, fresh_checker_input, finish_all, "checkers")

    # the checked segments, as run_language hands them to commit
    forget_memos(the_plan.glossary)
    language_results = []
    for work in the_plan.work:
        segments = raw[work.lang][2]
        checkers = pipeline.checks.checkers_for(work.lang, the_plan.glossary)
        summary = pipeline.LanguageSummary(work.lang)
        for group in segments:
            for segment in group.values():
                pipeline._finish(segment, checkers)
                pipeline._count(summary, segment)
        language_results.append(pipeline.LanguageResult(work.lang, segments, summary))

    def clean_out() -> list:
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        return copy.deepcopy(language_results)

    seconds["write"] = best_of(repeat, clean_out, lambda results: pipeline.commit(the_plan, results), "write")

    from newsl10n.catalog import catalog_text, template_text
    from newsl10n.render import render

    def render_only(_: object) -> None:
        for article in the_plan.articles:
            template_text(article)
        for work, result in zip(the_plan.work, language_results, strict=True):
            for job, segments in zip(work.articles, result.segments, strict=True):
                catalog_text(job.article, work.lang, segments, job.previous)
                render(job.article, pipeline._decided_translations(segments), work.lang)

    seconds["write: text only"] = best_of(repeat, lambda: None, render_only, "write: text only")
    around = sum(v for k, v in seconds.items() if k not in ("projection", "write: text only"))
    return {
        "langs": langs,
        "articles": len(paths),
        "units": units,
        "repeat": repeat,
        "ms_per_sentence_per_language": {k: round(v * 1000 / units, 4) for k, v in seconds.items()},
        "around_mt_total_ms": round(around * 1000 / units, 4),
    }


class Recorder:
    """The Argos engine, keeping a copy of what the model said for each plain sentence."""

    def __init__(self) -> None:
        from newsl10n.engines import EngineOptions, create_engine

        self.engine = create_engine("argos", EngineOptions())
        self.answers: dict[str, dict[str, object]] = {}

    def translate(self, segments: list, lang: str, progress: object) -> None:
        self.engine.translate(segments, lang, progress)
        self.answers[lang] = {segment.source: copy.deepcopy(segment) for segment in segments}


class Replay:
    """An engine that gives back the tiny model's answers, to time what the pipeline does around it."""

    def __init__(self, answers: dict[str, object]) -> None:
        self.answers = answers

    def translate(self, segments: list, lang: str, progress: object) -> None:
        for segment in segments:
            answer = self.answers.get(segment.source)
            if answer is not None:
                segment.target, segment.fuzzy, segment.origin = answer.target, answer.fuzzy, answer.origin
                segment.provenance, segment.alignment = answer.provenance, answer.alignment
                segment.problems = list(answer.problems)


def machine_translations(the_plan: object, cache: Path | None) -> tuple[dict, dict]:
    """Per language: the decided segments before MT, after MT, grouped per article; and the model's answers.

    Kept in ``cache`` (a pickle): the tiny model's output does not change with the code around it.
    """
    import pickle

    from newsl10n import pipeline
    from newsl10n.resolve import resolve

    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    recorder = Recorder()
    raw: dict[str, tuple] = {}
    for work in the_plan.work:
        segments = [resolve(job.article.units, work.lang, job.previous, work.memory) for job in work.articles]
        for job, group in zip(work.articles, segments, strict=True):
            for segment in group.values():
                segment.group = job.article.name
        flat = [s for group in segments for s in group.values()]
        before = copy.deepcopy(flat)
        pipeline._machine_translate(recorder, flat, work.lang, False)
        raw[work.lang] = (before, flat, segments)
    if cache is not None:
        cache.write_bytes(pickle.dumps((raw, recorder.answers)))
    return raw, recorder.answers


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--langs", default="ru")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--cache", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "bench-around-mt"
    )
    parser.add_argument("--fresh", action="store_true", help="run the model again (not the cached output)")
    parser.add_argument("--profile", action="append", default=[], help="a stage to profile once (repeatable)")
    args = parser.parse_args(argv)
    PROFILE.update(args.profile)
    inputs = prepare(args.cache, args.articles)
    cache = args.cache / f"inputs-{args.articles}" / f"mt-{args.langs}.pickle"
    if args.fresh and cache.exists():
        cache.unlink()
    result = measure(inputs, args.langs, args.repeat, args.cache / "out", cache)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
