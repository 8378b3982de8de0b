"""Make the standard streams safe for Norwegian text, whatever the terminal or pipe can carry."""

from __future__ import annotations

import codecs
import signal
import sys
from typing import TextIO

# What a character becomes on a stream that cannot carry it: Norwegian letters as they are
# usually written without them, typographic marks as their ASCII look-alikes.
_FALLBACK = str.maketrans(
    {"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "å": "a", "Å": "A", "é": "e", "ü": "u"}
    | dict.fromkeys("«»“”", '"')
    | dict.fromkeys("‘’", "'")
    | {"–": "-", "—": "-", "…": "...", "•": "*"}
)
ERRORS = "rusinfo-erstatt"


def _replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    replaced = bad.translate(_FALLBACK)
    return "".join(c if c.isascii() else "?" for c in replaced), error.end


def prepare(*streams: TextIO) -> None:
    """Let `streams` write any text: what their encoding lacks is replaced, never an error."""
    try:
        codecs.lookup_error(ERRORS)
    except LookupError:
        codecs.register_error(ERRORS, _replace)
    for stream in streams or (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if encoding.startswith("utf") or not hasattr(stream, "reconfigure"):
            continue
        try:
            stream.reconfigure(errors=ERRORS)
        except (ValueError, OSError):
            continue


def _interrupted(signum: int, frame: object) -> None:
    sys.stderr.write("\nAvbrutt.\n")
    raise SystemExit(130)


def exit_quietly_on_ctrl_c() -> None:
    """Ctrl-C outside a prompt ends the run with «Avbrutt.» and exit code 130, never a traceback.

    Prompts read Ctrl-C as a key in raw mode, so `rusinfo sjekk` still handles it itself.
    """
    signal.signal(signal.SIGINT, _interrupted)
