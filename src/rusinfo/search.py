"""Search across everything the tool holds: a pure function from query and content to hits."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from rusinfo import commands, errors
from rusinfo.content import (
    Content,
)
from rusinfo.names import fold, printable, skeleton, suggest
from rusinfo.passages import Passage, Place, passages

_WORD = re.compile(r"[^\W_]+")
"""A word is a run of letters and digits; everything else separates words."""

_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")

TITLE_BONUS = 3
"""A title (or a name the place goes by) matching means the whole place is about it."""

NAMES_BONUS = 1

SUGGESTIONS = 3
"""Known words offered when nothing matched."""


class EmptyQuery(errors.EmptyQuery):
    """The query holds no letter or digit to search for."""

    def __init__(self) -> None:
        super().__init__(
            f"Søket må ha minst én bokstav eller ett tall, for eksempel «{commands.SEARCH} abstinenser»."
        )


class Hit(NamedTuple):
    place: Place
    text: str
    marks: tuple[tuple[int, int], ...]
    """Spans of `text` holding the matched words, whole words, in order and not overlapping."""
    score: int
    order: int
    is_title: bool = False


class Group(NamedTuple):
    place: Place
    hits: tuple[Hit, ...]


class Result(NamedTuple):
    words: tuple[str, ...]
    """The query words as the user typed them, without surrounding punctuation."""
    groups: tuple[Group, ...]
    unknown: tuple[str, ...] = ()
    """Query words found nowhere in the content."""
    suggestions: tuple[str, ...] = ()
    """Known words close to the unknown ones, closest first."""

    @property
    def hit_count(self) -> int:
        return sum(len(g.hits) for g in self.groups)


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


def search(content: Content, query: str | Sequence[str]) -> Result:
    """Every passage holding all query words at the start of a word, grouped by place, best first.

    Raises EmptyQuery when the query has no letter or digit.
    """
    words = query_words(query)
    if not words:
        raise EmptyQuery
    keys = [fold(w) for w in words]
    everything = list(passages(content))
    needles = [skeleton(k) for k in keys]
    # Folding word by word is the slow part: do it only for the passages that pass the quick test.
    likely = [p for p in everything if _may_match(p, needles)]
    hits = [hit for p in likely if (hit := _Indexed(p).match(keys)) is not None]
    if hits:
        return Result(words, _group(hits))
    index = [_Indexed(p) for p in everything]
    unknown = tuple(w for w, k in zip(words, keys, strict=True) if not any(i.contains(k) for i in index))
    vocabulary = _vocabulary(index)
    suggestions: list[str] = []
    for word in unknown[:SUGGESTIONS]:  # each costs a pass over the vocabulary
        suggestions += [vocabulary[s] for s in suggest(fold(word), vocabulary)]
    return Result(words, (), unknown, tuple(dict.fromkeys(suggestions))[:SUGGESTIONS])


def _may_match(passage: Passage, needles: Sequence[str]) -> bool:
    """False only if the passage cannot match; the needles are the query words' skeletons."""
    haystack = skeleton(" ".join([passage.text, *passage.keywords]))
    return all(needle in haystack for needle in needles)


class _Indexed:
    """A passage folded once: each word's place in the folded text and in the original."""

    def __init__(self, passage: Passage) -> None:
        self.passage = passage
        self.text = unicodedata.normalize("NFC", passage.text)
        visible = len(self.text)
        source = " ".join([self.text, *passage.keywords])
        folded: list[str] = []
        self.words: list[tuple[int, int, int, int]] = []
        """(folded start, folded end, original start, original end); original spans past
        the visible text belong to the keywords."""
        pos = length = 0
        for match in _WORD.finditer(source):
            between = source[pos : match.start()].lower()
            word = _fold_word(match.group())
            folded += [between, word]
            start = length + len(between)
            length = start + len(word)
            if match.start() < visible:
                self.words.append((start, length, match.start(), match.end()))
            else:
                self.words.append((start, length, -1, -1))
            pos = match.end()
        self.folded = "".join(folded)
        self.starts = {w[0]: i for i, w in enumerate(self.words)}

    def occurrences(self, key: str) -> Iterator[tuple[int, int]]:
        """(first word, last word) for each place `key` stands at the start of a word."""
        pos = self.folded.find(key)
        while pos != -1:
            first = self.starts.get(pos)
            if first is not None:
                last = first
                end = pos + len(key)
                while last + 1 < len(self.words) and self.words[last + 1][0] < end:
                    last += 1
                yield first, last
            pos = self.folded.find(key, pos + 1)

    def contains(self, key: str) -> bool:
        return next(self.occurrences(key), None) is not None

    def match(self, keys: Sequence[str]) -> Hit | None:
        """A hit if every key occurs; scored by how whole the matches are."""
        score = 0
        marks: list[tuple[int, int]] = []
        for key in keys:
            best = 0
            for first, last in self.occurrences(key):
                whole = self.words[last][1] - self.words[first][0] == len(key)
                best = max(best, 2 if whole else 1)
                if self.words[first][2] >= 0:
                    marks.append((self.words[first][2], self.words[last][3]))
            if not best:
                return None
            score += best
        passage = self.passage
        score += TITLE_BONUS if passage.is_title else NAMES_BONUS if passage.is_names else 0
        return Hit(passage.place, self.text, _merge(marks), score, passage.order, passage.is_title)


