"""The process's streams, arguments, signals and pager: whatever the terminal, pipe or locale,
Norwegian text gets through, and output that cannot be written is said, never a traceback.

No Rich here: this is the plumbing under every page, and it runs before anything is drawn.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import gc
import io
import os
import re
import shlex
import signal
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple, NoReturn, TextIO

# What a character becomes on a stream that cannot carry it: Norwegian letters as they are
# usually written without them, typographic marks as their ASCII look-alikes.
_FALLBACK = str.maketrans(
    {"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "å": "a", "Å": "A", "é": "e", "ü": "u"}
    | dict.fromkeys("«»“”", '"')
    | dict.fromkeys("‘’", "'")
    | {"–": "-", "—": "-", "…": "...", "•": "*"}
)
ERRORS = "rusinfo-erstatt"

OUTPUT_FAILED = 74
"""Exit code when the output could not be written (EX_IOERR in sysexits.h)."""

_OUTPUT_ERRORS = {
    errno.ENOSPC: "disken er full",
    errno.EDQUOT: "diskkvoten er brukt opp",
    errno.EFBIG: "filen er blitt for stor",
    errno.EBADF: "utdata er lukket eller ikke åpnet for skriving",
    errno.EIO: "inn- eller utdatafeil",
    errno.ENXIO: "enheten finnes ikke",
    errno.EROFS: "stedet er skrivebeskyttet",
    errno.EACCES: "ingen tilgang",
    errno.EPERM: "ingen tilgang",
    errno.EINVAL: "utdata tar ikke imot tekst",
}
"""The errors writing standard output can end in, and how to say each one."""


def _replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    replaced = bad.translate(_FALLBACK)
    return "".join(c if c.isascii() else "?" for c in replaced), error.end


def prepare(*streams: TextIO) -> None:
    """Let `streams` write any text: what their encoding lacks is replaced, never an error.

    A standard stream the process was started without (`>&-`) is given a stand-in first: a
    missing stdin reads as empty (so `sjekk` sees no terminal), a missing stdout fails on the
    first write like a closed one, and a missing stderr swallows what it is given.
    """
    try:
        codecs.lookup_error(ERRORS)
    except LookupError:
        codecs.register_error(ERRORS, _replace)
    if not streams:
        if sys.stdin is None:
            sys.stdin = io.StringIO()
        if sys.stdout is None:
            sys.stdout = io.TextIOWrapper(io.BufferedWriter(_Closed()), encoding="utf-8")
        if sys.stderr is None:
            sys.stderr = io.StringIO()
        streams = (sys.stdout, sys.stderr)
    for stream in streams:
        if carries_unicode(stream) or not hasattr(stream, "reconfigure"):
            continue
        try:
            stream.reconfigure(errors=ERRORS)
        except (ValueError, OSError):
            continue


def carries_unicode(stream: object) -> bool:
    """Whether `stream` encodes as UTF (8, 16 or 32): any text gets through it unchanged."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    return encoding.startswith("utf")


class _Closed(io.RawIOBase):
    """Standard output when the process has none: every write fails as on a closed file."""

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))


def arguments() -> list[str]:
    """The command line's arguments as the user typed them.

    Without UTF-8 mode in a C or POSIX locale, Python decodes arguments as ASCII and keeps
    other bytes as lone surrogates, so «søk» would arrive as «s\\udcc3\\udcb8k». Terminals
    send UTF-8 whatever the locale says, so such an argument is decoded again as UTF-8.
    """
    return [_as_typed(argument) for argument in sys.argv[1:]]


def _as_typed(argument: str) -> str:
    if not any("\udc80" <= c <= "\udcff" for c in argument):
        return argument
    return os.fsencode(argument).decode("utf-8", "surrogateescape")


def is_interactive() -> bool:
    """Whether questions can be asked: stdin and stdout both exist and are terminals."""
    streams = (sys.stdin, sys.stdout)
    return all(stream is not None and stream.isatty() for stream in streams)


def read_answers(prompt: str) -> str:
    """Answers from standard input (`sjekk --svar -`), one per line or separated by commas or
    spaces, as one comma-separated text; at a terminal, `prompt` says what to type first."""
    if sys.stdin.isatty():
        sys.stderr.write(prompt + "\n")
    try:
        text = sys.stdin.read()
    except (OSError, UnicodeDecodeError):
        text = ""
    return ",".join(re.split(r"[\s,]+", text.strip()))


