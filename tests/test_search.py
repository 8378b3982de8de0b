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
from rusinfo.names import fold
from rusinfo.passages import passages
from rusinfo.search import EmptyQuery, Hit, Result, excerpt, no_hits_message, search
from rusinfo.words import STOP_WORDS, query_words, stem


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


# --- other forms of a word ---------------------------------------------------------------

FORMS = CONTENT._replace(
    sections=(
        *CONTENT.sections,
        _section(
            "overdose",
            "Overdose og førstehjelp",
            Paragraph("Overdosen kan komme tilbake."),
            Paragraph("Nalokson er en overdosemotgift."),
            Paragraph("En kramp i foten."),
            Paragraph("Kramper i magen."),
            Paragraph("Krampeanfall er sjeldne."),
            Paragraph("Snakk om abstinens med legen."),
        ),
    )
)
"""CONTENT and a section with forms of a few words, and words that start like them."""


def _all_marked(result: Result) -> set[str]:
    return {w for g in result.groups for h in g.hits for w in _marked(h)}


def test_a_word_finds_the_other_forms_of_it_but_not_other_words_that_start_alike() -> None:
    result = search(FORMS, "overdoser")
    assert _all_marked(result) == {"Overdose", "Overdosen"}
    assert not any("overdosemotgift" in text for text in _texts(result)), "a compound is another word"


@pytest.mark.parametrize("query", ["abstinensene", "ABSTINENSENE", "abstinensenes"])
def test_an_inflected_word_finds_the_forms_the_content_uses(query: str) -> None:
    assert {"abstinenser", "Abstinensene"} <= _all_marked(search(CONTENT, query))


def test_a_stem_that_is_itself_a_word_of_the_content_is_found() -> None:
    """Snowball gives «abstinenser» the stem «abstinens», but «abstinens» the stem «abstin»."""
    assert "abstinens" in _all_marked(search(FORMS, "abstinenser"))
    assert "abstinenser" in _all_marked(search(FORMS, "abstinens"))


@pytest.mark.parametrize(
    "query", ["årsakene", "ARSAKENE", "arsaken", unicodedata.normalize("NFD", "Årsakene")]
)
def test_other_forms_are_found_with_or_without_norwegian_letters(query: str) -> None:
    assert "årsaker" in {w.lower() for w in _all_marked(search(CONTENT, query))}


def test_another_form_counts_as_much_as_the_word_itself_and_more_than_a_longer_word() -> None:
    overdose = next(g for g in search(FORMS, "kramp").groups if g.place.id == "overdose")
    assert [(h.text, _marked(h), h.score) for h in overdose.hits] == [
        ("En kramp i foten.", ["kramp"], 2),
        ("Kramper i magen.", ["Kramper"], 2),
        ("Krampeanfall er sjeldne.", ["Krampeanfall"], 1),
    ]


# --- questions and small words ------------------------------------------------------------


def test_question_words_and_small_words_are_left_out() -> None:
    result = search(CONTENT, "hvordan får jeg abstinenser?")
    assert result.groups == search(CONTENT, "abstinenser").groups
    assert result.ignored == ("hvordan", "får", "jeg")
    assert result.words == ("hvordan", "får", "jeg", "abstinenser"), "the words as typed, for the messages"


@pytest.mark.parametrize("word", ["når", "nar", "NÅR", "på", "pa", "å", "a", "Hva", "HVORFOR"])
def test_small_words_are_left_out_however_they_are_spelt(word: str) -> None:
    assert search(CONTENT, f"{word} kramper").ignored == (word,)


@pytest.mark.parametrize("word", ["lar", "lege", "hjelp", "slutte", "rus", "dose", "sug", "tsb"])
def test_words_that_say_what_a_question_is_about_are_no_stop_words(word: str) -> None:
    assert fold(word) not in STOP_WORDS


def test_a_query_of_only_small_words_searches_for_them() -> None:
    result = search(CONTENT, "og")
    assert result.ignored == ()
    assert result.groups
    assert "og" in _all_marked(result)


def test_small_words_are_not_marked() -> None:
    result = search(CONTENT, "hva er abstinenser")
    assert result.groups
    assert all(fold(word).startswith("abstinens") for word in _all_marked(result))


def test_no_hit_says_which_small_words_were_left_out() -> None:
    result = search(CONTENT, "hva er det xyzzy")
    message = no_hits_message("hva er det xyzzy", result)
    assert "«xyzzy» står ingen steder i innholdet." in message
    assert "Småord som «hva», «er» og «det» er ikke med i søket." in message


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


def test_a_passage_under_a_heading_with_the_word_ranks_before_one_that_only_mentions_it() -> None:
    lar = Section(
        "veien",
        "Veien til behandling",
        (),
        (
            Part("", (Paragraph("Egenandel. LAR-behandling er uten egenandel."),)),
            Part("LAR: legemiddelassistert rehabilitering", (Paragraph("LAR er en langvarig behandling."),)),
        ),
    )
    result = search(CONTENT._replace(sections=(lar,)), "hva er LAR")
    assert _texts(result) == [
        "LAR er en langvarig behandling.",
        "Egenandel. LAR-behandling er uten egenandel.",
        "LAR: legemiddelassistert rehabilitering",
    ]


