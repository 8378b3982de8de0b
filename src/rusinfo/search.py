"""Search across everything the tool holds: a pure function from query and content to hits.

A query word matches a word of the content that starts with it (`kramp`: «kramper») or has
the same Norwegian stem (`overdoser`: «overdose», «overdosen»), folded: case, accents and
æøå (`a`, `o`, `ae`) do not matter. Question words and other small words (`words.STOP_WORDS`)
are left out, unless the query has nothing else.

Every remaining word must stand in the same passage (paragraph, bullet, title or help line).
We decided against hits that lack a word: a question's few content words are what it asks
about, and a passage holding only some of them is as often about something else; the no-hit
message names the words found nowhere and suggests words of the content instead.

Ranking: a whole word or a stem match counts 2, a word that only starts with the query word 1;
a place's title or the names it goes by add TITLE_BONUS or NAMES_BONUS, and a query word in
the heading a passage stands under adds HEADING_BONUS; equal hits keep reading order. Places
are ordered by their best hit, then by how often they hold the words, except that the
emergency page comes first whenever something urgent on it matched (its lists, or a number to
call in acute danger): a support group to call some day does not push the answer down.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from rusinfo import commands, errors
from rusinfo.content import Content
from rusinfo.names import did_you_mean, fold, printable, skeleton, suggest
from rusinfo.passages import Indexed, Passage, Place, fold_word, passages, quality
from rusinfo.words import Term, is_stop_word, query_words, stem, terms

_WORD = re.compile(r"[^\W_]+")
"""A word is a run of letters and digits; everything else separates words."""

_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")

TITLE_BONUS = 3
"""A title (or a name the place goes by) matching means the whole place is about it."""

NAMES_BONUS = 1

HEADING_BONUS = 1
"""The heading of the part a passage stands in says what the passage is about."""

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
    urgent: bool = False
    """From what to do in acute danger: puts the emergency page first."""


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
    ignored: tuple[str, ...] = ()
    """Query words left out as stop words."""

    @property
    def hit_count(self) -> int:
        return sum(len(g.hits) for g in self.groups)


def search(content: Content, query: str | Sequence[str]) -> Result:
    """Every passage matching all query words but stop words, grouped by place, best first.

    Raises EmptyQuery when the query has no letter or digit.
    """
    words = query_words(query)
    if not words:
        raise EmptyQuery
    wanted, ignored = terms(words)
    everything = list(passages(content))
    needles = [skeleton(t.stem) for t in wanted]
    # Folding word by word is the slow part: do it only for the passages that pass the quick test.
    likely = [p for p in everything if _may_match(p, needles)]
    hits = [hit for p in likely if (hit := _match(Indexed(p), wanted)) is not None]
    if hits:
        return Result(words, _group(hits), ignored=ignored)
    index = [Indexed(p) for p in everything]
    unknown = tuple(t.word for t in wanted if not any(i.find(t)[0] for i in index))
    vocabulary = _vocabulary(index)
    suggestions: dict[str, str] = {}  # one form per stem: not «overdoser» and «overdosen» both
    for word in unknown[:SUGGESTIONS]:  # each costs a pass over the vocabulary
        for key in suggest(fold(word), vocabulary, 2 * SUGGESTIONS):
            suggestions.setdefault(stem(key), vocabulary[key])
    return Result(words, (), unknown, tuple(suggestions.values())[:SUGGESTIONS], ignored)


def _may_match(passage: Passage, needles: Sequence[str]) -> bool:
    """False only if the passage cannot match; the needles are the skeletons of the query words'
    stems (each the start of its word)."""
    haystack = skeleton(" ".join([passage.text, *passage.keywords]))
    return all(needle in haystack for needle in needles)


def _match(item: Indexed, wanted: Sequence[Term]) -> Hit | None:
    """A hit if every term matches; scored by how whole the matches are and where they stand."""
    passage = item.passage
    score = TITLE_BONUS if passage.is_title else NAMES_BONUS if passage.is_names else 0
    marks: list[tuple[int, int]] = []
    for term in wanted:
        best, found = item.find(term)
        if not best:
            return None
        score += best
        marks += found
    if passage.heading and any(_in_heading(passage.heading, t) for t in wanted):
        score += HEADING_BONUS
    return Hit(
        passage.place, item.text, _merge(marks), score, passage.order, passage.is_title, passage.urgent
    )


@functools.cache
def _in_heading(heading: str, term: Term) -> bool:
    return any(quality(term, fold_word(word)) for word in _WORD.findall(heading))


def _merge(marks: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(marks):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _group(hits: Sequence[Hit]) -> tuple[Group, ...]:
    """Hits by place, best first in each; the places ordered as the module docstring says."""
    by_place: dict[Place, list[Hit]] = {}
    for hit in hits:
        by_place.setdefault(hit.place, []).append(hit)
    groups = [
        Group(place, tuple(sorted(found, key=lambda h: (-h.score, h.order))))
        for place, found in by_place.items()
    ]
    return tuple(sorted(groups, key=_place_rank))


def _place_rank(group: Group) -> tuple[bool, int, int, int]:
    """Urgent first, then the best hit, then the most words marked, then reading order."""
    best = group.hits[0]
    urgent = any(h.urgent for h in group.hits)
    return (not urgent, -best.score, -sum(len(h.marks) for h in group.hits), best.order)


def _vocabulary(index: Iterable[Indexed]) -> dict[str, str]:
    """Folded word -> the word as the content writes it (lower case unless an abbreviation)."""
    words: dict[str, str] = {}
    for item in index:
        for word in _WORD.findall(" ".join([item.text, *item.passage.keywords])):
            key = fold_word(word)
            if len(word) > 2 and not word.isdigit() and not is_stop_word(key):
                words.setdefault(key, word if word.isupper() else word.lower())
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
        lines.append(f"{_listing(result.unknown)} står ingen steder i innholdet.")
    if result.ignored:
        lines.append(f"Småord som {_listing(result.ignored)} er ikke med i søket.")
    if result.suggestions:
        lines.append(did_you_mean(result.suggestions))
    elif result.unknown:
        lines.append(f"Prøv et annet ord, eller se seksjonene med «{commands.SECTIONS}».")
    else:
        lines.append("Hvert ord finnes, men aldri alle i samme avsnitt eller punkt. Prøv med færre ord.")
    return "\n".join(lines)


def _listing(words: Sequence[str]) -> str:
    """«a», «b» og «c»."""
    quoted = [f"«{printable(w, 40)}»" for w in words]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " og " + quoted[-1]
