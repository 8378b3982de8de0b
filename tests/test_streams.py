"""Streams, widths, locales and signals: never a traceback, never exit 0 with nothing written.

Whole processes where the point is a real stream or signal; in-process runs everywhere else.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import Terminal, flat, invoke, run_process
from rusinfo.options import MAX_COLUMNS, MIN_COLUMNS, Options, columns

ANSWERS = "ja,ja,ja,nei,nei,nei,nei"

# Redirect the child's standard streams before it starts, as a shell does with `>&-` and friends.
_LAUNCH = """
import os, sys
how, streams = sys.argv[1], sys.argv[2]
for fd in map(int, streams):
    if how == "closed":
        os.close(fd)
    elif how == "full":
        os.dup2(os.open("/dev/full", os.O_WRONLY), fd)
    elif how == "read-only":
        os.dup2(os.open(os.devnull, os.O_RDONLY), fd)
os.execv(sys.executable, [sys.executable, "-m", "rusinfo", *sys.argv[3:]])
"""


def launch(how: str, streams: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", _LAUNCH, how, streams, *args],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
        timeout=60,
        check=False,
    )


# --- output that cannot be written ----------------------------------------------------------


@pytest.mark.parametrize(
    ("how", "reason"),
    [
        ("full", "disken er full"),
        ("closed", "utdata er lukket eller ikke åpnet for skriving"),
        ("read-only", "utdata er lukket eller ikke åpnet for skriving"),
    ],
)
@pytest.mark.parametrize("args", [["vis", "symptomer"], ["akutt", "--json"], ["time", "--skriv-ut"]])
def test_unwritable_output_is_one_norwegian_line_and_exit_74(how: str, reason: str, args: list[str]) -> None:
    done = launch(how, "1", *args)
    assert done.returncode == 74
    assert done.stderr.decode() == f"Feil: Kunne ikke skrive utdata: {reason}.\n"


def test_when_stderr_is_full_too_the_exit_code_still_says_so() -> None:
    done = launch("full", "12", "vis", "symptomer")
    assert done.returncode == 74
    assert done.stdout == b""


def test_a_missing_stdout_does_not_stop_a_file_being_saved(tmp_path: Path) -> None:
    done = launch("closed", "1", "time", "--fil", "liste.md", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "liste.md").read_text(encoding="utf-8").startswith("# ")
    assert done.stderr.decode() == "Sjekklisten er lagret i liste.md.\n"


def test_a_missing_stdin_means_no_terminal_for_the_self_test() -> None:
    done = launch("closed", "0", "sjekk")
    assert done.returncode == 2
    assert "må kjøres i et terminalvindu" in flat(done.stderr.decode())
    assert b"Traceback" not in done.stderr


# --- widths ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "terminal", "width"),
    [
        ("100", None, 100),
        (" 72 ", 120, 72),
        ("0", None, 80),
        ("0", 132, 132),
        ("-3", None, 80),
        ("abc", 90, 90),
        ("٣٠", None, 80),  # Arabic-Indic digits are digits to Python, not to a terminal
        ("1", None, MIN_COLUMNS),
        ("13", None, MIN_COLUMNS),
        ("99999", None, MAX_COLUMNS),
        ("9" * 5000, None, MAX_COLUMNS),
        (None, 8, MIN_COLUMNS),
        (None, None, 80),
    ],
)
def test_one_rule_decides_the_width(setting: str | None, terminal: int | None, width: int) -> None:
    assert columns(setting, terminal) == width


@pytest.mark.parametrize("setting", ["0", "-3", "abc", "1", "10", "13", "99999", "9" * 30])
@pytest.mark.parametrize(
    "args", [["akutt"], ["vis", "symptomer"], ["sjekk", "--svar", ANSWERS], ["--enkel", "akutt"]]
)
def test_any_columns_gives_a_whole_page_with_113_whole(setting: str, args: list[str]) -> None:
    result = invoke(*args, env={"COLUMNS": setting})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) > 5
    assert re.search(r"(?<!\d)113(?!\d)", result.stdout)
    assert max(len(line) for line in lines) <= MAX_COLUMNS
    assert "Ring 1\n" not in result.stdout


def test_errors_are_set_to_the_same_width_as_pages() -> None:
    result = invoke("vis", "finnes-ikke-" * 3, env={"COLUMNS": "0"})
    assert result.exit_code == 2
    assert result.stderr.startswith("Feil: Fant ingen seksjon")


# --- what the user typed, echoed -------------------------------------------------------------

TYPED_COMMANDS = [["vis"], ["stoff"], ["søk"], ["sjekk", "--svar"], ["time", "--fil"], []]


@pytest.mark.parametrize("command", TYPED_COMMANDS, ids=lambda c: " ".join(c) or "kommando")
def test_a_typed_line_break_cannot_start_a_line_of_its_own(command: list[str]) -> None:
    result = invoke(*command, "x\nFeil: falsk melding")
    assert result.exit_code in (1, 2)
    assert not [line for line in result.stderr.splitlines() if line.startswith("Feil: falsk")]
    assert "Feil: falsk" not in result.stdout


@pytest.mark.parametrize(
    "command", [*TYPED_COMMANDS, ["--ukjent-valg"]], ids=lambda c: " ".join(c) or "kommando"
)
def test_a_very_long_argument_is_not_echoed_whole(command: list[str]) -> None:
    long = "x" * 100_000
    args = [command[0] + long] if command == ["--ukjent-valg"] else [*command, long]
    result = invoke(*args)
    assert result.exit_code in (1, 2)
    assert len(result.stderr) < 1000


# --- locales and encodings -------------------------------------------------------------------


def test_a_c_locale_without_utf8_mode_still_knows_the_command_søk() -> None:
    done = run_process(["søk", "metadon"], LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONIOENCODING=None)
    assert done.returncode == 0, done.stderr
    assert b"treff for" in done.stdout


def test_json_on_an_ascii_stream_is_escaped_not_changed() -> None:
    ascii_run = invoke("stoff", "løsemiddel", "--json", charset="ascii")
    utf8_run = invoke("stoff", "løsemiddel", "--json")
    assert ascii_run.exit_code == utf8_run.exit_code == 0
    assert ascii_run.stdout_bytes.isascii()
    assert "\\u00f8" in ascii_run.stdout
    assert json.loads(ascii_run.stdout) == json.loads(utf8_run.stdout)


# --- environment -----------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "simple"), [("0", False), ("false", False), ("nei", False), ("1", True)])
def test_accessible_set_to_an_off_word_is_off(
    monkeypatch: pytest.MonkeyPatch, value: str, simple: bool
) -> None:
    monkeypatch.setenv("ACCESSIBLE", value)
    assert Options.from_environment().simple is simple


@pytest.mark.parametrize(
    "variables",
    [
        {"_RUSINFO_COMPLETE": "complete_bash"},
        {"_RUSINFO_COMPLETE": "complete_bash", "COMP_WORDS": "rusinfo vis ", "COMP_CWORD": "x"},
        {"_RUSINFO_COMPLETE": "complete_bash", "COMP_WORDS": "rusinfo vis ", "COMP_CWORD": "99"},
        {"_RUSINFO_COMPLETE": "ukjent"},
    ],
)
def test_malformed_completion_variables_offer_nothing(variables: dict[str, str | None]) -> None:
    result = invoke(env=variables)
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.output


def test_python_m_does_not_run_a_typer_py_in_the_working_folder(tmp_path: Path) -> None:
    (tmp_path / "typer.py").write_text("print('KAPRET')\nraise SystemExit(9)\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "rusinfo", "vis"],
        capture_output=True,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"KAPRET" not in done.stdout
    assert b"symptomer" in done.stdout


# --- signals ---------------------------------------------------------------------------------


def test_sigint_from_outside_stops_a_question(tmp_path: Path, terminal_env: dict[str, str]) -> None:
    term = Terminal(["sjekk"], terminal_env, tmp_path)
    term.expect("Hvem gjelder det?")
    os.kill(term.child.pid, signal.SIGINT)
    term.expect("Avbrutt. Ingen svar er lagret.")
    assert term.finish() == 130
    assert "Traceback" not in term.text()
