"""The embedded SQLite store: one file, WAL journal, FTS5 search."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from wirewatch.store.base import Store
from wirewatch.store.errors import StoreError
from wirewatch.store.targets import SqliteTarget, check_sqlite_path

BUSY_TIMEOUT_MS = 60_000


class SQLiteStore(Store):
    backend = "sqlite"
    _least = "min"

    def __init__(self, target: SqliteTarget):
        super().__init__(target.path)
        check_sqlite_path(target)
        try:
            # autocommit mode: transactions are explicit (BEGIN IMMEDIATE ... COMMIT)
            self._conn = sqlite3.connect(
                target.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise self._open_error(exc) from exc
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._conn.execute("PRAGMA journal_mode = WAL").fetchone()
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            self._conn.close()
            raise self._open_error(exc) from exc

    def _open_error(self, exc: BaseException) -> StoreError:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        return StoreError(f"cannot open store {self.display!r}: {reason}")

    @property
    def journal_mode(self) -> str:
        return str(self._conn.execute("PRAGMA journal_mode").fetchone()[0])

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise self._error(sql.split(None, 1)[0].lower(), exc) from exc

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        try:
            self._conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise self._error(sql.split(None, 1)[0].lower(), exc) from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock:
            # IMMEDIATE takes the write lock up front (waiting up to busy_timeout), so a
            # transaction never fails half way when it upgrades from reading to writing.
            self._run("BEGIN IMMEDIATE")
            try:
                yield
                self._run("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.rollback()
                raise

    def _lock_for_migration(self) -> None:
        pass  # BEGIN IMMEDIATE already excludes other writers

    def _close_connection(self) -> None:
        self._conn.close()

    def _index_search_many(self, rows: Sequence[tuple[int, str, str]]) -> None:
        self._run_many("DELETE FROM article_search WHERE rowid = ?", [(row[0],) for row in rows])
        self._run_many("INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)", rows)

    def _clear_search(self) -> None:
        self._run("DELETE FROM article_search")

    def _search_rows(
        self, groups: list[list[str]], lang: str | None, limit: int
    ) -> list[tuple[Any, ...]]:
        # tokens are letters and digits only, so quoting them is enough
        match = " AND ".join(
            "(" + " OR ".join(f'"{word}"' for word in group) + ")" for group in groups
        )
        sql = (
            "SELECT a.id, a.title, a.text, a.lang, -bm25(article_search, 2.0, 1.0) AS score "
            "FROM article_search JOIN articles a ON a.seq = article_search.rowid "
            "WHERE article_search MATCH ?"
        )
        params: list[Any] = [match]
        if lang is not None:
            sql += " AND a.lang = ?"
            params.append(lang)
        sql += " ORDER BY bm25(article_search, 2.0, 1.0), a.seq LIMIT ?"
        params.append(limit)
        return self._run(sql, params)
