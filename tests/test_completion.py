"""Tab completion, driven the way the shells drive it: environment variables, then the answer."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rusinfo import completion
from rusinfo.cli import app
from rusinfo.content import load
from rusinfo.lookup import find_section, find_substance

runner = CliRunner()


def bash(line: str) -> list[str]:
    """What bash gets back for `line` (the last word is the one being completed)."""
    words = line.split(" ")
    env = {"_RUSINFO_COMPLETE": "complete_bash", "COMP_WORDS": line, "COMP_CWORD": str(len(words) - 1)}
    result = runner.invoke(app, [], env=env, prog_name="rusinfo")
    assert result.exit_code == 0, result.output
    return [w for w in result.stdout.splitlines() if w]


def zsh(line: str) -> str:
    env = {"_RUSINFO_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": line}
    result = runner.invoke(app, [], env=env, prog_name="rusinfo")
    assert result.exit_code == 0, result.output
    return result.stdout


def fish(line: str) -> list[str]:
    env = {
        "_RUSINFO_COMPLETE": "complete_fish",
        "_TYPER_COMPLETE_ARGS": line,
        "_TYPER_COMPLETE_FISH_ACTION": "get-args",
    }
    result = runner.invoke(app, [], env=env, prog_name="rusinfo")
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_commands() -> None:
    offered = bash("rusinfo ")
    assert {"vis", "stoff", "akutt", "søk", "fullføring"} <= set(offered)
    assert "sok" not in offered, "hidden ASCII names are not offered"
    assert "fullforing" not in offered
    assert {"stoff", "søk"} <= set(bash("rusinfo s"))
    assert bash("rusinfo v") == ["vis"]


def test_section_ids_and_alle() -> None:
    offered = bash("rusinfo vis ")
    assert "alle" in offered
    assert {s.id for s in load().sections} <= set(offered)
    assert bash("rusinfo vis be") == ["behandling"]
    assert bash("rusinfo vis ar") == ["arsaker"]
    assert bash("rusinfo vis år") == ["årsaker"]
    assert bash("rusinfo vis Sym") == ["Symptomer"]


def test_substance_classes_and_drug_names() -> None:
    offered = set(bash("rusinfo stoff "))
    content = load()
    assert {c.id for c in content.substances} <= offered
    assert {n for c in content.substances for n in c.drug_names} <= offered
    assert bash("rusinfo stoff her") == ["heroin"]
    assert {"opioider", "opiater", "opium"} <= set(bash("rusinfo stoff op"))
    assert "losemiddel" in bash("rusinfo stoff lose"), "ASCII for «løsemiddel»"


def test_shells_for_fullforing_and_option_names() -> None:
    assert bash("rusinfo fullføring ") == ["bash", "zsh", "fish"]
    assert set(bash("rusinfo vis --")) == {"--json", "--help"}


def test_zsh_and_fish_show_norwegian_descriptions() -> None:
    assert '"heroin":"Opioider (narkotiske smertestillende)"' in zsh("rusinfo stoff hero")
    options = zsh("rusinfo vis -")
    assert '"--json":"Skriv ut som JSON, for skript."' in options
    assert '"-h":"Vis denne hjelpen og avslutt."' in options
    commands = fish("rusinfo ")
    assert "søk\tSøk etter ord i alt innholdet." in commands
    assert "vis\tVis en seksjon av artikkelen, hele..." in commands


@pytest.mark.parametrize(
    "incomplete", ["", "a", "ar", "å", "Å", "Ris", "abst", "lose", "HER", "englesto", "x"]
)
def test_every_candidate_names_what_it_completes(incomplete: str) -> None:
    content = load()
    for candidate, title in completion.sections(incomplete):
        assert candidate.startswith(incomplete)
        section = find_section(content, candidate)
        assert (section.title if section else "Hele artikkelen") == title
    for candidate, name in completion.substances(incomplete):
        assert candidate.startswith(incomplete)
        assert find_substance(content, candidate).substance.name == name


def test_one_name_is_offered_once() -> None:
    offered = [c for c, _ in completion.sections("")]
    assert "arsaker" in offered
    assert "Årsaker" not in offered, "the title is the same name as the id to the lookup"
    assert len(offered) == len(set(offered))
    assert [c for c, _ in completion.sections("Å")] == ["Årsaker"], "not «Ålle» for «alle»"


@pytest.mark.parametrize(
    ("shell", "marks"),
    [
        ("bash", ["_RUSINFO_COMPLETE=complete_bash", "complete -o default -F _rusinfo_completion rusinfo"]),
        (
            "zsh",
            ["#compdef rusinfo", "_RUSINFO_COMPLETE=complete_zsh", "compdef _rusinfo_completion rusinfo"],
        ),
        ("fish", ["complete --command rusinfo", "_RUSINFO_COMPLETE=complete_fish"]),
    ],
)
def test_fullforing_prints_the_script(shell: str, marks: list[str]) -> None:
    result = runner.invoke(app, ["fullføring", shell], prog_name="rusinfo")
    assert result.exit_code == 0
    for mark in marks:
        assert mark in result.stdout
    assert result.stderr == ""


def _installed() -> Path | None:
    script = Path(sys.executable).parent / "rusinfo"
    return script if script.exists() else None


@pytest.mark.skipif(
    shutil.which("bash") is None or _installed() is None, reason="needs bash and the rusinfo script"
)
@pytest.mark.parametrize(
    ("line", "expected"),
    [("rusinfo vis beh", ["behandling"]), ("rusinfo stoff hero", ["heroin"]), ("rusinfo sø", ["søk"])],
)
def test_bash_completes_through_the_script_it_is_given(line: str, expected: list[str]) -> None:
    """The whole way: bash sources `rusinfo fullføring bash`, then asks the installed command."""
    installed = _installed()
    assert installed is not None
    env = dict(os.environ, PATH=f"{installed.parent}{os.pathsep}{os.environ['PATH']}")
    program = (
        'source <(rusinfo fullføring bash); read -ra COMP_WORDS <<< "$1"; '
        "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _rusinfo_completion rusinfo; "
        'printf "%s\\n" "${COMPREPLY[@]}"'
    )
    done = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", program, "_", line],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == expected
