"""A page as a document for a file or for paper: the same few blocks whatever the format.

handouts.py builds documents from the content (and checklist.py the appointment checklist);
export/ writes each as plain text, Markdown or HTML, one writer per format for every page.
Content text keeps its `kode` marks: each writer decides what to make of them. No I/O.
"""

from __future__ import annotations

from typing import NamedTuple


class Item(NamedTuple):
    text: str
    title: str = ""
    """Shown first, in bold where the format has bold, as the item's first sentence."""


class Heading(NamedTuple):
    text: str
    level: int = 2
    """2 for the parts of a page (and the sections of the whole article), 3 and 4 below them."""


class Paragraph(NamedTuple):
    text: str


class Bullets(NamedTuple):
    items: tuple[Item, ...]
    numbered: bool = False
    """Steps to take in order, such as the first aid."""


class Ticks(NamedTuple):
    """Items with a box to tick on paper."""

    items: tuple[Item, ...]


class Answers(NamedTuple):
    """Numbered questions, each with a line to write the answer on."""

    items: tuple[Item, ...]


class WriteIn(NamedTuple):
    """Empty lines with a box each, for the reader's own questions."""

    lines: int


class Number(NamedTuple):
    number: str
    name: str
    description: str


class Numbers(NamedTuple):
    """Phone numbers, each with its name and what it is for."""

    rows: tuple[Number, ...]


Block = Heading | Paragraph | Bullets | Ticks | Answers | WriteIn | Numbers


class Document(NamedTuple):
    title: str
    blocks: tuple[Block, ...]
    source: str
    """Who stands behind the text and when it was checked: at the end of every document."""
    emergency: str
    """Where to call in acute danger: at the end, and at the foot of every printed page."""
    contents: bool = False
    """Whether a table of contents of the level-2 headings comes first (the whole article)."""


class Card(NamedTuple):
    """The pocket card for overdose first aid, 85 × 54 mm: the steps on the front, the signs,
    naloxone and the numbers on the back."""

    front_title: str
    steps: tuple[str, ...]
    back_title: str
    signs: tuple[str, ...]
    naloxone: str
    numbers: tuple[Number, ...]
    source: str
