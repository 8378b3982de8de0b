"""Reading hjelp.toml and kilder.toml: the help lines, the sources, and who stands behind the text."""

from __future__ import annotations

from rusinfo.content.model import About, HelpLine, Source
from rusinfo.content.table import ContentError, Table


def about(table: Table) -> About:
    """kilder.toml's top: the publisher, what the text builds on, when it was last checked."""
    return About(
        publisher=table.text("utgiver"), basis=table.texts("om"), checked=table.date("sist-kontrollert")
    )


def source(table: Table) -> Source:
    table = table.named(table.text("id"))
    result = Source(
        id=table.text("id"),
        title=table.text("tittel"),
        publisher=table.text("utgiver"),
        url=table.text("adresse"),
        supports=table.text("brukt-til"),
        checked=table.date("kontrollert"),
    )
    if not result.url.startswith("https://"):
        raise table.error("adresse", "må begynne med https://")
    table.done()
    return result


def help_lines(group: Table, sources: dict[str, Source]) -> list[HelpLine]:
    """One `gruppe` of numbers, each checked against a source on a given day."""
    title = group.text("tittel")
    lines = [_help_line(t, title, sources) for t in group.tables("nummer")]
    if not lines:
        raise ContentError(f"{group.file}: {group.where}: mangler nøkkelen «nummer»")
    group.done()
    return lines


def _help_line(table: Table, group: str, sources: dict[str, Source]) -> HelpLine:
    table = table.named(table.text("id"))
    line = HelpLine(
        group=group,
        id=table.text("id"),
        name=table.text("navn"),
        number=table.text("nummer", optional=True),
        description=table.text("beskrivelse"),
        urgent=table.flag("akutt"),
        source=table.text("kilde"),
        checked=table.date("kontrollert"),
    )
    if line.source not in sources:
        raise table.error("kilde", f"ingen kilde i kilder.toml har id «{line.source}»")
    table.done()
    return line
