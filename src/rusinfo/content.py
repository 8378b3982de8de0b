"""The article, the substance classes, the help lines and the sources, loaded once from TOML and checked."""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import tomli  # tomllib's own code, compiled: see the note in pyproject.toml

from rusinfo.names import fold

T = TypeVar("T")

DATA_DIR = Path(__file__).parent / "data"
"""The packaged data files; the wheel installs them as plain files beside the code."""

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


def source_line(about: About) -> str:
    """The line under every page and printout: who stands behind the text, when it was checked,
    where the sources are, and that it is no care."""
    from rusinfo.dates import short

    return (
        f"Tekst: {about.publisher} (uavhengig av RUSinfo), sist kontrollert mot kildene "
        f"{short(about.checked)} (`rusinfo kilder`). Ikke en erstatning for helsehjelp."
    )


def code_spans(text: str) -> Iterator[tuple[str, bool]]:
    """Content text in runs, for writers that mark commands: (command, True) without its
    `kode` marks, (text, False) between them."""
    pos = 0
    for match in CODE_MARK.finditer(text):
        yield text[pos : match.start()], False
        yield match.group(1), True
        pos = match.end()
    yield text[pos:], False


class ContentError(Exception):
    """The content data is broken; the message names the file and the key."""


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


class Content(NamedTuple):
    about: About
    sections: tuple[Section, ...]
    substances: tuple[SubstanceClass, ...]
    help_lines: tuple[HelpLine, ...]
    sources: tuple[Source, ...]

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    def substance(self, class_id: str) -> SubstanceClass:
        return next(c for c in self.substances if c.id == class_id)

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


class Table:
    """A TOML table read strictly: every key must be expected, every text non-empty."""

    def __init__(self, data: Any, file: str, where: str) -> None:
        if not isinstance(data, dict):
            raise ContentError(f"{file}: {where}: forventet en tabell")
        self.data: dict[str, Any] = dict(data)
        self.file = file
        self.where = where

    def key_path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def table(self, key: str) -> Table:
        """The table under `key`, read as strictly as this one."""
        return Table(self._get(key, object, None), self.file, self.key_path(key))

    def _get(self, key: str, kind: type[T], default: T | None) -> T:
        if key not in self.data:
            if default is None:
                raise ContentError(f"{self.file}: {self.where or 'toppnivå'}: mangler nøkkelen «{key}»")
            return default
        value = self.data.pop(key)
        if not isinstance(value, kind):
            raise ContentError(f"{self.file}: {self.key_path(key)}: feil type, forventet {kind.__name__}")
        return value

    def text(self, key: str, *, optional: bool = False) -> str:
        if optional and key not in self.data:
            return ""
        value = self._get(key, str, None).strip()
        if not value:
            raise ContentError(f"{self.file}: {self.key_path(key)}: tom tekst")
        return value

    def flag(self, key: str) -> bool:
        return self._get(key, bool, False)

    def date(self, key: str) -> datetime.date:
        """A TOML date (2026-11-28, no quotes, no time of day)."""
        value = self._get(key, datetime.date, None)
        if isinstance(value, datetime.datetime):
            raise ContentError(f"{self.file}: {self.key_path(key)}: forventet en dato uten klokkeslett")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        values = self._get(key, list, [])
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                raise ContentError(f"{self.file}: {self.key_path(key)}[{i}]: tom tekst")
        return tuple(v.strip() for v in values)

    def tables(self, key: str) -> list[Table]:
        values = self._get(key, list, [])
        return [Table(v, self.file, f"{self.key_path(key)}[{i}]") for i, v in enumerate(values)]

    def done(self) -> None:
        if self.data:
            where = self.where or "toppnivå"
            raise ContentError(f"{self.file}: {where}: ukjent nøkkel «{sorted(self.data)[0]}»")


def _where(where: str, ident: str) -> str:
    return f"{where} ({ident})" if ident else where


def _bullet(table: Table) -> Bullet:
    bullet = Bullet(
        text=table.text("tekst"),
        title=table.text("tittel", optional=True),
        id=table.text("id", optional=True),
    )
    table.done()
    return bullet


def _block(table: Table) -> Block:
    if "avsnitt" in table.data:
        block: Block = Paragraph(table.text("avsnitt"))
    else:
        list_id = table.text("liste")
        table.where = _where(table.where, list_id)
        items = tuple(_bullet(t) for t in table.tables("punkt"))
        if not items:
            raise ContentError(f"{table.file}: {table.where}: listen har ingen punkter")
        block = BulletList(list_id, table.text("innledning", optional=True), items, table.flag("nummerert"))
    table.done()
    return block


def _parts(table: Table) -> tuple[Part, ...]:
    parts = []
    for part in table.tables("del"):
        title = part.text("tittel", optional=True)
        blocks = tuple(_block(b) for b in part.tables("blokk"))
        if not blocks:
            raise ContentError(f"{part.file}: {part.where}: delen har ingen blokker")
        part.done()
        parts.append(Part(title, blocks))
    if not parts:
        raise ContentError(f"{table.file}: {table.where}: mangler nøkkelen «del»")
    return tuple(parts)


def _section(table: Table) -> Section:
    section_id = table.text("id")
    table.where = _where(table.where, section_id)
    section = Section(
        id=section_id,
        title=table.text("tittel"),
        aliases=table.texts("alias"),
        parts=_parts(table),
        substances_follow=table.flag("stoffklasser"),
    )
    table.done()
    return section


