"""Each command loads only what it uses: start-up time is paid per import.

Every case is a fresh interpreter (a module imported once stays imported), run through the
real entry point; pytest-xdist spreads the cases over the cores. The self-test's questions
are run in a pseudo-terminal, as a user meets them.

difflib is in no list: Typer imports it for every command (`typer.core` does
`from difflib import get_close_matches` at the top), and that cannot be avoided without
patching Typer. rusinfo itself never imports it at module level (ruff's banned imports in
pyproject.toml); `test_difflib_comes_from_typer` says so when that changes.
"""

import io
import re
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

SCREEN = ("rich", "rusinfo.render")
PROMPTS = ("questionary", "prompt_toolkit", "rusinfo.prompts")
SCREENING = ("rusinfo.screening", "rusinfo.screening_text")
JSON = ("json", "rusinfo.serialize")
RESOURCES = ("importlib.resources", "zipfile", "tempfile")
"""No command needs importlib.resources: the data folder is a plain path unless rusinfo is
imported from a zip file (content/__init__.py), and it costs about 7 ms."""
CONTENT = ("tomli", "tomllib", *RESOURCES)
"""Reading the content: help does not read it."""
STEMMER = ("snowballstemmer",)
"""Only `søk` stems words."""
ANSWERS = "ja,ja,ja,nei,nei,nei,nei"
FIRST_QUESTION = "Hvem gjelder det?"

CASES: list[tuple[list[str], tuple[str, ...]]] = [
    (["--help"], SCREEN + PROMPTS + SCREENING + JSON + CONTENT + STEMMER),
    (["vis", "--help"], SCREEN + PROMPTS + SCREENING + JSON + CONTENT + STEMMER),
    (["vis", "symptomer"], PROMPTS + SCREENING + JSON + STEMMER + RESOURCES),
    (["stoff", "heroin"], PROMPTS + SCREENING + JSON + STEMMER + RESOURCES),
    (["søk", "metadon"], PROMPTS + SCREENING + JSON + RESOURCES),
    (["akutt"], PROMPTS + SCREENING + JSON + STEMMER + RESOURCES),
    (["vis", "symptomer", "--json"], SCREEN + PROMPTS + SCREENING + STEMMER + RESOURCES),
    (["stoff", "--json"], SCREEN + PROMPTS + SCREENING + STEMMER + RESOURCES),
    (["søk", "metadon", "--json"], SCREEN + PROMPTS + SCREENING + RESOURCES),
    (["akutt", "--json"], SCREEN + PROMPTS + SCREENING + STEMMER + RESOURCES),
    (["kilder", "--json"], SCREEN + PROMPTS + SCREENING + STEMMER + RESOURCES),
    (["time", "--json"], SCREEN + PROMPTS + SCREENING + STEMMER + RESOURCES),
    (["time", "--skriv-ut"], SCREEN + PROMPTS + SCREENING + JSON + STEMMER + RESOURCES),
    (["sjekk", "--svar", ANSWERS], PROMPTS + JSON + STEMMER + RESOURCES),
    (["sjekk", "--svar", ANSWERS, "--json"], SCREEN + PROMPTS + STEMMER + RESOURCES),
    # No terminal: the screening explains how to answer without questions, and asks nothing.
    (["sjekk"], PROMPTS + JSON + STEMMER + RESOURCES),
]

# Only `sys` besides what the command itself imports. With MARK_IMPORT=name, a line
# «[laster name]» is written to stdout when that module starts to load.
CHILD = """
import sys
from rusinfo.__main__ import main
sys.argv = ["rusinfo", *sys.argv[1:]]

class Mark:
    def find_spec(self, name, path=None, target=None):
        if name == MARK:
            sys.stdout.write(f"\\n[laster {name}]\\n")
            sys.stdout.flush()

MARK = __import__("os").environ.get("MARK_IMPORT")
if MARK:
    sys.meta_path.insert(0, Mark())
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\nMODULES " + " ".join(sys.modules) + "\\n")
"""


