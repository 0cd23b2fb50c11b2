"""`newsl10n models`: list, install and remove the Argos Translate models the engines use."""

from __future__ import annotations

import json
from pathlib import Path

import click

from newsl10n.cli import main
from newsl10n.errors import UserError


def _human_size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} B"  # unreachable; keeps type checkers calm


def _languages(values: tuple[str, ...]) -> list[str]:
    from newsl10n.languages import validate_language

    codes: list[str] = []
    for value in values:
        for raw in value.split(","):
            if raw.strip() and (code := validate_language(raw.strip())) not in codes:
                codes.append(code)
    return codes


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
def list_models(as_json: bool, langs: tuple[str, ...]) -> None:
    """Installed models and, with --lang, the ones the Argos package index offers."""
    from newsl10n import packages

    languages = _languages(langs)
    installed = packages.installed_models(languages or None)
    available, index_error = None, None
    if languages:
        try:
            available = packages.available_packages(languages)
        except UserError as error:
            index_error = str(error)
    if as_json:
        payload = {
            "packages_dir": str(packages.packages_dir()),
            "installed": [model.to_json() for model in installed],
            "available": None
            if available is None
            else [{"from": p.from_code, "to": p.to_code, "version": p.package_version} for p in available],
            "index_error": index_error,
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    click.echo(f"installed in {packages.packages_dir()}:")
    for model in installed:
        click.echo(f"  {model.pair:<8} {model.version:<8} {_human_size(model.size):>9}  {model.path}")
    if not installed:
        click.echo("  (none)")
    if index_error:
        click.echo(f"newsl10n: warning: {index_error}", err=True)
    if available is not None:
        click.echo("available from the Argos package index:")
        for package in available:
            click.echo(f"  {package.from_code}→{package.to_code:<5} {package.package_version:<8}")
        missing = [lang for lang in languages if lang not in {p.to_code for p in available}]
        for lang in missing:
            click.echo(f"  en→{lang:<5} (no package in the index)")


@models.command("install")
@click.argument("langs", nargs=-1)
@click.option(
    "--file",
    "file_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Install a local .argosmodel file (for machines without internet).",
)
def install(langs: tuple[str, ...], file_path: Path | None) -> None:
    """Install en→LANG models from the Argos package index, or one from --file."""
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
    for lang in languages:
        model = packages.install_from_index(lang)
        click.echo(f"installed {model.pair} {model.version} in {model.path}")


@models.command("remove")
@click.argument("langs", nargs=-1, required=True)
def remove(langs: tuple[str, ...]) -> None:
    """Remove the installed en→LANG models."""
    from newsl10n import packages

    for lang in _languages(langs):
        for model in packages.remove(lang):
            click.echo(f"removed {model.pair} {model.version} from {model.path}")
