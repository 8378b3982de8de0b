"""Typer's and Click's own words in Norwegian: help for every command, and every kind of bad call.

The Norwegian comes through Typer's public seams, for rusinfo's app only (rusinfo/norsk.py), and
Click's messages are translated from their text (rusinfo/click_errors.py). These tests are the
guard: a new Typer, or a new command, that lets an English word through fails here.
"""

from __future__ import annotations

import re

import pytest
import typer
import typer.main
from hypothesis import given, settings
from hypothesis import strategies as st
from typer._click.core import Command
from typer.core import TyperArgument, TyperGroup, TyperOption
from typer.testing import CliRunner

from helpers import invoke
from rusinfo.cli import app

ENGLISH = {
    "usage", "options", "option", "arguments", "commands", "command", "show", "this", "message",
    "exit", "error", "try", "help", "missing", "such", "got", "unexpected", "extra", "invalid",
    "value", "values", "did", "you", "mean", "possible", "required", "default", "text", "integer",
    "int", "str", "boolean", "float", "path", "file", "filename", "choose", "from", "not", "one",
    "of", "does", "take", "takes", "requires", "aborted", "env", "dynamic", "the", "is", "and",
    "with", "install", "completion", "shell", "current", "customize", "deprecated", "warning",
    "yes", "invoked", "supported", "instruction", "argument(s)",
}  # fmt: skip
"""English words Typer and Click write. Left out on purpose: words that are Norwegian too
(«argument», «for», «at», «var», «to», «no»)."""

OPTION_NAME = re.compile(r"(?<![\w-])--?[\w-]+")
"""Option names (--help, -h, --json) are not words to read."""


def english_words(output: str) -> set[str]:
    text = OPTION_NAME.sub(" ", output)
    return {w for w in re.findall(r"[A-Za-z()]+", text) if w.lower().strip("()") in ENGLISH}


def run(args: list[str], **env: str | None) -> tuple[int, str]:
    result = invoke(*args, env=env)
    return result.exit_code, result.output


GROUP = typer.main.get_command(app)
assert isinstance(GROUP, TyperGroup)
COMMANDS: dict[str, Command] = dict(GROUP.commands)
"""Every registered command, hidden ones too: commands added later are covered without a change here."""


def _arguments(command: Command) -> list[TyperArgument]:
    return [p for p in command.params if isinstance(p, TyperArgument)]


def _options(command: Command) -> list[TyperOption]:
    return [p for p in command.params if isinstance(p, TyperOption)]


HELP_CALLS = [[*path, flag] for path in ([], *([name] for name in COMMANDS)) for flag in ("-h", "--help")]


def _bad_calls() -> list[list[str]]:
    calls = [
        ["finnesikke"],
        ["vsi"],
        ["--finnesikke"],
        ["--versio"],
        ["--version=ja"],
        ["vis", "a", "b"],
        ["vis", "--json=ja"],
        ["fullføring", "tcsh"],
        ["fullføring"],
        ["søk"],
        ["-x"],
    ]
    for name, command in COMMANDS.items():
        calls.append([name, "--finnesikke"])
        calls.append([name, "-q"])
        arguments = _arguments(command)
        if any(a.required for a in arguments):
            calls.append([name])
        if all(a.nargs == 1 for a in arguments):
            calls.append([name, *["x"] * (len(arguments) + 1)])
        for option in _options(command):
            if option.is_flag:
                calls.append([name, f"{option.opts[0]}=x"])
            else:
                calls.append([name, option.opts[0]])
    return calls


BAD_CALLS = _bad_calls()


@pytest.mark.parametrize("args", HELP_CALLS, ids=" ".join)
def test_help_is_norwegian_for_the_app_and_every_command(args: list[str]) -> None:
    code, output = run(args)
    assert code == 0
    assert output.startswith("Bruk: rusinfo")
    assert "Vis denne hjelpen og avslutt." in output
    assert not english_words(output), output


