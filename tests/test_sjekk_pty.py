"""One real run of `python -m rusinfo sjekk` in a pseudo-terminal, from the intro to the result."""

from __future__ import annotations

from pathlib import Path

from helpers import Terminal


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
