"""Checking parameters and building timelines and networks, without a store."""

from __future__ import annotations

import pytest

from wirewatch.records import EntityRef, Event
from wirewatch.web.aggregates import network, timeline
from wirewatch.web.errors import ApiError
from wirewatch.web.params import EventFilters, check_date, check_event_type, check_lang, check_query


@pytest.mark.parametrize("value", ["2024", "2024-03", "2024-03-05", "2024-03-05T08:30", "2024-03-05T08:30:00Z",
                                   "2024-02-29"])
def test_good_dates_pass(value: str) -> None:
    assert check_date("since", value) == value


@pytest.mark.parametrize("value", ["24", "2024-3", "2024-13", "2023-02-29", "2024-03-05T25:00", "March 2024",
                                   "2024-03-05; DROP TABLE"])
def test_bad_dates_are_422_naming_the_parameter(value: str) -> None:
    with pytest.raises(ApiError) as caught:
        check_date("until", value)
    assert caught.value.status == 422
    assert caught.value.message.startswith(f"until {value!r}")


def test_event_type_lang_and_query() -> None:
    assert check_event_type("consult") == "CONSULT"
    assert check_event_type("") is None
    with pytest.raises(ApiError):
        check_event_type("MEET")
    assert check_lang("AR") == "ar"
    with pytest.raises(ApiError):
        check_lang("arabic")
    with pytest.raises(ApiError):
        check_query("q", " \t")
    filters = EventFilters.checked(actor="  ", event_type="assault", since="2024-01", until="2024-01-31")
    assert filters.as_kwargs() == {"actor": None, "recipient": None, "event_type": "ASSAULT", "country": None,
                                   "since": "2024-01", "until": "2024-01-31", "lang": None}
    with pytest.raises(ApiError):
        EventFilters.checked(since="2024-02", until="2024-01-31")


def ref(name: str, code: str, ident: str | None = None) -> EntityRef:
    return EntityRef(entity_text=name, code=code, identifier_id=ident, identifier_text=name)


def event(eid: str, kind: str, date: str | None, actors: list[EntityRef], recipients: list[EntityRef]) -> Event:
    return Event(id=eid, article_id="a", event_type=kind, date=date, actor=actors, recipient=recipients)


RUS, MAR, UN = ref("Russia", "RUS", "Q159"), ref("Morocco", "MAR", "Q1028"), ref("UN", "IGO")
EVENTS = [
    event("e1", "CONSULT", "2024-03-05", [RUS], [MAR]),
    event("e2", "CONSULT", "2024-03-07", [RUS], [MAR, UN]),
    event("e3", "ASSAULT", "2024-02-01", [MAR], [RUS]),
    event("e4", "ACCUSE", "2024-02", [UN], [RUS]),
    event("e5", "AID", None, [UN], []),
]


def test_timeline_by_month_and_day() -> None:
    monthly = timeline(EVENTS, "month")
    assert [(p["period"], p["total"]) for p in monthly["periods"]] == [("2024-02", 2), ("2024-03", 2)]
    assert monthly["periods"][0]["by_quad"] == {"3": 1, "4": 1}
    assert monthly["undated"] == 1 and monthly["imprecise"] == 0 and monthly["total"] == 5
    daily = timeline(EVENTS, "day")
    assert [p["period"] for p in daily["periods"]] == ["2024-02-01", "2024-03-05", "2024-03-07"]
    assert daily["imprecise"] == 1 and daily["total"] == 5


def test_network_edges_nodes_and_limit() -> None:
    graph = network(EVENTS)
    edges = {(e["source"], e["target"]): e for e in graph["edges"]}
    assert edges[("Q159", "Q1028")]["count"] == 2
    assert edges[("Q159", "Q1028")]["types"] == {"CONSULT": 2}
    assert edges[("Q159", "Q1028")]["quad_classes"] == [1]
    un = "IGO:un"
    assert edges[(un, "Q159")]["types"] == {"ACCUSE": 1}
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert nodes[un]["as_actor"] == 2 and nodes[un]["as_recipient"] == 1
    assert nodes["Q159"]["name"] == "Russia" and nodes["Q159"]["code"] == "RUS"
    top = network(EVENTS, limit=1)
    assert [(e["source"], e["target"]) for e in top["edges"]] == [("Q159", "Q1028")]
    assert {n["id"] for n in top["nodes"]} == {"Q159", "Q1028"}
