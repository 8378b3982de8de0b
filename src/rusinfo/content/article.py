"""Reading artikkel.toml and stoffer.toml: sections, parts, blocks, lists, substance classes,
and the names outside the tool (`utenfor`)."""

from __future__ import annotations

from rusinfo.content.model import (
    Block,
    Bullet,
    BulletList,
    Elsewhere,
    HelpLine,
    Paragraph,
    Part,
    Section,
    Source,
    SubstanceClass,
)
from rusinfo.content.table import ContentError, Table
from rusinfo.names import fold


def _bullet(table: Table) -> Bullet:
    bullet = Bullet(
        text=table.text("tekst"),
        title=table.text("tittel", optional=True),
        id=table.text("id", optional=True),
    )
    table.done()
    return bullet


def _block(table: Table) -> Block:
    if table.has("avsnitt"):
        block: Block = Paragraph(table.text("avsnitt"))
    else:
        list_id = table.text("liste")
        table = table.named(list_id)
        items = tuple(_bullet(t) for t in table.tables("punkt"))
        if not items:
            raise ContentError(f"{table.file}: {table.where}: listen har ingen punkter")
        block = BulletList(list_id, table.text("innledning", optional=True), items, table.flag("nummerert"))
    table.done()
    return block


def parts(table: Table) -> tuple[Part, ...]:
    """The parts of a section or class (`del`), each with its blocks."""
    found = []
    for part in table.tables("del"):
        title = part.text("tittel", optional=True)
        blocks = tuple(_block(b) for b in part.tables("blokk"))
        if not blocks:
            raise ContentError(f"{part.file}: {part.where}: delen har ingen blokker")
        part.done()
        found.append(Part(title, blocks))
    if not found:
        raise ContentError(f"{table.file}: {table.where}: mangler nøkkelen «del»")
    return tuple(found)


def section(table: Table) -> Section:
    table = table.named(table.text("id"))
    result = Section(
        id=table.text("id"),
        title=table.text("tittel"),
        aliases=table.texts("alias"),
        parts=parts(table),
        substances_follow=table.flag("stoffklasser"),
    )
    table.done()
    return result


def substance(table: Table, withdrawal: dict[str, Bullet], lists: dict[str, BulletList]) -> SubstanceClass:
    """A class; `avrusning` names bullets of the article, `lister` whole lists of it."""
    table = table.named(table.text("id"))
    refs = table.texts("avrusning")
    for ref in refs:
        if ref not in withdrawal:
            raise table.error("avrusning", f"ukjent punkt-id «{ref}»")
    list_refs = table.texts("lister")
    for ref in list_refs:
        if ref not in lists:
            raise table.error("lister", f"ingen liste i artikkel.toml har id «{ref}»")
    result = SubstanceClass(
        id=table.text("id"),
        name=table.text("navn"),
        aliases=table.texts("alias"),
        examples=table.texts("eksempler"),
        drug_names=table.texts("stoffnavn"),
        withdrawal=tuple(withdrawal[r] for r in refs),
        parts=parts(table),
        lists=tuple(lists[r] for r in list_refs),
    )
    table.done()
    return result


def class_names(classes: tuple[SubstanceClass, ...]) -> dict[str, str]:
    """Every name a class goes by, folded, to the name as written: for `elsewhere`'s checks."""
    return {fold(n): n for c in classes for n in (c.id, *c.aliases, *c.drug_names)}


def elsewhere(
    table: Table,
    classes: tuple[SubstanceClass, ...],
    names: dict[str, str],
    sources: dict[str, Source],
    help_lines: dict[str, HelpLine],
) -> Elsewhere:
    """A name outside the tool: its names, the pointer text, the source it rests on, and
    optionally a class to read about too (`klasse`) and a help line to call (`ring`)."""
    table = table.named(table.text("id"))
    entry = Elsewhere(
        id=table.text("id"),
        names=table.texts("navn"),
        text=table.text("tekst"),
        source=table.text("kilde"),
        substance=table.text("klasse", optional=True),
        call=table.text("ring", optional=True),
    )
    if not entry.names:
        raise table.error("navn", "mangler navn")
    if entry.source not in sources:
        raise table.error("kilde", f"ingen kilde i kilder.toml har id «{entry.source}»")
    if entry.substance and entry.substance not in {c.id for c in classes}:
        raise table.error("klasse", f"ingen stoffklasse har id «{entry.substance}»")
    line = help_lines.get(entry.call)
    if entry.call and (line is None or not line.number):
        raise table.error("ring", f"ingen hjelpetelefon med nummer i hjelp.toml har id «{entry.call}»")
    for name in entry.names:
        key = fold(name)
        if key in names:
            raise table.error("navn", f"«{name}» er også navnet på en stoffklasse eller et stoff")
        # The classes' names are looked up first: a name that begins one of them never gets here.
        longer = next((n for k, n in names.items() if k.startswith(key)), None)
        if longer is not None:
            raise table.error("navn", f"«{name}» er begynnelsen på «{longer}» og ville aldri bli funnet")
    table.done()
    return entry
