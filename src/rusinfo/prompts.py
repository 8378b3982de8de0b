"""The screening's questions in a terminal. The only module that imports questionary.

It is imported only when `rusinfo sjekk` runs interactively, so no other command pays for
questionary and prompt_toolkit. Prompts use `.unsafe_ask()`: Ctrl-C raises
KeyboardInterrupt and Ctrl-D or a closed input raises EOFError, so an interrupted screening
is never scored.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple, TypeVar, cast

import questionary
from prompt_toolkit.application import get_app_session
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent, merge_key_bindings
from prompt_toolkit.keys import Keys

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
INDENT = "  "
"""Continuation lines line up under the text after questionary's «? »."""
_STYLE = questionary.Style([("selected", "noreverse")])
"""Only the pointer marks a choice: prompt_toolkit would show the default choice reversed,
as if chosen, even after the pointer has moved away from it."""


class Interview(NamedTuple):
    """What the user answered; `answers` is empty if the screening stopped for acute danger."""

    person: Person
    answers: tuple[Answer, ...]
    emergency: bool = False


def interview(
    content: Content, text: ScreeningText, screen: Screen, person: Person | None = None
) -> Interview:
    """Ask who, the safety question, every criterion, and let the user change answers."""
    from rusinfo.render import screening as page

    page.intro(screen, text)
    if person is None:
        person = _select(
            text.who_question,
            text.who_hint,
            [(text.who_self, Person.SELF, None), (text.who_other, Person.OTHER, None)],
            default=Person.SELF,
        )
    page.safety(screen, content, text)
    danger = _select(
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
        answers.append(_ask_criterion(text, person, number, FIRST_POINTER))
    while True:
        screen.console.print()
        if (number := _ask_change(text, answers)) == SHOW_RESULT:
            return Interview(person, tuple(answers))
        answers[number] = _ask_criterion(text, person, number, answers[number])


def _ask_criterion(text: ScreeningText, person: Person, number: int, default: Answer) -> Answer:
    progress = text.progress.format(nummer=number + 1, antall=len(text.questions))
    message = progress + "\n" + text.questions[number].text(person)
    return _select(message, text.answer_hint, [(a.label, a, a.key) for a in ANSWERS], default=default)


def _ask_change(text: ScreeningText, answers: Sequence[Answer]) -> int:
    """The index of the answer the user wants to change, or SHOW_RESULT."""
    width = max(len(q.label) for q in text.questions)
    # The answers in a column when it fits behind « » 1) »; a choice too wide is cut off.
    aligned = len(" » 1) ") + width + 2 + len(Answer.UNKNOWN.label) <= _columns()
    choices: list[tuple[str, int, str | None]] = [(text.summary_show_result, SHOW_RESULT, "0")]
    for number, (question, answer) in enumerate(zip(text.questions, answers, strict=True)):
        title = (
            f"{question.label:<{width}}  {answer.label}" if aligned else f"{question.label}: {answer.label}"
        )
        choices.append((title, number, str(number + 1)))
    # Erased once answered: the choice's padded title makes a poor record line, and the
    # changed answer shows in the question asked again.
    return _select(text.summary_question, text.summary_hint, choices, default=SHOW_RESULT, erase=True)


def _select(
    message: str,
    hint: str,
    choices: Sequence[tuple[str, T, str | None]],
    default: T,
    *,
    erase: bool = False,
) -> T:
    """One select prompt in Norwegian: the hint replaces questionary's English instruction.

    `choices` are (title, value, shortcut key); with keys, the key moves the pointer and
    Enter answers, like the arrow keys. `erase` removes the prompt once answered.
    """
    shortcuts = all(key is not None for _, _, key in choices)
    items = [questionary.Choice(title, value, shortcut_key=key or False) for title, value, key in choices]
    question = questionary.select(
        _wrap(message),
        items,
        default=next(item for item in items if item.value == default),
        instruction="\n" + INDENT + _wrap(hint),
        use_shortcuts=shortcuts,
        use_jk_keys=False,
        erase_when_done=erase,
        style=_STYLE,
    )
    question.application.key_bindings = merge_key_bindings(
        [question.application.key_bindings or KeyBindings(), _STOP_KEYS]
    )
    return cast(T, question.unsafe_ask())


def _wrap(text: str) -> str:
    """Each line of `text` word-wrapped and indented; prompt_toolkit would break inside words."""
    # Room for «? » in front and the answer («Vet ikke») behind the last word.
    width = max(min(_columns(), 80) - len(INDENT) - 10, 30)
    lines = [wrapped for line in text.split("\n") for wrapped in textwrap.wrap(line, width)]
    return ("\n" + INDENT).join(lines)


def _columns() -> int:
    """The width of the terminal the prompts are drawn on."""
    return get_app_session().output.get_size().columns


_STOP_KEYS = KeyBindings()


@_STOP_KEYS.add("c-d", eager=True)
def _end_of_input(event: KeyPressEvent) -> None:
    """Ctrl-D stops the screening, as it ends input anywhere else in a terminal."""
    event.app.exit(exception=EOFError, style="class:aborting")


@_STOP_KEYS.add(Keys.SIGINT, eager=True)
def _interrupted(event: KeyPressEvent) -> None:
    """A SIGINT sent from outside (`kill -INT`) stops the screening as Ctrl-C does.

    prompt_toolkit turns the signal into a key press, which questionary does not bind."""
    event.app.exit(exception=KeyboardInterrupt, style="class:aborting")
