"""The content: the article, the substance classes, the help lines, the sources and the page
texts, read once from the TOML files in `rusinfo/data` and checked strictly.

model.py holds the records and the ids the code relies on; table.py the strict TOML reader;
article.py, helplines.py and texts.py read one family of files each; loader.py ties them together.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from rusinfo.content.loader import load_from
from rusinfo.content.model import (
    CHECKLIST_SECTION,
    CODE_MARK,
    CRITERIA_LIST,
    EMERGENCY_LIST,
    EMERGENCY_PAGE_LISTS,
    FIRST_AID_LIST,
    FIXED_LISTS,
    HELP_LINES_FRESH_MONTHS,
    NALOXONE_LIST,
    OVERDOSE_SIGNS_LIST,
    About,
    Block,
    Bullet,
    BulletList,
    Content,
    Elsewhere,
    HelpLine,
    Paragraph,
    Part,
    Section,
    Source,
    SubstanceClass,
    Texts,
    code_spans,
    plain,
    source_line,
)
from rusinfo.content.table import ContentError, Table, read_table

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def _data_dir() -> Traversable | Path:
    """The packaged data files, wherever the package is installed.

    Installed as files (pip, pipx, a venv), they are a folder beside this package: a Path.
    Only an import from a zip file needs `importlib.resources`, which costs about 7 ms on
    every call to import (it pulls in zipfile and tempfile), so it is asked only then.
    """
    here = Path(__file__).resolve().parent.parent / "data"
    if here.is_dir():
        return here
    from importlib.resources import files

    return files("rusinfo") / "data"


DATA_DIR = _data_dir()

__all__ = [
    "CHECKLIST_SECTION",
    "CODE_MARK",
    "CRITERIA_LIST",
    "DATA_DIR",
    "EMERGENCY_LIST",
    "EMERGENCY_PAGE_LISTS",
    "FIRST_AID_LIST",
    "FIXED_LISTS",
    "HELP_LINES_FRESH_MONTHS",
    "NALOXONE_LIST",
    "OVERDOSE_SIGNS_LIST",
    "About",
    "Block",
    "Bullet",
    "BulletList",
    "Content",
    "ContentError",
    "Elsewhere",
    "HelpLine",
    "Paragraph",
    "Part",
    "Section",
    "Source",
    "SubstanceClass",
    "Table",
    "Texts",
    "code_spans",
    "load",
    "load_from",
    "plain",
    "read_table",
    "source_line",
]


@functools.cache
def load() -> Content:
    """The content shipped with the package, read once per process."""
    return load_from(DATA_DIR)
