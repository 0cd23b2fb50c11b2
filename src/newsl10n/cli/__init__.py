"""The ``newsl10n`` command: a thin layer over :mod:`newsl10n.api`.

Each command group lives in its own module and registers itself on :data:`main`.
Errors the user can fix (:class:`~newsl10n.errors.UserError`) become one line on stderr and exit 2.
"""

from __future__ import annotations

import signal
import sys
import threading
from typing import NoReturn

import click

from newsl10n import __version__
from newsl10n.errors import UserError


class Interrupted(BaseException):
    """SIGTERM or SIGHUP, raised where the process is, so every ``finally`` (temp files, locks) runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.name = signal.Signals(signum).name
        self.code = 128 + signum


def _raise_interrupted(signum, frame) -> None:
    raise Interrupted(signum)


def _stop_cleanly_on_signals() -> None:
    """Without this, SIGTERM ends the process on the spot and leaves temp files behind."""
    if threading.current_thread() is not threading.main_thread():
        return
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _raise_interrupted)


def fail(message: str, exit_code: int = 2) -> NoReturn:
    """One line on stderr and a non-zero exit: how every error leaves the command."""
    click.echo(f"newsl10n: error: {message}", err=True)
    sys.exit(exit_code)


class Newsl10nGroup(click.Group):
    """Every error the user can fix becomes one clear line and exit code 2, never a traceback.

    Click's own usage errors print a usage block; a newsroom script wants one line it can log,
    so they are shortened here, with a pointer to ``--help``.
    """

    def main(self, *args, **kwargs):
        kwargs["standalone_mode"] = False
        _stop_cleanly_on_signals()
        try:
            result = super().main(*args, **kwargs)
        except Interrupted as stop:
            fail(
                f"interrupted by {stop.name}; files are as they were or fully written, never half", stop.code
            )
        except UserError as error:
            fail(str(error), error.exit_code)
        except click.UsageError as error:
            command = error.ctx.command_path if error.ctx else "newsl10n"
            fail(f"{error.format_message()} (see '{command} --help')", error.exit_code)
        except click.ClickException as error:
            fail(error.format_message(), error.exit_code)
        except click.Abort:
            fail("aborted", 1)
        except OSError as error:  # the machine's fault (disk, permissions) reached us unexplained: one line
            where = f"{error.filename}: " if error.filename else ""
            fail(f"{where}{error.strerror or error}")
        sys.exit(result if isinstance(result, int) else 0)


@click.group(cls=Newsl10nGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsl10n")
def main() -> None:
    """Localize English news articles offline: segment, translate, check, build."""


def _register_commands() -> None:
    from newsl10n.cli import articles, check, glossary, models, tm  # noqa: F401  (they register themselves)


_register_commands()
