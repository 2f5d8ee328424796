"""POST /api/code: reading the request body into articles, within size limits, and coding them."""

from __future__ import annotations

import json
import threading
from typing import Any

from wirewatch.records import Article
from wirewatch.web.errors import ApiError

MAX_BODY_BYTES = 2_000_000
MAX_ARTICLES = 100

# pipeline stages are process-wide objects; one request codes at a time
_CODING_LOCK = threading.Lock()


def _records(body: bytes) -> list[Any]:
    """The records of a JSON object, a JSON array, or JSON Lines."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ApiError(422, f"request body: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    if not text.strip():
        raise ApiError(422, "request body: empty; send an article object, a list of them, or JSON Lines")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as first:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) < 2:
            raise ApiError(422, f"request body: not JSON ({first.msg} at line {first.lineno} column {first.colno})") from None
        records = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ApiError(422, f"request body line {number}: not JSON ({exc.msg})") from None
        return records
    return data if isinstance(data, list) else [data]


def articles_from_body(body: bytes) -> list[Article]:
    """Articles of a request body; :class:`ApiError` (413 or 422) naming the problem."""
    from wirewatch.api import InputRecordError, to_article

    if len(body) > MAX_BODY_BYTES:
        raise ApiError(413, f"request body: {len(body)} bytes, more than the limit of {MAX_BODY_BYTES}")
    records = _records(body)
    if not records:
        raise ApiError(422, "request body: empty list; send at least one article")
    if len(records) > MAX_ARTICLES:
        raise ApiError(413, f"request body: {len(records)} articles, more than the limit of {MAX_ARTICLES} per request")
    articles = []
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise ApiError(422, f"article {index}: expected an object with a \"text\" field, got {type(record).__name__}")
        try:
            articles.append(to_article(record))
        except InputRecordError as exc:
            name = record.get("id")
            label = f"article {index}" + (f" ({name!r})" if isinstance(name, str | int) else "")
            raise ApiError(422, f"{label}: {exc}") from None
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            raise ApiError(422, f"article {article.id!r}: id given twice in one request")
        seen.add(article.id)
    return articles


def code_articles(articles: list[Article]) -> list[dict[str, Any]]:
    """PLOVER events of ``articles`` (nothing is stored)."""
    from wirewatch.api import code_documents
    from wirewatch.plover import event_to_plover

    with _CODING_LOCK:
        docs = list(code_documents(articles))
    return [event_to_plover(event, doc.article) for doc in docs for event in doc.events]
