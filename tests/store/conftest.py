"""One fixture, two backends: every store test runs on SQLite and on PostgreSQL.

PostgreSQL is the server at 127.0.0.1:5432 (database ``test``, trust authentication).
Each test gets its own fresh schema, dropped afterwards, so runs never collide.  When
the server is unreachable the PostgreSQL cases are skipped, unless
``WIREWATCH_REQUIRE_POSTGRES=1`` is set, in which case they fail.
"""

from __future__ import annotations

import getpass
import os
import uuid
from collections.abc import Iterator
from functools import cache

import pytest

from wirewatch.store import Store, open_store

PG_HOST = "127.0.0.1"
PG_PORT = 5432
PG_DATABASE = "test"
# another server for the same tests: WIREWATCH_TEST_POSTGRES=postgresql://user@host:port/db
PG_ENV = "WIREWATCH_TEST_POSTGRES"


@cache
def postgres_base_url() -> tuple[str | None, str]:
    """A URL of the test database, or None and why it cannot be reached."""
    import psycopg

    if os.environ.get(PG_ENV):
        urls = [os.environ[PG_ENV]]
    else:
        users = ["postgres"]
        try:
            users.append(getpass.getuser())
        except (KeyError, OSError):
            pass
        urls = [
            f"postgresql://{user}@{PG_HOST}:{PG_PORT}/{PG_DATABASE}"
            for user in dict.fromkeys(users)
        ]
    reasons = []
    for url in urls:
        try:
            with psycopg.connect(url, connect_timeout=3):
                return url, ""
        except psycopg.Error as exc:
            reasons.append(f"{url}: {' '.join(str(exc).split())}")
    return None, "; ".join(reasons)


def _postgres_or_skip() -> str:
    url, reason = postgres_base_url()
    if url is None:
        message = f"PostgreSQL unreachable ({reason})"
        if os.environ.get("WIREWATCH_REQUIRE_POSTGRES") == "1":
            pytest.fail(message + " and WIREWATCH_REQUIRE_POSTGRES=1")
        pytest.skip(message)
    return url


def _drop_schema(url: str, schema: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


def _new_schema_name() -> str:
    return f"ww_test_{uuid.uuid4().hex[:12]}"


@pytest.fixture
def pg_schema() -> Iterator[tuple[str, str]]:
    """(base URL, name of a fresh schema) on the test server; the schema is dropped after."""
    url = _postgres_or_skip()
    schema = _new_schema_name()
    yield url, schema
    _drop_schema(url, schema)


@pytest.fixture(scope="session")
def pg_shared_target() -> Iterator[str]:
    """A schema migrated once for the whole run (emptied before each test using it)."""
    url = _postgres_or_skip()
    schema = _new_schema_name()
    target = f"{url}?schema={schema}"
    with open_store(target) as store:
        tables = {
            row[0]
            for row in store._run(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema()"
            )
        }
    assert tables - {"schema_version"} == set(EMPTY_ORDER), "update EMPTY_ORDER"
    yield target
    _drop_schema(url, schema)


BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


@pytest.fixture(params=BACKENDS)
def target(request: pytest.FixtureRequest, tmp_path) -> str:
    """Where a fresh store lives: a SQLite file or a PostgreSQL URL with its own schema."""
    if request.param == "sqlite":
        return str(tmp_path / "wirewatch.db")
    url, schema = request.getfixturevalue("pg_schema")
    return f"{url}?schema={schema}"


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[Store]:
    """An empty store at the latest schema version, on each backend."""
    if request.param == "sqlite":
        with open_store(tmp_path / "wirewatch.db") as opened:
            yield opened
        return
    # Creating and migrating a schema per test costs more than the tests themselves on
    # PostgreSQL, so tests share one migrated schema and start from empty tables.
    with open_store(request.getfixturevalue("pg_shared_target")) as opened:
        with opened._transaction():
            for table in EMPTY_ORDER:
                opened._run(f"DELETE FROM {table}")
        yield opened


# Children before parents; DELETE rather than TRUNCATE, which rewrites files and is far
# slower on small tables.
EMPTY_ORDER = (
    "story_events", "story_articles", "stories", "events_actors", "events", "mentions",
    "analyses", "near_duplicates", "fingerprint_bands", "fingerprints", "article_search",
    "articles",
)
