"""Shared test setup: a predictable terminal for every test, the fixed print day, golden files."""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import PRINT_DAY
from rusinfo import dates

GOLDEN = Path(__file__).parent / "data" / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Write the golden files in tests/data/golden anew from what the tests render.",
    )


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fixed width and no colour, whatever terminal the tests run in."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("LINES", "40")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("ACCESSIBLE", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today is PRINT_DAY: every checklist says it was printed then."""
    monkeypatch.setattr(dates, "today", lambda: PRINT_DAY)


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare a rendered page with tests/data/golden/NAME.txt; `--update-golden` writes it."""
    update = bool(request.config.getoption("--update-golden"))

    def check(name: str, text: str) -> None:
        path = GOLDEN / f"{name}.txt"
        if update:
            path.write_text(text, encoding="utf-8")
        expected = path.read_text(encoding="utf-8") if path.exists() else ""
        if text != expected:
            diff = "".join(
                difflib.unified_diff(
                    expected.splitlines(keepends=True), text.splitlines(keepends=True), str(path), "rendered"
                )
            )
            pytest.fail(f"{name} differs from its golden file (refresh with --update-golden):\n{diff}")

    return check


@pytest.fixture
def terminal_env(tmp_path: Path) -> dict[str, str]:
    """The environment for a run in a pseudo-terminal (`helpers.Terminal`): a fresh home, no colour."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "COLUMNS", "LINES"))}
    env.update(HOME=str(home), TERM="xterm-256color", NO_COLOR="1", LANG="C.UTF-8")
    env.pop("ACCESSIBLE", None)
    return env
