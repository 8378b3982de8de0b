"""The appointment checklist: built from the article's «time» section, and its print text."""

from __future__ import annotations

import datetime
import textwrap
from enum import Enum
from typing import NamedTuple

from rusinfo import dates
from rusinfo.content import CHECKLIST_SECTION, BulletList, Content, ContentError, plain, source_line

WIDTH = 72
"""Print width: 72 characters fit an A4 page at the 10 characters per inch `lp` prints plain text in."""

OWN_QUESTIONS = "Mine egne spørsmål"
OWN_QUESTION_LINES = 4


class Style(Enum):
    """How a group's items are filled in on paper."""

    TICK = "tick"
    """A box to tick for each item."""
    ANSWER = "answer"
    """Numbered questions, each with a line to write an answer on."""
    WRITE_IN = "write-in"
    """No items: empty lines with boxes, for the user's own questions."""


class Item(NamedTuple):
    text: str
    title: str = ""


class Group(NamedTuple):
    heading: str
    style: Style
    intro: str = ""
    items: tuple[Item, ...] = ()
    outro: tuple[str, ...] = ()


class Checklist(NamedTuple):
    """The checklist's text; content text keeps its `kode` marks, the writers decide what to do with them."""

    title: str
    intro: tuple[str, ...]
    groups: tuple[Group, ...]
    footer: str
    """Who stands behind the text and when it was checked (`content.source_line`)."""


# The checklist's own headings for the article's lists, in the article's order. The text
# under them comes from the article data; the user's own questions follow the questions to ask.
_GROUPS = {
    "forberedelser": ("Før timen", Style.TICK),
    "sporsmal-til-legen": ("Spørsmål du kan stille legen", Style.TICK),
    "legens-sporsmal": ("Spørsmål legen kan stille deg", Style.ANSWER),
}
_OWN_QUESTIONS_AFTER = "sporsmal-til-legen"


def _group(block: BulletList) -> Group:
    if block.id not in _GROUPS:
        raise ContentError(
            f"artikkel.toml: {CHECKLIST_SECTION}: listen «{block.id}» har ingen overskrift i sjekklisten"
        )
    heading, style = _GROUPS[block.id]
    return Group(heading, style, block.intro, tuple(Item(b.text, b.title) for b in block.items))


def build(content: Content) -> Checklist:
    """The checklist from the article: paragraphs before the first list introduce it, a paragraph after a list closes that list's group."""
    section = content.section(CHECKLIST_SECTION)
    intro: list[str] = []
    groups: list[Group] = []
    last_list = -1
    for part in section.parts:
        for block in part.blocks:
            if isinstance(block, BulletList):
                last_list = len(groups)
                groups.append(_group(block))
                if block.id == _OWN_QUESTIONS_AFTER:
                    groups.append(Group(OWN_QUESTIONS, Style.WRITE_IN))
            elif last_list >= 0:
                owner = groups[last_list]
                groups[last_list] = owner._replace(outro=(*owner.outro, block.text))
            else:
                intro.append(block.text)
    return Checklist(section.title, tuple(intro), tuple(groups), source_line(content))


def date_text(day: datetime.date) -> str:
    """A date the Norwegian way: 26.11.2026."""
    return dates.short(day)


def item_line(item: Item) -> str:
    """An item as one line of plain text, its title (if any) as the first sentence."""
    text = plain(item.text)
    return f"{item.title.rstrip('.')}. {text}" if item.title else text


def footer_text(checklist: Checklist) -> str:
    return plain(checklist.footer)


def _wrap(text: str, first: str = "", rest: str = "") -> list[str]:
    return textwrap.wrap(
        text, WIDTH, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
    ) or [first.rstrip()]


def _underline(text: str, char: str) -> list[str]:
    return [text, char * len(text)]


def _write_line(indent: str) -> str:
    return indent + "_" * (WIDTH - len(indent))


def print_text(checklist: Checklist, day: datetime.date) -> str:
    """The checklist as plain text for a printer: ≤ 72 characters a line, `[ ]` boxes, lines to write on."""
    lines = [*_underline(checklist.title, "="), f"Skrevet ut {date_text(day)}", ""]
    for paragraph in checklist.intro:
        lines += [*_wrap(plain(paragraph)), ""]
    for group in checklist.groups:
        lines += ["", *_underline(group.heading, "-"), ""]
        if group.intro:
            lines += [*_wrap(plain(group.intro)), ""]
        lines += _group_lines(group)
        for paragraph in group.outro:
            lines += [*_wrap(plain(paragraph)), ""]
    lines += ["", "-" * WIDTH, *_wrap(footer_text(checklist))]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _group_lines(group: Group) -> list[str]:
    lines: list[str] = []
    if group.style is Style.TICK:
        for item in group.items:
            lines += [*_wrap(item_line(item), "[ ] ", "    "), ""]
    elif group.style is Style.ANSWER:
        for number, item in enumerate(group.items, 1):
            marker = f"{number}. "
            indent = " " * len(marker)
            lines += [*_wrap(item_line(item), marker, indent), "", _write_line(indent), ""]
    else:
        for _ in range(OWN_QUESTION_LINES):
            lines += [_write_line("[ ] "), ""]
    return lines
