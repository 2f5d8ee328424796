from __future__ import annotations

import pytest

from tests.store.factories import make_article, make_document, make_event
from wirewatch.store import StoreError, latest_version, open_store
from wirewatch.store.migrations import load_migrations
from wirewatch.store.opening import connect


def test_both_backends_have_the_same_steps() -> None:
    sqlite = [(m.version, m.name, m.backfills) for m in load_migrations("sqlite")]
    postgres = [(m.version, m.name, m.backfills) for m in load_migrations("postgres")]
    assert sqlite == postgres
    assert sqlite[-1][0] == latest_version() >= 2
    for migration in load_migrations("sqlite") + load_migrations("postgres"):
        assert migration.statements(), migration.name


def test_statement_splitting_keeps_semicolons_inside_strings() -> None:
    from wirewatch.store.migrations import Migration

    sql = "-- comment; here\nCREATE TABLE t (x TEXT DEFAULT 'a;b');\n\nINSERT INTO t VALUES ('c');\n"
    assert Migration(1, "t", sql).statements() == [
        "CREATE TABLE t (x TEXT DEFAULT 'a;b');",
        "INSERT INTO t VALUES ('c');",
    ]


def test_upgrade_from_version_1_keeps_data(target: str) -> None:
    article = make_article(1, text="Le ministre est arrivé à Moscou mardi.", lang="fr")
    with connect(target, migrate_to=1) as old:
        assert old.schema_version == 1
        # what a version-1 store wrote (today's add_articles also fills later tables)
        with old._transaction():
            old._run(
                "INSERT INTO articles (id, title, text, lang, source, pub_date, extra, "
                "content_hash, added_at) VALUES (?, ?, ?, ?, ?, ?, '{}', ?, ?)",
                (article.id, article.title, article.text, article.lang, article.source,
                 article.pub_date, "hash-1", "2024-03-05T00:00:00+00:00"),
            )
    article.content_hash = "hash-1"
    with open_store(target) as store:
        assert store.schema_version == latest_version()
        assert store.get_article(article.id) == article
        # the search index added by a later step was filled with the existing articles
        assert [h.article_id for h in store.search("moscou")] == [article.id]
        store.save_documents([make_document(article, [make_event(article, 1)])])
        assert [e.id for e in store.query_events(country="RUS")] == [f"{article.id}-e1"]
        versions = [row[0] for row in store._run("SELECT version FROM schema_version ORDER BY 1")]
        assert versions == list(range(1, latest_version() + 1))
    # opening again applies nothing
    with open_store(target) as store:
        assert store.schema_version == latest_version()


def test_step_by_step_upgrade(target: str) -> None:
    for version in range(1, latest_version() + 1):
        with connect(target, migrate_to=version) as store:
            assert store.schema_version == version


def test_a_newer_schema_is_refused(target: str) -> None:
    with open_store(target) as store:
        with store._transaction():
            store._run(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                (latest_version() + 1, "future", "2100-01-01"),
            )
    with pytest.raises(StoreError, match="is newer than this wirewatch supports"):
        open_store(target)
