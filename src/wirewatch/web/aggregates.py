"""What a timeline chart and an actor-network view need, computed from a list of events."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from wirewatch.records import QUAD_CLASS, EntityRef, Event

INTERVALS = {"day": 10, "month": 7, "year": 4}


def timeline(events: Iterable[Event], interval: str = "month") -> dict[str, Any]:
    """Event counts per period, by event type and by quad class.

    An event whose date is coarser than the interval (a month-precise date in a daily
    timeline) or missing is counted under ``imprecise`` / ``undated`` instead of a period.
    """
    width = INTERVALS[interval]
    buckets: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: {"type": Counter(), "quad": Counter()})
    undated = imprecise = 0
    for event in events:
        if not event.date:
            undated += 1
            continue
        if len(event.date) < width:
            imprecise += 1
            continue
        bucket = buckets[event.date[:width]]
        bucket["type"][event.event_type] += 1
        bucket["quad"][str(QUAD_CLASS.get(event.event_type, 0))] += 1
    periods = [
        {"period": period, "total": sum(counts["type"].values()),
         "by_type": dict(sorted(counts["type"].items())),
         "by_quad": dict(sorted(counts["quad"].items()))}
        for period, counts in sorted(buckets.items())
    ]
    return {"interval": interval, "periods": periods, "undated": undated, "imprecise": imprecise,
            "total": sum(p["total"] for p in periods) + undated + imprecise}


def node_key(ref: EntityRef) -> str:
    """The identity of a participant in the network: its KB or Wikidata id, else code and text."""
    return ref.identifier_id or ref.actor_id or f"{ref.code or '?'}:{ref.entity_text.casefold()}"


def network(events: Iterable[Event], limit: int | None = None) -> dict[str, Any]:
    """Actor→recipient edges (count and event types) and the nodes they join.

    Every actor of an event is linked to every recipient of it.  With ``limit`` only the
    heaviest edges are kept (ties by key), and only the nodes they use.
    """
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = {}

    def node(ref: EntityRef, role: str) -> str:
        key = node_key(ref)
        entry = nodes.setdefault(key, {
            "id": key, "name": ref.identifier_text or ref.entity_text, "code": ref.code,
            "sector": ref.sector, "texts": [], "as_actor": 0, "as_recipient": 0,
        })
        entry[f"as_{role}"] += 1
        if ref.entity_text and ref.entity_text not in entry["texts"] and len(entry["texts"]) < 8:
            entry["texts"].append(ref.entity_text)
        return key

    for event in events:
        sources = list(dict.fromkeys(node(ref, "actor") for ref in event.actor))
        targets = list(dict.fromkeys(node(ref, "recipient") for ref in event.recipient))
        for source in sources:
            for target in targets:
                if source == target:
                    continue
                edge = edges.setdefault((source, target), {
                    "source": source, "target": target, "count": 0, "types": Counter(), "event_ids": [],
                })
                edge["count"] += 1
                edge["types"][event.event_type] += 1
                if len(edge["event_ids"]) < 50:
                    edge["event_ids"].append(event.id)
    ranked = sorted(edges.values(), key=lambda e: (-e["count"], e["source"], e["target"]))
    if limit is not None:
        ranked = ranked[:limit]
        used = {e["source"] for e in ranked} | {e["target"] for e in ranked}
        kept_nodes = [n for k, n in nodes.items() if k in used]
    else:
        kept_nodes = list(nodes.values())
    for edge in ranked:
        edge["types"] = dict(sorted(edge["types"].items()))
        edge["quad_classes"] = sorted({QUAD_CLASS.get(t, 0) for t in edge["types"]})
    kept_nodes.sort(key=lambda n: (-(n["as_actor"] + n["as_recipient"]), n["id"]))
    return {"nodes": kept_nodes, "edges": ranked}
