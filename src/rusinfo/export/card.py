"""The pocket card for overdose first aid as an HTML page: two sides of 85 × 54 mm to print at
100 % and cut out, with what to do on the front and the signs, naloxone and numbers behind."""

from __future__ import annotations

from rusinfo.document import Card
from rusinfo.export.html import head, stylesheet, text

HOW_TO_PRINT = (
    "Skriv ut kortet i 100 % størrelse (ikke «Tilpass til siden»), gjerne på tykt papir. "
    "Siden er 85 × 54 mm, like stor som et bankkort: forsiden og baksiden kommer på hver sin side."
)
"""On screen only, above the card; the same words as in `rusinfo akutt -h`."""


def write(card: Card) -> str:
    steps = "".join(f"<li>{text(step)}</li>" for step in card.steps)
    signs = "".join(f"<li>{text(sign)}</li>" for sign in card.signs)
    numbers = "".join(f"<dt>{text(n.number)}</dt><dd>{text(n.name)}</dd>" for n in card.numbers)
    lines = [
        *head(card.front_title, stylesheet("kort.css")),
        "<body>",
        f'<p class="bare-skjerm">{text(HOW_TO_PRINT)}</p>',
        '<section class="side forside" aria-label="Forside">',
        f"<h1>{text(card.front_title)}</h1>",
        f"<ol>{steps}</ol>",
        "</section>",
        '<section class="side" aria-label="Bakside">',
        f"<h2>{text(card.back_title)}</h2>",
        f"<ul>{signs}</ul>",
        f"<p>{text(card.naloxone)}</p>",
        f"<dl>{numbers}</dl>",
        f'<p class="kilde">{text(card.source)}</p>',
        "</section>",
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"
