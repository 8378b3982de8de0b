"""The pager for a page taller than the terminal: the user's, with colours intact, never lost.

Each test runs `rusinfo vis alle` in a real pseudo-terminal, with a stand-in pager that records
how it was started and what it was given.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

import pytest

from helpers import Terminal

# A pager that writes down its arguments, its LESS and its input, then shows nothing.
# With «vent» it also waits, ignoring Ctrl-C as `less` does, until the test lets it go.
FAKE_PAGER = """#!{python}
import json, os, signal, sys, time
record = {{"args": sys.argv[1:], "less": os.environ.get("LESS")}}
if "vent" in sys.argv[0]:
    signal.signal(signal.SIGINT, lambda *_: open({folder!r} + "/ctrl-c", "w").close())
    open({folder!r} + "/startet", "w").close()
    while not os.path.exists({folder!r} + "/slipp"):
        time.sleep(0.05)
text = sys.stdin.buffer.read().decode("utf-8")
record["text"] = text
json.dump(record, open({folder!r} + "/opptak.json", "w"))
sys.exit({code})
"""


def fake_pager(folder: Path, name: str, code: int = 0) -> Path:
    path = folder / "bin" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(FAKE_PAGER.format(python=sys.executable, folder=str(folder), code=code), encoding="utf-8")
    path.chmod(0o755)
    return path


def recorded(folder: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((folder / "opptak.json").read_text(encoding="utf-8"))
    return data


def read_all(folder: Path, env: dict[str, str]) -> tuple[int, str]:
    term = Terminal(["vis", "alle"], env, folder)
    return term.finish(), term.text()


@pytest.fixture
def env(terminal_env: dict[str, str]) -> dict[str, str]:
    environment = {k: v for k, v in terminal_env.items() if k not in ("PAGER", "LESS", "NO_COLOR")}
    environment["FORCE_COLOR"] = "1"
    return environment


def test_less_always_gets_r_and_a_users_less_is_kept(tmp_path: Path, env: dict[str, str]) -> None:
    less = fake_pager(tmp_path, "less")
    code, _ = read_all(tmp_path, {**env, "PAGER": str(less), "LESS": "-X"})
    assert code == 0
    record = recorded(tmp_path)
    assert record["args"] == ["-R"]
    assert record["less"] == "-X"
    assert "\x1b[" in str(record["text"])
    assert "Hva er narkotikaavhengighet?" in str(record["text"])


def test_without_less_set_less_gets_the_norwegian_prompt(tmp_path: Path, env: dict[str, str]) -> None:
    fake_pager(tmp_path, "less")
    env = {**env, "PATH": f"{tmp_path / 'bin'}:{env['PATH']}"}
    env.pop("PAGER", None)
    assert read_all(tmp_path, env)[0] == 0
    assert "Mellomrom" in str(recorded(tmp_path)["less"])


def test_another_pager_gets_plain_text(tmp_path: Path, env: dict[str, str]) -> None:
    more = fake_pager(tmp_path, "more")
    assert read_all(tmp_path, {**env, "PAGER": f"{more} -s"})[0] == 0
    record = recorded(tmp_path)
    assert record["args"] == ["-s"]
    assert "\x1b" not in str(record["text"])
    assert "Hva er narkotikaavhengighet?" in str(record["text"])


@pytest.mark.parametrize("pager", ["finnes-ikke-noe-sted", "feiler", "'uavsluttet"])
def test_a_missing_or_failing_pager_prints_the_page_instead(
    tmp_path: Path, env: dict[str, str], pager: str
) -> None:
    if pager == "feiler":
        pager = str(fake_pager(tmp_path, "feiler", code=1))
    code, text = read_all(tmp_path, {**env, "PAGER": pager})
    assert code == 0
    assert "Hva er narkotikaavhengighet?" in text
    assert "Kilder" in text or "113" in text


def test_no_pager_at_all_prints_the_page_and_writes_no_file(tmp_path: Path, env: dict[str, str]) -> None:
    """No PAGER and no `less` on the PATH: the standard library would probe with temporary files."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**env, "PATH": str(tmp_path / "tom"), "TMPDIR": str(scratch)}
    env.pop("PAGER", None)
    code, text = read_all(tmp_path, env)
    assert code == 0
    assert "Hva er narkotikaavhengighet?" in text
    assert list(scratch.iterdir()) == []


def test_pager_cat_means_no_pager(tmp_path: Path, env: dict[str, str]) -> None:
    code, text = read_all(tmp_path, {**env, "PAGER": "cat"})
    assert code == 0
    assert "Hva er narkotikaavhengighet?" in text


def test_ctrl_c_while_the_pager_runs_belongs_to_the_pager(tmp_path: Path, env: dict[str, str]) -> None:
    """rusinfo ignores Ctrl-C while the pager runs and waits for it: no pager left holding the terminal."""
    pager = fake_pager(tmp_path, "vent")
    term = Terminal(["vis", "alle"], {**env, "PAGER": str(pager)}, tmp_path)
    deadline = time.monotonic() + 20
    while not (tmp_path / "startet").exists():
        assert time.monotonic() < deadline, "the pager never started"
        time.sleep(0.05)
    term.child.sendintr()  # Ctrl-C from the keyboard: the whole foreground group gets SIGINT
    while not (tmp_path / "ctrl-c").exists():
        assert time.monotonic() < deadline, "the pager never got Ctrl-C"
        time.sleep(0.05)
    time.sleep(0.3)
    assert term.child.isalive(), "rusinfo left while its pager was still running"
    (tmp_path / "slipp").touch()
    assert term.finish() == 0
    assert "Avbrutt" not in term.text()
    assert "Traceback" not in term.text()


def test_a_page_that_fits_is_not_paged(tmp_path: Path, env: dict[str, str]) -> None:
    less = fake_pager(tmp_path, "less")
    term = Terminal(["vis", "alle"], {**env, "PAGER": str(less)}, tmp_path, dimensions=(5000, 200))
    assert term.finish() == 0
    assert not (tmp_path / "opptak.json").exists()
    assert "Hva er narkotikaavhengighet?" in term.text()


def test_signal_handling_is_restored_after_the_pager(monkeypatch: pytest.MonkeyPatch) -> None:
    from rusinfo import terminal

    def handler(signum: int, frame: object) -> None:
        pass

    previous = signal.signal(signal.SIGINT, handler)
    try:
        pager = terminal.Pager(["true"], dict(os.environ), colours=False)
        assert terminal.run_pager(pager, "tekst\n")
        assert signal.getsignal(signal.SIGINT) is handler
    finally:
        signal.signal(signal.SIGINT, previous)
