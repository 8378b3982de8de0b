"""Start-up benchmark: whole processes, interleaved run by run and compared in pairs.

Run it with the interpreter of the installation you want to measure (a plain `pip install .`
gives honest numbers; an editable install finds its modules a little more slowly):

    python benchmarks/startup.py                 # 20 rounds after 2 warm-up rounds
    python benchmarks/startup.py -n 30 --markdown
    python benchmarks/startup.py --variant A=/tmp/a/bin/rusinfo --variant B=/tmp/b/bin/rusinfo

How it measures:

- Each round runs every case once, in a new random order, piped (stdout and stderr to pipes
  the benchmark reads) and in a pseudo-terminal of 100×30. A case's time is from the fork to
  the exit, as the wait returns.
- Every case is compared with `python -c pass` (the interpreter rusinfo runs on) and, when the
  Python `tldr` client is installed next to rusinfo, with `tldr tar` from the same round and
  the same mode: the ratio is the median of the per-round ratios, not a ratio of medians.
- Peak memory is the child's own (`os.wait4`). The children are forked by a small launcher
  process (`serve`, started with `python -S -I`), not spawned by the benchmark itself: a
  child started with vfork or posix_spawn counts its parent's whole resident set as its own
  peak (the old benchmark showed 14.1 MiB for `python -c pass`, which needs 8.5), a forked
  one only the parent's private pages, about 4 MiB in the launcher, below any Python start.
  The benchmark warns if that is not so.
- `sjekk` runs only in the pseudo-terminal, which answers cursor position requests as a
  terminal does: the time to the first text on screen (the first character that is not an
  escape code or a space), and to the first question; then Ctrl-C.
- With --variant, each rusinfo case runs once per installation in the same rounds, and each
  installation is compared with the first: the median of the per-round ratios and
  differences, and the difference between the fastest run of each (the least disturbed).
- The children get PAGER=cat (a page taller than 30 lines would wait in `less`), TERM=
  xterm-256color, LANG=C.UTF-8, no COLUMNS/LINES/NO_COLOR and no PYTHON* variables, so the
  byte code is written once in the warm-up and used after, as in an installed package.
- tldr's page `tar` is written by hand (below) into a cache folder of the benchmark's own
  (XDG_CACHE_HOME), so the client never goes to the network.
"""

from __future__ import annotations

# Only what the launcher needs at the top (see `serve`); the rest is imported where it is used.
import errno
import fcntl
import os
import re
import select
import signal
import struct
import sys
import termios
import time
from collections.abc import Iterator, Sequence

COLUMNS, ROWS = 100, 30
"""The pseudo-terminal's size."""

READING = ("vis symptomer", "stoff opioider", "søk metadon")
"""The reading commands the goals are about."""

FIRST_QUESTION = "Hvem gjelder det"
"""Text of the first question `rusinfo sjekk` asks."""

GOAL_RATIO = 1.0
"""Reading commands: at most this many times the tldr client's time, paired median."""
GOAL_FIRST_TEXT_MS = 100
GOAL_FIRST_QUESTION_MS = 200
GOAL_RSS_MIB = 20

TIMEOUT = 20.0
"""Seconds before a case is taken as hanging."""

TLDR_PAGE = """\
# tar

> Pakk filer sammen i et arkiv, eller pakk et arkiv ut igjen.
> Arkivet kan komprimeres med gzip, bzip2 eller xz.
> Mer informasjon: <https://www.gnu.org/software/tar>.

- Lag et arkiv av filer og mapper:

`tar cf {{arkiv.tar}} {{fil1 fil2 mappe1 ...}}`

- Lag et gzip-komprimert arkiv:

`tar czf {{arkiv.tar.gz}} {{fil1 fil2 mappe1 ...}}`

- Pakk ut et arkiv i den mappen du står i:

`tar xf {{arkiv.tar}}`

- Pakk ut et komprimert arkiv i en bestemt mappe:

`tar xf {{arkiv.tar.gz}} -C {{mappe}}`

- Vis filene i et arkiv, med detaljer:

`tar tvf {{arkiv.tar}}`

- Pakk ut bare filene som passer til et mønster:

`tar xf {{arkiv.tar}} --wildcards "{{*.html}}"`

- Lag et xz-komprimert arkiv og vis hver fil som legges inn:

`tar cJvf {{arkiv.tar.xz}} {{mappe}}`

- Legg til en fil i et arkiv som finnes fra før:

`tar rf {{arkiv.tar}} {{fil}}`
"""
"""A small page in the tldr format, written by hand for this benchmark (no network here)."""

