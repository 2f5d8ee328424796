from __future__ import annotations

import json
from dataclasses import asdict

from tests.store.factories import make_article, make_document, make_event
from wirewatch.records import Story
from wirewatch.store import article_from_dict, document_from_dict, event_from_dict, story_from_dict


def test_nested_records_round_trip_through_json() -> None:
    article = make_article(1, extra={"k": [1, 2]})
    event = make_event(article, 1)
    doc = make_document(article, [event])
    story = Story(id="s", titles={"en": "t"}, article_ids=[article.id])
    assert event_from_dict(json.loads(json.dumps(asdict(event)))) == event
    assert document_from_dict(json.loads(json.dumps(asdict(doc)))) == doc
    assert article_from_dict(asdict(article)) == article
    assert story_from_dict(asdict(story)) == story


def test_unknown_keys_are_ignored_and_missing_ones_defaulted() -> None:
    event = event_from_dict({"id": "e", "article_id": "a", "event_type": "AID", "new_field": 1})
    assert event.actor == [] and event.location is None and event.confidence == 0.5
    article = article_from_dict({"id": "a", "text": "t", "feed": "x"})
    assert article.extra == {"feed": "x"}
