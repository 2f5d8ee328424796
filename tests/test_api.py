"""The Python API: records in, PLOVER events out."""

from __future__ import annotations

import pytest

import wirewatch
from wirewatch.api import InputRecordError, to_article
from wirewatch.records import Article


def test_to_article_keeps_unknown_fields_and_derives_ids() -> None:
    article = to_article({"text": "Hello", "url": "https://example.org/a", "feed": "x", "pub_date": "2024-03-12"})
    assert article.extra == {"feed": "x"}
    assert article.pub_date == "2024-03-12"
    assert to_article({"text": "Other", "url": "https://example.org/a"}).id == article.id
    assert to_article({"text": "Hello"}).id == to_article({"text": "Hello"}).id != article.id
    assert to_article("plain text").text == "plain text"
    same = Article(id="z", text="t")
    assert to_article(same) is same


@pytest.mark.parametrize("bad", [{"id": "1"}, {"id": "1", "text": "   "}, {"text": 5}, 42])
def test_to_article_rejects_records_without_text(bad: object) -> None:
    with pytest.raises(InputRecordError):
        to_article(bad)  # type: ignore[arg-type]


def test_code_returns_plover_events_with_article_ids() -> None:
    events = wirewatch.code([
        {"id": "fr1", "lang": "fr", "pub_date": "2024-03-12",
         "text": "Le ministre marocain des affaires étrangères, Nasser Bourita, a reçu mardi à Rabat "
                 "son homologue espagnol José Manuel Albares."},
        {"id": "en0", "lang": "en", "text": "The weather was mild and the market was quiet."},
    ])
    assert events
    assert {e["article_id"] for e in events} == {"fr1"}
    assert all(e["event"] in wirewatch.records.EVENT_TYPES for e in events)


class _RecordingBuilder:
    def __init__(self) -> None:
        self.loads = 0

    def load(self) -> None:
        self.loads += 1


@pytest.mark.parametrize("workers", [1, 2])
def test_the_story_model_loads_beside_the_coding_workers_not_before_them(
        tmp_path, monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    from wirewatch import api
    from wirewatch.store import open_store
    from wirewatch.stories import build

    monkeypatch.setattr(build, "update_stories", lambda store, docs, builder: None)
    builder = _RecordingBuilder()
    with open_store(str(tmp_path / "s.sqlite")) as store:
        store.add_articles([to_article({"id": f"a{i}", "lang": "en", "text": f"Talks number {i} opened in Rabat."})
                            for i in range(3)])
        report = api.analyse_store(store, workers=workers, batch_size=2, story_builder=builder)
        assert not store.article_ids_without_analysis()
    assert report.errors == []
    # with workers it is loaded while they code; alone, the builder loads on first use
    assert builder.loads == (1 if workers > 1 else 0)
