"""Documents as files: plain text for a printer, Markdown, or a standalone HTML page.

One writer per format serves every page (handouts.py builds the documents, checklist.py the
appointment checklist); the file name's suffix chooses the writer. The pocket card has its
own HTML writer (card.py): it is a card, not a page.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

from rusinfo.document import Card, Document
from rusinfo.errors import BadFile
from rusinfo.names import printable

Writer = Callable[[Document, datetime.date], str]

KNOWN = ".txt, .md eller .html"


class UnknownFormat(BadFile):
    """The file name's suffix names no format we write."""


def for_path(path: Path) -> Writer:
    """The writer for a file name's suffix (any case): .txt, .md or .html; raises UnknownFormat."""
    from rusinfo.export import html, markdown, text

    writers: dict[str, Writer] = {
        # by lower-case suffix; .markdown and .htm are accepted quietly
        ".txt": text.write,
        ".md": markdown.write,
        ".markdown": markdown.write,
        ".html": html.write,
        ".htm": html.write,
    }
    suffix = path.suffix.lower()
    if suffix not in writers:
        if not suffix:
            name = printable(path.name, 40)
            raise UnknownFormat(f"Filnavnet «{name}» har ingen filtype. Velg et navn som slutter på {KNOWN}.")
        raise UnknownFormat(
            f"Filtypen «{printable(suffix, 20)}» støttes ikke. Velg et navn som slutter på {KNOWN}."
        )
    return writers[suffix]


def is_html(path: Path) -> bool:
    return path.suffix.lower() in (".html", ".htm")


def save(name: str, document: Document, day: datetime.date, *, overwrite: bool) -> Path:
    """The document in the file the user named, in the format its suffix names; its path.

    The format is checked before anything is written; files.py writes it whole or not at all.
    """
    from rusinfo import files

    path = files.target(name)
    files.save(path, for_path(path)(document, day), overwrite=overwrite)
    return path


def save_card(name: str, card: Card, *, overwrite: bool) -> Path:
    """The pocket card in the HTML file the user named; its path. Only HTML holds its size."""
    from rusinfo import files
    from rusinfo.export import card as card_page

    path = files.target(name)
    if not is_html(path):
        raise UnknownFormat(
            f"Kortet lages som en nettside for utskrift: velg et navn som slutter på .html, "
            f"for eksempel «{printable(path.stem, 40)}.html»."
        )
    files.save(path, card_page.write(card), overwrite=overwrite)
    return path
