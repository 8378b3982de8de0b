"""The content's records, the ids the code relies on, and the small text helpers every writer uses."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import NamedTuple

EMERGENCY_LIST = "akutt"
"""The signs that call for 113: on `rusinfo akutt`, before the screening's safety question, first in search."""
FIRST_AID_LIST = "forstehjelp"
"""What to do at an overdose until help comes: in the 113 box of `rusinfo akutt`."""
OVERDOSE_SIGNS_LIST = "overdose-tegn"
"""The signs of an opioid overdose: on `rusinfo akutt` after the first aid."""
NALOXONE_LIST = "nalokson"
"""Naloxone in a few lines: on `rusinfo akutt` after the signs."""
CHECKLIST_SECTION = "time"
"""The article section `rusinfo time` shows as the appointment checklist."""
CRITERIA_LIST = "kriterier"
"""The criteria for dependence that `rusinfo sjekk` asks about, one question each."""

EMERGENCY_PAGE_LISTS = (FIRST_AID_LIST, EMERGENCY_LIST, OVERDOSE_SIGNS_LIST, NALOXONE_LIST)
"""The lists `rusinfo akutt` shows, in its order; search finds them there, not in their sections."""
FIXED_LISTS = (*EMERGENCY_PAGE_LISTS, CRITERIA_LIST)
"""The lists the code shows by id: `load` refuses content without them."""

HELP_LINES_FRESH_MONTHS = 12
"""After this long without a new check of the numbers, `rusinfo akutt` says they may have changed."""

CODE_MARK = re.compile(r"`([^`]+)`")
"""Content text marks commands as `rusinfo vis behandling`; the renderer styles them."""


def plain(text: str) -> str:
    """Content text without its `kode` marks, for JSON, print and search."""
    return CODE_MARK.sub(r"\1", text)


def source_line(content: Content) -> str:
    """The line under every page and printout: who stands behind the text, when it was checked,
    where the sources are, and that it is no care."""
    from rusinfo.dates import short

    about = content.about
    return content.texts.footer_source.format(utgiver=about.publisher, dato=short(about.checked))


def code_spans(text: str) -> Iterator[tuple[str, bool]]:
    """Content text in runs, for writers that mark commands: (command, True) without its
    `kode` marks, (text, False) between them."""
    pos = 0
    for match in CODE_MARK.finditer(text):
        yield text[pos : match.start()], False
        yield match.group(1), True
        pos = match.end()
    yield text[pos:], False


# The records are NamedTuples, immutable like frozen dataclasses, but about six times cheaper
# to create at import (~0.05 ms against ~0.3 ms per class): the records here and in the other
# modules cost a reading command 3-4 ms of its start-up as dataclasses (issue 7, README).


class Bullet(NamedTuple):
    text: str
    title: str = ""
    id: str = ""


class Paragraph(NamedTuple):
    text: str


class BulletList(NamedTuple):
    id: str
    intro: str
    items: tuple[Bullet, ...]
    numbered: bool = False
    """Steps to take in order: shown as 1., 2., 3. instead of bullets."""


Block = Paragraph | BulletList


class Part(NamedTuple):
    title: str
    blocks: tuple[Block, ...]


class Section(NamedTuple):
    id: str
    title: str
    aliases: tuple[str, ...]
    parts: tuple[Part, ...]
    substances_follow: bool = False


class SubstanceClass(NamedTuple):
    id: str
    name: str
    aliases: tuple[str, ...]
    examples: tuple[str, ...]
    drug_names: tuple[str, ...]
    withdrawal: tuple[Bullet, ...]
    parts: tuple[Part, ...]
    lists: tuple[BulletList, ...] = ()
    """Lists from the article that belong on this class's page too (the overdose first aid)."""


class Elsewhere(NamedTuple):
    """Names of things rusinfo does not cover (alcohol, tobacco, nitrous oxide …), and where
    to read about them instead: a short text resting on a source, shown for any of the names."""

    id: str
    names: tuple[str, ...]
    text: str
    source: str
    """The id of the source in kilder.toml the text rests on; its address is where to read more."""
    substance: str = ""
    """The id of a class in stoffer.toml to read about too, or "" for none."""
    call: str = ""
    """The id of a help line in hjelp.toml to call, or "" for none."""


class HelpLine(NamedTuple):
    group: str
    """The heading the line stands under on `rusinfo akutt`."""
    id: str
    name: str
    number: str
    description: str
    urgent: bool
    source: str
    """The id of the source in kilder.toml the number was checked against."""
    checked: datetime.date


class Source(NamedTuple):
    """A page the text rests on: what it supports, and when it was last checked."""

    id: str
    title: str
    publisher: str
    url: str
    supports: str
    checked: datetime.date


class About(NamedTuple):
    """Who stands behind the text, on what it builds, and when it was last checked as a whole."""

    publisher: str
    basis: tuple[str, ...]
    checked: datetime.date


class Texts(NamedTuple):
    """The words on the pages that are not the article: headings, hints, the overview's table.

    From tekster.toml. Placeholders in {braces} are filled in by the page that shows them.
    """

    overview_intro: str
    overview_heading: str
    overview_examples: tuple[tuple[str, str], ...]
    """(command, what it gives) for the overview's table."""
    overview_hint: str
    footer_emergency: str
    """The footer's first line, its numbers already filled in from hjelp.toml."""
    footer_source: str
    sections_heading: str
    sections_hint: str
    substances_heading: str
    substances_hint: str
    substance_match: str
    withdrawal_heading: str
    no_withdrawal: str
    more_treatment: str
    emergency_box: str
    emergency_plain: str
    emergency_more: str
    numbers_heading: str
    numbers_checked: str
    numbers_may_have_changed: str
    sources_heading: str
    sources_supports: str
    sources_checked: str
    checklist_paper: str
    checklist_print: str
    checklist_html: str
    print_article: str
    """The title of the whole article on paper."""
    print_emergency: str
    """The title of `rusinfo akutt` on paper."""
    card_numbers: tuple[str, ...]
    """Ids in hjelp.toml of the numbers on the pocket card."""
    card_source: str


class Content(NamedTuple):
    about: About
    sections: tuple[Section, ...]
    substances: tuple[SubstanceClass, ...]
    help_lines: tuple[HelpLine, ...]
    sources: tuple[Source, ...]
    texts: Texts
    elsewhere: tuple[Elsewhere, ...] = ()
    """Names outside the tool, each with a pointer to where to read (stoffer.toml's `utenfor`)."""

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    def substance(self, class_id: str) -> SubstanceClass:
        return next(c for c in self.substances if c.id == class_id)

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.id == source_id)

    def help_line(self, line_id: str) -> HelpLine:
        return next(h for h in self.help_lines if h.id == line_id)

    def help_lines_checked(self) -> datetime.date:
        """The day the newest check of a help line was made."""
        return max(line.checked for line in self.help_lines)

    def help_lines_may_be_outdated(self, today: datetime.date) -> bool:
        """Whether the newest check of the numbers is more than a year old on `today`."""
        from rusinfo.dates import older_than

        return older_than(self.help_lines_checked(), HELP_LINES_FRESH_MONTHS, today)

    def bullet_list(self, list_id: str) -> BulletList:
        """The list with this id, wherever in the article or the classes it stands."""
        return next(b for b in self.all_lists() if b.id == list_id)

    def all_lists(self) -> Iterator[BulletList]:
        parts = [p for s in self.sections for p in s.parts] + [p for c in self.substances for p in c.parts]
        for part in parts:
            yield from (b for b in part.blocks if isinstance(b, BulletList))
