"""The privacy promise as tests: no command opens a connection or writes a file, except `time --fil`."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from helpers import invoke

# Every command, with the exit code it must end with: 1 is "no hits", 2 a usage error
# (an unknown name; `sjekk` with no terminal and no answers).
EVERY_COMMAND: list[tuple[list[str], int]] = [
    ([], 0),
    (["--version"], 0),
    (["-h"], 0),
    (["vis"], 0),
    (["vis", "symptomer"], 0),
    (["vis", "alle"], 0),
    (["vis", "alle", "--json"], 0),
    (["vis", "ukjent"], 2),
    (["stoff"], 0),
    (["stoff", "heroin"], 0),
    (["stoff", "--json"], 0),
    (["akutt"], 0),
    (["akutt", "--json"], 0),
    (["kilder"], 0),
    (["kilder", "--json"], 0),
    (["søk", "metadon"], 0),
    (["søk", "finnesikke"], 1),
    (["søk", "kramper", "--json"], 0),
    (["time"], 0),
    (["time", "--skriv-ut"], 0),
    (["sjekk", "--svar", "ja,nei,vet-ikke,ja,nei,ja,nei"], 0),
    (["sjekk", "--svar", "j,j,j,n,n,v,v", "--for-annen", "--json"], 0),
    (["sjekk"], 2),
]


class NetworkUsed(AssertionError):
    pass


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise NetworkUsed("rusinfo tried to open a network connection")


@pytest.mark.parametrize(
    ("args", "code"), EVERY_COMMAND, ids=[" ".join(a) or "rusinfo" for a, _ in EVERY_COMMAND]
)
def test_no_command_touches_the_network(monkeypatch: pytest.MonkeyPatch, args: list[str], code: int) -> None:
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    result = invoke(*args)
    assert result.exit_code == code, result.output


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.fixture
def empty_home(tmp_path: Path) -> dict[str, Path]:
    places = {name: tmp_path / name for name in ("home", "config", "cache", "data", "state", "work", "tmp")}
    for place in places.values():
        place.mkdir()
    return places


def _environment(places: dict[str, Path]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(
        HOME=str(places["home"]),
        XDG_CONFIG_HOME=str(places["config"]),
        XDG_CACHE_HOME=str(places["cache"]),
        XDG_DATA_HOME=str(places["data"]),
        XDG_STATE_HOME=str(places["state"]),
        TMPDIR=str(places["tmp"]),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def _run_in(places: dict[str, Path], args: list[str]) -> subprocess.CompletedProcess[bytes]:
    """rusinfo as a whole process, at home in `places`, working in places["work"]."""
    return subprocess.run(
        [sys.executable, "-m", "rusinfo", *args],
        cwd=places["work"],
        env=_environment(places),
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


_EVERY_COMMAND_IN_ONE_PROCESS = """
import json, sys
from rusinfo.cli import app
codes = []
for args in json.loads(sys.argv[1]):
    try:
        app(args, prog_name="rusinfo")
    except SystemExit as done:
        codes.append(done.code or 0)
    else:
        codes.append(0)
print(json.dumps(codes), file=sys.stderr)
"""


def test_no_command_writes_a_file(empty_home: dict[str, Path]) -> None:
    """Every command in one whole process, at home in empty places: imports are checked too."""
    commands = [args for args, _ in EVERY_COMMAND]
    done = subprocess.run(
        [sys.executable, "-c", _EVERY_COMMAND_IN_ONE_PROCESS, json.dumps(commands)],
        cwd=empty_home["work"],
        env=_environment(empty_home),
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert json.loads(done.stderr.decode().splitlines()[-1]) == [code for _, code in EVERY_COMMAND]
    for name, place in empty_home.items():
        assert _tree(place) == [], f"rusinfo wrote to {name}: {_tree(place)}"


def test_time_fil_writes_only_the_file_asked_for(empty_home: dict[str, Path]) -> None:
    done = _run_in(empty_home, ["time", "--fil", "sjekkliste.md"])
    assert done.returncode == 0, done.stderr
    assert _tree(empty_home["work"]) == ["sjekkliste.md"]
    for name, place in empty_home.items():
        if name != "work":
            assert _tree(place) == []


def _read_only_run(place: Path, args: list[str]) -> subprocess.CompletedProcess[bytes] | None:
    """Run rusinfo with HOME, XDG dirs, TMPDIR and the working directory on a read-only mount."""
    rusinfo = " ".join(["'" + sys.executable + "'", "-m", "rusinfo", *(f"'{a}'" for a in args)])
    script = f"mount --bind '{place}' '{place}' && mount -o remount,ro,bind '{place}' && cd '{place}' && exec {rusinfo}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(place), XDG_CACHE_HOME=str(place), XDG_CONFIG_HOME=str(place), TMPDIR=str(place))
    try:
        done = subprocess.run(
            ["unshare", "-m", "sh", "-c", script], capture_output=True, env=env, timeout=60, check=False
        )
    except FileNotFoundError:
        return None
    if b"mount" in done.stderr or b"unshare" in done.stderr:
        return None
    return done


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["vis", "symptomer"], 0),
        (["søk", "kramper"], 0),
        (["time", "--skriv-ut"], 0),
        (["time", "--fil", "liste.txt"], 2),
    ],
)
def test_a_read_only_file_system(tmp_path: Path, args: list[str], code: int) -> None:
    done = _read_only_run(tmp_path, args)
    if done is None:
        pytest.skip("needs unshare and mount (root) to make a read-only mount")
    assert done.returncode == code, done.stderr
    assert b"Traceback" not in done.stderr
    if code == 2:
        assert "«liste.txt» ligger på en skrivebeskyttet disk." in done.stderr.decode()
