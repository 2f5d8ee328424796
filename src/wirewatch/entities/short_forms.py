"""Short forms of a person named in full earlier in the same article.

News style names a person in full once ("Staffan de Mistura", "ستيفان دي ميستورا") and
then by surname ("de Mistura", "Mistura", "دي ميستورا"). Statistical NER often misses the
later forms, especially when they start with a lowercase particle, so they are found here
and left to the linker, which resolves a short form to the full mention before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from wirewatch.records import Document, Mention

PARTICLES = frozenset({
    "de", "da", "di", "du", "des", "del", "della", "dos", "das", "van", "von", "der", "le", "la",
    "al", "el", "bin", "ben", "ibn", "abu", "ould", "ag",
    "دي", "دا", "فون", "فان", "بن", "ابن", "أبو", "ولد",
})
MIN_SURNAME = 3


def _surname_forms(name: str) -> list[str]:
    """Forms a later mention of ``name`` may take, longest first."""
    words = name.split()
    if len(words) < 2:
        return []
    forms: list[str] = []
    last = words[-1]
    if len(words) >= 3 and words[-2].lower() in PARTICLES:
        forms.append(f"{words[-2]} {last}")
    if len(last) >= MIN_SURNAME:
        forms.append(last)
    if "-" in last:  # "al-Sisi" -> "Sisi"
        tail = last.rsplit("-", 1)[1]
        if len(tail) >= MIN_SURNAME and tail[:1].isupper():
            forms.append(tail)
    return forms


@lru_cache(maxsize=4096)
def _pattern(form: str) -> re.Pattern[str]:
    # word boundaries that also hold for Arabic script; an Arabic conjunction or
    # preposition may be attached in front (و ب ل ف), which the span leaves out
    arabic = any("\u0600" <= ch <= "\u06ff" for ch in form)
    prefix = r"(?:(?<=\s)|(?<=^)|(?<=[\"'«“(]))" + (r"(?:[وبلف])?" if arabic else "")
    return re.compile(prefix + "(" + re.escape(form) + r")(?![\w\u0600-\u06ff])")


def add_short_forms(doc: Document, mentions: list[Mention],
                    sentence_of: Callable[[int], int | None]) -> list[Mention]:
    """``mentions`` plus the later short forms of its multi-word persons, in text order."""
    persons = [m for m in mentions if m.type == "PER" and len(m.text.split()) >= 2]
    if not persons:
        return mentions
    text = doc.text
    by_span = {(m.start, m.end): m for m in mentions}
    taken = sorted(by_span)
    starts = [s for s, _ in taken]
    added: list[Mention] = []

    def free(start: int, end: int) -> bool:
        i = bisect_left(starts, end)
        return not any(s < end and start < e for s, e in taken[max(0, i - 3):i])

    for person in persons:
        for form in _surname_forms(person.text):
            for match in _pattern(form).finditer(text, person.end):
                start, end = match.span(1)
                same = by_span.get((start, end))
                if same is not None and same.type == "ORG" and same.rule == "ner":
                    same.type, same.rule = "PER", "short-form"  # NER took the surname for a body
                    continue
                if not free(start, end):
                    continue
                mention = Mention(start=start, end=end, text=text[start:end], type="PER",
                                  lang=person.lang, sentence=sentence_of(start), rule="short-form")
                added.append(mention)
                i = bisect_left(starts, start)
                starts.insert(i, start)
                taken.insert(i, (start, end))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))
