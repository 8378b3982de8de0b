"""Reading the five data files into one `Content`, and checking what ties them together."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rusinfo.content import article, helplines, texts
from rusinfo.content.model import CHECKLIST_SECTION, FIXED_LISTS, BulletList, Content
from rusinfo.content.table import ContentError, read_table
from rusinfo.names import fold

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def _check_unique(file: str, kind: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for ident in ids:
        key = fold(ident)
        if key in seen:
            raise ContentError(f"{file}: {kind} «{ident}» finnes mer enn én gang")
        seen.add(key)


def load_from(directory: Traversable | Path) -> Content:
    """Read and check the data files in `directory`: each strictly, then the ids between them."""
    sources_file = read_table(directory, "kilder.toml")
    about = helplines.about(sources_file)
    sources = tuple(helplines.source(t) for t in sources_file.tables("kilde"))
    sources_file.done()
    if not sources:
        raise ContentError("kilder.toml: toppnivå: mangler nøkkelen «kilde»")
    _check_unique("kilder.toml", "kilde-id", [s.id for s in sources])

    article_file = read_table(directory, "artikkel.toml")
    sections = tuple(article.section(t) for t in article_file.tables("seksjon"))
    article_file.done()
    lists = [b for s in sections for p in s.parts for b in p.blocks if isinstance(b, BulletList)]
    bullets = {b.id: b for bl in lists for b in bl.items if b.id}

    classes_file = read_table(directory, "stoffer.toml")
    by_list = {b.id: b for b in lists}
    substances = tuple(article.substance(t, bullets, by_list) for t in classes_file.tables("klasse"))
    outside_tables = classes_file.tables("utenfor")
    classes_file.done()
    lists += [b for c in substances for p in c.parts for b in p.blocks if isinstance(b, BulletList)]

    help_file = read_table(directory, "hjelp.toml")
    by_source = {s.id: s for s in sources}
    help_lines = tuple(
        line for group in help_file.tables("gruppe") for line in helplines.help_lines(group, by_source)
    )
    help_file.done()
    if not help_lines:
        raise ContentError("hjelp.toml: toppnivå: mangler nøkkelen «gruppe»")
    by_id = {h.id: h for h in help_lines}
    names = article.class_names(substances)
    elsewhere = tuple(article.elsewhere(t, substances, names, by_source, by_id) for t in outside_tables)

    _check_unique(
        "artikkel.toml", "seksjons-id eller alias", [n for s in sections for n in (s.id, *s.aliases)]
    )
    _check_unique(
        "stoffer.toml",
        "klasse-id, alias eller stoffnavn",
        [n for c in substances for n in (c.id, *c.aliases, *c.drug_names)],
    )
    _check_unique("stoffer.toml", "utenfor-id", [e.id for e in elsewhere])
    _check_unique("stoffer.toml", "navn i utenfor", [n for e in elsewhere for n in e.names])
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

    texts_file = read_table(directory, "tekster.toml")
    page_texts = texts.texts(texts_file, by_id)
    return Content(about, sections, substances, help_lines, sources, page_texts, elsewhere)
