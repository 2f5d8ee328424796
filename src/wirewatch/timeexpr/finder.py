"""Find and resolve date expressions in a stretch of text."""

from __future__ import annotations

import datetime as dt
import re

from wirewatch.records import TimeExpression
from wirewatch.timeexpr import calendar as cal
from wirewatch.timeexpr.rules import RULES, MatchContext, Resolved
from wirewatch.timeexpr.tense import is_future
from wirewatch.timeexpr.text import fold

SUPPORTED_LANGS = ("en", "fr", "ar")

# A date after these words is a deadline or a limit, not when something happened.
_UNTIL = re.compile(
    r"(?:until|till|through|by|jusqu'au|jusqu'à|jusqu'a|jusqu'en|d'ici|d'ici au|d'ici à|"
    r"avant le|before|حتي|لغايه|الي غايه|بحلول|extended to|prorogé au|valid until)\s*$"
)


_SINCE = re.compile(r"(?:since|depuis|منذ|ever since|dès)\s*$")


def _in_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation (« », “ ”, or straight double quotes) of
    its paragraph: dates in quoted speech are relative to the speech, not the report."""
    para_start = text.rfind("\n\n", 0, pos) + 1
    window = text[max(para_start, pos - 600):pos]
    opened = max(window.rfind("«"), window.rfind("“"))
    closed = max(window.rfind("»"), window.rfind("”"))
    if opened > closed:
        return True
    return window.count('"') % 2 == 1


def _candidates(ctx: MatchContext, start: int, end: int) -> list[tuple[int, int, int, str, Resolved]]:
    found = []
    for order, rule in enumerate(RULES[ctx.lang]):
        for m in rule.pattern.finditer(ctx.folded, start, end):
            if m.end() == m.start():
                continue
            try:
                resolved = rule.resolve(m, ctx)
            except (OverflowError, ValueError):
                resolved = Resolved(None, None)  # arithmetic beyond the calendar: no date
            if resolved is None:
                continue
            found.append((m.start(), m.end(), order, rule.name, resolved))
    return found


def _select(found: list[tuple[int, int, int, str, Resolved]]) -> list[tuple[int, int, int, str, Resolved]]:
    """Longest non-overlapping matches, earlier rules first on equal length."""
    chosen: list[tuple[int, int, int, str, Resolved]] = []
    for item in sorted(found, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if all(item[1] <= c[0] or item[0] >= c[1] for c in chosen):
            chosen.append(item)
    return sorted(chosen, key=lambda c: c[0])


def find_time_expressions(
    text: str,
    lang: str,
    anchor: dt.date | None,
    start: int = 0,
    end: int | None = None,
) -> list[TimeExpression]:
    """Date expressions in ``text[start:end]`` (language ``lang``), resolved against
    ``anchor`` (the publication date).  Offsets are offsets into ``text``.

    Values are ISO 8601 ("YYYY-MM-DD", "YYYY-MM", "YYYY") with their precision; a value
    is None when nothing fixes the date (a weekday without anchor, 31 February).
    Languages other than en/fr/ar yield no expressions.
    """
    if not isinstance(text, str) or lang not in SUPPORTED_LANGS:
        return []
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    if anchor is not None and not (cal.MIN_YEAR <= anchor.year <= cal.MAX_ANCHOR_YEAR):
        anchor = None  # not a publication date of the news era: resolve nothing against it
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    folded = fold(text)

    def future(s: int, e: int) -> bool:
        return is_future(folded, text, s, e, lang)

    ctx = MatchContext(text, folded, lang, anchor, future)
    out: list[TimeExpression] = []
    ref_day: dt.date | None = None
    for s, e, _order, name, res in _select(_candidates(ctx, start, end)):
        value, precision, end_value = res.value, res.precision, res.end_value
        if res.ref_shift is not None:
            base = ref_day or anchor
            if base is not None:
                try:
                    value, precision = (base + dt.timedelta(days=res.ref_shift)).isoformat(), "day"
                except OverflowError:
                    value = precision = None
        if not (cal.in_range(value, anchor) and cal.in_range(end_value, anchor)):
            value = precision = end_value = None
            name += "+out-of-range"
        if value is None:
            precision = end_value = None
        rule = name
        if _UNTIL.search(folded[max(0, s - 20):s]):
            rule += "+until"
        if _SINCE.search(folded[max(0, s - 12):s]):
            rule += "+since"
        if _in_quotes(text, s):
            rule += "+quoted"
        out.append(TimeExpression(s, e, text[s:e], value, precision, lang, rule, end_value))
        if precision == "day" and value and "+until" not in rule:
            ref_day = dt.date.fromisoformat(end_value or value)
    return out
