"""`rusinfo sjekk` in plain mode: questions as lines a screen reader reads top to bottom."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import rusinfo.terminal
from helpers import Terminal, invoke

# Any escape sequence but the cursor position request prompt_toolkit would send: plain mode
# draws no colour, moves no cursor and redraws nothing.
ESCAPE = re.compile(r"\x1b")


@pytest.fixture
def interactive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rusinfo.terminal, "is_interactive", lambda: True)


def lines(*answers: str) -> str:
    return "".join(answer + "\n" for answer in answers)


@pytest.mark.usefixtures("interactive")
@pytest.mark.parametrize(
    ("how", "env"),
    [(["--enkel"], {}), ([], {"ACCESSIBLE": "1"}), ([], {"TERM": "dumb"})],
)
def test_plain_mode_asks_in_lines_and_answers_by_key_or_word(
    how: list[str], env: dict[str, str | None]
) -> None:
    typed = lines("1", "nei", "j", "ja", "J", "vet ikke", "n", "n", "n", "")
    result = invoke(*how, "sjekk", input=typed, env={"NO_COLOR": None, "FORCE_COLOR": "1", **env})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Svar (1/2): " in out
    assert "j) Ja\nn) Nei\nv) Vet ikke\nSvar (j/n/v): " in out
    assert "4) Vil kutte ned, men får det ikke til: Vet ikke" in out
    assert "Resultat: 3 av 7 kriterier stemmer" in out
    assert not ESCAPE.search(out)


@pytest.mark.usefixtures("interactive")
def test_a_wrong_answer_is_asked_again_and_enter_gives_no_answer() -> None:
    typed = lines("3", "1", "", "n", "x", "", "j", *"jjnnnn", "")
    result = invoke("--enkel", "sjekk", input=typed)
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Skriv ett av disse: 1, 2.") == 1
    assert result.stdout.count("Skriv ett av disse: j, n.") == 1
    assert result.stdout.count("Skriv ett av disse: j, n, v.") == 2
    assert "Resultat: 3 av 7" in result.stdout


@pytest.mark.usefixtures("interactive")
def test_an_answer_can_be_changed_by_its_number() -> None:
    typed = lines("1", "n", *"jjjnnnn", "4", "j", "")
    result = invoke("--enkel", "sjekk", input=typed)
    assert result.exit_code == 0
    assert "Resultat: 4 av 7" in result.stdout


@pytest.mark.usefixtures("interactive")
def test_yes_to_the_safety_question_stops_at_113() -> None:
    result = invoke("--enkel", "sjekk", input=lines("2", "j"))
    assert result.exit_code == 0
    assert "RING 113 NÅ" in result.stdout
    assert "Spørsmål 1 av 7" not in result.stdout


@pytest.mark.usefixtures("interactive")
def test_the_end_of_input_stops_without_a_result() -> None:
    result = invoke("--enkel", "sjekk", input=lines("1", "n", "j"))
    assert result.exit_code == 130
    assert "Avbrutt. Ingen svar er lagret." in result.stderr
    assert "Resultat" not in result.stdout


def test_in_a_real_terminal_plain_mode_draws_no_escape_codes(
    tmp_path: Path, terminal_env: dict[str, str]
) -> None:
    env = {k: v for k, v in terminal_env.items() if k != "NO_COLOR"}
    term = Terminal(["sjekk", "--enkel"], {**env, "FORCE_COLOR": "1"}, tmp_path)
    term.expect("Svar (1/2): ")
    term.type("2\r")
    term.expect("Svar (j/n): ")
    term.type("n\r")
    for number in range(1, 8):
        term.expect(f"Spørsmål {number} av 7")
        term.expect("Svar (j/n/v): ")
        term.type("j\r" if number < 3 else "n\r")
    term.expect("trykk Enter for å se resultatet: ")
    term.child.sendcontrol("c")
    term.expect("Avbrutt. Ingen svar er lagret.")
    assert term.finish() == 130
    raw = term.screen.getvalue()
    assert not ESCAPE.search(raw)
    assert "Resultat" not in raw
