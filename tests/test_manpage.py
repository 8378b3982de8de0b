"""The man page: the committed man/rusinfo.1 is what tools/manpage.py writes from today's help
texts, it is valid roff, and the wheel installs it where `man rusinfo` finds it."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
import typer.main

from rusinfo.cli import app

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "man" / "rusinfo.1"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("manpage", ROOT / "tools" / "manpage.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_page_is_the_generated_one() -> None:
    page = _generator().render()
    committed = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
    assert committed == page, (
        "man/rusinfo.1 no longer matches the help texts: run `python tools/manpage.py` and commit it"
    )


def test_every_command_and_option_is_on_the_page() -> None:
    page = PAGE.read_text(encoding="utf-8").replace("\\-", "-")
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    for name, command in group.commands.items():
        if command.hidden:
            continue
        assert f".SS rusinfo {name} " in page or f".SS rusinfo {name}\n" in page, name
        for param in command.params:
            for opt in getattr(param, "opts", []):
                assert opt in page or param.param_type_name == "argument", (name, opt)
    for heading in ("NAVN", "SYNOPSIS", "BESKRIVELSE", "KOMMANDOER", "VALG", "MILJØVARIABLER"):
        assert f"\n.SH {heading}\n" in page
    for heading in ("AVSLUTNINGSKODER", "PERSONVERN", "KILDER", "SE OGSÅ"):
        assert f"\n.SH {heading}\n" in page
    for variable in ("NO_COLOR", "ACCESSIBLE", "PAGER", "LESS", "COLUMNS"):
        assert f"\\fB{variable}\\fR" in page


@pytest.mark.skipif(shutil.which("groff") is None, reason="needs groff (Debian: groff-base)")
def test_the_page_is_valid_roff() -> None:
    """groff with every warning on says nothing, and the page reads as Norwegian text."""
    done = subprocess.run(
        ["groff", "-man", "-Tutf8", "-k", "-ww", str(PAGE)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    assert done.stderr.decode() == ""
    text = re.sub(".\b", "", done.stdout.decode())  # bold and underline as overstrikes
    assert "MILJØVARIABLER" in text
    assert "rusinfo søk" in text
    assert "Ã" not in text, "UTF-8 read as Latin-1"


def test_the_wheel_installs_the_page_for_man() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shared = config["tool"]["hatch"]["build"]["targets"]["wheel"]["shared-data"]
    assert shared == {"man/rusinfo.1": "share/man/man1/rusinfo.1"}
    assert {"man", "tools"} <= set(config["tool"]["hatch"]["build"]["targets"]["sdist"]["include"])