ESCAPE = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()*+].|[ -/]*[0-~])")
CURSOR_POSITION_REQUEST = b"\x1b[6n"


class Case:
    """One command to time. (Plain classes here: the launcher imports neither dataclasses nor
    typing, each about 1 MiB, to stay small.)"""

    def __init__(
        self,
        name: str,
        argv: tuple[str, ...],
        variant: str = "",
        codes: tuple[int, ...] = (0,),
        modes: tuple[str, ...] = ("rør", "terminal"),
        marker: str = "",
    ) -> None:
        self.name, self.argv, self.variant, self.codes, self.modes = name, argv, variant, codes, modes
        self.marker = marker
        """In a terminal: the case ends when this text shows (Ctrl-C is sent), and is timed to it."""

    @property
    def label(self) -> str:
        return f"{self.name} [{self.variant}]" if self.variant else self.name


class Sample:
    def __init__(self, total: float, first_text: float | None, marker: float | None, peak_kib: int) -> None:
        self.total = total
        """Seconds from the fork to the exit."""
        self.first_text = first_text
        """Seconds to the first visible character (not an escape code) on stdout or the terminal."""
        self.marker = marker
        self.peak_kib = peak_kib


class Series:
    def __init__(self, case: Case, mode: str) -> None:
        self.case, self.mode = case, mode
        self.samples: dict[int, Sample] = {}
        """By round."""

    def times(self, what: str = "total") -> dict[int, float]:
        values = {r: getattr(s, what) for r, s in self.samples.items()}
        return {r: v for r, v in values.items() if v is not None}


# --- running one process: in the launcher -----------------------------------------------------


def run_once(argv: Sequence[str], mode: str, marker: str) -> tuple[int, Sample, bytes]:
    """Fork, exec `argv` with its output to pipes or a pseudo-terminal, read it all, reap it.

    Returns the exit code, the times and peak memory, and the end of what it wrote. The child
    inherits this process's environment.
    """
    terminal = mode == "terminal"
    if terminal:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        child_fds = (slave, slave, slave)
        readers = [master]
    else:
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        null = os.open(os.devnull, os.O_RDONLY)
        child_fds = (null, out_w, err_w)
        readers = [out_r, err_r]
    shown = readers[0]
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: only what exec needs
        try:
            if terminal:
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
            for target, fd in enumerate(child_fds):
                os.dup2(fd, target)  # the copies are inheritable; everything else closes at exec
            os.execv(argv[0], list(argv))
        finally:
            os._exit(127)
    for fd in set(child_fds):
        os.close(fd)
    opened = list(readers)
    screen = bytearray()
    first_text = seen = None
    requests_answered = 0
    stop_sent = False
    wanted = marker.encode()
    try:
        while readers:
            if time.perf_counter() - start > TIMEOUT:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise RuntimeError(f"{' '.join(argv)} ({mode}) svarte ikke på {TIMEOUT:.0f} s")
            ready, _, _ = select.select(readers, [], [], 0.5)
            for fd in ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError as error:  # a pseudo-terminal whose other end is closed
                    if error.errno != errno.EIO:
                        raise
                    chunk = b""
                if not chunk:
                    readers.remove(fd)
                    continue
                now = time.perf_counter() - start
                if fd != shown:
                    continue
                screen += chunk
                visible = _visible(screen) if first_text is None or (wanted and seen is None) else b""
                if first_text is None and visible.strip():
                    first_text = now
                if not terminal:
                    continue
                requests = screen.count(CURSOR_POSITION_REQUEST)
                if requests > requests_answered:  # as a terminal would: «the cursor is top left»
                    os.write(master, b"\x1b[1;1R" * (requests - requests_answered))
                    requests_answered = requests
                if wanted and seen is None and wanted in visible:
                    seen = now
                if seen is not None and not stop_sent:
                    os.write(master, b"\x03")
                    stop_sent = True
        _, status, usage = os.wait4(pid, 0)
        total = time.perf_counter() - start
    finally:
        for fd in opened:
            os.close(fd)
    code = os.waitstatus_to_exitcode(status)
    return (
        code,
        Sample(total, first_text, seen, usage.ru_maxrss),
        _visible(screen)[-600:],
    )


