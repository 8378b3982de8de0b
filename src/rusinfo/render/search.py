"""`rusinfo søk` on screen: hits by place, best place first, the matched words marked."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.text import Text

from rusinfo import search
from rusinfo.options import Options
from rusinfo.render.screen import Screen, make_console

HITS_SHOWN = 5
"""Hits shown per place; the rest are counted, and the place's command shows them all."""

HIGHLIGHT = "reverse"
"""Matched words, visible on light and dark terminals alike."""


def results(screen: Screen, result: search.Result, query: str) -> None:
    summary = Text(search.summary(result, query), style="dempet")
    screen.page([summary, *(_group(screen, g) for g in result.groups)])


def _group(screen: Screen, group: search.Group) -> RenderableType:
    heading = screen.heading(group.place.title)
    hits: list[search.Hit] = []
    for hit in group.hits:
        if hit.is_title and hit.text == group.place.title:
            _mark(heading, hit.marks)
        else:
            hits.append(hit)
    more = len(hits) - HITS_SHOWN
    link = Text.assemble(
        (f"{more} treff til. " if more > 0 else "", "dempet"),
        ("Les mer: ", "dempet"),
        (group.place.command, "kommando"),
    )
    if not hits:
        return Group(heading, link)
    return Group(heading, screen.bullets(_hit_text(h) for h in hits[:HITS_SHOWN]), link)


def _mark(text: Text, marks: Sequence[tuple[int, int]]) -> None:
    for start, end in marks:
        text.stylize(HIGHLIGHT, start, end)


def _hit_text(hit: search.Hit) -> Text:
    shown, marks = search.excerpt(hit)
    text = Text(shown)
    _mark(text, marks)
    return text


def no_hits(options: Options, query: str, result: search.Result) -> None:
    """«Ingen treff for …» on stderr, with what to try instead."""
    make_console(options, stderr=True).print(Text(search.no_hits_message(query, result)))
