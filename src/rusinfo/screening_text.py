"""The words of `rusinfo sjekk`, read once from sjekk.toml and checked against the article."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

# The strict table reader is the one the article uses, so sjekk.toml fails the same way.
from rusinfo.content import CRITERIA_LIST, DATA_DIR, Content, ContentError, Table, load, read_table
from rusinfo.screening import Answer, Band, Person, Result, UnknownEffect

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

FILE = "sjekk.toml"
RESULT_FIELDS = frozenset({"oppfylte", "vet_ikke", "antall", "terskel"})
PROGRESS_FIELDS = frozenset({"nummer", "antall"})


class Wording(NamedTuple):
    """One text in two wordings: for yourself («du») and about someone else («personen»)."""

    self_text: str
    other_text: str

    def __call__(self, person: Person) -> str:
        return self.self_text if person is Person.SELF else self.other_text


class Numbers(NamedTuple):
    """The help lines (ids in hjelp.toml) offered after the result, for each wording."""

    self_ids: tuple[str, ...]
    other_ids: tuple[str, ...]

    def __call__(self, person: Person) -> tuple[str, ...]:
        return self.self_ids if person is Person.SELF else self.other_ids


class Question(NamedTuple):
    criterion: str
    """The id of the article's criterion this question asks about."""
    label: str
    """A few words for the summary and the result, the same for both wordings."""
    text: Wording


class ScreeningText(NamedTuple):
    title: str
    intro: tuple[str, ...]
    interrupted: str
    who_question: str
    who_hint: str
    who_self: str
    who_other: str
    safety_heading: str
    safety_hint: str
    safety_question: Wording
    emergency_heading: str
    emergency_text: Wording
    emergency_numbers: str
    emergency_after: str
    progress: str
    answer_hint: str
    questions: tuple[Question, ...]
    summary_question: str
    summary_hint: str
    summary_show_result: str
    result_heading: str
    bands: dict[Band, Wording]
    unknown: dict[UnknownEffect, Wording]
    yes_list: str
    unknown_list: str
    not_diagnosis: str
    source_note: str
    next_heading: str
    next_steps: tuple[Wording, ...]
    help_intro: Wording
    help_lines: Numbers
    help_after: str
    emergency_line: str
    not_stored: str
    recap_heading: str
    recap_more: str
    recap: dict[Band, Wording]
    recap_could_reach: str
    plain_answer: str
    plain_change: str
    plain_invalid: str
    """With {valg}: the keys to choose from."""


class ResultView(NamedTuple):
    """What the result page says for one result and person, decided here, set on screen by render."""

    heading: str
    meaning: tuple[str, ...]
    """What the count means, and what the «Vet ikke» answers could change."""
    yes: tuple[str, ...]
    """The short labels of the criteria answered «Ja», in order."""
    unknown: tuple[str, ...]
    """The same for «Vet ikke»."""
    next_steps: tuple[str, ...]
    help_intro: str
    help_lines: tuple[str, ...]
    """Ids in hjelp.toml of the numbers to show under the next steps."""
    short: str
    """What the count means in a sentence or two, for the recap at the end."""


def result_view(text: ScreeningText, result: Result, person: Person) -> ResultView:
    """The result's texts for `person`; never an all-clear while «Vet ikke» could reach the threshold."""
    effect = result.unknown_effect
    meaning: list[str] = []
    # When «Vet ikke» could reach the threshold, the band's «does not point to dependence» would
    # say too much: that text is replaced by the one about the unknowns.
    if effect is not UnknownEffect.COULD_REACH:
        meaning.append(fill(text.bands[result.band](person), result))
    if effect is not UnknownEffect.NONE:
        meaning.append(fill(text.unknown[effect](person), result))
    labels = {q.criterion: q.label for q in text.questions}
    return ResultView(
        heading=fill(text.result_heading, result),
        meaning=tuple(meaning),
        yes=tuple(labels[c] for c in result.ids_answered(Answer.YES)),
        unknown=tuple(labels[c] for c in result.ids_answered(Answer.UNKNOWN)),
        next_steps=tuple(step(person) for step in text.next_steps),
        help_intro=text.help_intro(person),
        help_lines=text.help_lines(person),
        short=text.recap_could_reach
        if effect is UnknownEffect.COULD_REACH
        else text.recap[result.band](person),
    )


def fill(template: str, result: Result) -> str:
    """A result text with its {placeholders} filled in from `result`."""
    return template.format(
        oppfylte=result.met, vet_ikke=result.unknown, antall=result.total, terskel=result.threshold
    )


def _text(table: Table, key: str, fields: frozenset[str] = frozenset()) -> str:
    return table.template(key, fields)


def _pair(table: Table, fields: frozenset[str] = frozenset()) -> Wording:
    """A whole table that is one text in two wordings, `meg` and `annen`."""
    wording = Wording(_text(table, "meg", fields), _text(table, "annen", fields))
    table.done()
    return wording


def _wording(table: Table, key: str, fields: frozenset[str] = frozenset()) -> Wording:
    """A text that is either the same for both or a table with `meg` and `annen`."""
    if table.is_table(key):
        return _pair(table.table(key), fields)
    same = _text(table, key, fields)
    return Wording(same, same)


