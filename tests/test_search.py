"""The search logic on its own: query and content in, hits out; no terminal, no files."""

from __future__ import annotations

import datetime
import unicodedata
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rusinfo.content import (
    About,
    Bullet,
    BulletList,
    Content,
    HelpLine,
    Paragraph,
    Part,
    Section,
    SubstanceClass,
    load,
)
from rusinfo.passages import passages
from rusinfo.search import EmptyQuery, Hit, Result, excerpt, query_words, search


def _section(
    section_id: str,
    title: str,
    *blocks: Paragraph | BulletList,
    aliases: tuple[str, ...] = (),
    follows: bool = False,
) -> Section:
    return Section(section_id, title, aliases, (Part("", blocks),), substances_follow=follows)


CHECKED = datetime.date(2026, 11, 28)

CONTENT = Content(
    about=About("testteamet", (), CHECKED),
    sections=(
        _section(
            "symptomer",
            "Symptomer og tegn",
            Paragraph("Å slutte kan gi sterkt sug og gjøre deg fysisk syk (abstinenser)."),
            BulletList("atferd", "", (Bullet("Du er ærlig om bruken."),)),
            follows=True,
        ),
        _section(
            "lege",
            "Når bør du oppsøke lege?",
            BulletList(
                "akutt",
                "Ring 113 hvis noen har tatt et rusmiddel og:",
                (Bullet("har kramper"), Bullet("mister bevisstheten")),
            ),
            Paragraph("Ta kontakt med fastlegen om kramper som kommer igjen."),
        ),
        _section(
            "arsaker", "Årsaker", Paragraph("Rusavhengighet har flere årsaker, blant annet miljø og arv.")
        ),
        _section(
            "behandling",
            "Behandling og medisiner",
            Paragraph("Avrusning fra heroin gir abstinenser. Noen får kramper."),
            BulletList(
                "avrusning", "", (Bullet("Abstinensene kan gi magekramper og uro.", title="Opioider"),)
            ),
            Paragraph("Angstlidelser som posttraumatisk stresslidelse (PTSD) er vanlige."),
            aliases=("avrusning", "abstinenser"),
        ),
        _section(
            "time", "Forberedelser til legetimen", Paragraph("Skriv ned spørsmål om heroin og kramper.")
        ),
    ),
    substances=(
        SubstanceClass(
            id="opioider",
            name="Opioider",
            aliases=("opiater",),
            examples=("heroin", "morfin"),
            drug_names=("heroin", "subutex"),
            withdrawal=(),
            parts=(Part("", (Paragraph("Opioider gir forstoppelse og døsighet."),)),),
        ),
    ),
    help_lines=(
        HelpLine(
            "Ved akutt fare",
            "legevakt",
            "Legevakt",
            "116 117",
            "Når du trenger hjelp raskt.",
            urgent=True,
            source="testkilde",
            checked=CHECKED,
        ),
    ),
    sources=(),
    texts=load().texts,
)
"""A small article with every kind of place: sections, a class, the akutt list, help lines, «time»."""


def _marked(hit: Hit) -> list[str]:
    return [hit.text[start:end] for start, end in hit.marks]


def _commands(result: Result) -> list[str]:
    return [group.place.command for group in result.groups]


def _texts(result: Result) -> list[str]:
    return [hit.text for group in result.groups for hit in group.hits]


# --- what matches -----------------------------------------------------------------------


@pytest.mark.parametrize("query", ["kramper", "KRAMPER", "Kramper", "kRaMpEr"])
def test_case_does_not_matter(query: str) -> None:
    result = search(CONTENT, query)
    assert "rusinfo akutt" in _commands(result)
    assert all(_marked(h) == ["kramper"] for g in result.groups for h in g.hits if "kramper" in h.text)


@pytest.mark.parametrize(
    ("query", "word"),
    [
        ("arsaker", "årsaker"),
        ("ARSAKER", "årsaker"),
        ("aerlig", "ærlig"),
        ("Årsaker", "årsaker"),
        (unicodedata.normalize("NFD", "årsaker"), "årsaker"),
        ("dosighet", "døsighet"),
    ],
)
def test_plain_ascii_and_nfd_find_norwegian_letters(query: str, word: str) -> None:
    result = search(CONTENT, query)
    marked = [w.lower() for g in result.groups for h in g.hits for w in _marked(h)]
    assert word in marked


def test_a_word_finds_words_that_start_with_it_and_marks_the_whole_word() -> None:
    result = search(CONTENT, "kramp")
    hits = [h for g in result.groups for h in g.hits]
    assert {"kramper"} == {w for h in hits for w in _marked(h)}
    assert not any("magekramper" in h.text for h in hits), "only word starts count, not the middle of a word"


