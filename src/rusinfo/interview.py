"""The self-test's questions in order: who, the safety question, each criterion, a review.

The flow is the same however the questions are asked. An `Asker` asks one question: with
arrow keys and redrawn menus (`prompts.ArrowAsker`, questionary) or, in plain mode for
screen readers and braille displays (`--enkel`, ACCESSIBLE, TERM=dumb), as plain lines read
top to bottom (`LineAsker`, here): the question, its choices, «Svar (j/n/v):», no redraws,
no colour. Nothing here stores an answer anywhere.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeVar

from rusinfo import terminal
from rusinfo.names import fold
from rusinfo.screening import Answer, Person

if TYPE_CHECKING:
    from rusinfo.content import Content
    from rusinfo.render.screen import Screen
    from rusinfo.screening_text import ScreeningText

T = TypeVar("T")

ANSWERS = (Answer.YES, Answer.NO, Answer.UNKNOWN)
FIRST_POINTER = Answer.UNKNOWN
"""Where the pointer starts on a criterion: Enter pressed in haste is neither «Ja» nor «Nei»."""
SHOW_RESULT = -1

Choice = tuple[str, T, str | None]
"""A choice's title, its value, and the key that picks it (None: the asker numbers them)."""


class Asker(Protocol):
    plain: bool
    """Whether the questions are plain lines for a screen reader."""

    def select(
        self, message: str, hint: str, choices: Sequence[Choice[T]], default: T, *, erase: bool = False
    ) -> T:
        """One question; Ctrl-C raises KeyboardInterrupt, the end of input EOFError."""
        ...

    def columns(self) -> int:
        """How wide the questions are drawn."""
        ...


class Interview(NamedTuple):
    """What the user answered; `answers` is empty if the screening stopped for acute danger."""

    person: Person
    answers: tuple[Answer, ...]
    emergency: bool = False


def run(
    content: Content, text: ScreeningText, screen: Screen, *, plain: bool, person: Person | None = None
) -> Interview:
    """Ask who, the safety question, every criterion, and let the user change answers.

    `plain` asks with plain lines (`LineAsker`), else with arrow keys (`prompts.ArrowAsker`).
    The intro is on screen before the asker is made: the arrow keys' asker loads questionary
    and prompt_toolkit, which take as long as the rest of the start, and meanwhile the user
    is already reading (README, «Oppstartstid»).
    """
    from rusinfo.render import screening as page

    page.intro(screen, text)
    ask = LineAsker(screen, text) if plain else _arrow_keys()
    terminal.resume_garbage_collection()
    if person is None:
        person = ask.select(
            text.who_question,
            text.who_hint,
            [(text.who_self, Person.SELF, None), (text.who_other, Person.OTHER, None)],
            default=Person.SELF,
        )
    page.safety(screen, content, text)
    danger = ask.select(
        text.safety_question(person),
        text.safety_hint,
        [(a.label, a, a.key) for a in (Answer.YES, Answer.NO)],
        default=Answer.NO,
    )
    if danger is Answer.YES:
        return Interview(person, (), emergency=True)
    answers: list[Answer] = []
    for number in range(len(text.questions)):
        screen.console.print()
        answers.append(_criterion(ask, text, person, number, FIRST_POINTER))
    while True:
        screen.console.print()
        if (number := _change(ask, text, answers)) == SHOW_RESULT:
            return Interview(person, tuple(answers))
        answers[number] = _criterion(ask, text, person, number, answers[number])


def _arrow_keys() -> Asker:
    from rusinfo import prompts

    return prompts.ArrowAsker()


def _criterion(ask: Asker, text: ScreeningText, person: Person, number: int, default: Answer) -> Answer:
    progress = text.progress.format(nummer=number + 1, antall=len(text.questions))
    message = progress + "\n" + text.questions[number].text(person)
    return ask.select(message, text.answer_hint, [(a.label, a, a.key) for a in ANSWERS], default=default)


def _change(ask: Asker, text: ScreeningText, answers: Sequence[Answer]) -> int:
    """The index of the answer the user wants to change, or SHOW_RESULT."""
    choices: list[Choice[int]] = [(text.summary_show_result, SHOW_RESULT, "0")]
    width = max(len(q.label) for q in text.questions)
    # The answers in a column when it fits behind « » 1) »; narrower, the answer comes first,
    # so that a title cut at the edge never cuts the answer.
    aligned = len(" » 1) ") + width + 2 + len(Answer.UNKNOWN.label) <= ask.columns()
    for number, (question, answer) in enumerate(zip(text.questions, answers, strict=True)):
        if ask.plain:
            title = f"{question.label}: {answer.label}"
        elif aligned:
            title = f"{question.label:<{width}}  {answer.label}"
        else:
            title = f"{answer.label}: {question.label}"
        choices.append((title, number, str(number + 1)))
    # Erased once answered: the choice's padded title makes a poor record line, and the
    # changed answer shows in the question asked again.
    return ask.select(text.summary_question, text.summary_hint, choices, default=SHOW_RESULT, erase=True)


class LineAsker:
    """Questions as plain lines: the question, one line per choice, then «Svar (j/n/v):».

    Enter alone takes the default only where a default is safe (the review's «show the
    result»); elsewhere the question is asked again, so no answer is ever given by accident.
    """

    plain = True

    def __init__(self, screen: Screen, text: ScreeningText) -> None:
        self.screen = screen
        self.text = text

    def columns(self) -> int:
        return self.screen.console.width

    def select(
        self, message: str, hint: str, choices: Sequence[Choice[T]], default: T, *, erase: bool = False
    ) -> T:
        keys = [key or str(number) for number, (_, _, key) in enumerate(choices, 1)]
        lines = [message, *(f"{key}) {title}" for key, (title, _, _) in zip(keys, choices, strict=True))]
        self.screen.say("\n".join(lines))
        enter_is_default = default == SHOW_RESULT
        prompt = f"{self.text.plain_answer} ({'/'.join(keys)}): "
        while True:
            typed = fold(_read_line(self.text.plain_change + " " if enter_is_default else prompt))
            if not typed and enter_is_default:
                return default
            for key, (title, value, _) in zip(keys, choices, strict=True):
                if typed in (fold(key), fold(title)):
                    return value
            self.screen.say(self.text.plain_invalid.format(valg=", ".join(keys)))


def _read_line(prompt: str) -> str:
    """A line from the user; Ctrl-C raises KeyboardInterrupt here, not the quiet exit elsewhere."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        sys.stdout.write(prompt)
        sys.stdout.flush()
        line = sys.stdin.readline()
    finally:
        signal.signal(signal.SIGINT, previous)
    if not line:
        raise EOFError
    return line.strip()
