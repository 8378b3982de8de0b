"""Run every rusinfo command on the newest Typer, which the Norwegian layer was not written for.

The Norwegian chrome (src/rusinfo/norsk.py, click_errors.py) uses Typer's public seams and
translates Click's messages from their text, so on a Typer it does not know, rusinfo must
still run every command without a traceback; English help or error words are the worst that
may happen. This script proves it: a scratch virtual environment, rusinfo installed in it,
then the newest Typer from PyPI over the pinned one, then each command.

Not part of the test suite (it downloads from PyPI):

    python tools/newest_typer.py            # newest Typer
    python tools/newest_typer.py 0.29.2     # a given version
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CALLS: list[list[str]] = [
    [],
    ["--help"],
    ["--version"],
    ["--enkel", "akutt"],
    ["vis"],
    ["vis", "symptomer"],
    ["vis", "alle"],
    ["vis", "finnesikke"],
    ["vis", "a", "b"],
    ["stoff"],
    ["stoff", "heroin"],
    ["stoff", "-h"],
    ["akutt"],
    ["akutt", "--json"],
    ["kilder"],
    ["time"],
    ["time", "--skriv-ut"],
    ["time", "--fil"],
    ["sjekk"],
    ["sjekk", "--svar", "ja,ja,ja,nei,nei,nei,nei"],
    ["sjekk", "--svar", "x"],
    ["søk", "nalokson"],
    ["søk"],
    ["søk", "finnesikke"],
    ["fullføring", "bash"],
    ["fullføring", "tcsh"],
    ["finnesikke"],
    ["--finnesikke"],
]


def main() -> int:
    version = sys.argv[1] if len(sys.argv) > 1 else ""
    with tempfile.TemporaryDirectory(prefix="rusinfo-typer-") as scratch:
        env_dir = Path(scratch) / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, str(ROOT)], check=True)
        typer = f"typer=={version}" if version else "typer"
        subprocess.run([*pip, "--upgrade", typer], check=True)
        installed = subprocess.run(
            [str(python), "-c", "import typer; print(typer.__version__)"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        print(f"Typer {installed}")
        failures = 0
        environment = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
        for call in CALLS:
            done = subprocess.run(
                [str(python), "-m", "rusinfo", *call],
                capture_output=True,
                text=True,
                env=environment,
                stdin=subprocess.DEVNULL,
                timeout=60,
                check=False,
            )
            crashed = "Traceback" in done.stderr or done.returncode not in (0, 1, 2)
            failures += crashed
            last = (done.stderr.strip() or done.stdout.strip()).splitlines()[-1:] or [""]
            print(
                f"{'FEIL' if crashed else 'ok  '}  exit {done.returncode}  rusinfo {' '.join(call):<40} {last[0][:70]}"
            )
            if crashed:
                print(done.stderr)
        print(f"{len(CALLS) - failures} av {len(CALLS)} kall uten traceback.")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
