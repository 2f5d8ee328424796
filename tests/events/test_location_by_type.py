"""The coder passes the event type to the location rules: a demonym locates an attack,
not a statement."""

from __future__ import annotations

from .helpers import make_doc


def test_the_forces_of_a_state_locate_their_attack(stage):
    doc = make_doc("Malian troops attacked a jihadist camp on Tuesday.", "en", "2024-03-12")
    events = [e for e in stage([doc])[0].events if e.event_type == "ASSAULT"]
    assert events and events[0].location is not None and events[0].location.country == "MLI"


def test_a_statement_is_not_located_by_a_demonym(stage):
    doc = make_doc("Malian officials accused France of lying on Tuesday.", "en", "2024-03-12",
                   [("France", "GPE", "FRA", "France")])
    events = [e for e in stage([doc])[0].events if e.event_type == "ACCUSE"]
    assert events and events[0].location is None
