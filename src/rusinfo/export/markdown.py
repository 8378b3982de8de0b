"""A document as Markdown: headings, lists, task-list boxes (`- [ ]`), «…» where the reader writes."""

from __future__ import annotations

import datetime
import re

from rusinfo import dates
from rusinfo.content import code_spans
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
from rusinfo.export.text import CONTENTS

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def write(document: Document, day: datetime.date) -> str:
    lines = [f"# {md(document.title)}", "", f"Laget {dates.short(day)}", ""]
    if document.contents:
        headings = [b.text for b in document.blocks if isinstance(b, Heading) and b.level == 2]
        lines += [f"**{CONTENTS}**", "", *(f"{n}. {md(h)}" for n, h in enumerate(headings, 1)), ""]
    for block in document.blocks:
        lines += _block(block)
    lines += ["---", "", f"**{md(document.emergency)}**", "", md(document.source)]
    return "\n".join(lines) + "\n"


def md(text: str) -> str:
    """Content text as Markdown: `kode` marks stay code spans, everything else is escaped."""
    out = [f"`{run}`" if is_command else _SPECIAL.sub(r"\\\1", run) for run, is_command in code_spans(text)]
    return " ".join("".join(out).split())


def _item(item: Item) -> str:
    title = f"**{md(item.title.rstrip('.'))}.** " if item.title else ""
    return title + md(item.text)


def _block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return [f"{'#' * block.level} {md(block.text)}", ""]
    if isinstance(block, Paragraph):
        return [md(block.text), ""]
    if isinstance(block, Bullets):
        markers = (f"{n}." if block.numbered else "-" for n in range(1, len(block.items) + 1))
        return [*(f"{marker} {_item(item)}" for marker, item in zip(markers, block.items, strict=True)), ""]
    if isinstance(block, Ticks):
        return [*(f"- [ ] {_item(item)}" for item in block.items), ""]
    if isinstance(block, Answers):
        lines = []
        for number, item in enumerate(block.items, 1):
            lines += [f"{number}. {_item(item)}", "", "   Svar: …", ""]
        return lines
    if isinstance(block, WriteIn):
        return [*(["- [ ] …"] * block.lines), ""]
    return [*(f"- **{md(r.number)}**: {md(r.name)}. {md(r.description)}" for r in block.rows), ""]
