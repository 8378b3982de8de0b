"""Handouts: any page as a file (`--fil`) in any format, print-ready HTML, and the pocket card."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import NO_PRINTER, flat, invoke, print_to_pdf
from rusinfo import handouts
from rusinfo.content import (
    FIRST_AID_LIST,
    OVERDOSE_SIGNS_LIST,
    Content,
    load,
    plain,
    source_line,
)
from rusinfo.export import text

PAGES: list[tuple[list[str], str]] = [
    (["vis", "symptomer"], "Symptomer og tegn"),
    (["vis", "alle"], "Narkotikaavhengighet"),
    (["stoff", "heroin"], "Opioider (narkotiske smertestillende)"),
    (["akutt"], "Akutt: førstehjelp ved overdose og hvem du kan ringe"),
    (["kilder"], "Kilder"),
    (["time"], "Forberedelser til legetimen"),
]


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.usefixtures("here")
@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
@pytest.mark.parametrize(("args", "title"), PAGES, ids=[" ".join(a) for a, _ in PAGES])
def test_every_page_can_be_saved_in_every_format(args: list[str], title: str, fmt: str) -> None:
    result = invoke(*args, "--fil", f"side.{fmt}")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.endswith("er lagret i side." + fmt + ".\n")
    saved = Path(f"side.{fmt}").read_text(encoding="utf-8")
    words = flat(saved).replace("`", "").replace("\\", "")
    assert title in words.replace("&amp;", "&")
    assert "ring 113" in words
    assert "Ikke en erstatning for helsehjelp." in words


@pytest.mark.usefixtures("here")
@pytest.mark.parametrize(("args", "title"), PAGES, ids=[" ".join(a) for a, _ in PAGES])
def test_fil_dash_is_the_print_text_on_stdout(args: list[str], title: str) -> None:
    result = invoke(*args, "--fil", "-")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == title
    assert max(len(line) for line in result.stdout.splitlines()) <= text.WIDTH
    assert list(Path().iterdir()) == []


@pytest.mark.usefixtures("here")
def test_an_existing_file_needs_overskriv_as_for_the_checklist() -> None:
    Path("side.md").write_text("mine notater\n", encoding="utf-8")
    refused = invoke("vis", "lege", "--fil", "side.md")
    assert refused.exit_code == 2
    assert "finnes allerede" in refused.stderr
    assert Path("side.md").read_text(encoding="utf-8") == "mine notater\n"
    assert invoke("vis", "lege", "--fil", "side.md", "--overskriv").exit_code == 0
    assert Path("side.md").read_text(encoding="utf-8").startswith("# Når bør du oppsøke lege?")


@pytest.mark.usefixtures("here")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["vis", "--fil", "a.html"], "--fil lagrer én side: velg en seksjon eller «alle»."),
        (["stoff", "--fil", "a.html"], "--fil lagrer én side: velg en stoffklasse eller et stoff."),
        (["kilder", "--fil", "a.md", "--json"], "--json og --fil kan ikke brukes sammen."),
        (["akutt", "--overskriv"], "--overskriv brukes bare sammen med --fil STI."),
        (["akutt", "--kort"], "--kort lager et kort for utskrift"),
        (["akutt", "--kort", "--fil", "kort.md"], "Kortet lages som en nettside for utskrift"),
        (["vis", "lege", "--fil", "side.pdf"], "Filtypen «.pdf» støttes ikke."),
    ],
)
def test_what_cannot_be_saved_is_said_and_nothing_is_written(args: list[str], message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert flat(result.stderr).startswith(f"Feil: {message}")
    assert list(Path().iterdir()) == []


def test_the_html_page_is_standalone_and_the_article_has_contents(here: Path) -> None:
    assert invoke("vis", "alle", "--fil", "alle.html").exit_code == 0
    page = (here / "alle.html").read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="nb">')
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert not re.search(r"(src|href)=\"(?!#)", page), "nothing loaded, links only within the page"
    assert "@import" not in page
    assert "url(" not in page
    targets = re.findall(r'<a href="#(del-\d+)">', page)
    assert len(targets) == len(load().sections)
    for target in targets:
        assert f'<h2 id="{target}">' in page
    assert '@bottom-left { content: "Akutt fare: ring 113.' in page


def test_the_card_is_written_from_the_emergency_page(here: Path) -> None:
    content = load()
    assert invoke("akutt", "--kort", "--fil", "kort.html").exit_code == 0
    card = flat((here / "kort.html").read_text(encoding="utf-8"))
    on_screen = flat(invoke("akutt").stdout)
    for item in content.bullet_list(FIRST_AID_LIST).items:
        assert item.title in card
        assert item.title in on_screen
    for item in content.bullet_list(OVERDOSE_SIGNS_LIST).items:
        assert plain(item.text)[1:] in card
        assert plain(item.text) in on_screen
    for line_id in content.texts.card_numbers:
        line = content.help_line(line_id)
        assert f"<dt>{line.number}</dt><dd>{line.name}</dd>" in card
    assert "100 %" in card


def test_the_card_help_says_how_to_print_it() -> None:
    help_text = flat(invoke("akutt", "-h").stdout)
    assert "--kort" in help_text
    assert "100 % størrelse" in help_text


def test_every_document_ends_with_who_and_when(here: Path) -> None:
    content: Content = load()
    for document in (
        handouts.section(content, content.sections[0]),
        handouts.article(content),
        handouts.substance(content, content.substances[0]),
        handouts.emergency(content),
        handouts.sources(content),
    ):
        assert document.source == source_line(content)
        assert document.emergency == content.texts.footer_emergency


# --- on paper: headless Chromium prints, pdfinfo counts -------------------------------------


def _longest_sections(count: int) -> list[str]:
    """The sections with the most text: if they fit, the shorter ones do too."""
    content = load()
    sizes = sorted(
        content.sections, key=lambda s: len(text.write(handouts.section(content, s), content.about.checked))
    )
    return [s.id for s in sizes[-count:]]


pytestmark_print = pytest.mark.skipif(
    NO_PRINTER, reason="needs Chromium and poppler-utils (apt-get install chromium poppler-utils)"
)


@pytestmark_print
@pytest.mark.parametrize("section", _longest_sections(3))
def test_a_section_prints_on_at_most_three_a4_pages_with_113_on_each(here: Path, section: str) -> None:
    assert invoke("vis", section, "--fil", "side.html").exit_code == 0
    printed = print_to_pdf(here / "side.html")
    assert 1 <= printed.pages <= 3
    assert printed.size.endswith("(A4)"), printed.size
    for page in printed.texts:
        assert "Akutt fare: ring 113." in page


@pytestmark_print
@pytest.mark.parametrize("args", [["vis", "alle"], ["akutt"], ["kilder"]], ids=["alle", "akutt", "kilder"])
def test_long_pages_print_with_113_on_every_page(here: Path, args: list[str]) -> None:
    assert invoke(*args, "--fil", "side.html").exit_code == 0
    printed = print_to_pdf(here / "side.html")
    assert printed.size.endswith("(A4)"), printed.size
    for page in printed.texts:
        assert "Akutt fare: ring 113." in page
    if args == ["vis", "alle"]:
        assert printed.pages > 3
        assert "Innhold" in printed.texts[0]


@pytestmark_print
def test_the_card_prints_on_exactly_two_bank_card_pages(here: Path) -> None:
    assert invoke("akutt", "--kort", "--fil", "kort.html").exit_code == 0
    printed = print_to_pdf(here / "kort.html")
    assert printed.pages == 2, "front and back: a third page means the text does not fit"
    width, height = (float(n) for n in re.findall(r"[\d.]+", printed.size)[:2])
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (85, 54)
    front, back = (flat(page) for page in printed.texts)
    assert "Ring 113" in front
    assert "22 59 13 00" in back
    assert "100 %" not in front + back, "the printing advice is on screen only"
