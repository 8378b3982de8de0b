"""`rusinfo time` on screen: the appointment checklist with boxes to tick."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from rusinfo.checklist import Checklist, Style
from rusinfo.content import Content
from rusinfo.render.screen import Hanging, Screen, paragraph, rich_text, titled


def checklist(screen: Screen, content: Content, checklist: Checklist) -> None:
    """Boxes to tick on screen; the lines to write on are for paper, which the hint points to."""
    items: list[RenderableType] = [screen.heading(checklist.title)]
    items += [paragraph(text) for text in checklist.intro]
    for group in checklist.groups:
        if group.style is Style.WRITE_IN:
            continue
        items.append(Text(group.heading, style="deltittel"))
        if group.intro:
            items.append(paragraph(group.intro))
        rows = []
        for number, item in enumerate(group.items, 1):
            marker = "[ ]" if group.style is Style.TICK else f"{number}."
            rows.append(Hanging(marker, titled(item.title, item.text)))
        items.append(Group(*rows))
        items += [paragraph(text) for text in group.outro]
    texts = content.texts
    ways = [rich_text(texts.checklist_print), rich_text(texts.checklist_html)]
    items += [Group(paragraph(texts.checklist_paper), screen.bullets(ways)), screen.footer(content)]
    screen.page(items)
