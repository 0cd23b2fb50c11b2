"""Benchmark: one batch of articles on a local Dask cluster of 1 and of 2 workers, and on this machine.

Run ``python benchmarks/bench_cluster.py`` (about two minutes on 2 cores), ``--articles 6 --repeat 1``
for a quick check, ``--json`` for figures a script can read. It exits 1 when a run wrote other files
than the local run.

A tiny random-weight Argos package (tests/argosmodel.py, the size the tests use) is built once (cached
in ``$XDG_CACHE_HOME/newsl10n-bench`` or ``--cache``) and installed into a temporary ARGOS_PACKAGES_DIR
that the workers see too. The articles are distinct: the example article and word-shuffled variants of
it. The runs:

- ``local``: ``api.translate(..., jobs=1)``, everything in this process (the reference output);
- ``jobs 2``: ``--jobs 2``, two local worker processes started for the run;
- ``cluster 1`` / ``cluster 2``: ``--cluster`` on a ``LocalCluster`` of 1 or 2 worker processes of one
  thread each. Both clusters stay up for the whole benchmark, as a newsroom's would; each is warmed up
  once (imports, model load), then the timed runs alternate between them so that the load other users
  put on the machine falls on both alike.

Every run's files must be byte-identical to the local run's (dates in the PO headers aside).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

DATES = re.compile(r'^"(POT-Creation-Date|PO-Revision-Date): .*\\n"$', re.MULTILINE)
TINY = {"layers": 2, "heads": 2, "d_model": 64, "ffn": 128, "vocab_size": 300, "corpus_lines": 400}


def build_package(cache: Path) -> Path:
    """The tests' tiny en→ru package, built once."""
    from argosmodel import build_argos_package

    folder = cache / "cluster-tiny-ru"
    found = sorted(folder.glob("*.argosmodel"))
    return found[0] if found else build_argos_package(folder, "ru", **TINY)


def write_articles(folder: Path, count: int) -> list[Path]:
    from bench_translate import make_articles

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, paragraphs in enumerate(make_articles(count, seed=7)):
        path = folder / f"article{number:03d}.txt"
        path.write_text(f"Headline number {number}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def outputs(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): DATES.sub("", p.read_text(encoding="utf-8"))
        for p in sorted(folder.rglob("*.*"))
    }


def load() -> float:
    return os.getloadavg()[0]


