from __future__ import annotations

import pytest

from tests.store.factories import make_article
from wirewatch.store import Store
from wirewatch.store.fingerprints import load_fingerprinter

NEAR_DUPLICATE_THRESHOLD = load_fingerprinter().threshold

BASE = (
    "The envoy of the United Nations reached the capital on Tuesday for two days of talks "
    "with the foreign minister about the disputed territory, according to officials of "
    "both delegations. The visit follows a tour of the region last month during which the "
    "envoy met the leaders of the movement and representatives of the neighbouring states. "
    "Neither side gave details of the proposals discussed, but a spokesman said a statement "
    "would follow at the end of the week."
)
# the same report republished with a new closing sentence
REPUBLISHED = BASE.replace(
    "a statement would follow at the end of the week.",
    "the talks would resume in the autumn in Geneva.",
)
UNRELATED = (
    "Farmers in the northern valley began the harvest early this year after a dry spring, "
    "and the cooperative expects prices to rise at the regional market before the winter."
)


def test_near_duplicate_is_stored_and_linked(store: Store) -> None:
    store.add_articles([make_article(1, text=BASE), make_article(2, text=UNRELATED)])
    copy = make_article(3, text=REPUBLISHED)
    result = store.add_articles([copy])
    assert result.inserted == [copy.id]
    assert len(result.near_duplicates) == 1
    article_id, original_id, score = result.near_duplicates[0]
    assert (article_id, original_id) == (copy.id, "art-00001")
    assert NEAR_DUPLICATE_THRESHOLD <= score < 1.0
    assert copy.near_duplicate_of == "art-00001" and copy.near_duplicate_score == score
    stored = store.get_article(copy.id)
    assert stored is not None
    assert stored.near_duplicate_of == "art-00001"
    assert stored.near_duplicate_score == score
    assert store.stats()["near_duplicates"] == 1


def test_near_duplicate_within_one_batch(store: Store) -> None:
    result = store.add_articles([make_article(1, text=BASE), make_article(2, text=REPUBLISHED)])
    assert result.inserted == ["art-00001", "art-00002"]
    assert [(a, o) for a, o, _ in result.near_duplicates] == [("art-00002", "art-00001")]


def test_unrelated_articles_are_not_linked(store: Store) -> None:
    result = store.add_articles([make_article(n) for n in range(30)])
    assert result.near_duplicates == []
    assert all(a.near_duplicate_of is None for a in store.iter_articles())


def test_best_scoring_original_wins(store: Store) -> None:
    closer = REPUBLISHED.replace("two days", "three days")
    store.add_articles([make_article(1, text=BASE), make_article(2, text=closer)])
    # identical to the second except one word; far closer to it than to the first
    result = store.add_articles([make_article(3, text=closer.replace("Geneva", "Vienna"))])
    assert [(a, o) for a, o, _ in result.near_duplicates] == [("art-00003", "art-00002")]


def test_fingerprints_computed_elsewhere_give_the_same_result(store: Store) -> None:
    from wirewatch.ingest.stage import KEY, FingerprintStage
    from wirewatch.records import Document
    from wirewatch.store import StoreError

    store.add_articles([make_article(1, text=BASE), make_article(2, text=UNRELATED)])
    docs = FingerprintStage()([Document(make_article(3, text=REPUBLISHED)), Document(make_article(4, text=BASE))])
    result = store.add_articles([d.article for d in docs], [d.user_data[KEY] for d in docs])
    assert [(a, o) for a, o, _ in result.near_duplicates] == [(make_article(3).id, make_article(1).id)]
    assert result.duplicates == [(make_article(4).id, make_article(1).id)]
    with pytest.raises(StoreError, match="fingerprints"):
        store.add_articles([make_article(5, text=UNRELATED + " More.")], [])
