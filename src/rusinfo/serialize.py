"""The content as plain JSON-ready data, with Norwegian keys, for `--json`."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from rusinfo.content import (
    EMERGENCY_LIST,
    Bullet,
    BulletList,
    Content,
    Paragraph,
    Part,
    Section,
    SubstanceClass,
    plain,
)

if TYPE_CHECKING:
    from rusinfo.screening import Result as ScreeningResult
    from rusinfo.search import Result as SearchResult


def bullet(item: Bullet) -> dict[str, str]:
    data = {"tekst": plain(item.text)}
    if item.title:
        data["tittel"] = item.title
    if item.id:
        data["id"] = item.id
    return data


def parts(items: tuple[Part, ...]) -> list[dict[str, Any]]:
    result = []
    for part in items:
        blocks: list[dict[str, Any]] = []
        for block in part.blocks:
            if isinstance(block, Paragraph):
                blocks.append({"avsnitt": plain(block.text)})
            elif isinstance(block, BulletList):
                blocks.append(
                    {
                        "liste": block.id,
                        "innledning": plain(block.intro),
                        "punkter": [bullet(b) for b in block.items],
                    }
                )
        result.append({"tittel": part.title, "blokker": blocks})
    return result


def section_index(content: Content) -> list[dict[str, str]]:
    return [{"id": s.id, "tittel": s.title} for s in content.sections]


def section(item: Section) -> dict[str, Any]:
    return {"id": item.id, "tittel": item.title, "deler": parts(item.parts)}


def substance_index(content: Content) -> list[dict[str, Any]]:
    return [{"id": c.id, "navn": c.name, "eksempler": list(c.examples)} for c in content.substances]


def substance(item: SubstanceClass) -> dict[str, Any]:
    return {
        "id": item.id,
        "navn": item.name,
        "eksempler": list(item.examples),
        "stoffnavn": list(item.drug_names),
        "deler": parts(item.parts),
        "avrusning": [bullet(b) for b in item.withdrawal],
    }


def emergency(content: Content) -> dict[str, Any]:
    signs = content.bullet_list(EMERGENCY_LIST)
    return {
        "akutte_tegn": {"innledning": plain(signs.intro), "punkter": [plain(b.text) for b in signs.items]},
        "numre": [
            {"id": h.id, "navn": h.name, "nummer": h.number, "beskrivelse": h.description, "akutt": h.urgent}
            for h in content.help_lines
        ],
        "kontrollert": content.help_checked,
    }


def dump(data: Any) -> None:
    """JSON on stdout for scripts: UTF-8, indented, never coloured."""
    import json  # here, not at the top: only --json pays for it

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def screening(result: ScreeningResult) -> dict[str, Any]:
    """The screening result for `rusinfo sjekk --svar … --json`."""
    return {
        "oppfylte": result.met,
        "vet_ikke": result.unknown,
        "terskel": result.threshold,
        "over_terskel": result.at_threshold,
        "svar": [{"kriterium": criterion, "svar": answer.value} for criterion, answer in result.answers],
    }


def search_hits(result: SearchResult) -> list[dict[str, str]]:
    """`rusinfo søk --json`: every hit, best place first."""
    return [
        {"seksjon": g.place.id, "tittel": g.place.title, "tekst": h.text, "kommando": g.place.command}
        for g in result.groups
        for h in g.hits
    ]
