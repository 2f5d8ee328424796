"""Writing records as JSONL, CSV or Parquet for researchers.

JSONL keeps the nested PLOVER structure; CSV and Parquet get one flat row per event (or
article, or story) with lists joined by ``;`` so the files load straight into pandas, R
or a spreadsheet.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from wirewatch.records import Article, Event, Story

FORMATS = ("jsonl", "csv", "parquet")

EVENT_COLUMNS = (
    "id", "article_id", "date", "date_precision", "event_type", "quad_class", "mode", "context",
    "actor_codes", "actor_sectors", "actor_names", "actor_ids", "actor_texts",
    "recipient_codes", "recipient_sectors", "recipient_names", "recipient_ids", "recipient_texts",
    "location", "location_country", "location_geonames_id", "location_lat", "location_lon",
    "negated", "aux", "attribution_type", "attribution_text", "confidence", "rule",
    "evidence", "evidence_lang", "sentence", "start", "end", "n_evidence", "canonical_id",
)

ARTICLE_COLUMNS = (
    "id", "title", "url", "pub_date", "pub_date_source", "lang", "source",
    "near_duplicate_of", "near_duplicate_score", "chars",
)

STORY_COLUMNS = ("id", "title", "titles", "n_articles", "n_events", "article_ids", "event_ids",
                 "actors", "places", "first_date", "last_date")


def _join(values: Iterable[Any]) -> str:
    return ";".join("" if v is None else str(v) for v in values)


def event_row(event: Event) -> dict[str, Any]:
    from wirewatch.records import QUAD_CLASS

    first = event.evidence[0] if event.evidence else None
    attribution = event.attribution or {}
    place = event.location
    row: dict[str, Any] = {
        "id": event.id,
        "article_id": event.article_id,
        "date": event.date,
        "date_precision": event.date_precision,
        "event_type": event.event_type,
        "quad_class": QUAD_CLASS.get(event.event_type),
        "mode": event.mode,
        "context": _join(event.context),
        "location": place.name if place else event.location_text,
        "location_country": place.country if place else None,
        "location_geonames_id": place.geonames_id if place else None,
        "location_lat": place.lat if place else None,
        "location_lon": place.lon if place else None,
        "negated": bool(event.negated),
        "aux": event.aux,
        "attribution_type": attribution.get("type"),
        "attribution_text": attribution.get("text"),
        "confidence": event.confidence,
        "rule": event.rule,
        "evidence": first.text if first else None,
        "evidence_lang": first.lang if first else None,
        "sentence": first.sentence if first else None,
        "start": first.start if first else None,
        "end": first.end if first else None,
        "n_evidence": len(event.evidence),
        "canonical_id": event.canonical_id,
    }
    for role in ("actor", "recipient"):
        refs = getattr(event, role)
        row[f"{role}_codes"] = _join(r.code for r in refs)
        row[f"{role}_sectors"] = _join(r.sector for r in refs)
        row[f"{role}_names"] = _join(r.identifier_text for r in refs)
        row[f"{role}_ids"] = _join(r.identifier_id for r in refs)
        row[f"{role}_texts"] = _join(r.entity_text for r in refs)
    return {column: row.get(column) for column in EVENT_COLUMNS}


def article_row(article: Article) -> dict[str, Any]:
    data = article.to_dict()
    data["chars"] = len(article.text)
    return {column: data.get(column) for column in ARTICLE_COLUMNS}


def story_row(story: Story) -> dict[str, Any]:
    title = next(iter(story.titles.values()), None) if story.titles else None
    return {
        "id": story.id,
        "title": title,
        "titles": json.dumps(story.titles, ensure_ascii=False),
        "n_articles": len(story.article_ids),
        "n_events": len(story.event_ids),
        "article_ids": _join(story.article_ids),
        "event_ids": _join(story.event_ids),
        "actors": _join(story.actors),
        "places": _join(story.places),
        "first_date": story.first_date,
        "last_date": story.last_date,
    }


def write_jsonl(records: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    n = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], stream: IO[str]) -> int:
    writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def write_parquet(rows: Iterable[dict[str, Any]], columns: Sequence[str], path: str | Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    materialised = list(rows)
    table = pa.Table.from_pylist(
        [{c: row.get(c) for c in columns} for row in materialised]
    ) if materialised else pa.table({c: pa.array([], pa.string()) for c in columns})
    pq.write_table(table, str(path))
    return len(materialised)
