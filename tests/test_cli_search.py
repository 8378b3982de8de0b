"""`rusinfo søk` as a user runs it: what is shown, where, the exit codes and the JSON."""

from __future__ import annotations

import json
import re

import pytest

from helpers import run, screen
from rusinfo.content import load
from rusinfo.render import search as page
from rusinfo.render.search import HITS_SHOWN
from rusinfo.search import search


@pytest.mark.parametrize("command", ["søk", "sok"])
def test_hits_are_grouped_with_the_command_to_read_more(command: str) -> None:
    code, out, err = run(command, "kramp")
    assert code == 0
    assert err == ""
    assert re.match(r"\d+ treff for «kramp» på \d+ steder\.\n", out)
    assert "kramper" in out
    # The emergency page first, with «Ring 113», then the rest, each with its command.
    assert out.index("Akutt hjelp") < out.index("Ring 113") < out.index("Les mer: rusinfo akutt")
    assert out.index("Les mer: rusinfo akutt") < out.index("Les mer: rusinfo vis behandling")


def test_the_hidden_ascii_name_is_not_listed_in_help() -> None:
    code, out, _ = run("-h")
    assert code == 0
    assert "søk " in out
    assert re.search(r"^\s+sok\s", out, re.MULTILINE) is None


@pytest.mark.parametrize("query", [["ÅRSAKER"], ["arsaker"], ["Årsaker"], ["arsak"]])
def test_forgiving_words(query: list[str]) -> None:
    code, out, _ = run("søk", *query)
    assert code == 0
    assert "Les mer: rusinfo vis årsaker" in out


def test_several_words_must_meet_in_one_hit() -> None:
    code, out, _ = run("søk", "heroin", "kokain")
    assert code == 0
    assert "Noen stoffer, som heroin og kokain" in out
    assert "Les mer: rusinfo stoff opioider" not in out, "the class lists heroin, but not kokain"


def test_no_hit_says_so_suggests_words_and_exits_1() -> None:
    code, out, err = run("søk", "kramer")
    assert code == 1
    assert out == ""
    assert "Ingen treff for «kramer»." in err
    assert "Mente du «kramper»" in err


def test_words_that_never_meet_are_explained() -> None:
    code, _, err = run("søk", "subutex", "tenåringer")
    assert code == 1
    assert "Ingen treff for «subutex tenåringer»." in err
    assert "aldri alle i samme avsnitt" in err


def test_an_unknown_word_among_known_ones_is_named() -> None:
    code, _, err = run("søk", "heroin", "xyzzyq")
    assert code == 1
    assert "«xyzzyq» står ingen steder i innholdet." in err


def test_no_words_is_a_usage_error() -> None:
    code, out, err = run("søk")
    assert code == 2
    assert out == ""
    assert "Mangler argumentet «ORD»." in err
    assert "Prøv 'rusinfo søk -h' for hjelp." in err


@pytest.mark.parametrize("query", ["", "   ", "?!", ".*"])
def test_words_without_letters_are_a_usage_error(query: str) -> None:
    code, out, err = run("søk", query)
    assert code == 2
    assert out == ""
    assert "minst én bokstav eller ett tall" in err


@pytest.mark.parametrize("query", ["k.amper", "kr[a]mper", "[bold]fet[/bold]"])
def test_regex_and_markup_characters_are_plain_text(query: str) -> None:
    code, out, err = run("søk", query)
    assert code == 1
    assert out == ""
    assert "Ingen treff for" in err


def test_json_is_a_list_of_hits_with_four_norwegian_keys() -> None:
    code, out, err = run("søk", "--json", "kramp")
    assert code == 0
    assert err == ""
    hits = json.loads(out)
    assert isinstance(hits, list)
    assert hits
    for hit in hits:
        assert set(hit) == {"seksjon", "tittel", "tekst", "kommando"}
        assert all(isinstance(v, str) and v for v in hit.values())
    assert hits[0]["seksjon"] == "akutt"
    assert hits[0]["kommando"] == "rusinfo akutt"
    assert {"rusinfo vis behandling", "rusinfo stoff klubbdroger"} <= {h["kommando"] for h in hits}
    assert all("`" not in h["tekst"] for h in hits)


