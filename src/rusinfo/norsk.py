"""Typer's and Click's own words in Norwegian, for rusinfo's app only, and the one place that
shows an error.

Typer's public seams carry it: the app and each command are created with `cls=` set to the
classes below. They bring a context class with a Norwegian help formatter («Bruk:»), write
the help sections and the -h text themselves, and override `main` so that every Click error
and every `UserError` is shown once, in Norwegian, through rusinfo's renderer. Nothing is
patched, so another Typer app in the same process keeps its English.

Click's error messages are translated in click_errors.py. On a Typer version this layer was
not written for, rusinfo still runs, with English chrome at worst (`tools/newest_typer.py`).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import typer
import typer.core
from typer.exceptions import TyperException

from rusinfo.click_errors import click_message, translate, visible
from rusinfo.completion import COMPLETE_VAR
from rusinfo.errors import UserError
from rusinfo.options import Options

HELP_OPTION_TEXT = "Vis denne hjelpen og avslutt."

HEADINGS = {"arguments": "Argumenter", "options": "Valg", "commands": "Kommandoer"}

_MARKERS = (("default: ", "standard: "), ("required", "påkrevd"), ("env var: ", "miljøvariabel: "))
"""Click's markers behind a parameter's help, «[default: x; required]», in Norwegian."""


_HelpFormatter: Any = typer.Context.formatter_class
"""Click's help formatter, reached through Typer's context class: Typer does not export it."""


class NorwegianHelpFormatter(_HelpFormatter):  # type: ignore[misc]
    """Click's help formatter with «Bruk:» for "Usage:"."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, "Bruk: " if prefix is None else prefix)


class NorwegianContext(typer.Context):
    formatter_class = NorwegianHelpFormatter


def _help_option(option: Any) -> Any:
    if option is not None:
        option.help = HELP_OPTION_TEXT
    return option


def _format_params(command: Any, ctx: Any, formatter: Any) -> None:
    """The arguments and options under Norwegian headings, with Norwegian markers."""
    for kind in ("argument", "option"):
        rows = list(_help_records(command, ctx, kind))
        if rows:
            with formatter.section(HEADINGS[f"{kind}s"]):
                formatter.write_dl(rows)


def _help_records(command: Any, ctx: Any, kind: str) -> Iterator[tuple[str, str]]:
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx) if param.param_type_name == kind else None
        if record is not None:
            name, text = record
            yield name, _markers(text)


def _markers(text: str) -> str:
    """The trailing «[…]» of a help text in Norwegian; the help itself is rusinfo's own."""
    match = re.search(r"\[([^\[\]]*)\]$", text)
    if match is None:
        return text
    inner = match[1]
    for english, norwegian in _MARKERS:
        inner = inner.replace(english, norwegian)
    return text[: match.start()] + f"[{inner}]"


class NorwegianCommand(typer.core.TyperCommand):
    """A rusinfo command: `cls=` on each `@app.command`."""

    context_class = NorwegianContext

    def get_help_option(self, ctx: Any) -> Any:
        return _help_option(super().get_help_option(ctx))

    def format_options(self, ctx: Any, formatter: Any) -> None:
        _format_params(self, ctx, formatter)

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        """The usage line as in Unix manuals: `rusinfo søk [VALG] ORD...`, not Typer's «{ORD}»:
        a required argument bare, an optional one in brackets, «...» where it takes several."""
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if getattr(param, "param_type_name", "") != "argument":
                continue
            name = param.metavar or (param.name or "").upper()
            name += "..." if param.nargs != 1 else ""
            pieces.append(name if param.required else f"[{name}]")
        return pieces


