"""Tab completion: what `vis` and `stoff` can be completed with, and the scripts for each shell."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import NamedTuple

from rusinfo.names import fold

PROG_NAME = "rusinfo"
COMPLETE_VAR = "_RUSINFO_COMPLETE"
"""The environment variable the shell scripts set; Typer derives the same name from the program name."""

_ONE_WORD = re.compile(r"[\w-]+")
_WORD = re.compile(r"\w+")

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
    """Names for `rusinfo vis`: «alle» and the sections, each with the section title.

    With nothing or little typed, each section is offered once, by its Norwegian name; the
    aliases and one-word titles come in when they are what the typed text fits (`_candidates`).
    """
    from rusinfo.content import load
    from rusinfo.lookup import ALL, section_names

    content = load()
    titles = {ALL: "Hele artikkelen", **{s.id: s.title for s in content.sections}}
    return _candidates(_targets([(ALL, ALL), *section_names(content)], titles), incomplete)


def substances(incomplete: str) -> list[tuple[str, str]]:
    """Names for `rusinfo stoff`: the classes, their aliases and drug names, each with the class
    name. With nothing or little typed, each class is offered once (`_candidates`)."""
    from rusinfo.content import load
    from rusinfo.lookup import substance_names

    content = load()
    names = {c.id: c.name for c in content.substances}
    return _candidates(_targets(substance_names(content), names), incomplete)


class _Target(NamedTuple):
    """What one section or class can be completed with: its own name first, then the others."""

    names: tuple[str, ...]
    description: str


def _targets(pairs: Iterable[tuple[str, str]], descriptions: Mapping[str, str]) -> list[_Target]:
    """The (name, target id) pairs of the lookup, gathered by target, in the lookup's order.

    A name goes to the target the lookup finds for it (the first pair with that name), so a
    candidate's description is always the page it leads to. Each target's first name is its
    id in Norwegian spelling (`_spelled`).
    """
    owner: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    for name, target in pairs:
        if owner.setdefault(fold(name), target) == target and _ONE_WORD.fullmatch(name):
            names.setdefault(target, []).append(name)
    return [
        _Target((_spelled(target, [*found, descriptions[target]]), *found), descriptions[target])
        for target, found in names.items()
    ]


def _spelled(target: str, texts: Iterable[str]) -> str:
    """`target` (an id) with æ, ø and å where its names have them: «arsaker» is «årsaker»
    when a name or the title says «Årsaker», «parorende» is «pårørende» in «For pårørende».

    An id already spelt in Norwegian, or one no name spells differently, is kept as it is.
    """
    key = fold(target)
    size = key.count("-") + 1
    for text in (target, *texts):
        words = _WORD.findall(unicodedata.normalize("NFC", text))
        for start in range(len(words) - size + 1):
            run = "-".join(words[start : start + size])
            if not run.isascii() and fold(run) == key:
                return run.lower() if target.islower() else run
    return target


def _candidates(targets: Iterable[_Target], incomplete: str) -> list[tuple[str, str]]:
    """What to offer for `incomplete`: names that start with it, in any case, and with a/o/ae
    for å/ø/æ, each with its target's description.

    Shells only offer words that begin with the typed text, so a name matched through `fold`
    is offered in the user's spelling: `lose` completes to `losemidler`, which `rusinfo stoff`
    finds as «løsemidler», and `ar` to `arsaker`, while nothing typed offers «årsaker».

    Each target is offered once where that is enough: its own name when the typed text fits
    it (`vis` alone lists the sections, not their aliases), else the first other name that
    fits (`vis t` offers «time», «tegn» for the symptoms, «toleranse» for overdoses …). A
    shorter list is only offered when the shell does with it what it would do with the whole
    one: fill in the same letters, and never a single name that leaves out another target.
    Otherwise every name that fits is offered (`stoff met`: metamfetamin, meth, metylfenidat,
    metadon), and so are all of them when only drug names of one class fit (`stoff Xan`).
    """
    key = fold(incomplete)
    seen: set[str] = set()
    found: list[list[tuple[str, str, bool]]] = []
    for target in targets:
        own = fold(target.names[0])
        fits = []
        for name in target.names:
            candidate = _typed_as(name, incomplete, key)
            # «arsaker» and «Årsaker» are one name to the lookup: offer the first.
            if candidate and fold(candidate) not in seen:
                seen.add(fold(candidate))
                fits.append((candidate, target.description, fold(name) == own))
        if fits:
            found.append(fits)
    everything = [(name, description) for fits in found for name, description, _ in fits]
    own_names = [(name, description) for fits in found for name, description, own in fits[:1] if own]
    if own_names and (len(found) == 1 or _same_fill(own_names, everything)):
        return own_names
    firsts = [(name, description) for fits in found for name, description, _ in fits[:1]]
    if len(firsts) > 1 and _same_fill(firsts, everything):
        return firsts
    return everything


def _same_fill(some: list[tuple[str, str]], everything: list[tuple[str, str]]) -> bool:
    """Whether a shell fills in the same letters for `some` as for `everything`: the longest
    start they share. A single candidate is filled in whole, so it never counts as the same."""
    start = shared_start([name for name, _ in some])
    return len(some) > 1 and start == shared_start([name for name, _ in everything])


def shared_start(words: Iterable[str]) -> str:
    """The longest start all `words` have in common, letter by letter."""
    listed = list(words)
    if not listed:
        return ""
    first, last = min(listed), max(listed)
    end = next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), len(first))
    return first[:end]


def _typed_as(name: str, incomplete: str, key: str) -> str:
    """`name` starting with `incomplete` as typed, or "" if it does not match.

    Case never matters; a/o/ae stand for å/ø/æ only when the user typed plain ASCII, so
    «Å» does not turn «alle» into «Ålle». A name matched that way is finished in ASCII too:
    `pa` completes to `parorende`, not «parørende».
    """
    if name.lower().startswith(incomplete.lower()):
        return incomplete + name[len(incomplete) :]
    if not incomplete.isascii():
        return ""
    for end in range(1, len(name) + 1):
        folded = fold(name[:end])
        if folded == key:
            return incomplete + _ascii(name[end:])
        if not key.startswith(folded):
            break
    return ""


def _ascii(text: str) -> str:
    """`text` with å, ø and æ (and other accented letters) spelt in ASCII, case kept."""
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return plain.translate(_ASCII_LETTERS)


_ASCII_LETTERS = str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O"})


def script(shell: Shell) -> str:
    """The completion script for `shell`: the one Typer writes for its own completion protocol,
    for zsh with compinit started first if the user's .zshrc has not done it (`ZSH_COMPINIT`)."""
    from typer._completion_shared import get_completion_script

    text = get_completion_script(prog_name=PROG_NAME, complete_var=COMPLETE_VAR, shell=shell.value)
    if shell is Shell.ZSH:
        text = _COMPDEF.sub(lambda line: ZSH_COMPINIT + line[0], text, count=1)
    return text


ZSH_COMPINIT = """\
# compdef hører til fullføringssystemet i zsh (compinit). Det startes her hvis .zshrc ikke har gjort det.
(( $+functions[compdef] )) || { autoload -Uz compinit && compinit; }
"""
"""Put before the script's `compdef` line. A .zshrc that never runs compinit (a new user's,
or one written by hand) would otherwise say «command not found: compdef» in every new shell;
a .zshrc that does (oh-my-zsh, prezto, most distributions' defaults) is left as it is."""

_COMPDEF = re.compile(r"^compdef ", re.MULTILINE)


def enable() -> None:
    """Register Typer's bash, zsh and fish completion classes.

    Typer does this only when it adds its own English `--install-completion` options
    (`add_completion=True`); rusinfo has `rusinfo fullføring` instead, so it asks here. The
    registry is a dict in the already imported typer._click.shell_completion: no start-up cost.
    """
    from typer._completion_classes import completion_init

    completion_init()
