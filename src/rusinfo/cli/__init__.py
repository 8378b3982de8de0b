"""The command line: parses arguments, asks the domain modules, hands the answer to rendering.

One module per family of commands, all on the one Typer app in app.py; the order they are
imported in here is the order `rusinfo -h` lists them. shared.py holds the options several
commands take and the few steps they share (a screen for the run, a file, JSON).

Errors the user can put right are raised by the domain as `UserError` and shown once by the
app class (norsk.py). The run's display options travel in the Typer context (`ctx.obj`).
"""

from rusinfo.cli import appointment, help, reading, search, selftest  # noqa: F401  (registers the commands)
from rusinfo.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point for the `rusinfo` script and `python -m rusinfo`."""
    from rusinfo import terminal

    terminal.exit_quietly_on_ctrl_c()
    # One name in usage lines, whether started as `rusinfo` or `python -m rusinfo`.
    app(args=terminal.arguments(), prog_name="rusinfo")
