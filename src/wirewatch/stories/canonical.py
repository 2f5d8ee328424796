"""Deduplicated events read from a store: one record per real-world event.

Each result is an :class:`~wirewatch.records.Event` standing for a canonical event: its
id is the canonical id, its participants are the union over its reports, its date the
most precise one reported, and its ``evidence`` lists every report (article, sentence,
offsets, language, outlet), so ``len(evidence)`` is the number of mentions.
"""

from __future__ import annotations

import copy
from typing import Any

from wirewatch.records import Article, Event, Evidence
from wirewatch.stories.dedupe import CanonicalEvent, canonical_from_group, deduplicate_events


def representative(canon: CanonicalEvent, members: dict[str, Event],
                   articles: dict[str, Article | None]) -> Event:
    """The Event record that stands for ``canon`` (built from its member events)."""
    first = members[canon.event_ids[0]]
    event = copy.deepcopy(first)
    event.id = canon.id
    event.canonical_id = canon.id
    event.actor = list(canon.actor)
    event.recipient = list(canon.recipient)
    event.date = canon.date
    event.date_precision = canon.date_precision
    event.location = canon.location or first.location
    evidence: list[Evidence] = []
    for event_id in canon.event_ids:
        member = members[event_id]
        article = articles.get(member.article_id)
        lang = article.lang if article else None
        source = article.source if article else None
        if member.evidence:
            for ev in member.evidence:
                evidence.append(Evidence(ev.article_id or member.article_id, ev.sentence, ev.start,
                                         ev.end, ev.text, ev.lang or lang, ev.source or source))
        else:
            evidence.append(Evidence(member.article_id, None, 0, 0, "", lang, source))
    event.evidence = evidence
    dated = sorted(((articles[a].pub_date or "") if articles.get(a) else "", a)  # type: ignore[union-attr]
                   for a in {members[e].article_id for e in canon.event_ids})
    event.article_id = dated[0][1]
    return event


def canonical_events(store: Any, actor: str | None = None, recipient: str | None = None,
                     event_type: str | None = None, country: str | None = None,
                     since: str | None = None, until: str | None = None, lang: str | None = None,
                     limit: int | None = None) -> list[Event]:
    """Deduplicated events among those matching the filters (``store.query_events``'s).

    Events already linked by ``canonical_id`` are grouped by it; events without one are
    deduplicated on the fly.  Ordered by date (unknown last), then id.
    """
    found: list[Event] = store.query_events(actor=actor, recipient=recipient, event_type=event_type,
                                            country=country, since=since, until=until, lang=lang)
    article_ids = sorted({e.article_id for e in found})
    articles: dict[str, Article | None] = {a: store.get_article(a) for a in article_ids}
    near = {a: art.near_duplicate_of for a, art in articles.items()
            if art is not None and art.near_duplicate_of}
    linked: dict[str, list[Event]] = {}
    loose: list[Event] = []
    for event in found:
        if event.canonical_id:
            linked.setdefault(event.canonical_id, []).append(event)
        else:
            loose.append(event)
    known = {a: art for a, art in articles.items() if art is not None}
    canon = deduplicate_events(loose, near, known) if loose else []
    for cid, group in sorted(linked.items()):
        # grouped when the stories were built: keep that grouping and its id
        canon.append(canonical_from_group(group, cid, near, known))
    members = {e.id: e for e in found}
    out = [representative(c, members, articles) for c in canon]
    out.sort(key=lambda e: (e.date is None, e.date or "", e.id))
    return out[:limit] if limit is not None else out

