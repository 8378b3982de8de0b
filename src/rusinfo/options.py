"""The display choices for a whole run, from the root options and the environment."""

from __future__ import annotations

import os
from typing import NamedTuple

_OFF = frozenset({"", "0", "false", "no", "nei", "off"})

MIN_COLUMNS = 20
"""Narrower than this, pages are still set 20 wide: a number to call is never cut in two."""
MAX_COLUMNS = 500
"""Wider than this is a mistake, not a screen: Rich would spend minutes on a huge COLUMNS."""
DEFAULT_COLUMNS = 80


class Options(NamedTuple):
    """Carried in the Typer context (`ctx.obj`), so that every page and every error sees them."""

    simple: bool = False
    """Plain mode for screen readers and braille displays: no boxes, decoration or colour."""
    width: int = DEFAULT_COLUMNS
    """The width pages are set to, decided once by `columns`."""
    pager: bool = True
    """False with `--ikke-bla`: no page goes through the pager."""

    @classmethod
    def from_environment(cls, *, simple: bool = False, pager: bool = True) -> Options:
        """`--enkel`, or ACCESSIBLE set to anything but an «off» word such as 0 or false;
        the width from COLUMNS or the terminal."""
        accessible = os.environ.get("ACCESSIBLE", "").strip().lower() not in _OFF
        width = columns(os.environ.get("COLUMNS"), _terminal_columns())
        return cls(simple=simple or accessible, width=width, pager=pager)


def columns(setting: str | None, terminal: int | None) -> int:
    """The one width rule for every page: COLUMNS when it is a positive whole number, else the
    terminal's width, else 80; then kept between MIN_COLUMNS and MAX_COLUMNS."""
    text = (setting or "").strip()
    chosen = 0
    if text.isascii() and text.isdigit():
        # int() refuses numbers of more than 4300 digits; anything over six is too wide anyway.
        chosen = int(text) if len(text) <= 6 else MAX_COLUMNS
    width = chosen or terminal or DEFAULT_COLUMNS
    return max(MIN_COLUMNS, min(MAX_COLUMNS, width))


def _terminal_columns() -> int | None:
    """The width of the first standard stream that is a terminal (as Rich looks for one)."""
    for descriptor in (1, 2, 0):
        try:
            width = os.get_terminal_size(descriptor).columns
        except (OSError, ValueError):
            continue
        if width > 0:
            return width
    return None