def _substance(table: Table, withdrawal: dict[str, Bullet], lists: dict[str, BulletList]) -> SubstanceClass:
    class_id = table.text("id")
    table.where = _where(table.where, class_id)
    refs = table.texts("avrusning")
    for ref in refs:
        if ref not in withdrawal:
            raise ContentError(f"{table.file}: {table.where}.avrusning: ukjent punkt-id «{ref}»")
    list_refs = table.texts("lister")
    for ref in list_refs:
        if ref not in lists:
            raise ContentError(
                f"{table.file}: {table.where}.lister: ingen liste i artikkel.toml har id «{ref}»"
            )
    substance = SubstanceClass(
        id=class_id,
        name=table.text("navn"),
        aliases=table.texts("alias"),
        examples=table.texts("eksempler"),
        drug_names=table.texts("stoffnavn"),
        withdrawal=tuple(withdrawal[r] for r in refs),
        parts=_parts(table),
        lists=tuple(lists[r] for r in list_refs),
    )
    table.done()
    return substance


def _help_lines(group: Table, sources: dict[str, Source]) -> list[HelpLine]:
    title = group.text("tittel")
    lines = [_help_line(t, title, sources) for t in group.tables("nummer")]
    if not lines:
        raise ContentError(f"{group.file}: {group.where}: mangler nøkkelen «nummer»")
    group.done()
    return lines


def _help_line(table: Table, group: str, sources: dict[str, Source]) -> HelpLine:
    line_id = table.text("id")
    table.where = _where(table.where, line_id)
    line = HelpLine(
        group=group,
        id=line_id,
        name=table.text("navn"),
        number=table.text("nummer", optional=True),
        description=table.text("beskrivelse"),
        urgent=table.flag("akutt"),
        source=table.text("kilde"),
        checked=table.date("kontrollert"),
    )
    if line.source not in sources:
        raise ContentError(
            f"{table.file}: {table.where}.kilde: ingen kilde i kilder.toml har id «{line.source}»"
        )
    table.done()
    return line


def _source(table: Table) -> Source:
    source_id = table.text("id")
    table.where = _where(table.where, source_id)
    source = Source(
        id=source_id,
        title=table.text("tittel"),
        publisher=table.text("utgiver"),
        url=table.text("adresse"),
        supports=table.text("brukt-til"),
        checked=table.date("kontrollert"),
    )
    if not source.url.startswith("https://"):
        raise ContentError(f"{table.file}: {table.where}.adresse: må begynne med https://")
    table.done()
    return source


def read_table(directory: Path, name: str) -> Table:
    path = directory / name
    try:
        data = tomli.loads(path.read_text(encoding="utf-8"))
    except tomli.TOMLDecodeError as error:
        raise ContentError(f"{name}: ugyldig TOML: {error}") from error
    return Table(data, name, "")


def _check_unique(file: str, kind: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for ident in ids:
        key = fold(ident)
        if key in seen:
            raise ContentError(f"{file}: {kind} «{ident}» finnes mer enn én gang")
        seen.add(key)


def load_from(directory: Path) -> Content:
    """Read and check the four data files in `directory`."""
    sources_file = read_table(directory, "kilder.toml")
    about = About(
        publisher=sources_file.text("utgiver"),
        basis=sources_file.texts("om"),
        checked=sources_file.date("sist-kontrollert"),
    )
    sources = tuple(_source(t) for t in sources_file.tables("kilde"))
    sources_file.done()
    if not sources:
        raise ContentError("kilder.toml: toppnivå: mangler nøkkelen «kilde»")
    _check_unique("kilder.toml", "kilde-id", [s.id for s in sources])

    article = read_table(directory, "artikkel.toml")
    sections = tuple(_section(t) for t in article.tables("seksjon"))
    article.done()
    lists = [b for s in sections for p in s.parts for b in p.blocks if isinstance(b, BulletList)]
    bullets = {b.id: b for bl in lists for b in bl.items if b.id}

    classes_file = read_table(directory, "stoffer.toml")
    article_lists = {b.id: b for b in lists}
    substances = tuple(_substance(t, bullets, article_lists) for t in classes_file.tables("klasse"))
    classes_file.done()
    lists += [b for c in substances for p in c.parts for b in p.blocks if isinstance(b, BulletList)]

    help_file = read_table(directory, "hjelp.toml")
    by_id = {s.id: s for s in sources}
    help_lines = tuple(line for group in help_file.tables("gruppe") for line in _help_lines(group, by_id))
    help_file.done()
    if not help_lines:
        raise ContentError("hjelp.toml: toppnivå: mangler nøkkelen «gruppe»")

    _check_unique(
        "artikkel.toml", "seksjons-id eller alias", [n for s in sections for n in (s.id, *s.aliases)]
    )
    _check_unique(
        "stoffer.toml",
        "klasse-id, alias eller stoffnavn",
        [n for c in substances for n in (c.id, *c.aliases, *c.drug_names)],
    )
    _check_unique("artikkel.toml/stoffer.toml", "liste-id", [b.id for b in lists])
    _check_unique("artikkel.toml", "punkt-id", [b.id for bl in lists for b in bl.items if b.id])
    _check_unique("hjelp.toml", "nummer-id", [h.id for h in help_lines])
    known_lists = {b.id for b in lists}
    for fixed in FIXED_LISTS:
        if fixed not in known_lists:
            raise ContentError(f"artikkel.toml: mangler listen «{fixed}», som programmet viser")
    if CHECKLIST_SECTION not in {s.id for s in sections}:
        raise ContentError(
            f"artikkel.toml: mangler seksjonen «{CHECKLIST_SECTION}», som er sjekklisten til legetimen"
        )
    return Content(about, sections, substances, help_lines, sources)


@functools.cache
def load() -> Content:
    """The content shipped with the package, read once per process."""
    return load_from(DATA_DIR)
