"""A run on a Dask cluster (two local worker processes) writes the same files as a run on this machine.

The cluster is started once for the module on 127.0.0.1; its workers see the tiny Argos packages through
ARGOS_PACKAGES_DIR, as a newsroom's workers would see a shared packages folder.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster

import newsl10n
from argosmodel import session_package
from newsl10n import api, cluster, packages
from newsl10n.cli import main
from newsl10n.engines import EngineOptions, argos_model
from newsl10n.errors import UserError
from newsl10n.pipeline import plan
from test_errors import assert_clean_failure
from test_runners import outputs

CITIES = ["Kyiv", "Berlin", "Warsaw", "Vienna", "Riga", "Tallinn"]


def write_articles(folder: Path, count: int) -> list[Path]:
    """``count`` short, distinct news articles (a headline and three sentences each)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        city = CITIES[number % len(CITIES)]
        path = folder / f"a{number:02d}.txt"
        path.write_text(
            f"{city} prepares for winter number {number}\n\n"
            f"Officials in {city} said on Tuesday that {number + 2} power stations were repaired. "
            f"The mayor thanked the engineers.\n\n"
            f"About {number * 10 + 5}% of homes have heating again, the city said.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def packages_dir(tmp_path_factory) -> Path:
    """A tiny en→ru model, as every worker machine has it installed."""
    folder = tmp_path_factory.mktemp("argos-packages")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ARGOS_PACKAGES_DIR", str(folder))
        packages.install_file(session_package(tmp_path_factory, "ru"))
    return folder


@pytest.fixture(scope="module")
def scheduler(packages_dir) -> str:
    """Two workers of one thread each; without work stealing, shards stay where they were scattered."""
    with (
        dask.config.set({"distributed.scheduler.work-stealing": False}),
        LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            env={"ARGOS_PACKAGES_DIR": str(packages_dir)},
        ) as local,
    ):
        yield local.scheduler_address


@pytest.fixture
def client(scheduler):
    with Client(scheduler, set_as_default=False) as connected:
        yield connected


