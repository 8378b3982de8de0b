"""Reading tekster.toml: the words on the pages that are not the article, with their placeholders checked."""

from __future__ import annotations

import re

from rusinfo.content.model import HelpLine, Texts
from rusinfo.content.table import ContentError, Table

_NUMBER = re.compile(r"\{([\w-]+)\}")
"""In the footer's emergency line, {113} stands for the number of the help line with id 113."""


def _text(table: Table, key: str, fields: frozenset[str] = frozenset()) -> str:
    return table.template(key, fields)


def _with_numbers(table: Table, key: str, lines: dict[str, HelpLine]) -> str:
    """A text with {id} placeholders filled in with the numbers of those help lines."""
    value = table.text(key)

    def number(match: re.Match[str]) -> str:
        line = lines.get(match[1])
        if line is None or not line.number:
            raise table.error(key, f"«{{{match[1]}}}» er ikke et nummer i hjelp.toml")
        return line.number

    return _NUMBER.sub(number, value)


def _examples(table: Table) -> tuple[tuple[str, str], ...]:
    rows = []
    for row in table.tables("eksempel"):
        rows.append((row.text("kommando"), row.text("tekst")))
        row.done()
    if not rows:
        raise ContentError(f"{table.file}: {table.where}: mangler nøkkelen «eksempel»")
    return tuple(rows)


def _card_numbers(table: Table, lines: dict[str, HelpLine]) -> tuple[str, ...]:
    ids = table.texts("numre")
    if not ids:
        raise table.error("numre", "trenger minst ett nummer")
    for line_id in ids:
        if line_id not in lines or not lines[line_id].number:
            raise table.error("numre", f"«{line_id}» er ikke et nummer i hjelp.toml")
    return ids


def texts(top: Table, help_lines: dict[str, HelpLine]) -> Texts:
    """tekster.toml, every key expected and every placeholder known."""
    overview, footer = top.table("oversikt"), top.table("bunnlinje")
    sections, substances = top.table("seksjoner"), top.table("stoffer")
    emergency, sources, checklist = top.table("akutt"), top.table("kilder"), top.table("sjekkliste")
    printed, card = top.table("utskrift"), top.table("kort")
    result = Texts(
        overview_intro=_text(overview, "innledning"),
        overview_heading=_text(overview, "overskrift"),
        overview_examples=_examples(overview),
        overview_hint=_text(overview, "hjelp"),
        footer_emergency=_with_numbers(footer, "akutt", help_lines),
        footer_source=_text(footer, "tekst", frozenset({"utgiver", "dato"})),
        sections_heading=_text(sections, "overskrift"),
        sections_hint=_text(sections, "hint"),
        substances_heading=_text(substances, "overskrift"),
        substances_hint=_text(substances, "hint"),
        substance_match=_text(substances, "treff", frozenset({"navn", "klasse"})),
        withdrawal_heading=_text(substances, "avrusning"),
        no_withdrawal=_text(substances, "ingen-avrusning"),
        more_treatment=_text(substances, "mer"),
        emergency_box=_text(emergency, "ramme"),
        emergency_plain=_text(emergency, "enkel"),
        emergency_more=_text(emergency, "mer"),
        numbers_heading=_text(emergency, "numre"),
        numbers_checked=_text(emergency, "kontrollert", frozenset({"dato"})),
        numbers_may_have_changed=_text(emergency, "kanskje-endret"),
        sources_heading=_text(sources, "overskrift"),
        sources_supports=_text(sources, "brukt-til", frozenset({"tekst"})),
        sources_checked=_text(sources, "kontrollert", frozenset({"dato"})),
        checklist_paper=_text(checklist, "papir"),
        checklist_print=_text(checklist, "skriv-ut"),
        checklist_html=_text(checklist, "nettside"),
        print_article=_text(printed, "artikkel"),
        print_emergency=_text(printed, "akutt"),
        card_numbers=_card_numbers(card, help_lines),
        card_source=_text(card, "kilde", frozenset({"dato"})),
    )
    for table in (overview, footer, sections, substances, emergency, sources, checklist, printed, card, top):
        table.done()
    return result
