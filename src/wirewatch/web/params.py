"""Checking query parameters before they reach the store (bad input is a 4xx, never a 500)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from wirewatch.records import EVENT_TYPES
from wirewatch.web.errors import ApiError

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$")
_LANG = re.compile(r"^[A-Za-z]{2,3}$")


def check_date(name: str, value: str | None) -> str | None:
    """``value`` when it is an ISO date bound (YYYY, YYYY-MM, YYYY-MM-DD, with an optional time)."""
    if value is None or value == "":
        return None
    found = _DATE.match(value.strip())
    reason = "expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
    if not found:
        raise ApiError(422, f"{name} {value!r}: {reason}")
    year, month, day, hour, minute, second, _ = found.groups()
    try:
        if day is not None:
            date(int(year), int(month), int(day))
        elif month is not None and not 1 <= int(month) <= 12:
            raise ValueError("month out of range")
        if hour is not None:
            datetime(2000, 1, 1, int(hour), int(minute), int(second or 0))
    except ValueError as exc:
        raise ApiError(422, f"{name} {value!r}: not a calendar date ({exc})") from None
    return value.strip()


def check_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    since, until = check_date("since", since), check_date("until", until)
    if since and until:
        n = min(len(since), len(until), 10)
        if since[:n] > until[:n]:
            raise ApiError(422, f"since {since!r} is after until {until!r}")
    return since, until


def check_event_type(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    upper = value.strip().upper()
    if upper not in EVENT_TYPES:
        raise ApiError(422, f"type {value!r}: not a PLOVER event type ({', '.join(EVENT_TYPES)})")
    return upper


def check_lang(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not _LANG.match(value.strip()):
        raise ApiError(422, f"lang {value!r}: expected a two- or three-letter language code such as en, fr, ar")
    return value.strip().lower()


def check_text(name: str, value: str | None) -> str | None:
    """A free-text filter: stripped, None when blank."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def check_query(name: str, value: str | None) -> str:
    """A required, non-blank query."""
    if value is None or not value.strip():
        raise ApiError(422, f"{name}: empty query; give some words to look for")
    if len(value) > 1000:
        raise ApiError(422, f"{name}: query too long ({len(value)} characters, at most 1000)")
    return value.strip()


@dataclass(frozen=True)
class EventFilters:
    """The filters shared by /api/events, /api/events.csv, /api/timeline and /api/network."""

    actor: str | None = None
    recipient: str | None = None
    event_type: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    lang: str | None = None

    @classmethod
    def checked(cls, actor: str | None = None, recipient: str | None = None, event_type: str | None = None,
                country: str | None = None, since: str | None = None, until: str | None = None,
                lang: str | None = None) -> EventFilters:
        since, until = check_range(since, until)
        return cls(actor=check_text("actor", actor), recipient=check_text("recipient", recipient),
                   event_type=check_event_type(event_type), country=check_text("country", country),
                   since=since, until=until, lang=check_lang(lang))

    def as_kwargs(self) -> dict[str, Any]:
        return asdict(self)
