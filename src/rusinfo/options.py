"""The display choices a user makes for a whole run, from the root options and the environment."""

from __future__ import annotations

import os
from typing import NamedTuple

_OFF = frozenset({"", "0", "false", "no", "nei", "off"})


class Options(NamedTuple):
    """Carried in the Typer context (`ctx.obj`), so that every page and every error sees them."""

    simple: bool = False
    """Plain mode for screen readers and braille displays: no boxes, decoration or colour."""

    @classmethod
    def from_environment(cls, *, simple: bool = False) -> Options:
        """`--enkel`, or ACCESSIBLE set to anything but an «off» word such as 0 or false."""
        return cls(simple=simple or os.environ.get("ACCESSIBLE", "").strip().lower() not in _OFF)
