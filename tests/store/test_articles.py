from __future__ import annotations

import pytest

from tests.store.factories import article_text, make_article
from wirewatch.records import Article
from wirewatch.store import Store, StoreError


def test_add_and_get_round_trip(store: Store) -> None:
    article = make_article(1, url="https://example.org/a", pub_date_source="metadata",
                           extra={"section": "world", "tags": ["un", "sahara"]})
    result = store.add_articles([article])
    assert result.inserted == [article.id]
    assert result.duplicates == [] and result.near_duplicates == []
    assert article.content_hash  # set on the object
    stored = store.get_article(article.id)
    assert stored == article
    assert store.get_article("missing") is None
    assert store.count_articles() == 1


def test_adding_the_same_articles_twice_adds_nothing(store: Store) -> None:
    batch = [make_article(n) for n in range(5)]
    assert len(store.add_articles(batch).inserted) == 5
    again = store.add_articles([make_article(n) for n in range(5)])
    assert again.inserted == []
    assert again.duplicates == [(a.id, a.id) for a in batch]
    assert store.count_articles() == 5


def test_same_text_under_another_id_is_an_exact_duplicate(store: Store) -> None:
    store.add_articles([make_article(1)])
    copy = make_article(1, id="copy-of-1", text="  " + article_text(1).upper() + "\n")
    twin = make_article(2, id="twin")
    result = store.add_articles([copy, twin, make_article(2, id="twin-again")])
    assert result.inserted == ["twin"]
    assert result.duplicates == [("copy-of-1", "art-00001"), ("twin-again", "twin")]
    assert store.get_article("copy-of-1") is None


def test_a_failing_batch_stores_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.add_articles([make_article(0)])

    def fail(rows: object) -> None:  # the last write of a batch, after all its inserts
        raise StoreError("simulated failure")

    monkeypatch.setattr(store, "_index_search_many", fail)
    with pytest.raises(StoreError, match="simulated"):
        store.add_articles([make_article(n) for n in range(1, 6)])
    monkeypatch.undo()
    assert store.count_articles() == 1
    assert store.add_articles([make_article(n) for n in range(1, 6)]).inserted == [
        make_article(n).id for n in range(1, 6)
    ]


def test_iter_articles_filters(store: Store) -> None:
    store.add_articles([
        make_article(1, lang="en", source="wire-a", pub_date="2024-03-01"),
        make_article(2, lang="fr", source="wire-b", pub_date="2024-03-05T08:30:00+01:00"),
        make_article(3, lang="ar", source="wire-a", pub_date="2024-04"),
        make_article(4, lang="fr", source="wire-a", pub_date=None),
    ])

    def ids(**filters: object) -> list[str]:
        return [a.id[-1] for a in store.iter_articles(**filters)]  # type: ignore[arg-type]

    assert ids() == ["1", "2", "3", "4"]
    assert ids(lang="fr") == ["2", "4"]
    assert ids(source="wire-a") == ["1", "3", "4"]
    assert ids(since="2024-03-05") == ["2", "3"]
    assert ids(until="2024-03-05") == ["1", "2"]
    # a month-precision date overlaps any day of that month
    assert ids(since="2024-04-20") == ["3"]
    assert ids(until="2024-03") == ["1", "2"]
    assert ids(since="2024-03-02", until="2024-03-31", lang="fr") == ["2"]
    assert ids(limit=2) == ["1", "2"]
    assert ids(limit=0) == []


def test_iter_articles_pages_through_many(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("wirewatch.store.base._PAGE", 7)
    store.add_articles([make_article(n) for n in range(30)])
    assert [a.id for a in store.iter_articles()] == [make_article(n).id for n in range(30)]
    assert len(list(store.iter_articles(limit=15))) == 15
    assert len(list(store.iter_articles(limit=14))) == 14
    assert len(list(store.iter_articles(lang="en", limit=100))) == 30


def test_articles_without_analysis_in_insertion_order(store: Store) -> None:
    store.add_articles([make_article(n) for n in (5, 3, 9)])
    assert store.article_ids_without_analysis() == ["art-00005", "art-00003", "art-00009"]
    assert store.article_ids_without_analysis(limit=1) == ["art-00005"]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (["not an article"], "item 0: expected an Article"),
        ([Article(id="", text="x")], "item 0: article id must be a non-empty string"),
        ([Article(id="x", text=None)], "article 'x': text must be a string"),  # type: ignore[arg-type]
    ],
)
def test_bad_articles_are_rejected_with_a_clear_error(store: Store, bad, message) -> None:
    with pytest.raises(StoreError, match=message):
        store.add_articles(bad)
    assert store.count_articles() == 0


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"since": "last week"}, "invalid since 'last week'"),
        ({"until": "05/03/2024"}, "invalid until"),
        ({"limit": -1}, "invalid limit -1"),
    ],
)
def test_bad_filters_are_rejected(store: Store, filters, message) -> None:
    with pytest.raises(StoreError, match=message):
        list(store.iter_articles(**filters))


def test_empty_text_is_stored_without_fingerprint(store: Store) -> None:
    result = store.add_articles([Article(id="blank", text=""), Article(id="blank2", text=" ")])
    assert result.inserted == ["blank"]
    assert result.duplicates == [("blank2", "blank")]


def test_closed_store_refuses_work(target: str) -> None:
    from wirewatch.store import open_store

    store = open_store(target)
    store.close()
    store.close()  # twice is fine
    with pytest.raises(StoreError, match="is closed"):
        store.count_articles()


def test_same_id_twice_in_one_batch(store: Store) -> None:
    result = store.add_articles([make_article(1), make_article(1, text="another text")])
    assert result.inserted == ["art-00001"]
    assert result.duplicates == [("art-00001", "art-00001")]
    assert store.get_article("art-00001").text == make_article(1).text  # type: ignore[union-attr]
