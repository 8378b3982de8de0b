"""Run the README's two «Kom i gang» commands, as they are written, on a clean copy of the project
with the system's own Python (/usr/bin/python3), not the Python of a virtual environment.

    python tools/readme_install.py                    # /usr/bin/python3
    python tools/readme_install.py --python python3.12
    python tools/readme_install.py --keep             # keep the scratch folder and say where

The README's quick start must work on a current Linux, where the system's pip refuses to
install (PEP 668, «externally-managed-environment»). This script takes the two commands from
the README's own text (the two code blocks under «Kom i gang»: install and run, then install
the test extras and run the tests), copies the files git knows in the working tree (tracked
and new, not ignored; the way `git archive` would, but with uncommitted changes) into a
scratch folder, and runs the commands there with `sh`, `python3` on PATH being the chosen
Python and no virtual environment active. It prints each command and how long it took, and
stops with exit code 1 at the first one that fails. Then it checks that `man rusinfo` finds
the page the wheel installed, with the environment's bin folder on PATH (as after
`. .venv/bin/activate`). It needs the network (PyPI), and takes about a minute.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SECTION = "Kom i gang"

_DROPPED = {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUSERBASE", "MANPATH"}
"""Variables that would make the commands use something else than a fresh install would."""

_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def readme_commands(text: str) -> list[str]:
    """The code blocks of the README's «Kom i gang» section: exactly two, install and test."""
    match = re.search(rf"^## {re.escape(SECTION)}\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    if match is None:
        raise SystemExit(f"Fant ikke avsnittet «## {SECTION}» i README.md.")
    blocks = [block.strip() for block in _FENCE.findall(match[1])]
    if len(blocks) != 2 or not all(blocks):
        raise SystemExit(
            f"Avsnittet «{SECTION}» i README.md skal ha nøyaktig to kodeblokker (installer og kjør, "
            f"installer testavhengighetene og kjør testene), men har {len(blocks)}."
        )
    return blocks


def copy_project(target: Path) -> int:
    """The files git knows in the working tree, tracked or new (not ignored), copied to `target`."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        raise SystemExit(f"Trenger git for å vite hvilke filer som hører til prosjektet: {error}") from None
    count = 0
    for name in sorted({os.fsdecode(raw) for raw in listed.split(b"\0") if raw}):
        source = ROOT / name
        if not source.is_file():  # deleted in the working tree, or a submodule
            continue
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination)
        count += 1
    return count


def clean_environment(python: Path, shim: Path) -> dict[str, str]:
    """The user's environment without an active virtual environment, `python3` being `python`."""
    shim.mkdir()
    (shim / "python3").symlink_to(python)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in _DROPPED and not key.startswith("PYTEST_")
    }
    virtual_env = os.environ.get("VIRTUAL_ENV")
    paths = [
        entry
        for entry in os.environ.get("PATH", os.defpath).split(os.pathsep)
        if entry and not (virtual_env and Path(entry).resolve().is_relative_to(Path(virtual_env).resolve()))
    ]
    env["PATH"] = os.pathsep.join([str(shim), *paths])
    return env


def run(command: str, cwd: Path, env: dict[str, str]) -> float:
    """Run `command` with sh in `cwd`, its output straight to the terminal; the seconds it took."""
    print(f"\n$ {command}", flush=True)
    start = time.monotonic()
    done = subprocess.run(["sh", "-c", command], cwd=cwd, env=env, check=False)
    seconds = time.monotonic() - start
    if done.returncode != 0:
        print(f"\nFEILET (avslutningskode {done.returncode}, {seconds:.1f} s): {command}", file=sys.stderr)
        raise SystemExit(1)
    print(f"--> gikk bra på {seconds:.1f} s", flush=True)
    return seconds


def check_man(project: Path, env: dict[str, str]) -> str:
    """Where `man rusinfo` finds the page with the environment's bin folder first on PATH."""
    if shutil.which("man") is None:
        return "man er ikke installert; sjekken av «man rusinfo» er hoppet over"
    bin_dir = project / ".venv" / "bin"
    activated = dict(env, PATH=os.pathsep.join([str(bin_dir), env["PATH"]]))
    expected = project / ".venv" / "share" / "man" / "man1" / "rusinfo.1"
    where = subprocess.run(["man", "-w", "rusinfo"], env=activated, capture_output=True, text=True)
    if where.returncode != 0 or Path(where.stdout.strip()) != expected:
        found = where.stdout.strip() or where.stderr.strip()
        print(f"\nFEILET: «man -w rusinfo» fant {found!r}, ventet {expected}", file=sys.stderr)
        raise SystemExit(1)
    shown = subprocess.run(["man", "rusinfo"], env=dict(activated, MANPAGER="cat"), capture_output=True)
    page = re.sub(".\b", "", shown.stdout.decode("utf-8", "replace"))  # bold and underline as overstrikes
    if shown.returncode != 0 or "MILJØVARIABLER" not in page:
        print(
            f"\nFEILET: «man rusinfo» viste ikke siden: {shown.stderr.decode('utf-8', 'replace')}",
            file=sys.stderr,
        )
        raise SystemExit(1)
    return f"«man rusinfo» fant {expected.relative_to(project)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Kjør README-ens to kommandoer i en ren kopi av prosjektet.")
    parser.add_argument("--python", default="/usr/bin/python3", help="Python-en som skal brukes")
    parser.add_argument("--keep", action="store_true", help="behold den midlertidige mappen")
    args = parser.parse_args(argv)

    found = shutil.which(args.python)
    if found is None:
        print(f"Fant ikke {args.python}.", file=sys.stderr)
        return 1
    python = Path(found).absolute()
    asked = [str(python), "-c", "import platform; print(platform.python_version())"]
    version = subprocess.run(asked, capture_output=True, text=True, check=True).stdout.strip()
    commands = readme_commands(README.read_text(encoding="utf-8"))

    scratch = Path(tempfile.mkdtemp(prefix="rusinfo-readme-"))
    try:
        project = scratch / "rusinfo"
        count = copy_project(project)
        env = clean_environment(python, scratch / "bin")
        print(f"{count} filer kopiert til {project}")
        print(f"python3 er {python} (Python {version}), uten aktivt virtuelt miljø")
        timings = [(command, run(command, project, env)) for command in commands]
        man = check_man(project, env)
        print("\nREADME-ens kommandoer, kjørt med", python)
        for command, seconds in timings:
            print(f"  {seconds:6.1f} s  {command}")
        print(f"  totalt {sum(s for _, s in timings):.1f} s; {man}")
    finally:
        if args.keep:
            print(f"Den midlertidige mappen er beholdt: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
