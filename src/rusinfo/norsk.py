"""Typer and Click speak Norwegian: usage line, help headings and markers, help option, errors."""

# Why this way: typer 0.28 vendors Click (typer._click) with its strings hard-coded in English;
# only typer.core's own strings go through gettext, and no catalogue ships for them. With
# `rich_markup_mode=None` (cli.py) all help and every usage error pass four seams, and
# `apply()` hooks exactly those, once, when cli.py is imported:
#   1. `typer.core._`, the gettext function typer.core looks up at each call: a catalogue.
#   2. `Context.formatter_class`, Click's seam for help formatting: «Bruk:».
#   3. `Command.get_help_option`: the text of -h/--help.
#   4. `UsageError.show` / `ClickException.show`: the message built from the exception's
#      fields, or from a small table where Click gives only English text. A message no
#      table knows passes through unchanged, as gettext does.
# "[OPTIONS]" and "COMMAND [ARGS]..." come from Typer's public `options_metavar` and
# `subcommand_metavar` (cli.py). Catalogues for gettext cannot reach the vendored Click, and
# catching errors around `main()` misses tests and every other caller; this reaches all, and
# imports nothing Typer has not imported already. The seams are private to typer 0.28:
# pyproject pins <0.29, and tests/test_norsk.py fails on any English word in help or errors.

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Sequence
from typing import IO, Any

import typer.core
from typer._click.core import Command, Context, Parameter
from typer._click.exceptions import (
    BadParameter,
    ClickException,
    MissingParameter,
    NoSuchOption,
    UsageError,
)
from typer._click.formatting import HelpFormatter

from rusinfo.names import fold

HELP_OPTION_TEXT = "Vis denne hjelpen og avslutt."

CATALOGUE = {
    "Arguments": "Argumenter",
    "Options": "Valg",
    "Commands": "Kommandoer",
    "default: {default}": "standard: {default}",
    "required": "påkrevd",
    "env var: {var}": "miljøvariabel: {var}",
    "(dynamic)": "(dynamisk)",
    "Missing command.": "Mangler en kommando.",
    "No such command {name!r}.": "Ukjent kommando «{name}».",
    "Aborted!": "Avbrutt.",
}
"""typer.core's gettext message ids, translated."""


def gettext(message: str) -> str:
    """typer.core's gettext: the Norwegian text for a known message id, else the id."""
    return CATALOGUE.get(message, message)


class NorwegianHelpFormatter(HelpFormatter):
    """Click's help formatter with «Bruk:» for "Usage:"."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, "Bruk: " if prefix is None else prefix)


def _unrepr(value: str) -> str:
    """The string a Python repr in Click's message stands for (`'foo'` -> `foo`)."""
    try:
        return str(ast.literal_eval(value))
    except (ValueError, SyntaxError):
        return value


def _quoted(value: str) -> str:
    return f"«{_unrepr(value)}»"


