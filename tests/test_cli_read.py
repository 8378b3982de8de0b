"""The reading commands as a user runs them: vis, stoff, akutt, the overview."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from helpers import flat, invoke, run
from rusinfo import __version__
from rusinfo.content import load

ANSI = re.compile(r"\x1b\[")


def test_overview_names_the_commands_and_113() -> None:
    code, out, _ = run()
    assert code == 0
    for command in ("vis", "stoff", "sjekk", "time", "søk", "akutt"):
        assert f"rusinfo {command}" in out
    assert "113" in out
    assert "116 117" in out


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0
    assert out.strip() == f"rusinfo {__version__}"


def test_vis_lists_every_section() -> None:
    code, out, _ = run("vis")
    assert code == 0
    for section in load().sections:
        assert section.id in out
        assert section.title in out


@pytest.mark.parametrize("section_id", [s.id for s in load().sections])
def test_every_section_is_reachable_and_ends_with_the_footer(section_id: str) -> None:
    code, out, _ = run("vis", section_id)
    assert code == 0
    assert load().section(section_id).title in out
    tail = " ".join(out.split()[-40:])
    assert "Ikke en erstatning for helsehjelp" in tail
    assert "113" in tail
    assert "116 117" in tail


def test_symptomer_shows_both_lists_and_points_to_each_class() -> None:
    code, out, _ = run("vis", "symptomer")
    assert code == 0
    assert "Tegn på rusbruk hos tenåringer" in out
    assert out.count("•") >= 8 + 5
    for substance in load().substances:
        assert f"rusinfo stoff {substance.id}" in out


def test_vis_alle_holds_every_bullet_in_order() -> None:
    code, out, _ = run("vis", "alle")
    assert code == 0
    flat = " ".join(out.split())
    position = 0
    content = load()
    for section in content.sections:
        found = flat.find(section.title, position)
        assert found >= 0, section.title
        position = found
    for block in content.all_lists():
        for bullet in block.items:
            words = " ".join(bullet.text.replace("`", "").split())
            assert words in flat, words


@pytest.mark.parametrize("class_id", [c.id for c in load().substances])
def test_every_class_is_reachable(class_id: str) -> None:
    code, out, _ = run("stoff", class_id)
    assert code == 0
    assert load().substance(class_id).name in " ".join(out.split())
    assert "Avrusning og behandling" in out


def test_stoff_heroin_shows_the_opioids_and_their_withdrawal() -> None:
    code, out, _ = run("stoff", "heroin")
    assert code == 0
    flat = " ".join(out.split())
    assert "«heroin» hører til stoffklassen «Opioider (narkotiske smertestillende)»" in flat
    assert "buprenorfin (for eksempel Subutex) eller metadon" in flat
    assert "rusinfo vis behandling" in flat


def test_the_opioid_page_has_overdose_first_aid_naloxone_and_the_danger_after_a_break() -> None:
    code, out, _ = run("stoff", "opioider")
    assert code == 0
    flat = " ".join(out.split())
    content = load()
    for list_id in ("overdose-tegn", "forstehjelp", "nalokson"):
        for item in content.bullet_list(list_id).items:
            assert " ".join(item.text.split()) in flat
    assert "3–8 dager" in flat
    assert flat.index("Tegn på overdose") < flat.index("Avrusning og behandling")


def test_stoff_lists_seven_classes_with_examples() -> None:
    code, out, _ = run("stoff")
    assert code == 0
    for substance in load().substances:
        assert substance.id in out
        assert substance.examples[0] in out


def test_akutt_puts_the_first_aid_and_naloxone_before_anything_else() -> None:
    code, out, _ = run("akutt")
    assert code == 0
    assert out.splitlines()[0].startswith("╭─ Ring 113 ─")
    steps = [m.group(1) for m in re.finditer(r"^│ (\d)\. ", out, re.MULTILINE)]
    assert steps == ["1", "2", "3", "4", "5", "6"]
    assert re.search(r"^│ 1\. Ring 113\.", out, re.MULTILINE)
    first_aid_end = out.index("╰")
    assert out.index("nalokson") < first_aid_end
    assert first_aid_end < out.index("Ring 113 hvis du eller noen du kjenner")
    assert first_aid_end < out.index("Tegn på overdose") < out.index("Hvem du kan ringe")


def test_akutt_has_the_signs_naloxone_and_every_number() -> None:
    code, out, _ = run("akutt")
    flat = " ".join(out.split())
    assert code == 0
    assert "pupillene er knøttsmå" in flat
    assert "nalokson.uio.no" in flat
    assert "rusinfo vis overdose" in flat
    for line in load().help_lines:
        assert (line.number or line.name) in out
    assert "nanorge.org" in out
    assert out.index("kramper") < out.index("116 117")
    assert "Numrene ble sist kontrollert 28.11.2026." in flat


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [(("vis", "symptommer"), "symptomer"), (("stoff", "heorin"), "heroin"), (("vis", "arsker"), "årsaker")],
)
def test_an_unknown_name_is_a_norwegian_error_with_suggestions(
    args: tuple[str, str], suggestion: str
) -> None:
    code, out, err = run(*args)
    assert code == 2
    assert out == ""
    assert "Fant ingen" in err
    assert f"Mente du «{suggestion}»" in err


@pytest.mark.parametrize(
    ("typed", "entry_id"),
    [
        ("nikotin", "tobakk"),
        ("snus", "tobakk"),
        ("Røyk", "tobakk"),
        ("alkohol", "alkohol"),
        ("øl", "alkohol"),
        ("lystgass", "lystgass"),
        ("fleinsopp", "fleinsopp"),
        ("sopp", "fleinsopp"),
        ("spice", "syntetiske-cannabinoider"),
        ("syntetiske cannabinoider", "syntetiske-cannabinoider"),
    ],
)
def test_a_name_outside_the_tool_gets_a_pointer_with_its_source_and_no_wrong_drug(
    typed: str, entry_id: str
) -> None:
    content = load()
    entry = next(e for e in content.elsewhere if e.id == entry_id)
    source = next(s for s in content.sources if s.id == entry.source)
    result = invoke("stoff", typed)
    assert result.exit_code == 1, "an answer that points elsewhere, like a search without hits"
    assert result.stdout == ""
    err = flat(result.stderr)
    assert err.startswith(flat(entry.text)[:30]), "a pointer, not an error: no «Feil:»"
    assert flat(entry.text) in err
    assert source.url in result.stderr, "the address on one line, so that it can be clicked"
    assert f"Les mer hos {source.publisher}:" in err
    assert source.url in "".join(result.stderr.split()), "the address, whole, however it wraps"
    assert "Mente du" not in err
    for wrong in ("kokain", "kodein", "«ice»", "speed", "lightergass", "festdop"):
        assert wrong not in err


def test_the_pointer_for_fleinsopp_names_the_hallucinogen_page_and_the_poison_line() -> None:
    code, _, err = run("stoff", "spiss fleinsopp")
    assert code == 1
    text = flat(err)
    assert "Les om stoffklassen «Hallusinogener (LSD og PCP)» med «rusinfo stoff hallusinogener»." in text
    assert "Giftinformasjonen: 22 59 13 00." in text


def test_spice_is_not_sent_to_the_cannabis_page() -> None:
    code, _, err = run("stoff", "spice")
    assert code == 1
    text = flat(err)
    assert "ikke cannabis" in text
    assert "rusinfo stoff cannabis" not in text
    assert "Cannabis (marihuana og hasj)" not in text


@pytest.mark.parametrize(
    ("typed", "suggestion"),
    [
        ("kokian", "kokain"),
        ("herion", "heroin"),
        ("nikotn", "nikotin"),
        ("rivotrill", "Rivotril"),
        ("gbh", "GHB"),
    ],
)
def test_a_typo_still_gets_the_name_it_was_meant_as_written(typed: str, suggestion: str) -> None:
    code, _, err = run("stoff", typed)
    assert code == 2
    assert f"Mente du «{suggestion}»" in err


def test_names_keep_their_case_in_what_the_tool_says() -> None:
    code, out, _ = run("stoff", "ghb")
    assert code == 0
    assert "«GHB» hører til stoffklassen «Klubbdroger»." in out
    code, _, err = run("stoff", "Hallusinogener (LSD og PCP)x")
    assert code == 2
    assert "«Hallusinogener (LSD og PCP)x»" in flat(err)


def test_an_unknown_name_without_anything_close() -> None:
    code, _, err = run("stoff", "qqqqqq")
    assert code == 2
    assert "Fant ingen stoffklasse" in err
    assert "Mente du" not in err


def test_json_shapes() -> None:
    code, out, _ = run("vis", "--json")
    assert code == 0
    index = json.loads(out)
    assert index[0] == {"id": "definisjon", "tittel": "Hva er narkotikaavhengighet?"}
    assert all(set(item) == {"id", "tittel"} for item in index)

    code, out, _ = run("stoff", "--json")
    assert code == 0
    classes = json.loads(out)
    assert len(classes) == 7
    assert all(set(item) == {"id", "navn", "eksempler"} for item in classes)

    code, out, _ = run("vis", "diagnose", "--json")
    criteria = [b for p in json.loads(out)["deler"] for b in p["blokker"] if b.get("liste") == "kriterier"]
    assert [p["id"] for p in criteria[0]["punkter"]][:2] == ["toleranse", "abstinens"]

    code, out, _ = run("stoff", "heroin", "--json")
    data = json.loads(out)
    assert data["id"] == "opioider"
    assert len(data["avrusning"]) == 1

    code, out, _ = run("akutt", "--json")
    data = json.loads(out)
    assert len(data["akutte_tegn"]["punkter"]) == 6
    assert data["numre"][0]["nummer"] == "113"

    code, out, _ = run("vis", "alle", "--json")
    assert [s["id"] for s in json.loads(out)] == [s.id for s in load().sections]


@pytest.mark.parametrize("args", [("vis", "alle"), ("vis", "symptomer"), ("stoff", "heroin"), ("akutt",), ()])
def test_no_escape_codes_when_piped_even_without_no_color(
    monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.delenv("NO_COLOR")
    code, out, _ = run(*args)
    assert code == 0
    assert not ANSI.search(out)


BOX_AND_DECORATION = re.compile("[•─│╭╮╰╯┌┐└┘━┃]")


@pytest.mark.parametrize("args", [["vis", "symptomer"], ["akutt"], ["stoff", "heroin"], ["time"], []])
def test_enkel_mode_has_no_boxes_decoration_or_colour(
    monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    result = invoke("--enkel", *args)
    assert result.exit_code == 0
    assert not ANSI.search(result.stdout)
    assert not BOX_AND_DECORATION.search(result.stdout)
    assert "113" in result.stdout
    plain_lines = [line for line in result.stdout.splitlines() if line.startswith("- ")]
    assert plain_lines or args == []


def test_accessible_environment_turns_on_enkel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCESSIBLE", "1")
    code, out, _ = run("akutt")
    assert code == 0
    assert "╭" not in out
    assert "- kan ha tatt en overdose" in out


def test_without_enkel_there_is_decoration() -> None:
    code, out, _ = run("akutt")
    assert code == 0
    assert "╭" in out
    assert "• kan ha tatt en overdose" in out


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("vis",),
        ("vis", "alle"),
        ("stoff",),
        ("stoff", "heroin"),
        ("akutt",),
        ("time",),
        ("søk", "kramper"),
        ("kilder",),
        ("sjekk", "--svar", "ja,ja,vet-ikke,nei,nei,nei,nei"),
        ("sjekk", "--svar", "nei,nei,nei,nei,nei,nei,nei", "--for-annen"),
    ],
)
def test_piped_text_has_no_trailing_spaces(args: tuple[str, ...]) -> None:
    code, out, _ = run(*args)
    assert code == 0
    padded = [line for line in out.splitlines() if line != line.rstrip()]
    assert padded == []


def test_the_script_leaves_the_garbage_collector_on_and_the_startup_objects_frozen() -> None:
    """`rusinfo.__main__.main` pauses the collector only while loading (see its docstring)."""
    code = (
        "import gc, sys\n"
        "sys.argv = ['rusinfo', '--version']\n"
        "from rusinfo.__main__ import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 10_000, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == f"rusinfo {__version__}\n"
    assert done.stderr.split() == ["True", "True"]
