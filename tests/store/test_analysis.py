from __future__ import annotations

from dataclasses import asdict

import pytest

from tests.store.factories import entity, make_article, make_document, make_event
from wirewatch.records import Article, Document
from wirewatch.store import Store, StoreError


def _coded_store(store: Store) -> list[Document]:
    a1 = make_article(1, lang="fr", pub_date="2024-03-05")
    a2 = make_article(2, lang="ar", pub_date="2024-03-20")
    a3 = make_article(3, lang="en", pub_date="2024-05-01")
    docs = [
        make_document(a1, [
            make_event(a1, 1),
            make_event(a1, 2, event_type="ACCUSE", date="2024-03", date_precision="month",
                       actor=[entity("Rabat", "MAR", "kb:mar-gov", "Q1028", "Morocco")],
                       recipient=[entity("le Polisario", "NGO", "kb:polisario", "Q205056",
                                         "Front Polisario")]),
        ]),
        make_document(a2, [
            make_event(a2, 1, event_type="SUPPORT", date="2024-03-20",
                       actor=[entity("موسكو", "RUS", "kb:rus-gov", "Q159", "Russie")],
                       recipient=[entity("الرباط", "MAR", "kb:mar-gov", "Q1028", "Maroc")]),
        ]),
        make_document(a3, [
            make_event(a3, 1, event_type="ACCUSE", date=None, date_precision=None,
                       negated=True, aux="future"),
        ]),
    ]
    store.add_articles([d.article for d in docs])
    store.save_documents(docs)
    return docs


def _ids(events) -> list[str]:
    return [e.id for e in events]


def test_events_round_trip_exactly(store: Store) -> None:
    docs = _coded_store(store)
    stored = sorted(store.query_events(article_id="art-00001"), key=lambda e: e.id)
    assert [asdict(e) for e in stored] == [asdict(e) for e in docs[0].events]


def test_document_round_trip(store: Store) -> None:
    docs = _coded_store(store)
    doc = store.get_document("art-00002")
    assert doc is not None
    assert asdict(doc) == asdict(docs[1])
    assert store.get_document("missing") is None


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["art-00001-e2", "art-00001-e1", "art-00002-e1", "art-00003-e1"]),
        ({"event_type": "accuse"}, ["art-00001-e2", "art-00003-e1"]),
        ({"actor": "MAR"}, ["art-00001-e2"]),
        ({"recipient": "mar"}, ["art-00002-e1"]),
        ({"actor": "kb:rus-gov"}, ["art-00002-e1"]),
        ({"recipient": "Q155"}, ["art-00001-e1", "art-00003-e1"]),
        ({"actor": "mistura"}, ["art-00001-e1", "art-00003-e1"]),
        ({"actor": "موسكو"}, ["art-00002-e1"]),
        ({"recipient": "polisario"}, ["art-00001-e2"]),
        ({"actor": "%"}, []),
        ({"country": "mar"}, ["art-00001-e2", "art-00002-e1"]),
        ({"country": "RUS"}, ["art-00001-e1", "art-00002-e1", "art-00003-e1"]),
        ({"lang": "ar"}, ["art-00002-e1"]),
        ({"article_id": "art-00003"}, ["art-00003-e1"]),
        ({"since": "2024-03-10"}, ["art-00001-e2", "art-00002-e1"]),
        ({"until": "2024-03-05"}, ["art-00001-e2", "art-00001-e1"]),
        ({"since": "2024-03-06", "until": "2024-03-19"}, ["art-00001-e2"]),
        ({"since": "2024-04"}, []),
        ({"limit": 1}, ["art-00001-e2"]),
        ({"actor": "IGO", "recipient": "Lavrov", "lang": "fr"}, ["art-00001-e1"]),
    ],
)
def test_query_events_filters(store: Store, filters, expected) -> None:
    _coded_store(store)
    assert _ids(store.query_events(**filters)) == expected


def test_recoding_replaces_the_earlier_analysis(store: Store) -> None:
    docs = _coded_store(store)
    article = docs[0].article
    recoded = make_document(article, [make_event(article, 7, event_type="REJECT")])
    store.save_documents([recoded])
    store.save_documents([recoded])
    assert _ids(store.query_events(article_id=article.id)) == ["art-00001-e7"]
    assert store.query_events(actor="Morocco") == [
        e for e in store.query_events(actor="Morocco") if e.article_id != article.id
    ]
    stats = store.stats()
    assert stats["events"] == 3
    assert stats["events_by_type"] == {"ACCUSE": 1, "REJECT": 1, "SUPPORT": 1}
    assert stats["analysed_articles"] == 3
    assert stats["mentions"] == 3


def test_save_documents_adds_missing_articles(store: Store) -> None:
    article = make_article(9)
    store.save_documents([make_document(article, [make_event(article, 1)])])
    assert store.get_article(article.id) is not None
    assert store.article_ids_without_analysis() == []
    # the same text under another id is a duplicate: its analysis is not stored twice
    copy = Article(id="copy", text=article.text)
    store.save_documents([make_document(copy, [make_event(copy, 1)])])
    assert store.get_article("copy") is None
    assert store.stats()["events"] == 1


def test_analysis_marks_articles_analysed(store: Store) -> None:
    store.add_articles([make_article(n) for n in range(3)])
    store.save_documents([make_document(make_article(1))])
    assert store.article_ids_without_analysis() == ["art-00000", "art-00002"]


def test_failed_save_keeps_the_earlier_analysis(store: Store) -> None:
    docs = _coded_store(store)
    a1 = docs[0].article
    # an event id already used by another article violates the primary key
    clash = make_document(a1, [make_event(a1, 1, id="art-00002-e1")])
    with pytest.raises(StoreError, match="store .*insert"):
        store.save_documents([clash])
    assert _ids(store.query_events(article_id=a1.id)) == ["art-00001-e2", "art-00001-e1"]


def test_bad_documents_are_rejected(store: Store) -> None:
    with pytest.raises(StoreError, match="item 0: expected a Document"):
        store.save_documents(["nope"])  # type: ignore[list-item]


def test_canonical_ids(store: Store) -> None:
    _coded_store(store)
    changed = store.set_canonical_ids({"art-00001-e1": "art-00001-e1", "art-00003-e1":
                                       "art-00001-e1", "unknown": "x"})
    assert changed == 2
    events = {e.id: e for e in store.query_events()}
    assert events["art-00003-e1"].canonical_id == "art-00001-e1"
    assert events["art-00002-e1"].canonical_id is None


def test_the_later_document_of_an_article_in_a_batch_wins(store: Store) -> None:
    article = make_article(4)
    first = make_document(article, [make_event(article, 1)])
    second = make_document(article, [make_event(article, 2), make_event(article, 3)])
    store.save_documents([first, second])
    assert _ids(store.query_events(article_id=article.id)) == ["art-00004-e2", "art-00004-e3"]
