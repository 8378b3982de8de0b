"""Find a section or a substance class from what the user typed."""

from __future__ import annotations

from typing import NamedTuple

from rusinfo import commands
from rusinfo.content import Content, Section, SubstanceClass
from rusinfo.errors import NotFound
from rusinfo.names import NoMatch, fold, printable, resolve

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


def find_substance(content: Content, query: str) -> SubstanceMatch:
    """The substance class `query` names, directly or through a drug name; raises NotFound."""
    try:
        class_id = resolve(query, substance_names(content))
    except NoMatch as no_match:
        raise NotFound(
            f"Fant ingen stoffklasse eller noe stoff som heter «{printable(query, 40)}». "
            f"Se listen med «{commands.SUBSTANCES}».",
            no_match.suggestions,
        ) from None
    substance = content.substance(class_id)
    key = fold(query)
    class_names = {fold(n) for n in (substance.id, *substance.aliases)}
    if any(n.startswith(key) for n in class_names):
        return SubstanceMatch(substance, "")
    drug = next((n for n in substance.drug_names if fold(n).startswith(key)), query)
    return SubstanceMatch(substance, drug)
