"""Writing the one file a user asks for (`--fil`): nothing else in rusinfo writes to disk.

The file is written whole or not at all. The text goes to a hidden temporary file in the
same folder, is flushed to disk, and only then takes the file's name: without `--overskriv`
by a hard link, which fails if the name is taken (so an existing file is refused in the same
step that would replace it), with `--overskriv` by a rename, which replaces the old file in
one step. If anything fails, the temporary file is removed and an old file is as it was.

A symbolic link is never followed when replacing: `--overskriv` on a link is refused, so a
link cannot make rusinfo overwrite a file somewhere else. A name ending in «/» is refused, and
a FIFO, a device or anything else that is not a plain file is never opened.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from rusinfo.errors import BadFile
from rusinfo.names import printable

_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.ENOSYS}
"""What `link` says on file systems without hard links (FAT, some network and FUSE mounts)."""


def target(name: str) -> Path:
    """The path for the file name the user typed; BadFile if it names a folder or an unknown home."""
    shown = printable(name, 80)
    if name.endswith(("/", os.sep)) or name in ("", ".", ".."):
        folder = printable(name.rstrip("/" + os.sep) or name, 80)
        raise BadFile(
            f"«{shown}» er navnet på en mappe, ikke en fil. Skriv filnavnet uten «/» til slutt, "
            f"eller et filnavn i mappen, for eksempel {folder}/sjekkliste.html."
        )
    try:
        path = Path(name).expanduser()
    except RuntimeError:  # «~navn» for a user who does not exist, or no home folder
        raise BadFile(f"Fant ikke hjemmemappen i «{shown}». Skriv hele stien i stedet.") from None
    # Without UTF-8 mode in a C locale, names are ASCII to the file system: give it the bytes
    # the user typed (UTF-8, as terminals send), which Python then carries as surrogates.
    try:
        os.fsencode(path)
    except UnicodeEncodeError:
        path = Path(os.fsdecode(str(path).encode("utf-8", "surrogateescape")))
    return path


def save(path: Path, text: str, *, overwrite: bool) -> None:
    """Write `text` to `path` (from `target`), whole or not at all.

    Every problem raises BadFile with a Norwegian message that says what to do.
    """
    shown = printable(str(path), 80)
    existing = _existing(path, shown, overwrite)
    data = text.encode("utf-8")
    folder = path.parent
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise BadFile(_folder_problem(folder, error, shown)) from None
    try:
        try:
            _write_all(descriptor, data)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.chmod(temporary, stat.S_IMODE(existing.st_mode) if existing else _new_file_mode())
        if existing:
            os.replace(temporary, path)
        else:
            _create(temporary, path, shown)
    except BaseException as error:
        _remove(temporary)
        if isinstance(error, OSError):
            kept = f" «{shown}» er som før." if existing else ""
            raise BadFile(_write_problem(error, shown) + kept) from None
        raise
    _sync(folder)


def _existing(path: Path, shown: str, overwrite: bool) -> os.stat_result | None:
    """What is at `path` now, looked at without following a link; refused unless it may be replaced."""
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        raise BadFile(_folder_problem(path.parent, None, shown)) from None
    except OSError as error:
        raise BadFile(_write_problem(error, shown)) from None
    if stat.S_ISDIR(found.st_mode):
        raise BadFile(f"«{shown}» er en mappe. Oppgi et filnavn, for eksempel {shown}/sjekkliste.html.")
    if not overwrite:
        raise BadFile(f"Filen «{shown}» finnes allerede. Bruk --overskriv for å erstatte den.")
    if stat.S_ISLNK(found.st_mode):
        raise BadFile(
            f"«{shown}» er en snarvei (symbolsk lenke) til en annen fil. rusinfo erstatter ikke "
            "filer gjennom snarveier: oppgi selve filen, eller et nytt navn."
        )
    if not stat.S_ISREG(found.st_mode):
        raise BadFile(f"«{shown}» er ikke en vanlig fil, og rusinfo skriver ikke til den.")
    return found


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view) :]


def _create(temporary: str, path: Path, shown: str) -> None:
    """Give the finished temporary file the name `path`, only if nothing has that name yet."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise BadFile(f"Filen «{shown}» finnes allerede. Bruk --overskriv for å erstatte den.") from None
    except OSError as error:
        if error.errno not in _NO_HARD_LINKS:
            raise
        # No hard links here: claim the name with an empty file (refused if it exists),
        # then put the finished file in its place.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            raise BadFile(f"Filen «{shown}» finnes allerede. Bruk --overskriv for å erstatte den.") from None
        try:
            os.replace(temporary, path)
        except BaseException:
            _remove(str(path))
            raise
    else:
        _remove(temporary)


def _new_file_mode() -> int:
    """The permissions a new file gets from the user's umask, as `open` would give it."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _remove(name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(name)


def _sync(folder: Path) -> None:
    """Flush the folder's entry for the new name to disk (not every file system can)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _folder_problem(folder: Path, error: OSError | None, shown: str) -> str:
    name = printable(str(folder), 80)
    if folder.exists() and not folder.is_dir():
        return f"«{name}» er en fil, ikke en mappe."
    if not folder.is_dir():
        return f"Mappen «{name}» finnes ikke."
    if error is not None and error.errno in (errno.EACCES, errno.EPERM):
        where = "mappen du står i" if str(folder) == "." else f"mappen «{name}»"
        return f"Du har ikke tilgang til å skrive i {where}."
    return _write_problem(error, shown) if error is not None else f"Kunne ikke skrive filen «{shown}»."


def _write_problem(error: OSError, shown: str) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"Det er ikke plass på disken til «{shown}». Ingenting ble lagret."
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"Du har ikke tilgang til å skrive «{shown}»."
    if error.errno == errno.EROFS:
        return f"«{shown}» ligger på en skrivebeskyttet disk."
    if error.errno == errno.ENAMETOOLONG:
        return f"Filnavnet «{shown}» er for langt."
    return f"Kunne ikke skrive filen «{shown}» (feilkode {error.errno})."
