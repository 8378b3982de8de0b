"""What a user can get wrong: the domain raises these, and the command line shows each once."""

from __future__ import annotations


class UserError(Exception):
    """A mistake the user can put right: one Norwegian message, names for «Mente du …?», an exit code."""

    exit_code = 2
    is_error = True
    """Shown after «Feil:»; False for an answer that only says where else to look."""

    def __init__(self, message: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.suggestions = suggestions


class NotFound(UserError):
    """No section, substance class or drug goes by the name the user typed."""


class NotCovered(UserError):
    """A name rusinfo knows it does not cover (alkohol, snus…): not a mistake, so no «Feil:»,
    but a pointer to where to read or call instead; exit code 1, as a search without hits."""

    exit_code = 1
    is_error = False


class BadAnswers(UserError):
    """The answers given to `rusinfo sjekk --svar` cannot be read."""


class BadFile(UserError):
    """The file named with `--fil` cannot be written."""


class EmptyQuery(UserError):
    """A search with no letter or digit to look for."""


class NoTerminal(UserError):
    """A command that asks questions was run without a terminal to ask them in."""


class BadUsage(UserError):
    """Options that do not go together."""
