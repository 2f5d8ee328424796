"""Publication date found in the text itself: a "published on" label, a dateline, or the
date of an embedded social-media post."""

from __future__ import annotations

import re

from wirewatch.timeexpr.finder import SUPPORTED_LANGS, find_time_expressions
from wirewatch.timeexpr.text import fold

_LABEL = re.compile(
    r"(?:published|posted|updated|last update|publié|publie|mis à jour|mise à jour|"
    r"dernière mise à jour|نشر|نشر في|تاريخ النشر|اخر تحديث|تم التحديث)\s*(?:on|le|في)?\s*:?\s*"
)
# Wire datelines: "RABAT, March 12, 2024 (MAP) -", "Paris, le 12 mars 2024 (AFP) -",
# "الرباط - 12 مارس 2024 (ومع) -"
_DATELINE_END = re.compile(r"\((?:[^()\n]{1,30})\)\s*[-–—:]|\s[-–—]\s")
# Embedded post: "— Name (@handle) March 11, 2024"
_EMBED = re.compile(r"\(@\w{1,30}\)\s*")


def _first_day(text: str, start: int, end: int, langs: tuple[str, ...]) -> str | None:
    for lang in langs:
        for te in find_time_expressions(text, lang, None, start, end):
            if te.precision == "day" and te.value:
                return te.value
    return None


def publication_date_from_text(text: str, lang: str | None) -> tuple[str | None, str | None]:
    """(ISO date, source) of the publication date stated in the text, or (None, None).

    Sources: "published-label", "dateline", "embedded-post".  Only full dates with a
    year count; nothing is inferred.
    """
    if not isinstance(text, str) or not text.strip():
        return None, None
    # embedded posts and datelines are often in another language than the article
    langs = ((lang,) if lang in SUPPORTED_LANGS else ()) + tuple(
        other for other in SUPPORTED_LANGS if other != lang)
    folded = fold(text)
    head_end = min(len(text), 400)
    for m in _LABEL.finditer(folded, 0, head_end):
        value = _first_day(text, m.end(), min(len(text), m.end() + 40), langs)
        if value:
            return value, "published-label"
    first_line_end = text.find("\n", 0, head_end)
    stop = first_line_end if first_line_end != -1 else head_end
    m = _DATELINE_END.search(folded, 0, stop)
    if m and m.start() <= 120:
        value = _first_day(text, 0, m.start() + 1, langs)
        if value:
            return value, "dateline"
    for m in _EMBED.finditer(folded):
        value = _first_day(text, m.end(), min(len(text), m.end() + 30), langs)
        if value:
            return value, "embedded-post"
    return None, None


def embedded_post_date(text: str, start: int, end: int, slack: int = 80) -> str | None:
    """The date of an embedded post whose "(@account)" lies in text[start:end + slack]."""
    if not isinstance(text, str):
        return None
    folded = fold(text)
    for m in _EMBED.finditer(folded, start, min(len(text), end + slack)):
        value = _first_day(text, m.end(), min(len(text), m.end() + 30), SUPPORTED_LANGS)
        if value:
            return value
    return None
