"""Start `rusinfo`: the installed script and `python -m rusinfo` both begin here."""

import atexit
import gc
import os
import sys


def _leave_the_working_folder_out() -> None:
    """`python -m rusinfo` puts the working folder first on the import path, so a `typer.py`
    or `json.py` lying there would be run in place of the real module. Unless rusinfo itself
    was found there, the folder is taken off the path before anything else is imported.
    (`python3 -P -m rusinfo` never adds it; the README says so.)"""
    if sys.flags.safe_path or not sys.path:
        return
    here = os.getcwd()
    package_folder = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if os.path.abspath(sys.path[0] or ".") == here and package_folder != here:
        del sys.path[0]


class _Ending:
    """How the run ended, for a fast exit once the interpreter starts to shut down."""

    code: int | None = None
    """The exit code, once the command line has ended; None after a crash (a normal exit)."""

    def now(self) -> None:
        if self.code is not None:
            from rusinfo import terminal

            terminal.exit_now(self.code)


def main() -> None:
    """Run the command line with the cyclic garbage collector paused, then end the process fast.

    Loading Typer, Rich, our modules and the content creates a great many objects that live
    until the process ends, and almost no garbage. Left on, the collector walks them again and
    again while they load and while the page is drawn, so it stays paused until the output is
    written. A `rusinfo sjekk` session turns it on again before its questions
    (`terminal.resume_garbage_collection`). On the way out everything is frozen (`gc.freeze`).

    The command line ends with SystemExit, which leaves here as usual, so whoever called
    `main` goes on as before (tests that catch it and look at the process do). When the
    interpreter then shuts down, the first thing it runs after waiting for threads is the exit
    handler registered here (first, so it runs after every handler registered later): it
    writes out standard output and error, says it if that fails (exit code 74), and ends the
    process with rusinfo's exit code, skipping the teardown of every module and object
    (`terminal.exit_now`; 1–4 ms a call in `benchmarks/startup.py`). A caller that catches the
    SystemExit therefore still ends with rusinfo's code. After a crash the shutdown is Python's own.
    """
    _leave_the_working_folder_out()
    ending = _Ending()
    atexit.register(ending.now)
    gc.disable()
    try:
        from rusinfo.cli import main as run

        run()
        ending.code = 0
    except SystemExit as stop:
        # Python writes a code that is not a number to stderr and exits with 1.
        ending.code = 0 if stop.code is None else stop.code if isinstance(stop.code, int) else 1
        raise
    finally:
        gc.freeze()
        gc.enable()


if __name__ == "__main__":
    main()