def _visible(output: bytes | bytearray) -> bytes:
    return ESCAPE.sub(b"", bytes(output))


def serve() -> None:
    """The launcher: one request a line on stdin (mode, marker and argv, NUL-separated), one
    answer a line on stdout. A small process of its own, so that what a forked child counts
    of its parent's memory is little (the benchmark's own process is several MiB larger)."""
    for line in sys.stdin.buffer:
        mode, marker, *argv = line.rstrip(b"\n").decode().split("\0")
        try:
            code, sample, tail = run_once(argv, mode, marker)
        except Exception as error:
            answer = f"feil {str(error).encode().hex()}"
        else:
            first = "-" if sample.first_text is None else repr(sample.first_text)
            seen = "-" if sample.marker is None else repr(sample.marker)
            answer = (
                f"ok {code} {sample.total!r} {first} {seen} {sample.peak_kib} {anonymous_kib()} {tail.hex()}"
            )
        sys.stdout.write(answer + "\n")
        sys.stdout.flush()


def anonymous_kib() -> int:
    """This process's anonymous resident memory: about what a forked child starts out counting."""
    try:
        with open("/proc/self/status", encoding="utf-8") as file:
            return next(int(line.split()[1]) for line in file if line.startswith("RssAnon"))
    except (OSError, StopIteration):
        return 0


class Launcher:
    """The benchmark's end of the launcher."""

    def __init__(self, env: dict[str, str]) -> None:
        import subprocess

        # Imported, not run as a script, so that its byte code is cached and not compiled anew.
        here = os.path.dirname(os.path.abspath(__file__))
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-S",
                "-I",
                "-c",
                f"import sys; sys.path.insert(0, {here!r}); import startup; startup.serve()",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        self.inherited_kib = 0

    def run(self, case: Case, mode: str) -> Sample:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        request = "\0".join([mode, case.marker, *case.argv]) + "\n"
        self.process.stdin.write(request.encode())
        self.process.stdin.flush()
        kind, *fields = self.process.stdout.readline().decode().split(" ")
        if kind != "ok":
            message = bytes.fromhex(fields[0]).decode() if fields else "måleren stoppet"
            raise SystemExit(f"{case.label} ({mode}): {message}")
        code, total, first, seen, peak, inherited, tail = fields
        self.inherited_kib = max(self.inherited_kib, int(inherited))
        if int(code) not in case.codes:
            text = bytes.fromhex(tail).decode("utf-8", "replace")
            raise SystemExit(f"{' '.join(case.argv)} ({mode}) endte med kode {code}:\n{text}")
        if case.marker and seen == "-":
            raise SystemExit(f"{case.label}: «{case.marker}» kom aldri på skjermen")
        return Sample(
            float(total),
            None if first == "-" else float(first),
            None if seen == "-" else float(seen),
            int(peak),
        )

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


# --- the rounds -------------------------------------------------------------------------------