def cpu_seconds() -> float:
    """User and system CPU of this process and its finished children."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


class Timed:
    """A runner wrapper that notes how long the distributed step took (the rest is plan and commit)."""

    def __init__(self, runner) -> None:
        self.runner = runner
        self.seconds = 0.0

    def run(self, work, glossary, show_progress):
        started = time.perf_counter()
        try:
            return self.runner.run(work, glossary, show_progress)
        finally:
            self.seconds = time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--to", default="ru")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per cluster (alternating)")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    cache = args.cache or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newsl10n-bench"
    work = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    os.environ["ARGOS_PACKAGES_DIR"] = str(work / "packages")  # before any worker starts: they inherit it

    from distributed import Client, LocalCluster

    from newsl10n import api
    from newsl10n.cluster import DaskRunner
    from newsl10n.engines import EngineOptions
    from newsl10n.packages import install_file
    from newsl10n.runners import InProcess

    install_file(build_package(cache))
    articles = write_articles(work / "in", args.articles)
    options = EngineOptions(offline=True)
    runs: list[dict] = []
    reference: dict[str, str] = {}

    def measure(label: str, runner=None, jobs: int | None = None, client=None) -> None:
        """One timed run: wall seconds, CPU seconds here and on the workers, the distributed step."""
        out = work / f"{label} {len(runs)}"
        timed = Timed(runner) if runner is not None else None
        before, cpu_here = load(), cpu_seconds()
        cpu_workers = sum(client.run(cpu_seconds).values()) if client else 0.0
        started = time.perf_counter()
        api.translate(
            articles, args.to, engine="argos", out_dir=out, options=options, jobs=jobs, runner=timed
        )
        seconds = time.perf_counter() - started
        if client:
            cpu_workers = sum(client.run(cpu_seconds).values()) - cpu_workers
        files = outputs(out)
        reference.setdefault("files", files)  # type: ignore[arg-type]
        run = {
            "run": label,
            "seconds": seconds,
            "step_seconds": timed.seconds if timed else None,  # runner.run; the rest is plan and commit
            "cpu_here": cpu_seconds() - cpu_here,  # this process and its reaped children (--jobs)
            "cpu_workers": cpu_workers,
            "load_before": before,
            "identical": files == reference["files"],
        }
        runs.append(run)
        print(
            f"{label:10} {seconds:7.2f} s wall, CPU {run['cpu_here']:6.2f} s here "
            f"+ {cpu_workers:6.2f} s workers, load {before:5.2f}, identical={run['identical']}",
            file=sys.stderr,
        )

    measure("local", runner=InProcess("argos", options))
    units = sum(len(api.segment(path).units) for path in articles)
    measure("jobs 2", jobs=2)

    env = {"ARGOS_PACKAGES_DIR": os.environ["ARGOS_PACKAGES_DIR"]}
    settings = {"processes": True, "threads_per_worker": 1, "host": "127.0.0.1", "env": env}
    with (
        LocalCluster(n_workers=1, dashboard_address="127.0.0.1:0", **settings) as one,
        LocalCluster(n_workers=2, dashboard_address="127.0.0.1:0", **settings) as two,
        Client(one, set_as_default=False) as client_one,
        Client(two, set_as_default=False) as client_two,
    ):
        clients = {"cluster 1": client_one, "cluster 2": client_two}
        warm_up = {}
        for label, client in clients.items():  # imports and the model load, once per worker
            started = time.perf_counter()
            with DaskRunner("argos", options, client=client) as runner:
                api.translate(articles[:2], args.to, engine="argos", out_dir=work / label, runner=runner)
            warm_up[label] = time.perf_counter() - started
        for _ in range(args.repeat):
            for label, client in clients.items():
                with DaskRunner("argos", options, client=client) as runner:
                    measure(label, runner=runner, client=client)

    def best(label: str, key: str = "seconds") -> float:
        return min(run[key] for run in runs if run["run"] == label)

    def median(label: str, key: str = "seconds") -> float:
        return statistics.median(run[key] for run in runs if run["run"] == label)

    # What N machines would take, if each worker had a core to itself: the client's part (plan, commit,
    # shipping) stays, the workers' part divides. Both from CPU seconds, which the load does not inflate.
    client_part = median("cluster 1", "cpu_here")
    worker_part = median("cluster 1", "cpu_workers")
    projection = {
        workers: {
            "seconds": client_part + worker_part / workers,
            "speedup": (client_part + worker_part) / (client_part + worker_part / workers),
        }
        for workers in (1, 2, 4, 8, 16, 32)
    }
    report = {
        "settings": {
            "articles": args.articles,
            "languages": args.to,
            "units": units,
            "repeat": args.repeat,
            "cores": os.cpu_count(),
            "model": TINY,
        },
        "warm_up_seconds": warm_up,
        "runs": runs,
        "summary": {
            "local seconds": best("local"),
            "local CPU seconds": best("local", "cpu_here"),
            "local plan+commit seconds": best("local") - best("local", "step_seconds"),
            "jobs 2 seconds": best("jobs 2"),
            "cluster 1 median seconds": median("cluster 1"),
            "cluster 2 median seconds": median("cluster 2"),
            "speedup 2 vs 1 workers (median wall)": median("cluster 1") / median("cluster 2"),
            "speedup 2 vs 1 workers (best wall)": best("cluster 1") / best("cluster 2"),
            "cluster 1 CPU: client": client_part,
            "cluster 1 CPU: workers": worker_part,
            "cluster 2 CPU: client": median("cluster 2", "cpu_here"),
            "cluster 2 CPU: workers": median("cluster 2", "cpu_workers"),
            "load average (median before runs)": statistics.median(run["load_before"] for run in runs),
            "all identical": all(run["identical"] for run in runs),
        },
        "projection": projection,
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report["summary"].items():
            print(f"{key:40} {value:.2f}" if isinstance(value, float) else f"{key:40} {value}")
        for workers, figures in projection.items():
            print(f"{workers:3} workers (projected): {figures['seconds']:7.2f} s, {figures['speedup']:.2f}x")
    if not report["summary"]["all identical"]:
        sys.exit("a run wrote other files than the local run")


if __name__ == "__main__":
    main()