class NorwegianGroup(typer.core.TyperGroup):
    """rusinfo's app: `cls=` on `typer.Typer`. Shows every error once, in Norwegian."""

    context_class = NorwegianContext

    def get_help_option(self, ctx: Any) -> Any:
        return _help_option(super().get_help_option(ctx))

    def list_commands(self, ctx: Any) -> list[str]:
        """The commands in `commands.ORDER`, not in the order their modules happen to load."""
        from rusinfo.commands import ORDER

        names: list[str] = super().list_commands(ctx)
        return sorted(names, key=lambda name: ORDER.index(name) if name in ORDER else len(ORDER))

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Root flags such as `--enkel` count wherever they stand: `rusinfo akutt --enkel` too."""
        flags = {
            name
            for param in self.params
            if getattr(param, "is_flag", False) and not getattr(param, "is_eager", False)
            for name in param.opts
        }
        end = args.index("--") if "--" in args else len(args)
        hoisted = [a for a in args[:end] if a in flags]
        rest = [a for a in args[:end] if a not in flags] + args[end:]
        result: list[str] = super().parse_args(ctx, hoisted + rest)
        return result

    def format_options(self, ctx: Any, formatter: Any) -> None:
        _format_params(self, ctx, formatter)
        rows = [
            (name, _summary(command))
            for name in self.list_commands(ctx)
            if (command := self.get_command(ctx, name)) is not None and not command.hidden
        ]
        if rows:
            with formatter.section(HEADINGS["commands"]):
                formatter.write_dl(rows)

    def invoke(self, ctx: Any) -> Any:
        """Run the command; a `UserError` from it is shown with the run's options, then exits."""
        try:
            return super().invoke(ctx)
        except UserError as error:
            _report(error.message, error.suggestions, _options(ctx), is_error=error.is_error)
            raise typer.Exit(error.exit_code) from None

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Typer's `main`, with Click's errors, an abort and unwritable output shown in
        Norwegian, and the streams made safe for Norwegian text first."""
        from rusinfo import terminal

        terminal.prepare()
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        try:
            code = self._run(args, prog_name, complete_var, windows_expand_args, extra)
        except OSError as error:
            code = terminal.output_failed(error)
        sys.exit(terminal.finish(code))

    def _run(
        self,
        args: Sequence[str] | None,
        prog_name: str | None,
        complete_var: str | None,
        windows_expand_args: bool,
        extra: dict[str, Any],
    ) -> int:
        """Run the command and return its exit code; Click's errors are shown on the way."""
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except TyperException as error:
            _show_click_error(error)
            return int(getattr(error, "exit_code", 2))
        except typer.Abort:
            _report_notice("Avbrutt.")
            return 1
        except Exception:
            if os.environ.get(COMPLETE_VAR):
                # Tab completion with variables the shell did not set as Typer expects: offer
                # nothing rather than pour a traceback into the command line.
                return 1
            raise
        # Without standalone mode Typer returns an explicit exit's code; rusinfo's commands return None.
        return code if isinstance(code, int) else 0


def _summary(command: Any) -> str:
    """A command's line in the root help: its short help, else its help's first paragraph, whole.

    Click would cut it at the terminal's width with «...»."""
    text = command.short_help or (command.help or "").split("\n\n")[0]
    return " ".join(text.split())


def _options(ctx: Any) -> Options:
    """The run's options, from the root context where the root callback put them."""
    root = ctx.find_root() if ctx is not None else None
    obj = getattr(root, "obj", None)
    return obj if isinstance(obj, Options) else Options.from_environment()


def _show_click_error(error: Exception) -> None:
    """A Click error: for a usage error the usage line and where to get help, then the message."""
    ctx = getattr(error, "ctx", None)
    if ctx is not None and type(error).__name__ != "ClickException":
        lines = [ctx.get_usage()]
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(f"Prøv '{ctx.command_path} {ctx.help_option_names[0]}' for hjelp.")
        sys.stderr.write("\n".join(lines) + "\n")
    try:
        message, suggestions = translate(error)
        suggestions = visible(ctx, suggestions)
    except Exception:  # a Click this table was not written for: its own words, never a traceback
        message, suggestions = click_message(error), ()
    _report(message, suggestions, _options(ctx))


def _report(message: str, suggestions: tuple[str, ...], options: Options, *, is_error: bool = True) -> None:
    from rusinfo.render import screen

    screen.error(message, suggestions, options, is_error=is_error)


def _report_notice(message: str) -> None:
    from rusinfo.render import screen

    screen.notice(message)
