"""Event dates for the coder: the time-expression package resolves them; this module adds
what only the coder needs (how far back a date lies, for the historical mode)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from wirewatch.records import Document
from wirewatch.timeexpr import event_date as _timeexpr_event_date

DateResolver = Callable[[Document, int, int, "str | None"], "tuple[str | None, str | None]"]

# A replacement resolver (tests); None means ``wirewatch.timeexpr.event_date``.
_stage_event_date: DateResolver | None = None


def _pub(doc: Document) -> date | None:
    value = (doc.article.pub_date or "")[:10]
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def event_date(doc: Document, start: int, end: int, aux: str | None,
               clause: tuple[int, int] | None = None) -> tuple[str | None, str | None]:
    """(date, precision) of the event whose evidence is [start, end).

    ``clause`` is accepted for callers that pass it; the resolver finds the sentence itself.
    """
    del clause
    resolve = _stage_event_date or _timeexpr_event_date
    try:
        return resolve(doc, start, end, aux)
    except Exception as exc:  # a failing helper must not lose the event
        doc.errors.append(f"events: date of [{start}, {end}) not resolved: {exc}")
        return None, None


def days_before_pub(doc: Document, value: str | None) -> int | None:
    """How many days ``value`` lies before the publication date (None when unknown).

    A month or a year counts from its middle: "last year" in January is background, not
    an event of a few days ago; "last month" is recent.
    """
    pub = _pub(doc)
    if pub is None or not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 7
        day = int(parts[2]) if len(parts) > 2 else (15 if len(parts) > 1 else 1)
        when = date(year, month, day)
    except ValueError:
        return None
    return (pub - when).days
