"""`newsl10n models`: list, install, update and remove the Argos Translate models the engines use.

Each command fetches the package index at most once, however many languages it is given.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from newsl10n.cli import main
from newsl10n.errors import UserError


def _human_size(size: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} B"  # unreachable; keeps type checkers calm


def _languages(values: tuple[str, ...]) -> list[str]:
    """Canonical codes from arguments like ``ru uk`` or ``ru,pt-BR``; no duplicates."""
    from newsl10n.languages import parse_languages

    return parse_languages(list(values)) if any(value.strip(" ,") for value in values) else []


def _limits(timeout: float | None, stall_timeout: float | None):
    from dataclasses import replace

    from newsl10n.download import Limits

    limits = Limits.from_environment()
    if timeout is not None:
        limits = replace(limits, total=timeout)
    if stall_timeout is not None:
        limits = replace(limits, stall=stall_timeout)
    return limits


def _warn(message: str) -> None:
    click.echo(message, err=True)


def download_options(command):
    """``--timeout`` and ``--stall-timeout`` for the commands that download."""
    command = click.option(
        "--stall-timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=None,
        metavar="SECONDS",
        help="Give up on a link that sends nothing for this long (default 30, or NEWSL10N_STALL_TIMEOUT).",
    )(command)
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=None,
        metavar="SECONDS",
        help="Give up on a download after this long (default 1800, or NEWSL10N_DOWNLOAD_TIMEOUT).",
    )(command)


@main.group()
def models() -> None:
    """Argos Translate models (en→xx) for the argos and auto engines."""


@models.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option(
    "--lang",
    "langs",
    multiple=True,
    metavar="CODE",
    help="Also show what the index offers for these languages.",
)
@click.option("--offline", is_flag=True, help="Do not ask the package index for newer versions.")
def list_models(as_json: bool, langs: tuple[str, ...], offline: bool) -> None:
    """Installed models, the index's version of each, and with --lang what the index offers."""
    from newsl10n import packages

    languages = _languages(langs)
    installed = packages.installed_models(languages or None)
    index = packages.PackageIndex(warn=_warn)
    offers, index_error = None, None
    if not offline:
        try:
            offers = {entry.to_code: entry for entry in index.offers()}
        except UserError as error:
            index_error = str(error)
    available = None if offers is None or not languages else index.offers(languages)
    if as_json:
        rows = []
        for model in installed:
            offered = offers.get(model.to_code) if offers is not None else None
            rows.append(
                {
                    **model.to_json(),
                    "index_version": offered.version if offered else None,
                    "update_available": None
                    if offers is None
                    else bool(offered and packages.is_newer(offered.version, model.version)),
                }
            )
        payload = {
            "packages_dir": str(packages.packages_dir()),
            "installed": rows,
            "available": None if available is None else [entry.to_json() for entry in available],
            "index_error": index_error,
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        if index_error:
            click.echo(f"newsl10n: warning: {index_error}", err=True)
        return
    click.echo(f"installed in {packages.packages_dir()}:")
    for model in installed:
        click.echo(f"  {_installed_line(model, offers)}")
    if not installed:
        click.echo("  (none)")
    if index_error:
        click.echo(f"newsl10n: warning: {index_error}", err=True)
    if available is not None:
        click.echo("available from the Argos package index:")
        for entry in available:
            click.echo(f"  {entry.from_code}→{entry.to_code:<5} {entry.version:<8} ({entry.lang})")
        offered_codes = {entry.to_code for entry in available}
        from newsl10n.languages import argos_code

        for lang in languages:
            if argos_code(lang) not in offered_codes:
                click.echo(f"  en→{argos_code(lang):<5} (no package in the index for {lang})")


def _installed_line(model, offers) -> str:
    from newsl10n.packages import is_newer

    line = f"{model.pair:<8} {model.lang:<6} {model.version:<8} {_human_size(model.size):>9}  {model.path}"
    if offers is None:
        return line
    offered = offers.get(model.to_code)
    if offered is None:
        return f"{line}  (not in the index)"
    if is_newer(offered.version, model.version):
        return f"{line}  (update available: {offered.version}; run `newsl10n models update {model.lang}`)"
    return f"{line}  (up to date)"


@models.command("install")
@click.argument("langs", nargs=-1)
@click.option(
    "--file",
    "file_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Install a local .argosmodel file (for machines without internet).",
)
@download_options
def install(
    langs: tuple[str, ...], file_path: Path | None, timeout: float | None, stall_timeout: float | None
) -> None:
    """Install en→LANG models from the Argos package index, or one from --file.

    LANG is any of ru, pt-BR (or pb), zh-Hant (or zt), de-AT, ...
    """
    from newsl10n import packages

    languages = _languages(langs)
    if file_path is not None:
        if len(languages) > 1:
            raise UserError("--file installs one model; give at most one language to check it against")
        model = packages.install_file(file_path, languages[0] if languages else None)
        click.echo(f"installed {model.pair} {model.version} in {model.path}")
        return
    if not languages:
        raise UserError(
            "name the languages to install, e.g. `newsl10n models install ru uk de`, or use --file"
        )
    index = packages.PackageIndex(warn=_warn)
    limits = _limits(timeout, stall_timeout)
    for lang in languages:
        model = packages.install_from_index(lang, index, limits=limits)
        click.echo(f"installed {model.pair} {model.version} in {model.path}")


@models.command("update")
@click.argument("langs", nargs=-1)
@download_options
def update(langs: tuple[str, ...], timeout: float | None, stall_timeout: float | None) -> None:
    """Install the index's newer versions of the installed models (all, or those for LANGS)."""
    from newsl10n import packages

    languages = _languages(langs)
    results = packages.update(
        languages or None, packages.PackageIndex(warn=_warn), limits=_limits(timeout, stall_timeout)
    )
    if not results:
        raise UserError("no en→xx model is installed; install one with `newsl10n models install LANG`")
    for result in results:
        old = result.installed
        if result.new is not None:
            click.echo(f"updated {old.pair} {old.version} → {result.new.version} in {result.new.path}")
        elif result.offered is None:
            click.echo(f"{old.pair} {old.version}: not in the index, kept")
        else:
            click.echo(f"{old.pair} {old.version}: up to date (index: {result.offered.version})")


@models.command("remove")
@click.argument("langs", nargs=-1, required=True)
def remove(langs: tuple[str, ...]) -> None:
    """Remove the installed en→LANG models."""
    from newsl10n import packages

    for lang in _languages(langs):
        for model in packages.remove(lang):
            click.echo(f"removed {model.pair} {model.version} from {model.path}")
