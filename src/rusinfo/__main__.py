"""Start `rusinfo`: the installed script and `python -m rusinfo` both begin here."""

import atexit
import gc


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
