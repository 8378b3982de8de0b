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
from rusinfo.lookup import ALL, find_section, find_substance, section_names, substance_names
from rusinfo.names import fold

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


def test_nothing_typed_offers_each_section_once_in_norwegian_spelling() -> None:
    offered = bash("rusinfo vis ")
    sections = load().sections
    assert offered[0] == "alle"
    assert len(offered) == len(sections) + 1, "one name per section, not the aliases"
    assert [fold(name) for name in offered[1:]] == [fold(s.id) for s in sections]
    assert {"årsaker", "pårørende", "symptomer"} <= set(offered)
    assert not {"arsaker", "parorende", "tegn", "hvorfor"} & set(offered)


def test_typed_text_completes_in_the_users_spelling() -> None:
    assert bash("rusinfo vis be") == ["behandling"]
    assert bash("rusinfo vis ar") == ["arsaker"]
    assert bash("rusinfo vis år") == ["årsaker"]
    assert bash("rusinfo vis pa") == ["parorende"]
    assert bash("rusinfo vis Sym") == ["Symptomer"]
    assert bash("rusinfo vis hvor") == ["hvorfor"], "a prefix only an alias has completes to the alias"


def test_a_short_prefix_offers_each_section_once() -> None:
    offered = completion.sections("t")
    assert {"time", "tegn", "toleranse"} <= {name for name, _ in offered}
    assert "tenaringer" not in {name for name, _ in offered}, "«tegn» already leads to the symptoms"
    titles = [title for _, title in offered]
    assert len(titles) == len(set(titles)), offered


def test_nothing_typed_offers_each_substance_class_once() -> None:
    content = load()
    assert bash("rusinfo stoff ") == [c.id for c in content.substances]
    assert bash("rusinfo stoff op") == ["opioider"], "not «opiater» and «opium» too: the same class"
    assert bash("rusinfo stoff opiu") == ["opium"]
    assert bash("rusinfo stoff her") == ["heroin"]


def test_every_drug_name_completes_when_typed() -> None:
    content = load()
    for substance in content.substances:
        for name in substance.drug_names:
            offered = completion.substances(name)
            assert any(n == name or fold(n) == fold(name) for n, _ in offered) or offered == [
                (substance.id, substance.name)
            ], (name, offered)
            assert substance.name in {description for _, description in offered}, (name, offered)


def test_every_name_that_fits_when_fewer_would_mislead() -> None:
    """Two classes offered as «metamfetamin» and «metadon» would make Tab fill in «meta»,
    away from «meth» and «metylfenidat»: then all four are offered."""
    assert set(bash("rusinfo stoff met")) == {"metamfetamin", "meth", "metylfenidat", "metadon"}
    assert set(bash("rusinfo stoff lose")) == {"losemidler", "losemiddel"}, "ASCII for «løsemiddel»"
    assert bash("rusinfo stoff losemidd") == ["losemiddel"]
    assert set(bash("rusinfo stoff Xan")) == {"Xanor", "Xanax"}, "two drugs of one class"


def _every_name() -> list[tuple[str, str, str]]:
    """(kind, name, target) for every one-word name `vis` and `stoff` know."""
    content = load()
    names = [("vis", name, target) for name, target in [(ALL, ALL), *section_names(content)]]
    names += [("stoff", name, target) for name, target in substance_names(content)]
    return [(kind, name, target) for kind, name, target in names if " " not in name]


def test_tab_never_leads_away_from_a_name_being_typed() -> None:
    """For every name and every start of it: what the shell fills in (the one candidate, or
    what all candidates start with) is still the start of that name, or a name of the same
    section or class."""
    content = load()
    for kind, name, target in _every_name():
        complete = completion.sections if kind == "vis" else completion.substances
        for end in range(1, len(name) + 1):
            typed = name[:end]
            offered = [candidate for candidate, _ in complete(typed)]
            assert offered, (kind, typed)
            if len(offered) == 1:
                if kind == "vis":
                    found = find_section(content, offered[0])
                    assert (found.id if found else ALL) == target or fold(name).startswith(fold(offered[0]))
                else:
                    assert find_substance(content, offered[0]).substance.id == target or fold(
                        name
                    ).startswith(fold(offered[0]))
            else:
                assert fold(name).startswith(fold(completion.shared_start(offered))), (kind, typed, offered)


def test_ids_spelt_in_norwegian_are_offered_as_they_are() -> None:
    """If the ids get their æ, ø and å (`årsaker`), completion shows them and still takes ASCII."""
    targets = completion._targets(
        [("årsaker", "årsaker"), ("pårørende", "pårørende"), ("arsaker", "årsaker"), ("hvorfor", "årsaker")],
        {"årsaker": "Årsaker", "pårørende": "For pårørende"},
    )
    assert completion._candidates(targets, "") == [("årsaker", "Årsaker"), ("pårørende", "For pårørende")]
    assert completion._candidates(targets, "ar") == [("arsaker", "Årsaker")]
    assert completion._candidates(targets, "Å") == [("Årsaker", "Årsaker")]
    assert completion._candidates(targets, "pa") == [("parorende", "For pårørende")]
    assert completion._candidates(targets, "hv") == [("hvorfor", "Årsaker")]


def test_shells_for_fullforing_and_option_names() -> None:
    assert bash("rusinfo fullføring ") == ["bash", "zsh", "fish"]
    assert set(bash("rusinfo vis --")) == {"--json", "--fil", "--overskriv", "--help"}


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
    assert "årsaker" in offered
    assert "arsaker" not in offered
    assert "Årsaker" not in offered, "the title is the same name as the id to the lookup"
    assert len(offered) == len(set(offered))
    assert [c for c, _ in completion.sections("Å")] == ["Årsaker"], "not «Ålle» for «alle»"


@pytest.mark.parametrize(
    ("shell", "marks"),
    [
        ("bash", ["_RUSINFO_COMPLETE=complete_bash", "complete -o default -F _rusinfo_completion rusinfo"]),
        (
            "zsh",
            [
                "#compdef rusinfo",
                "_RUSINFO_COMPLETE=complete_zsh",
                completion.ZSH_COMPINIT + "compdef _rusinfo_completion rusinfo",
            ],
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


@pytest.mark.skipif(shutil.which("zsh") is None, reason="needs zsh")
@pytest.mark.parametrize("compinit", ["", "autoload -Uz compinit && compinit\n"])
def test_zsh_script_works_in_a_zshrc_with_or_without_compinit(tmp_path: Path, compinit: str) -> None:
    """The README's line, `rusinfo fullføring zsh >> ~/.zshrc`, in a new user's .zshrc (no
    compinit: «command not found: compdef» before) and in one that runs compinit itself."""
    script = runner.invoke(app, ["fullføring", "zsh"], prog_name="rusinfo").stdout
    (tmp_path / ".zshrc").write_text(compinit + script, encoding="utf-8")
    env = dict(os.environ, HOME=str(tmp_path), ZDOTDIR=str(tmp_path))
    done = subprocess.run(
        ["zsh", "-i", "-c", "print -r -- $_comps[rusinfo]"],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert "compdef" not in done.stderr, done.stderr
    assert done.stdout.strip() == "_rusinfo_completion"
