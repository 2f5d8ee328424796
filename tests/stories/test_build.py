"""update_stories against the real store (SQLite, and PostgreSQL when reachable)."""

import copy
from pathlib import Path

import pytest

from wirewatch.records import Document
from wirewatch.stories.build import StoryBuilder, update_stories
from wirewatch.stories.canonical import canonical_events
from wirewatch.stories.embedding import embeddings_available
from wirewatch.stories.query import filter_stories, list_stories, story_line
from wirewatch.stories.storyset import load_story_set

REPO = Path(__file__).resolve().parents[2]
DEV = REPO / "data" / "stories" / "dev.jsonl"
WANTED = ("s01", "s02", "s19", "s20", "s05", "s06")


def _docs() -> list[Document]:
    items = [i for i in load_story_set(DEV) if i.story in WANTED]
    return [Document(i.article, events=i.events) for i in items]


def _labels() -> dict[str, str]:
    return {i.article.id: i.story for i in load_story_set(DEV) if i.story in WANTED}


def _grouping(stories) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in stories}


pytest.importorskip("tests.store.conftest", reason="the store's test fixtures are not available")


def test_update_stories_groups_saves_and_is_idempotent(store):
    docs = _docs()
    store.save_documents(docs)
    labels = _labels()
    saved = update_stories(store, docs, StoryBuilder(embed=False))
    expected = {frozenset(a for a, s in labels.items() if s == story) for story in WANTED}
    assert _grouping(saved) == expected
    assert _grouping(store.iter_stories()) == expected
    again = update_stories(store, docs, StoryBuilder(embed=False))
    assert again == []  # every article already belongs to a stored story
    assert _grouping(store.iter_stories()) == expected
    talks = next(s for s in store.iter_stories() if "s01-fr" in s.article_ids)
    assert set(talks.titles) == {"en", "fr", "ar"}
    assert talks.first_date == "2024-03-11"
    assert len(talks.event_ids) == 1  # one canonical event for the talks
    stored = store.get_document("s01-fr")
    assert stored is not None
    assert {e.canonical_id for e in stored.events} == set(talks.event_ids)


@pytest.mark.parametrize("embed", [False, True])
def test_later_batch_joins_stored_stories(store, embed):
    if embed and not embeddings_available():
        pytest.skip("multilingual embeddings not installed")
    docs = _docs()
    store.save_documents(docs)
    update_stories(store, [d for d in docs if not d.article.id.endswith("-ar")], StoryBuilder(embed=embed))
    # a new process: stored stories are restored from the store before the next batch
    update_stories(store, [d for d in docs if d.article.id.endswith("-ar")], StoryBuilder(embed=embed))
    labels = _labels()
    expected = {frozenset(a for a, s in labels.items() if s == story) for story in WANTED}
    assert _grouping(store.iter_stories()) == expected
    talks = next(s for s in store.iter_stories() if "s01-ar" in s.article_ids)
    assert len(talks.event_ids) == 1


def test_listing_filters(store):
    docs = _docs()
    store.save_documents(docs)
    update_stories(store, docs, StoryBuilder(embed=False))
    stories = list(store.iter_stories())
    blinken = list(list_stories(stories, actor="name:antony-blinken"))
    assert len(blinken) == 2
    october = list(list_stories(stories, actor="blinken", since="2023-10-01", until="2023-10-31"))
    assert [s.article_ids[0][:3] for s in october] == ["s19"]
    assert all("ar" in s.titles for s in list_stories(stories, lang="ar"))
    assert list(list_stories(stories, lang="de")) == []
    line = story_line(october[0])
    assert set(line) == {"id", "title", "article_ids", "event_ids"} and line["title"]


def test_store_without_story_methods_is_refused():
    with pytest.raises(TypeError, match="has no save_story"):
        update_stories(object(), [])


def test_canonical_events_from_the_store(store):
    docs = _docs()
    store.save_documents(docs)
    update_stories(store, docs, StoryBuilder(embed=False))
    found = canonical_events(store, event_type="CONSULT")
    talks = [e for e in found if e.date == "2024-03-11"]
    assert len(talks) == 1  # three reports, one of them telling it twice
    assert sorted(ev.article_id for ev in talks[0].evidence) == ["s01-ar", "s01-en", "s01-fr", "s01-fr"]
    assert {ev.lang for ev in talks[0].evidence} == {"en", "fr", "ar"}
    blinken = [e for e in found if any(r.identifier_text == "Antony Blinken" for r in e.actor)]
    assert sorted(e.date for e in blinken) == ["2023-10-12", "2023-11-03"]  # two meetings stay two
    assert len(canonical_events(store, event_type="CONSULT", limit=1)) == 1
    assert [s.id for s in filter_stories(store, lang="fr", since="2024-01-01")] == [talks_story(store)]


def talks_story(store) -> str:
    return next(s.id for s in store.iter_stories() if "s01-en" in s.article_ids)


def test_event_recalled_in_another_story_keeps_one_canonical_id(store):
    items = {i.article.id: i for i in load_story_set(DEV) if i.story in ("s01", "s02")}
    docs = [Document(i.article, events=i.events) for i in items.values()]
    # the March 2024 talks report recalls the October 2023 abstention
    recalled = copy.deepcopy(items["s02-en"].events[1])
    recalled.id, recalled.article_id, recalled.aux = "s01-en#recalled", "s01-en", "historical"
    next(d for d in docs if d.article.id == "s01-en").events.append(recalled)
    store.save_documents(docs)
    stories = update_stories(store, docs, StoryBuilder(embed=False))
    assert len(stories) == 2
    vote = next(s for s in stories if "s02-en" in s.article_ids)
    talks = next(s for s in stories if "s01-en" in s.article_ids)
    shared = set(vote.event_ids) & set(talks.event_ids)
    assert len(shared) == 1
    (abstention,) = [e for e in canonical_events(store, event_type="REJECT")]
    assert abstention.id in shared
    assert sorted({ev.article_id for ev in abstention.evidence}) == ["s01-en", "s02-ar", "s02-en", "s02-fr"]
