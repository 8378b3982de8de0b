"""What search looks through: every passage of the content, in reading order, with the place it
stands in and the command that shows that place; and each passage folded for matching, with
how well a query word matches it."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from rusinfo import commands
from rusinfo.content import EMERGENCY_LIST, EMERGENCY_PAGE_LISTS, BulletList, Content, Paragraph, Part, plain
from rusinfo.names import fold
from rusinfo.words import Term, stem

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
    heading: str = ""
    """The title of the part the passage stands in: what it is about, not shown with it."""
    urgent: bool = False
    """Part of what to do in acute danger: the emergency page's lists and its urgent numbers."""


def passages(content: Content) -> Iterator[Passage]:
    """Everything searchable, in reading order: the emergency page first, then the article
    with each substance class after the section it belongs to."""
    order = itertools.count()
    emergency = Place("akutt", "Akutt hjelp og hvem du kan ringe", commands.EMERGENCY, urgent=True)
    yield Passage(emergency, emergency.title, next(order), is_title=True, keywords=("akutt",), urgent=True)
    known = {block.id for block in content.all_lists()}
    for list_id in EMERGENCY_PAGE_LISTS:
        if list_id not in known:  # a small test content may leave some out
            continue
        block = content.bullet_list(list_id)
        intro = plain(block.intro)
        joined = list_id == EMERGENCY_LIST and intro.endswith(":")
        if intro and not joined:
            yield Passage(emergency, intro, next(order), urgent=True)
        for bullet in block.items:
            text = plain(bullet.text)
            if bullet.title:
                text = f"{bullet.title.rstrip('.')}. {text}"
            # «Ring 113 hvis … og:» + «har kramper» reads as one sentence, and a hit says «Ring 113».
            yield Passage(emergency, f"{intro[:-1]} {text}" if joined else text, next(order), urgent=True)
    for line in content.help_lines:
        name = f"{line.name}, {line.number}" if line.number else line.name
        yield Passage(emergency, f"{name}: {line.description}", next(order), urgent=line.urgent)

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
                yield Passage(place, plain(block.text), next(order), heading=part.title)
                continue
            if block.intro:
                yield Passage(place, plain(block.intro), next(order), heading=part.title)
            for bullet in block.items:
                text = plain(bullet.text)
                if bullet.title:
                    text = f"{bullet.title.rstrip('.')}. {text}"
                yield Passage(place, text, next(order), heading=part.title)


def _names(examples: Sequence[str], drug_names: Sequence[str]) -> str:
    """The examples, then every other drug name once: «heroin, morfin, …, fentanyl»."""
    shown = list(examples)
    seen = {fold(w) for name in examples for w in _WORD.findall(name)}
    for name in drug_names:
        if fold(name) not in seen:
            shown.append(name)
            seen.add(fold(name))
    return ", ".join(shown)


fold_word = functools.cache(fold)
"""`names.fold` for one word of the content, remembered: the content repeats its words a lot."""


class Indexed:
    """A passage folded once: each word's place in the folded text and in the original."""

    def __init__(self, passage: Passage) -> None:
        self.passage = passage
        self.text = unicodedata.normalize("NFC", passage.text)
        visible = len(self.text)
        source = " ".join([self.text, *passage.keywords])
        folded: list[str] = []
        self.words: list[tuple[int, int, int, int]] = []
        """(folded start, folded end, original start, original end); original spans past
        the visible text belong to the keywords."""
        pos = length = 0
        for match in _WORD.finditer(source):
            between = source[pos : match.start()].lower()
            word = fold_word(match.group())
            folded += [between, word]
            start = length + len(between)
            length = start + len(word)
            if match.start() < visible:
                self.words.append((start, length, match.start(), match.end()))
            else:
                self.words.append((start, length, -1, -1))
            pos = match.end()
        self.folded = "".join(folded)
        self.starts = {w[0]: i for i, w in enumerate(self.words)}

    def occurrences(self, key: str) -> Iterator[tuple[int, int]]:
        """(first word, last word) for each place `key` stands at the start of a word."""
        pos = self.folded.find(key)
        while pos != -1:
            first = self.starts.get(pos)
            if first is not None:
                last = first
                end = pos + len(key)
                while last + 1 < len(self.words) and self.words[last + 1][0] < end:
                    last += 1
                yield first, last
            pos = self.folded.find(key, pos + 1)

    def find(self, term: Term) -> tuple[int, list[tuple[int, int]]]:
        """How well `term` matches (2 whole word or stem, 1 start of a word, 0 not at all), and
        the spans of the visible text it matches."""
        best = 0
        marks: list[tuple[int, int]] = []
        for first, last in self.occurrences(term.stem):
            found = self.folded[self.words[first][0] : self.words[last][1]]
            level = quality(term, found)
            if level:
                best = max(best, level)
                if self.words[first][2] >= 0:
                    marks.append((self.words[first][2], self.words[last][3]))
        return best, marks


def quality(term: Term, found: str) -> int:
    """2 if the folded content word(s) `found` are the term's word or share its stem, 1 if they
    only start with it, 0 if they start with the stem but are another word («overdosemotgift»)."""
    if found == term.key or found == term.stem or stem(found) == term.stem:
        return 2
    return 1 if found.startswith(term.key) else 0
