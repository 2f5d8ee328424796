"""Hand-built documents so that the events tests do not depend on earlier stages."""

from __future__ import annotations

import re

from wirewatch.events import modality
from wirewatch.events.textnorm import fold
from wirewatch.records import Article, Document, Mention, Segment, Sentence


def make_doc(text: str, lang: str, pub_date: str = "2024-03-12",
             mentions: list[tuple[str, str, str | None, str | None]] | None = None,
             article_id: str = "test-1") -> Document:
    """A document with one segment, naive sentences, and mentions given as
    (surface, type, country, actor_id); each surface is found at its first free occurrence."""
    doc = Document(Article(id=article_id, text=text, lang=lang, pub_date=pub_date, source="Test Wire"))
    doc.segments = [Segment(0, len(text), lang)]
    start = 0
    for i, m in enumerate(re.finditer(r"[^.!?؟]+[.!?؟]?", text)):
        s = m.start() + (len(m.group()) - len(m.group().lstrip()))
        if m.group().strip():
            doc.sentences.append(Sentence(len(doc.sentences), s, m.end(), lang))
        del i
    taken: list[tuple[int, int]] = []
    for surface, kind, country, actor_id in mentions or []:
        pos = text.find(surface, start if False else 0)
        while pos >= 0 and any(a <= pos < b for a, b in taken):
            pos = text.find(surface, pos + 1)
        assert pos >= 0, f"{surface!r} not in text"
        taken.append((pos, pos + len(surface)))
        sentence = doc.sentence_at(pos)
        doc.mentions.append(Mention(
            start=pos, end=pos + len(surface), text=surface, type=kind, lang=lang,
            sentence=sentence.index if sentence else None, actor_id=actor_id,
            actor_name=actor_id.replace("_", " ") if actor_id else None, country=country,
            sector="GOV" if kind in ("GPE", "PER") else None,
        ))
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def detect_modality(lexicons, text: str, trigger: str, lang: str, *, learned: bool = False) -> modality.Modality:
    """Negation and aux of the first occurrence of ``trigger`` in a one-sentence ``text``
    (``learned``: a trigger placed by the sentence classifier, not by a lexicon pattern)."""
    folded = fold(text)
    start = folded.index(fold(trigger))
    end = start + len(fold(trigger))
    return modality.detect(folded, 0, len(folded), start, end, text[start:end], None, lexicons[lang],
                           learned=learned)


def events_of(stage, doc: Document, event_type: str | None = None) -> list:
    """The events the stage codes in ``doc``, of one type when ``event_type`` is given."""
    return [e for e in stage([doc])[0].events if event_type is None or e.event_type == event_type]


def codes(refs) -> list[str | None]:
    return [r.code for r in refs]


def code_text(stage, text: str, lang: str, parties, pub_date: str = "2024-05-10") -> list[tuple[str, bool]]:
    """(type, negated) of the events coded in ``text``, with the ``parties`` it names as mentions."""
    doc = make_doc(text, lang, pub_date, [p for p in parties if p[0] in text])
    return [(e.event_type, e.negated) for e in stage([doc])[0].events]
