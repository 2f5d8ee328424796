"""Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as interval bounds."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

_DATE_RE = re.compile(r"^\s*([+-]?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_bound(value: object, *, end: bool = False) -> date | None:
    """The first (or with ``end`` the last) day a partial date can mean; None if unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE_RE.match(str(value))
    if not match:
        return None
    year = int(match.group(1))
    if not 1 <= year <= 9999:
        return None
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if month is None or month == 0:
            return date(year, 12, 31) if end else date(year, 1, 1)
        if day is None or day == 0:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, last) if end else date(year, month, 1)
        return date(year, month, day)
    except ValueError:
        return None


def as_date(value: date | str | None) -> date | None:
    """A date from a date, an ISO string (date or datetime) or None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_bound(value)
