"""Start-up benchmark: each case as a whole process, compared with a bare interpreter.

Run from the project root with the project installed:

    python benchmarks/startup.py            # 20 runs per case after a warm-up
    python benchmarks/startup.py -n 50 --markdown

Per case it prints the median wall time, the spread (lowest to highest of the middle half),
the peak memory (RSS) and the ratio of the median to `python -c pass` measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

GOALS = {
    "rusinfo vis symptomer": "≤ 8×",
    "rusinfo stoff opioider": "≤ 8×",
    "rusinfo søk metadon": "≤ 8×",
    "rusinfo --help": "≤ 12×",
    "første sjekk-spørsmål": "≤ 250 ms",
}
FIRST_PROMPT = "Hvem gjelder det"
"""Text of the first question `rusinfo sjekk` draws; the clock stops when it is on screen."""


@dataclass
class Result:
    name: str
    times: list[float]
    peak_kib: int

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def spread(self) -> tuple[float, float]:
        quartiles = statistics.quantiles(self.times, n=4)
        return quartiles[0], quartiles[2]


def _command() -> list[str]:
    exe = shutil.which("rusinfo")
    return [exe] if exe else [sys.executable, "-m", "rusinfo"]


def _env() -> dict[str, str]:
    return dict(os.environ, COLUMNS="80", LINES="24", TERM="xterm-256color")


def run_process(argv: list[str]) -> tuple[float, int]:
    """Wall time in seconds and peak RSS in KiB of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} endte med kode {process.returncode}")
    return elapsed, usage.ru_maxrss


def first_prompt() -> tuple[float, int]:
    """Seconds from spawning `rusinfo sjekk` in a pseudo-terminal until its first question shows."""
    import pexpect

    argv = [*_command(), "sjekk"]
    start = time.perf_counter()
    child = pexpect.spawn(argv[0], argv[1:], dimensions=(24, 80), env=_env(), encoding="utf-8", timeout=10)
    child.expect(FIRST_PROMPT)
    elapsed = time.perf_counter() - start
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    return elapsed, 0


def measure(name: str, once: Callable[[], tuple[float, int]], runs: int) -> Result:
    once()  # warm-up: file-system caches and byte-code
    samples = [once() for _ in range(runs)]
    return Result(name, [t for t, _ in samples], max(m for _, m in samples))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=20, help="runs per case (default 20)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()

    rusinfo = _command()
    cases: list[tuple[str, Callable[[], tuple[float, int]]]] = [
        ("python -c pass", lambda: run_process([sys.executable, "-c", "pass"])),
        ("rusinfo vis symptomer", lambda: run_process([*rusinfo, "vis", "symptomer"])),
        ("rusinfo stoff opioider", lambda: run_process([*rusinfo, "stoff", "opioider"])),
        ("rusinfo søk metadon", lambda: run_process([*rusinfo, "søk", "metadon"])),
        ("rusinfo --help", lambda: run_process([*rusinfo, "--help"])),
        ("første sjekk-spørsmål", first_prompt),
    ]
    results = [measure(name, once, args.runs) for name, once in cases]
    base = results[0].median

    header = ("tilfelle", "median", "spredning (25–75 %)", "maks RSS", "× python -c pass", "mål")
    rows = []
    for result in results:
        low, high = result.spread
        memory = f"{result.peak_kib / 1024:.1f} MiB" if result.peak_kib else "–"
        rows.append(
            (
                result.name,
                f"{result.median * 1000:.0f} ms",
                f"{low * 1000:.0f}–{high * 1000:.0f} ms",
                memory,
                f"{result.median / base:.1f}×",
                GOALS.get(result.name, ""),
            )
        )
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
        for row in [header, *rows]:
            print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    print(f"\n{args.runs} kjøringer per tilfelle, Python {sys.version.split()[0]}, {os.cpu_count()} kjerner.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