@pytest.mark.parametrize("args", BAD_CALLS, ids=" ".join)
def test_every_bad_call_is_a_norwegian_usage_error(args: list[str]) -> None:
    code, output = run(args)
    assert code == 2, output
    assert "Feil: " in output
    assert not english_words(output), output
    assert "Traceback" not in output


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["finnesikke"], ["Bruk: rusinfo [VALG] KOMMANDO [ARGUMENTER]...", "Prøv 'rusinfo -h' for hjelp."]),
        (["finnesikke"], ["Feil: Ukjent kommando «finnesikke»."]),
        (["vsi"], ["Ukjent kommando «vsi».", "Mente du «vis»?"]),
        (["sk"], ["Mente du «søk»?"]),
        (["--versio"], ["Ukjent valg «--versio».", "Mente du «--version»?"]),
        (["vis", "--finnesikke"], ["Bruk: rusinfo vis [VALG] [SEKSJON]", "Prøv 'rusinfo vis -h' for hjelp."]),
        (["vis", "a", "b"], ["Uventet argument «b»."]),
        (["akutt", "a", "b"], ["Uventede argumenter «a b»."]),
        (["søk"], ["Mangler argumentet «ORD»."]),
        (["fullføring"], ["Mangler argumentet «SKALL». Velg mellom «bash», «zsh» og «fish»."]),
        (
            ["fullføring", "tcsh"],
            ["Ugyldig verdi for «SKALL»: «tcsh» er ikke et av valgene «bash», «zsh» og «fish»."],
        ),
        (["vis", "--json=ja"], ["Valget «--json» tar ingen verdi."]),
    ],
)
def test_the_errors_say_what_was_wrong(args: list[str], expected: list[str]) -> None:
    code, output = run(args)
    assert code == 2
    flat = " ".join(output.split())
    for text in expected:
        assert text in flat, output


@settings(max_examples=60, deadline=None)
@given(value=st.text(min_size=1, max_size=40).filter(lambda v: v not in {"bash", "zsh", "fish"}))
def test_any_bad_value_is_told_in_norwegian(value: str) -> None:
    code, output = run(["fullføring", "--", value])
    assert code == 2
    assert "Feil: Ugyldig verdi for «SKALL»: «" in output
    assert "er ikke et av valgene «bash», «zsh» og «fish»." in " ".join(output.split())


def test_required_arguments_are_marked_in_norwegian() -> None:
    _, output = run(["søk", "-h"])
    assert "[påkrevd]" in output
    assert "Bruk: rusinfo søk [VALG] ORD...\n" in output
    _, output = run(["fullføring", "-h"])
    assert "Bruk: rusinfo fullføring [VALG] SKALL\n" in output
    _, output = run(["vis", "-h"])
    assert "Bruk: rusinfo vis [VALG] [SEKSJON]\n" in output


def test_help_headings() -> None:
    _, output = run(["-h"])
    assert "\nValg:\n" in output
    assert "\nKommandoer:\n" in output
    _, output = run(["vis", "-h"])
    assert "\nArgumenter:\n" in output


@pytest.mark.parametrize(
    "env",
    [{"NO_COLOR": "1"}, {"NO_COLOR": None}, {"TERM": "dumb"}],
    ids=["NO_COLOR", "colour", "dumb"],
)
@pytest.mark.parametrize("args", [["--help"], ["søk", "-h"], ["finnesikke"]])
def test_help_and_errors_in_a_pipe(env: dict[str, str | None], args: list[str]) -> None:
    code, output = run(args, **env)
    assert code == (2 if args == ["finnesikke"] else 0), output
    assert "Bruk: rusinfo" in output
    assert "\x1b" not in output
    assert not english_words(output), output


def test_a_foreign_typer_app_in_the_same_process_keeps_its_english() -> None:
    """rusinfo's Norwegian is its own app's: nothing in Typer or Click is patched."""
    foreign = typer.Typer()

    @foreign.command()
    def greet(times: int) -> None:
        """Greet."""

    assert run(["vis", "finnesikke"])[0] == 2  # rusinfo's app has run in this process
    result = CliRunner().invoke(foreign, ["many"])
    assert result.exit_code == 2
    assert "Usage:" in result.output
    assert "Invalid value" in result.output
    assert "Bruk" not in result.output
    assert "Ugyldig" not in result.output
    help_text = CliRunner().invoke(foreign, ["--help"]).output
    assert "Show this message and exit." in help_text
    assert "Arguments" in help_text
