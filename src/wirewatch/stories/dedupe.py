"""Event deduplication: one canonical event per real-world event, every report a mention.

Two coded events are the same real-world event when they have the same type, polarity
and modality, compatible participants (the actors overlap, or for symmetric types the
participants overlap; a side left empty is compatible), compatible dates (equal at the
coarser precision; an undated event takes its report's week) and compatible places.
Near-duplicate copies of one wire story count as one independent source.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from wirewatch.records import Article, EntityRef, Event, Place

# Types where "A met B" and "B met A" report the same thing.
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# An undated event is placed in the days before its report.
UNDATED_WINDOW_DAYS = 7


@dataclass
class EventMention:
    """One report of a canonical event, GDELT-mentions style."""

    event_id: str
    article_id: str
    sentence: int | None = None
    start: int | None = None
    end: int | None = None
    lang: str | None = None
    source: str | None = None


@dataclass
class CanonicalEvent:
    id: str
    event_type: str
    actor: list[EntityRef] = field(default_factory=list)
    recipient: list[EntityRef] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    location: Place | None = None
    negated: bool = False
    aux: str | None = None
    event_ids: list[str] = field(default_factory=list)
    mentions: list[EventMention] = field(default_factory=list)
    independent_sources: int = 0

    @property
    def source_count(self) -> int:
        return len({m.article_id for m in self.mentions})


@lru_cache(maxsize=4096)
def _is_state(actor_id: str) -> bool:
    """Whether a KB id names a state or its government (one party for counting events)."""
    if actor_id.startswith(("gov:", "iso:")):
        return True
    try:
        from wirewatch.kb import load_kb

        actor = load_kb().get(actor_id)
    except Exception:  # noqa: BLE001 - without a KB ids are compared as they are
        return False
    return actor is not None and actor.kind in ("GPE", "GOV")


def ref_key(ref: EntityRef) -> str:
    """Identity of a participant: linked id first, else the folded surface name. A state
    and its government ("Iran", "Tehran", "the Iranian government") are one party."""
    ident = ref.actor_id or ref.identifier_id
    if ident:
        if ref.code and ref.sector in (None, "GOV") and _is_state(ident):
            return f"state:{ref.code}"
        return ident
    text = unicodedata.normalize("NFKD", ref.entity_text or "")
    return "text:" + " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def _keys(refs: Iterable[EntityRef]) -> frozenset[str]:
    return frozenset(ref_key(r) for r in refs)


def _place_key(place: Place | None) -> str | None:
    if place is None:
        return None
    if place.geonames_id:
        return f"gn:{place.geonames_id}"
    return place.name.casefold() if place.name else None


def _date_range(event: Event, pub_day: date | None) -> tuple[date, date] | None:
    value = (event.date or "").strip()
    try:
        if len(value) >= 10:
            d = date.fromisoformat(value[:10])
            return d, d
        if len(value) == 7:
            start = date.fromisoformat(value + "-01")
            nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
            return start, nxt - timedelta(days=1)
        if len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        pass
    if pub_day is not None:
        return pub_day - timedelta(days=UNDATED_WINDOW_DAYS), pub_day
    return None


@dataclass
class _Item:
    event: Event
    actors: frozenset[str]
    recipients: frozenset[str]
    actor_codes: frozenset[str]
    recipient_codes: frozenset[str]
    span: tuple[date, date] | None
    place: str | None
    root: str  # article id after following near-duplicate links


def _overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or bool(a & b)


def _modality(aux: str | None) -> str | None:
    # a past event recalled in a later report is still the event that happened
    return None if aux == "historical" else aux


def _compatible(x: _Item, y: _Item, loose: bool = False) -> bool:
    ex, ey = x.event, y.event
    if (ex.event_type, ex.negated, _modality(ex.aux)) != (ey.event_type, ey.negated, _modality(ey.aux)):
        return False
    if x.span is not None and y.span is not None:
        if x.span[1] < y.span[0] or y.span[1] < x.span[0]:
            return False
    if x.place and y.place and x.place != y.place:
        return False
    if _overlap(x.actors, y.actors) and _overlap(x.recipients, y.recipients):
        # both sides empty on both events says nothing: demand something shared
        if bool(x.actors & y.actors or x.recipients & y.recipients) or (
                not (x.actors or x.recipients) and not (y.actors or y.recipients)):
            return True
    if loose and ex.date and ey.date and _side_fits(x.actors, x.actor_codes, y.actors, y.actor_codes) \
            and _side_fits(x.recipients, x.recipient_codes, y.recipients, y.recipient_codes):
        # same story, same type, dated on the same days: reports that name different
        # parts of the event (one the attacker, another only the target) tell one event
        return True
    if ex.event_type in SYMMETRIC_TYPES and _overlap(x.actors, y.recipients) \
            and _overlap(x.recipients, y.actors):
        return bool(x.actors & y.recipients or x.recipients & y.actors)
    return False


def _side_fits(keys_a: frozenset[str], codes_a: frozenset[str],
               keys_b: frozenset[str], codes_b: frozenset[str]) -> bool:
    # Country codes alone are too coarse to equate two named participants (Wang Yi and
    # Xi Jinping are both CHN): named sides must share a participant.
    del codes_a, codes_b
    return not keys_a or not keys_b or bool(keys_a & keys_b)


def _root(article_id: str, near_duplicate_of: Mapping[str, str]) -> str:
    seen = {article_id}
    while article_id in near_duplicate_of:
        article_id = near_duplicate_of[article_id]
        if article_id in seen:  # a cycle in the links: stop where it closes
            break
        seen.add(article_id)
    return article_id


def _merge_refs(groups: Iterable[list[EntityRef]]) -> list[EntityRef]:
    out: dict[str, EntityRef] = {}
    for refs in groups:
        for ref in refs:
            out.setdefault(ref_key(ref), ref)
    return list(out.values())


def _mentions(event: Event, article: Article | None) -> list[EventMention]:
    lang = article.lang if article else None
    source = article.source if article else None
    if not event.evidence:
        return [EventMention(event.id, event.article_id, lang=lang, source=source)]
    return [EventMention(event.id, ev.article_id or event.article_id, ev.sentence, ev.start,
                         ev.end, ev.lang or lang, ev.source or source) for ev in event.evidence]


def _canonical(members: list[_Item], articles: Mapping[str, Article],
               canonical_id: str) -> CanonicalEvent:
    events = [m.event for m in members]
    first = events[0]
    dated = [e for e in events if e.date]
    # the most precise date, and among those the most reported one
    date_value = None
    precision = None
    if dated:
        best_len = max(len(e.date or "") for e in dated)
        counts = Counter(e.date for e in dated if len(e.date or "") == best_len)
        date_value = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] or ""))[0][0]
        precision = {10: "day", 7: "month", 4: "year"}.get(best_len)
    location = next((e.location for e in events if e.location is not None), None)
    mentions = [m for e in events for m in _mentions(e, articles.get(e.article_id))]
    return CanonicalEvent(
        id=canonical_id,
        event_type=first.event_type,
        actor=_merge_refs(e.actor for e in events),
        recipient=_merge_refs(e.recipient for e in events),
        date=date_value, date_precision=precision, location=location,
        negated=first.negated, aux=first.aux,
        event_ids=[e.id for e in events], mentions=mentions,
        independent_sources=len({m.root for m in members}),
    )


def _items(events: Iterable[Event], near_duplicate_of: Mapping[str, str],
           articles: Mapping[str, Article]) -> list[_Item]:
    items: list[_Item] = []
    for event in events:
        article = articles.get(event.article_id)
        pub_day = None
        if article is not None and article.pub_date:
            try:
                pub_day = date.fromisoformat(article.pub_date[:10])
            except ValueError:
                pub_day = None
        items.append(_Item(event, _keys(event.actor), _keys(event.recipient),
                           frozenset(r.code for r in event.actor if r.code),
                           frozenset(r.code for r in event.recipient if r.code),
                           _date_range(event, pub_day), _place_key(event.location),
                           _root(event.article_id, near_duplicate_of)))
    return items


def canonical_from_group(events: list[Event], canonical_id: str,
                         near_duplicate_of: Mapping[str, str],
                         articles: Mapping[str, Article] | None = None) -> CanonicalEvent:
    """The canonical event of events already known to be one (e.g. a stored grouping)."""
    items = _items(events, near_duplicate_of, articles or {})
    return _canonical(sorted(items, key=lambda it: it.event.id), articles or {}, canonical_id)


def _groups(items: list[_Item], same_story: bool, *, at_most: int | None = None) -> list[list[_Item]]:
    """Items grouped as one real-world event each; with ``at_most``, the grouping stops
    (returning what it has) as soon as it holds more groups than that."""
    # precise dates first so that vaguer reports attach to a well-anchored group
    items.sort(key=lambda it: (-(len(it.event.date or "")), it.event.date or "", it.event.id))
    groups: list[list[_Item]] = []
    by_type: dict[str, list[int]] = {}
    for item in items:
        placed = False
        for gi in by_type.get(item.event.event_type, []):
            if all(_compatible(item, other, same_story) for other in groups[gi]):
                groups[gi].append(item)
                placed = True
                break
        if not placed:
            by_type.setdefault(item.event.event_type, []).append(len(groups))
            groups.append([item])
            if at_most is not None and len(groups) > at_most:
                break
    return groups


def merge_into_one(events: list[Event], near_duplicate_of: Mapping[str, str],
                   articles: Mapping[str, Article] | None = None) -> bool:
    """Whether :func:`deduplicate_events` (without ``same_story``) would make one canonical
    event of ``events``; the events are left unchanged."""
    return bool(events) and len(_groups(_items(events, near_duplicate_of, articles or {}), False,
                                        at_most=1)) == 1


def deduplicate_events(events: list[Event], near_duplicate_of: Mapping[str, str],
                       articles: Mapping[str, Article] | None = None,
                       same_story: bool = False) -> list[CanonicalEvent]:
    """Group events into canonical events; deterministic for a given set of events.

    ``near_duplicate_of`` maps an article id to the article it copies (ingest's links);
    ``articles`` (optional) supplies publication dates for undated events and the
    language and outlet of each mention.  With ``same_story`` (the events come from the
    reports of one story) dated events of one type whose participants do not conflict
    merge even when the reports name different participants (or the same state by its
    country code only).  Sets ``canonical_id`` on the input events.
    """
    articles = articles or {}
    groups = _groups(_items(events, near_duplicate_of, articles), same_story)
    out: list[CanonicalEvent] = []
    taken: set[str] = set()
    for group in groups:
        members = sorted(group, key=lambda it: it.event.id)
        # an id given on an earlier run stays, so stored links keep pointing at the event
        known = sorted({m.event.canonical_id for m in members if m.event.canonical_id} - taken)
        seed = members[0].event.id
        cid = known[0] if known else "ce-" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:16]
        taken.add(cid)
        out.append(_canonical(members, articles, cid))
    ids = {eid: c.id for c in out for eid in c.event_ids}
    for event in events:
        event.canonical_id = ids[event.id]
    out.sort(key=lambda c: (c.date or "", c.id))
    return out
