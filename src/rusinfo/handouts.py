"""Every page as a document for a file or for paper (`--fil`), and the pocket card.

Built from the same content as the screens, in the same order, so that paper and terminal
never disagree; export/ writes the documents. Pure: no I/O, no Rich.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rusinfo import commands, dates
from rusinfo.content import (
    EMERGENCY_LIST,
    FIRST_AID_LIST,
    NALOXONE_LIST,
    OVERDOSE_SIGNS_LIST,
    BulletList,
    Content,
    Paragraph,
    Part,
    Section,
    SubstanceClass,
    source_line,
)
from rusinfo.document import (
    Block,
    Bullets,
    Card,
    Document,
    Heading,
    Item,
    Number,
    Numbers,
)
from rusinfo.document import (
    Paragraph as Text,
)


def section(content: Content, chosen: Section) -> Document:
    """One section of the article, as `rusinfo vis SEKSJON` shows it."""
    blocks = list(_parts(chosen.parts, 2))
    if chosen.substances_follow:
        blocks.append(Heading(content.texts.substances_heading))
        blocks.append(
            Bullets(tuple(Item(f"`{commands.substance(c.id)}`", c.name) for c in content.substances))
        )
    return _document(content, chosen.title, blocks)


def article(content: Content) -> Document:
    """The whole article in reading order, each class after its section, with a table of contents."""
    blocks: list[Block] = []
    for item in content.sections:
        blocks.append(Heading(item.title, 2))
        blocks.extend(_parts(item.parts, 3))
        if item.substances_follow:
            for substance in content.substances:
                blocks.append(Heading(substance.name, 3))
                blocks.extend(_parts(substance.parts, 4))
    return _document(content, content.texts.print_article, blocks, contents=True)


def substance(content: Content, chosen: SubstanceClass) -> Document:
    """A substance class's page: the signs, the lists it shares with the article, withdrawal."""
    texts = content.texts
    blocks: list[Block] = [*_parts(chosen.parts, 2), *(b for block in chosen.lists for b in _list(block))]
    blocks.append(Heading(texts.withdrawal_heading))
    if chosen.withdrawal:
        blocks.append(Bullets(tuple(Item(b.text, b.title) for b in chosen.withdrawal)))
    else:
        blocks.append(Text(texts.no_withdrawal))
    blocks.append(Text(texts.more_treatment))
    return _document(content, chosen.name, blocks)


def emergency(content: Content) -> Document:
    """`rusinfo akutt`: first aid first, then when to call 113, the signs, naloxone, the numbers."""
    texts = content.texts
    blocks: list[Block] = [Heading(texts.emergency_box)]
    for list_id in (FIRST_AID_LIST, EMERGENCY_LIST, OVERDOSE_SIGNS_LIST, NALOXONE_LIST):
        blocks.extend(_list(content.bullet_list(list_id)))
    blocks.append(Text(texts.emergency_more))
    blocks.append(Heading(texts.numbers_heading))
    groups: dict[str, list[Number]] = {}
    for line in content.help_lines:
        groups.setdefault(line.group, []).append(Number(line.number or "nett", line.name, line.description))
    for title, rows in groups.items():
        blocks += [Heading(title, 3), Numbers(tuple(rows))]
    blocks.append(Text(texts.numbers_checked.format(dato=dates.short(content.help_lines_checked()))))
    return _document(content, texts.print_emergency, blocks)


def sources(content: Content) -> Document:
    """`rusinfo kilder`: who stands behind the text, then every source and what it supports."""
    texts = content.texts
    rows = tuple(
        Item(
            f"{s.publisher}. {s.url} "
            + texts.sources_supports.format(tekst=s.supports)
            + " "
            + texts.sources_checked.format(dato=dates.short(s.checked)),
            s.title,
        )
        for s in content.sources
    )
    blocks: list[Block] = [*(Text(p) for p in content.about.basis), Bullets(rows)]
    return _document(content, texts.sources_heading, blocks)


def card(content: Content) -> Card:
    """The pocket card, from the emergency page's own lists and numbers: the steps' titles, the
    signs, what naloxone is, and the numbers the texts name."""
    steps = content.bullet_list(FIRST_AID_LIST)
    signs = content.bullet_list(OVERDOSE_SIGNS_LIST)
    naloxone = content.bullet_list(NALOXONE_LIST)
    numbers = tuple(
        Number(line.number, line.name, "")
        for line in (content.help_line(i) for i in content.texts.card_numbers)
    )
    return Card(
        front_title=_heading(steps.intro),
        steps=tuple(_short(b.title or b.text) for b in steps.items),
        back_title=_heading(signs.intro),
        signs=tuple(_short(b.title or b.text) for b in signs.items),
        naloxone=_heading(naloxone.intro) + ".",
        numbers=numbers,
        source=content.texts.card_source.format(dato=dates.short(content.about.checked)),
    )


def _document(content: Content, title: str, blocks: Iterable[Block], *, contents: bool = False) -> Document:
    return Document(title, tuple(blocks), source_line(content), content.texts.footer_emergency, contents)


def _parts(parts: Iterable[Part], level: int) -> Iterator[Block]:
    for part in parts:
        if part.title:
            yield Heading(part.title, level)
        for block in part.blocks:
            if isinstance(block, Paragraph):
                yield Text(block.text)
            else:
                yield from _list(block)


def _list(block: BulletList) -> Iterator[Block]:
    if block.intro:
        yield Text(block.intro)
    yield Bullets(tuple(Item(b.text, b.title) for b in block.items), block.numbered)


def _heading(intro: str) -> str:
    """A list's introduction as a heading: «Tegn på overdose av opioider:» without the colon."""
    return intro.rstrip().rstrip(":")


def _short(text: str) -> str:
    """A list item as a line on the card: its first letter a capital, no closing full stop."""
    text = text.strip().rstrip(".")
    return text[:1].upper() + text[1:]
