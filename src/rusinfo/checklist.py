"""The appointment checklist: built from the article's «time» section, and its print text."""

from __future__ import annotations

import datetime
from enum import Enum
from typing import NamedTuple

from rusinfo.content import CHECKLIST_SECTION, BulletList, Content, ContentError, source_line
from rusinfo.document import Answers, Block, Document, Heading, Item, Paragraph, Ticks, WriteIn

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
    emergency: str = ""
    """Where to call in acute danger (the footer's first line on screen)."""


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
    return Checklist(
        section.title, tuple(intro), tuple(groups), source_line(content), content.texts.footer_emergency
    )


def document(checklist: Checklist) -> Document:
    """The checklist as a document for a file or paper: a group per heading, boxes to tick,
    lines to answer on, and room for the reader's own questions."""
    blocks: list[Block] = [Paragraph(p) for p in checklist.intro]
    for group in checklist.groups:
        blocks.append(Heading(group.heading))
        if group.intro:
            blocks.append(Paragraph(group.intro))
        if group.style is Style.TICK:
            blocks.append(Ticks(group.items))
        elif group.style is Style.ANSWER:
            blocks.append(Answers(group.items))
        else:
            blocks.append(WriteIn(OWN_QUESTION_LINES))
        blocks.extend(Paragraph(p) for p in group.outro)
    return Document(checklist.title, tuple(blocks), checklist.footer, checklist.emergency)


def print_text(checklist: Checklist, day: datetime.date) -> str:
    """The checklist as plain text for a printer (`rusinfo time --skriv-ut`)."""
    from rusinfo.export import text

    return text.write(document(checklist), day)
