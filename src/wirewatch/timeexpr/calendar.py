"""Date arithmetic on partial dates: build, shift and place them relative to an anchor."""

from __future__ import annotations

import datetime as dt

MIN_YEAR = 1900
NEAR_FUTURE_DAYS = 7
MAX_YEARS_AHEAD = 10
MAX_ANCHOR_YEAR = 2999  # a resolved date later than anchor + this many years is rejected


def day_value(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def month_value(year: int, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None


def year_value(year: int) -> str:
    return f"{year:04d}"


def in_range(value: str | None, anchor: dt.date | None) -> bool:
    """Whether the year of ``value`` is plausible for news (1900 .. anchor + 10 years)."""
    if value is None:
        return True
    year = int(value[:4])
    reference = anchor or dt.date.today()
    return MIN_YEAR <= year <= reference.year + MAX_YEARS_AHEAD


def year_for_day(month: int, day: int, anchor: dt.date, future: bool) -> int | None:
    """The year of a day-month without year: the latest occurrence up to a week after the
    anchor (a report rarely narrates a past event on a date just after it was published),
    or the next one on or after the anchor when the sentence is future."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if future:
        later = [d for d in candidates if d >= anchor]
        return min(later).year if later else None
    earlier = [d for d in candidates if d <= anchor + dt.timedelta(days=NEAR_FUTURE_DAYS)]
    return max(earlier).year if earlier else None


def year_for_month(month: int, anchor: dt.date, future: bool) -> int:
    """The year of a month without year: latest on or before the anchor's month, or the
    next one on or after it when the sentence is future."""
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def weekday_date(anchor: dt.date, weekday: int, direction: str) -> dt.date:
    """The date of ``weekday`` (0 = Monday) relative to the anchor.

    direction: "past" (on or before), "last" (strictly before), "future" (on or after),
    "next" (strictly after).
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "past":
        return anchor - dt.timedelta(days=back)
    if direction == "last":
        return anchor - dt.timedelta(days=back or 7)
    if direction == "future":
        return anchor + dt.timedelta(days=ahead)
    return anchor + dt.timedelta(days=ahead or 7)


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_value(monday: dt.date) -> tuple[str | None, str | None]:
    """A calendar week as (value, precision): the month that holds most of its days.

    A week lying across two months (or across New Year) is dated to the month of its
    Thursday, which holds four of its seven days, as ISO 8601 dates a week to the year of
    its Thursday: "last week" said on Wednesday 6 April 2022 is March 2022, not the bare
    year, and the week from Monday 30 December 2024 is January 2025."""
    thursday = monday - dt.timedelta(days=monday.weekday()) + dt.timedelta(days=3)
    return f"{thursday.year:04d}-{thursday.month:02d}", "month"
