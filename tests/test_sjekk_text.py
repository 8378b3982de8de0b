"""sjekk.toml: the shipped texts load, fit the article, and broken files fail naming file and key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import copy_data
from rusinfo.content import ContentError, load, load_from
from rusinfo.screening import Answer, Band, Person, UnknownEffect, score
from rusinfo.screening_text import ScreeningText, fill, load_screening, load_screening_from


def test_every_article_criterion_has_a_question_in_order() -> None:
    article = [b.id for b in load().bullet_list("kriterier").items]
    assert [q.criterion for q in load_screening().questions] == article
    assert len(article) == 7


@pytest.mark.parametrize("index", range(7))
def test_questions_are_worded_for_you_and_for_the_other_person(index: int) -> None:
    question = load_screening().questions[index]
    mine, theirs = question.text(Person.SELF), question.text(Person.OTHER)

    assert re.search(r"\b(du|deg)\b", mine), mine
    assert "personen" not in mine
    assert "personen" in theirs
    assert not re.search(r"\b(du|deg|din)\b", theirs), theirs
    assert mine.endswith("?")
    assert theirs.endswith("?")


def test_every_result_text_fills_in_for_every_band() -> None:
    text = load_screening()
    for yes in range(8):
        unknown = min(2, 7 - yes)
        answers = [Answer.YES] * yes + [Answer.UNKNOWN] * unknown + [Answer.NO] * (7 - yes - unknown)
        result = score([q.criterion for q in text.questions], answers)
        for person in Person:
            band = fill(text.bands[result.band](person), result)
            assert "{" not in band
            assert str(result.total) in band


def test_the_result_texts_cover_every_band_and_effect() -> None:
    text = load_screening()
    assert set(text.bands) == set(Band)
    assert set(text.unknown) == set(UnknownEffect) - {UnknownEffect.NONE}


def test_the_source_of_the_rule_is_stated_correctly() -> None:
    text = load_screening()
    assert "Bare en lege eller psykolog kan stille en diagnose" in text.not_diagnosis
    for name in (
        "DSM-IV",
        "American Psychiatric Association",
        "ICD-10",
        "I Norge",
        "tolv måneder",
        "tre av sju",
    ):
        assert name in text.source_note


def test_the_help_numbers_exist_in_the_help_file() -> None:
    known = {line.id for line in load().help_lines}
    numbers = load_screening().help_lines
    for person in Person:
        assert numbers(person)
        assert set(numbers(person)) <= known
    assert "parorendetelefonen" in numbers(Person.OTHER)


# --- broken files ----------------------------------------------------------------------


def load_changed(tmp_path: Path, old: str, new: str) -> ScreeningText:
    """Load a copy of the data where `old` in sjekk.toml is replaced by `new`."""
    path = copy_data(tmp_path) / "sjekk.toml"
    original = path.read_text(encoding="utf-8")
    assert old in original, f"the test's anchor «{old}» is not in sjekk.toml"
    path.write_text(original.replace(old, new, 1), encoding="utf-8")
    return load_screening_from(tmp_path, load_from(tmp_path))


def test_an_unchanged_copy_loads(tmp_path: Path) -> None:
    assert load_changed(tmp_path, "tittel", "tittel") == load_screening()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('avbrutt = "', 'avbrut = "', "sjekk.toml: toppnivå: mangler nøkkelen «avbrutt»"),
        ("[hvem]\n", '[hvem]\nfarge = "blå"\n', "sjekk.toml: hvem: ukjent nøkkel «farge»"),
        ('sporsmal = "Hvem gjelder det?"', 'sporsmal = " "', "sjekk.toml: hvem.sporsmal: tom tekst"),
        (
            'meg = "Gjelder noe av dette deg',
            'mig = "Gjelder noe av dette deg',
            "sjekk.toml: sikkerhet.sporsmal: mangler nøkkelen «meg»",
        ),
        ('id = "toleranse"', 'id = "toleranse-x"', "sjekk.toml: kriterium[0] (toleranse-x): finnes ikke"),
        ('kort = "Abstinenser"', 'kort = ""', "sjekk.toml: kriterium[1] (abstinens).kort: tom tekst"),
        (
            'fremdrift = "Spørsmål {nummer} av {antall}"',
            'fremdrift = "Spørsmål {nr} av {antall}"',
            "sjekk.toml: sporsmal.fremdrift: ukjent plassholder «{nr}»",
        ),
        (
            'overskrift = "Resultat: {oppfylte}',
            'overskrift = "Resultat: {oppfylte',
            "sjekk.toml: resultat.overskrift: ugyldig krøllparentes",
        ),
        (
            'meg = ["rusinfo"',
            'meg = ["rusinfo-x"',
            "sjekk.toml: hjelp.numre.meg: ukjent nummer-id «rusinfo-x»",
        ),
        ("[resultat.ingen]", "[resultat.ingenting]", "sjekk.toml: resultat: mangler nøkkelen «ingen»"),
    ],
)
def test_a_broken_file_names_the_file_and_the_key(tmp_path: Path, old: str, new: str, message: str) -> None:
    with pytest.raises(ContentError) as caught:
        load_changed(tmp_path, old, new)
    assert message in str(caught.value)


def test_the_criteria_must_follow_the_article(tmp_path: Path) -> None:
    swapped = 'id = "abstinens"'
    with pytest.raises(ContentError, match="samme rekkefølge"):
        load_changed(tmp_path, 'id = "toleranse"', swapped)
