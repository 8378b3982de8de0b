"""No input a user can type makes rusinfo crash: clean output or a Norwegian error, never a traceback."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import invoke, run_process

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


def _assert_clean(args: list[str]) -> None:
    """`rusinfo ARGS` ends in 0, 1 or 2 with no traceback (a crash would fail the test with its
    own traceback: `invoke` does not catch exceptions) and no escape sequence echoed."""
    result = invoke(*args)
    output = result.output
    assert result.exit_code in (0, 1, 2), (result.exit_code, output[-300:])
    assert "\x1b" not in output, "escape sequences must never be echoed"


@pytest.mark.parametrize("command", TEXT_COMMANDS, ids=lambda c: " ".join(c) or "app")
@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_arguments(command: tuple[str, ...], text: str) -> None:
    _assert_clean([*command, text])


@pytest.mark.parametrize("command", TEXT_COMMANDS, ids=lambda c: " ".join(c) or "app")
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200))
def test_arbitrary_text(command: tuple[str, ...], text: str) -> None:
    _assert_clean([*command, text])


@settings(max_examples=25, deadline=None)
@given(words=st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=4))
def test_arbitrary_search_words(words: list[str]) -> None:
    _assert_clean(["søk", *words])


# --- encodings, widths, environment ---------------------------------------------------


@pytest.mark.parametrize("charset", ["ascii", "latin-1", "utf-8"])
@pytest.mark.parametrize("args", [["vis", "arsaker"], ["akutt"], ["stoff", "heroin"], ["vis", "nope"], []])
def test_odd_encodings_stay_readable(charset: str, args: list[str]) -> None:
    result = invoke(*args, charset=charset)
    assert result.exit_code in (0, 2)
    text = (result.stdout_bytes + result.stderr_bytes).decode(charset)
    assert "113" in text or "Fant ingen" in text
    if args == ["vis", "arsaker"]:
        assert ("Arsaker" if charset == "ascii" else "Årsaker") in text


def test_a_c_locale_without_utf8_mode_stays_readable() -> None:
    # Python picks the streams' encoding when it starts: only a whole process shows this one.
    done = run_process(["vis", "arsaker"], LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONIOENCODING=None)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert "Arsaker" in done.stdout.decode("ascii")


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
    result = invoke(*args, env={"COLUMNS": columns})
    assert result.exit_code == 0, result.stderr
    assert "113" in result.stdout or args == ["vis"] or args == ["stoff"]


def test_no_home() -> None:
    result = invoke("vis", "symptomer", env={"HOME": None, "XDG_CONFIG_HOME": None, "XDG_CACHE_HOME": None})
    assert result.exit_code == 0


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
