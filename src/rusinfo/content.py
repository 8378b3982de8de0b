"""The article, the substance classes and the help lines, loaded once from TOML and checked."""

from __future__ import annotations

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
CHECKLIST_SECTION = "time"
"""The article section `rusinfo time` shows as the appointment checklist."""
CRITERIA_LIST = "kriterier"
"""The criteria for dependence that `rusinfo sjekk` asks about, one question each."""

CODE_MARK = re.compile(r"`([^`]+)`")
"""Content text marks commands as `rusinfo vis behandling`; the renderer styles them."""


def plain(text: str) -> str:
    """Content text without its `kode` marks, for JSON, print and search."""
    return CODE_MARK.sub(r"\1", text)


def source_line(source: str) -> str:
    """The line under every page and printout: where the text is from, and that it is no care."""
    return f"Kilde: {source}. Ikke en erstatning for helsehjelp."


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


class HelpLine(NamedTuple):
    id: str
    name: str
    number: str
    description: str
    urgent: bool


class Content(NamedTuple):
    source: str
    sections: tuple[Section, ...]
    substances: tuple[SubstanceClass, ...]
    help_lines: tuple[HelpLine, ...]
    help_checked: str

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    def substance(self, class_id: str) -> SubstanceClass:
        return next(c for c in self.substances if c.id == class_id)

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
        block = BulletList(list_id, table.text("innledning", optional=True), items)
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


def _substance(table: Table, withdrawal: dict[str, Bullet]) -> SubstanceClass:
    class_id = table.text("id")
    table.where = _where(table.where, class_id)
    refs = table.texts("avrusning")
    for ref in refs:
        if ref not in withdrawal:
            raise ContentError(f"{table.file}: {table.where}.avrusning: ukjent punkt-id «{ref}»")
    substance = SubstanceClass(
        id=class_id,
        name=table.text("navn"),
        aliases=table.texts("alias"),
        examples=table.texts("eksempler"),
        drug_names=table.texts("stoffnavn"),
        withdrawal=tuple(withdrawal[r] for r in refs),
        parts=_parts(table),
    )
    table.done()
    return substance


def _help_line(table: Table) -> HelpLine:
    line = HelpLine(
        id=table.text("id"),
        name=table.text("navn"),
        number=table.text("nummer", optional=True),
        description=table.text("beskrivelse"),
        urgent=table.flag("akutt"),
    )
    table.done()
    return line


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
    """Read and check the three data files in `directory`."""
    article = read_table(directory, "artikkel.toml")
    source = article.text("kilde")
    sections = tuple(_section(t) for t in article.tables("seksjon"))
    article.done()
    lists = [b for s in sections for p in s.parts for b in p.blocks if isinstance(b, BulletList)]
    bullets = {b.id: b for bl in lists for b in bl.items if b.id}

    classes_file = read_table(directory, "stoffer.toml")
    substances = tuple(_substance(t, bullets) for t in classes_file.tables("klasse"))
    classes_file.done()
    lists += [b for c in substances for p in c.parts for b in p.blocks if isinstance(b, BulletList)]

    help_file = read_table(directory, "hjelp.toml")
    checked = help_file.text("kontrollert")
    help_lines = tuple(_help_line(t) for t in help_file.tables("nummer"))
    help_file.done()

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
    return Content(source, sections, substances, help_lines, checked)


@functools.cache
def load() -> Content:
    """The content shipped with the package, read once per process."""
    return load_from(DATA_DIR)
