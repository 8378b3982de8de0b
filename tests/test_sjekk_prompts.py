"""The interactive screening in-process: keystrokes through prompt_toolkit's pipe input."""

from __future__ import annotations

import functools
import io
import re
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput, Output
from prompt_toolkit.output.vt100 import Vt100_Output
from typer.testing import Result

import rusinfo.terminal
from helpers import invoke

ENTER = "\r"
DOWN = "\x1b[B"
UP = "\x1b[A"
CTRL_C = "\x03"
CTRL_D = "\x04"
ME = ENTER  # «Meg selv» is first
OTHER = DOWN + ENTER  # «En jeg er bekymret for»
SAFE = ENTER  # the safety question starts on «Nei»
SHOW_RESULT = ENTER  # the summary starts on «Nei, vis resultatet»
TO_THE_END = ENTER * 20  # from any prompt, enough to reach a result if a stop were ignored


def answer(keys: str) -> str:
    """Each of j, n, v followed by Enter: one answer per character."""
    return "".join(key + ENTER for key in keys)


@pytest.fixture(autouse=True)
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend stdin and stdout are a terminal; the keys come from the pipe below."""
    monkeypatch.setattr(rusinfo.terminal, "is_interactive", lambda: True)


def screen(keys: str, *args: str, output: Output | None = None) -> Result:
    """Run `rusinfo sjekk` with `keys` typed, then the input ends (so no test can hang)."""
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=output or DummyOutput()):
        pipe.send_text(keys)
        pipe.close()
        return invoke("sjekk", *args)


def flat(text: str) -> str:
    """Output with line breaks and panel sides undone, to find sentences Rich wrapped."""
    return " ".join(text.replace("│", " ").split())


def test_answering_everything_gives_the_result() -> None:
    result = screen(ME + SAFE + answer("jjjnnnn") + SHOW_RESULT)

    assert result.exit_code == 0, result.output
    out = flat(result.stdout)
    assert out.startswith("Sjekk: kriterier for avhengighet")
    assert "Ingen svar blir lagret eller sendt noe sted." in out
    assert "Ctrl+C" in out
    assert "Først et spørsmål om akutt fare" in out
    assert "Resultat: 3 av 7 kriterier stemmer" in out
    assert "Du svarte ja på 3 av de 7 kriteriene. Det er 3 eller flere" in out
    assert "Bare en lege eller psykolog kan stille en diagnose." in out
    assert result.stderr == ""
    intro = out.index("tre eller flere av kriteriene")
    safety = out.index("Ring 113 hvis du eller noen du kjenner")
    assert intro < safety < out.index("Resultat: 3 av 7")


def test_enter_alone_answers_vet_ikke_never_nei() -> None:
    result = screen(ME + SAFE + ENTER * 7 + SHOW_RESULT)

    out = flat(result.stdout)
    assert "Resultat: 0 av 7 kriterier stemmer" in out
    assert "Du svarte ja på 0 av de 7 kriteriene og «Vet ikke» på 7 av dem." in out
    assert "tyder svarene ikke på avhengighet" not in out


def test_arrow_keys_answer_too() -> None:
    # From «Vet ikke», down wraps to «Ja»; up from «Vet ikke» is «Nei».
    result = screen(ME + SAFE + (DOWN + ENTER) * 2 + (UP + ENTER) * 5 + SHOW_RESULT)

    assert "Resultat: 2 av 7 kriterier stemmer" in flat(result.stdout)
    assert "«Vet ikke»" not in result.stdout


def test_answers_can_be_changed_in_the_summary_more_than_once() -> None:
    change = "4" + ENTER + "j" + ENTER + "1" + ENTER + "n" + ENTER + "2" + ENTER + "v" + ENTER
    result = screen(ME + SAFE + answer("jjjnnnn") + change + SHOW_RESULT)

    out = flat(result.stdout)
    assert "Resultat: 2 av 7 kriterier stemmer" in out
    assert "Du svarte ja på 2 av de 7 kriteriene og «Vet ikke» på 1 av dem." in out
    yes_list = result.stdout.split("Dette svarte du ja på:")[1].split("\n\n")[0]
    assert "Vil kutte ned, men får det ikke til" in yes_list
    assert "Trenger mer for samme virkning" not in yes_list


def test_the_other_person_wording_follows_the_choice() -> None:
    out = flat(screen(OTHER + SAFE + answer("jjjjnnn") + SHOW_RESULT).stdout)

    assert "Resultat: 4 av 7 kriterier stemmer" in out
    assert "for personen du er bekymret for" in out
    assert "Snakk med personen" in out


def test_for_annen_skips_the_who_question() -> None:
    out = flat(screen(SAFE + answer("nnnnnnn") + SHOW_RESULT, "--for-annen").stdout)

    assert "Resultat: 0 av 7 kriterier stemmer" in out
    assert "for personen du er bekymret for" in out


@pytest.mark.parametrize("keys", ["j" + ENTER, UP + ENTER], ids=["j", "pil"])
def test_yes_to_the_safety_question_stops_and_says_ring_113(keys: str) -> None:
    result = screen(ME + keys)

    assert result.exit_code == 0
    out = flat(result.stdout)
    assert "Ring 113 nå" in out
    assert "Ring 113 nå, og si hva som har skjedd og hvor du er." in out
    assert "kan ha tatt en overdose" in out
    assert "116 117" in out
    assert "Sjekken er stoppet, og ingen svar er lagret." in out
    assert "Resultat" not in out
    assert out.index("Ring 113 nå, og si") > out.index("Først et spørsmål om akutt fare")


def test_the_safety_stop_for_another_person() -> None:
    out = flat(screen(OTHER + "j" + ENTER).stdout)

    assert "hva personen kan ha tatt" in out
    assert "Bli hos personen til hjelpen kommer" in out


@pytest.mark.parametrize(
    "before",
    [
        "",
        ME,
        ME + SAFE,
        ME + SAFE + answer("jjj"),
        ME + SAFE + answer("jjjjjjj"),
        ME + SAFE + answer("jjjjjjj") + "3" + ENTER,
    ],
    ids=["hvem", "sikkerhet", "sporsmal-1", "sporsmal-4", "oppsummering", "endring"],
)
def test_ctrl_c_stops_without_a_result(before: str) -> None:
    result = screen(before + CTRL_C + TO_THE_END)

    assert result.exit_code == 130
    assert result.stderr == "Avbrutt. Ingen svar er lagret.\n"
    assert "Resultat" not in result.stdout
    assert "Traceback" not in result.output


@pytest.mark.parametrize("before", ["", ME + SAFE + answer("jjj")], ids=["hvem", "sporsmal-4"])
def test_end_of_input_stops_without_a_result(before: str) -> None:
    result = screen(before)

    assert result.exit_code == 130
    assert result.stderr == "Avbrutt. Ingen svar er lagret.\n"
    assert "Resultat" not in result.stdout


def test_ctrl_d_stops_without_a_result() -> None:
    result = screen(ME + SAFE + answer("jj") + CTRL_D + TO_THE_END)

    assert result.exit_code == 130
    assert result.stderr == "Avbrutt. Ingen svar er lagret.\n"
    assert "Resultat" not in result.stdout


def drawn_raw(keys: str, columns: int = 80) -> str:
    """What the prompts draw on a terminal when the input ends after `keys`.

    Keys typed ahead are answered before their prompt is drawn, so the last prompt, the one
    the input ends at, is the one shown whole.
    """
    screen_text = io.StringIO()
    output = Vt100_Output(screen_text, lambda: Size(rows=24, columns=columns), term="xterm")
    result = screen(keys, output=output)
    assert result.exit_code == 130
    return screen_text.getvalue()


def drawn(keys: str, columns: int = 80) -> str:
    """`drawn_raw` without escape sequences and carriage returns."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", drawn_raw(keys, columns)).replace("\r", "")


