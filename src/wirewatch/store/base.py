"""The store: behaviour shared by the SQLite and PostgreSQL backends.

Backends supply a connection, a write transaction, SQL dialect details and the search
index; everything else (deduplication, analysis, queries, stories, migrations) is here
and runs the same SQL on both (written with ``?`` placeholders).
"""

from __future__ import annotations

import json
import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any

from wirewatch.records import Article, Document, Event, Story
from wirewatch.store import search_text
from wirewatch.store.adding import ARTICLE_COLUMNS, add_batch, search_row
from wirewatch.store.analysis import save_analyses
from wirewatch.store.codec import (
    dumps,
    event_from_dict,
    mention_from_dict,
    now_iso,
    record_json,
    segment_from_dict,
    sentence_from_dict,
    story_from_dict,
    time_expression_from_dict,
)
from wirewatch.store.errors import StoreError
from wirewatch.store.fingerprints import Fingerprint, Fingerprinter, load_fingerprinter
from wirewatch.store.migrations import Migration, load_migrations
from wirewatch.store.results import AddResult, SearchHit

_SELECT_ARTICLE = "SELECT seq, " + ", ".join(ARTICLE_COLUMNS) + " FROM articles"
_DATE_BOUND = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$")
_PAGE = 500
_SEARCH_LIMIT = 1000


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def _check_limit(limit: int | None) -> int | None:
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise StoreError(f"invalid limit {limit!r}: expected a non-negative integer")
    return limit


