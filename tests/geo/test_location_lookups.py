"""The event place reads the document's places once per event and per document, and the
gazetteer's per-country look-ups once per code, with the answers they gave before."""

from __future__ import annotations

from wirewatch.geo import event_location, location
from wirewatch.geo.gazetteer import get_gazetteer
from wirewatch.records import Article, Document, Mention, Place


def _doc(text: str) -> Document:
    return Document(Article(id="t", text=text, lang="en", pub_date="2024-03-12"))


def test_capital_and_country_places_are_fresh_copies_of_the_first_answer():
    gazetteer = get_gazetteer()
    first, again = gazetteer.capital_place("mli"), gazetteer.capital_place("MLI")
    assert first == again and first is not again and first.name == "Bamako"
    scanned = max((e for e in gazetteer.entries if e.feature == "PPLC" and "MLI" in (e.country2, e.country3)),
                  key=lambda e: e.population)
    assert first == scanned.to_place()
    assert gazetteer.country_place("ML") == gazetteer.country_place("MLI") and gazetteer.country_place("MLI").feature == "PCLI"
    assert gazetteer.capital_place("XXX") is None and gazetteer.country_place("XXX") is None


def test_candidates_of_a_range_are_those_starting_in_it():
    doc = _doc("Talks were held in Geneva and in Paris. Troops entered Kidal, Mali, and Gao on Sunday.")
    event_location(doc, 0, 10)
    cached = location._CACHE[id(doc)]
    assert cached.candidates
    for start in range(0, len(doc.text), 7):
        for end in (start, start + 5, start + 30, len(doc.text)):
            assert location._candidates(doc, start, end) == \
                [c for c in cached.candidates if start <= c.start < end]


def test_places_added_between_two_events_are_seen():
    text = "Gunmen attacked a convoy in Zorbatenga on Sunday."
    doc = _doc(text)
    evidence = text.index("Gunmen"), text.index(" in")
    assert event_location(doc, *evidence) == (None, None)
    start = text.index("Zorbatenga")
    doc.mentions = [Mention(start=start, end=start + 10, text="Zorbatenga", type="LOC", lang="en",
                            place=Place(name="Zorbatenga", country="NER", feature="PPL"))]
    place, surface = event_location(doc, *evidence)
    assert (place.name, place.country, surface) == ("Zorbatenga", "NER", "Zorbatenga")
    assert getattr(location._PINNED, "entry", None) is None  # nothing is held after the call
