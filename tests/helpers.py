"""What the test files share: rusinfo run in-process and as a whole process, a screen to render
pages on, and the checklist's fixed day."""

from __future__ import annotations

import datetime
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pexpect
from rich.console import Console
from typer.testing import CliRunner, Result

from rusinfo.cli import app
from rusinfo.content import DATA_DIR
from rusinfo.render.screen import THEME, Screen

PRINT_DAY = datetime.date(2026, 11, 26)
"""The date every checklist in the tests is printed on (the `fixed_day` fixture)."""

TICK_LISTS = ("forberedelser", "sporsmal-til-legen")
"""The article's lists that the checklist shows with a box to tick for each item."""

DOCTOR_LIST = "legens-sporsmal"
"""The article's list of the doctor's questions, each with a line for the answer."""

FIXTURE_CONTENT = Path(__file__).parent / "data" / "innhold"
"""A small content in the real format, for golden screens that wording edits do not churn."""


def invoke(
    *args: str, input: str | None = None, charset: str = "utf-8", env: dict[str, str | None] | None = None
) -> Result:
    """`rusinfo ARGS` in this process, as a user runs it; each `env` value set, or removed if None.

    `catch_exceptions=False`: a crash fails the test with its traceback, not as `1 == 0`.
    """
    runner = CliRunner(charset=charset)
    return runner.invoke(app, list(args), prog_name="rusinfo", catch_exceptions=False, input=input, env=env)


def run(*args: str, **env: str | None) -> tuple[int, str, str]:
    """`rusinfo ARGS` in this process: (exit code, stdout, stderr)."""
    result = invoke(*args, env=env)
    return result.exit_code, result.stdout, result.stderr


def copy_data(folder: Path) -> Path:
    """A copy of the packaged data files in `folder`, to break on purpose."""
    for item in Path(str(DATA_DIR)).glob("*.toml"):
        shutil.copy(item, folder / item.name)
    return folder


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces as single spaces, to find wrapped sentences."""
    return " ".join(text.split())


def screen(width: int = 100, *, terminal: bool = False, simple: bool = False) -> tuple[Screen, io.StringIO]:
    """A screen that renders into a string: plain text, or ANSI as in a terminal."""
    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        force_terminal=terminal,
        color_system="standard" if terminal and not simple else None,
        theme=THEME,
        highlight=False,
        emoji=False,
    )
    return Screen(console, simple), out


def run_process(
    args: list[str], timeout: float = 60, **env: str | None
) -> subprocess.CompletedProcess[bytes]:
    """`python -m rusinfo ARGS` as a whole process; each `env` value is set, or removed if None.

    Only where a process is the point: signals, closed pipes, real encodings of real streams.
    """
    environment = {k: v for k, v in os.environ.items() if k not in env}
    environment.update({k: v for k, v in env.items() if v is not None})
    return subprocess.run(
        [sys.executable, "-m", "rusinfo", *args],
        capture_output=True,
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        check=False,
    )


CURSOR_POSITION_REQUEST = re.escape("\x1b[6n")


class Terminal:
    """A child process in a pseudo-terminal (24x80 unless told) that answers cursor position
    requests, as a terminal does."""

    def __init__(
        self, args: list[str], env: dict[str, str], cwd: Path, dimensions: tuple[int, int] = (24, 80)
    ) -> None:
        self.screen = io.StringIO()
        self.dimensions = dimensions
        self.child = pexpect.spawn(
            sys.executable,
            ["-m", "rusinfo", *args],
            dimensions=dimensions,
            env=env,
            cwd=str(cwd),
            encoding="utf-8",
            timeout=20,
        )
        self.child.logfile_read = self.screen

    def expect(self, pattern: str) -> None:
        while self.child.expect([re.escape(pattern), CURSOR_POSITION_REQUEST]) == 1:
            self.child.send("\x1b[1;1R")

    def type(self, keys: str) -> None:
        self.child.send(keys)

    def finish(self) -> int:
        self.child.expect(pexpect.EOF)
        self.child.close()
        return int(self.child.exitstatus)

    def display(self) -> list[str]:
        """What the terminal shows now, line by line, as a terminal emulator draws the output."""
        import pyte

        rows, columns = self.dimensions
        screen = pyte.Screen(columns, rows)
        pyte.Stream(screen).feed(self.screen.getvalue())
        return [line.rstrip() for line in screen.display]

    def text(self) -> str:
        return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", self.screen.getvalue())


def browser() -> str | None:
    """Chromium, to print HTML to PDF (.ci/run installs it; tests that need it skip without it)."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Printed(NamedTuple):
    pages: int
    size: str
    """As pdfinfo says it: «594.96 x 841.92 pts (A4)»."""
    texts: tuple[str, ...]
    """The text of each page."""


def print_to_pdf(page: Path) -> Printed:
    """An HTML file printed as headless Chromium prints it (no header or footer of its own)."""
    found = browser()
    assert found is not None
    pdf = page.with_suffix(".pdf")
    command = [
        found,
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={page.parent / ('profil-' + page.stem)}",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        page.as_uri(),
    ]
    subprocess.run(command, capture_output=True, timeout=180, check=True)
    info = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    pages = re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE)
    size = re.search(r"^Page size:\s+(.+)$", info, re.MULTILINE)
    assert pages is not None, info
    assert size is not None, info
    texts = tuple(
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
        for n in range(1, int(pages.group(1)) + 1)
    )
    return Printed(int(pages.group(1)), size.group(1).strip(), texts)


NO_PRINTER = browser() is None or shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None
"""Chromium or poppler-utils missing: the print tests skip (apt-get install chromium poppler-utils)."""
