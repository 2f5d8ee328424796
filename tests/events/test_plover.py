import json

import pytest

from wirewatch.plover import event_to_plover, plover_to_event
from wirewatch.records import Article, EntityRef, Event, Evidence, Place


def sample_event() -> Event:
    return Event(
        id="ev-1", article_id="a1", event_type="CONSULT", mode="visit", context=["diplomatic"],
        actor=[EntityRef("Staffan de Mistura", "IGO", "GOV", "Q123", "Staffan de Mistura", "kb:sdm", 0, 18)],
        recipient=[EntityRef("Sergueï Lavrov", "RUS", "GOV", "Q80137", "Sergey Lavrov", None, 40, 54)],
        date="2024-03-11", date_precision="day",
        location=Place("Moscow", 524901, 55.75, 37.62, "RUS", "Moscow", "PPLC"), location_text="Moscou",
        negated=False, aux=None,
        attribution={"type": "social_media", "text": "sur X", "actor": None},
        evidence=[Evidence("a1", 1, 0, 54, "text", "fr", "Wire"), Evidence("a1", 3, 100, 140, "نص", "ar", "Wire")],
        rule="lexicon:fr:CONSULT", confidence=0.8,
    )


def test_plover_field_names_and_values():
    article = Article(id="a1", text="...", url="https://example.org/x", source="Wire",
                      pub_date="2024-03-12", title="T")
    data = event_to_plover(sample_event(), article)
    for key in ("id", "date", "event", "mode", "context", "actor", "recipient", "event_loc",
                "text_info", "cite_info", "article_id", "negated", "aux", "date_precision",
                "attribution", "confidence", "quad_class", "rule"):
        assert key in data
    assert data["event"] == "CONSULT" and data["quad_class"] == 1
    assert set(data["actor"][0]) >= {"code", "sector", "entity_text", "identifier_id", "identifier_text"}
    assert data["event_loc"]["geonames_id"] == 524901 and data["event_loc"]["text"] == "Moscou"
    assert [t["lang"] for t in data["text_info"]] == ["fr", "ar"]
    assert data["cite_info"] == {"article_id": "a1", "url": "https://example.org/x", "source": "Wire",
                                 "pub_date": "2024-03-12", "title": "T"}
    json.dumps(data)  # serialisable as it is


def test_round_trip_keeps_the_event():
    event = sample_event()
    assert plover_to_event(json.loads(json.dumps(event_to_plover(event)))) == event


def test_sanction_is_quad_four_and_missing_location_is_null():
    event = Event(id="ev-2", article_id="a2", event_type="SANCTION")
    data = event_to_plover(event)
    assert data["quad_class"] == 4 and data["event_loc"] is None
    assert data["cite_info"]["article_id"] == "a2"


@pytest.mark.parametrize("bad", [[], {"id": "x"}, {"event": "ACCUSE"}])
def test_bad_plover_objects_raise_clear_errors(bad):
    with pytest.raises(ValueError):
        plover_to_event(bad)
