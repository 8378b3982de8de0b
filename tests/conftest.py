"""Shared test setup: a predictable terminal for every test."""

from __future__ import annotations

import pytest

from helpers import PRINT_DAY
from rusinfo import dates


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
