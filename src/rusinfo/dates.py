"""Dates the Norwegian way, and the one clock the program reads (tests replace `today`)."""

from __future__ import annotations

import datetime

MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)


def today() -> datetime.date:
    """Today's date; the only place rusinfo asks the clock, so tests can fix it."""
    return datetime.date.today()


def short(day: datetime.date) -> str:
    """26.11.2026"""
    return f"{day:%d.%m.%Y}"


def long(day: datetime.date) -> str:
    """26. november 2026"""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def months_later(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later, or the month's last day where it is shorter (31.1 → 28.2)."""
    import calendar  # only the freshness check needs it

    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def older_than(day: datetime.date, months: int, now: datetime.date) -> bool:
    """Whether more than `months` months have passed from `day` to `now`."""
    return now > months_later(day, months)
