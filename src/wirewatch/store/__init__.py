"""Storage of articles, analyses, events and stories: SQLite (default) or PostgreSQL."""

from wirewatch.store.base import Store
from wirewatch.store.codec import (
    article_from_dict,
    document_from_dict,
    event_from_dict,
    story_from_dict,
)
from wirewatch.store.errors import StoreError
from wirewatch.store.migrations import latest_version
from wirewatch.store.opening import open_store
from wirewatch.store.results import AddResult, SearchHit

__all__ = [
    "AddResult",
    "SearchHit",
    "Store",
    "StoreError",
    "article_from_dict",
    "document_from_dict",
    "event_from_dict",
    "latest_version",
    "open_store",
    "story_from_dict",
]
