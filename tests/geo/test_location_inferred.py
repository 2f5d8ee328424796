"""event_location: places inferred from the context (demonyms, "there", "the capital",
the earlier scene of events on the ground, seas, landmarks, hosts)."""

from __future__ import annotations

from wirewatch.geo import event_location, get_gazetteer
from wirewatch.records import Article, Document
from wirewatch.timeexpr.stage import TimeExpressionStage


def where(text: str, lang: str, evidence: str, event_type: str | None = None) -> tuple[str, str | None] | None:
    doc = TimeExpressionStage()([Document(Article(id="t", text=text, lang=lang, pub_date="2024-03-12"))])[0]
    start = text.index(evidence)
    place, _ = event_location(doc, start, start + len(evidence), event_type)
    return (place.name, place.country) if place else None


def test_a_demonym_next_to_a_place_noun_places_an_event_on_the_ground():
    text = "Russia fired dozens of missiles at Ukrainian cities overnight."
    assert where(text, "en", "Russia fired dozens of missiles", "ASSAULT") == ("Ukraine", "UKR")
    assert where("قصفت القوات الروسية المدن الأوكرانية ليل الأحد.", "ar", "قصفت القوات الروسية",
                 "ASSAULT")[1] == "UKR"  # the place noun wins over the attacking forces
    assert where("Moscow refused to give back the Ukrainian regions it annexed.", "en",
                 "Moscow refused to give back", "REJECT") is None


def test_the_forces_of_a_state_act_at_home():
    assert where("Malian troops attacked a jihadist camp on Tuesday.", "en",
                 "Malian troops attacked a jihadist camp", "ASSAULT")[1] == "MLI"
    assert where("Les forces de sécurité burkinabè ont tué une vingtaine d'assaillants.", "fr",
                 "ont tué une vingtaine d'assaillants", "ASSAULT")[1] == "BFA"
    assert where("Malian officials accused the rebels of lying.", "en", "accused the rebels", "ACCUSE") is None


def test_there_and_y_point_to_the_place_named_before():
    text = "The foreign minister arrived in Ankara on Monday. He held talks there with his counterpart."
    assert where(text, "en", "He held talks there with his counterpart") == ("Ankara", "TUR")
    text = ("Le sommet se tient à Kazan jusqu'à jeudi. Le secrétaire général doit y rencontrer le président, "
            "sa première visite en Russie depuis deux ans.")
    assert where(text, "fr", "doit y rencontrer le président, sa première visite en Russie", "CONSULT")[0] == "Kazan"


def test_events_on_the_ground_take_the_earlier_scene_of_the_article():
    text = "Protests spread across Kenya on Tuesday. The government blamed the opposition. Police detained 40 people."
    assert where(text, "en", "Police detained 40 people", "COERCE")[1] == "KEN"
    assert where(text, "en", "The government blamed the opposition", "ACCUSE") is None


def test_the_capital_is_the_capital_of_the_state_named_before():
    text = "Protests spread across Kenya on Tuesday. Police detained 40 people in the capital."
    assert where(text, "en", "Police detained 40 people", "COERCE") == ("Nairobi", "KEN")
    text = "Les manifestations se sont poursuivies au Kenya. La police a arrêté 40 personnes dans la capitale."
    assert where(text, "fr", "La police a arrêté 40 personnes", "COERCE")[0] == "Nairobi"


def test_a_date_between_commas_does_not_end_the_clause():
    text = "Gunmen killed a judge, on Tuesday, in Pakistan, police said."
    assert where(text, "en", "Gunmen killed a judge", "ASSAULT")[1] == "PAK"


def test_a_strait_is_in_the_waters_of_the_coastal_state_taking_part():
    assert get_gazetteer().coastal_states("Strait of Hormuz") == ("IRN", "OMN")
    text = "Iran's Revolutionary Guards seized a tanker in the Strait of Hormuz on Friday."
    assert where(text, "en", "Revolutionary Guards seized a tanker in the Strait of Hormuz", "COERCE") \
        == ("Strait of Hormuz", "IRN")
    text = "Iran shot down a surveillance drone over the Strait of Hormuz on Thursday."
    assert where(text, "en", "Iran shot down a surveillance drone", "ASSAULT") == ("Strait of Hormuz", "IRN")
    text = "A French frigate crossed the Strait of Hormuz on Friday."
    assert where(text, "en", "A French frigate crossed the Strait of Hormuz") in (None, ("Strait of Hormuz", None))


