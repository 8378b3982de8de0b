"""Each command loads only what it uses: start-up time is paid per import.

Every case is a fresh interpreter (a module imported once stays imported), run through the
real entry point; pytest-xdist spreads the cases over the cores.
"""

import subprocess
import sys

import pytest

SCREEN = ("rich", "rusinfo.render")
PROMPTS = ("questionary", "prompt_toolkit", "rusinfo.prompts")
SCREENING = ("rusinfo.screening", "rusinfo.screening_text")
JSON = ("json", "rusinfo.serialize")
CONTENT = ("tomllib",)
STEMMER = ("snowballstemmer",)
"""Only `søk` stems words."""
ANSWERS = "ja,ja,ja,nei,nei,nei,nei"

CASES: list[tuple[list[str], tuple[str, ...]]] = [
    (["--help"], SCREEN + PROMPTS + SCREENING + JSON + CONTENT + STEMMER),
    (["vis", "--help"], SCREEN + PROMPTS + SCREENING + JSON + CONTENT + STEMMER),
    (["vis", "symptomer"], PROMPTS + SCREENING + JSON + STEMMER),
    (["stoff", "heroin"], PROMPTS + SCREENING + JSON + STEMMER),
    (["søk", "metadon"], PROMPTS + SCREENING + JSON),
    (["akutt"], PROMPTS + SCREENING + JSON + STEMMER),
    (["vis", "symptomer", "--json"], SCREEN + PROMPTS + SCREENING + STEMMER),
    (["stoff", "--json"], SCREEN + PROMPTS + SCREENING + STEMMER),
    (["søk", "metadon", "--json"], SCREEN + PROMPTS + SCREENING),
    (["akutt", "--json"], SCREEN + PROMPTS + SCREENING + STEMMER),
    (["kilder", "--json"], SCREEN + PROMPTS + SCREENING + STEMMER),
    (["time", "--skriv-ut"], SCREEN + PROMPTS + SCREENING + JSON + STEMMER),
    (["sjekk", "--svar", ANSWERS], PROMPTS + JSON + STEMMER),
    (["sjekk", "--svar", ANSWERS, "--json"], SCREEN + PROMPTS + STEMMER),
    # No terminal: the screening explains how to answer without questions, and asks nothing.
    (["sjekk"], PROMPTS + JSON + STEMMER),
]

# Only `sys` besides what the command itself imports.
CHILD = """
import sys
from rusinfo.__main__ import main
sys.argv = ["rusinfo", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\nMODULES " + " ".join(sys.modules))
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
