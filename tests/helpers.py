"""What several test files share: rusinfo as a whole process, and the checklist's fixed day."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys

PRINT_DAY = datetime.date(2026, 11, 26)
"""The date every checklist in the tests is printed on (the `fixed_day` fixture)."""

TICK_LISTS = ("forberedelser", "sporsmal-til-legen")
"""The article's lists that the checklist shows with a box to tick for each item."""

DOCTOR_LIST = "legens-sporsmal"
"""The article's list of the doctor's questions, each with a line for the answer."""


def run_process(args: list[str], **env: str | None) -> subprocess.CompletedProcess[bytes]:
    """`python -m rusinfo ARGS` as a whole process; each `env` value is set, or removed if None."""
    environment = {k: v for k, v in os.environ.items() if k not in env}
    environment.update({k: v for k, v in env.items() if v is not None})
    return subprocess.run(
        [sys.executable, "-m", "rusinfo", *args],
        capture_output=True,
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
