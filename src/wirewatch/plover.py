"""The one mapping between wirewatch records and PLOVER JSON field names.

PLOVER (Open Event Data Alliance, manual draft 2.0) names an event's fields ``id``,
``date``, ``actor``, ``recipient``, ``event``, ``mode``, ``context``, ``event_loc``,
``text_info`` and ``cite_info``; actors and recipients are entity objects with ``code``,
``sector``, ``entity_text``, ``identifier_id`` and ``identifier_text``.  wirewatch adds
``article_id``, ``negated``, ``aux``, ``date_precision``, ``attribution``, ``confidence``,
``quad_class`` and ``rule``.  docs/output-format.md documents every field.
"""

from __future__ import annotations

from typing import Any

from wirewatch.records import QUAD_CLASS, Article, EntityRef, Event, Evidence, Place

PLOVER_VERSION = "2.0"


def _entity(ref: EntityRef) -> dict[str, Any]:
    return {
        "code": ref.code,
        "sector": ref.sector,
        "entity_text": ref.entity_text,
        "identifier_id": ref.identifier_id,
        "identifier_text": ref.identifier_text,
        "actor_id": ref.actor_id,
        "start": ref.start,
        "end": ref.end,
    }


def _place(place: Place | None, text: str | None) -> dict[str, Any] | None:
    if place is None and not text:
        return None
    return {
        "name": place.name if place else None,
        "geonames_id": place.geonames_id if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "country": place.country if place else None,
        "adm1": place.adm1 if place else None,
        "feature": place.feature if place else None,
        "text": text,
    }


def _evidence(ev: Evidence) -> dict[str, Any]:
    return {"text": ev.text, "sentence": ev.sentence, "start": ev.start, "end": ev.end,
            "lang": ev.lang, "article_id": ev.article_id, "source": ev.source}


def event_to_plover(event: Event, article: Article | None = None) -> dict[str, Any]:
    """The PLOVER-style JSON object of ``event`` (``article`` fills ``cite_info``)."""
    cite: dict[str, Any] = {"article_id": event.article_id, "url": None, "source": None,
                            "pub_date": None, "title": None}
    if article is not None:
        cite.update(url=article.url, source=article.source, pub_date=article.pub_date,
                    title=article.title)
    elif event.evidence:
        cite["source"] = event.evidence[0].source
    return {
        "id": event.id,
        "date": event.date,
        "date_precision": event.date_precision,
        "event": event.event_type,
        "mode": event.mode,
        "context": list(event.context),
        "quad_class": QUAD_CLASS.get(event.event_type),
        "actor": [_entity(r) for r in event.actor],
        "recipient": [_entity(r) for r in event.recipient],
        "event_loc": _place(event.location, event.location_text),
        "negated": event.negated,
        "aux": event.aux,
        "attribution": event.attribution,
        "text_info": [_evidence(ev) for ev in event.evidence],
        "cite_info": cite,
        "article_id": event.article_id,
        "confidence": event.confidence,
        "rule": event.rule,
        "canonical_id": event.canonical_id,
        "plover_version": PLOVER_VERSION,
    }


def _ref_from(data: dict[str, Any]) -> EntityRef:
    return EntityRef(
        entity_text=data.get("entity_text") or "", code=data.get("code"), sector=data.get("sector"),
        identifier_id=data.get("identifier_id"), identifier_text=data.get("identifier_text"),
        actor_id=data.get("actor_id"), start=data.get("start"), end=data.get("end"),
    )


def plover_to_event(data: dict[str, Any]) -> Event:
    """The :class:`Event` of a PLOVER object written by :func:`event_to_plover`."""
    if not isinstance(data, dict):
        raise ValueError(f"PLOVER event must be a JSON object, got {type(data).__name__}")
    missing = [k for k in ("id", "event") if not data.get(k)]
    if missing:
        raise ValueError(f"PLOVER event {data.get('id')!r} lacks {', '.join(missing)}")
    loc = data.get("event_loc") or None
    place = None
    if loc and loc.get("name"):
        place = Place(name=loc["name"], geonames_id=loc.get("geonames_id"), lat=loc.get("lat"),
                      lon=loc.get("lon"), country=loc.get("country"), adm1=loc.get("adm1"),
                      feature=loc.get("feature"))
    cite = data.get("cite_info") or {}
    article_id = data.get("article_id") or cite.get("article_id") or ""
    evidence = [
        Evidence(article_id=ev.get("article_id") or article_id, sentence=ev.get("sentence"),
                 start=ev.get("start", 0), end=ev.get("end", 0), text=ev.get("text") or "",
                 lang=ev.get("lang"), source=ev.get("source"))
        for ev in data.get("text_info") or []
    ]
    return Event(
        id=data["id"], article_id=article_id, event_type=data["event"], mode=data.get("mode"),
        context=list(data.get("context") or []),
        actor=[_ref_from(a) for a in data.get("actor") or []],
        recipient=[_ref_from(r) for r in data.get("recipient") or []],
        date=data.get("date"), date_precision=data.get("date_precision"),
        location=place, location_text=(loc or {}).get("text"),
        negated=bool(data.get("negated")), aux=data.get("aux"),
        attribution=data.get("attribution"), evidence=evidence, rule=data.get("rule"),
        confidence=float(data.get("confidence", 0.5)), canonical_id=data.get("canonical_id"),
    )