def test_a_word_in_the_middle_of_another_is_no_match() -> None:
    assert search(CONTENT, "ramper").groups == ()


def test_all_words_must_stand_in_the_same_hit() -> None:
    result = search(CONTENT, "heroin kramper")
    texts = _texts(result)
    assert texts == [
        "Avrusning fra heroin gir abstinenser. Noen får kramper.",
        "Skriv ned spørsmål om heroin og kramper.",
    ]
    marked = _marked(result.groups[0].hits[0])
    assert marked == ["heroin", "kramper"]


def test_words_that_never_meet_give_no_hit_but_are_not_unknown() -> None:
    result = search(CONTENT, "subutex bevisstheten")
    assert result.groups == ()
    assert result.unknown == ()


@pytest.mark.parametrize("query", ["k.amper", "kr[a]mper", "kramper|heroin", "kr.*er", "kr+amper"])
def test_regex_characters_are_plain_text(query: str) -> None:
    """As regular expressions all of these would match «kramper»."""
    assert search(CONTENT, query).groups == ()


def test_punctuation_around_a_word_is_dropped_and_inside_it_kept() -> None:
    assert query_words("(PTSD), «kramp»... dsm-5 rusinfo.no") == ("PTSD", "kramp", "dsm-5", "rusinfo.no")
    result = search(CONTENT, "(PTSD)")
    assert _marked(result.groups[0].hits[0]) == ["PTSD"]


@pytest.mark.parametrize("query", ["", "   ", "?!", ".*", "[", "(", "«»", ["", "  "]])
def test_a_query_without_letters_or_digits_is_empty(query: str | list[str]) -> None:
    with pytest.raises(EmptyQuery):
        search(CONTENT, query)


def test_a_list_of_words_is_the_same_as_one_string() -> None:
    assert search(CONTENT, ["heroin", "kramper"]) == search(CONTENT, "heroin   kramper")


# --- where hits stand, and in which order -----------------------------------------------


def test_each_place_has_the_command_that_shows_all_of_it() -> None:
    assert _commands(search(CONTENT, "kramper")) == [
        "rusinfo akutt",
        "rusinfo vis lege",
        "rusinfo vis behandling",
        "rusinfo time",
    ]
    assert _commands(search(CONTENT, "subutex")) == ["rusinfo stoff opioider"]


def test_the_emergency_page_comes_first_and_its_hits_say_ring_113() -> None:
    result = search(CONTENT, "kramper")
    first = result.groups[0]
    assert first.place.id == "akutt"
    assert first.hits[0].text == "Ring 113 hvis noen har tatt et rusmiddel og har kramper"


def test_the_emergency_page_comes_first_even_when_another_place_scores_higher() -> None:
    about_seizures = _section("kramper", "Kramper", Paragraph("Om kramper."))
    content = CONTENT._replace(sections=(*CONTENT.sections, about_seizures))
    result = search(content, "kramper")
    assert [g.place.id for g in result.groups[:2]] == ["akutt", "kramper"]
    assert result.groups[1].hits[0].score > result.groups[0].hits[0].score


def test_the_akutt_list_is_searched_once_on_the_emergency_page_not_in_its_section() -> None:
    result = search(CONTENT, "bevisstheten")
    assert _commands(result) == ["rusinfo akutt"]


def test_help_lines_are_on_the_emergency_page() -> None:
    result = search(CONTENT, "116")
    assert result.groups[0].place.command == "rusinfo akutt"
    assert result.groups[0].hits[0].text == "Legevakt, 116 117: Når du trenger hjelp raskt."


def test_a_name_the_place_goes_by_puts_it_first() -> None:
    """«abstinenser» is an alias of «behandling»: that section leads, though «symptomer» comes first."""
    result = search(CONTENT, "abstinenser")
    assert _commands(result) == ["rusinfo vis behandling", "rusinfo vis symptomer"]


def test_whole_words_rank_before_prefixes_then_reading_order() -> None:
    result = search(CONTENT, "abstinens")
    behandling = next(g for g in result.groups if g.place.id == "behandling")
    # «abstinenser» and «Abstinensene» are both prefix matches: reading order decides.
    assert [h.text for h in behandling.hits if not h.is_title] == [
        "Avrusning fra heroin gir abstinenser. Noen får kramper.",
        "Opioider. Abstinensene kan gi magekramper og uro.",
    ]
    result = search(CONTENT, "heroin")
    opioider = result.groups[0]
    assert opioider.place.id == "opioider", "the drug names of a class are the best hit for a drug"
    assert opioider.hits[0].text == "heroin, morfin, subutex"


