"""event_location: scene cues without a preposition (the target struck, the place left,
the destination reached, a site or a court named with its town) and open waters."""

from __future__ import annotations

import pytest

from wirewatch.geo import event_location, get_gazetteer, location
from wirewatch.records import Article, Document
from wirewatch.timeexpr.stage import TimeExpressionStage


def where(text: str, lang: str, evidence: str, event_type: str | None = None) -> tuple[str, str | None] | None:
    doc = TimeExpressionStage()([Document(Article(id="t", text=text, lang=lang, pub_date="2024-03-12"))])[0]
    start = text.index(evidence)
    place, _ = event_location(doc, start, start + len(evidence), event_type)
    return (place.name, place.country) if place else None


@pytest.mark.parametrize(("text", "evidence", "event_type", "country"), [
    # the target of a strike or a capture
    ("Drones rained down on Kharkiv overnight.", "Drones rained down", "ASSAULT", "UKR"),
    ("Artillery pounded Mosul for a third day.", "Artillery pounded", "ASSAULT", "IRQ"),
    ("Rebel fighters overran most of Aleppo in two days.", "Rebel fighters overran", "ASSAULT", "SYR"),
    # a part of a town
    ("Students thronged the streets of Dhaka on Sunday.", "Students thronged", "PROTEST", "BGD"),
    ("Bulldozers razed homes on the edge of Lusaka.", "Bulldozers razed homes", "COERCE", "ZMB"),
    # the place left
    ("The last foreign troops pulled out of Iraq on Monday.", "The last foreign troops pulled", "RETREAT", "IRQ"),
    ("The peacekeepers withdrew their last units from Mali.", "The peacekeepers withdrew", "RETREAT", "MLI"),
    ("The last French soldiers left Chad on Friday.", "The last French soldiers left", "RETREAT", "TCD"),
    # the destination reached
    ("The chancellor will fly to Tokyo next week for talks.", "The chancellor will fly", "CONSULT", "JPN"),
    ("Navy ships ferried 40 tonnes of food to Beira on Sunday.", "Navy ships ferried", "AID", "MOZ"),
    ("Planes parachuted meals over northern Gaza.", "Planes parachuted meals", "AID", "PSE"),
])
def test_english_scene_cues(text: str, evidence: str, event_type: str, country: str) -> None:
    found = where(text, "en", evidence, event_type)
    assert found is not None and found[1] == country


def test_a_court_named_by_its_town():
    assert where("A Minsk court jailed the activist for five years.", "en",
                 "A Minsk court jailed the activist", "SANCTION") == ("Minsk", "BLR")
    assert where("Un juge d'instruction de Tunis a placé le militant en détention.", "fr",
                 "a placé le militant en détention", "COERCE")[1] == "TUN"


@pytest.mark.parametrize(("text", "evidence", "event_type", "country"), [
    # a site named with its town
    ("Un obus est tombé dimanche sur un marché de Mossoul.", "Un obus est tombé", "ASSAULT", "IRQ"),
    ("Un kamikaze s'est fait exploser dans une mosquée de Kaboul.", "Un kamikaze s'est fait exploser",
     "ASSAULT", "AFG"),
    ("L'aviation a pilonné samedi les quartiers est de Kharkiv.", "L'aviation a pilonné", "ASSAULT", "UKR"),
    ("Des milliers d'étudiants ont investi les rues de Tbilissi.", "Des milliers d'étudiants ont investi",
     "PROTEST", "GEO"),
    # the place taken or left
    ("Les derniers soldats ont quitté mardi le Tchad.", "Les derniers soldats ont quitté", "RETREAT", "TCD"),
    ("Le dernier avion a décollé lundi soir de Kaboul.", "Le dernier avion a décollé", "RETREAT", "AFG"),
])
def test_french_scene_cues(text: str, evidence: str, event_type: str, country: str) -> None:
    found = where(text, "fr", evidence, event_type)
    assert found is not None and found[1] == country


@pytest.mark.parametrize(("text", "evidence", "event_type", "country"), [
    ("وصل رئيس الوزراء الإثيوبي آبي أحمد إلى القاهرة اليوم في زيارة رسمية.", "وصل رئيس الوزراء", "CONSULT", "EGY"),
    ("دخلت وحدات من الجيش التركي مدينة الموصل فجر اليوم.", "دخلت وحدات من الجيش التركي", "MOBILIZE", "IRQ"),
    ("أجرت البحرية المصرية تدريبا قبالة سواحل الإسكندرية.", "أجرت البحرية المصرية تدريبا", "COOPERATE", "EGY"),
    ("تعرضت العاصمة الأوكرانية لقصف صاروخي مكثف.", "لقصف صاروخي مكثف", "ASSAULT", "UKR"),
])
def test_arabic_scene_cues(text: str, evidence: str, event_type: str, country: str) -> None:
    found = where(text, "ar", evidence, event_type)
    assert found is not None and found[1] == country


