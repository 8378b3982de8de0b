"""Writing the one file a user asks for (`--fil`): nothing else in rusinfo writes to disk."""

from __future__ import annotations

from pathlib import Path

from rusinfo.errors import BadFile
from rusinfo.names import printable


def save(path: Path, text: str, *, overwrite: bool) -> None:
    """Write `text` to `path`; an existing file only with `overwrite`. Problems raise BadFile."""
    shown = printable(str(path), 80)
    folder_hint = (
        f"«{shown}» er en mappe. Oppgi et filnavn, for eksempel {shown.rstrip('/')}/sjekkliste.html."
    )
    try:
        # "x" refuses an existing file in the same call that creates it: no race between test and write.
        with path.expanduser().open("w" if overwrite else "x", encoding="utf-8", newline="\n") as file:
            file.write(text)
    except FileExistsError:
        if path.expanduser().is_dir():
            raise BadFile(folder_hint) from None
        raise BadFile(f"Filen «{shown}» finnes allerede. Bruk --overskriv for å erstatte den.") from None
    except IsADirectoryError:
        raise BadFile(folder_hint) from None
    except (FileNotFoundError, NotADirectoryError):
        folder = path.expanduser().parent
        if folder.exists() and not folder.is_dir():
            raise BadFile(f"«{printable(str(folder), 80)}» er en fil, ikke en mappe.") from None
        if not folder.is_dir():
            raise BadFile(f"Mappen «{printable(str(folder), 80)}» finnes ikke.") from None
        raise BadFile(f"Kunne ikke skrive filen «{shown}».") from None
    except PermissionError:
        raise BadFile(f"Du har ikke tilgang til å skrive «{shown}».") from None
    except OSError:
        raise BadFile(f"Kunne ikke skrive filen «{shown}».") from None
