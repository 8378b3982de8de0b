"""Golden screens: the pages where layout and the order of safety information matter, rendered
from the small content in tests/data/innhold, so that wording edits in the real text do not
churn them. Refresh with `python -m pytest tests/test_golden.py --update-golden` and read the
diff before committing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from helpers import FIXTURE_CONTENT, PRINT_DAY, screen
from rusinfo import checklist
from rusinfo.content import load_from
from rusinfo.render import overview, screening
from rusinfo.render import search as search_page
from rusinfo.screening import Answer, Person, score
from rusinfo.screening_text import load_screening_from
from rusinfo.search import search

CONTENT = load_from(FIXTURE_CONTENT)
TEXT = load_screening_from(FIXTURE_CONTENT, CONTENT)
CRITERIA = [item.id for item in CONTENT.bullet_list("kriterier").items]

Golden = Callable[[str, str], None]


@pytest.mark.parametrize("simple", [False, True], ids=["akutt", "akutt-enkel"])
def test_akutt(golden: Golden, simple: bool) -> None:
    page, out = screen(80, simple=simple)
    overview.emergency(page, CONTENT, PRINT_DAY)
    golden("akutt-enkel" if simple else "akutt", out.getvalue())


YES, NO, UNKNOWN = Answer.YES, Answer.NO, Answer.UNKNOWN

BANDS = {
    "tre-eller-flere": (YES, YES, YES, NO),
    "en-eller-to": (YES, NO, NO, NO),
    "ingen": (NO, NO, NO, NO),
    "kan-endre": (YES, YES, UNKNOWN, NO),
}


@pytest.mark.parametrize("person", list(Person))
@pytest.mark.parametrize("band", list(BANDS))
def test_the_self_test_result(golden: Golden, band: str, person: Person) -> None:
    page, out = screen(80)
    screening.result(page, CONTENT, TEXT, score(CRITERIA, BANDS[band]), person)
    golden(f"sjekk-{band}-{person.value}", out.getvalue())


def test_the_self_test_stop_for_acute_danger(golden: Golden) -> None:
    page, out = screen(80)
    screening.emergency(page, CONTENT, TEXT, Person.SELF)
    golden("sjekk-akutt", out.getvalue())


def test_a_search(golden: Golden) -> None:
    page, out = screen(80)
    search_page.results(page, search(CONTENT, "pust"), "pust")
    golden("sok", out.getvalue())


def test_the_printed_checklist(golden: Golden) -> None:
    golden("sjekkliste-skriv-ut", checklist.print_text(checklist.build(CONTENT), PRINT_DAY))


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_a_section_as_a_file(golden: Golden, fmt: str) -> None:
    """One section in each file format: one writer per format serves every page."""
    from pathlib import Path

    from rusinfo import handouts
    from rusinfo.export import for_path

    section = CONTENT.section("hjelp")  # a titled part, a plain and a numbered list
    golden(f"seksjon-som-{fmt}", for_path(Path(f"side.{fmt}"))(handouts.section(CONTENT, section), PRINT_DAY))
