"""`rusinfo time --fil STI`: each format parsed back, the overwrite rule and the error paths."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from helpers import DOCTOR_LIST, PRINT_DAY, TICK_LISTS
from rusinfo import checklist
from rusinfo.checklist import Checklist, Group, Style
from rusinfo.cli import app
from rusinfo.content import load, plain, source_line
from rusinfo.document import Item

CLEAN_ENV: dict[str, str | None] = {
    "COLUMNS": "80",
    "NO_COLOR": None,
    "FORCE_COLOR": None,
    "ACCESSIBLE": None,
}


pytestmark = pytest.mark.usefixtures("fixed_day")


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory for the run."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(app, ["time", *args], prog_name="rusinfo", env=CLEAN_ENV)


def save(name: str, *more: str) -> str:
    result = run("--fil", name, *more)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"Sjekklisten er lagret i {name}.\n"
    return Path(name).read_text(encoding="utf-8")


def words(text: str) -> str:
    return " ".join(text.split())


def count(list_id: str) -> int:
    return len(load().bullet_list(list_id).items)


# --- the model ------------------------------------------------------------------------------


def test_checklist_takes_its_points_from_the_article() -> None:
    built = checklist.build(load())
    by_heading = {g.heading: g for g in built.groups}
    assert list(by_heading) == [
        "Før timen",
        "Spørsmål du kan stille legen",
        "Mine egne spørsmål",
        "Spørsmål legen kan stille deg",
    ]
    assert [i.title for i in by_heading["Før timen"].items] == [
        b.title for b in load().bullet_list("forberedelser").items
    ]
    asking = by_heading["Spørsmål du kan stille legen"]
    assert "Sett de viktigste spørsmålene først" in asking.intro
    assert asking.outro == ("Ikke nøl med å stille flere spørsmål underveis i timen.",)
    assert len(by_heading["Spørsmål legen kan stille deg"].items) == count(DOCTOR_LIST) == 6
    assert len(built.intro) == 2
    assert built.footer == source_line(load())


# --- .txt -----------------------------------------------------------------------------------


def test_txt_file_is_the_print_text(here: Path) -> None:
    assert save("sjekkliste.txt") == run("--skriv-ut").stdout


# --- .md ------------------------------------------------------------------------------------


def test_markdown_has_task_boxes_headings_and_answer_places(here: Path) -> None:
    text = save("sjekkliste.md")
    lines = text.splitlines()
    assert lines[0] == f"# {load().section('time').title}"
    assert "Laget 26.11.2026" in lines
    headings = [line[3:] for line in lines if line.startswith("## ")]
    assert headings == [g.heading for g in checklist.build(load()).groups]
    boxes = [m.group(1) for line in lines if (m := re.fullmatch(r"- \[ \] (.+)", line))]
    assert len(boxes) == sum(count(i) for i in TICK_LISTS) + checklist.OWN_QUESTION_LINES
    titled = load().bullet_list("forberedelser").items[0]
    assert boxes[0] == f"**{titled.title}.** {plain(titled.text)}"
    questions = [m.group(1) for line in lines if (m := re.fullmatch(r"\d\. (.+)", line))]
    assert questions == [plain(b.text) for b in load().bullet_list(DOCTOR_LIST).items]
    assert lines.count("   Svar: …") == count(DOCTOR_LIST)
    assert plain(source_line(load())) in " ".join(lines).replace("`", "")


def test_markdown_escapes_what_would_be_formatting() -> None:
    from rusinfo.export import markdown

    item = Item("Bruk *ikke* [lenker] eller <b>, men `rusinfo vis` er kode.")
    page = Checklist("T", (), (Group("G", Style.TICK, items=(item,)),), "kilde")
    assert r"- [ ] Bruk \*ikke\* \[lenker\] eller \<b\>, men `rusinfo vis` er kode." in markdown.write(
        checklist.document(page), PRINT_DAY
    )


# --- the suffix, the overwrite rule and the errors ---------------------------------------------


def test_suffix_in_any_case_picks_the_format(here: Path) -> None:
    assert save("SJEKKLISTE.HTML").startswith("<!DOCTYPE html>")
    assert save("notat.Md").startswith("# ")


def test_existing_file_is_kept_without_overskriv_and_replaced_with_it(here: Path) -> None:
    target = here / "sjekkliste.md"
    target.write_text("mine notater\n", encoding="utf-8")
    refused = run("--fil", "sjekkliste.md")
    assert refused.exit_code == 2
    assert refused.stderr.startswith("Feil: Filen «sjekkliste.md» finnes allerede.")
    assert "--overskriv" in refused.stderr
    assert target.read_text(encoding="utf-8") == "mine notater\n"
    assert save("sjekkliste.md", "--overskriv").startswith("# ")


def test_fil_and_skriv_ut_together_write_the_file_and_print(here: Path) -> None:
    result = run("--fil", "a.html", "--skriv-ut")
    assert result.exit_code == 0
    assert result.stdout.startswith(load().section("time").title)
    assert (here / "a.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--fil", "sjekkliste.pdf"], "Filtypen «.pdf» støttes ikke."),
        (["--fil", "sjekkliste"], "Filnavnet «sjekkliste» har ingen filtype."),
        (["--fil", "finnes-ikke/sjekkliste.md"], "Mappen «finnes-ikke» finnes ikke."),
        (["--fil", "fil.txt/sjekkliste.md"], "«fil.txt» er en fil, ikke en mappe."),
        (["--fil", "mappe.html"], "«mappe.html» er en mappe."),
        (["--fil", "mappe.html", "--overskriv"], "«mappe.html» er en mappe."),
        (["--overskriv"], "--overskriv brukes bare sammen med --fil STI."),
    ],
)
def test_bad_paths_give_a_norwegian_error_and_exit_2(here: Path, args: list[str], message: str) -> None:
    (here / "fil.txt").write_text("x", encoding="utf-8")
    (here / "mappe.html").mkdir()
    before = sorted(p.name for p in here.iterdir())
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert words(result.stderr).startswith(f"Feil: {message}")
    assert "Traceback" not in result.output
    assert sorted(p.name for p in here.iterdir()) == before


def test_unwritable_path_gives_a_norwegian_error(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root may write anywhere, so the refusal is simulated where the file is created.
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = run("--fil", "sjekkliste.txt")
    assert result.exit_code == 2
    assert result.stderr == "Feil: Du har ikke tilgang til å skrive i mappen du står i.\n"
    assert "Permission" not in result.output


# --- width under any text -------------------------------------------------------------------

_text = st.text(
    st.characters(codec="utf-8", categories=("L", "N", "P", "Zs"), exclude_characters="`"), max_size=300
)


@given(intro=_text, item=_text, title=_text, source=_text)
def test_print_text_never_passes_72_characters(intro: str, item: str, title: str, source: str) -> None:
    groups = (
        Group("Før timen", Style.TICK, intro, (Item(item, title),), (intro,)),
        Group("Mine egne spørsmål", Style.WRITE_IN),
        Group("Spørsmål legen kan stille deg", Style.ANSWER, intro, (Item(item),) * 12),
    )
    text = checklist.print_text(Checklist("Forberedelser til legetimen", (intro,), groups, source), PRINT_DAY)
    for line in text.splitlines():
        assert len(line) <= 72
        assert line == line.rstrip()
