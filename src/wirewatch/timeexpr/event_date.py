"""The date of a coded event from the time expressions around its evidence span."""

from __future__ import annotations

import datetime as dt
import re

from wirewatch.records import Document, TimeExpression
from wirewatch.timeexpr.anchor import document_anchor
from wirewatch.timeexpr.finder import find_time_expressions
from wirewatch.timeexpr.sentences import document_sentences, same_paragraph, sentence_index_at
from wirewatch.timeexpr.text import fold

PREVIOUS_SENTENCES = 2  # how far back a date still governs a continued narrative
RECENT_DAYS = 45  # a date inherited from an earlier sentence must be this close to the anchor

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def _expressions(doc: Document) -> list[TimeExpression]:
    if doc.time_expressions:
        return doc.time_expressions
    return find_time_expressions(doc.text, doc.article.lang or "", document_anchor(doc))


def _after_anchor(te: TimeExpression, anchor: dt.date | None) -> bool:
    """A date later than the publication date names a plan, not a reported event."""
    if anchor is None or te.value is None:
        return False
    return te.value > anchor.isoformat()[:len(te.value)]


def _recent(te: TimeExpression, anchor: dt.date | None) -> bool:
    if anchor is None or te.value is None or te.precision == "year":
        return te.precision != "year"
    start = (anchor - dt.timedelta(days=RECENT_DAYS)).isoformat()[:len(te.value)]
    return te.value >= start


# A bare year that names a thing, not the time of the event: "l'accord de 2018",
# "the 2018 agreement", "اتفاق 2018" (but "in 2018", "en 2018", "في 2018", "عام 2018").
_YEAR_MODIFIER = re.compile(r"(?:(?<![\w])(?:de|du|d'|of|the|a|an)|'s)\s*$")
_PART_OF_YEAR = re.compile(r"(?<![\w])(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|"
                           r"fin|début|milieu|courant|cours|printemps|été|automne|hiver|year|année|an)\s+(?:of|de|d')\s*$")
_ARABIC_YEAR_HEAD = re.compile(
    r"(?:^|\s)[وف]?(?:في|منذ|عام|العام|سنه|السنه|خلال|حتي|قبل|بعد|مطلع|اواخر|اوائل|نهايه|بدايه|"
    r"منتصف|حوالي)\s*$")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# The night before a morning report: "overnight", "dans la nuit", "خلال الليل".
_LAST_NIGHT = re.compile(
    r"(?<![\w])(?:overnight|during the night|in the night|dans la nuit|pendant la nuit|cette nuit|"
    r"au cours de la nuit|خلال الليل|الليله الماضيه|ليلا|طوال الليل)(?![\w])")


def _names_a_thing(doc: Document, te: TimeExpression) -> bool:
    if te.precision != "year" or not te.text.strip().isdigit():
        return False
    before = fold(doc.text[max(0, te.start - 20):te.start])
    if _ARABIC_LETTER.search(before[-8:]):
        return not _ARABIC_YEAR_HEAD.search(before)
    return bool(_YEAR_MODIFIER.search(before)) and not _PART_OF_YEAR.search(before)


def _flags(te: TimeExpression) -> str:
    return te.rule or ""


def _result(te: TimeExpression) -> tuple[str | None, str | None]:
    """A range gives the part its two ends share: 3-5 March -> 2024-03; a range over
    several years gives the year it began ("a war from 1998 to 2000" -> 1998)."""
    if te.end_value and te.end_value != te.value and te.value:
        shared = te.value
        while shared and not te.end_value.startswith(shared):
            shared = shared[:-3] if len(shared) > 4 else ""
        if not shared:
            return te.value[:4], "year"
        return shared, "month" if len(shared) == 7 else "year"
    return te.value, te.precision


def event_date(doc: Document, start: int, end: int, aux: str | None) -> tuple[str | None, str | None]:
    """(date, precision) of the event whose evidence is ``doc.text[start:end]``.

    Own expression inside the span (the most precise), else the nearest governing one in
    the same sentence, else the first one of the previous sentences of the paragraph
    when it is recent, else the publication date with precision "inferred".  Deadlines
    ("until 31 October"), dates after the publication date (plans are dated to their
    announcement) and, outside the span, quoted or "since" dates are not event dates.
    Historical events never fall back to the publication date.
    """
    anchor = document_anchor(doc)
    expressions = [te for te in _expressions(doc)
                   if te.value and "+until" not in _flags(te) and not _after_anchor(te, anchor)
                   and not _names_a_thing(doc, te)]
    own = [te for te in expressions if te.start < end and te.end > start]
    if own:
        best = min(own, key=lambda te: (_PRECISION_RANK.get(te.precision or "", 3), te.start))
        return _result(best)
    governing = [te for te in expressions
                 if "+since" not in _flags(te) and "+quoted" not in _flags(te)]
    sentences = document_sentences(doc)
    index = sentence_index_at(sentences, start)
    if index is not None:
        sentence = sentences[index]
        inside = [te for te in governing if sentence.start <= te.start < sentence.end]
        if aux != "historical":
            inside = [te for te in inside if _recent(te, anchor)] or inside
        if inside:
            best = min(inside, key=lambda te: (_PRECISION_RANK.get(te.precision or "", 3),
                                               min(abs(te.end - start), abs(te.start - end))))
            return _result(best)
        for back in range(1, PREVIOUS_SENTENCES + 1):
            if index - back < 0:
                break
            previous = sentences[index - back]
            if not same_paragraph(doc.text, previous.end, start):
                break
            inside = [te for te in governing if previous.start <= te.start < previous.end
                      and (aux == "historical" or _recent(te, anchor))]
            if inside:
                return _result(inside[0])
    if aux == "historical" or anchor is None:
        return None, None
    if index is not None and _LAST_NIGHT.search(fold(doc.text[sentences[index].start:sentences[index].end])):
        return (anchor - dt.timedelta(days=1)).isoformat(), "day"
    return anchor.isoformat(), "inferred"
