"""The content as plain JSON-ready data, with Norwegian keys, for `--json`."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from rusinfo.content import (
    EMERGENCY_LIST,
    FIRST_AID_LIST,
    NALOXONE_LIST,
    OVERDOSE_SIGNS_LIST,
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
    import datetime

    from rusinfo.checklist import Checklist
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
                blocks.append(bullet_list(block))
        result.append({"tittel": part.title, "blokker": blocks})
    return result


def bullet_list(block: BulletList) -> dict[str, Any]:
    data: dict[str, Any] = {
        "liste": block.id,
        "innledning": plain(block.intro),
        "punkter": [bullet(b) for b in block.items],
    }
    if block.numbered:
        data["nummerert"] = True
    return data


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
        "lister": [bullet_list(b) for b in item.lists],
        "avrusning": [bullet(b) for b in item.withdrawal],
    }


def emergency(content: Content, today: datetime.date) -> dict[str, Any]:
    """`rusinfo akutt --json`: the signs that call for 113, the first aid, the numbers."""
    signs = content.bullet_list(EMERGENCY_LIST)
    return {
        "akutte_tegn": {"innledning": plain(signs.intro), "punkter": [plain(b.text) for b in signs.items]},
        "forstehjelp": bullet_list(content.bullet_list(FIRST_AID_LIST)),
        "overdose_tegn": bullet_list(content.bullet_list(OVERDOSE_SIGNS_LIST)),
        "nalokson": bullet_list(content.bullet_list(NALOXONE_LIST)),
        "numre": [
            {
                "id": h.id,
                "gruppe": h.group,
                "navn": h.name,
                "nummer": h.number,
                "beskrivelse": h.description,
                "akutt": h.urgent,
                "kilde": h.source,
                "kontrollert": h.checked.isoformat(),
            }
            for h in content.help_lines
        ],
        "kontrollert": content.help_lines_checked().isoformat(),
        "kan_vaere_utdatert": content.help_lines_may_be_outdated(today),
    }


def sources(content: Content) -> dict[str, Any]:
    """`rusinfo kilder --json`: who stands behind the text, and every source."""
    about = content.about
    return {
        "utgiver": about.publisher,
        "sist_kontrollert": about.checked.isoformat(),
        "om": [plain(p) for p in about.basis],
        "kilder": [
            {
                "id": s.id,
                "tittel": s.title,
                "utgiver": s.publisher,
                "adresse": s.url,
                "brukt_til": s.supports,
                "kontrollert": s.checked.isoformat(),
            }
            for s in content.sources
        ],
    }


def dump(data: Any) -> None:
    """JSON on stdout for scripts: indented, never coloured, and never changed by the stream.

    On a UTF-8 stream the text is written as it is; on any other (an ASCII locale, a Latin-1
    pipe), letters it cannot carry are written as JSON escapes (`\\u00e5` for «å»), which
    any JSON reader turns back into the same text, rather than replaced.
    """
    import json  # here, not at the top: only --json pays for it

    from rusinfo.terminal import carries_unicode

    sys.stdout.write(json.dumps(data, ensure_ascii=not carries_unicode(sys.stdout), indent=2) + "\n")


def checklist(items: Checklist) -> dict[str, Any]:
    """`rusinfo time --json`: the appointment checklist, group by group."""
    kinds = {"tick": "avkrysning", "answer": "svar", "write-in": "egne-spørsmål"}
    return {
        "tittel": items.title,
        "innledning": [plain(p) for p in items.intro],
        "grupper": [
            {
                "overskrift": group.heading,
                "type": kinds[group.style.value],
                "innledning": plain(group.intro),
                "punkter": [
                    {"tekst": plain(item.text), **({"tittel": item.title} if item.title else {})}
                    for item in group.items
                ],
                "avslutning": [plain(p) for p in group.outro],
            }
            for group in items.groups
        ],
        "kilde": plain(items.footer),
    }


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
