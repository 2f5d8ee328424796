"""French parties the participants step used to miss (role nouns such as « un commando
armé », « les douanes »; international bodies, organisations and bodies qualified by a
demonym the linker leaves without a country), parties of a coordinated predicate or clause
after a trigger, which are not its recipients, the subject after a sentence-opening phrase,
and the state of a city an attack strikes."""

import pytest

from wirewatch.records import Place

from .helpers import codes, events_of, make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


def one(stage, doc, event_type):
    found = events_of(stage, doc, event_type)
    assert found, f"no {event_type} coded"
    return found[0]


def test_an_armed_commando_after_par_is_the_attacker(stage):
    text = "Le président haïtien Jovenel Moïse a été assassiné mercredi à son domicile de Port-au-Prince par un commando armé."
    doc = make_doc(text, "fr", "2021-07-08", [("Jovenel Moïse", "PER", "HTI", "Jovenel_Moïse"),
                                               ("Port-au-Prince", "LOC", "HTI", None)])
    event = one(stage, doc, "ASSAULT")
    assert codes(event.actor) == ["HTI"]
    assert event.actor[0].sector == "UAF"


def test_customs_officers_are_a_police_party(stage):
    text = "Les douanes belges ont saisi jeudi dans le port d'Anvers un yacht appartenant à un oligarque russe."
    doc = make_doc(text, "fr", "2022-03-18")
    event = one(stage, doc, "COERCE")
    assert codes(event.actor) == ["BEL"]
    assert event.actor[0].sector == "COP"


def test_an_international_body_without_a_country_is_igo(stage):
    text = "L'Unicef a appelé lundi les belligérants soudanais à épargner les écoles."
    doc = make_doc(text, "fr", "2024-05-13", [("Unicef", "ORG", None, None)])
    event = one(stage, doc, "REQUEST")
    assert codes(event.actor) == ["IGO"]


def test_a_rights_group_without_a_country_is_an_ngo(stage):
    text = "Reporters sans frontières réclame la libération immédiate du journaliste détenu à Alger."
    doc = make_doc(text, "fr", "2024-05-13", [("Reporters sans frontières", "ORG", None, None)])
    event = one(stage, doc, "REQUEST")
    assert codes(event.actor) == ["NGO"]


def test_the_object_of_a_coordinated_participle_is_not_the_recipient(stage):
    text = "Kigali a salué mardi une décision « attendue depuis longtemps » et appelé Paris à juger les autres suspects."
    doc = make_doc(text, "fr", "2021-05-26", [("Kigali", "GPE", "RWA", "Rwanda"), ("Paris", "GPE", "FRA", "France")])
    event = one(stage, doc, "SUPPORT")
    assert codes(event.actor) == ["RWA"]
    assert "FRA" not in codes(event.recipient)


def test_the_subject_of_a_coordinated_clause_is_not_the_recipient(stage):
    text = ("Le gouvernement israélien a dénoncé lundi une démarche « scandaleuse », et le président américain "
            "Joe Biden l'a jugée « outrageante ».")
    doc = make_doc(text, "fr", "2024-05-21", [("Joe Biden", "PER", "USA", "Joe_Biden")])
    event = one(stage, doc, "ACCUSE")
    assert codes(event.actor) == ["ISR"]
    assert "USA" not in codes(event.recipient)


def test_a_relative_clause_after_a_comma_keeps_its_party(stage):
    text = ("Le président sénégalais Bassirou Diomaye Faye se rendra la semaine prochaine à Paris, où il doit "
            "s'entretenir avec Emmanuel Macron, a annoncé l'Élysée lundi.")
    doc = make_doc(text, "fr", "2024-06-10", [("Bassirou Diomaye Faye", "PER", "SEN", "Bassirou_Diomaye_Faye"),
                                               ("Paris", "GPE", "FRA", "France"),
                                               ("Emmanuel Macron", "PER", "FRA", "Emmanuel_Macron")])
    event = one(stage, doc, "AGREE")
    assert "FRA" in codes(event.recipient)


def test_a_city_struck_stands_for_its_state(stage):
    text = "Les forces russes ont pilonné samedi les quartiers nord de Kharkiv."
    doc = make_doc(text, "fr", "2024-05-12", [("Kharkiv", "LOC", "UKR", None)])
    doc.mentions[0].place = Place(name="Kharkiv", country="UKR")
    event = one(stage, doc, "ASSAULT")
    assert codes(event.actor) == ["RUS"]
    assert codes(event.recipient) == ["UKR"]


def test_the_subject_after_an_opening_visit_phrase_is_the_visitor(stage):
    text = "En visite à Kigali, Emmanuel Macron a rendu hommage jeudi aux victimes du génocide."
    doc = make_doc(text, "fr", "2021-05-28", [("Kigali", "GPE", "RWA", "Rwanda"),
                                               ("Emmanuel Macron", "PER", "FRA", "Emmanuel_Macron")])
    event = one(stage, doc, "CONSULT")
    assert codes(event.actor) == ["FRA"]
    assert codes(event.recipient) == ["RWA"]


def test_a_seat_in_an_opening_host_participle_receives_the_subject(stage):
    text = "Reçu jeudi à l'Élysée, le président nigérien Mohamed Bazoum a évoqué avec Emmanuel Macron la situation au Sahel."
    doc = make_doc(text, "fr", "2021-07-09", [("Mohamed Bazoum", "PER", "NER", "Mohamed_Bazoum"),
                                               ("Emmanuel Macron", "PER", "FRA", "Emmanuel_Macron")])
    event = one(stage, doc, "CONSULT")
    assert codes(event.actor) == ["NER"]
    assert codes(event.recipient) == ["FRA"]


def test_a_body_followed_by_a_demonym_is_of_that_state(stage):
    text = "Le Parlement slovaque a voté contre une nouvelle tranche d'aide militaire à l'Ukraine."
    doc = make_doc(text, "fr", "2024-02-01", [("Parlement", "ORG", None, None), ("l'Ukraine", "GPE", "UKR", "Ukraine")])
    event = one(stage, doc, "REJECT")
    assert codes(event.actor) == ["SVK"]
