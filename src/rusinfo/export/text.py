"""A document as plain text for a printer: ≤ 72 characters a line, `[ ]` boxes, lines to write on."""

from __future__ import annotations

import datetime
import textwrap

from rusinfo import dates
from rusinfo.content import plain
from rusinfo.document import (
    Answers,
    Block,
    Bullets,
    Document,
    Heading,
    Item,
    Paragraph,
    Ticks,
    WriteIn,
)

WIDTH = 72
"""Print width: 72 characters fit an A4 page at the 10 characters per inch `lp` prints plain text in."""

CONTENTS = "Innhold"


def write(document: Document, day: datetime.date) -> str:
    lines = [*_underline(document.title, "="), f"Skrevet ut {dates.short(day)}", ""]
    if document.contents:
        headings = [b.text for b in document.blocks if isinstance(b, Heading) and b.level == 2]
        lines += [CONTENTS, ""]
        lines += [line for n, h in enumerate(headings, 1) for line in _wrap(h, f"{n}. ", "    ")]
        lines.append("")
    for block in document.blocks:
        lines += _block(block)
    lines += ["", "-" * WIDTH, *_wrap(plain(document.emergency)), *_wrap(plain(document.source))]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def item_line(item: Item) -> str:
    """An item as one line of plain text, its title (if any) as the first sentence."""
    text = plain(item.text)
    return f"{item.title.rstrip('.')}. {text}" if item.title else text


def _block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return ["", *_underline(block.text, "-"), ""] if block.level == 2 else ["", block.text, ""]
    if isinstance(block, Paragraph):
        return [*_wrap(plain(block.text)), ""]
    if isinstance(block, Bullets):
        lines: list[str] = []
        for number, item in enumerate(block.items, 1):
            marker = f"{number}. " if block.numbered else "- "
            lines += _wrap(item_line(item), marker, " " * len(marker))
        return [*lines, ""]
    if isinstance(block, Ticks):
        return [line for item in block.items for line in (*_wrap(item_line(item), "[ ] ", "    "), "")]
    if isinstance(block, Answers):
        lines = []
        for number, item in enumerate(block.items, 1):
            marker = f"{number}. "
            indent = " " * len(marker)
            lines += [*_wrap(item_line(item), marker, indent), "", _write_line(indent), ""]
        return lines
    if isinstance(block, WriteIn):
        return [line for _ in range(block.lines) for line in (_write_line("[ ] "), "")]
    width = max(len(row.number) for row in block.rows) + 2
    lines = []
    for row in block.rows:
        lines += _wrap(f"{row.name}. {plain(row.description)}", row.number.ljust(width), " " * width)
    return [*lines, ""]


def _wrap(text: str, first: str = "", rest: str = "") -> list[str]:
    return textwrap.wrap(
        text, WIDTH, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
    ) or [first.rstrip()]


def _underline(text: str, char: str) -> list[str]:
    return [text, char * len(text)]


def _write_line(indent: str) -> str:
    return indent + "_" * (WIDTH - len(indent))
