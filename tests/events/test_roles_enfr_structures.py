"""English and French role structures: a progressive after "be" is active, a party hurt in
clashes suffers them, named operations and phrases of place are not parties, the object of
"against" / "contre" is the target, and a trigger ending on its preposition governs the party
after it."""

import pytest

from .helpers import codes, events_of, make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


def one(stage, doc, event_type):
    found = events_of(stage, doc, event_type)
    assert found, f"no {event_type} coded"
    return found[0]


def test_a_progressive_after_be_is_active(stage):
    text = "Seven countries, among them Poland, Latvia and Estonia, said on Tuesday they were expelling Belarusian diplomats."
    doc = make_doc(text, "en", "2024-02-06", [("Poland", "GPE", "POL", "Poland"), ("Latvia", "GPE", "LVA", "Latvia"),
                                               ("Estonia", "GPE", "EST", "Estonia")])
    event = one(stage, doc, "SANCTION")
    assert "POL" in codes(event.actor)
    assert "POL" not in codes(event.recipient)


def test_a_party_hurt_in_clashes_with_another_is_the_target(stage):
    text = "Twelve Kenyan police officers were injured on Friday in clashes with Somali militiamen near the border."
    doc = make_doc(text, "en", "2024-04-12")
    event = one(stage, doc, "ASSAULT")
    assert codes(event.actor) == ["SOM"] and codes(event.recipient) == ["KEN"]


def test_french_parties_hurt_during_clashes_are_the_target(stage):
    text = "Des soldats maliens ont été blessés samedi lors d'affrontements avec des combattants nigériens."
    doc = make_doc(text, "fr", "2024-04-13")
    event = one(stage, doc, "ASSAULT")
    assert codes(event.actor) == ["NER"] and codes(event.recipient) == ["MLI"]


def test_a_named_operation_is_not_the_target_of_an_offensive(stage):
    text = "L'armée israélienne a lancé mardi une offensive baptisée « Bouclier du Nord » contre le Hezbollah."
    doc = make_doc(text, "fr", "2024-10-01", [("Bouclier du Nord", "ORG", "ISR", None),
                                               ("Hezbollah", "ORG", "LBN", "Hezbollah")])
    event = one(stage, doc, "ASSAULT")
    assert codes(event.recipient) == ["LBN"]


def test_the_object_of_against_is_the_target_of_a_protest(stage):
    text = "Thousands of farmers rallied at the headquarters of the European Commission on Monday against the Dutch government."
    doc = make_doc(text, "en", "2024-02-26", [("European Commission", "ORG", "EUR", "European_Commission")])
    event = one(stage, doc, "PROTEST")
    assert codes(event.recipient) == ["NLD"]


def test_the_object_of_contre_is_the_target_of_a_protest(stage):
    text = "Des milliers d'agriculteurs ont manifesté lundi devant la Commission européenne contre le gouvernement néerlandais."
    doc = make_doc(text, "fr", "2024-02-26", [("Commission européenne", "ORG", "EUR", "European_Commission")])
    event = one(stage, doc, "PROTEST")
    assert codes(event.recipient) == ["NLD"]


def test_a_trigger_ending_on_at_governs_the_state_after_it(stage):
    text = "The Colombian president lashed out at Israel on Sunday over the siege."
    doc = make_doc(text, "en", "2024-03-10", [("Israel", "GPE", "ISR", "Israel")])
    event = one(stage, doc, "ACCUSE")
    assert codes(event.recipient) == ["ISR"]


def test_a_party_inside_a_phrase_of_place_is_not_a_recipient(stage):
    text = "Les militaires ont arrêté lundi le Premier ministre, provoquant des manifestations dans les rues de Khartoum."
    doc = make_doc(text, "fr", "2021-10-25", [("Khartoum", "GPE", "SDN", "Khartoum")])
    protests = events_of(stage, doc, "PROTEST")
    assert protests
    assert all("Khartoum" not in [r.entity_text for r in p.recipient] for p in protests)


def test_a_demonym_after_the_weapon_of_an_attack_noun_names_the_attacker(stage):
    text = "Des tirs d'obus israéliens ont touché lundi un hôpital du nord de Gaza."
    doc = make_doc(text, "fr", "2023-11-20")
    event = one(stage, doc, "ASSAULT")
    assert codes(event.actor) == ["ISR"]
    assert "ISR" not in codes(event.recipient)


def test_the_antecedent_of_a_relative_que_is_the_one_accused(stage):
    text = "Le Mali a rompu ses relations avec la junte voisine, que le président Assimi Goïta accuse de soutenir les rebelles."
    doc = make_doc(text, "fr", "2024-01-28", [("Mali", "GPE", "MLI", "Mali"), ("junte", "ORG", "NER", None),
                                               ("Assimi Goïta", "PER", "MLI", "Assimi_Goïta")])
    event = one(stage, doc, "ACCUSE")
    assert codes(event.actor) == ["MLI"] and codes(event.recipient) == ["NER"]


def test_a_relative_pronoun_subject_stands_for_the_sentence_subject(stage):
    text = "Mali and Niger announced their withdrawal from the regional bloc ECOWAS, which they accused of serving foreign powers."
    doc = make_doc(text, "en", "2024-01-28", [("Mali", "GPE", "MLI", "Mali"), ("Niger", "GPE", "NER", "Niger"),
                                               ("ECOWAS", "ORG", "IGO", "ECOWAS")])
    event = one(stage, doc, "ACCUSE")
    assert codes(event.actor) == ["MLI", "NER"] and codes(event.recipient) == ["IGO"]


def test_a_demonym_before_state_is_still_a_party(stage):
    text = "Spain and Ireland formally recognised a Palestinian state on Tuesday."
    doc = make_doc(text, "en", "2024-05-28", [("Spain", "GPE", "ESP", "Spain"), ("Ireland", "GPE", "IRL", "Ireland")])
    event = one(stage, doc, "SUPPORT")
    assert codes(event.recipient) == ["PSE"]
