"""event_location: the place where the event happened, not every place named."""

from __future__ import annotations

from wirewatch.geo import event_location
from wirewatch.geo.stage import GeoStage
from wirewatch.records import Article, Document, Mention


def doc_for(text: str, lang: str) -> Document:
    return Document(Article(id="t", text=text, lang=lang, pub_date="2024-03-12"))


def where(text: str, lang: str, evidence: str, doc: Document | None = None):
    doc = doc or doc_for(text, lang)
    start = text.index(evidence)
    place, surface = event_location(doc, start, start + len(evidence))
    return (place.name, place.country, surface) if place else None


def test_locative_in_clause():
    text = "Sergueï Lavrov s'est entretenu mercredi à Marrakech avec Nasser Bourita."
    assert where(text, "fr", "s'est entretenu mercredi à Marrakech") == (
        "Marrakesh", "MAR", "Marrakech")


def test_arabic_clitic_and_preposition():
    assert where("أجرى الوزير محادثات بموسكو مع نظيره.", "ar", "أجرى الوزير محادثات بموسكو") == (
        "Moscow", "RUS", "بموسكو")
    assert where("أجرى الوزير محادثات في موسكو.", "ar", "أجرى الوزير محادثات في موسكو")[1] == "RUS"


def test_visit_destination_is_the_location():
    text = "Début février, Staffan de Mistura a fait route vers Pretoria."
    assert where(text, "fr", "a fait route vers Pretoria")[:2] == ("Pretoria", "ZAF")


def test_headquarters_in_new_york():
    text = "The envoy briefed the council at the UN headquarters in New York on Monday."
    assert where(text, "en", "briefed the council")[1] == "USA"


def test_contested_place():
    text = "Des tirs ont fait un mort en octobre 2023 à Smara."
    assert where(text, "fr", "Des tirs ont fait un mort")[1] == "ESH"


def test_actor_place_is_not_a_location():
    text = "Moscou a condamné les tirs."
    assert where(text, "fr", "Moscou a condamné les tirs") is None


def test_metonym_mention_is_not_a_location():
    text = "Talks were held with Moscow in Geneva."
    doc = doc_for(text, "en")
    doc.mentions = [Mention(start=21, end=27, text="Moscow", type="GPE", is_metonym=True),
                    Mention(start=31, end=37, text="Geneva", type="GPE")]
    GeoStage()([doc])
    assert where(text, "en", "Talks were held with Moscow in Geneva", doc)[:2] == ("Geneva", "CHE")


def test_topic_place_is_not_a_location():
    text = "Staffan de Mistura, l'émissaire des Nations unies au Sahara occidental, a parlé."
    assert where(text, "fr", "a parlé") is None


def test_nothing_says_where():
    assert where("The minister condemned the attack.", "en", "condemned the attack") is None
    assert event_location(doc_for("", "en"), 0, 0) == (None, None)


def test_spans_outside_the_text_do_not_raise():
    doc = doc_for("Talks in Geneva.", "en")
    place, _ = event_location(doc, -5, 8)
    assert place is not None and place.country == "CHE"
    assert event_location(doc, 100, 200) == (None, None)
