"""One event told twice in an article becomes one event with several evidence spans."""

from __future__ import annotations

from wirewatch.records import EntityRef, Event


def _keys(refs: list[EntityRef]) -> frozenset[str]:
    return frozenset(r.actor_id or r.identifier_id or r.identifier_text or f"{r.code}:{r.sector}" for r in refs)


def _identity(event: Event) -> tuple[object, ...]:
    return (event.event_type, event.negated, event.aux, _keys(event.actor), _keys(event.recipient))


def _dates_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def merge_repeats(events: list[Event]) -> list[Event]:
    """Merge events with the same type, polarity, aux, actors and recipients.

    The same report in two languages (a French sentence and the Arabic post it quotes) or a
    headline repeated in the body names the same parties; merging keeps the first event
    and adds the evidence of the others.
    """
    kept: list[Event] = []
    kept_identities: list[tuple[object, ...]] = []  # what merging compares never changes on a kept event
    for event in events:
        identity = _identity(event)
        twin = next((k for k, k_identity in zip(kept, kept_identities, strict=True)
                     if k_identity == identity
                     and _dates_compatible(k.date, event.date) and (k.actor or k.recipient)), None)
        if twin is None:
            kept.append(event)
            kept_identities.append(identity)
            continue
        twin.evidence.extend(event.evidence)
        if twin.date is None and event.date:
            twin.date, twin.date_precision = event.date, event.date_precision
        if twin.location is None and event.location is not None:
            twin.location, twin.location_text = event.location, event.location_text
        twin.confidence = round(min(0.95, max(twin.confidence, event.confidence) + 0.05), 2)
    return kept
