"""Forgiving name lookup: any case, ASCII for æøå, NFD input, unambiguous prefixes, typos."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u", "é": "e"})


def fold(text: str) -> str:
    """The form names are compared in: `Årsaker`, `arsaker` and NFD `årsaker` all give `arsaker`."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_ASCII)
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return "-".join(text.replace("_", " ").replace("-", " ").split())


class NoMatch(Exception):
    """No single name matched; `suggestions` holds up to three close names."""

    def __init__(self, query: str, suggestions: tuple[str, ...]) -> None:
        super().__init__(query)
        self.query = query
        self.suggestions = suggestions


def resolve(query: str, names: Iterable[tuple[str, str]]) -> str:
    """The target id for `query` among (name, target id) pairs, or NoMatch.

    An exact (folded) name wins; otherwise a prefix counts if all names it starts lead to
    the same target.
    """
    named = list(names)
    pairs = [(fold(name), target) for name, target in named]
    key = fold(query)
    if key:
        for name, target in pairs:
            if name == key:
                return target
        targets = {target for name, target in pairs if name.startswith(key)}
        if len(targets) == 1:
            return targets.pop()
    originals = {fold(name): name for name, _ in reversed(named)}
    raise NoMatch(query, tuple(originals[n] for n in suggest(key, list(originals))))


def suggest(key: str, names: Iterable[str], limit: int = 3) -> tuple[str, ...]:
    """Up to `limit` known names that look like `key`, closest first."""
    unique = list(dict.fromkeys(names))
    prefixed = [n for n in unique if key and n.startswith(key)]
    import difflib  # only a failed lookup pays for it

    close = difflib.get_close_matches(key, unique, n=limit, cutoff=0.6)
    return tuple(dict.fromkeys([*prefixed, *close]))[:limit]


def printable(text: str, limit: int = 0) -> str:
    """Text fit to echo back: control characters shown as �, cut to `limit` characters if set."""
    cleaned = "".join(c if c.isprintable() or c == "\n" else "�" for c in text)
    if limit and len(cleaned) > limit:
        return cleaned[: limit - 1] + "…"
    return cleaned
