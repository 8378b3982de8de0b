"""The pages that are not the article: the overview, `rusinfo akutt` and `rusinfo kilder`."""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence

from rich.console import Group, RenderableType
from rich.text import Text

from rusinfo import dates
from rusinfo.content import (
    EMERGENCY_LIST,
    FIRST_AID_LIST,
    NALOXONE_LIST,
    OVERDOSE_SIGNS_LIST,
    Content,
    HelpLine,
)
from rusinfo.render.screen import Hanging, Screen, columns, paragraph


def overview(screen: Screen, content: Content, version: str) -> None:
    """`rusinfo` alone: what the tool is, a command with an example for each job, the footer."""
    texts = content.texts
    intro = Text.assemble(("rusinfo", "tittel"), f" {version}: {texts.overview_intro}")
    screen.page(
        [
            Hanging("", intro),
            Group(
                Text(texts.overview_heading, style="deltittel"),
                columns(list(texts.overview_examples), "kommando"),
            ),
            Text(texts.overview_hint, style="dempet"),
            screen.footer(content),
        ]
    )


def emergency(screen: Screen, content: Content, today: datetime.date) -> None:
    """`rusinfo akutt`: what to do at an overdose until help comes, first and in the 113 box,
    then when to call, the signs, naloxone and the numbers; short enough to read in a crisis."""
    from rich.panel import Panel

    texts = content.texts
    body = Group(*screen.bullet_list(content.bullet_list(FIRST_AID_LIST)))
    if screen.simple:
        first: RenderableType = Group(Text(texts.emergency_plain), body)
    else:
        first = Panel(body, title=texts.emergency_box, title_align="left", border_style="fare", expand=False)
    checked = texts.numbers_checked.format(dato=dates.short(content.help_lines_checked()))
    if content.help_lines_may_be_outdated(today):
        checked += " " + texts.numbers_may_have_changed
    screen.page(
        [
            first,
            screen.list_group(content.bullet_list(EMERGENCY_LIST)),
            screen.list_group(content.bullet_list(OVERDOSE_SIGNS_LIST)),
            screen.list_group(content.bullet_list(NALOXONE_LIST)),
            paragraph(texts.emergency_more),
            screen.heading(texts.numbers_heading),
            *help_groups(screen, content.help_lines),
            Text(checked, style="dempet"),
            screen.footer(content),
        ],
    )


def help_groups(screen: Screen, lines: Sequence[HelpLine]) -> Iterator[RenderableType]:
    """The help lines under their group headings, in the order of the data."""
    groups: dict[str, list[HelpLine]] = {}
    for line in lines:
        groups.setdefault(line.group, []).append(line)
    for title, members in groups.items():
        yield Group(Text(title, style="deltittel"), screen.help_grid(members))


def sources(screen: Screen, content: Content) -> None:
    """`rusinfo kilder`: who stands behind the text, then every source with what it supports."""
    texts = content.texts
    items: list[RenderableType] = [screen.heading(texts.sources_heading)]
    items += [paragraph(p) for p in content.about.basis]
    for source in content.sources:
        lines = Text()
        lines.append(source.title, style="deltittel")
        lines.append(f"\n{source.publisher}. {source.url}")
        lines.append("\n" + texts.sources_supports.format(tekst=source.supports))
        lines.append("\n" + texts.sources_checked.format(dato=dates.short(source.checked)), style="dempet")
        items.append(Hanging("", lines))
    items.append(screen.footer(content))
    screen.page(items)
