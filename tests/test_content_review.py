"""The medical and editorial review of November 2026 (../shared/research/content-review.md):
what it found wrong stays out, and what a Norwegian reader needs is there and findable.

These tests guard the corrections against a later edit that brings an error back. The
sources for each fact are in kilder.toml and docs/kilder.md."""

from __future__ import annotations

import re

import pytest

from helpers import flat, invoke
from rusinfo.content import Paragraph, load, plain
from rusinfo.search import search


def page(*args: str) -> str:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return flat(result.stdout)


def all_text() -> str:
    """Every text the article and the classes show, as one string."""
    content = load()
    parts = [p for s in content.sections for p in s.parts] + [p for c in content.substances for p in c.parts]
    texts = [c.name for c in content.substances] + [p.title for p in parts]
    for part in parts:
        for block in part.blocks:
            if isinstance(block, Paragraph):
                texts.append(block.text)
            else:
                texts += [block.intro, *(f"{b.title} {b.text}" for b in block.items)]
    return " ".join(plain(t) for t in texts)


# --- high: wrong or dangerous ------------------------------------------------------------


def test_ketamine_is_dissociative_not_amphetamine_like() -> None:
    text = page("stoff", "ketamin")
    assert "ligner på amfetamin (ved ketamin" not in text
    assert "dissosiativt" in text
    assert "urinblæren" in text


def test_relatives_are_not_told_to_stage_a_confrontation() -> None:
    text = all_text()
    assert "Å planlegge en intervensjon" not in text
    assert "kan virke svært godt" not in text
    relatives = page("vis", "parorende")
    assert "uten konfrontasjon (CRAFT)" in relatives
    assert "Ta vare på deg selv" in relatives


def test_ghb_and_gbl_warn_of_the_narrow_margin_and_of_stopping_abruptly() -> None:
    text = page("stoff", "ghb")
    assert "Forskjellen mellom en vanlig rusdose og en dose som gir bevisstløshet" in text
    assert "kan det være livsfarlig å slutte brått" in text
    assert "Artikkelen omtaler ikke avrusning særskilt" not in text


def test_the_danger_after_a_break_is_on_the_opioid_page_and_under_relapse() -> None:
    assert "3–8 dager" in page("stoff", "heroin")
    assert "den gamle dosen kan gi en dødelig overdose" in page("vis", "forebygging")


# --- medium: misleading or not Norwegian ----------------------------------------------------


def test_norway_diagnoses_with_icd10() -> None:
    text = page("vis", "diagnose")
    assert "I Norge stiller leger diagnosen etter Verdens helseorganisasjons diagnosesystem ICD-10" in text
    assert len(load().bullet_list("icd10").items) == 6


def test_lar_is_long_term_treatment_not_detox_and_methadone_is_no_mild_drug() -> None:
    text = all_text()
    assert "mindre alvorlige bivirkninger" not in text
    assert "LAR er altså ikke det samme som avrusning" in text
    assert "Metadon er selv et sterkt opioid" in text


def test_methamphetamine_and_pcp_are_described_as_in_norway() -> None:
    text = all_text()
    assert "billig og lett å få tak i" not in text
    assert "under navnet «amfetamin»" in text
    assert "PCP er lite brukt i Norge" in text
    assert "De vanligste er LSD" not in text


def test_barbiturates_are_not_said_to_be_prescribed_against_unrest() -> None:
    assert "barbiturater mot uro" not in all_text()


def test_brand_names_shown_are_the_norwegian_ones() -> None:
    text = all_text()
    for foreign in ("Ativan", "Librium", "Amytal", "Seconal", "Klonopin", "OxyContin", "roofies"):
        assert foreign not in text
    for norwegian in ("Xanor", "Sobril", "Rivotril", "OxyNorm"):
        assert norwegian in text


def test_no_stigmatising_or_non_norwegian_terms() -> None:
    text = all_text().lower()
    assert "rusbehandler" not in text
    assert re.search(r"\bmisbruk", text) is None
    assert "reseptbelagt" not in text


def test_the_113_list_says_serious_not_bothersome() -> None:
    signs = " ".join(b.text for b in load().bullet_list("akutt").items)
    assert "plagsomme" not in signs
    assert "alvorlige eller skremmende" in signs


# --- what a Norwegian reader would miss: findable with søk ------------------------------


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("nalokson", "akutt"),
        ("nalokson", "overdose"),
        ("TSB", "veien-til-behandling"),
        ("pårørende", "pårørende"),
        ("taushetsplikt", "veien-til-behandling"),
        ("helsesykepleier", "unge"),
        ("LAR", "veien-til-behandling"),
        ("hepatitt", "overdose"),
    ],
)
def test_search_finds_the_new_content(word: str, place: str) -> None:
    assert place in [group.place.id for group in search(load(), word).groups]


def test_the_road_to_treatment_names_the_norwegian_system_and_rights() -> None:
    text = page("vis", "veien-til-behandling")
    for needed in (
        "fastlegen",
        "kommune",
        "uten henvisning",
        "10 virkedager",
        "nødvendig helsehjelp",
        "velge behandlingssted",
        "egenandel",
        "LAR",
        "ettervern",
        "taushetsplikt",
        "24 24 05 00",
    ):
        assert needed in text


def test_relatives_children_and_violence_are_covered() -> None:
    text = page("vis", "parorende")
    for needed in ("800 40 567", "116 111", "112", "116 006", "barneansvarlig personell", "Nar-Anon"):
        assert needed in text
