"""Run every rusinfo command against hostile streams, widths, arguments and files.

Each run is a whole process (`python -m rusinfo`) with a 5 s limit; the script reports every
run that ends in a traceback, hangs, uses more than 100 MiB, or ends in exit 0 although its
output could not be written. Not part of the test suite (it takes a minute); the tests cover
each class with a few cases, this covers every command against each class:

    python tools/hostile.py            # failures only
    python tools/hostile.py --all      # every run
"""

from __future__ import annotations

import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

LIMIT_SECONDS = 5.0
LIMIT_MIB = 100.0
ANSWERS = "ja,nei,vet-ikke,nei,nei,nei,nei"

COMMANDS: list[list[str]] = [
    [],
    ["--help"],
    ["vis"],
    ["vis", "symptomer"],
    ["vis", "alle"],
    ["vis", "symptomer", "--json"],
    ["stoff"],
    ["stoff", "heroin"],
    ["stoff", "--json"],
    ["søk", "metadon"],
    ["søk", "metadon", "--json"],
    ["akutt"],
    ["akutt", "--json"],
    ["kilder"],
    ["time"],
    ["time", "--skriv-ut"],
    ["sjekk"],
    ["sjekk", "--svar", ANSWERS],
    ["sjekk", "--svar", ANSWERS, "--json"],
    ["fullføring", "bash"],
]


@dataclass
class Case:
    name: str
    args: list[str]
    env: dict[str, str | None] = field(default_factory=dict)
    stdout: str = "pipe"
    """pipe, full (/dev/full), closed, read-only"""
    stdin: str = "null"
    """null or closed"""
    writes_output: bool = True
    """Whether exit 0 must mean that something was written to stdout."""
    must_show: str = ""
    """Text that must stand whole in the output, such as the emergency number."""


@dataclass
class Outcome:
    case: Case
    code: int | None
    seconds: float
    mib: float
    stdout: bytes
    stderr: bytes

    def problems(self) -> list[str]:
        found = []
        if self.code is None:
            found.append(f"hangs over {LIMIT_SECONDS:.0f} s")
        if b"Traceback" in self.stderr:
            found.append("traceback")
        if self.mib > LIMIT_MIB:
            found.append(f"{self.mib:.0f} MiB")
        if self.case.stdout != "pipe" and self.case.writes_output and self.code == 0:
            found.append("exit 0 though nothing could be written")
        if self.code is not None and self.code < 0:
            found.append(f"killed by signal {-self.code}")
        if (
            self.case.stdout == "pipe"
            and self.case.writes_output
            and self.code == 0
            and not self.stdout.strip()
        ):
            found.append("exit 0 and an empty page")
        if self.case.must_show and self.case.must_show.encode() not in self.stdout:
            found.append(f"«{self.case.must_show}» not whole")
        errors = self.stderr.decode(errors="replace")
        if any(line.startswith("Feil: falsk") for line in errors.splitlines()):
            found.append("a typed line break starts a line of its own")
        if len(errors) > 4000:
            found.append(f"{len(errors)} characters on stderr")
        return found