def _questions(top: Table, content: Content) -> tuple[Question, ...]:
    article = [b.id for b in content.bullet_list(CRITERIA_LIST).items]
    questions = []
    for table in top.tables("kriterium"):
        criterion = table.text("id")
        table = table.named(criterion)
        if criterion not in article:
            raise ContentError(f"{FILE}: {table.where}: finnes ikke i artikkelens liste «{CRITERIA_LIST}»")
        label = _text(table, "kort")
        questions.append(Question(criterion, label, _pair(table)))
    if [q.criterion for q in questions] != article:
        raise ContentError(
            f"{FILE}: kriterium: trenger ett spørsmål for hvert av artikkelens kriterier, i samme "
            "rekkefølge: " + ", ".join(article)
        )
    return tuple(questions)


def load_screening_from(directory: Traversable | Path, content: Content) -> ScreeningText:
    """Read and check sjekk.toml in `directory` against `content`'s criteria and help lines."""
    top = read_table(directory, FILE)
    who, safety, emergency = top.table("hvem"), top.table("sikkerhet"), top.table("akutt")
    question, summary, result = top.table("sporsmal"), top.table("oppsummering"), top.table("resultat")
    unknown, recap = result.table("vet-ikke"), result.table("kort")
    plain = top.table("enkel")
    helps = top.table("hjelp")
    help_lines = _numbers(helps.table("numre"), {line.id for line in content.help_lines})
    intro = top.texts("intro")
    if not intro:
        raise ContentError(f"{FILE}: toppnivå: mangler nøkkelen «intro»")
    text = ScreeningText(
        title=_text(top, "tittel"),
        intro=tuple(top.placeholders("intro", p, frozenset()) for p in intro),
        interrupted=_text(top, "avbrutt"),
        who_question=_text(who, "sporsmal"),
        who_hint=_text(who, "hint"),
        who_self=_text(who, "meg"),
        who_other=_text(who, "annen"),
        safety_heading=_text(safety, "overskrift"),
        safety_hint=_text(safety, "hint"),
        safety_question=_wording(safety, "sporsmal"),
        emergency_heading=_text(emergency, "overskrift"),
        emergency_text=_wording(emergency, "tekst"),
        emergency_numbers=_text(emergency, "numre"),
        emergency_after=_text(emergency, "etter"),
        progress=_text(question, "fremdrift", PROGRESS_FIELDS),
        answer_hint=_text(question, "hint"),
        questions=_questions(top, content),
        summary_question=_text(summary, "sporsmal"),
        summary_hint=_text(summary, "hint"),
        summary_show_result=_text(summary, "vis-resultat"),
        result_heading=_text(result, "overskrift", RESULT_FIELDS),
        bands={band: _wording(result, band.value, RESULT_FIELDS) for band in Band},
        unknown={
            effect: _wording(unknown, effect.value, RESULT_FIELDS)
            for effect in UnknownEffect
            if effect is not UnknownEffect.NONE
        },
        yes_list=_text(result, "liste-ja"),
        unknown_list=_text(result, "liste-vet-ikke"),
        not_diagnosis=_text(result, "diagnose"),
        source_note=_text(result, "kilde"),
        next_heading=_text(result, "neste"),
        next_steps=_next_steps(top),
        help_intro=_wording(helps, "innledning"),
        help_lines=help_lines,
        help_after=_text(helps, "etter"),
        emergency_line=_text(result, "akutt"),
        not_stored=_text(result, "lagret"),
        recap_heading=_text(recap, "overskrift"),
        recap_more=_text(recap, "mer"),
        recap={band: _wording(recap, band.value) for band in Band},
        recap_could_reach=_text(recap, "kan-endre"),
        plain_answer=_text(plain, "svar"),
        plain_change=_text(plain, "endre"),
        plain_invalid=_text(plain, "ugyldig", frozenset({"valg"})),
    )
    for table in (who, safety, emergency, question, summary, unknown, recap, plain, result, helps, top):
        table.done()
    return text


def _numbers(table: Table, known: set[str]) -> Numbers:
    """`meg` and `annen`: lists of help line ids, each known to hjelp.toml."""
    numbers = Numbers(table.texts("meg"), table.texts("annen"))
    for key, ids in (("meg", numbers.self_ids), ("annen", numbers.other_ids)):
        if not ids:
            raise ContentError(f"{table.file}: {table.key_path(key)}: trenger minst ett nummer")
        for line in ids:
            if line not in known:
                raise ContentError(
                    f"{table.file}: {table.key_path(key)}: ukjent nummer-id «{line}» (se hjelp.toml)"
                )
    table.done()
    return numbers


def _next_steps(top: Table) -> tuple[Wording, ...]:
    steps = tuple(_pair(t) for t in top.tables("neste"))
    if not steps:
        raise ContentError(f"{FILE}: toppnivå: mangler nøkkelen «neste»")
    return steps


@functools.cache
def load_screening() -> ScreeningText:
    """The screening texts shipped with the package, read once per process."""
    return load_screening_from(DATA_DIR, load())