def test_the_emergency_page_comes_first_only_for_something_urgent() -> None:
    """A help line for later, not for acute danger, ranks like any other hit."""
    support = HelpLine(
        "Støtte", "na", "Anonyme Narkomane", "", "For alle som vil slutte.", False, "testkilde", CHECKED
    )
    quitting = _section("slutte", "Å slutte", Paragraph("Det går an å slutte."))
    calm = CONTENT._replace(sections=(quitting,), help_lines=(support,))
    assert _commands(search(calm, "slutte")) == ["rusinfo vis slutte", "rusinfo akutt"]
    urgent = calm._replace(help_lines=(support._replace(urgent=True),))
    assert _commands(search(urgent, "slutte")) == ["rusinfo akutt", "rusinfo vis slutte"]


def test_between_equal_places_the_one_that_says_it_more_often_comes_first() -> None:
    once = _section("en", "Første", Paragraph("Her står nalokson."))
    twice = _section("to", "Andre", Paragraph("Nalokson virker kort."), Paragraph("Ha nalokson med deg."))
    result = search(CONTENT._replace(sections=(once, twice)), "nalokson")
    assert [g.place.id for g in result.groups] == ["to", "en"]


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


def test_a_suggestion_is_a_word_of_the_content_as_written_one_form_per_stem() -> None:
    """The content has «overdose», «overdoser» and «overdosen»: one of them is enough."""
    result = search(load(), "overdosr")
    assert result.suggestions
    assert result.suggestions[0] in {"overdose", "overdoser"}
    assert len({stem(fold(s)) for s in result.suggestions}) == len(result.suggestions)
    written = " ".join(p.text for p in passages(load())).lower()
    assert all(s in written for s in result.suggestions)


def test_small_words_are_never_suggested() -> None:
    content = CONTENT._replace(sections=(_section("x", "Spørsmål", Paragraph("Hvordan går det?")),))
    assert search(content, "hvordn").suggestions == ()
    assert search(content, "gra").suggestions == ("går",)


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


# --- questions and word forms in the real content ----------------------------------------


def _first_shown(result: Result) -> Hit:
    """The first hit under the first place's heading (a title hit is shown as the heading)."""
    return next(h for h in result.groups[0].hits if not h.is_title)


def test_the_real_content_overdoser_finds_overdose_and_overdosen() -> None:
    result = search(load(), "overdoser")
    marked = {w.lower() for w in _all_marked(result)}
    assert {"overdose", "overdosen", "overdoser"} <= marked
    assert result.groups[0].place.command == "rusinfo akutt"


def test_the_real_content_heroin_withdrawal_finds_the_opioid_paragraph_and_all_its_forms() -> None:
    result = search(load(), "heroin abstinenser")
    first = _first_shown(result)
    assert result.groups[0].place.command == "rusinfo vis behandling"
    assert first.text.startswith("Opioider (blant annet heroin")
    assert {"heroin", "Abstinensene", "abstinenser", "abstinensene"} <= set(_marked(first))


def test_the_real_content_what_is_lar_answers_with_the_lar_paragraph_first() -> None:
    result = search(load(), "hva er LAR")
    assert result.ignored == ("hva", "er")
    assert result.groups[0].place.command == "rusinfo vis veien-til-behandling"
    assert _first_shown(result).text.startswith(
        "Er du avhengig av opioider, som heroin, kan LAR være aktuelt."
    )


def test_the_real_content_how_do_i_quit_answers_with_treatment_first() -> None:
    result = search(load(), "hvordan slutter jeg")
    assert result.ignored == ("hvordan", "jeg")
    assert result.groups[0].place.command == "rusinfo vis behandling"
    assert "slutte" in _marked(_first_shown(result))
    akutt = next(g for g in result.groups if g.place.id == "akutt")
    assert not any(h.urgent for h in akutt.hits), "a support group to call later is not acute"


@pytest.mark.parametrize(
    ("query", "command"),
    [
        ("hvor får jeg nalokson", "rusinfo akutt"),
        ("hva er abstinensene", "rusinfo vis behandling"),
        ("hvorfor blir noen avhengige", "rusinfo vis definisjon"),
    ],
)
def test_the_real_content_questions_find_hits(query: str, command: str) -> None:
    assert command in _commands(search(load(), query))


# --- the stemmer ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "forms",
    [
        ("overdose", "overdoser", "overdosen", "overdosene"),
        ("abstinenser", "abstinensene"),
        ("slutte", "slutter", "sluttet", "slutt"),
        ("kramper", "kramp", "krampe"),
        ("årsaker", "arsaker", "ÅRSAKENE", "årsak"),
        ("ærlig", "aerlig"),
        ("søvnløshet", "sovnloshet"),
    ],
)
def test_the_forms_of_a_word_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(fold(form)) for form in forms}) == 1, [stem(fold(form)) for form in forms]


@pytest.mark.parametrize(
    ("one", "other"),
    [("overdose", "overdosemotgift"), ("lege", "legevakt"), ("rus", "rusmidler"), ("kramp", "magekramper")],
)
def test_different_words_keep_different_stems(one: str, other: str) -> None:
    assert stem(one) != stem(other)


@pytest.mark.parametrize("word", ["dsm-5", "116", "rusinfo.no", "lar-legemidler", "b12", ""])
def test_a_word_with_anything_but_letters_is_its_own_stem(word: str) -> None:
    assert stem(word) == word


@pytest.mark.parametrize("word", ["lar", "rus", "sug", "tsb", "ghb", "a"])
def test_short_words_keep_their_letters(word: str) -> None:
    assert stem(word) == word


@settings(max_examples=200, deadline=None)
@given(word=st.sampled_from(_WORDS))
def test_a_stem_is_the_start_of_its_word_and_never_empty(word: str) -> None:
    """Search finds the words that may share a stem by where the stem stands: it must be a prefix."""
    folded = fold(word)
    assert stem(folded)
    assert folded.startswith(stem(folded))
