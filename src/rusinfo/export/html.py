"""A document as one standalone HTML page: lang="nb", its CSS embedded (screen and A4 print),
nothing loaded from anywhere, boxes and lines to fill in where the document has them."""

from __future__ import annotations

import datetime
import html
import itertools

from rusinfo import dates
from rusinfo.content import DATA_DIR, code_spans
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


def write(document: Document, day: datetime.date) -> str:
    title = text(document.title)
    lines = [
        *head(document.title, stylesheet("utskrift.css") + "\n" + _page_foot(document.emergency)),
        "<body>",
        "<main>",
        f'<h1>{title}</h1>\n<p class="dato">Laget {dates.short(day)}</p>',
    ]
    level_two = (b for b in document.blocks if isinstance(b, Heading) and b.level == 2)
    if document.contents:
        lines += [
            '<nav class="innhold" aria-labelledby="innhold">',
            f'<h2 id="innhold">{CONTENTS}</h2>',
            "<ol>",
            *(f'<li><a href="#del-{n}">{text(h.text)}</a></li>' for n, h in enumerate(level_two, 1)),
            "</ol>",
            "</nav>",
        ]
    numbers = itertools.count(1)
    for index, block in enumerate(document.blocks):
        lines += _block(block, index, numbers)
    lines += [
        "</main>",
        f'<footer>\n<p class="akutt">{text(document.emergency)}</p>\n<p>{text(document.source)}</p>\n</footer>',
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"


def head(title: str, style: str) -> list[str]:
    return [
        "<!DOCTYPE html>",
        '<html lang="nb">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{text(title)}</title>",
        f"<style>\n{style}\n</style>",
        "</head>",
    ]


def text(value: str) -> str:
    """Content text as HTML: escaped, `kode` marks as <code>."""
    out = [
        f"<code>{html.escape(run)}</code>" if is_command else html.escape(run)
        for run, is_command in code_spans(value)
    ]
    return " ".join("".join(out).split())


def stylesheet(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8").strip()


def _page_foot(emergency: str) -> str:
    """The emergency line at the foot of every printed page, in the page's margin."""
    line = " ".join(emergency.replace("`", "").split())
    quoted = line.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3C ")
    return (
        "@page {\n"
        f'  @bottom-left {{ content: "{quoted}"; font: bold 9pt system-ui, "Liberation Sans", Arial, sans-serif; }}\n'
        "}"
    )


def _item(item: Item) -> str:
    title = f"<strong>{text(item.title.rstrip('.'))}.</strong> " if item.title else ""
    return title + text(item.text)


def _block(block: Block, index: int, numbers: itertools.count[int]) -> list[str]:
    if isinstance(block, Heading):
        anchor = f' id="del-{next(numbers)}"' if block.level == 2 else ""
        return [f"<h{block.level}{anchor}>{text(block.text)}</h{block.level}>"]
    if isinstance(block, Paragraph):
        return [f"<p>{text(block.text)}</p>"]
    if isinstance(block, Bullets):
        tag, kind = ("ol", "steg") if block.numbered else ("ul", "punkter")
        return [f'<{tag} class="{kind}">', *(f"<li>{_item(item)}</li>" for item in block.items), f"</{tag}>"]
    if isinstance(block, Ticks):
        return [
            '<ul class="sjekk">',
            *(
                f'<li><label><input type="checkbox"> <span>{_item(item)}</span></label></li>'
                for item in block.items
            ),
            "</ul>",
        ]
    if isinstance(block, Answers):
        lines = ['<ol class="svar">']
        for number, item in enumerate(block.items, 1):
            question = f"sporsmal-{index}-{number}"
            lines.append(
                f'<li><span id="{question}">{_item(item)}</span>'
                f'<input type="text" aria-labelledby="{question}"></li>'
            )
        return [*lines, "</ol>"]
    if isinstance(block, WriteIn):
        return [
            '<ul class="sjekk egne">',
            *(
                f'<li><input type="checkbox" aria-label="Spørsmål {n} er stilt">'
                f'<input type="text" aria-label="Mitt spørsmål {n}"></li>'
                for n in range(1, block.lines + 1)
            ),
            "</ul>",
        ]
    rows = [
        f"<dt>{text(r.number)}</dt><dd><strong>{text(r.name)}.</strong> {text(r.description)}</dd>"
        for r in block.rows
    ]
    return ['<dl class="numre">', *rows, "</dl>"]
