"""Reading artikkel.toml and stoffer.toml: sections, parts, blocks, lists and substance classes."""

from __future__ import annotations

from rusinfo.content.model import Block, Bullet, BulletList, Paragraph, Part, Section, SubstanceClass
from rusinfo.content.table import ContentError, Table


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
