"""The criteria screening as pure logic: answers in, result out; no prompts, no printing, no files."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import NamedTuple

from rusinfo.errors import BadAnswers
from rusinfo.names import fold, printable

THRESHOLD = 3
"""DSM-IV's dependence rule: three or more criteria within the same 12 months."""


class Answer(enum.StrEnum):
    """One answer to one criterion; the value is the word used in `--svar` and in JSON."""

    YES = "ja"
    NO = "nei"
    UNKNOWN = "vet-ikke"

    @property
    def label(self) -> str:
        """The answer as the user sees it in a choice, «Vet ikke» with its space."""
        return {"ja": "Ja", "nei": "Nei", "vet-ikke": "Vet ikke"}[self.value]

    @property
    def key(self) -> str:
        """The shortcut key: j, n or v."""
        return self.value[0]


class Person(enum.StrEnum):
    """Who the answers are about, which decides the wording: «du» or «personen»."""

    SELF = "meg"
    OTHER = "annen"


class Band(enum.StrEnum):
    """What the number of criteria met means under the 3-of-7 rule."""

    AT_THRESHOLD = "tre-eller-flere"
    SOME = "en-eller-to"
    NONE = "ingen"


class UnknownEffect(enum.StrEnum):
    """What the «Vet ikke» answers could do to the band if they were really «Ja»."""

    NONE = "ingen"
    """There were no «Vet ikke» answers."""
    COULD_REACH = "kan-endre"
    """Below the threshold now, at or above it if enough of them were «Ja»."""
    CANNOT_LOWER = "over"
    """Already at or above the threshold; unknowns can only add to it."""
    STAYS_BELOW = "under"
    """Below the threshold even if every one of them were «Ja»."""


class Result(NamedTuple):
    """The outcome of one screening: each criterion's answer and what the count means."""

    answers: tuple[tuple[str, Answer], ...]
    """(criterion id, answer) in the article's order."""
    threshold: int = THRESHOLD

    @property
    def met(self) -> int:
        return sum(1 for _, answer in self.answers if answer is Answer.YES)

    @property
    def unknown(self) -> int:
        return sum(1 for _, answer in self.answers if answer is Answer.UNKNOWN)

    @property
    def total(self) -> int:
        return len(self.answers)

    @property
    def at_threshold(self) -> bool:
        return self.met >= self.threshold

    @property
    def band(self) -> Band:
        if self.at_threshold:
            return Band.AT_THRESHOLD
        return Band.SOME if self.met else Band.NONE

    @property
    def unknown_effect(self) -> UnknownEffect:
        if not self.unknown:
            return UnknownEffect.NONE
        if self.at_threshold:
            return UnknownEffect.CANNOT_LOWER
        if self.met + self.unknown >= self.threshold:
            return UnknownEffect.COULD_REACH
        return UnknownEffect.STAYS_BELOW

    def ids_answered(self, answer: Answer) -> tuple[str, ...]:
        """The criterion ids that got this answer, in order."""
        return tuple(criterion for criterion, given in self.answers if given is answer)


def score(criteria: Sequence[str], answers: Sequence[Answer]) -> Result:
    """The result of answering `criteria` (ids, in order) with `answers`, one each."""
    if len(criteria) != len(answers):
        raise ValueError(f"{len(answers)} svar for {len(criteria)} kriterier")
    return Result(tuple(zip(criteria, answers, strict=True)))


class AnswerError(BadAnswers):
    """`--svar` could not be read; the message says why, in Norwegian."""


_WORDS = {fold(word): answer for answer in Answer for word in (answer.value, answer.key, answer.label)}


def parse_answers(raw: str, count: int) -> tuple[Answer, ...]:
    """`ja,nei,vet-ikke,…` (or j/n/v, any case, «vet ikke» with a space) as exactly `count` answers."""
    words = raw.split(",")
    for number, word in enumerate(words, start=1):
        if not word.strip():
            raise AnswerError(f"Svar nummer {number} i --svar er tomt. Skriv ja, nei eller vet-ikke.")
        if fold(word) not in _WORDS:
            raise AnswerError(
                f"Svar nummer {number} i --svar, «{printable(word.strip(), 30)}», er ikke et gyldig svar. "
                "Skriv ja, nei eller vet-ikke (eller j, n, v)."
            )
    if len(words) != count:
        raise AnswerError(
            f"--svar må ha nøyaktig {count} svar, ett for hvert kriterium, men fikk {len(words)}. "
            "Skill svarene med komma, for eksempel ja,nei,vet-ikke."
        )
    return tuple(_WORDS[fold(word)] for word in words)
