"""Click's error messages in Norwegian, translated from Click's English by a small table.

A message the table does not know is returned as Click wrote it: on a Typer version this table
was not written for, the user gets English at worst, never a traceback. The rows are only
those rusinfo's own parameters can trigger.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Sequence
from typing import Any

import typer

from rusinfo.names import fold, printable


def click_message(error: Exception) -> str:
    format_message = getattr(error, "format_message", None)
    return str(format_message() if callable(format_message) else error)


def _unquote(value: str) -> str:
    """The string a Python repr in Click's message stands for (`'foo'` -> `foo`), fit to echo:
    what the user typed is cut short, and a line break in it cannot start a line of its own."""
    import ast  # only an error pays for it

    value = value.strip()
    with contextlib.suppress(ValueError, SyntaxError, MemoryError, RecursionError):
        value = str(ast.literal_eval(value))
    return printable(value, 40)


def _listing(names: Sequence[str]) -> str:
    """«a», «b» og «c»."""
    quoted = [f"«{n}»" for n in names]
    return " og ".join([", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted)


_Translation = Callable[[re.Match[str]], str]

MESSAGES: list[tuple[str, _Translation]] = [
    (
        r"Got unexpected extra argument(?:\(s\)|s)? \((?P<args>.*)\)",
        lambda m: (
            f"Uventede argumenter «{m['args']}»." if " " in m["args"] else f"Uventet argument «{m['args']}»."
        ),
    ),
    (
        r"Option (?P<name>.+) does not take a value\.",
        lambda m: f"Valget «{_unquote(m['name'])}» tar ingen verdi.",
    ),
    (
        r"Option (?P<name>.+) requires an argument\.",
        lambda m: f"Valget «{_unquote(m['name'])}» må ha en verdi.",
    ),
    (r"No such command (?P<name>.+)\.", lambda m: f"Ukjent kommando «{_unquote(m['name'])}»."),
]
"""Click's usage messages that rusinfo's parameters can trigger, and that are only text."""

VALUE_MESSAGES: list[tuple[str, _Translation]] = [
    (
        r"(?P<value>.+) is not one of (?P<choices>.+)\.",
        lambda m: (
            f"«{_unquote(m['value'])}» er ikke et av valgene "
            f"{_listing([_unquote(c) for c in m['choices'].split(',')])}."
        ),
    ),
]
"""What Click says about a bad value: the only typed parameter is `fullføring`'s shell."""

SUGGESTION = r"(?s)(?P<message>.*)\. Did you mean (?P<names>.+)\?"
"""Typer adds its command suggestions to the message as text."""


def _table(message: str, table: Sequence[tuple[str, _Translation]]) -> str:
    for pattern, translate_match in table:
        match = re.fullmatch(pattern, message)
        if match:
            return translate_match(match)
    return message


def _parameter_name(error: Any) -> str:
    """«SKALL» for an argument, «--fil» for an option, as Click names it."""
    hint = getattr(error, "param_hint", None)
    param = getattr(error, "param", None)
    if hint is None and param is not None:
        hint = param.opts if param.param_type_name == "option" else param.human_readable_name
    if not hint:
        return ""
    names = [hint] if isinstance(hint, str) else list(hint)
    return " / ".join(f"«{_unquote(n)}»" for n in names)


def _choices(param: Any) -> list[str]:
    choices = getattr(getattr(param, "type", None), "choices", None)
    return [str(getattr(c, "value", c)) for c in choices or ()]


def translate(error: Exception) -> tuple[str, tuple[str, ...]]:
    """The Norwegian message for a Click error, and any names for «Mente du …?».

    Click's error classes are told apart by name: Typer vendors Click and does not export them.
    """
    kind = type(error).__name__
    if kind == "NoSuchOption":
        possibilities = getattr(error, "possibilities", None) or ()
        name = printable(str(getattr(error, "option_name", "")), 40)
        return f"Ukjent valg «{name}».", tuple(sorted(possibilities))
    if kind == "MissingParameter":
        param = getattr(error, "param", None)
        param_type = str(getattr(error, "param_type", None) or getattr(param, "param_type_name", ""))
        what = {"argument": "argumentet", "option": "valget"}.get(param_type, "verdien")
        message = " ".join(filter(None, ["Mangler", what, _parameter_name(error)])) + "."
        if choices := _choices(param):
            message += f" Velg mellom {_listing(choices)}."
        return message, ()
    message = str(getattr(error, "message", "")) or click_message(error)
    if isinstance(error, typer.BadParameter):
        name = _parameter_name(error)
        value = _table(message, VALUE_MESSAGES)
        return (f"Ugyldig verdi for {name}: {value}" if name else f"Ugyldig verdi: {value}"), ()
    suggested = re.fullmatch(SUGGESTION, message)
    if suggested:
        names = [_unquote(n) for n in suggested["names"].split(",")]
        return _table(suggested["message"] + ".", MESSAGES), tuple(names)
    return _table(message, MESSAGES), ()


def visible(ctx: Any, names: tuple[str, ...]) -> tuple[str, ...]:
    """Suggested commands with a hidden ASCII twin (`sok`) shown as the real name (`søk`)."""
    commands: dict[str, Any] = getattr(getattr(ctx, "command", None), "commands", None) or {}
    visible = {fold(name): name for name, command in commands.items() if not command.hidden}
    return tuple(dict.fromkeys(visible.get(fold(n), n) for n in names))