def test_named_zones_landmarks_and_french_region_names():
    assert where("Clashes broke out in the Green Zone of Baghdad on Monday.", "en",
                 "Clashes broke out in the Green Zone") == ("Green Zone", "IRQ")
    text = "انطلقت أمس في قاعدة محمد نجيب العسكرية بمصر مناورات مشتركة."
    assert where(text, "ar", "مصر مناورات مشتركة") == ("قاعدة محمد نجيب العسكرية", "EGY")
    text = "L'armée burkinabè a mené une opération dans la région de la Boucle du Mouhoun."
    assert where(text, "fr", "a mené une opération", "ASSAULT") == ("Boucle du Mouhoun", "BFA")
    text = "Des hommes armés ont attaqué dimanche un village du nord du Burkina Faso."
    assert where(text, "fr", "Des hommes armés ont attaqué", "ASSAULT")[1] == "BFA"


def test_a_hosting_state_is_the_scene_of_the_talks():
    text = "Egypt hosted talks between the two delegations on Sunday."
    assert where(text, "en", "Egypt hosted talks between the two delegations", "CONSULT") == ("Egypt", "EGY")
    assert where(text, "en", "Egypt hosted talks between the two delegations") is None


def test_a_capital_named_by_its_demonym_or_by_the_state_before():
    assert where("Gunmen attacked a hotel in the Somali capital on Friday.", "en",
                 "Gunmen attacked a hotel", "ASSAULT") == ("Mogadishu", "SOM")
    assert where("Des manifestants ont défilé samedi dans la capitale malienne.", "fr",
                 "Des manifestants ont défilé", "PROTEST")[0] == "Bamako"
    assert where("تظاهر الآلاف في العاصمة السودانية أمس.", "ar", "تظاهر الآلاف", "PROTEST")[0] == "Khartoum"
    text = "Des milliers de Tunisiens ont manifesté dimanche dans les rues de la capitale."
    assert where(text, "fr", "ont manifesté dimanche", "PROTEST")[0] == "Tunis"
    text = "اعتقلت قوات الأمن التونسية عشرات المحتجين في العاصمة."
    assert where(text, "ar", "اعتقلت قوات الأمن التونسية عشرات المحتجين", "COERCE")[0] == "Tunis"


def test_a_town_named_after_its_region_is_the_scene():
    assert where("Israeli forces raided the West Bank city of Jenin on Monday.", "en",
                 "Israeli forces raided", "ASSAULT")[1] == "PSE"
    text = "Ukrainian troops pushed into Russia's Kursk region, and Kyiv said it had captured the town of Sudzha."
    assert where(text, "en", "Kyiv said it had captured the town of Sudzha", "ASSAULT") == ("Sudzha", "RUS")
    text = "Pakistani forces killed six militants in a raid in the northwestern province of Khyber Pakhtunkhwa."
    assert where(text, "en", "Pakistani forces killed six militants", "ASSAULT")[0] == "Khyber Pakhtunkhwa"


def test_a_meeting_continues_the_visit_told_before():
    text = "The Turkish foreign minister arrived in Iran on Thursday. He met President Pezeshkian."
    assert where(text, "en", "He met President Pezeshkian", "CONSULT")[1] == "IRN"
    assert where(text, "en", "He met President Pezeshkian", "ACCUSE") is None


def test_french_il_y_a_is_not_there():
    text = "Le ministre s'est rendu à Dakar. Il y a deux semaines, il avait rencontré le président."
    assert where(text, "fr", "il avait rencontré le président", "CONSULT") == ("Dakar", "SEN")
    text = "Le ministre s'est rendu en Égypte. Il y a eu des critiques du président."
    assert where(text, "fr", "Il y a eu des critiques du président", "ACCUSE") is None
