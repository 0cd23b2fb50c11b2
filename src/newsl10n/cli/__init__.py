"""The ``newsl10n`` command: a thin layer over :mod:`newsl10n.api`.

Each command group lives in its own module and registers itself on :data:`main`.
Errors the user can fix (:class:`~newsl10n.errors.UserError`) become one line on stderr and exit 2.
"""

from __future__ import annotations

import sys

import click

from newsl10n import __version__
from newsl10n.errors import UserError


class Newsl10nGroup(click.Group):
    """Turns :class:`UserError` into one clear line and exit code 2, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except UserError as error:
            click.echo(f"newsl10n: error: {error}", err=True)
            sys.exit(error.exit_code)


@click.group(cls=Newsl10nGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsl10n")
def main() -> None:
    """Localize English news articles offline: segment, translate, check, build."""


def _register_commands() -> None:
    from newsl10n.cli import articles, check, glossary, models  # noqa: F401  (they register themselves)


_register_commands()
