"""Event dates: the time-expression stage when present, else a small resolver.

The small resolver covers what news items use most (weekday names, yesterday/today,
"11 March 2024", "March 2023", "in 1976", "début février") in en, fr and ar, anchored on
the publication date.  It is used only when ``wirewatch.timeexpr`` is not installed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from wirewatch.events.textnorm import fold
from wirewatch.records import Document

try:  # the time-expression stage, when present, owns date resolution
    from wirewatch.timeexpr import event_date as _stage_event_date  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on which packages are installed
    _stage_event_date = None

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}
_MONTHS = {
    **{m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                        "august", "september", "october", "november", "december"])},
    **{m: i + 1 for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                        "août", "septembre", "octobre", "novembre", "décembre"])},
    **{m: i + 1 for i, m in enumerate(["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو",
                                        "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"])},
    "يناير": 1, "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(rf"(?<!\w)(\d{{1,2}})(?:er)?\s+({_MONTH_ALT})(?:\s+(\d{{4}}))?(?!\w)")
_MONTH_DAY_YEAR = re.compile(rf"(?<!\w)({_MONTH_ALT})\s+(\d{{1,2}})(?:,\s*(\d{{4}}))?(?!\w)")
_MONTH_YEAR = re.compile(rf"(?<!\w)({_MONTH_ALT})(?:\s+(?:de\s+|of\s+)?(\d{{4}}))?(?!\w)")
_YEAR = re.compile(r"(?<![\w/-])(19\d\d|20\d\d)(?![\w/-])")
_WEEKDAY = re.compile(r"(?<!\w)(?:ال)?(" + "|".join(_WEEKDAYS) + r")(?!\w)")
_YESTERDAY = re.compile(r"(?<!\w)(?:yesterday|hier|امس)(?!\w)")
_TODAY = re.compile(r"(?<!\w)(?:today|aujourd'hui|اليوم)(?!\w)")


def _pub(doc: Document) -> date | None:
    value = (doc.article.pub_date or "")[:10]
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _candidates(text: str, offset: int, pub: date | None, future: bool) -> list[tuple[int, str, str]]:
    """(position, value, precision) for every date expression in ``text``."""
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: str, precision: str) -> None:
        if any(s < m.end() and m.start() < e for s, e in taken):
            return
        taken.append(m.span())
        found.append((offset + m.start(), value, precision))

    for m in _DAY_MONTH_YEAR.finditer(text):
        year = int(m.group(3)) if m.group(3) else (pub.year if pub else None)
        if year:
            add(m, f"{year:04d}-{_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}", "day")
    for m in _MONTH_DAY_YEAR.finditer(text):
        year = int(m.group(3)) if m.group(3) else (pub.year if pub else None)
        if year and 1 <= int(m.group(2)) <= 31:
            add(m, f"{year:04d}-{_MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}", "day")
    for m in _MONTH_YEAR.finditer(text):
        if m.group(1) == "may" and not m.group(2):
            continue  # the English modal verb
        year = int(m.group(2)) if m.group(2) else None
        if year is None and pub:
            month = _MONTHS[m.group(1)]
            year = pub.year if month <= pub.month or future else pub.year - 1
        if year:
            add(m, f"{year:04d}-{_MONTHS[m.group(1)]:02d}", "month")
    for m in _YEAR.finditer(text):
        add(m, m.group(1), "year")
    if pub:
        for m in _WEEKDAY.finditer(text):
            delta = (pub.weekday() - _WEEKDAYS[m.group(1)]) % 7
            day = pub + timedelta(days=(7 - delta) % 7) if future else pub - timedelta(days=delta)
            add(m, day.isoformat(), "day")
        for m in _YESTERDAY.finditer(text):
            add(m, (pub - timedelta(days=1)).isoformat(), "day")
        for m in _TODAY.finditer(text):
            add(m, pub.isoformat(), "day")
    return found


def event_date(doc: Document, start: int, end: int, aux: str | None,
               clause: tuple[int, int] | None = None) -> tuple[str | None, str | None]:
    """The date of the event whose evidence is [start, end), with its precision."""
    if _stage_event_date is not None:
        try:
            return _stage_event_date(doc, start, end, aux)
        except Exception as exc:  # a failing helper must not lose the event
            doc.errors.append(f"events: date of [{start}, {end}) not resolved: {exc}")
            return None, None
    lo, hi = clause or (start, end)
    if doc.time_expressions:
        inside = [t for t in doc.time_expressions if lo <= t.start and t.end <= hi and t.value]
        if inside:
            best = min(inside, key=lambda t: abs(t.start - start))
            return best.value, best.precision
        return None, None
    found = _candidates(fold(doc.text[lo:hi]), lo, _pub(doc), aux == "future")
    if not found:
        return None, None
    _, value, precision = min(found, key=lambda c: abs(c[0] - start))
    return value, precision


def days_before_pub(doc: Document, value: str | None) -> int | None:
    """How many days ``value`` lies before the publication date (None when unknown)."""
    pub = _pub(doc)
    if pub is None or not value:
        return None
    parts = value.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 12
        d = int(parts[2]) if len(parts) > 2 else 28
        when = date(y, m, min(d, 28) if len(parts) < 3 else d)
    except ValueError:
        return None
    return (pub - when).days
