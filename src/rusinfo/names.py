"""Forgiving name lookup: any case, ASCII for æøå, NFD input, unambiguous prefixes, typos."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

_ASCII = str.maketrans({"æ": "ae", "ø": "o"})
"""The letters that NFD does not split into a plain letter and an accent (å does: a + ring)."""


def fold(text: str) -> str:
    """The form names are compared in: `Årsaker`, `arsaker` and NFD `årsaker` all give `arsaker`."""
    text = "".join(c for c in _decomposed(text) if not unicodedata.combining(c))
    return "-".join(text.replace("_", " ").replace("-", " ").split())


def skeleton(text: str) -> str:
    """What is left of `fold`'s letters when every non-ASCII character is dropped: a quick pre-test.

    Dropping the same characters everywhere keeps a substring a substring, so if `fold(word)`
    stands in a text folded word by word, `skeleton(fold(word))` stands in `skeleton(text)`.
    It takes no Python loop over the characters, so it is cheap enough to run on all the content.
    """
    return _decomposed(text).encode("ascii", "ignore").decode("ascii")


def _decomposed(text: str) -> str:
    """Lower case, accents split from their letters (NFD), then æ and ø spelt in ASCII.

    Spelling comes after splitting, so that æ and ø carrying an accent (ǽ, ǿ) are spelt too.
    """
    return unicodedata.normalize("NFD", unicodedata.normalize("NFC", text).casefold()).translate(_ASCII)


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
    """Text fit to echo back: control characters, line breaks included, shown as �; cut to
    `limit` characters if set."""
    cleaned = "".join(c if c.isprintable() else "�" for c in text)
    if limit and len(cleaned) > limit:
        return cleaned[: limit - 1] + "…"
    return cleaned
