"""What search looks through: every passage of the content, in reading order, with the place it
stands in and the command that shows that place."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from rusinfo import commands
from rusinfo.content import EMERGENCY_LIST, EMERGENCY_PAGE_LISTS, BulletList, Content, Paragraph, Part, plain
from rusinfo.names import fold

_WORD = re.compile(r"[^\W_]+")


class Place(NamedTuple):
    """Where text stands, and the command that shows all of it."""

    id: str
    title: str
    command: str
    urgent: bool = False


class Passage(NamedTuple):
    """One searchable piece: a title, a paragraph, a list intro, a bullet or a help line."""

    place: Place
    text: str
    order: int
    is_title: bool = False
    is_names: bool = False
    keywords: tuple[str, ...] = ()
    """Names that find the passage without being shown in it (section and class aliases)."""


def passages(content: Content) -> Iterator[Passage]:
    """Everything searchable, in reading order: the emergency page first, then the article
    with each substance class after the section it belongs to."""
    order = itertools.count()
    emergency = Place("akutt", "Akutt hjelp og hvem du kan ringe", commands.EMERGENCY, urgent=True)
    yield Passage(emergency, emergency.title, next(order), is_title=True, keywords=("akutt",))
    known = {block.id for block in content.all_lists()}
    for list_id in EMERGENCY_PAGE_LISTS:
        if list_id not in known:  # a small test content may leave some out
            continue
        block = content.bullet_list(list_id)
        intro = plain(block.intro)
        joined = list_id == EMERGENCY_LIST and intro.endswith(":")
        if intro and not joined:
            yield Passage(emergency, intro, next(order))
        for bullet in block.items:
            text = plain(bullet.text)
            if bullet.title:
                text = f"{bullet.title.rstrip('.')}. {text}"
            # «Ring 113 hvis … og:» + «har kramper» reads as one sentence, and a hit says «Ring 113».
            yield Passage(emergency, f"{intro[:-1]} {text}" if joined else text, next(order))
    for line in content.help_lines:
        name = f"{line.name}, {line.number}" if line.number else line.name
        yield Passage(emergency, f"{name}: {line.description}", next(order))

    for section in content.sections:
        place = Place(section.id, section.title, commands.section(section.id))
        keywords = (section.id, *section.aliases)
        yield Passage(place, section.title, next(order), is_title=True, keywords=keywords)
        yield from _parts(place, section.parts, order)
        if section.substances_follow:
            for substance in content.substances:
                place = Place(substance.id, substance.name, commands.substance(substance.id))
                keywords = (substance.id, *substance.aliases)
                yield Passage(place, substance.name, next(order), is_title=True, keywords=keywords)
                names = _names(substance.examples, substance.drug_names)
                yield Passage(place, names, next(order), is_names=True)
                yield from _parts(place, substance.parts, order)


def _parts(place: Place, parts: Iterable[Part], order: Iterator[int]) -> Iterator[Passage]:
    for part in parts:
        blocks = [b for b in part.blocks if not (isinstance(b, BulletList) and b.id in EMERGENCY_PAGE_LISTS)]
        if part.title and blocks:
            yield Passage(place, part.title, next(order))
        for block in blocks:
            if isinstance(block, Paragraph):
                yield Passage(place, plain(block.text), next(order))
                continue
            if block.intro:
                yield Passage(place, plain(block.intro), next(order))
            for bullet in block.items:
                text = plain(bullet.text)
                if bullet.title:
                    text = f"{bullet.title.rstrip('.')}. {text}"
                yield Passage(place, text, next(order))


def _names(examples: Sequence[str], drug_names: Sequence[str]) -> str:
    """The examples, then every other drug name once: «heroin, morfin, …, fentanyl»."""
    shown = list(examples)
    seen = {fold(w) for name in examples for w in _WORD.findall(name)}
    for name in drug_names:
        if fold(name) not in seen:
            shown.append(name)
            seen.add(fold(name))
    return ", ".join(shown)
