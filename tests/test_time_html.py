"""`rusinfo time --fil sjekkliste.html`: a standalone, accessible page that prints on two A4 pages."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import DOCTOR_LIST, NO_PRINTER, TICK_LISTS, print_to_pdf
from rusinfo import checklist
from rusinfo.cli import app
from rusinfo.content import load, plain

pytestmark = pytest.mark.usefixtures("fixed_day")


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    """The checklist saved as HTML through the command line."""
    target = tmp_path / "sjekkliste.html"
    result = CliRunner().invoke(app, ["time", "--fil", str(target)], prog_name="rusinfo")
    assert result.exit_code == 0, result.output
    return target


def words(text: str) -> str:
    return " ".join(text.split())


def count(list_id: str) -> int:
    return len(load().bullet_list(list_id).items)


class Page(HTMLParser):
    """What a reader of the page gets: language, headings, inputs and their names, references."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = ""
        self.tags: list[str] = []
        self.headings: list[tuple[str, str]] = []
        self.inputs: list[dict[str, str | None]] = []
        self.in_label = 0
        self.labelled_inputs = 0
        self.ids: dict[str, str] = {}
        self.references: list[str] = []
        self._heading: str | None = None
        self._id: str | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.lang = found.get("lang") or ""
        if tag in ("h1", "h2", "h3"):
            self._heading = tag
            self.headings.append((tag, ""))
        if tag == "label":
            self.in_label += 1
        if tag == "input":
            self.inputs.append(found)
            self.labelled_inputs += self.in_label > 0
        if tag == "span" and found.get("id"):
            self._id = found["id"]
            self.ids[self._id or ""] = ""
        self.references += [f"{k}={v}" for k, v in attrs if k in ("href", "src", "action", "srcset")]

    def handle_endtag(self, tag: str) -> None:
        if tag == self._heading:
            self._heading = None
        if tag == "label":
            self.in_label -= 1
        if tag == "span":
            self._id = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._heading:
            tag, text = self.headings[-1]
            self.headings[-1] = (tag, text + data)
        if self._id:
            self.ids[self._id] += data


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


def test_html_is_a_standalone_accessible_page(page_file: Path) -> None:
    text = page_file.read_text(encoding="utf-8")
    page = parse(text)
    assert text.startswith("<!DOCTYPE html>\n")
    assert page.lang == "nb"
    assert page.headings[0] == ("h1", load().section("time").title)
    assert [h for tag, h in page.headings if tag == "h2"] == [
        g.heading for g in checklist.build(load()).groups
    ]
    boxes = [i for i in page.inputs if i.get("type") == "checkbox"]
    lines = [i for i in page.inputs if i.get("type") == "text"]
    assert len(boxes) == sum(count(i) for i in TICK_LISTS) + checklist.OWN_QUESTION_LINES
    assert len(lines) == count(DOCTOR_LIST) + checklist.OWN_QUESTION_LINES
    named = [i for i in page.inputs if i.get("aria-label") or i.get("aria-labelledby")]
    assert page.labelled_inputs + len(named) == len(page.inputs), "every box and line has a name"
    for field in page.inputs:
        if ref := field.get("aria-labelledby"):
            assert page.ids[ref].strip()
    assert {"ul", "ol", "li", "main", "footer", "style"} <= set(page.tags)
    assert not {"script", "link", "img", "iframe"} & set(page.tags)
    assert page.references == []
    assert "http" not in text.lower()
    for external in ("@import", "url("):
        assert external not in text
    for print_rule in ("@page", "size: A4", "@media print"):
        assert print_rule in text
    body = words("".join(page.text))
    assert "Laget 26.11.2026" in body
    for item in load().bullet_list(DOCTOR_LIST).items:
        assert plain(item.text) in body
    assert "Ikke en erstatning for helsehjelp." in body


@pytest.mark.skipif(
    NO_PRINTER, reason="needs Chromium and poppler-utils (apt-get install chromium poppler-utils)"
)
def test_html_prints_on_at_most_two_a4_pages_with_113_on_each(page_file: Path) -> None:
    printed = print_to_pdf(page_file)
    assert 1 <= printed.pages <= 2
    assert printed.size.endswith("(A4)"), printed.size
    for text in printed.texts:
        assert "ring 113" in text
