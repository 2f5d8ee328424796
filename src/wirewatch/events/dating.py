"""Event dates for the coder: the time-expression package resolves them; this module adds
what only the coder needs (how far back a date lies, for the historical mode)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from wirewatch.records import Document
from wirewatch.timeexpr import event_date as _timeexpr_event_date

DateResolver = Callable[[Document, int, int, "str | None"], "tuple[str | None, str | None]"]

# A relative clause set off by commas inside the evidence span tells an event of its own: its
# date is not this event's ("Morocco, which cut ties with Iran in 2018, received an envoy on Monday").
_INSERTED_CLAUSE = re.compile(
    r"[,،]\s*(?:which|who|whose|qui|dont|lequel|laquelle|lesquels|lesquelles|الذي|التي|الذين|اللذان|اللتان)"
    r"\s[^,،;:]*[,،]", re.IGNORECASE)

_CLAUSE_MARK = re.compile(r"[,;:،؛]")

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

    ``clause`` is (sentence start, end of the trigger's clause): a background event takes the
    date said in the rest of its clause ("who last met in Beijing in October 2023, spoke on
    Tuesday" is dated October 2023, not Tuesday).
    """
    if aux == "historical" and clause is not None and clause[1] > end:
        mark = _CLAUSE_MARK.search(doc.text or "", end, clause[1])
        end = mark.start() if mark else clause[1]
    resolve = _stage_event_date or _timeexpr_event_date
    inserted = list(_INSERTED_CLAUSE.finditer(doc.text or "", start, end))
    if inserted and inserted[-1].end() < end:
        start = inserted[-1].end()
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