def test_a_title_hit_marks_the_title() -> None:
    result = search(CONTENT, "arsaker")
    group = result.groups[0]
    title = group.hits[0]
    assert title.is_title
    assert title.text == "Årsaker"
    assert _marked(title) == ["Årsaker"]


def test_drug_names_are_listed_once() -> None:
    names = [p.text for p in passages(CONTENT) if p.is_names]
    assert names == ["heroin, morfin, subutex"]


# --- no hit ------------------------------------------------------------------------------


def test_no_hit_names_the_unknown_word_and_the_nearest_known_words() -> None:
    result = search(CONTENT, "heroin kramer")
    assert result.groups == ()
    assert result.unknown == ("kramer",)
    assert result.suggestions[0] == "kramper"


def test_nothing_close_gives_no_suggestions() -> None:
    result = search(CONTENT, "xyzzy")
    assert result.unknown == ("xyzzy",)
    assert result.suggestions == ()


# --- excerpts ----------------------------------------------------------------------------


def test_a_long_hit_is_cut_to_the_sentences_with_a_match() -> None:
    text = "Første setning er her. Andre setning nevner kramper. Tredje er uten. Fjerde har kramper igjen. Siste."
    first, second = text.index("kramper"), text.rindex("kramper")
    hit = Hit(
        search(CONTENT, "kramper").groups[0].place, text, ((first, first + 7), (second, second + 7)), 2, 0
    )
    shown, marks = excerpt(hit, limit=40)
    assert shown == "… Andre setning nevner kramper. … Fjerde har kramper igjen. …"
    assert [shown[a:b] for a, b in marks] == ["kramper", "kramper"]
    assert excerpt(hit, limit=500) == (text, hit.marks)


# --- the real content --------------------------------------------------------------------


def test_everything_the_tool_holds_is_searched() -> None:
    content = load()
    texts = "\n".join(p.text for p in passages(content))
    for section in content.sections:
        assert section.title in texts
        for part in section.parts:
            for block in part.blocks:
                items = [block.text] if isinstance(block, Paragraph) else [b.text for b in block.items]
                for item in items:
                    assert " ".join(item.replace("`", "").split()) in " ".join(texts.split()), item[:60]
    for substance in content.substances:
        for name in (*substance.examples, *substance.drug_names):
            assert name.lower() in texts.lower()
    for line in content.help_lines:
        assert line.description in texts


def test_the_real_content_kramp_finds_kramper_and_says_ring_113_first() -> None:
    result = search(load(), "kramp")
    assert result.groups[0].place.command == "rusinfo akutt"
    assert "kramper" in {w for g in result.groups for h in g.hits for w in _marked(h)}
    assert "rusinfo vis behandling" in _commands(result)


@pytest.mark.parametrize(
    ("query", "command"),
    [
        ("metadon", "rusinfo stoff opioider"),
        ("avrusning", "rusinfo vis behandling"),
        ("legetimen", "rusinfo time"),
        ("toleranse", "rusinfo vis diagnose"),
        ("Giftinformasjonen", "rusinfo akutt"),
    ],
)
def test_the_real_content_points_to_the_right_command(query: str, command: str) -> None:
    assert command in _commands(search(load(), query))


_WORDS = sorted(
    {w for p in passages(load()) for w in p.text.replace("-", " ").split() if w.isalpha() and len(w) > 2}
)


@settings(max_examples=50, deadline=None)
@given(word=st.sampled_from(_WORDS), cut=st.integers(min_value=1, max_value=30))
def test_any_word_of_the_content_or_its_start_is_found_and_marked(word: str, cut: int) -> None:
    query = word[: max(cut, 1)]
    result = search(load(), query)
    marked = {w.lower() for g in result.groups for h in g.hits for w in _marked(h)}
    assert any(m.startswith(query.lower()) for m in marked), (query, sorted(marked)[:5])


_ACCENTED = {"a": "á", "e": "é", "o": "ó", "u": "ü"}


@settings(max_examples=30, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2),
    cut=st.integers(min_value=2, max_value=12),
    spelling=st.sampled_from(["som skrevet", "STORE", "NFD", "aksenter"]),
)
def test_the_quick_test_never_loses_a_hit(words: list[str], cut: int, spelling: str) -> None:
    """Search with the skeleton pre-test gives exactly what a full scan of every passage gives."""
    query = " ".join(w[:cut] for w in words)
    if spelling == "STORE":
        query = query.upper()
    elif spelling == "NFD":
        query = unicodedata.normalize("NFD", query)
    elif spelling == "aksenter":
        query = "".join(_ACCENTED.get(c, c) for c in query)
    with mock.patch("rusinfo.search._may_match", return_value=True):
        full_scan = search(load(), query)
    assert search(load(), query) == full_scan
