"""Benchmark: a newsroom's volume through the whole pipeline (issue 13).

``python benchmarks/bench_volume.py`` (about 15 minutes on 2 cores; ``--small`` for a check in seconds).

Generated distinct articles (10, 100, 500) that mention a generated 10,000-term glossary
(``bench_glossary.generate_terms``), a translation memory of 10,000 or 100,000 reviewed segments
(``bench_memory.SentenceMaker``), into ru with the pseudo engine or a tiny random-weight Argos model. Each
configuration runs ``newsl10n.api.translate(..., jobs=1)`` in a fresh process and reports:

- seconds per article (CPU of the process, and wall);
- the share of each stage in that CPU time: reading and segmenting, memory loading, the decision per entry
  (memory lookups included), MT, the checkers (glossary, locale, QA), writing;
- the peak resident memory of the process.

``--memory-growth`` adds the issue's check: peak memory with a tiny Argos model at 10 and at 60 articles,
and the growth per article in between.

``--python`` runs the configurations with another interpreter (another checkout's virtual environment),
to measure "before" in the same run; a stage the other checkout does not have is left out of its shares.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("ru", "uk", "de")
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

# (module, function) -> stage; timed in the child by wrapping them (inner calls of one stage are not
# counted twice: a stage's time is its outermost call)
STAGES = {
    ("newsl10n.article", "read_articles"): "read + segment",
    ("newsl10n.article", "read_article"): "read + segment",
    ("newsl10n.memory", "TranslationMemory.add_files"): "memory load",
    ("newsl10n.resolve", "resolve"): "decide (memory lookups)",
    ("newsl10n.pipeline", "_reuse_translations"): "decide (memory lookups)",
    ("newsl10n.pipeline", "_machine_translate"): "MT",
    ("newsl10n.pipeline", "_finish"): "checkers",
    ("newsl10n.pipeline", "_finish_stages"): "checkers",
    ("newsl10n.pipeline", "commit"): "write",
    ("newsl10n.pipeline", "_write_outputs"): "write",
}

CHILD = r"""
import json, sys, time, resource, importlib, functools
from pathlib import Path
args = json.loads(sys.argv[1])
spent, active = {}, []

def timed(stage, function):
    @functools.wraps(function)
    def wrapper(*a, **k):
        if active:
            return function(*a, **k)
        active.append(stage); start = time.process_time()
        try:
            return function(*a, **k)
        finally:
            spent[stage] = spent.get(stage, 0.0) + time.process_time() - start
            active.pop()
    return wrapper

for (module_name, name), stage in args["stages"]:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:  # an older checkout without this stage's module
        continue
    owner, _, attribute = name.rpartition(".")
    target = getattr(module, owner) if owner else module
    if hasattr(target, attribute):
        setattr(target, attribute, timed(stage, getattr(target, attribute)))
# the pipeline imports some of these by name: patch its copies too
import newsl10n.pipeline as pipeline
for name in ("read_articles", "read_article", "resolve"):
    for module_name in ("newsl10n.article", "newsl10n.resolve"):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue
        if hasattr(pipeline, name) and hasattr(module, name):
            setattr(pipeline, name, getattr(module, name))

def peak_mb():  # the process's own high-water mark: ru_maxrss would count the parent's pages at fork
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

from newsl10n import api
articles = sorted(Path(args["articles"]).glob("*.txt"))
cpu, wall = time.process_time(), time.monotonic()
options = dict(engine=args["engine"], out_dir=args["out"], glossary_paths=args["glossary"], tm_paths=args["tm"])
if args["jobs_supported"]:
    options["jobs"] = 1
