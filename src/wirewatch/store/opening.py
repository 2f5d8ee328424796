"""Open a store from a path or URL and bring its schema up to date."""

from __future__ import annotations

import os

from wirewatch.store.base import Store
from wirewatch.store.errors import StoreError
from wirewatch.store.targets import PostgresTarget, resolve_target


def connect(target: str | os.PathLike[str] | None = None, *, migrate_to: int | None = None) -> Store:
    """Open a store and apply migrations up to ``migrate_to`` (default: all)."""
    resolved = resolve_target(target)
    store: Store
    if isinstance(resolved, PostgresTarget):
        from wirewatch.store.postgres_store import PostgresStore

        store = PostgresStore(resolved)
    else:
        from wirewatch.store.sqlite_store import SQLiteStore

        store = SQLiteStore(resolved)
    try:
        store._migrate(upto=migrate_to)
    except StoreError:
        store.close()
        raise
    return store


def open_store(target: str | os.PathLike[str] | None = None) -> Store:
    """Open the store at ``target`` and run pending migrations.

    ``None`` means ``$WIREWATCH_DB``, else ``wirewatch.db`` in the current directory; a
    ``postgresql://`` or ``postgres://`` URL opens PostgreSQL (``?schema=NAME`` or
    ``options=-csearch_path=NAME`` selects a schema, created if missing); anything else is
    a SQLite file path.  Raises :class:`StoreError` with a one-line reason on failure.
    """
    return connect(target)
