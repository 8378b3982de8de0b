"""The article's pages: the list of sections, one section, the whole article, the substance classes."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import RenderableType
from rich.text import Text

from rusinfo import commands
from rusinfo.content import Content, Section, SubstanceClass
from rusinfo.render.screen import Screen, columns, paragraph


def section_list(screen: Screen, content: Content) -> None:
    texts = content.texts
    rows = [(section.id, section.title) for section in content.sections]
    screen.page(
        [screen.heading(texts.sections_heading), columns(rows, "kommando"), paragraph(texts.sections_hint)]
    )


def section(screen: Screen, content: Content, section: Section) -> None:
    screen.page([*_section_items(screen, content, section), screen.footer(content)])


def article(screen: Screen, content: Content) -> None:
    """The whole article in reading order, each class after the section it belongs to."""
    items: list[RenderableType] = []
    for section in content.sections:
        items.append(screen.heading(section.title))
        items.extend(screen.parts(section.parts))
        if section.substances_follow:
            for substance in content.substances:
                items.extend(_substance_items(screen, content, substance, whole=False))
    items.append(screen.footer(content))
    screen.page(items)


def _section_items(screen: Screen, content: Content, section: Section) -> Iterator[RenderableType]:
    yield screen.heading(section.title)
    yield from screen.parts(section.parts)
    if section.substances_follow:
        rows = [
            Text.assemble((commands.substance(c.id), "kommando"), f": {c.name}") for c in content.substances
        ]
        yield screen.bullets(rows)


def substance_list(screen: Screen, content: Content) -> None:
    texts = content.texts
    rows = [
        (c.id, Text.assemble((c.name, "deltittel"), "\n", ", ".join(c.examples))) for c in content.substances
    ]
    screen.page(
        [
            screen.heading(texts.substances_heading),
            columns(rows, "kommando"),
            paragraph(texts.substances_hint),
        ]
    )


def substance(screen: Screen, content: Content, substance: SubstanceClass, matched_name: str = "") -> None:
    """A class's page: the signs, the lists it shares with the article, and withdrawal."""
    items: list[RenderableType] = []
    if matched_name:
        line = content.texts.substance_match.format(navn=matched_name, klasse=substance.name)
        items.append(Text(line, style="dempet"))
    items.extend(_substance_items(screen, content, substance, whole=True))
    items.append(screen.footer(content))
    screen.page(items)


def _substance_items(
    screen: Screen, content: Content, substance: SubstanceClass, *, whole: bool
) -> Iterator[RenderableType]:
    """The class's heading and parts; on its own page (`whole`) also its shared lists and
    withdrawal, which stand in their own sections when the whole article is shown."""
    texts = content.texts
    yield screen.heading(substance.name)
    yield from screen.parts(substance.parts)
    if whole:
        yield from (screen.list_group(block) for block in substance.lists)
        yield Text(texts.withdrawal_heading, style="deltittel")
        if substance.withdrawal:
            yield screen.bullets(substance.withdrawal)
        else:
            yield Text(texts.no_withdrawal)
        yield paragraph(texts.more_treatment)