report = api.translate(articles, args["langs"], **options)
units = sum(summary.units for summary in getattr(report, "languages", []))
print(json.dumps({
    "units": units,
    "cpu": time.process_time() - cpu,
    "wall": time.monotonic() - wall,
    "peak_mb": peak_mb(),
    "stages": spent,
}))
"""


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def make_inputs(work: Path, terms: int, tm_sizes: list[int], max_articles: int, small: bool) -> dict:
    from bench_glossary import generate_articles, generate_terms, write_glossary
    from bench_memory import SentenceMaker, toy_russian, write_po

    rows = generate_terms(terms)
    glossary = write_glossary(rows, work / "terms.csv")
    texts = generate_articles(rows, max_articles, sentences=12 if small else 24)
    folders = {}
    for count in sorted({10, 60, 100, 500, max_articles}):
        if count > max_articles:
            continue
        folder = work / f"articles-{count}"
        folder.mkdir()
        for index, text in enumerate(texts[:count]):
            (folder / f"a{index:03d}.txt").write_text(text, encoding="utf-8")
        folders[count] = folder
    memories = {}
    maker = SentenceMaker(seed=3)
    for size in tm_sizes:
        entries = []
        for _ in range(size):
            sentence = maker.sentence(placeable=True)
            entries.append((sentence, toy_russian(sentence)))
        # the toy translations stand for each language's (lookups cost the same); written once, relabelled
        first = work / f"tm-{size}" / LANGUAGES[0] / "memory.po"
        write_po(first, entries, LANGUAGES[0])
        text = first.read_text(encoding="utf-8")
        for lang in LANGUAGES[1:]:
            relabelled = text.replace(f'"Language: {LANGUAGES[0]}\\n"', f'"Language: {lang}\\n"', 1)
            assert relabelled != text
            (first.parent.parent / lang).mkdir()
            (first.parent.parent / lang / "memory.po").write_text(relabelled, encoding="utf-8")
        memories[size] = work / f"tm-{size}"
    return {"glossary": glossary, "articles": folders, "memories": memories}


def install_tiny_model(work: Path) -> dict:
    from argosmodel import build_argos_package

    env = dict(os.environ, ARGOS_PACKAGES_DIR=str(work / "argos-packages"))
    for lang in LANGUAGES:
        archive = build_argos_package(work / f"package-{lang}", lang)
        subprocess.run(
            [sys.executable, "-m", "newsl10n", "models", "install", "--file", str(archive)],
            env=env,
            check=True,
            capture_output=True,  # stdout carries the report
        )
    return env


def run(python: str, config: dict, env: dict, jobs_supported: bool, timeout: float = 600) -> dict:
    args = {
        "stages": [[list(key), stage] for key, stage in STAGES.items()],
        "articles": str(config["articles"]),
        "out": str(config["out"]),
        "engine": config["engine"],
        "langs": config.get("langs", "ru"),
        "glossary": [str(config["glossary"])] if config["glossary"] else [],
        "tm": [str(config["tm"])] if config["tm"] else [],
        "jobs_supported": jobs_supported,
    }
    started = time.monotonic()
    try:
        done = subprocess.run(
            [python, "-c", CHILD, json.dumps(args)], env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return {"error": [f"did not finish in {timeout:.0f} s"], "seconds": timeout}
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:], "seconds": time.monotonic() - started}
    return json.loads(done.stdout.strip().splitlines()[-1])


def describe(name: str, articles: int, result: dict) -> dict:
    if "error" in result:
        return {"config": name, "articles": articles, "error": result["error"]}
    cpu = result["cpu"]
    shares = {stage: round(100 * seconds / cpu, 1) for stage, seconds in sorted(result["stages"].items())}
    units = result.get("units")  # sentences × languages; an older checkout may not say
    around_mt = (cpu - result["stages"].get("MT", 0.0)) * 1000 / units if units else None
    return {
        "config": name,
        "articles": articles,
        "cpu_s_per_article": round(cpu / articles, 3),
        "around_mt_ms_per_sentence_per_language": round(around_mt, 3) if around_mt else None,
        "wall_s_per_article": round(result["wall"] / articles, 3),
        "peak_mb": round(result["peak_mb"], 1),
        "stage_share_pct": shares,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a check that the script works, in seconds")
    parser.add_argument("--python", default=sys.executable, help="the interpreter (checkout) to measure")
    parser.add_argument("--old", action="store_true", help="the checkout has no --jobs (an older one)")
    parser.add_argument(
        "--memory-growth", action="store_true", help="peak memory at 10 and 60 articles, tiny model"
    )
    parser.add_argument("--timeout", type=float, default=600, help="seconds a configuration may take")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    counts = [10] if args.small else [10, 100, 500]
    terms = 500 if args.small else 10_000
    tm_sizes = [200] if args.small else [10_000, 100_000]
    with tempfile.TemporaryDirectory(prefix="bench-volume-") as temp:
        work = Path(temp)
        log("generating articles, glossary and memories ...")
        inputs = make_inputs(
            work, terms, tm_sizes, max(counts + ([60] if args.memory_growth else [])), args.small
        )
        log("building and installing the tiny Argos model ...")
        env = install_tiny_model(work)
        rows = []
        glossary, first_tm = inputs["glossary"], tm_sizes[0]
        plan = []  # (name, articles, engine, glossary, TM size, languages)
        for count in counts:
            plan.append(("pseudo, no glossary, no TM", count, "pseudo", None, None, "ru"))
            plan.append((f"pseudo, {terms} terms, TM {first_tm}", count, "pseudo", glossary, first_tm, "ru"))
            plan.append((f"argos, {terms} terms, TM {first_tm}", count, "argos", glossary, first_tm, "ru"))
            if count >= 100 or args.small:
                name = f"argos, {terms} terms, TM {first_tm}, ru+uk+de"
                plan.append((name, count, "argos", glossary, first_tm, ",".join(LANGUAGES)))
        if len(tm_sizes) > 1:
            name = f"pseudo, {terms} terms, TM {tm_sizes[1]}"
            plan.append((name, counts[1], "pseudo", glossary, tm_sizes[1], "ru"))
        for index, (name, count, engine, glossary, tm, langs) in enumerate(plan):
            log(f"{name}: {count} articles ...")
            config = {
                "articles": inputs["articles"][count],
                "out": work / f"out-{index}",
                "engine": engine,
                "langs": langs,
                "glossary": glossary,
                "tm": inputs["memories"][tm] if tm else None,
            }
            rows.append(describe(name, count, run(args.python, config, env, not args.old, args.timeout)))
            log(json.dumps(rows[-1]))
        if args.memory_growth:
            peaks = {}
            for count in (10, 60):
                config = {
                    "articles": inputs["articles"][count],
                    "out": work / f"growth-{count}",
                    "engine": "argos",
                    "glossary": None,
                    "tm": None,
                }
                peaks[count] = run(args.python, config, env, not args.old, args.timeout).get("peak_mb")
            growth = (peaks[60] - peaks[10]) / 50 if None not in peaks.values() else None
            rows.append(
                {"config": "peak memory, tiny Argos model", "peak_mb": peaks, "mb_per_article": growth}
            )
            log(json.dumps(rows[-1]))
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
