"""Norwegian words for search: which query words to skip, and the stem a word is matched by.

Stems come from Snowball's Norwegian algorithm (the `snowballstemmer` package), applied to
the folded word (`names.fold`), so that `arsaker` and `årsaker` get the same stem. The
algorithm only ever removes an ending, so a stem is always the start of its word; search
relies on that to find the words that may share a stem.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Sequence
from typing import NamedTuple

from rusinfo.names import fold

_STOP_WORDS = """
hva hvem hvor hvordan hvorfor hvilken hvilket hvilke når
er var være blir ble bli har hadde kan skal vil må bør får gjør
jeg meg min mitt mine du deg din ditt dine han ham hun henne hen den det de dem seg sin sitt sine
vi oss vår vårt våre dere man noe noen
en ei et og eller men om i på å til av for fra med som at så hvis ikke
"""

STOP_WORDS = frozenset(fold(word) for word in _STOP_WORDS.split())
"""Question words and small words that say nothing about the topic, folded (`nar`, `pa`, `a`).

A query drops them, unless it holds nothing else: then they are searched as typed.
"""


class Term(NamedTuple):
    """A query word as search looks for it."""

    word: str
    """As the user typed it."""
    key: str
    """Folded: a content word starting with it matches."""
    stem: str
    """The key's stem: a content word with the same stem matches too. The start of `key`."""


def query_words(query: str | Sequence[str]) -> tuple[str, ...]:
    """The words of a query: split on whitespace, punctuation around each word dropped.

    Punctuation inside a word stays and must match literally (`dsm-5`, `rusinfo.no`).
    """
    text = query if isinstance(query, str) else " ".join(query)
    words = []
    for token in unicodedata.normalize("NFC", text).split():
        start, end = 0, len(token)
        while start < end and not token[start].isalnum():
            start += 1
        while end > start and not token[end - 1].isalnum():
            end -= 1
        if start < end:
            words.append(token[start:end])
    return tuple(dict.fromkeys(words))


def terms(words: Sequence[str]) -> tuple[tuple[Term, ...], tuple[str, ...]]:
    """The terms to search for, and the stop words left out (none if only stop words)."""
    kept = [w for w in words if fold(w) not in STOP_WORDS]
    ignored = tuple(w for w in words if fold(w) in STOP_WORDS) if kept else ()
    return tuple(Term(w, fold(w), stem(fold(w))) for w in kept or words), ignored


def is_stop_word(folded: str) -> bool:
    return folded in STOP_WORDS


@functools.cache
def stem(folded: str) -> str:
    """The Snowball stem of a folded word; a word with anything but letters is its own stem."""
    if not folded.isalpha():
        return folded
    found = _stemmer()(folded)
    return found if found and folded.startswith(found) else folded


@functools.cache
def _stemmer() -> Callable[[str], str]:
    """The Norwegian stemmer, loaded on first use: only `søk` pays for it."""
    import importlib
    import importlib.util
    import sys

    # The package's __init__ imports all its 30-odd languages (about 13 ms); the Norwegian
    # module needs only its two siblings (about 0.7 ms). So give it its package without
    # running __init__, and take that stand-in away again once the module is loaded.
    if "snowballstemmer" in sys.modules:
        module = importlib.import_module("snowballstemmer.norwegian_stemmer")
    else:
        spec = importlib.util.find_spec("snowballstemmer")
        if spec is None:  # pragma: no cover - a broken installation
            raise ImportError("snowballstemmer")
        sys.modules["snowballstemmer"] = importlib.util.module_from_spec(spec)
        try:
            module = importlib.import_module("snowballstemmer.norwegian_stemmer")
        finally:
            del sys.modules["snowballstemmer"]
    stem_word: Callable[[str], str] = module.NorwegianStemmer().stemWord
    return stem_word
