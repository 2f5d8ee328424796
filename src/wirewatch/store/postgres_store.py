"""The PostgreSQL store (psycopg 3): same schema and behaviour as SQLite, GIN search."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import sql as pgsql

from wirewatch.store.base import Store
from wirewatch.store.errors import StoreError
from wirewatch.store.targets import PostgresTarget

CONNECT_TIMEOUT_S = 10
# PostgreSQL caps a tsvector at 1 MB; a longer text is indexed by its beginning.
MAX_INDEXED_CHARS = 200_000


def _placeholders(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresStore(Store):
    backend = "postgres"
    _least = "least"

    def __init__(self, target: PostgresTarget):
        super().__init__(target.display)
        self.schema = target.schema
        # prepare_threshold=None: no server-side prepared statements, whose generic plans
        # would keep the table sizes seen at preparation (an empty table during a first
        # large load means sequential scans for every later lookup)
        kwargs: dict[str, Any] = {"autocommit": True, "prepare_threshold": None}
        if "connect_timeout" not in target.conninfo:
            kwargs["connect_timeout"] = CONNECT_TIMEOUT_S
        try:
            self._conn = psycopg.connect(target.conninfo, **kwargs)
        except psycopg.Error as exc:
            raise self._open_error(exc) from exc
        try:
            if self.schema is not None:
                self._use_schema(self.schema)
        except psycopg.Error as exc:
            self._conn.close()
            raise self._open_error(exc) from exc

    def _open_error(self, exc: BaseException) -> StoreError:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        return StoreError(f"cannot open store {self.display!r}: {reason}")

    def _use_schema(self, schema: str) -> None:
        name = pgsql.Identifier(schema)
        try:
            self._conn.execute(pgsql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(name))
        except psycopg.errors.UniqueViolation:
            pass  # created at the same moment by another connection
        self._conn.execute(pgsql.SQL("SET search_path TO {}").format(name))

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            cursor = self._conn.execute(_placeholders(sql), tuple(params))  # type: ignore[arg-type]
            return cursor.fetchall() if cursor.description else []
        except psycopg.Error as exc:
            raise self._error(sql.split(None, 1)[0].lower(), exc) from exc

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        try:
            with self._conn.cursor() as cursor:
                cursor.executemany(_placeholders(sql), rows)  # type: ignore[arg-type]
        except psycopg.Error as exc:
            raise self._error(sql.split(None, 1)[0].lower(), exc) from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock:
            try:
                with self._conn.transaction():
                    yield
            except psycopg.Error as exc:  # raised by COMMIT itself
                raise self._error("commit", exc) from exc

    def _lock_for_migration(self) -> None:
        self._run("SELECT pg_advisory_xact_lock(hashtext('wirewatch:' || current_schema()))")

    def _close_connection(self) -> None:
        self._conn.close()

    def _index_search_many(self, rows: Sequence[tuple[int, str, str]]) -> None:
        self._run_many(
            "INSERT INTO article_search (seq, document) VALUES (?, "
            "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')) "
            "ON CONFLICT (seq) DO UPDATE SET document = EXCLUDED.document",
            [(seq, title[:MAX_INDEXED_CHARS], body[:MAX_INDEXED_CHARS]) for seq, title, body in rows],
        )

    def _clear_search(self) -> None:
        self._run("DELETE FROM article_search")

    def _search_rows(
        self, groups: list[list[str]], lang: str | None, limit: int
    ) -> list[tuple[Any, ...]]:
        # tokens are letters and digits only, so quoting them is enough
        query = " & ".join(
            "(" + " | ".join(f"'{word}'" for word in group) + ")" for group in groups
        )
        sql = (
            "SELECT a.id, a.title, a.text, a.lang, ts_rank(s.document, q.query) AS score "
            "FROM article_search s JOIN articles a ON a.seq = s.seq, "
            "to_tsquery('simple', ?) AS q(query) WHERE s.document @@ q.query"
        )
        params: list[Any] = [query]
        if lang is not None:
            sql += " AND a.lang = ?"
            params.append(lang)
        sql += " ORDER BY score DESC, a.seq LIMIT ?"
        params.append(limit)
        return self._run(sql, params)
