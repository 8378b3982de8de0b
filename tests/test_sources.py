"""Who stands behind the text and where it comes from: `rusinfo kilder`, the footer, and the
warning on `rusinfo akutt` when the numbers have not been checked for a year."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from helpers import flat, run
from rusinfo import dates
from rusinfo.content import load

STALE_WARNING = "Det er over et år siden"


def test_kilder_lists_every_source_with_its_address_purpose_and_date() -> None:
    code, out, _ = run("kilder")
    assert code == 0
    text = flat(out)
    for source in load().sources:
        assert flat(source.title) in text
        assert flat(source.supports) in text
        # Long addresses fold at the terminal's width; their start is always whole.
        assert source.url[:40] in out
    assert "Kontrollert 28.11.2026." in text
    assert "ikke det samme som RUSinfo" in text


def test_every_pointer_outside_the_tool_rests_on_a_source_users_and_editors_can_see() -> None:
    content = load()
    assert content.elsewhere, "stoffer.toml has names outside the tool"
    code, out, _ = run("kilder")
    assert code == 0
    claims = (Path(__file__).parent.parent / "docs" / "kilder.md").read_text(encoding="utf-8")
    sources = {s.id: s for s in content.sources}
    for entry in content.elsewhere:
        source = sources[entry.source]
        assert source.url.startswith("https://")
        assert flat(source.supports) in flat(out)
        assert f"`utenfor` {entry.id} | " in claims, entry.id
        assert entry.source in claims, entry.id


def test_kilder_json_has_valid_dates() -> None:
    code, out, _ = run("kilder", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["utgiver"] == "rusinfo-teamet"
    datetime.date.fromisoformat(data["sist_kontrollert"])
    assert len(data["kilder"]) == len(load().sources)
    for source in data["kilder"]:
        datetime.date.fromisoformat(source["kontrollert"])
        assert source["adresse"].startswith("https://")


@pytest.mark.parametrize("args", [("vis", "symptomer"), ("stoff", "ketamin"), ("akutt",), ("kilder",)])
def test_the_footer_says_who_stands_behind_the_text_and_when_it_was_checked(args: tuple[str, ...]) -> None:
    code, out, _ = run(*args)
    assert code == 0
    tail = flat(out)[-200:]
    assert (
        "Tekst: rusinfo-teamet (uavhengig av RUSinfo), sist kontrollert mot kildene 28.11.2026 "
        "(rusinfo kilder)." in tail
    )
    assert "maskinoversatt" not in tail


def _akutt_on(day: datetime.date, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(dates, "today", lambda: day)
    code, out, _ = run("akutt")
    assert code == 0
    return flat(out)


def test_akutt_says_nothing_about_old_numbers_within_a_year(monkeypatch: pytest.MonkeyPatch) -> None:
    checked = load().help_lines_checked()
    out = _akutt_on(dates.months_later(checked, 12), monkeypatch)
    assert "Numrene ble sist kontrollert" in out
    assert STALE_WARNING not in out


def test_akutt_says_the_numbers_may_have_changed_after_thirteen_months(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    checked = load().help_lines_checked()
    out = _akutt_on(dates.months_later(checked, 13), monkeypatch)
    assert f"Numrene ble sist kontrollert {dates.short(checked)}. {STALE_WARNING}" in out
    assert "helsenorge.no" in out


def test_akutt_json_says_whether_the_numbers_may_be_outdated(monkeypatch: pytest.MonkeyPatch) -> None:
    checked = load().help_lines_checked()
    for months, outdated in ((11, False), (13, True)):
        monkeypatch.setattr(dates, "today", lambda months=months: dates.months_later(checked, months))
        data = json.loads(run("akutt", "--json")[1])
        assert data["kan_vaere_utdatert"] is outdated
        assert data["kontrollert"] == checked.isoformat()
    assert data["forstehjelp"]["punkter"][0]["tittel"] == "Ring 113"
    assert data["forstehjelp"]["nummerert"] is True
    assert all(datetime.date.fromisoformat(line["kontrollert"]) for line in data["numre"])


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2026, 11, 28), 12, datetime.date(2027, 11, 28)),
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2024, 2, 29), 12, datetime.date(2025, 2, 28)),
        (datetime.date(2026, 12, 15), 13, datetime.date(2028, 1, 15)),
    ],
)
def test_months_later_keeps_the_day_or_takes_the_last_of_a_shorter_month(
    day: datetime.date, months: int, expected: datetime.date
) -> None:
    assert dates.months_later(day, months) == expected