def _listing(names: Sequence[str]) -> str:
    """«a», «b» og «c»."""
    quoted = [f"«{n}»" for n in names]
    return " og ".join([", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted)


def _many(values: str) -> str:
    """«a», «b» og «c» from Click's `'a', 'b', 'c'`."""
    return _listing([_unrepr(v.strip()) for v in values.split(",")])


_Translation = Callable[[re.Match[str]], str]

MESSAGES: list[tuple[str, _Translation]] = [
    (
        r"Got unexpected extra argument\(s\) \((?P<args>.*)\)",
        lambda m: (
            f"Uventede argumenter «{m['args']}»." if " " in m["args"] else f"Uventet argument «{m['args']}»."
        ),
    ),
    (
        r"Option (?P<name>.+) does not take a value\.",
        lambda m: f"Valget {_quoted(m['name'])} tar ingen verdi.",
    ),
    (
        r"Option (?P<name>.+) requires an argument\.",
        lambda m: f"Valget {_quoted(m['name'])} må ha en verdi.",
    ),
    (
        r"Option (?P<name>.+) requires (?P<n>\d+) arguments\.",
        lambda m: f"Valget {_quoted(m['name'])} må ha {m['n']} verdier.",
    ),
    (
        r"Argument (?P<name>.+) takes (?P<n>\d+) values\.",
        lambda m: f"Argumentet {_quoted(m['name'])} tar {m['n']} verdier.",
    ),
]
"""The vendored Click's usage messages that are only text, as Norwegian."""

VALUE_MESSAGES: list[tuple[str, _Translation]] = [
    (
        r"(?P<value>.+) is not one of (?P<choices>.+)\.",
        lambda m: f"{_quoted(m['value'])} er ikke et av valgene {_many(m['choices'])}.",
    ),
    (
        r"(?P<value>.+) is not a valid (?:int|int range)\.",
        lambda m: f"{_quoted(m['value'])} er ikke et heltall.",
    ),
    (
        r"(?P<value>.+) is not a valid (?:float|float range)\.",
        lambda m: f"{_quoted(m['value'])} er ikke et tall.",
    ),
    (
        r"(?P<value>.+) is not a valid boolean\.(?s:.*)",
        lambda m: f"{_quoted(m['value'])} er verken ja eller nei.",
    ),
    (
        r"(?P<value>.+) is not in the range (?P<range>.+)\.",
        lambda m: f"{m['value']} er utenfor området {m['range']}.",
    ),
]
"""What the vendored Click's and Typer's types say about a bad value, as Norwegian."""

SUGGESTION = r"(?s)(?P<message>.*)\. Did you mean (?P<names>.+)\?"
"""Typer adds its command suggestions to the message as text."""


def _table(message: str, table: Sequence[tuple[str, _Translation]]) -> str:
    # Patterns are compiled (and cached by `re`) only when an error is shown: no start-up cost.
    for pattern, translate in table:
        match = re.fullmatch(pattern, message)
        if match:
            return translate(match)
    return message


def _parameter_name(error: BadParameter) -> str:
    """«SKALL» for an argument, «--json» for an option, as the error names it."""
    hint = error.param_hint
    if hint is None and error.param is not None:
        param = error.param
        hint = param.opts if param.param_type_name == "option" else param.human_readable_name
    if hint is None:
        return ""
    names = [hint] if isinstance(hint, str) else list(hint)
    return " / ".join(f"«{n}»" for n in names)


def _choices(param: Parameter | None) -> list[str]:
    choices = getattr(param.type, "choices", None) if param is not None else None
    return [str(getattr(c, "value", c)) for c in choices or ()]


def translate(error: ClickException) -> tuple[str, tuple[str, ...]]:
    """The Norwegian message for a Click error, and any names for «Mente du …?»."""
    if isinstance(error, NoSuchOption):
        return f"Ukjent valg «{error.option_name}».", tuple(sorted(error.possibilities or ()))
    if isinstance(error, MissingParameter):
        kind = {"argument": "argumentet", "option": "valget"}.get(
            error.param_type or (error.param.param_type_name if error.param else ""), "verdien"
        )
        message = " ".join(filter(None, ["Mangler", kind, _parameter_name(error)])) + "."
        choices = _choices(error.param)
        if choices:
            message += f" Velg mellom {_listing(choices)}."
        return message, ()
    if isinstance(error, BadParameter):
        name = _parameter_name(error)
        value = _table(error.message, VALUE_MESSAGES)
        return (f"Ugyldig verdi for {name}: {value}" if name else f"Ugyldig verdi: {value}"), ()
    suggested = re.fullmatch(SUGGESTION, error.message)
    if suggested:
        names = [n.strip().strip("'\"") for n in suggested["names"].split(",")]
        return _table(suggested["message"] + ".", MESSAGES), tuple(names)
    return _table(error.message, MESSAGES), ()


def _visible(error: UsageError, names: tuple[str, ...]) -> tuple[str, ...]:
    """Suggested commands with a hidden ASCII twin (`sok`) shown as the real name (`søk`)."""
    commands = getattr(error.ctx.command, "commands", {}) if error.ctx is not None else {}
    visible = {fold(name): name for name, command in commands.items() if not command.hidden}
    return tuple(dict.fromkeys(visible.get(fold(n), n) for n in names))


def show_usage_error(self: UsageError, file: IO[Any] | None = None) -> None:
    """Click's usage error in Norwegian: usage, where to get help, then the error.

    Typer calls this without `file`; errors always go to stderr through rusinfo's renderer.
    """
    from typer._click.utils import echo

    if self.ctx is not None:
        lines = [self.ctx.get_usage()]
        if self.ctx.command.get_help_option(self.ctx) is not None:
            lines.append(f"Prøv '{self.ctx.command_path} {self.ctx.help_option_names[0]}' for hjelp.")
        echo("\n".join(lines) + "\n", err=True, color=self.ctx.color)
    message, suggestions = translate(self)
    _report(message, _visible(self, suggestions))


def show_error(self: ClickException, file: IO[Any] | None = None) -> None:
    """Any other Click error, in Norwegian, on stderr."""
    _report(*translate(self))


def _report(message: str, suggestions: tuple[str, ...]) -> None:
    from rusinfo import render

    render.error(message, suggestions)


def apply() -> None:
    """Make Typer and Click speak Norwegian for the rest of the process. Safe to call twice."""
    if Context.formatter_class is NorwegianHelpFormatter:
        return
    typer.core._ = gettext  # type: ignore[attr-defined]  # gettext imported as `_`, not re-exported
    Context.formatter_class = NorwegianHelpFormatter
    original_help_option = Command.get_help_option

    def get_help_option(self: Command, ctx: Context) -> Any:
        option = original_help_option(self, ctx)
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option

    Command.get_help_option = get_help_option  # type: ignore[method-assign]
    UsageError.show = show_usage_error  # type: ignore[method-assign]
    ClickException.show = show_error  # type: ignore[method-assign]
