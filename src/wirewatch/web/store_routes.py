"""Read-only endpoints over the store: stats, articles, events, search, stories, timeline, network."""

from __future__ import annotations

import io
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from wirewatch.records import Event
from wirewatch.web import aggregates
from wirewatch.web.errors import ApiError
from wirewatch.web.params import EventFilters, check_lang, check_query, check_range, check_text
from wirewatch.web.views import (
    ArticleCache,
    article_summary,
    mention_dict,
    plover_events,
    story_events,
    story_summary,
)

router = APIRouter(prefix="/api")

MAX_LIMIT = 10_000


def get_store(request: Request) -> Any:
    return request.app.state.store


StoreDep = Annotated[Any, Depends(get_store)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Most records returned")]
Offset = Annotated[int, Query(ge=0, description="Records skipped first (paging)")]


def event_filters(
    actor: Annotated[str | None, Query(description="Actor code, id or part of a name")] = None,
    recipient: Annotated[str | None, Query(description="Recipient code, id or part of a name")] = None,
    event_type: Annotated[str | None, Query(alias="type", description="PLOVER event type, e.g. CONSULT")] = None,
    country: Annotated[str | None, Query(description="Country code of actor or recipient")] = None,
    since: Annotated[str | None, Query(description="Event date on or after (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, Query(description="Event date on or before (YYYY[-MM[-DD]])")] = None,
    lang: Annotated[str | None, Query(description="Language of the article")] = None,
) -> EventFilters:
    return EventFilters.checked(actor=actor, recipient=recipient, event_type=event_type, country=country,
                                since=since, until=until, lang=lang)


Filters = Annotated[EventFilters, Depends(event_filters)]
Canonical = Annotated[bool, Query(description="Deduplicated events, each with all its reports as evidence")]


def find_events(store: Any, filters: EventFilters, canonical: bool, limit: int | None = None) -> list[Event]:
    if canonical:
        from wirewatch.stories.canonical import canonical_events

        return canonical_events(store, limit=limit, **filters.as_kwargs())
    return store.query_events(limit=limit, **filters.as_kwargs())


@router.get("/stats", summary="Counts of what the store holds")
def stats(store: StoreDep) -> dict[str, Any]:
    return store.stats()


@router.get("/articles", summary="Stored articles (without their text), in insertion order")
def articles(
    store: StoreDep,
    lang: str | None = None,
    source: str | None = None,
    since: Annotated[str | None, Query(description="Published on or after")] = None,
    until: Annotated[str | None, Query(description="Published on or before")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    since, until = check_range(since, until)
    found = list(store.iter_articles(lang=check_lang(lang), source=check_text("source", source),
                                     since=since, until=until, limit=offset + limit + 1))
    page = found[offset:offset + limit]
    return {"count": len(page), "offset": offset, "limit": limit,
            "more": len(found) > offset + limit, "articles": [article_summary(a) for a in page]}


@router.get("/articles/{article_id:path}", summary="One article with its text, mentions and events")
def article(article_id: str, store: StoreDep) -> dict[str, Any]:
    doc = store.get_document(article_id)
    if doc is None:
        raise ApiError(404, f"article {article_id!r}: not in the store")
    cache = ArticleCache(store)
    return {
        "article": doc.article.to_dict(),
        "segments": [asdict(s) for s in doc.segments],
        "mentions": [mention_dict(m) for m in doc.mentions],
        "events": plover_events(doc.events, cache),
        "story_ids": store.story_ids_for_article(article_id),
        "errors": list(doc.errors),
    }


@router.get("/events", summary="Coded events as PLOVER JSON, filtered")
def events(store: StoreDep, filters: Filters, canonical: Canonical = False, limit: Limit = 100,
           offset: Offset = 0) -> dict[str, Any]:
    found = find_events(store, filters, canonical, limit=offset + limit + 1)
    page = found[offset:offset + limit]
    return {"count": len(page), "offset": offset, "limit": limit, "more": len(found) > offset + limit,
            "canonical": canonical, "events": plover_events(page, ArticleCache(store))}


@router.get("/events.csv", summary="Coded events as flat CSV rows (the export columns)",
            response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def events_csv(store: StoreDep, filters: Filters, canonical: Canonical = False,
               limit: Annotated[int | None, Query(ge=1)] = None) -> Response:
    from wirewatch.export import EVENT_COLUMNS, event_row, write_csv

    stream = io.StringIO()
    write_csv((event_row(e) for e in find_events(store, filters, canonical, limit=limit)), EVENT_COLUMNS, stream)
    return Response(stream.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="events.csv"'})


@router.get("/search", summary="Full-text search over titles and texts, any language or script")
def search(store: StoreDep, q: str | None = None, lang: str | None = None,
           limit: Annotated[int, Query(ge=1, le=1000)] = 20) -> dict[str, Any]:
    query = check_query("q", q)
    hits = store.search(query, lang=check_lang(lang), limit=limit)
    return {"query": query, "count": len(hits), "hits": [asdict(h) for h in hits]}


@router.get("/stories", summary="Stories: reports of one story grouped across languages")
def stories(store: StoreDep,
            actor: Annotated[str | None, Query(description="Actor id, or part of one")] = None,
            since: str | None = None, until: str | None = None, lang: str | None = None,
            limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    from wirewatch.stories.query import filter_stories

    since, until = check_range(since, until)
    found = filter_stories(store, actor=check_text("actor", actor), since=since, until=until,
                           lang=check_lang(lang))
    page = found[offset:offset + limit]
    return {"count": len(page), "total": len(found), "offset": offset, "limit": limit,
            "stories": [story_summary(s) for s in page]}


@router.get("/stories/{story_id}", summary="One story: titles, reports and its timeline of canonical events")
def story(story_id: str, store: StoreDep) -> dict[str, Any]:
    found = store.get_story(story_id)
    if found is None:
        raise ApiError(404, f"story {story_id!r}: not in the store")
    cache = ArticleCache(store)
    reports = [article_summary(a) for a in (cache.get(i) for i in found.article_ids) if a is not None]
    reports.sort(key=lambda r: (r["pub_date"] or "", r["id"]))
    return {"story": story_summary(found), "reports": reports,
            "events": plover_events(story_events(store, found), cache)}


@router.get("/timeline", summary="Event counts per day, month or year, by type and quad class")
def timeline(store: StoreDep, filters: Filters, canonical: Canonical = False,
             interval: Annotated[str, Query(pattern="^(day|month|year)$", description="day, month or year")] = "month",
             ) -> dict[str, Any]:
    result = aggregates.timeline(find_events(store, filters, canonical), interval)
    result["canonical"] = canonical
    return result


@router.get("/network", summary="Actor→recipient edges with counts and event types, and their nodes")
def network(store: StoreDep, filters: Filters, canonical: Canonical = False,
            limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Most edges kept, heaviest first")] = 200,
            ) -> dict[str, Any]:
    result = aggregates.network(find_events(store, filters, canonical), limit=limit)
    result["canonical"] = canonical
    return result
