from __future__ import annotations

import sqlite3

import pytest

from wirewatch.store import Store, StoreError, latest_version, open_store
from wirewatch.store.targets import PostgresTarget, SqliteTarget, redact, resolve_target


def test_default_target_is_env_then_file(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WIREWATCH_DB", raising=False)
    assert resolve_target(None) == SqliteTarget("wirewatch.db")
    with open_store() as store:
        assert store.schema_version == latest_version()
    assert (tmp_path / "wirewatch.db").is_file()
    monkeypatch.setenv("WIREWATCH_DB", str(tmp_path / "other.db"))
    with open_store() as store:
        assert store.display == str(tmp_path / "other.db")
    assert (tmp_path / "other.db").is_file()


def test_path_like_and_sqlite_urls(tmp_path) -> None:
    assert resolve_target(tmp_path / "a.db") == SqliteTarget(str(tmp_path / "a.db"))
    assert resolve_target("sqlite:///rel.db") == SqliteTarget("rel.db")
    assert resolve_target("sqlite:////abs/x.db") == SqliteTarget("/abs/x.db")


def test_postgres_urls() -> None:
    plain = resolve_target("postgres://u@h:5432/db")
    assert plain == PostgresTarget("postgres://u@h:5432/db", None, "postgres://u@h:5432/db")
    with_schema = resolve_target("postgresql://u:secret@h/db?schema=Ww_1&sslmode=disable")
    assert isinstance(with_schema, PostgresTarget)
    assert with_schema.schema == "ww_1"
    assert with_schema.conninfo == "postgresql://u:secret@h/db?sslmode=disable"
    assert "secret" not in with_schema.display
    options = resolve_target("postgresql://h/db?options=-csearch_path%3Dmine")
    assert isinstance(options, PostgresTarget) and options.schema == "mine"
    assert redact("postgresql://a:b@h:1/d") == "postgresql://a:***@h:1/d"


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("", "empty path"),
        ("mysql://h/db", "unsupported URL scheme 'mysql'"),
        ("postgresql://h/db?schema=1bad", "invalid schema name '1bad'"),
        ("postgresql://h/db?schema=a;drop", "invalid schema name"),
        ("postgresql://u:pw@h:notaport/db", "malformed URL"),
        (42, "expected a path or a URL"),
    ],
)
def test_bad_targets(target, message) -> None:
    with pytest.raises(StoreError, match=message) as info:
        open_store(target)
    assert "\n" not in str(info.value)
    assert "pw" not in str(info.value)


def test_bad_sqlite_files(tmp_path) -> None:
    with pytest.raises(StoreError, match="it is a directory"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="directory .* does not exist"):
        open_store(tmp_path / "missing" / "x.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(StoreError, match=r"cannot open store .*junk\.db.*not a database"):
        open_store(junk)


def test_unreachable_postgres_is_a_one_line_error() -> None:
    expected = r"cannot open store 'postgresql://nobody:\*\*\*@127\.0\.0\.1:9/x\?connect_timeout=2': "
    with pytest.raises(StoreError, match=expected + "connection failed") as info:
        open_store("postgresql://nobody:pw@127.0.0.1:9/x?connect_timeout=2")
    assert "\n" not in str(info.value)


def test_sqlite_settings(tmp_path) -> None:
    path = tmp_path / "s.db"
    with open_store(path) as store:
        assert store.backend == "sqlite"
        assert store.journal_mode == "wal"  # type: ignore[attr-defined]
        assert store._run("PRAGMA foreign_keys") == [(1,)]
        assert store._run("PRAGMA busy_timeout")[0][0] >= 1000
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_postgres_schema_is_created_and_used(pg_schema) -> None:
    import psycopg

    url, schema = pg_schema
    with open_store(f"{url}?options=-csearch_path%3D{schema}") as store:
        assert store.backend == "postgres"
        assert store._run("SELECT current_schema()") == [(schema,)]
    with psycopg.connect(url) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = %s", (schema,)
        ).fetchone()
    assert tables is not None and tables[0] >= 10


def test_context_manager_closes(target: str) -> None:
    with open_store(target) as store:
        assert isinstance(store, Store)
    with pytest.raises(StoreError, match="is closed"):
        store.stats()


def test_stats_of_an_empty_store(store: Store) -> None:
    stats = store.stats()
    assert stats["articles"] == 0 and stats["events"] == 0
    assert stats["schema_version"] == latest_version()
    assert stats["pub_date_range"] == [None, None]


def test_in_memory_sqlite() -> None:
    from tests.store.factories import make_article

    with open_store(":memory:") as store:
        assert store.add_articles([make_article(1)]).inserted == ["art-00001"]
        assert [h.article_id for h in store.search("title")] == ["art-00001"]
