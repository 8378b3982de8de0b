"""`rusinfo time`: the checklist on screen, on paper (`--skriv-ut`) and in a file (`--fil`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from rusinfo import checklist
from rusinfo.cli import app
from rusinfo.content import Paragraph, load, plain

CLEAN_ENV: dict[str, str | None] = {
    "COLUMNS": "80",
    "LINES": "50",
    "NO_COLOR": None,
    "FORCE_COLOR": None,
    "ACCESSIBLE": None,
    "TERM": "dumb",
}


pytestmark = pytest.mark.usefixtures("fixed_day")


def run(*args: str, **env: str | None) -> Result:
    return CliRunner().invoke(app, ["time", *args], prog_name="rusinfo", env={**CLEAN_ENV, **env})


def words(text: str) -> str:
    """Text with line breaks and runs of spaces as single spaces, to find wrapped sentences."""
    return " ".join(text.split())


# --- on paper -------------------------------------------------------------------------------


def test_print_text_has_no_escape_codes_even_when_colour_is_forced() -> None:
    forced = {"FORCE_COLOR": "1", "TERM": "xterm-256color"}
    screen = run(**forced)
    assert "\x1b[" in screen.stdout, (
        "FORCE_COLOR should colour the screen version, or this test proves nothing"
    )
    printed = run("--skriv-ut", **forced)
    assert printed.exit_code == 0
    assert "\x1b" not in printed.stdout
    assert not re.search(r"\[/?(bold|dim|cyan|green|red|tittel|lead|kommando)\b", printed.stdout)


@pytest.mark.parametrize("columns", ["40", "80", "200"])
def test_print_text_lines_fit_72_characters_without_trailing_spaces(columns: str) -> None:
    text = run("--skriv-ut", COLUMNS=columns).stdout
    lines = text.splitlines()
    assert len(lines) > 50
    assert max(len(line) for line in lines) <= 72
    assert [line for line in lines if line != line.rstrip()] == []
    assert text.endswith("\n")
    assert not text.endswith("\n\n")


def test_print_text_has_title_date_boxes_answer_lines_and_footer() -> None:
    content = load()
    lines = run("--skriv-ut").stdout.splitlines()
    assert lines[0] == content.section("time").title
    assert lines[1] == "=" * len(lines[0])
    assert lines[2] == "Skrevet ut 26.11.2026"
    boxes = [line for line in lines if line.startswith("[ ] ")]
    ticks = len(content.bullet_list("forberedelser").items) + len(
        content.bullet_list("sporsmal-til-legen").items
    )
    assert len(boxes) == ticks + checklist.OWN_QUESTION_LINES
    assert "Mine egne spørsmål" in lines
    own = lines.index("Mine egne spørsmål")
    write_in = [line for line in lines[own:] if re.fullmatch(r"\[ \] _{60,}", line)]
    assert len(write_in) == checklist.OWN_QUESTION_LINES
    footer = words("\n".join(lines[-4:]))
    assert content.about.publisher in footer
    assert "28.11.2026" in footer
    assert "Ikke en erstatning for helsehjelp." in footer


def test_each_question_from_the_doctor_has_a_line_to_answer_on() -> None:
    lines = run("--skriv-ut").stdout.splitlines()
    questions = load().bullet_list("legens-sporsmal").items
    for number, question in enumerate(questions, 1):
        start = next(i for i, line in enumerate(lines) if line.startswith(f"{number}. "))
        end = lines.index("", start)
        assert words(" ".join(lines[start:end])) == f"{number}. {plain(question.text)}"
        assert re.fullmatch(r" +_{60,}", lines[end + 1]), "a line to write on, with room above it"
        assert lines[end + 2] == ""


def test_print_text_contains_every_point_of_the_article_section() -> None:
    text = words(run("--skriv-ut").stdout)
    section = load().section("time")
    for part in section.parts:
        for block in part.blocks:
            if isinstance(block, Paragraph):
                texts = [block.text]
            else:
                texts = [block.intro, *(b.text for b in block.items), *(b.title for b in block.items)]
            for piece in filter(None, texts):
                assert words(plain(piece)) in text
    assert "Sett de viktigste spørsmålene først" in text


# --- on screen ------------------------------------------------------------------------------


def test_screen_shows_boxes_numbered_questions_and_how_to_print() -> None:
    result = run()
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith(load().section("time").title)
    for heading in ("Før timen", "Spørsmål du kan stille legen", "Spørsmål legen kan stille deg"):
        assert heading in out.splitlines()
    assert out.count("[ ] ") == 9
    assert "6. Er du klar til å ta imot den behandlingen du trenger?" in out
    assert "Sett de viktigste spørsmålene først" in words(out)
    assert "rusinfo time --skriv-ut" in out
    assert "rusinfo time --fil sjekkliste.html" in out
    assert "113" in out
    assert "Skrevet ut" not in out


def test_screen_in_screen_reader_mode_has_the_same_checklist() -> None:
    out = run(ACCESSIBLE="1", FORCE_COLOR="1").stdout
    assert "\x1b" not in out
    assert out.count("[ ] ") == 9


def test_nothing_is_written_without_fil(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run().exit_code == 0
    assert run("--skriv-ut").exit_code == 0
    assert list(tmp_path.iterdir()) == []


def test_help_is_norwegian_and_names_the_options() -> None:
    result = CliRunner().invoke(app, ["time", "-h"], prog_name="rusinfo", env=CLEAN_ENV)
    assert result.exit_code == 0
    for option in ("--skriv-ut", "--fil", "--overskriv", "Sjekkliste til legetimen", ".txt, .md eller .html"):
        assert option in words(result.stdout)


# --- for scripts: --json and --fil - ------------------------------------------------------


def test_json_holds_every_group_and_item_of_the_checklist() -> None:
    import json

    result = run("--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    items = checklist.build(load())
    assert data["tittel"] == items.title
    assert [g["overskrift"] for g in data["grupper"]] == [g.heading for g in items.groups]
    assert [len(g["punkter"]) for g in data["grupper"]] == [len(g.items) for g in items.groups]
    assert {g["type"] for g in data["grupper"]} == {"avkrysning", "svar", "egne-spørsmål"}
    assert "`" not in result.stdout


def test_fil_dash_is_the_print_text_on_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    dashed = run("--fil", "-")
    assert dashed.exit_code == 0
    assert dashed.stdout == run("--skriv-ut").stdout
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args", [["--json", "--skriv-ut"], ["--json", "--fil", "a.md"], ["--fil", "-", "--skriv-ut"]]
)
def test_outputs_that_exclude_each_other_are_refused(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("Feil: --")
