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


def main() -> None:
    """Load the command line with the cyclic garbage collector paused, then run it.

    Loading Typer, Rich and our modules creates a great many objects that live until the
    process ends, and almost no garbage. Left alone, the collector walks them again and again
    while they load, and all of them once more in its final pass at exit. Here they are frozen
    after loading (`gc.freeze`: later passes skip them), and everything is frozen at exit, so
    the final pass has nothing to walk. `benchmarks/startup.py` measured 10–15 ms less per
    call. The collector is on while the command runs, so a long `rusinfo sjekk` session frees
    its garbage as usual.
    """
    _leave_the_working_folder_out()
    gc.disable()
    try:
        from rusinfo.cli import main as run
    finally:
        gc.freeze()
        gc.enable()
    atexit.register(gc.freeze)
    run()


if __name__ == "__main__":
    main()