def _check_date(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _DATE_BOUND.match(value):
        raise StoreError(f"invalid {name} {value!r}: expected an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)")
    return value


class Store(ABC):
    """A wirewatch store; open one with :func:`wirewatch.store.open_store`."""

    backend: str = ""
    _least: str = "min"  # the SQL function returning the smaller of two values

    def __init__(self, display: str):
        self.display = display
        self._lock = threading.RLock()
        self._closed = False
        self._fingerprinter: Fingerprinter | None = None

    # --- backend primitives --------------------------------------------------------

    @abstractmethod
    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Execute one statement (``?`` placeholders); the rows it returns, if any."""

    @abstractmethod
    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[None]:
        """One write transaction; committed on success, rolled back on any exception."""

    @abstractmethod
    def _lock_for_migration(self) -> None:
        """Inside a transaction: keep other processes from migrating at the same time."""

    @abstractmethod
    def _close_connection(self) -> None: ...

    @abstractmethod
    def _index_search_many(self, rows: Sequence[tuple[int, str, str]]) -> None:
        """Index (seq, normalised title, normalised body) rows, replacing earlier ones."""

    @abstractmethod
    def _clear_search(self) -> None: ...

    @abstractmethod
    def _search_rows(
        self, groups: list[list[str]], lang: str | None, limit: int
    ) -> list[tuple[Any, ...]]:
        """Rows (id, title, text, lang, score) best first, score higher is better."""

    # --- life cycle -------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._close_connection()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.display}>"

    def _error(self, what: str, exc: BaseException) -> StoreError:
        return StoreError(f"store {self.display}: {what}: {_one_line(exc)}")

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"store {self.display}: is closed")

    # --- migrations -------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return self._current_version()

    def _current_version(self) -> int:
        rows = self._run("SELECT MAX(version) FROM schema_version")
        return int(rows[0][0] or 0)

    def _migrate(self, upto: int | None = None) -> None:
        migrations = load_migrations(self.backend)
        latest = migrations[-1].version
        target = latest if upto is None else upto
        with self._transaction():
            self._lock_for_migration()
            self._run(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            current = self._current_version()
        if current > latest:
            raise StoreError(
                f"store {self.display}: schema version {current} is newer than this "
                f"wirewatch supports ({latest}); upgrade wirewatch"
            )
        for migration in migrations:
            if migration.version <= current or migration.version > target:
                continue
            self._apply(migration)

    def _apply(self, migration: Migration) -> None:
        with self._transaction():
            self._lock_for_migration()
            if self._current_version() >= migration.version:
                return  # another process got there first
            for statement in migration.statements():
                self._run(statement)
            for backfill in migration.backfills:
                if backfill == "search":
                    self._reindex_search()
                else:
                    raise StoreError(f"migration {migration.version}: unknown backfill {backfill!r}")
            self._run(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, now_iso()),
            )

    # --- articles ---------------------------------------------------------------------

    def _fingerprints(self) -> Fingerprinter:
        if self._fingerprinter is None:
            self._fingerprinter = load_fingerprinter()
        return self._fingerprinter

    def add_articles(
        self,
        articles: Sequence[Article],
        fingerprints: Sequence[tuple[str, bytes | None, list[str]] | None] | None = None,
    ) -> AddResult:
        """Store new articles in one transaction, skipping exact duplicates.

        Near-duplicates are stored and linked to the most similar stored article; the
        article objects get ``content_hash`` and ``near_duplicate_of/score`` set.
        ``fingerprints`` may carry, per article, ``(content_hash, signature, band_keys)``
        computed elsewhere with the ingest fingerprint functions (the ``fingerprint``
        stage); missing ones are computed here.
        """
        batch = self._checked_articles(articles)
        if fingerprints is not None and len(fingerprints) != len(batch):
            raise StoreError(f"{len(fingerprints)} fingerprints for {len(batch)} articles")
        prints = self._fingerprint_all(batch, fingerprints)
        with self._lock:
            self._check_open()
            with self._transaction():
                return add_batch(self, batch, prints, self._fingerprints())

    def _checked_articles(self, articles: Sequence[Article]) -> list[Article]:
        if isinstance(articles, Article):
            articles = [articles]
        batch = list(articles)
        for index, article in enumerate(batch):
            if not isinstance(article, Article):
                raise StoreError(f"item {index}: expected an Article, got {type(article).__name__}")
            if not isinstance(article.id, str) or not article.id:
                raise StoreError(f"item {index}: article id must be a non-empty string")
            if not isinstance(article.text, str):
                raise StoreError(f"article {article.id!r}: text must be a string")
        return batch

    def _fingerprint_all(
        self,
        batch: list[Article],
        given: Sequence[tuple[str, bytes | None, list[str]] | None] | None = None,
    ) -> list[Fingerprint]:
        fingerprinter = self._fingerprints()
        try:
            return [
                Fingerprint(g[0], g[1], list(g[2])) if g is not None
                else fingerprinter.fingerprint(a.text, a.content_hash)
                for a, g in zip(batch, given or [None] * len(batch), strict=True)
            ]
        except Exception as exc:  # fingerprints come from another package
            raise StoreError(f"cannot fingerprint articles: {_one_line(exc)}") from exc

    def _reindex_search(self) -> None:
        self._clear_search()
        last = 0
        while True:
            rows = self._run(
                "SELECT seq, title, text FROM articles WHERE seq > ? ORDER BY seq LIMIT ?",
                (last, _PAGE),
            )
            self._index_search_many([search_row(*row) for row in rows])
            if len(rows) < _PAGE:
                return
            last = rows[-1][0]

    def reindex_search(self) -> None:
        """Rebuild the full-text index (after a change of the search normalisation)."""
        with self._lock:
            self._check_open()
            with self._transaction():
                self._reindex_search()

    @staticmethod
    def _article(row: tuple[Any, ...]) -> Article:
        data = dict(zip(ARTICLE_COLUMNS, row[1:], strict=True))
        data["extra"] = json.loads(data["extra"] or "{}")
        return Article(**data)

    def get_article(self, article_id: str) -> Article | None:
        with self._lock:
            self._check_open()
            rows = self._run(f"{_SELECT_ARTICLE} WHERE id = ?", (article_id,))
        return self._article(rows[0]) if rows else None

    def count_articles(self) -> int:
        with self._lock:
            self._check_open()
            return int(self._run("SELECT COUNT(*) FROM articles")[0][0])

    def _date_clause(self, column: str, bound: str, op: str) -> tuple[str, list[Any]]:
        """``column op bound`` compared at the coarser of the two precisions."""
        n = f"{self._least}(length({column}), length(CAST(? AS TEXT)))"
        clause = f"substr({column}, 1, {n}) {op} substr(CAST(? AS TEXT), 1, {n})"
        params: list[Any] = [bound, bound, bound]
        # a year prefilter the date index can serve
        year = bound[:4]
        if op == ">=":
            clause = f"{column} >= ? AND {clause}"
            params.insert(0, year)
        elif year < "9999":
            clause = f"{column} < ? AND {clause}"
            params.insert(0, f"{int(year) + 1:04d}")
        return clause, params

    def iter_articles(
        self,
        lang: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        limit: int | None = None,
    ) -> Iterator[Article]:
        """Articles in insertion order; ``since``/``until`` bound ``pub_date``."""
        limit = _check_limit(limit)
        where: list[str] = []
        params: list[Any] = []
        if lang is not None:
            where.append("lang = ?")
            params.append(lang)
        if source is not None:
            where.append("source = ?")
            params.append(source)
        self._date_range("pub_date", since, until, where, params)
        return self._paged_articles(where, params, limit)

    def _date_range(self, column: str, since: str | None, until: str | None,
                    where: list[str], params: list[Any]) -> None:
        """Add ``column`` on or after ``since`` and on or before ``until`` to a query."""
        for name, value, op in (("since", since, ">="), ("until", until, "<=")):
            if _check_date(name, value) is not None:
                clause, extra = self._date_clause(column, value, op)
                where.append(clause)
                params.extend(extra)

    def _paged_articles(
        self, where: list[str], params: list[Any], limit: int | None
    ) -> Iterator[Article]:
        last = 0
        left = limit
        while left is None or left > 0:
            page = _PAGE if left is None else min(_PAGE, left)
            sql = f"{_SELECT_ARTICLE} WHERE {' AND '.join(['seq > ?', *where])} ORDER BY seq LIMIT ?"
            with self._lock:
                self._check_open()
                rows = self._run(sql, [last, *params, page])
            for row in rows:
                yield self._article(row)
            if len(rows) < page:
                return
            last = rows[-1][0]
            if left is not None:
                left -= len(rows)

    def article_ids_without_analysis(self, limit: int | None = None) -> list[str]:
        """Ids of stored articles never passed to :meth:`save_documents`, oldest first."""
        limit = _check_limit(limit)
        sql = (
            "SELECT a.id FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM analyses x WHERE x.article_id = a.id) ORDER BY a.seq"
        )
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        with self._lock:
            self._check_open()
            return [row[0] for row in self._run(sql, params)]

    # --- analysis ---------------------------------------------------------------------

    def save_documents(self, docs: Sequence[Document]) -> None:
        """Store the analysis of each document in one transaction, replacing earlier ones.

        An article not yet stored is added first (as by :meth:`add_articles`); a document
        whose article turns out to be an exact duplicate of a stored one is skipped.
        """
        if isinstance(docs, Document):
            docs = [docs]
        batch = list(docs)
        for index, doc in enumerate(batch):
            if not isinstance(doc, Document):
                raise StoreError(f"item {index}: expected a Document, got {type(doc).__name__}")
        self._checked_articles([doc.article for doc in batch])
        with self._lock:
            self._check_open()
            with self._transaction():
                known = self._existing_ids([doc.article.id for doc in batch])
                missing = list(
                    {d.article.id: d.article for d in batch if d.article.id not in known}.values()
                )
                added = add_batch(self, missing, self._fingerprint_all(missing),
                                  self._fingerprints())
                skipped = {article_id for article_id, _ in added.duplicates}
                save_analyses(self, [d for d in batch if d.article.id not in skipped])

    def _existing_ids(self, ids: list[str]) -> set[str]:
        found: set[str] = set()
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), _PAGE):
            chunk = unique[start:start + _PAGE]
            rows = self._run(
                f"SELECT id FROM articles WHERE id IN ({', '.join('?' * len(chunk))})", chunk
            )
            found.update(row[0] for row in rows)
        return found

    def get_document(self, article_id: str) -> Document | None:
        """The stored article with its last saved analysis (None if not stored)."""
        with self._lock:
            self._check_open()
            rows = self._run(f"{_SELECT_ARTICLE} WHERE id = ?", (article_id,))
            if not rows:
                return None
            doc = Document(self._article(rows[0]))
            analysis = self._run(
                "SELECT segments, sentences, time_expressions, errors FROM analyses "
                "WHERE article_id = ?",
                (article_id,),
            )
            mentions = self._run(
                "SELECT record_json FROM mentions WHERE article_id = ? ORDER BY ord", (article_id,)
            )
            events = self._run(
                "SELECT record_json FROM events WHERE article_id = ? ORDER BY ord", (article_id,)
            )
        if analysis:
            segments, sentences, times, errors = analysis[0]
            doc.segments = [segment_from_dict(s) for s in json.loads(segments)]
            doc.sentences = [sentence_from_dict(s) for s in json.loads(sentences)]
            doc.time_expressions = [time_expression_from_dict(t) for t in json.loads(times)]
            doc.errors = list(json.loads(errors))
        doc.mentions = [mention_from_dict(json.loads(row[0])) for row in mentions]
        doc.events = [event_from_dict(json.loads(row[0])) for row in events]
        return doc

    # --- events -----------------------------------------------------------------------

    def _participant_clause(self, role: str | None, value: str) -> tuple[str, list[Any]]:
        tests = ["ea.code = ?", "ea.actor_id = ?", "ea.identifier_id = ?"]
        params: list[Any] = [value.upper(), value, value]
        folded = search_text.fold(value).strip()
        if folded:
            escaped = folded.replace("!", "!!").replace("%", "!%").replace("_", "!_")
            tests.append("ea.match_text LIKE ? ESCAPE '!'")
            params.append(f"%{escaped}%")
        role_test = ""
        if role is not None:
            role_test = "ea.role = ? AND "
            params.insert(0, role)
        clause = (
            "EXISTS (SELECT 1 FROM events_actors ea WHERE ea.event_id = e.id AND "
            f"{role_test}({' OR '.join(tests)}))"
        )
        return clause, params

    def query_events(
        self,
        actor: str | None = None,
        recipient: str | None = None,
        event_type: str | None = None,
        country: str | None = None,
        since: str | None = None,
        until: str | None = None,
        lang: str | None = None,
        article_id: str | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Events matching every given filter, by date (unknown dates last).

        ``actor``/``recipient`` match a code, actor id, identifier id or part of a name;
        ``country`` matches an actor or recipient code; ``lang`` is the article's.
        """
        limit = _check_limit(limit)
        where: list[str] = []
        params: list[Any] = []
        for role, value in (("actor", actor), ("recipient", recipient)):
            if value is not None:
                clause, extra = self._participant_clause(role, str(value))
                where.append(clause)
                params.extend(extra)
        if country is not None:
            where.append(
                "EXISTS (SELECT 1 FROM events_actors ea WHERE ea.event_id = e.id AND ea.code = ?)"
            )
            params.append(str(country).upper())
        if event_type is not None:
            where.append("e.event_type = ?")
            params.append(str(event_type).upper())
        if lang is not None:
            where.append("a.lang = ?")
            params.append(lang)
        if article_id is not None:
            where.append("e.article_id = ?")
            params.append(article_id)
        self._date_range("e.event_date", since, until, where, params)
        sql = "SELECT e.record_json FROM events e JOIN articles a ON a.id = e.article_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.event_date NULLS LAST, a.seq, e.ord"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        with self._lock:
            self._check_open()
            rows = self._run(sql, params)
        return [event_from_dict(json.loads(row[0])) for row in rows]

    def set_canonical_ids(self, mapping: Mapping[str, str | None]) -> int:
        """Set ``canonical_id`` of stored events (event id -> canonical id); how many changed."""
        changed = 0
        with self._lock:
            self._check_open()
            with self._transaction():
                for event_id, canonical in mapping.items():
                    rows = self._run("SELECT record_json FROM events WHERE id = ?", (event_id,))
                    if not rows:
                        continue
                    data = json.loads(rows[0][0])
                    data["canonical_id"] = canonical
                    self._run(
                        "UPDATE events SET canonical_id = ?, record_json = ? WHERE id = ?",
                        (canonical, dumps(data), event_id),
                    )
                    changed += 1
        return changed

    # --- search -----------------------------------------------------------------------

    def search(self, query: str, lang: str | None = None, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and texts (every query word must occur)."""
        if not isinstance(query, str):
            raise StoreError(f"invalid search query {query!r}: expected a string")
        limit = _check_limit(limit)
        groups = search_text.query_groups(query)
        if not groups or not limit:
            return []
        with self._lock:
            self._check_open()
            rows = self._search_rows(groups, lang, min(limit, _SEARCH_LIMIT))
        return [
            SearchHit(
                article_id=article_id,
                title=title,
                snippet=search_text.snippet(text or "", groups) or (title or ""),
                score=float(score),
                lang=hit_lang,
            )
            for article_id, title, text, hit_lang, score in rows
        ]

    # --- stories ----------------------------------------------------------------------

    def save_story(self, story: Story) -> None:
        self.save_stories([story])

    def save_stories(self, stories: Sequence[Story]) -> None:
        """Insert or replace stories and their article and event links, in one transaction."""
        batch = list(stories)
        for index, story in enumerate(batch):
            if not isinstance(story, Story) or not isinstance(story.id, str) or not story.id:
                raise StoreError(f"item {index}: expected a Story with a non-empty id")
        with self._lock:
            self._check_open()
            with self._transaction():
                for story in batch:
                    article_ids = list(dict.fromkeys(story.article_ids))
                    missing = set(article_ids) - self._existing_ids(article_ids)
                    if missing:
                        raise StoreError(
                            f"story {story.id!r}: articles not in the store: "
                            + ", ".join(sorted(missing)[:5])
                        )
                    self._run("DELETE FROM stories WHERE id = ?", (story.id,))
                    self._run(
                        "INSERT INTO stories (id, record_json, first_date, last_date, updated_at) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (story.id, record_json(story), story.first_date, story.last_date, now_iso()),
                    )
                    self._run_many(
                        "INSERT INTO story_articles (story_id, article_id) VALUES (?, ?)",
                        [(story.id, a) for a in article_ids],
                    )
                    self._run_many(
                        "INSERT INTO story_events (story_id, event_id) VALUES (?, ?)",
                        [(story.id, e) for e in dict.fromkeys(story.event_ids)],
                    )

    def get_story(self, story_id: str) -> Story | None:
        with self._lock:
            self._check_open()
            rows = self._run("SELECT record_json FROM stories WHERE id = ?", (story_id,))
        return story_from_dict(json.loads(rows[0][0])) if rows else None

    def iter_stories(self) -> Iterator[Story]:
        """All stories, by id."""
        last = ""
        while True:
            with self._lock:
                self._check_open()
                rows = self._run(
                    "SELECT id, record_json FROM stories WHERE id > ? ORDER BY id LIMIT ?",
                    (last, _PAGE),
                )
            for _, data in rows:
                yield story_from_dict(json.loads(data))
            if len(rows) < _PAGE:
                return
            last = rows[-1][0]

    def story_ids_for_article(self, article_id: str) -> list[str]:
        with self._lock:
            self._check_open()
            rows = self._run(
                "SELECT story_id FROM story_articles WHERE article_id = ? ORDER BY story_id",
                (article_id,),
            )
        return [row[0] for row in rows]

    # --- statistics -------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts and ranges describing the store's content."""
        with self._lock:
            self._check_open()

            def counts(sql: str) -> dict[str, int]:
                out: dict[str, int] = {}
                for key, n in self._run(sql):
                    name = "unknown" if key is None else str(key)
                    out[name] = out.get(name, 0) + int(n)
                return out

            def one(sql: str) -> Any:
                return self._run(sql)[0]

            by_lang = counts("SELECT lang, COUNT(*) FROM articles GROUP BY lang ORDER BY lang")
            by_source = counts(
                "SELECT source, COUNT(*) FROM articles GROUP BY source ORDER BY source"
            )
            by_type = counts(
                "SELECT event_type, COUNT(*) FROM events GROUP BY event_type ORDER BY event_type"
            )
            pub_first, pub_last = one("SELECT MIN(pub_date), MAX(pub_date) FROM articles")
            ev_first, ev_last = one("SELECT MIN(event_date), MAX(event_date) FROM events")
            return {
                "backend": self.backend,
                "schema_version": self._current_version(),
                "articles": int(one("SELECT COUNT(*) FROM articles")[0]),
                "articles_by_lang": by_lang,
                "articles_by_source": by_source,
                "analysed_articles": int(one("SELECT COUNT(*) FROM analyses")[0]),
                "mentions": int(one("SELECT COUNT(*) FROM mentions")[0]),
                "events": int(one("SELECT COUNT(*) FROM events")[0]),
                "events_by_type": by_type,
                "near_duplicates": int(one("SELECT COUNT(*) FROM near_duplicates")[0]),
                "stories": int(one("SELECT COUNT(*) FROM stories")[0]),
                "pub_date_range": [pub_first, pub_last],
                "event_date_range": [ev_first, ev_last],
            }