@pytest.fixture
def models(packages_dir, monkeypatch) -> Path:
    """This machine sees the same packages as the workers."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages_dir))
    argos_model.clear_cache()
    return packages_dir


def test_cli_cluster_run_writes_the_same_files_as_a_local_run(runner, scheduler, tmp_path):
    articles = write_articles(tmp_path / "in", 3)
    api.translate(articles, "ru", engine="pseudo", out_dir=tmp_path / "here", jobs=1)
    args = ["translate", *map(str, articles), "--to", "ru", "--engine", "pseudo"]
    result = runner.invoke(main, [*args, "--out", str(tmp_path / "there"), "--cluster", scheduler])
    assert result.exit_code == 0, result.output
    assert outputs(tmp_path / "here") == outputs(tmp_path / "there")
    assert len(outputs(tmp_path / "there")) == 3 + 3 * 2  # POT, PO and localized text per article


def test_scheduler_from_the_dask_environment_variable(runner, scheduler, tmp_path, monkeypatch):
    articles = write_articles(tmp_path / "in", 2)
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", scheduler)
    out = tmp_path / "l10n"
    args = ["translate", *map(str, articles), "--to", "ru", "--engine", "pseudo", "--out", str(out)]
    result = runner.invoke(main, [*args, "--jobs", "2"])  # the variable was read: --jobs is refused
    assert_clean_failure(result, out, "give one of them")
    assert runner.invoke(main, args).exit_code == 0
    assert (out / "ru" / "a01.po").is_file()


def test_argos_on_the_cluster_same_files_model_loaded_once_per_worker(models, client, tmp_path):
    articles = write_articles(tmp_path / "in", 3)
    options = EngineOptions(offline=True)
    # uk has no model anywhere: auto leaves it empty, decided here once, as a local run does.
    api.translate(articles, "ru,uk", engine="auto", out_dir=tmp_path / "here", options=options, jobs=1)
    with cluster.DaskRunner("auto", options, client=client) as runner:
        report = api.translate(
            articles, "ru,uk", engine="auto", out_dir=tmp_path / "there", options=options, runner=runner
        )
    assert outputs(tmp_path / "here") == outputs(tmp_path / "there")
    assert [(s.lang, s.mt > 0, s.empty == s.units) for s in report.languages] == [
        ("ru", True, False),
        ("uk", False, True),
    ]
    engines = client.run(lambda: sorted(key[0] for key in cluster._ENGINES if key[0] != "pseudo"))
    loaded = client.run(lambda: sorted(key[0] for key in argos_model._TRANSLATORS))
    assert len(engines) == 2
    for worker in engines:  # both had shards of each language; one engine and one model load each
        assert engines[worker] == ["argos", "none"]
        assert loaded[worker] == [str(models / "translate-en_ru-1_0" / "model")]


def test_worker_with_other_models_is_refused(client, packages_dir, tmp_path_factory, tmp_path, monkeypatch):
    mine = tmp_path / "packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(mine))
    packages.install_file(session_package(tmp_path_factory, "ru", version="1.1"))
    packages.install_file(session_package(tmp_path_factory, "uk"))
    articles = write_articles(tmp_path / "in", 2)
    for lang, fragment in [("uk", "has no Argos model for en→uk"), ("ru", "has translate-en_ru-1_0 1.0")]:
        with (
            cluster.DaskRunner("argos", EngineOptions(), client=client) as runner,
            pytest.raises(UserError, match=fragment),
        ):
            api.translate(articles, lang, engine="argos", out_dir=tmp_path / "out", runner=runner)
    assert not (tmp_path / "out").exists()


def test_each_shard_checks_its_worker_again(models, client, tmp_path):
    """A worker that joined after the check before the run still cannot write other files."""
    the_plan = plan(write_articles(tmp_path / "in", 1), "ru", out_dir=tmp_path / "out")
    expected = cluster.Requirements(newsl10n.__version__, {"ru": "translate-en_ru-9_9 9.9 (1 bytes)"})
    future = client.submit(
        cluster._run_shard, "argos", expected, EngineOptions(), the_plan.glossary, None, the_plan.work[0]
    )
    with pytest.raises(
        UserError, match=r"^worker tcp://127\.0\.0\.1:\d+ has translate-en_ru-1_0 1\.0 .*, the client"
    ):
        future.result()


def test_failing_worker_is_one_line_naming_the_shard(runner, client, scheduler, tmp_path):
    def break_pseudo() -> None:
        from newsl10n.engines import pseudo

        def fail(self, segments, lang, progress):
            raise RuntimeError("disk on fire")

        pseudo.PseudoEngine.working = pseudo.PseudoEngine.translate
        pseudo.PseudoEngine.translate = fail

    def mend() -> None:
        from newsl10n.engines import pseudo

        pseudo.PseudoEngine.translate = pseudo.PseudoEngine.working

    articles = write_articles(tmp_path / "in", 2)
    out = tmp_path / "l10n"
    args = ["translate", *map(str, articles), "--to", "ru", "--engine", "pseudo", "--out", str(out)]
    client.run(break_pseudo)
    try:
        result = runner.invoke(main, [*args, "--cluster", scheduler])
    finally:
        client.run(mend)
    assert_clean_failure(result, out, "ru shard a0")
    assert "failed on a worker: RuntimeError: disk on fire" in result.stderr


def test_unreachable_scheduler_is_one_line_with_its_address(runner, example, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"  # nothing listens there once closed
    out = tmp_path / "l10n"
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = runner.invoke(
            main, ["translate", str(example), "--to", "ru", "--out", str(out), "--cluster", address]
        )
    assert_clean_failure(result, out, f"cannot reach the Dask scheduler at {address}")


def test_malformed_address(runner, example, tmp_path):
    out = tmp_path / "l10n"
    result = runner.invoke(
        main, ["translate", str(example), "--to", "ru", "--out", str(out), "--cluster", "tcp://[nonsense"]
    )
    assert_clean_failure(result, out, "tcp://[nonsense")


def test_without_dask_installed_the_error_says_how_to_get_it(runner, example, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    out = tmp_path / "l10n"
    result = runner.invoke(
        main,
        ["translate", str(example), "--to", "ru", "--out", str(out), "--cluster", "tcp://127.0.0.1:8786"],
    )
    assert_clean_failure(result, out, "pip install 'newsl10n[cluster]'")


def test_no_address_anywhere():
    with (
        dask.config.set({"scheduler-address": None}),
        pytest.raises(UserError, match="DASK_SCHEDULER_ADDRESS"),
    ):
        cluster.DaskRunner("pseudo", EngineOptions()).__enter__()
