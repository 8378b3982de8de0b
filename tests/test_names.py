"""Forgiving lookup of sections and substance classes."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rusinfo.content import load
from rusinfo.errors import NotFound
from rusinfo.lookup import find_section, find_substance
from rusinfo.names import fold, printable, resolve, skeleton


@pytest.mark.parametrize(
    "typed",
    ["årsaker", "Årsaker", "ÅRSAKER", "arsaker", unicodedata.normalize("NFD", "Årsaker"), "års", " arsaker "],
)
def test_section_names_are_forgiving(typed: str) -> None:
    section = find_section(load(), typed)
    assert section is not None
    assert section.id == "arsaker"


@pytest.mark.parametrize(
    ("typed", "section_id"),
    [
        ("symptomer", "symptomer"),
        ("tegn", "symptomer"),
        ("forebygging", "forebygging"),
        ("tilbakefall", "forebygging"),
    ],
)
def test_aliases_and_ids(typed: str, section_id: str) -> None:
    section = find_section(load(), typed)
    assert section is not None
    assert section.id == section_id


def test_alle_means_the_whole_article() -> None:
    assert find_section(load(), "alle") is None


def test_an_ambiguous_prefix_is_not_guessed() -> None:
    # «r» starts both «risikofaktorer» and «risiko»'s siblings; «f» several sections.
    with pytest.raises(NotFound):
        find_section(load(), "f")


def test_a_typo_gets_suggestions() -> None:
    with pytest.raises(NotFound) as not_found:
        find_section(load(), "symptommer")
    assert not_found.value.suggestions[0] == "symptomer"
    assert len(not_found.value.suggestions) <= 3
    assert "«symptommer»" in not_found.value.message


@pytest.mark.parametrize(
    ("drug", "class_id"),
    [
        ("heroin", "opioider"),
        ("Heroin", "opioider"),
        ("hasj", "cannabis"),
        ("xanax", "benzodiazepiner"),
        ("mdma", "klubbdroger"),
        ("lsd", "hallusinogener"),
        ("lim", "sniffestoffer"),
        ("kokain", "sentralstimulerende"),
        ("metadon", "opioider"),
        ("ritalin", "sentralstimulerende"),
        ("ghb", "klubbdroger"),
        ("ketamin", "klubbdroger"),
        ("opioider", "opioider"),
        ("opi", "opioider"),
    ],
)
def test_every_drug_finds_its_class(drug: str, class_id: str) -> None:
    assert find_substance(load(), drug).substance.id == class_id


def test_a_drug_name_is_reported_back() -> None:
    match = find_substance(load(), "heroin")
    assert match.drug_name == "heroin"
    assert find_substance(load(), "opioider").drug_name == ""


def test_every_drug_named_in_the_article_has_a_class() -> None:
    # The drug names the source article mentions, each must lead to exactly one class.
    named = [
        "marihuana",
        "hasj",
        "THC",
        "fenobarbital",
        "amobarbital",
        "Amytal",
        "sekobarbital",
        "Seconal",
        "diazepam",
        "Valium",
        "alprazolam",
        "Xanax",
        "lorazepam",
        "Ativan",
        "klonazepam",
        "Klonopin",
        "klordiazepoksid",
        "Librium",
        "amfetamin",
        "metamfetamin",
        "kokain",
        "metylfenidat",
        "Ritalin",
        "ecstasy",
        "MDMA",
        "GHB",
        "Rohypnol",
        "ketamin",
        "LSD",
        "PCP",
        "fensyklidin",
        "lim",
        "tynner",
        "korrekturlakk",
        "bensin",
        "heroin",
        "morfin",
        "kodein",
        "metadon",
        "oksykodon",
        "OxyContin",
        "buprenorfin",
        "Subutex",
    ]
    for name in named:
        substance = find_substance(load(), name).substance
        own_names = {fold(n) for n in (substance.id, *substance.aliases, *substance.drug_names)}
        assert fold(name) in own_names, name


def test_fold_is_the_same_for_all_spellings() -> None:
    assert fold("Årsaker") == fold("arsaker") == fold(unicodedata.normalize("NFD", "årsaker"))
    assert fold("Mestring og  støtte") == "mestring-og-stotte"


def test_resolve_prefers_an_exact_name_over_a_longer_one() -> None:
    assert resolve("lim", [("limonade", "a"), ("lim", "b")]) == "b"


def test_printable_hides_control_characters_and_cuts() -> None:
    assert printable("a\x1b[31mb") == "a�[31mb"
    assert printable("x" * 100, 10) == "x" * 9 + "…"


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from([*"abcæøåÆØÅéüñß ·-_«».,", "\u0301", "\u030a", "\u212b", "ǅ", "ﬁ"]),
        max_size=40,
    )
)
def test_a_folded_word_always_has_its_skeleton_in_the_texts_skeleton(text: str) -> None:
    """The pre-test search relies on: it may let a passage through, never keep a match out."""
    for word in re.findall(r"[^\W_]+", unicodedata.normalize("NFC", text)):
        assert skeleton(fold(word)) in skeleton(text), word
