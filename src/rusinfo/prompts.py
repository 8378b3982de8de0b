"""The self-test's questions with arrow keys, in a terminal. The only module that imports questionary.

It is imported only when `rusinfo sjekk` asks its questions this way, so no other command
pays for questionary and prompt_toolkit. Prompts use `.unsafe_ask()`: Ctrl-C raises
KeyboardInterrupt and Ctrl-D or a closed input raises EOFError, so an interrupted screening
is never scored. The order of the questions is in interview.py.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TypeVar, cast

import questionary
from prompt_toolkit.application import get_app_session
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent, merge_key_bindings
from prompt_toolkit.keys import Keys

from rusinfo.interview import Choice

T = TypeVar("T")

INDENT = "  "
"""Continuation lines line up under the text after questionary's «? »."""
STYLE = questionary.Style(
    [
        ("qmark", "fg:ansicyan bold"),
        ("question", "bold"),
        ("answer", "bold"),
        ("pointer", "bold"),
        ("highlighted", "bold"),
        ("selected", "noreverse"),
        ("instruction", ""),
        ("text", ""),
    ]
)
"""Colours from the terminal's own 16-colour palette, so the user's theme decides the
contrast (questionary's defaults are fixed 256-colour shades, an orange answer is hard to read
on white); answers in the terminal's own text colour, in bold; the choice under the pointer
bold as well as marked with «»». Only the pointer
marks a choice: prompt_toolkit would show the default choice reversed, as if chosen, even after
the pointer has moved away from it."""


class ArrowAsker:
    """One question at a time as a questionary menu: arrow keys or the choice's key, then Enter."""

    plain = False

    def columns(self) -> int:
        """The width of the terminal the prompts are drawn on."""
        return get_app_session().output.get_size().columns

    def select(
        self, message: str, hint: str, choices: Sequence[Choice[T]], default: T, *, erase: bool = False
    ) -> T:
        """One select prompt in Norwegian: the hint replaces questionary's English instruction.

        With keys for every choice, a key moves the pointer and Enter answers, like the arrow
        keys. `erase` removes the prompt once answered.
        """
        shortcuts = all(key is not None for _, _, key in choices)
        items = [questionary.Choice(title, value, shortcut_key=key or False) for title, value, key in choices]
        question = questionary.select(
            _Rewrapped(message),
            items,
            default=next(item for item in items if item.value == default),
            instruction="\n" + INDENT + _wrap(hint, self.columns()),
            use_shortcuts=shortcuts,
            use_jk_keys=False,
            erase_when_done=erase,
            style=STYLE,
        )
        question.application.key_bindings = merge_key_bindings(
            [question.application.key_bindings or KeyBindings(), _STOP_KEYS]
        )
        return cast(T, question.unsafe_ask())


class _Rewrapped(str):
    """A question that wraps itself to the terminal's width each time it is drawn.

    questionary formats the message (`" {} ".format(message)`) on every redraw, so the text
    follows a resized terminal. Wrapped once, for the old width, lines longer than the new
    width would be cut off and words lost.
    """

    def __format__(self, spec: str) -> str:
        return _wrap(str(self), get_app_session().output.get_size().columns)


def _wrap(text: str, columns: int) -> str:
    """Each line of `text` word-wrapped and indented; prompt_toolkit would break inside words."""
    # Room for «? » in front and the answer («Vet ikke») behind the last word.
    width = max(min(columns, 80) - len(INDENT) - 10, 20)
    lines = [wrapped for line in text.split("\n") for wrapped in textwrap.wrap(line, width)]
    return ("\n" + INDENT).join(lines)


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
