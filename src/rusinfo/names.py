"""Forgiving name lookup: any case, ASCII for æøå, NFD input, unambiguous prefixes, typos."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

_ASCII = str.maketrans({"æ": "ae", "ø": "o"})
"""The letters that NFD does not split into a plain letter and an accent (å does: a + ring)."""


def fold(text: str) -> str:
    """The form names are compared in: `Årsaker`, `arsaker` and NFD `årsaker` all give `arsaker`."""
    if text.isascii():  # most names: no letters to split from their accents (a third of the cost)
        text = text.lower()
    else:
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
    raise NoMatch(query, close_names(query, named))


def close_names(query: str, names: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The names among (name, target id) pairs that `query` may be a typo of, for «Mente du
    …?»: each written as in the data, its case kept («GHB», «Xanor»)."""
    originals = {fold(name): name for name, _ in reversed(list(names))}
    return tuple(originals[n] for n in suggest(query, list(originals)))


def suggest(key: str, names: Iterable[str], limit: int = 3) -> tuple[str, ...]:
    """Up to `limit` of `names` that `key` may be a misspelling of: first those it starts,
    then the closest; each as given. Compared folded, so `Vis` finds «vis» and `sok` «søk».

    A wrong suggestion in a drug tool is worse than none, so only a plausible typo counts
    (see `typos`): `herion` gets «heroin», but `nikotin` never gets «kokain» or «kodein».
    """
    key = fold(key)
    unique = list(dict.fromkeys(names))
    prefixed = [n for n in unique if key and n.startswith(key)]
    close = []
    for order, name in enumerate(unique):
        # Folding and spelling change a length by a few letters at most: skip the far ones unfolded.
        if abs(len(name) - len(key)) <= 4:
            typos_made = typos(key, fold(name))
            if typos_made is not None:
                close.append((typos_made, order, name))
    return tuple(dict.fromkeys([*prefixed, *(name for _, _, name in sorted(close))]))[:limit]


def typos(typed: str, name: str) -> int | None:
    """How many typos turn `name` into `typed` (both folded), if few enough that the user
    plausibly meant `name`; None if not.

    A typo is a letter added, dropped or changed, or two neighbours swapped. One is allowed,
    after foreign spellings are written the Norwegian way on both sides (`spelt`: `cocaine`
    finds «kokain», `amphetamin` «amfetamin»), never two: names two letters apart are often
    two drugs (`klonazolam` is not «klonazepam», `dexamfetamin` not «metamfetamin»). Where
    either word has four letters or fewer, only a swap counts: short names one letter apart
    are other drugs more often than typos (`mda` is not «MDMA», `gbl` not «GHB»; `gbh` is).
    """
    if min(len(typed), len(name)) <= 4:
        if sorted(typed) != sorted(name):
            return None
        found = _distance(typed, name, 1)
    else:
        found = _distance(spelt(typed), spelt(name), 1)
    return found if found <= 1 else None


def spelt(word: str) -> str:
    """A folded word with foreign spellings in Norwegian letters: ph, th, ch, x and c."""
    if "h" not in word and "x" not in word and "c" not in word:
        return word
    import re  # only a failed lookup pays for it

    word = word.replace("ph", "f").replace("th", "t").replace("ch", "k").replace("x", "ks")
    return re.sub("c(?=[eiy])", "s", word).replace("c", "k")


def _distance(a: str, b: str, bound: int) -> int:
    """The typos between `a` and `b` (optimal string alignment), or `bound + 1` if more."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, other in enumerate(b, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (letter != other))
            if i > 1 and j > 1 and letter == b[j - 2] and a[i - 2] == other:
                row[j] = min(row[j], before[j - 2] + 1)
        if min(row) > bound:
            return bound + 1
        before, previous = previous, row
    return min(previous[-1], bound + 1)


def did_you_mean(names: Sequence[str]) -> str:
    """«Mente du «a», «b» eller «c»?»: the names quoted, the last joined by «eller»."""
    quoted = [f"«{name}»" for name in names]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " eller " + quoted[-1]
    return f"Mente du {listed}?"


def printable(text: str, limit: int = 0) -> str:
    """Text fit to echo back: control characters, line breaks included, shown as �; cut to
    `limit` characters if set."""
    cleaned = "".join(c if c.isprintable() else "�" for c in text)
    if limit and len(cleaned) > limit:
        return cleaned[: limit - 1] + "…"
    return cleaned
