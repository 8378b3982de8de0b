"""Scoring and `--svar` parsing: pure functions, no prompts and no output."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusinfo.screening import (
    THRESHOLD,
    Answer,
    AnswerError,
    Band,
    UnknownEffect,
    parse_answers,
    score,
)

CRITERIA = ("toleranse", "abstinens", "mer-enn-tenkt", "kutte-ned", "tidsbruk", "gir-opp", "tross-skade")

# The band for each number of «Ja», written out rather than computed: DSM-IV's rule is 3 of 7.
EXPECTED_BAND = {
    0: Band.NONE,
    1: Band.SOME,
    2: Band.SOME,
    3: Band.AT_THRESHOLD,
    4: Band.AT_THRESHOLD,
    5: Band.AT_THRESHOLD,
    6: Band.AT_THRESHOLD,
    7: Band.AT_THRESHOLD,
}


def answers_with(yes: int, unknown: int, *, yes_first: bool = True) -> list[Answer]:
    """`yes` «Ja» and `unknown` «Vet ikke», the rest «Nei», with the «Ja» first or last."""
    rest = [Answer.UNKNOWN] * unknown + [Answer.NO] * (len(CRITERIA) - yes - unknown)
    return [Answer.YES] * yes + rest if yes_first else rest + [Answer.YES] * yes


@pytest.mark.parametrize("yes", range(len(CRITERIA) + 1))
@pytest.mark.parametrize("with_unknown", [False, True], ids=["uten-vet-ikke", "med-vet-ikke"])
@pytest.mark.parametrize("yes_first", [True, False], ids=["ja-forst", "ja-sist"])
def test_every_count_gives_its_band(yes: int, with_unknown: bool, yes_first: bool) -> None:
    unknown = min(1, len(CRITERIA) - yes) if with_unknown else 0
    result = score(CRITERIA, answers_with(yes, unknown, yes_first=yes_first))

    assert result.met == yes
    assert result.unknown == unknown
    assert result.total == 7
    assert result.threshold == THRESHOLD == 3
    assert result.band is EXPECTED_BAND[yes]
    assert result.at_threshold is (yes >= 3)
    assert len(result.ids_answered(Answer.YES)) == yes


@pytest.mark.parametrize(
    ("yes", "unknown", "effect"),
    [
        (0, 0, UnknownEffect.NONE),
        (2, 0, UnknownEffect.NONE),
        (5, 0, UnknownEffect.NONE),
        (0, 1, UnknownEffect.STAYS_BELOW),
        (0, 2, UnknownEffect.STAYS_BELOW),
        (1, 1, UnknownEffect.STAYS_BELOW),
        (0, 3, UnknownEffect.COULD_REACH),
        (1, 2, UnknownEffect.COULD_REACH),
        (2, 1, UnknownEffect.COULD_REACH),
        (2, 5, UnknownEffect.COULD_REACH),
        (0, 7, UnknownEffect.COULD_REACH),
        (3, 1, UnknownEffect.CANNOT_LOWER),
        (6, 1, UnknownEffect.CANNOT_LOWER),
    ],
)
def test_unknown_answers_are_counted_apart(yes: int, unknown: int, effect: UnknownEffect) -> None:
    result = score(CRITERIA, answers_with(yes, unknown))

    assert result.met == yes
    assert result.unknown == unknown
    assert result.unknown_effect is effect


def test_the_result_keeps_each_answer_with_its_criterion() -> None:
    answers = [Answer.NO, Answer.YES, Answer.UNKNOWN, Answer.NO, Answer.YES, Answer.NO, Answer.NO]
    result = score(CRITERIA, answers)

    assert result.answers[1] == ("abstinens", Answer.YES)
    assert result.answers[2] == ("mer-enn-tenkt", Answer.UNKNOWN)
    assert result.ids_answered(Answer.YES) == ("abstinens", "tidsbruk")
    assert result.ids_answered(Answer.UNKNOWN) == ("mer-enn-tenkt",)


def test_scoring_needs_one_answer_per_criterion() -> None:
    with pytest.raises(ValueError, match="6 svar for 7 kriterier"):
        score(CRITERIA, [Answer.YES] * 6)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ja,nei,vet-ikke,ja,nei,vet-ikke,ja", "ja nei vet-ikke ja nei vet-ikke ja"),
        ("j,n,v,j,n,v,j", "ja nei vet-ikke ja nei vet-ikke ja"),
        ("Ja, NEI ,Vet ikke,vet_ikke,V,N,J", "ja nei vet-ikke vet-ikke vet-ikke nei ja"),
    ],
)
def test_answers_are_read_in_any_of_their_forms(raw: str, expected: str) -> None:
    assert [a.value for a in parse_answers(raw, 7)] == expected.split()


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("ja,nei,ja", "nøyaktig 7 svar, ett for hvert kriterium, men fikk 3"),
        ("ja,nei,ja,nei,ja,nei,ja,nei", "nøyaktig 7 svar, ett for hvert kriterium, men fikk 8"),
        ("ja,nei,kanskje,nei,ja,nei,ja", "Svar nummer 3 i --svar, «kanskje», er ikke et gyldig svar"),
        ("ja,nei,ja,,ja,nei,ja", "Svar nummer 4 i --svar er tomt"),
        ("", "Svar nummer 1 i --svar er tomt"),
        ("yes,no,yes,no,yes,no,yes", "«yes», er ikke et gyldig svar"),
    ],
)
def test_bad_answers_are_named_in_norwegian(raw: str, message: str) -> None:
    with pytest.raises(AnswerError) as caught:
        parse_answers(raw, 7)
    assert message in str(caught.value)


def test_a_control_character_is_not_echoed_back() -> None:
    with pytest.raises(AnswerError) as caught:
        parse_answers("ja,\x1b[31mrødt,nei,nei,nei,nei,nei", 7)
    assert "\x1b" not in str(caught.value)


@given(st.lists(st.sampled_from(list(Answer)), min_size=7, max_size=7))
def test_answers_written_as_words_read_back_the_same(answers: list[Answer]) -> None:
    assert list(parse_answers(",".join(a.value for a in answers), 7)) == answers


@given(st.lists(st.sampled_from(list(Answer)), min_size=7, max_size=7))
def test_the_counts_add_up(answers: list[Answer]) -> None:
    result = score(CRITERIA, answers)
    assert result.met + result.unknown + len(result.ids_answered(Answer.NO)) == 7
    assert result.at_threshold == (answers.count(Answer.YES) >= 3)
