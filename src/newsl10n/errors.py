"""Errors the user can act on.

Anything raised as :class:`UserError` is shown as one line on stderr with no traceback;
the CLI maps it to exit code 2 (bad usage or bad input).
"""


class UserError(Exception):
    """A problem with the input or the invocation, explained in one line."""

    exit_code = 2
