"""Tab completion: what `vis` and `stoff` can be completed with, and the scripts for each shell."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from rusinfo.names import fold

PROG_NAME = "rusinfo"
COMPLETE_VAR = "_RUSINFO_COMPLETE"
"""The environment variable the shell scripts set; Typer derives the same name from the program name."""

_ONE_WORD = re.compile(r"[\w-]+")

HOW_TO = """\
Slik slår du på fullføring: kjør linjen for skallet ditt én gang, og åpne et nytt vindu.

\b
bash:  rusinfo fullføring bash >> ~/.bashrc
zsh:   rusinfo fullføring zsh >> ~/.zshrc
fish:  rusinfo fullføring fish > ~/.config/fish/completions/rusinfo.fish
"""


class Shell(StrEnum):
    BASH = "bash"
    ZSH = "zsh"
    FISH = "fish"


def sections(incomplete: str) -> list[tuple[str, str]]:
    """Section ids, aliases and one-word titles for `rusinfo vis`, each with the section title."""
    from rusinfo.content import load
    from rusinfo.lookup import ALL, section_names

    content = load()
    titles = {s.id: s.title for s in content.sections}
    pairs = [(ALL, "Hele artikkelen"), *((name, titles[target]) for name, target in section_names(content))]
    return _candidates(pairs, incomplete)


def substances(incomplete: str) -> list[tuple[str, str]]:
    """Class ids, aliases and drug names for `rusinfo stoff`, each with the class name."""
    from rusinfo.content import load
    from rusinfo.lookup import substance_names

    content = load()
    names = {c.id: c.name for c in content.substances}
    return _candidates(((name, names[target]) for name, target in substance_names(content)), incomplete)


def _candidates(pairs: Iterable[tuple[str, str]], incomplete: str) -> list[tuple[str, str]]:
    """One-word names that start with what is typed, in any case, and with a/o/ae for å/ø/æ.

    Shells only offer words that begin with the typed text, so a name matched through
    `fold` is offered in the user's spelling: `lose` completes to `losemiddel`, which
    `rusinfo stoff` finds as «løsemiddel».
    """
    key = fold(incomplete)
    found: dict[str, tuple[str, str]] = {}
    for name, description in pairs:
        candidate = _typed_as(name, incomplete, key) if _ONE_WORD.fullmatch(name) else ""
        if candidate:
            # «arsaker» and «Årsaker» are one name to the lookup: offer the first.
            found.setdefault(fold(candidate), (candidate, description))
    return list(found.values())


def _typed_as(name: str, incomplete: str, key: str) -> str:
    """`name` starting with `incomplete` as typed, or "" if it does not match.

    Case never matters; a/o/ae stand for å/ø/æ only when the user typed plain ASCII, so
    «Å» does not turn «alle» into «Ålle».
    """
    if name.lower().startswith(incomplete.lower()):
        return incomplete + name[len(incomplete) :]
    if not incomplete.isascii():
        return ""
    for end in range(1, len(name) + 1):
        folded = fold(name[:end])
        if folded == key:
            return incomplete + name[end:]
        if not key.startswith(folded):
            break
    return ""


def script(shell: Shell) -> str:
    """The completion script for `shell`, the one Typer writes for its own completion protocol."""
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name=PROG_NAME, complete_var=COMPLETE_VAR, shell=shell.value)


def enable() -> None:
    """Register Typer's bash, zsh and fish completion classes.

    Typer does this only when it adds its own English `--install-completion` options
    (`add_completion=True`); rusinfo has `rusinfo fullføring` instead, so it asks here. The
    registry is a dict in the already imported typer._click.shell_completion: no start-up cost.
    """
    from typer._completion_classes import completion_init

    completion_init()