_fold_word = functools.cache(fold)
"""`names.fold` for one word of the content, remembered: the content repeats its words a lot."""


def _merge(marks: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(marks):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _group(hits: Sequence[Hit]) -> tuple[Group, ...]:
    """Hits by place; the emergency page first, then the best place; best hits first in each."""
    by_place: dict[Place, list[Hit]] = {}
    for hit in hits:
        by_place.setdefault(hit.place, []).append(hit)
    groups = [
        Group(place, tuple(sorted(found, key=lambda h: (-h.score, h.order))))
        for place, found in by_place.items()
    ]
    return tuple(sorted(groups, key=lambda g: (not g.place.urgent, -g.hits[0].score, g.hits[0].order)))


def _vocabulary(index: Iterable[_Indexed]) -> dict[str, str]:
    """Folded word -> the word as the content writes it (lower case unless an abbreviation)."""
    words: dict[str, str] = {}
    for item in index:
        for word in _WORD.findall(" ".join([item.text, *item.passage.keywords])):
            if len(word) > 2 and not word.isdigit():
                shown = word if word.isupper() else word.lower()
                words.setdefault(_fold_word(word), shown)
    return words


def excerpt(hit: Hit, limit: int = 200) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The hit's text cut to the sentences with a mark, if it is longer than `limit`."""
    if len(hit.text) <= limit or not hit.marks:
        return hit.text, hit.marks
    sentences: list[tuple[int, int]] = []
    start = 0
    for gap in _SENTENCE_END.finditer(hit.text):
        sentences.append((start, gap.start()))
        start = gap.end()
    sentences.append((start, len(hit.text)))
    keep = [i for i, (s, e) in enumerate(sentences) if any(s <= m < e for m, _ in hit.marks)]
    pieces: list[str] = []
    marks: list[tuple[int, int]] = []
    length = 0
    previous = -1
    for i in keep:
        if i != previous + 1:
            pieces.append("… ")
            length += 2
        s, e = sentences[i]
        marks += [(m - s + length, n - s + length) for m, n in hit.marks if s <= m < e]
        pieces.append(hit.text[s:e] + " ")
        length += e - s + 1
        previous = i
    if previous != len(sentences) - 1:
        pieces.append("…")
    return "".join(pieces).rstrip(), tuple((m, min(n, length)) for m, n in marks)


def summary(result: Result, query: str) -> str:
    """The line above the hits: how many, for what, in how many places."""
    places = len(result.groups)
    where = "på ett sted" if places == 1 else f"på {places} steder"
    return f"{result.hit_count} treff for «{printable(query, 60)}» {where}."


def no_hits_message(query: str, result: Result) -> str:
    """What to say when nothing matched: which words are unknown, and what to try instead."""
    lines = [f"Ingen treff for «{printable(query, 60)}»."]
    if result.unknown and len(result.words) > 1:
        unknown = " og ".join(f"«{printable(w, 40)}»" for w in result.unknown)
        lines.append(f"{unknown} står ingen steder i innholdet.")
    if result.suggestions:
        lines.append("Mente du " + " eller ".join(f"«{s}»" for s in result.suggestions) + "?")
    elif result.unknown:
        lines.append(f"Prøv et annet ord, eller se seksjonene med «{commands.SECTIONS}».")
    else:
        lines.append("Hvert ord finnes, men aldri alle i samme avsnitt eller punkt. Prøv med færre ord.")
    return "\n".join(lines)
