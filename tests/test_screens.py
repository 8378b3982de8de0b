"""What people see in a real terminal: the self-test's result in view, paging, help and options.

Runs in a pseudo-terminal (`helpers.Terminal`) where the screen is the point, in-process
everywhere else.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from helpers import Terminal, flat, invoke
from rusinfo.commands import EXAMPLES

# --- the self-test's last screen ---------------------------------------------------------


def answer_everything(term: Terminal, keys: str, *, other: bool = False) -> None:
    term.expect("Hvem gjelder det?")
    term.type("\x1b[B\r" if other else "\r")
    term.expect("akkurat nå?")
    term.type("n\r")
    for number, key in enumerate(keys, start=1):
        term.expect(f"Spørsmål {number} av 7")
        term.type(key + "\r")
    term.expect("Vil du endre noe før du ser resultatet?")
    term.type("\r")


@pytest.mark.parametrize(
    ("keys", "other", "headline", "meaning"),
    [
        ("jjjnnnn", False, "Resultat: 3 av 7 kriterier stemmer.", "Det kan være tegn på avhengighet."),
        ("jnnnnnn", True, "Resultat: 1 av 7 kriterier stemmer.", "under grensen i sjekken, men ingen"),
        ("jvvnnnn", False, "Resultat: 1 av 7 kriterier stemmer.", "ikke kan gi et klart svar"),
    ],
)
def test_the_headline_is_on_screen_when_the_self_test_ends(
    tmp_path: Path, terminal_env: dict[str, str], keys: str, other: bool, headline: str, meaning: str
) -> None:
    term = Terminal(["sjekk"], terminal_env, tmp_path)
    answer_everything(term, keys, other=other)
    assert term.finish() == 0
    shown = flat(" ".join(line.strip("│ ") for line in term.display()))
    assert headline in shown
    assert meaning in shown
    assert "ring 113" in shown
    assert "Svarene er ikke lagret noe sted." in shown


def test_the_recap_is_only_for_the_questions_in_a_terminal() -> None:
    result = invoke("sjekk", "--svar", "ja,ja,ja,nei,nei,nei,nei")
    assert result.exit_code == 0
    assert "Kort sagt" not in result.stdout
    assert result.stdout.count("Resultat: 3 av 7") == 1


# --- paging, as git does ---------------------------------------------------------------------

RECORDING_PAGER = """#!{python}
import sys
sys.stdin.buffer.read()
open({mark!r}, "w").close()
"""


@pytest.fixture
def pager(tmp_path: Path) -> tuple[Path, Path]:
    """A pager that only notes that it was used; and the note."""
    mark = tmp_path / "bladd"
    path = tmp_path / "pager"
    path.write_text(RECORDING_PAGER.format(python=sys.executable, mark=str(mark)), encoding="utf-8")
    path.chmod(0o755)
    return path, mark


@pytest.mark.parametrize(
    "args", [["vis", "symptomer"], ["time"], ["søk", "heroin"], ["stoff", "opioider"], ["akutt"]]
)
def test_every_page_taller_than_the_terminal_is_paged(
    tmp_path: Path, terminal_env: dict[str, str], pager: tuple[Path, Path], args: list[str]
) -> None:
    program, mark = pager
    term = Terminal(args, {**terminal_env, "PAGER": str(program)}, tmp_path)
    assert term.finish() == 0
    assert mark.exists()


@pytest.mark.parametrize("flag", [["--ikke-bla"], ["--enkel"]])
@pytest.mark.parametrize("where", ["before", "after"])
def test_ikke_bla_and_plain_mode_never_page(
    tmp_path: Path, terminal_env: dict[str, str], pager: tuple[Path, Path], flag: list[str], where: str
) -> None:
    program, mark = pager
    args = [*flag, "vis", "symptomer"] if where == "before" else ["vis", "symptomer", *flag]
    term = Terminal(args, {**terminal_env, "PAGER": str(program)}, tmp_path)
    assert term.finish() == 0
    assert not mark.exists()
    assert "Symptomer" in term.text()


# --- root options anywhere ---------------------------------------------------------------------


@pytest.mark.parametrize("args", [["akutt"], ["vis", "symptomer"], ["sjekk", "--svar", "j,j,j,n,n,n,n"]])
def test_root_options_work_after_the_command_too(args: list[str]) -> None:
    before = invoke("--enkel", *args, env={"NO_COLOR": None, "FORCE_COLOR": "1"})
    after = invoke(*args, "--enkel", env={"NO_COLOR": None, "FORCE_COLOR": "1"})
    assert after.exit_code == before.exit_code == 0
    assert after.stdout == before.stdout
    assert "\x1b[" not in after.stdout


def test_after_a_double_dash_a_root_option_is_a_word_to_search_for() -> None:
    result = invoke("søk", "--", "--enkel", "abstinenser")
    assert result.exit_code in (0, 1)
    assert "«--enkel abstinenser»" in flat(result.stdout + result.stderr)


# --- help ------------------------------------------------------------------------------------


def test_root_help_shows_each_command_whole_and_an_example_for_each() -> None:
    result = invoke("-h", env={"COLUMNS": "80"})
    assert result.exit_code == 0
    text = flat(result.stdout)
    assert not re.search(r"[a-zæøå]\.\.\.", result.stdout), "a description cut short with «...»"
    assert "hva du kan spørre om, og hva legen kan spørre om." in text
    assert "for deg selv eller for en du er bekymret for." in text
    for lines in EXAMPLES.values():
        assert re.search(rf"^\s+{re.escape(lines[0])}$", result.stdout, re.MULTILINE), lines[0]


@pytest.mark.parametrize("command", sorted(EXAMPLES))
def test_each_commands_help_has_its_examples(command: str) -> None:
    result = invoke(command, "-h")
    assert result.exit_code == 0
    assert re.search(r"^\s+(Eksempel|Eksempler):$", result.stdout, re.MULTILINE)
    for line in EXAMPLES[command]:
        assert f"    {line}\n" in result.stdout


@pytest.mark.parametrize("args", [[], ["vis"], ["søk"], ["sok"], ["fullføring"]])
def test_hjelp_is_the_same_as_h(args: list[str]) -> None:
    asked = invoke("hjelp", *args)
    assert asked.exit_code == 0
    assert asked.stdout == invoke(*args, "-h").stdout


def test_hjelp_for_an_unknown_command_suggests_one() -> None:
    result = invoke("hjelp", "vsi")
    assert result.exit_code == 2
    assert result.stderr.startswith("Feil: Ingen kommando heter «vsi».")
    assert "Mente du «vis»?" in result.stderr
