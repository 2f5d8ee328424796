"""Endpoints that do not read the store: coding posted articles, looking up actors."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool

from wirewatch.web.coding import MAX_BODY_BYTES, articles_from_body, code_articles
from wirewatch.web.errors import ApiError
from wirewatch.web.params import check_query

router = APIRouter(prefix="/api")

_ARTICLE_SCHEMA = {
    "type": "object",
    "required": ["text"],
    "properties": {name: {"type": "string"} for name in
                   ("id", "text", "lang", "pub_date", "title", "url", "source")},
}
_CODE_BODY = {
    "content": {"application/json": {"schema": {
        "oneOf": [_ARTICLE_SCHEMA, {"type": "array", "maxItems": 100, "items": _ARTICLE_SCHEMA}]}}},
    "required": True,
}


@router.get("/actors", summary="Look up actors of the knowledge base by any name, spelling or script")
def actors(q: str | None = None, limit: Annotated[int, Query(ge=1, le=100)] = 10) -> dict[str, Any]:
    from wirewatch.kb import load_kb

    query = check_query("q", q)
    try:
        kb = load_kb()
    except ValueError as exc:
        raise ApiError(503, f"actor knowledge base: {exc}") from None
    found = kb.search(query, limit=limit)
    return {"query": query, "count": len(found), "actors": [asdict(a) for a in found]}


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise ApiError(413, f"request body: {declared} bytes, more than the limit of {MAX_BODY_BYTES}")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_BODY_BYTES:
            raise ApiError(413, f"request body: more than the limit of {MAX_BODY_BYTES} bytes")
    return bytes(body)


@router.post("/code", summary="Code posted articles into PLOVER events (nothing is stored)",
             openapi_extra={"requestBody": _CODE_BODY})
async def code(request: Request) -> dict[str, Any]:
    articles = articles_from_body(await _read_body(request))
    events = await run_in_threadpool(code_articles, articles)
    return {"articles": [a.id for a in articles], "count": len(events), "events": events}
