"""Writing the analysis of a batch of documents: analyses, mentions, events, participants."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wirewatch.records import Document, EntityRef, Event
from wirewatch.store import search_text
from wirewatch.store.adding import chunks, marks
from wirewatch.store.codec import dumps, now_iso, plain, record_json
from wirewatch.store.statements import StatementRunner


def save_analyses(store: StatementRunner, docs: Sequence[Document]) -> None:
    """Replace the stored analysis of each document's article (inside a transaction)."""
    latest = {doc.article.id: doc for doc in docs}  # a later document of an article wins
    ids = list(latest)
    store._run_many(
        "UPDATE articles SET lang = COALESCE(lang, ?), pub_date = COALESCE(pub_date, ?) "
        "WHERE id = ?",
        [(d.article.lang, d.article.pub_date, i) for i, d in latest.items()],
    )
    for chunk in chunks(ids):
        for table in ("events", "mentions", "analyses"):  # participants go by cascade
            store._run(f"DELETE FROM {table} WHERE article_id IN ({marks(chunk)})", chunk)
    stamp = now_iso()
    store._run_many(
        "INSERT INTO analyses (article_id, segments, sentences, time_expressions, errors, "
        "analysed_at) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                dumps([plain(s) for s in doc.segments]),
                dumps([plain(s) for s in doc.sentences]),
                dumps([plain(t) for t in doc.time_expressions]),
                dumps(list(doc.errors)),
                stamp,
            )
            for article_id, doc in latest.items()
        ],
    )
    store._run_many(
        "INSERT INTO mentions (article_id, ord, start_char, end_char, text, type, lang, "
        "actor_id, record_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (article_id, i, m.start, m.end, m.text, m.type, m.lang, m.actor_id, record_json(m))
            for article_id, doc in latest.items()
            for i, m in enumerate(doc.mentions)
        ],
    )
    events = [(article_id, i, e) for article_id, doc in latest.items()
              for i, e in enumerate(doc.events)]
    store._run_many(
        "INSERT INTO events (id, article_id, ord, event_type, mode, event_date, "
        "date_precision, negated, aux, confidence, actor_codes, actor_names, "
        "recipient_codes, recipient_names, location_country, canonical_id, record_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [event_row(article_id, i, e) for article_id, i, e in events],
    )
    store._run_many(
        "INSERT INTO events_actors (event_id, role, ord, code, sector, actor_id, "
        "identifier_id, name, entity_text, match_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            participant_row(e.id, role, j, ref)
            for _, _, e in events
            for role, refs in (("actor", e.actor), ("recipient", e.recipient))
            for j, ref in enumerate(refs)
        ],
    )


def _joined(values: list[str | None]) -> str | None:
    kept = [v for v in values if v]
    return ";".join(kept) if kept else None


def event_row(article_id: str, index: int, event: Event) -> tuple[Any, ...]:
    """The indexed columns of an event and its whole record as JSON."""
    return (
        event.id, article_id, index, event.event_type, event.mode, event.date,
        event.date_precision, int(bool(event.negated)), event.aux, float(event.confidence),
        _joined([a.code for a in event.actor]),
        _joined([a.identifier_text or a.entity_text for a in event.actor]),
        _joined([r.code for r in event.recipient]),
        _joined([r.identifier_text or r.entity_text for r in event.recipient]),
        event.location.country if event.location else None,
        event.canonical_id,
        record_json(event),
    )


def participant_row(event_id: str, role: str, index: int, ref: EntityRef) -> tuple[Any, ...]:
    names = [n for n in dict.fromkeys([ref.identifier_text, ref.entity_text]) if n]
    return (
        event_id, role, index, ref.code.upper() if ref.code else None, ref.sector,
        ref.actor_id, ref.identifier_id, ref.identifier_text or ref.entity_text,
        ref.entity_text, search_text.fold(" | ".join(names)),
    )