ENGLISH = ("Use arrow", "Use shortcuts", "Answer:", "Description:", "Cancelled", "Yes", "(Y/n)", "(y/N)")


@pytest.mark.parametrize(
    ("keys", "shown"),
    [
        (
            "",
            [
                "? Hvem gjelder det?",
                "  Velg med piltastene og trykk Enter.",
                " » Meg selv",
                "En jeg er bekymret for",
            ],
        ),
        (
            ME,
            [
                "? Gjelder noe av dette deg eller noen du er sammen med, akkurat nå?",
                "  Svar med j eller n (eller piltastene), og trykk Enter.",
                "   j) Ja",
                " » n) Nei",
            ],
        ),
        (
            ME + SAFE + answer("jj"),
            [
                "? Spørsmål 3 av 7\n  Hender det ofte at du tar mer av stoffet",
                "  Svar med j, n eller v (eller piltastene), og trykk Enter.",
                "   j) Ja",
                "   n) Nei",
                " » v) Vet ikke",
            ],
        ),
        (
            OTHER + SAFE,
            ["? Spørsmål 1 av 7\n  Virker det som personen trenger mer av stoffet enn før"],
        ),
        (
            ME + SAFE + answer("jnvjnvj"),
            [
                "? Her er svarene dine. Vil du endre noe før du ser resultatet?",
                "  Velg et svar å endre med piltastene eller tallet, eller trykk Enter",
                " » 0) Nei, vis resultatet",
                "   1) Trenger mer for samme virkning       Ja",
                "   2) Abstinenser                          Nei",
                "   3) Mer eller lenger enn tenkt           Vet ikke",
            ],
        ),
        (ME + SAFE + answer("jnvjnvj") + "2" + ENTER, ["? Spørsmål 2 av 7", " » n) Nei"]),
    ],
    ids=["hvem", "sikkerhet", "sporsmal", "annen", "oppsummering", "endre"],
)
def test_what_the_prompts_draw_is_norwegian(keys: str, shown: list[str]) -> None:
    text = drawn(keys)

    for line in shown:
        assert line in text
    for english in ENGLISH:
        assert english not in text