def test_cues_that_do_not_name_a_scene():
    # a message sent to a capital does not move the sender there
    assert where("The minister sent a letter to Moscow on Monday.", "en",
                 "The minister sent a letter", "REQUEST") is None
    # a place that qualifies a deal is its topic
    assert where("Russia pulled out of the Black Sea grain deal on Monday.", "en",
                 "Russia pulled out", "RETREAT") is None
    # a whole state after a site noun owns the site: "l'ambassade de France" is not in France
    assert where("Un sit-in a eu lieu devant l'ambassade de France.", "fr", "Un sit-in a eu lieu", "PROTEST") is None


def test_open_seas_are_international_waters_straits_are_coastal():
    assert where("A Russian jet collided with a US drone over the Black Sea.", "en",
                 "A Russian jet collided with a US drone", "ASSAULT") == ("Black Sea", "IGO")
    assert where("Iranian forces seized a container ship in the Gulf of Oman.", "en",
                 "Iranian forces seized a container ship", "COERCE") == ("Gulf of Oman", "IGO")
    assert where("Iran seized a tanker in the Strait of Hormuz on Friday.", "en",
                 "Iran seized a tanker", "COERCE") == ("Strait of Hormuz", "IRN")


def test_a_town_of_the_state_is_the_more_precise_place():
    text = "The minister paid a surprise visit to Oman, meeting the sultan in Muscat."
    assert where(text, "en", "paid a surprise visit to Oman", "CONSULT") == ("Muscat", "OMN")
    # not when the town belongs to another event of the sentence
    text = "Shops stayed shut across Bangladesh after clashes in Dhaka the day before."
    assert where(text, "en", "Shops stayed shut across Bangladesh", "PROTEST") == ("Bangladesh", "BGD")


def test_a_far_better_known_namesake_abroad_wins():
    # the Swiss city, not a small American namesake, though the parties are American
    doc = TimeExpressionStage()([Document(Article(
        id="t", text="The American and Russian presidents met in Geneva on Wednesday.", lang="en",
        pub_date="2024-03-12"))])[0]
    start = doc.text.index("Geneva")
    american = get_gazetteer().resolve("Geneva", country_context=("USA",))
    assert american is not None and american.country == "USA"
    candidate = location._Candidate(start, start + len("Geneva"), "Geneva", american)
    assert location._better_known_namesake(doc, candidate).country == "CHE"
    # a state of the small namesake named as a place keeps it
    doc = TimeExpressionStage()([Document(Article(
        id="t", text="Talks were held in Geneva, in the United States.", lang="en", pub_date="2024-03-12"))])[0]
    start = doc.text.index("Geneva")
    candidate = location._Candidate(start, start + len("Geneva"), "Geneva", american)
    assert location._better_known_namesake(doc, candidate).country == "USA"


def test_a_relative_clause_tells_of_another_place():
    text = "The president, who last went to Algeria in 2022, arrived in Rabat on Monday."
    assert where(text, "en", text[:-1], "CONSULT") == ("Rabat", "MAR")


def test_more_french_and_arabic_cues():
    # the towns of a state, a consulate of a town, a ship leaving a state
    assert where("Des jeunes ont manifesté dans plusieurs villes de France.", "fr",
                 "Des jeunes ont manifesté", "PROTEST")[1] == "FRA"
    assert where("Une frappe a visé son consulat de Damas.", "fr", "Une frappe a visé", "ASSAULT")[1] == "SYR"
    assert where("Un navire a appareillé samedi de Chypre avec des vivres.", "fr",
                 "Un navire a appareillé", "AID")[1] == "CYP"
    # an evacuation from a town, a raid on a town, the entrances of a town
    assert where("فتحت السلطات ممرا إنسانيا لإجلاء المدنيين من ماريوبول.", "ar",
                 "فتحت السلطات ممرا إنسانيا", "RETREAT")[1] == "UKR"
    assert where("قتل جنود في غارة جوية لقوات النظام على إدلب.", "ar", "قتل جنود في غارة جوية", "ASSAULT")[1] == "SYR"
    assert where("أزالت القوات حواجز عسكرية عند مداخل نابلس.", "ar", "أزالت القوات حواجز عسكرية",
                 "RETREAT")[1] == "PSE"


def test_an_arabic_landmark_ends_before_what_follows_its_town():
    text = "هبطت في مطار حلب طائرة إماراتية محملة بالمساعدات."
    found = where(text, "ar", "هبطت في مطار حلب طائرة إماراتية", "AID")
    assert found == ("مطار حلب", "SYR")
    text = "قتل عشرة أشخاص في مخيم جباليا شمال غزة فجر اليوم."
    assert where(text, "ar", "قتل عشرة أشخاص في مخيم جباليا", "ASSAULT")[0] == "مخيم جباليا"


def test_a_demonym_after_a_cue_is_no_destination():
    assert where("The navy warned any ship heading to Ukrainian ports.", "en",
                 "The navy warned any ship heading", "THREATEN") is None
