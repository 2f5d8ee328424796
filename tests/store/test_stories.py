from __future__ import annotations

import pytest

from tests.store.factories import make_article
from wirewatch.records import Story
from wirewatch.store import Store, StoreError


def _story(n: int, articles: list[str], events: list[str] | None = None) -> Story:
    return Story(
        id=f"story-{n}", titles={"fr": f"Titre {n}", "ar": f"عنوان {n}"}, article_ids=articles,
        event_ids=events or [], actors=["RUS", "IGO"], places=["Moscow"],
        first_date="2024-03-05", last_date="2024-03-06",
    )


def test_save_get_and_iterate_stories(store: Store) -> None:
    store.add_articles([make_article(n) for n in range(3)])
    first = _story(1, ["art-00000", "art-00001"], ["art-00000-e1"])
    second = _story(2, ["art-00002"])
    store.save_story(second)
    store.save_story(first)
    assert store.get_story("story-1") == first
    assert store.get_story("nope") is None
    assert [s.id for s in store.iter_stories()] == ["story-1", "story-2"]
    assert store.story_ids_for_article("art-00001") == ["story-1"]
    assert store.stats()["stories"] == 2


def test_saving_a_story_again_replaces_its_links(store: Store) -> None:
    store.add_articles([make_article(n) for n in range(3)])
    store.save_story(_story(1, ["art-00000", "art-00001"]))
    store.save_story(_story(1, ["art-00002"]))
    assert store.get_story("story-1").article_ids == ["art-00002"]  # type: ignore[union-attr]
    assert store.story_ids_for_article("art-00000") == []
    assert store.story_ids_for_article("art-00002") == ["story-1"]


def test_story_with_unknown_article_is_refused(store: Store) -> None:
    store.add_articles([make_article(0)])
    with pytest.raises(StoreError, match="story 'story-1': articles not in the store: ghost"):
        store.save_stories([_story(2, ["art-00000"]), _story(1, ["ghost"])])
    assert store.get_story("story-2") is None  # one transaction for the batch
