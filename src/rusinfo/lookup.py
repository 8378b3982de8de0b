"""Find a section or a substance class from what the user typed."""

from __future__ import annotations

from typing import NamedTuple

from rusinfo import commands
from rusinfo.content import CODE_MARK, Content, Elsewhere, Section, SubstanceClass
from rusinfo.errors import NotCovered, NotFound
from rusinfo.names import NoMatch, close_names, fold, printable, resolve

ALL = "alle"


def section_names(content: Content) -> list[tuple[str, str]]:
    """(name, section id) pairs: ids first, so they win over aliases and titles."""
    pairs = [(s.id, s.id) for s in content.sections]
    pairs += [(alias, s.id) for s in content.sections for alias in s.aliases]
    pairs += [(s.title, s.id) for s in content.sections]
    return pairs


def find_section(content: Content, query: str) -> Section | None:
    """The section `query` names, or None for «alle»; raises NotFound with close names."""
    pairs = [(ALL, ALL), *section_names(content)]
    try:
        found = resolve(query, pairs)
    except NoMatch as no_match:
        raise NotFound(
            f"Fant ingen seksjon som heter «{printable(query, 40)}». Se listen med «{commands.SECTIONS}».",
            no_match.suggestions,
        ) from None
    return None if found == ALL else content.section(found)


def substance_names(content: Content) -> list[tuple[str, str]]:
    """(name, class id) pairs: class ids and aliases first, then drug names."""
    pairs = [(c.id, c.id) for c in content.substances]
    pairs += [(alias, c.id) for c in content.substances for alias in c.aliases]
    pairs += [(name, c.id) for c in content.substances for name in c.drug_names]
    return pairs


class SubstanceMatch(NamedTuple):
    substance: SubstanceClass
    drug_name: str
    """The drug name the user's word matched, or "" when it named the class itself."""


def outside_names(content: Content) -> list[tuple[str, str]]:
    """(name, id) pairs for the names rusinfo does not cover, each with a pointer elsewhere."""
    return [(name, entry.id) for entry in content.elsewhere for name in entry.names]


def find_substance(content: Content, query: str) -> SubstanceMatch:
    """The substance class `query` names, directly or through a drug name; raises NotFound.

    The classes' names are tried first, exactly and by unambiguous prefix, then the names
    outside the tool: for those, NotFound carries a pointer to where to read instead.
    """
    pairs = substance_names(content)
    try:
        class_id = resolve(query, pairs)
    except NoMatch:
        outside = outside_names(content)
        try:
            entry_id = resolve(query, outside)
        except NoMatch:
            raise NotFound(
                f"Fant ingen stoffklasse eller noe stoff som heter «{printable(query, 40)}». "
                f"Se listen med «{commands.SUBSTANCES}».",
                close_names(query, [*pairs, *outside]),
            ) from None
        raise NotCovered(pointer(content, next(e for e in content.elsewhere if e.id == entry_id))) from None
    substance = content.substance(class_id)
    key = fold(query)
    class_names = {fold(n) for n in (substance.id, *substance.aliases)}
    if any(n.startswith(key) for n in class_names):
        return SubstanceMatch(substance, "")
    drug = next((n for n in substance.drug_names if fold(n).startswith(key)), query)
    return SubstanceMatch(substance, drug)


def pointer(content: Content, entry: Elsewhere) -> str:
    """Where to read about a name outside the tool: the entry's text, the class to read about
    too, the number to call, and the source's address on a line of its own."""
    lines = [CODE_MARK.sub(r"«\1»", " ".join(entry.text.split()))]
    if entry.substance:
        substance = content.substance(entry.substance)
        lines.append(f"Les om stoffklassen «{substance.name}» med «{commands.substance(substance.id)}».")
    if entry.call:
        line = content.help_line(entry.call)
        lines.append(f"{line.name}: {line.number}. {line.description}")
    source = content.source(entry.source)
    lines += [f"Les mer hos {source.publisher}:", source.url]
    return "\n".join(lines)