def finish(code: int) -> int:
    """Flush standard output before exit, so that an error writing it is seen and said here."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OSError as error:
        return output_failed(error)
    return code


def exit_now(code: int) -> NoReturn:
    """End the process at once with `code`, once standard output and error are written.

    Python's own shutdown tears down every module and object one by one, which takes longer
    than drawing a page; none of it matters once the output is out. A failure to write the
    output is still said, as `finish` says it (exit code 74; a closed pipe stays quiet).
    """
    with contextlib.suppress(ValueError):  # standard output already closed: nothing to write
        code = finish(code)
    with contextlib.suppress(OSError, ValueError):
        if sys.stderr is not None:
            sys.stderr.flush()
    os._exit(code)


def output_failed(error: OSError) -> int:
    """Say that the output could not be written, in one line on stderr, and return the exit code.

    A closed pipe (`rusinfo vis alle | head`) is not a failure to report: the reader has what
    it wanted. Errors that do not come from writing are raised again.
    """
    if error.errno != errno.EPIPE and error.errno not in _OUTPUT_ERRORS:
        raise error
    _silence_stdout()
    if error.errno == errno.EPIPE:
        return 1
    try:
        sys.stderr.write(f"Feil: Kunne ikke skrive utdata: {_OUTPUT_ERRORS[error.errno]}.\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    return OUTPUT_FAILED


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so Python's own flush at exit fails no more."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.__stdout__.fileno() if sys.__stdout__ is not None else 1)
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass
    sys.stdout = io.StringIO()


def resume_garbage_collection() -> None:
    """Turn the cyclic garbage collector on again, if the entry point paused it (__main__.py).

    For a long `sjekk` session, before its questions. What exists by then (modules, content,
    prompts) lives until the process ends, so it is frozen first: the collector's passes skip
    it. With the collector on, as when a test runs rusinfo in its own process, nothing changes.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _interrupted(signum: int, frame: object) -> None:
    sys.stderr.write("\nAvbrutt.\n")
    raise SystemExit(130)


def exit_quietly_on_ctrl_c() -> None:
    """Ctrl-C outside a prompt ends the run with «Avbrutt.» and exit code 130, never a traceback.

    Prompts read Ctrl-C as a key in raw mode, so `rusinfo sjekk` still handles it itself.
    """
    signal.signal(signal.SIGINT, _interrupted)


# --- the pager ------------------------------------------------------------------------------

LESS_OPTIONS = r"-FRX -PsMellomrom\: neste side, q\: avslutt$"
"""For `less` unless the user set LESS: quit if the page fits, keep colours and the text on
screen, and a Norwegian prompt that says how to go on (a backslash makes «:» a plain colon)."""

_ESCAPES = re.compile(r"\x1b\[[0-9;]*m")


class Pager(NamedTuple):
    command: list[str]
    environment: dict[str, str]
    colours: bool
    """Whether the pager shows colour codes as colours (`less -R`), or gets plain text."""


def find_pager() -> Pager | None:
    """The user's pager, as git finds it: PAGER, else `less`. None for «no pager» (PAGER empty
    or `cat`). `less` always gets `-R`, so a LESS without it cannot show raw escape codes."""
    setting = os.environ.get("PAGER")
    try:
        command = shlex.split(setting) if setting is not None else ["less"]
    except ValueError:
        return None
    if not command or command == ["cat"]:
        return None
    environment = dict(os.environ)
    is_less = Path(command[0]).name == "less"
    if is_less:
        environment.setdefault("LESS", LESS_OPTIONS)
        command = [command[0], "-R", *command[1:]]
    return Pager(command, environment, colours=is_less)


def run_pager(pager: Pager, text: str) -> bool:
    """Show `text` in the pager and wait for the user to leave it. False if the pager could not
    be started or failed, so that the caller prints the text itself: nothing is ever lost.

    Ctrl-C belongs to the pager while it runs (`less` uses it to stop a search); rusinfo
    ignores it meanwhile and waits, rather than leave the pager holding the terminal.
    No temporary file is written.
    """
    if not pager.colours:
        text = _ESCAPES.sub("", text)
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    data = text.encode(encoding, ERRORS)
    try:
        process = subprocess.Popen(pager.command, stdin=subprocess.PIPE, env=pager.environment)
    except (OSError, ValueError):
        return False
    # Ignored only once the pager runs: a signal ignored at exec stays ignored in the child.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        assert process.stdin is not None
        try:
            process.stdin.write(data)
            process.stdin.close()
        except OSError:  # the user left the pager before the end: nothing more to show
            pass
        return process.wait() == 0
    finally:
        signal.signal(signal.SIGINT, previous)
