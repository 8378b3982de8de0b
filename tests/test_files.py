"""`rusinfo time --fil`: the file is written whole or not at all, and nothing else is touched."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from helpers import flat, invoke, run_process

ORIGINAL = "mine egne notater, som ikke må gå tapt\n".encode() * 50


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def save(*args: str) -> Result:
    return invoke("time", "--fil", *args)


def names(folder: Path) -> list[str]:
    """Everything in `folder`, hidden files (a left-over temporary file) included."""
    return sorted(p.name for p in folder.iterdir())


def fail_writing_after(monkeypatch: pytest.MonkeyPatch, size: int, error: BaseException) -> None:
    """The disk takes `size` bytes of the file, then every write fails with `error`."""
    real_write = os.write
    written = 0

    def write(descriptor: int, data: bytes | memoryview) -> int:
        nonlocal written
        if written >= size:
            raise error
        done = real_write(descriptor, bytes(data[: size - written]))
        written += done
        return done

    monkeypatch.setattr(os, "write", write)


def test_a_new_file_gets_the_permissions_the_umask_gives(here: Path) -> None:
    old = os.umask(0o027)
    try:
        result = save("liste.md")
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE((here / "liste.md").stat().st_mode) == 0o640
    assert names(here) == ["liste.md"]


def test_a_replaced_file_keeps_its_permissions(here: Path) -> None:
    target = here / "liste.md"
    target.write_bytes(ORIGINAL)
    target.chmod(0o600)
    assert save("liste.md", "--overskriv").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert names(here) == ["liste.md"]


@pytest.mark.parametrize("existing", [False, True])
def test_a_full_disk_mid_file_leaves_the_original_byte_for_byte(
    here: Path, monkeypatch: pytest.MonkeyPatch, existing: bool
) -> None:
    target = here / "liste.html"
    if existing:
        target.write_bytes(ORIGINAL)
    fail_writing_after(monkeypatch, 1000, OSError(errno.ENOSPC, "No space left on device"))
    result = save("liste.html", "--overskriv")
    assert result.exit_code == 2
    message = "Feil: Det er ikke plass på disken til «liste.html». Ingenting ble lagret."
    assert result.stderr.startswith(message)
    assert ("«liste.html» er som før." in result.stderr) is existing
    if existing:
        assert target.read_bytes() == ORIGINAL
        assert names(here) == ["liste.html"]
    else:
        assert names(here) == []


def test_ctrl_c_while_writing_leaves_no_part_of_a_file(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (here / "liste.md").write_bytes(ORIGINAL)
    fail_writing_after(monkeypatch, 10, KeyboardInterrupt())
    assert save("liste.md", "--overskriv").exit_code == 130
    assert (here / "liste.md").read_bytes() == ORIGINAL
    assert names(here) == ["liste.md"]


def _in_a_tiny_tmpfs(folder: Path, command: str) -> subprocess.CompletedProcess[bytes] | None:
    """`command` in `folder` with an 8 KiB tmpfs mounted there, or None where mounting is not allowed."""
    script = f"mount -t tmpfs -o size=8k tmpfs '{folder}' && cd '{folder}' && {command}"
    try:
        done = subprocess.run(
            ["unshare", "-m", "sh", "-c", script], capture_output=True, timeout=60, check=False
        )
    except FileNotFoundError:
        return None
    if b"mount" in done.stderr or b"unshare" in done.stderr:
        return None
    return done


def test_a_really_full_disk_keeps_the_original(tmp_path: Path) -> None:
    """A real 8 KiB file system: the 1.5 KiB original fits, the ~10 KiB HTML page does not."""
    folder = tmp_path / "liten"
    folder.mkdir()
    python = sys.executable
    command = (
        f"head -c 1500 /dev/urandom | base64 > liste.html && cp liste.html original && "
        f'{python} -m rusinfo time --fil liste.html --overskriv; echo "kode=$?"; '
        "cmp liste.html original && echo uendret; ls -A"
    )
    done = _in_a_tiny_tmpfs(folder, command)
    if done is None:
        pytest.skip("needs unshare and mount (root) for a small tmpfs")
    out = done.stdout.decode()
    assert "kode=2" in out, done.stderr.decode()
    assert "uendret" in out
    assert out.split("uendret")[1].split() == ["liste.html", "original"]
    assert "ikke plass på disken" in done.stderr.decode()
    assert b"Traceback" not in done.stderr


def test_a_file_that_appears_meanwhile_is_not_replaced(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Between the check and the write another program creates the file: it is refused, not replaced."""
    real_link = os.link

    def link(source: str, target: Path) -> None:
        Path(target).write_bytes(ORIGINAL)
        real_link(source, target)

    monkeypatch.setattr(os, "link", link)
    result = save("liste.md")
    assert result.exit_code == 2
    assert "Filen «liste.md» finnes allerede." in result.stderr
    assert (here / "liste.md").read_bytes() == ORIGINAL
    assert names(here) == ["liste.md"]


def test_without_hard_links_an_existing_file_is_still_refused(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*_args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    assert save("ny.md").exit_code == 0
    assert (here / "ny.md").read_text(encoding="utf-8").startswith("# ")
    (here / "gammel.md").write_bytes(ORIGINAL)
    refused = save("gammel.md")
    assert refused.exit_code == 2
    assert (here / "gammel.md").read_bytes() == ORIGINAL
    assert names(here) == ["gammel.md", "ny.md"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("notater.md/", "«notater.md/» er navnet på en mappe, ikke en fil."),
        ("mappe/", "«mappe/» er navnet på en mappe, ikke en fil."),
        ("~finnesikkebruker/liste.md", "Fant ikke hjemmemappen i «~finnesikkebruker/liste.md»."),
    ],
)
def test_names_that_cannot_be_a_file_are_refused(here: Path, name: str, message: str) -> None:
    (here / "mappe").mkdir()
    result = save(name)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Feil: {message}")
    assert names(here) == ["mappe"]
    assert list((here / "mappe").iterdir()) == []


def test_a_symbolic_link_is_never_followed_when_replacing(here: Path) -> None:
    elsewhere = here / "annet-sted.txt"
    elsewhere.write_bytes(ORIGINAL)
    (here / "lenke.txt").symlink_to(elsewhere)
    for args in (["lenke.txt"], ["lenke.txt", "--overskriv"]):
        result = save(*args)
        assert result.exit_code == 2
        assert elsewhere.read_bytes() == ORIGINAL
        assert (here / "lenke.txt").is_symlink()
    assert "snarvei (symbolsk lenke)" in result.stderr
    assert names(here) == ["annet-sted.txt", "lenke.txt"]


@pytest.mark.parametrize("overwrite", [[], ["--overskriv"]])
def test_a_fifo_is_refused_at_once(tmp_path: Path, overwrite: list[str]) -> None:
    """A whole process with a time limit: if it opened the FIFO, it would wait for a reader forever."""
    fifo = tmp_path / "kø.txt"
    os.mkfifo(fifo)
    done = run_process(["time", "--fil", str(fifo), *overwrite], timeout=10)
    assert done.returncode == 2
    expected = "er ikke en vanlig fil" if overwrite else "finnes allerede"
    assert expected in flat(done.stderr.decode())
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.parametrize("make", [lambda p: p.mkdir(), lambda p: p.write_bytes(ORIGINAL)])
def test_nothing_is_left_behind_when_the_folder_is_wrong(here: Path, make: Callable[[Path], None]) -> None:
    make(here / "x")
    result = save("x/y/liste.md")
    assert result.exit_code == 2
    assert names(here) == ["x"]