def loaded_modules(args: list[str]) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    _, _, modules = done.stderr.rpartition("\nMODULES ")
    assert modules, done.stderr
    return set(modules.split())


@pytest.mark.parametrize(("args", "unused"), CASES, ids=[" ".join(args) for args, _ in CASES])
def test_a_command_does_not_import_what_it_does_not_use(args: list[str], unused: tuple[str, ...]) -> None:
    modules = loaded_modules(args)
    assert sorted(m for m in modules if any(m == u or m.startswith(u + ".") for u in unused)) == []


def test_the_check_sees_an_import_when_there_is_one() -> None:
    modules = loaded_modules(["sjekk", "--svar", ANSWERS])
    assert {"rich", "rusinfo.render.screening", "rusinfo.screening"} <= modules


def test_search_loads_the_norwegian_stemmer_and_no_other_language() -> None:
    """The package's own __init__ imports every language it has (about 13 ms): search skips it."""
    stemmers = {m for m in loaded_modules(["søk", "metadon"]) if m.startswith("snowballstemmer")}
    assert "snowballstemmer.norwegian_stemmer" in stemmers
    assert not {m for m in stemmers if m.endswith("_stemmer") and m != "snowballstemmer.norwegian_stemmer"}
    assert "snowballstemmer" not in stemmers, "the stand-in package is taken away again"


# --- the self-test's questions, in a pseudo-terminal ---------------------------------------


def run_in_a_terminal(args: list[str], env: dict[str, str], cwd: Path) -> str:
    """`rusinfo ARGS` in a pseudo-terminal, stopped with Ctrl-C at its first question: all it wrote."""
    screen = io.StringIO()
    child = pexpect.spawn(
        sys.executable,
        ["-c", CHILD, *args],
        dimensions=(24, 80),
        env=env,
        cwd=str(cwd),
        encoding="utf-8",
        timeout=30,
    )
    child.logfile_read = screen
    # A terminal answers prompt_toolkit's question where the cursor is.
    while child.expect([re.escape(FIRST_QUESTION), re.escape("\x1b[6n")]) == 1:
        child.send("\x1b[1;1R")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    output = screen.getvalue().replace("\r\n", "\n")
    assert "Avbrutt" in output, output
    return output


@pytest.mark.parametrize(
    ("args", "unused"),
    [
        (["sjekk"], JSON + STEMMER + RESOURCES[:2]),  # prompt_toolkit itself loads tempfile
        (["--enkel", "sjekk"], PROMPTS + JSON + STEMMER + RESOURCES),
    ],
    ids=["piltaster", "enkel"],
)
def test_the_questions_load_only_what_they_use(
    args: list[str], unused: tuple[str, ...], terminal_env: dict[str, str], tmp_path: Path
) -> None:
    output = run_in_a_terminal(args, terminal_env, tmp_path)
    _, _, listed = output.rpartition("\nMODULES ")
    modules = set(listed.split())
    assert "rusinfo.interview" in modules, output
    assert sorted(m for m in modules if any(m == u or m.startswith(u + ".") for u in unused)) == []
    assert ("questionary" in modules) == (args == ["sjekk"])


def test_the_intro_is_on_screen_before_questionary_loads(
    terminal_env: dict[str, str], tmp_path: Path
) -> None:
    """The arrow keys' prompts take as long to load as the rest of the start: the user reads the
    intro meanwhile (README, «Oppstartstid»)."""
    output = run_in_a_terminal(["sjekk"], {**terminal_env, "MARK_IMPORT": "questionary"}, tmp_path)
    intro = output.index("Sjekk: kriterier for avhengighet")
    assert intro < output.index("[laster questionary]") < output.index(FIRST_QUESTION)


def test_difflib_comes_from_typer() -> None:
    """If this fails, Typer no longer imports difflib by itself: add it to the lists above."""
    done = subprocess.run(
        [sys.executable, "-c", "import sys, typer; print('difflib' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "True"