def test_json_holds_every_hit_even_where_the_screen_cuts() -> None:
    _, out, _ = run("søk", "--json", "narkotika")
    everything = search(load(), "narkotika")
    assert len(json.loads(out)) == everything.hit_count


def test_json_without_a_hit_is_an_empty_list_and_exit_1() -> None:
    code, out, _ = run("søk", "finnesikke", "--json")
    assert code == 1
    assert json.loads(out) == []


def test_a_place_shows_a_few_hits_and_counts_the_rest() -> None:
    code, out, _ = run("søk", "overdose")
    assert code == 0
    groups = out.split("\n\n")[1:]
    for group in groups:
        if not group.strip():
            continue
        assert sum(1 for line in group.splitlines() if line.startswith("• ")) <= HITS_SHOWN
    assert re.search(r"\d+ treff til\. Les mer: rusinfo ", out)


def test_matched_words_are_marked_in_a_terminal() -> None:
    terminal, out = screen(terminal=True)
    page.results(terminal, search(load(), "kramp"), "kramp")
    assert "\x1b[7mkramper\x1b[0m" in out.getvalue()


def test_in_a_pipe_there_are_no_escape_codes() -> None:
    _, out, _ = run("søk", "kramp")
    assert "\x1b" not in out


def test_other_forms_of_a_word_are_found_and_marked() -> None:
    code, out, _ = run("søk", "overdoser")
    assert code == 0
    assert "og overdosen kan komme tilbake" in " ".join(out.split())
    terminal, shown = screen(terminal=True)
    page.results(terminal, search(load(), "overdoser"), "overdoser")
    assert "\x1b[7moverdosen\x1b[0m" in shown.getvalue()


def test_heroin_withdrawal_finds_the_opioid_paragraph_first() -> None:
    code, out, _ = run("søk", "--json", "heroin", "abstinenser")
    assert code == 0
    first = json.loads(out)[0]
    assert first["kommando"] == "rusinfo vis behandling"
    assert first["tekst"].startswith(
        "Opioider (blant annet heroin, morfin, kodein og oksykodon). Abstinensene"
    )


def test_a_question_finds_the_passage_that_answers_it() -> None:
    code, out, err = run("søk", "hva", "er", "LAR?")
    assert code == 0
    assert err == ""
    assert re.match(r"\d+ treff for «hva er LAR\?» på \d+ steder\.\n", out)
    _, first, *_ = out.split("\n\n")
    heading, bullet = first.splitlines()[:2]
    assert heading == "Veien til behandling i Norge"
    assert bullet.startswith("• Er du avhengig av opioider, som heroin, kan LAR være aktuelt.")


def test_how_do_i_quit_shows_treatment_first() -> None:
    code, out, _ = run("søk", "hvordan slutter jeg")
    assert code == 0
    _, first, *_ = out.split("\n\n")
    assert first.splitlines()[0] == "Behandling og legemidler"
    assert first.rstrip().endswith("Les mer: rusinfo vis behandling")
    assert out.index("rusinfo vis behandling") < out.index("Les mer: rusinfo akutt")


def test_a_question_without_a_hit_says_which_small_words_were_left_out() -> None:
    code, out, err = run("søk", "hva", "er", "xyzzyq")
    assert code == 1
    assert out == ""
    assert "«xyzzyq» står ingen steder i innholdet." in err
    assert "Småord som «hva» og «er» er ikke med i søket." in err


def test_only_small_words_are_searched_as_typed() -> None:
    code, out, err = run("søk", "hva", "er")
    assert code == 0
    assert err == ""
    assert "Ring 113. Si hva som har skjedd og hvor dere er." in " ".join(out.split())


def test_a_typo_gets_one_form_of_a_word() -> None:
    code, _, err = run("søk", "overdosr")
    assert code == 1
    assert "Mente du «overdoser»" in err or "Mente du «overdose»" in err
    assert err.count("«overdose") == 1
