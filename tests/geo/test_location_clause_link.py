"""event_location: a span that crosses into a new clause takes the scene of that clause."""

from __future__ import annotations

from wirewatch.geo import event_location
from wirewatch.records import Article, Document


def country_of(text: str, lang: str, evidence: str) -> str | None:
    doc = Document(Article(id="t", text=text, lang=lang, pub_date="2024-03-12"))
    start = text.index(evidence)
    place, _ = event_location(doc, start, start + len(evidence))
    return place.country if place else None


def test_a_place_after_the_trigger_of_a_linked_clause_wins():
    text = "Both sides met in Geneva on Monday, as fighting went on in Khartoum."
    assert country_of(text, "en", "Both sides met in Geneva on Monday, as fighting") == "SDN"
    text = "Les deux camps ont discuté à Genève, alors que les combats continuaient à Khartoum."
    assert country_of(text, "fr", "Les deux camps ont discuté à Genève, alors que les combats") == "SDN"


def test_without_a_clause_link_the_place_inside_the_span_stays():
    text = "Both sides met in Geneva on Monday, their envoys said in Khartoum."
    assert country_of(text, "en", "Both sides met in Geneva on Monday, their envoys") == "CHE"
    text = "Both sides met in Geneva on Monday, as fighting went on."
    assert country_of(text, "en", "Both sides met in Geneva on Monday, as fighting") == "CHE"
