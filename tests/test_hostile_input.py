"""No input a user can type makes rusinfo crash: clean output or a Norwegian error, never a traceback."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from helpers import run_process
from rusinfo.cli import app

runner = CliRunner()

# Each command that takes free text, with the place the text goes.
TEXT_COMMANDS: list[tuple[str, ...]] = [("vis",), ("stoff",), ("søk",), ("sjekk", "--svar"), ()]

HOSTILE = [
    "",
    "   ",
    "\t\n",
    "x" * 10_000,
    "ø" * 10_000,
    "\x1b[31mrød\x1b[0m\x07",
    "\x1b]0;tittel\x07",
    "\x00\x01\x02",
    "symptommer",
    "SYMPTOMER",
    "arsaker",
    unicodedata.normalize("NFD", "Årsaker"),
    "hеroin",  # Cyrillic «е» in the middle
    "ヘロイン",
    "[bold]fet[/bold]",
    "(.*)+?[",
    "--",
    "-",
    "ja,nei,ja,nei,ja,nei,ja,nei",
    "j,n,v,j,n,v,j",
]


def _invoke(args: list[str]) -> tuple[int, str, BaseException | None]:
    result = runner.invoke(app, args, prog_name="rusinfo")
    return result.exit_code, result.output, result.exception


def _assert_clean(code: int, output: str, exception: BaseException | None) -> None:
    assert code in (0, 1, 2), (code, output[-300:])
    assert exception is None or isinstance(exception, SystemExit), repr(exception)
    assert "Traceback" not in output
    assert "\x1b" not in output, "escape sequences must never be echoed"


@pytest.mark.parametrize("command", TEXT_COMMANDS, ids=lambda c: " ".join(c) or "app")
@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_arguments(command: tuple[str, ...], text: str) -> None:
    _assert_clean(*_invoke([*command, text]))


@pytest.mark.parametrize("command", TEXT_COMMANDS, ids=lambda c: " ".join(c) or "app")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200))
def test_arbitrary_text(command: tuple[str, ...], text: str) -> None:
    _assert_clean(*_invoke([*command, text]))


@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=4))
def test_arbitrary_search_words(words: list[str]) -> None:
    _assert_clean(*_invoke(["søk", *words]))


# --- whole processes: encodings, pipes, widths, environment ----------------------------


@pytest.mark.parametrize(
    ("env", "encoding"),
    [
        ({"PYTHONIOENCODING": "ascii"}, "ascii"),
        ({"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": None}, "ascii"),
        ({"PYTHONIOENCODING": "latin-1"}, "latin-1"),
        ({"PYTHONIOENCODING": "utf-8"}, "utf-8"),
    ],
)
@pytest.mark.parametrize("args", [["vis", "arsaker"], ["akutt"], ["stoff", "heroin"], ["vis", "nope"], []])
def test_odd_encodings_stay_readable(env: dict[str, str | None], encoding: str, args: list[str]) -> None:
    done = run_process(args, **env)
    assert done.returncode in (0, 2)
    assert b"Traceback" not in done.stderr
    text = (done.stdout + done.stderr).decode(encoding)
    assert "113" in text or "Fant ingen" in text
    if encoding in ("latin-1", "utf-8") and args == ["vis", "arsaker"]:
        assert "Årsaker" in text
    if encoding == "ascii" and args == ["vis", "arsaker"]:
        assert "Arsaker" in text


def test_a_closed_pipe_is_a_quiet_exit() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "rusinfo", "vis", "alle"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        stderr = process.stderr.read()
        process.wait(timeout=30)
    assert first.strip()
    assert stderr == b"", stderr.decode(errors="replace")


@pytest.mark.parametrize("columns", ["12", "40", "300"])
@pytest.mark.parametrize("args", [["vis", "symptomer"], ["akutt"], ["stoff"], ["time"], ["vis"], []])
def test_narrow_and_wide_terminals(columns: str, args: list[str]) -> None:
    done = run_process(args, COLUMNS=columns)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert b"113" in done.stdout or args == ["vis"] or args == ["stoff"]


def test_no_home(tmp_path: Path) -> None:
    done = run_process(["vis", "symptomer"], HOME=None, XDG_CONFIG_HOME=None, XDG_CACHE_HOME=None)
    assert done.returncode == 0
    assert b"Traceback" not in done.stderr


def test_ctrl_c_outside_a_prompt_is_a_quiet_exit_130() -> None:
    script = (
        "import os, signal\n"
        "from rusinfo import terminal\n"
        "terminal.exit_quietly_on_ctrl_c()\n"
        "os.kill(os.getpid(), signal.SIGINT)\n"
        "import time; time.sleep(5)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=30, check=False)
    assert done.returncode == 130
    assert done.stderr.decode().strip() == "Avbrutt."
