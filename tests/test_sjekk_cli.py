"""`rusinfo sjekk` without prompts: --svar, --for-annen, --json, errors and the no-terminal refusal."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner, Result

from rusinfo.cli import app

ALL_NO = "nei,nei,nei,nei,nei,nei,nei"


def run(*args: str) -> Result:
    return CliRunner().invoke(app, ["sjekk", *args], prog_name="rusinfo")


def flat(text: str) -> str:
    """Output with its line breaks undone, to find sentences Rich wrapped."""
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("answers", "heading", "meaning"),
    [
        (
            "ja,ja,ja,nei,nei,nei,nei",
            "Resultat: 3 av 7 kriterier stemmer",
            "det kan være tegn på avhengighet",
        ),
        ("j,j,j,j,j,j,j", "Resultat: 7 av 7 kriterier stemmer", "det kan være tegn på avhengighet"),
        (
            "ja,nei,nei,ja,nei,nei,nei",
            "Resultat: 2 av 7 kriterier stemmer",
            "Det er under grensen på 3 i den eldre regelen",
        ),
        (ALL_NO, "Resultat: 0 av 7 kriterier stemmer", "Du svarte ikke ja på noen av de 7"),
    ],
)
def test_answers_give_the_result_for_their_band(answers: str, heading: str, meaning: str) -> None:
    result = run("--svar", answers)

    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(heading + "\n")
    assert meaning in flat(result.stdout)
    assert result.stderr == ""


@pytest.mark.parametrize("answers", ["ja,ja,ja,ja,nei,nei,nei", "ja,nei,nei,nei,nei,nei,nei", ALL_NO])
def test_every_result_says_it_is_no_diagnosis_and_what_to_do_next(answers: str) -> None:
    out = flat(run("--svar", answers).stdout)

    assert "Bare en lege eller psykolog kan stille en diagnose." in out
    assert "kommer fra DSM-IV" in out
    assert "American Psychiatric Association" in out
    assert "I Norge stiller leger diagnosen etter ICD-10" in out
    assert "fastlege" in out
    assert "rusinfo time" in out
    assert "915 08 588" in out  # RUSinfo
    assert "ring 113" in out
    assert "Svarene er ikke lagret noe sted." in out


@pytest.mark.parametrize("answers", ["ja,ja,nei,nei,nei,nei,nei", "ja,nei,nei,nei,nei,nei,nei"])
def test_one_or_two_yes_is_no_all_clear(answers: str) -> None:
    # Under DSM-5, two criteria already count as a mild disorder: below the old threshold is
    # not «nothing wrong».
    out = flat(run("--svar", answers).stdout)

    assert "tyder svarene ikke på avhengighet" not in out
    assert "det betyr ikke at alt er i orden" in out
    assert "mild ruslidelse" in out


def test_the_result_lists_the_yes_and_the_unknown_answers() -> None:
    out = run("--svar", "ja,nei,vet-ikke,nei,ja,nei,nei").stdout

    yes_part = out.split("Dette svarte du ja på:")[1].split("Dette svarte du «Vet ikke» på:")[0]
    assert "• Trenger mer for samme virkning" in yes_part
    assert "• Mye tid går med til stoffet" in yes_part
    assert "Abstinenser" not in yes_part
    unknown_part = out.split("Dette svarte du «Vet ikke» på:")[1]
    assert "• Mer eller lenger enn tenkt" in unknown_part.split("\n\n")[0]


@pytest.mark.parametrize(
    ("answers", "sentence"),
    [
        ("ja,vet-ikke,nei,nei,nei,nei,nei", "Selv om svaret egentlig er ja der, blir det færre enn 3."),
        ("ja,ja,ja,vet-ikke,nei,nei,nei", "det endrer ikke resultatet over."),
    ],
)
def test_unknown_answers_that_cannot_reach_the_threshold_are_explained(answers: str, sentence: str) -> None:
    out = flat(run("--svar", answers).stdout)

    assert "Du svarte «Vet ikke» på 1 spørsmål." in out
    assert sentence in out


@pytest.mark.parametrize("for_other", [False, True])
@pytest.mark.parametrize("answers", ["ja,ja,vet-ikke,nei,nei,nei,nei", "v,v,v,n,n,n,n", "j,v,v,v,v,v,v"])
def test_when_unknown_answers_could_reach_the_threshold_no_all_clear_is_given(
    answers: str, for_other: bool
) -> None:
    out = flat(run("--svar", answers, *(["--for-annen"] if for_other else [])).stdout)

    assert "«Vet ikke» er ikke regnet med, men er svaret egentlig ja der, kan det bli 3 eller flere" in out
    assert "kan sjekken ikke gi" in out
    assert "tyder svarene ikke på avhengighet" not in out


def test_the_count_of_unknown_answers_is_given() -> None:
    out = flat(run("--svar", "ja,ja,vet-ikke,nei,vet-ikke,nei,nei").stdout)

    assert "Du svarte ja på 2 av de 7 kriteriene og «Vet ikke» på 2 av dem." in out


def test_no_unknown_answers_means_no_word_about_them() -> None:
    assert "«Vet ikke» er ikke regnet med" not in flat(run("--svar", "ja,ja,nei,nei,nei,nei,nei").stdout)


def test_for_another_person_the_wording_is_about_them() -> None:
    mine = flat(run("--svar", "ja,ja,ja,ja,nei,nei,nei").stdout)
    theirs = flat(run("--svar", "ja,ja,ja,ja,nei,nei,nei", "--for-annen").stdout)

    assert "for personen du er bekymret for" in theirs
    assert "jo tidligere personen får hjelp" in theirs
    assert "Snakk med personen" in theirs
    assert "rusinfo vis pårørende" in theirs
    assert "800 40 567" in theirs  # Pårørendetelefonen
    assert "rusinfo vis veien-til-behandling" in mine
    assert "personen" not in mine
    assert "jo tidligere du får hjelp" in mine
    assert "Resultat: 4 av 7 kriterier stemmer" in mine
    assert "Resultat: 4 av 7 kriterier stemmer" in theirs


def test_json_has_exactly_the_agreed_shape() -> None:
    result = run("--svar", "ja,nei,v,j,J,nei,vet ikke", "--json")

    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data == {
        "oppfylte": 3,
        "vet_ikke": 2,
        "terskel": 3,
        "over_terskel": True,
        "svar": [
            {"kriterium": "toleranse", "svar": "ja"},
            {"kriterium": "abstinens", "svar": "nei"},
            {"kriterium": "mer-enn-tenkt", "svar": "vet-ikke"},
            {"kriterium": "kutte-ned", "svar": "ja"},
            {"kriterium": "tidsbruk", "svar": "ja"},
            {"kriterium": "gir-opp", "svar": "nei"},
            {"kriterium": "tross-skade", "svar": "vet-ikke"},
        ],
    }
    assert list(data) == ["oppfylte", "vet_ikke", "terskel", "over_terskel", "svar"]


def test_json_below_the_threshold() -> None:
    data = json.loads(run("--svar", "ja,ja,vet-ikke,nei,nei,nei,nei", "--json", "--for-annen").stdout)

    assert (data["oppfylte"], data["vet_ikke"], data["over_terskel"]) == (2, 1, False)


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ("ja,nei", "--svar må ha nøyaktig 7 svar, ett for hvert kriterium, men fikk 2."),
        ("ja,nei,ja,nei,ja,nei,ja,ja", "--svar må ha nøyaktig 7 svar, ett for hvert kriterium, men fikk 8."),
        ("ja,nei,kanskje,nei,ja,nei,ja", "Svar nummer 3 i --svar, «kanskje», er ikke et gyldig svar."),
        ("ja,,nei,nei,ja,nei,ja", "Svar nummer 2 i --svar er tomt."),
    ],
)
def test_bad_answers_are_a_norwegian_error_with_exit_2(answers: str, message: str) -> None:
    result = run("--svar", answers)

    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Feil: ")
    assert message in flat(result.stderr)
    assert "Traceback" not in result.output


def test_json_without_answers_is_refused() -> None:
    result = run("--json")

    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--json virker bare sammen med --svar" in flat(result.stderr)


def test_without_a_terminal_it_says_how_to_run_it_before_any_prompt() -> None:
    # CliRunner's stdin and stdout are not terminals.
    result = run()

    assert result.exit_code == 2
    assert result.stdout == ""  # not even the intro
    err = flat(result.stderr)
    assert "må kjøres i et terminalvindu" in err
    assert "rusinfo sjekk --svar ja,nei,vet-ikke,nei,nei,nei,nei" in err


def test_for_another_person_without_a_terminal_is_refused_too() -> None:
    result = run("--for-annen")

    assert result.exit_code == 2
    assert "terminalvindu" in result.stderr


def test_help_is_norwegian() -> None:
    result = run("--help")

    assert result.exit_code == 0
    out = flat(result.stdout)
    assert "Gå gjennom kriteriene for avhengighet" in out
    assert "--svar" in out
    assert "--for-annen" in out


# --- answers from standard input, out of the shell's history --------------------------------


@pytest.mark.parametrize(
    "given",
    ["ja,ja,ja,nei,nei,nei,nei\n", "ja\nja\nja\nnei\nnei\nnei\nnei\n", "j j j n n n n", " j, j,j\nn n,n,n "],
)
def test_svar_dash_reads_the_answers_from_stdin(given: str) -> None:
    result = CliRunner().invoke(app, ["sjekk", "--svar", "-", "--json"], prog_name="rusinfo", input=given)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["oppfylte"] == 3


def test_svar_dash_without_input_says_how() -> None:
    result = CliRunner().invoke(app, ["sjekk", "--svar", "-"], prog_name="rusinfo", input="")
    assert result.exit_code == 2
    assert "Fikk ingen svar på standard inndata." in result.stderr
    assert "| rusinfo sjekk --svar -" in result.stderr


def test_the_help_says_why_to_use_svar_dash() -> None:
    assert "skallets historikk" in flat(run("-h").stdout)