def test_only_the_pointer_marks_a_choice() -> None:
    # Questionary draws the default choice in reverse video even when the pointer has left it.
    raw = drawn_raw(ME + SAFE + answer("j") + "n")

    assert "» n) Nei" in raw
    assert not re.search(r"\x1b\[(?:[0-9]*;)*7(?:;[0-9]*)*m", raw)


def test_answered_questions_stay_on_screen_with_their_answer() -> None:
    text = drawn(ME + SAFE + answer("jnv"))

    assert "? Hvem gjelder det? Meg selv" in text
    assert "akkurat nå? Nei" in text
    assert "? Spørsmål 1 av 7\n  Trenger du mer av stoffet enn før for å bli ruset? Ja" in text
    assert "enn du hadde tenkt? Vet ikke" in text


def test_long_questions_are_wrapped_between_words() -> None:
    question = (
        "Blir du fysisk eller psykisk dårlig når du er uten stoffet (abstinenser), eller tar du "
        "stoffet, eller noe lignende, for å slippe det?"
    )
    text = drawn(ME + SAFE + answer("j"), columns=60)

    drawn_question = text.split("? Spørsmål 2 av 7\n")[1].split("\n  Svar med")[0]
    assert drawn_question.split() == question.split()
    assert all(len(line) <= 60 for line in drawn_question.split("\n"))
    assert drawn_question.count("\n") >= 2


@pytest.mark.parametrize("columns", [40, 50])
def test_a_narrow_summary_shows_each_answer_first_so_it_is_never_cut(columns: int) -> None:
    text = drawn(ME + SAFE + answer("jnvjnvj"), columns=columns)

    assert "   1) Ja: Trenger mer" in text
    assert "   3) Vet ikke: Mer eller" in text
    assert "   4) Ja: Vil kutte ned" in text
    assert "   6) Vet ikke: Gir opp" in text
    assert "Vet ik\n" not in text


def test_nothing_is_written_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home, work = tmp_path / "home", tmp_path / "arbeid"
    home.mkdir()
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(work)

    finished = screen(ME + SAFE + answer("jvnjnvj") + "3" + ENTER + "j" + ENTER + SHOW_RESULT)
    interrupted = screen(OTHER + SAFE + answer("jj") + CTRL_C + TO_THE_END)

    assert (finished.exit_code, interrupted.exit_code) == (0, 130)
    assert "Resultat: 4 av 7" in flat(finished.stdout)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["arbeid", "home"]


def test_a_question_wraps_again_for_each_width_it_is_drawn_at() -> None:
    """questionary formats the message on every redraw: after a resize, to the new width."""
    from rusinfo.prompts import _Rewrapped

    question = _Rewrapped(
        "Spørsmål 2 av 7\nBlir du fysisk eller psykisk dårlig når du er uten stoffet (abstinenser), "
        "eller tar du stoffet, eller noe lignende, for å slippe det?"
    )
    drawn_at = {}
    for columns in (100, 45):
        output = Vt100_Output(io.StringIO(), functools.partial(Size, rows=24, columns=columns), term="xterm")
        with create_app_session(output=output):
            drawn_at[columns] = " {} ".format(question)  # noqa: UP032 (questionary formats it so)
    for columns, text in drawn_at.items():
        lines = text.strip().split("\n")
        assert max(len(line) for line in lines) <= min(columns, 80) - 10
        assert " ".join(" ".join(lines).split()) == " ".join(question.split())
    assert drawn_at[45].count("\n") > drawn_at[100].count("\n")