def measure(
    cases: Sequence[Case], modes: Sequence[str], rounds: int, warmup: int, launcher: Launcher
) -> list[Series]:
    import random

    series = {(case, mode): Series(case, mode) for case in cases for mode in modes if mode in case.modes}
    order = list(series)
    rng = random.Random(15)
    for number in range(-warmup, rounds):
        rng.shuffle(order)
        for case, mode in order:
            sample = launcher.run(case, mode)
            if number >= 0:
                series[case, mode].samples[number] = sample
        done = f"oppvarming {number + warmup + 1}/{warmup}" if number < 0 else f"runde {number + 1}/{rounds}"
        print(f"\r{done}  ", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return list(series.values())


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def quartiles(values: Sequence[float]) -> tuple[float, float]:
    """The lower and upper quartile (the middle half lies between them)."""
    ordered = sorted(values)
    if len(ordered) < 2:
        return ordered[0], ordered[0]
    lower, upper = ordered[: len(ordered) // 2], ordered[(len(ordered) + 1) // 2 :]
    return median(lower), median(upper)


def paired(case: Series, base: Series | None, what: str = "total") -> list[float]:
    """The case's time over the base's in each round both ran in."""
    if base is None:
        return []
    mine, theirs = case.times(what), base.times()
    return [mine[r] / theirs[r] for r in sorted(mine) if r in theirs]


# --- the table --------------------------------------------------------------------------------


HEADER = (
    "tilfelle",
    "modus",
    "median",
    "spredning (25–75 %)",
    "× python -c pass",
    "× tldr",
    "maks RSS",
    "mål",
)


def rows(series: Sequence[Series]) -> Iterator[tuple[str, ...]]:
    base = {s.mode: s for s in series if s.case.name == "python -c pass"}
    tldr = {s.mode: s for s in series if s.case.name == "tldr tar"}
    for s in series:
        metrics = [("total", s.case.label)]
        if s.case.marker:
            metrics = [("first_text", "sjekk: første tekst"), ("marker", "sjekk: første spørsmål")]
            metrics = [
                (w, f"{label} [{s.case.variant}]" if s.case.variant else label) for w, label in metrics
            ]
        for what, label in metrics:
            times = list(s.times(what).values())
            low, high = quartiles(times)
            versus_base = paired(s, base.get(s.mode), what) if s.case.name != "python -c pass" else []
            versus_tldr = paired(s, tldr.get(s.mode), what) if s.case.name.startswith("rusinfo") else []
            peak = max(sample.peak_kib for sample in s.samples.values())
            yield (
                label,
                s.mode,
                f"{median(times) * 1000:.0f} ms",
                f"{low * 1000:.0f}–{high * 1000:.0f} ms",
                _ratio(versus_base),
                _ratio(versus_tldr),
                "–" if s.case.marker else f"{peak / 1024:.1f} MiB",
                _goal(s.case, what, times, versus_tldr, peak),
            )


def _ratio(ratios: Sequence[float]) -> str:
    if not ratios:
        return "–"
    low, high = quartiles(ratios)
    return f"{median(ratios):.2f}× ({low:.2f}–{high:.2f})"


def _goal(case: Case, what: str, times: Sequence[float], versus_tldr: Sequence[float], peak_kib: int) -> str:
    """The goal and whether this run met it (✓) or not (✗)."""
    if what == "first_text":
        return _mark(f"≤ {GOAL_FIRST_TEXT_MS} ms", median(times) * 1000 <= GOAL_FIRST_TEXT_MS)
    if what == "marker":
        return _mark(f"≤ {GOAL_FIRST_QUESTION_MS} ms", median(times) * 1000 <= GOAL_FIRST_QUESTION_MS)
    if case.name.removeprefix("rusinfo ") in READING:
        goals = [_mark(f"≤ {GOAL_RSS_MIB} MiB", peak_kib / 1024 <= GOAL_RSS_MIB)]
        if versus_tldr:
            goals.insert(0, _mark(f"≤ {GOAL_RATIO:.1f}× tldr", median(versus_tldr) <= GOAL_RATIO))
        return ", ".join(goals)
    return ""


def _mark(goal: str, met: bool) -> str:
    return f"{goal} {'✓' if met else '✗'}"


def print_table(table: list[tuple[str, ...]], markdown: bool) -> None:
    if markdown:
        print("| " + " | ".join(HEADER) + " |")
        print("|" + "---|" * len(HEADER))
        for row in table:
            print("| " + " | ".join(row) + " |")
        return
    widths = [max(len(r[i]) for r in [HEADER, *table]) for i in range(len(HEADER))]
    for row in [HEADER, *table]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def print_pairs(series: Sequence[Series], variants: Sequence[str]) -> None:
    """With --variant: each variant against the first, paired by round."""
    first = variants[0]
    by_key = {(s.case.name, s.mode, s.case.variant): s for s in series}
    print(
        f"\nParvis mot {first}: median av forholdet i hver runde (25–75 %), median av differansen,"
        " og differansen mellom de laveste (den minst forstyrrede kjøringen av hver)."
    )
    for s in series:
        if not s.case.variant or s.case.variant == first:
            continue
        other = by_key[s.case.name, s.mode, first]
        metrics = [("first_text", "første tekst"), ("marker", "første spørsmål")] if s.case.marker else []
        for what, label in [*metrics, ("total", "tid")]:
            if s.case.marker and what == "total":
                continue
            mine, theirs = s.times(what), other.times(what)
            rounds = [r for r in mine if theirs.get(r)]
            ratios = [mine[r] / theirs[r] for r in rounds]
            diffs = [(mine[r] - theirs[r]) * 1000 for r in rounds]
            lowest = (min(mine.values()) - min(theirs.values())) * 1000
            print(
                f"  {s.case.name} ({s.mode}, {label}): {s.case.variant}/{first} {_ratio(ratios)},"
                f" {median(diffs):+.1f} ms; de laveste: {lowest:+.1f} ms"
            )


# --- set-up -----------------------------------------------------------------------------------


def interpreter_of(script: str) -> str:
    """The interpreter in a console script's #! line, else this one."""
    try:
        with open(script, "rb") as file:
            first = file.readline().decode().strip()
    except OSError:
        return sys.executable
    if first.startswith("#!") and "python" in first and " " not in first[2:].strip():
        return first[2:].strip()
    return sys.executable


def child_environment(cache: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("PYTHON")
        and k not in {"COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "ACCESSIBLE", "LESS", "LC_ALL"}
    }
    env.update(PAGER="cat", TERM="xterm-256color", LANG="C.UTF-8", XDG_CACHE_HOME=cache)
    return env


def write_tldr_page(cache: str) -> None:
    """Where the tldr client (3.x) looks first: $XDG_CACHE_HOME/tldr/pages/<platform>/<name>.md
    (without XDG_CACHE_HOME, ~/.cache/tldr). It has no setting of its own for the folder."""
    folder = os.path.join(cache, "tldr", "pages", "common")
    os.makedirs(folder)
    with open(os.path.join(folder, "tar.md"), "w", encoding="utf-8") as page:
        page.write(TLDR_PAGE)


def machine() -> str:
    import platform

    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as file:
            model = next(
                (line.split(":", 1)[1].strip() for line in file if line.startswith("model name")), ""
            )
    except OSError:
        pass
    return (
        f"{model or platform.machine()}, {os.cpu_count()} kjerner, {platform.system()} {platform.release()}"
    )


def describe(python: str, script: str, env: dict[str, str]) -> str:
    import subprocess

    done = subprocess.run(
        [python, "-c", "import sys, rusinfo; print(sys.version.split()[0], rusinfo.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    version, _, where = done.stdout.strip().partition(" ")
    kind = "vanlig installasjon" if "site-packages" in where else "redigerbar installasjon"
    return f"Python {version}, {kind} ({script})"


def main() -> int:
    import argparse
    import shutil
    import tempfile
    from pathlib import Path

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=20, help="runder (standard 20)")
    parser.add_argument("--warmup", type=int, default=2, help="oppvarmingsrunder (standard 2)")
    parser.add_argument("--markdown", action="store_true", help="skriv tabellen i Markdown")
    parser.add_argument("--mode", choices=("rør", "terminal"), action="append", help="bare denne modusen")
    parser.add_argument("--rusinfo", help="rusinfo-skriptet (standard: det ved siden av denne Python)")
    parser.add_argument("--uten-tldr", action="store_true", help="ikke sammenlign med tldr")
    parser.add_argument(
        "--bare", action="append", metavar="TILFELLE", help="bare tilfeller med dette i navnet"
    )
    parser.add_argument(
        "--variant",
        action="append",
        metavar="NAVN=SKRIPT",
        help="mål flere rusinfo-installasjoner i de samme rundene (A/B); den første er grunnlaget",
    )
    args = parser.parse_args()

    here = Path(sys.executable).parent
    found = here / "rusinfo" if (here / "rusinfo").exists() else shutil.which("rusinfo")
    variants = [(name, script) for name, _, script in (v.partition("=") for v in args.variant or [])]
    if not variants:
        script = args.rusinfo or (str(found) if found else None)
        if script is None:
            raise SystemExit("Fant ikke rusinfo-skriptet; installer rusinfo eller bruk --rusinfo STI.")
        variants = [("", script)]
    python = interpreter_of(variants[0][1])
    tldr = (
        None if args.uten_tldr else (str(here / "tldr") if (here / "tldr").exists() else shutil.which("tldr"))
    )

    cases = [Case("python -c pass", (python, "-c", "pass"))]
    if tldr:
        cases.append(Case("tldr tar", (tldr, "tar")))
    for variant, script in variants:
        cases += [
            Case("rusinfo vis symptomer", (script, "vis", "symptomer"), variant),
            Case("rusinfo stoff opioider", (script, "stoff", "opioider"), variant),
            Case("rusinfo søk metadon", (script, "søk", "metadon"), variant, codes=(0, 1)),
            Case("rusinfo --help", (script, "--help"), variant),
            Case("rusinfo sjekk", (script, "sjekk"), variant, (130,), ("terminal",), FIRST_QUESTION),
        ]
    if args.bare:
        bases = ("python -c pass", "tldr tar")
        cases = [c for c in cases if c.name in bases or any(b in c.name for b in args.bare)]
    modes = args.mode or ["rør", "terminal"]

    with tempfile.TemporaryDirectory(prefix="rusinfo-bench-") as folder:
        write_tldr_page(folder)
        env = child_environment(folder)
        about = describe(python, variants[0][1], env)
        launcher = Launcher(env)
        try:
            series = measure(cases, modes, args.runs, args.warmup, launcher)
        finally:
            launcher.close()
    names = [name for name, _ in variants if name]
    order = {name: number for number, name in enumerate(["", *names])}
    series.sort(
        key=lambda s: (s.case.marker != "", order[s.case.variant], modes.index(s.mode), cases.index(s.case))
    )
    print_table(list(rows(series)), args.markdown)
    if len(names) > 1:
        print_pairs(series, names)
    print(
        f"\n{args.runs} runder etter {args.warmup} oppvarmingsrunder, tilfellene i ny tilfeldig rekkefølge"
        f" i hver runde; terminal: {COLUMNS}×{ROWS}. Maskin: {machine()}. {about}."
        + (f" tldr: {tldr}, siden «tar» skrevet for hånd." if tldr else " tldr er ikke installert.")
    )
    lowest = min(max(sample.peak_kib for sample in s.samples.values()) for s in series)
    if launcher.inherited_kib >= lowest:
        print(f"Advarsel: målerens egne {launcher.inherited_kib} KiB kan være regnet med i maks RSS.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
