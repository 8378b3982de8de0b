"""One real run of `python -m rusinfo sjekk` in a pseudo-terminal, from the intro to the result."""

from __future__ import annotations

import io
import os
import re
import sys
from pathlib import Path

import pexpect
import pytest

CURSOR_POSITION_REQUEST = re.escape("\x1b[6n")


class Terminal:
    """A child process in a 24x80 pseudo-terminal that answers cursor position requests, as a terminal does."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path) -> None:
        self.screen = io.StringIO()
        self.child = pexpect.spawn(
            sys.executable,
            ["-m", "rusinfo", *args],
            dimensions=(24, 80),
            env=env,
            cwd=str(cwd),
            encoding="utf-8",
            timeout=20,
        )
        self.child.logfile_read = self.screen

    def expect(self, pattern: str) -> None:
        while self.child.expect([re.escape(pattern), CURSOR_POSITION_REQUEST]) == 1:
            self.child.send("\x1b[1;1R")

    def type(self, keys: str) -> None:
        self.child.send(keys)

    def finish(self) -> int:
        self.child.expect(pexpect.EOF)
        self.child.close()
        return int(self.child.exitstatus)

    def text(self) -> str:
        return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", self.screen.getvalue())


@pytest.fixture
def terminal_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "COLUMNS", "LINES"))}
    env.update(HOME=str(home), TERM="xterm-256color", NO_COLOR="1", LANG="C.UTF-8")
    env.pop("ACCESSIBLE", None)
    return env


def test_a_worried_parent_answers_changes_one_answer_and_reads_the_result(
    tmp_path: Path, terminal_env: dict[str, str]
) -> None:
    work = tmp_path / "arbeid"
    work.mkdir()
    term = Terminal(["sjekk"], terminal_env, work)

    term.expect("Hvem gjelder det?")
    term.type("\x1b[B\r")  # «En jeg er bekymret for»
    term.expect("Gjelder noe av dette personen akkurat nå?")
    term.type("n\r")
    for number, key in enumerate("jjnnvnn", start=1):
        term.expect(f"Spørsmål {number} av 7")
        term.type(key + "\r")
    term.expect("Vil du endre noe før du ser resultatet?")
    term.type("4\r")
    term.expect("Spørsmål 4 av 7")
    term.type("j\r")
    term.expect("Vil du endre noe før du ser resultatet?")
    term.type("\r")
    term.expect("Resultat: 3 av 7 kriterier stemmer")

    assert term.finish() == 0
    text = term.text()
    assert "Sjekk: kriterier for avhengighet" in text
    assert "Virker det som personen trenger mer av stoffet enn før" in text
    assert "Bare en lege eller psykolog kan stille en diagnose." in text
    assert "Ved akutt fare, som overdose, bevisstløshet eller pustevansker: ring 113." in text
    for english in ("Use arrow", "Use shortcuts", "Answer:", "Cancelled", "WARNING", "Traceback"):
        assert english not in text
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["arbeid", "home"]


def test_ctrl_c_in_a_terminal(tmp_path: Path, terminal_env: dict[str, str]) -> None:
    term = Terminal(["sjekk"], terminal_env, tmp_path)

    term.expect("Hvem gjelder det?")
    term.type("\r")
    term.expect("akkurat nå?")
    term.type("\r")
    term.expect("Spørsmål 1 av 7")
    term.child.sendcontrol("c")
    term.expect("Avbrutt. Ingen svar er lagret.")

    assert term.finish() == 130
    assert "Resultat" not in term.text()
    assert "Traceback" not in term.text()