def cases(folder: Path) -> Iterator[Case]:
    for args in COMMANDS:
        label = " ".join(args) or "(ingen)"
        silent = args[:1] == ["sjekk"] and len(args) == 1
        emergency = "113" if args in (["akutt"], ["vis", "symptomer"], ["sjekk", "--svar", ANSWERS]) else ""
        for stdout in ("full", "closed", "read-only"):
            yield Case(f"{label} > {stdout}", args, stdout=stdout, writes_output=not silent)
        for columns in ("0", "-3", "abc", "1", "10", "13", "99999", "9" * 30):
            yield Case(
                f"{label} COLUMNS={columns}",
                args,
                env={"COLUMNS": columns},
                writes_output=not silent,
                must_show=emergency,
            )
        yield Case(f"{label} LINES=0", args, env={"LINES": "0"}, writes_output=not silent)
        yield Case(
            f"{label} C locale",
            args,
            env={"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"},
            writes_output=not silent,
        )
        yield Case(f"{label} ACCESSIBLE=0", args, env={"ACCESSIBLE": "0"}, writes_output=not silent)
        yield Case(f"{label} stdin closed", args, stdin="closed", writes_output=not silent)
    for text in ("x" * 100_000, "a\nFeil: falsk linje", "\udcff" * 3, "ø" * 1000):
        for command in (["vis"], ["stoff"], ["søk"], ["sjekk", "--svar"], ["time", "--fil"]):
            yield Case(f"{' '.join(command)} {text[:12]!r}…", [*command, text], writes_output=False)
    os.mkfifo(folder / "fifo")
    (folder / "mappe").mkdir()
    (folder / "fil.md").write_text("original\n")
    (folder / "lenke.md").symlink_to(folder / "fil.md")
    for target in (
        "~finnesikkebruker/x.md",
        str(folder / "fifo"),
        str(folder / "mappe"),
        str(folder / "mappe") + "/",
        str(folder / "ny.md") + "/",
        str(folder / "finnes-ikke" / "x.md"),
        "/dev/full",
        "/proc/version",
        str(folder / "lenke.md"),
        str(folder / "fil.md"),
    ):
        for overwrite in ([], ["--overskriv"]):
            yield Case(
                f"time --fil {target} {' '.join(overwrite)}",
                ["time", "--fil", target, *overwrite],
                writes_output=False,
            )
    for variables in (
        {"_RUSINFO_COMPLETE": "complete_bash"},
        {"_RUSINFO_COMPLETE": "complete_bash", "COMP_WORDS": "rusinfo vis ", "COMP_CWORD": "x"},
        {"_RUSINFO_COMPLETE": "complete_bash", "COMP_WORDS": "rusinfo vis ", "COMP_CWORD": "99"},
        {"_RUSINFO_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "rusinfo 'vis"},
        {"_RUSINFO_COMPLETE": "complete_fish", "_TYPER_COMPLETE_ARGS": 'rusinfo "stoff'},
        {"_RUSINFO_COMPLETE": "ukjent"},
        {"_RUSINFO_COMPLETE": "source_tcsh"},
    ):
        yield Case(f"completion {variables}", [], env=dict(variables), writes_output=False)


def run(case: Case, folder: Path) -> Outcome:
    env = {k: v for k, v in os.environ.items() if k not in case.env}
    env.update({k: v for k, v in case.env.items() if v is not None})
    env["HOME"] = str(folder)
    script = (
        "import os, sys\n"
        f"mode = {case.stdout!r}\n"
        "if mode == 'closed': os.close(1)\n"
        "elif mode == 'full': os.dup2(os.open('/dev/full', os.O_WRONLY), 1)\n"
        "elif mode == 'read-only': os.dup2(os.open('/dev/null', os.O_RDONLY), 1)\n"
        f"if {case.stdin == 'closed'}: os.close(0)\n"
        "os.execv(sys.executable, [sys.executable, '-m', 'rusinfo', *sys.argv[1:]])\n"
    )
    args = [os.fsencode(a) if "\udcff" in a else a for a in case.args]
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=folder,
    )
    try:
        stdout, stderr = process.communicate(timeout=LIMIT_SECONDS)
        code: int | None = process.returncode
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
        code = None
    seconds = time.perf_counter() - start
    mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return Outcome(case, code, seconds, mib, stdout, stderr)


def main() -> int:
    show_all = "--all" in sys.argv
    failures = 0
    total = 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for case in cases(folder):
            # Peak memory of children is a running maximum: measure each run in its own child.
            outcome = _isolated(case, folder)
            total += 1
            problems = outcome.problems()
            failures += bool(problems)
            if problems or show_all:
                first = outcome.stderr.decode(errors="replace").strip().splitlines()[-1:] or [""]
                verdict = ", ".join(problems) or "ok"
                print(
                    f"{verdict:<40} exit {outcome.code!s:>4} {outcome.seconds:5.2f} s {outcome.mib:5.1f} MiB"
                    f"  {case.name[:70]}  | {first[0][:100]}"
                )
    print(f"\n{total} runs, {failures} with problems")
    return 1 if failures else 0


def _isolated(case: Case, folder: Path) -> Outcome:
    """`run` in a forked child, so that the peak memory reported is this run's alone."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        outcome = run(case, folder)
        with os.fdopen(write, "wb") as pipe:
            pickle.dump(outcome, pipe)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        result: Outcome = pickle.load(pipe)
    os.waitpid(pid, 0)
    return result


if __name__ == "__main__":
    sys.exit(main())
