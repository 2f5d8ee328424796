"""Who fills the actor and recipient slots: demonyms, titles, pronouns, passive agents."""

import pytest

from wirewatch.events.stage import EventStage
from wirewatch.records import Mention

from .helpers import events_of, make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


def test_french_demonym_after_the_role_noun_gives_the_country_and_the_armed_forces(stage):
    text = "Des soldats israéliens ont tué deux Palestiniens lundi près de Naplouse."
    doc = make_doc(text, "fr", "2024-03-12", [("Naplouse", "LOC", "PSE", None)])
    [event] = events_of(stage, doc, "ASSAULT")
    assert event.actor[0].code == "ISR" and event.actor[0].sector == "MIL"
    assert event.actor[0].identifier_text == "Israel Defense Forces"


def test_arabic_demonym_after_the_noun_wins_over_a_state_named_nearby(stage):
    text = "استدعت الجزائر السفير الفرنسي يوم الاثنين."
    doc = make_doc(text, "ar", "2024-03-12", [("الجزائر", "GPE", "DZA", "Algeria")])
    [event] = events_of(stage, doc, "ACCUSE")
    assert event.actor[0].code == "DZA"
    assert [r.code for r in event.recipient] == ["FRA"]


def test_passive_agent_behind_an_instrument_noun(stage):
    text = "Trois manifestants ont été tués par des tirs de soldats maliens à Bamako."
    doc = make_doc(text, "fr", "2024-03-12", [("Bamako", "GPE", "MLI", "Mali")])
    [event] = events_of(stage, doc, "ASSAULT")
    assert event.actor and event.actor[0].code == "MLI" and event.actor[0].sector == "MIL"
    assert event.recipient[0].sector == "CVL"


def test_generic_group_is_named_by_its_state():
    stage_ = EventStage()
    text = "Moroccan authorities arrested twelve protesters in Rabat on Monday."
    doc = make_doc(text, "en", "2024-03-12", [("Rabat", "GPE", "MAR", "Morocco")])
    [event] = events_of(stage_, doc, "COERCE")
    assert event.actor[0].code == "MAR" and event.actor[0].identifier_text == "Morocco"


def test_french_object_clitic_refers_to_the_person_named_before(stage):
    text = "Bassirou Diomaye Faye a remporté la présidentielle. Amadou Ba l'a félicité lundi."
    doc = make_doc(text, "fr", "2024-03-26", [("Bassirou Diomaye Faye", "PER", "SEN", "Bassirou_Diomaye_Faye"),
                                               ("Amadou Ba", "PER", "SEN", "Amadou_Ba")])
    [event] = events_of(stage, doc, "SUPPORT")
    assert event.actor[0].identifier_text == "Amadou Ba"
    assert [r.identifier_text for r in event.recipient] == ["Bassirou Diomaye Faye"]


def test_english_subject_pronoun_refers_to_the_person_named_before(stage):
    text = "Antony Blinken arrived in Cairo on Monday. He met Egyptian President Abdel Fattah al-Sisi."
    doc = make_doc(text, "en", "2024-03-12", [("Antony Blinken", "PER", "USA", "Antony_Blinken"),
                                               ("Cairo", "GPE", "EGY", None),
                                               ("Abdel Fattah al-Sisi", "PER", "EGY", "Abdel_Fattah_al-Sisi")])
    consult = [e for e in events_of(stage, doc, "CONSULT") if e.evidence[0].sentence == 1]
    assert consult and consult[0].actor[0].identifier_text == "Antony Blinken"
    assert consult[0].recipient[0].identifier_text == "Abdel Fattah al-Sisi"


def test_pronoun_object_is_not_the_subject_itself(stage):
    text = "Emmanuel Macron won the election. Olaf Scholz met Pedro Sanchez and congratulated him."
    doc = make_doc(text, "en", "2024-03-12", [("Emmanuel Macron", "PER", "FRA", "Emmanuel_Macron"),
                                               ("Olaf Scholz", "PER", "DEU", "Olaf_Scholz"),
                                               ("Pedro Sanchez", "PER", "ESP", "Pedro_Sanchez")])
    for event in events_of(stage, doc, "SUPPORT"):
        actor_names = {a.identifier_text for a in event.actor}
        assert not actor_names & {r.identifier_text for r in event.recipient}


def test_title_mention_names_the_office_holder(stage):
    text = "The Russian foreign minister met the Algerian president in Algiers on Monday."
    doc = make_doc(text, "en", "2024-03-12", [("Algiers", "GPE", "DZA", None)])
    start = text.index("Russian foreign minister")
    doc.mentions.append(Mention(start=start, end=start + len("Russian foreign minister"),
                                text="Russian foreign minister", type="TITLE", lang="en", sentence=0,
                                actor_id="kb:sergey-lavrov", actor_name="Sergey Lavrov", country="RUS",
                                sector="GOV"))
    doc.mentions.sort(key=lambda m: m.start)
    [event] = events_of(stage, doc, "CONSULT")
    assert event.actor[0].identifier_text == "Sergey Lavrov" and event.actor[0].code == "RUS"
    assert event.recipient[0].code == "DZA"


def test_unlinked_person_takes_the_country_of_the_article(stage):
    text = "A court in Tunis sentenced Ayachi Zammel to twelve years in prison, Tunisia's media reported."
    doc = make_doc(text, "en", "2024-10-02", [("Tunis", "GPE", "TUN", None), ("Tunisia", "GPE", "TUN", "Tunisia"),
                                               ("Ayachi Zammel", "PER", None, None)])
    [event] = events_of(stage, doc, "SANCTION")
    assert [r.code for r in event.recipient if r.identifier_text == "Ayachi Zammel"] == ["TUN"]


def test_arabic_object_suffix_of_a_host_verb_is_the_visitor(stage):
    text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر. واستقبله الرئيس عبد المجيد تبون في المطار."
    doc = make_doc(text, "ar", "2024-03-12", [("إيمانويل ماكرون", "PER", "FRA", "Emmanuel_Macron"),
                                               ("الجزائر", "GPE", "DZA", "Algeria"),
                                               ("عبد المجيد تبون", "PER", "DZA", "Abdelmadjid_Tebboune")])
    hosted = [e for e in events_of(stage, doc, "CONSULT") if e.evidence[0].sentence == 1]
    assert hosted and hosted[0].actor[0].identifier_text == "Emmanuel Macron"
    assert [r.identifier_text for r in hosted[0].recipient] == ["Abdelmadjid Tebboune"]


def test_party_after_a_request_noun_is_the_actor(stage):
    text = "Japan will send gas to Europe at the request of the United States, officials said."
    doc = make_doc(text, "en", "2024-03-12", [("Japan", "GPE", "JPN", "Japan"),
                                               ("United States", "GPE", "USA", "United_States")])
    [event] = events_of(stage, doc, "REQUEST")
    assert [a.code for a in event.actor] == ["USA"]
    assert [r.code for r in event.recipient] == ["JPN"]


def test_noun_governed_by_a_preposition_is_not_the_subject(stage):
    text = ("Volodymyr Zelensky a signé lundi la demande d'adhésion de son pays à l'Union européenne, "
            "et a appelé les dirigeants européens à une procédure accélérée.")
    doc = make_doc(text, "fr", "2024-03-12", [("Volodymyr Zelensky", "PER", "UKR", "Volodymyr_Zelensky"),
                                               ("Union européenne", "ORG", "EUR", "European_Union")])
    requests = events_of(stage, doc, "REQUEST")
    assert requests and all(a.code == "UKR" for e in requests for a in e.actor)


def test_a_body_after_de_is_a_party_not_a_place(stage):
    text = "Damas a demandé l'aide de l'UE lundi."
    doc = make_doc(text, "fr", "2024-03-12", [("Damas", "GPE", "SYR", "Syria"), ("UE", "ORG", "EUR", "European_Union")])
    doc.mentions[0].is_metonym = True
    [event] = events_of(stage, doc, "REQUEST")
    assert [r.code for r in event.recipient] == ["EUR"]


def test_definite_description_refers_to_the_state_named_before(stage):
    text = "Saudi Arabia cut ties with Qatar on Monday. Riyadh accused the emirate of backing militants."
    doc = make_doc(text, "en", "2024-03-12", [("Saudi Arabia", "GPE", "SAU", "Saudi_Arabia"),
                                               ("Qatar", "GPE", "QAT", "Qatar"), ("Riyadh", "GPE", "SAU", None)])
    doc.mentions[-1].is_metonym = True
    accuse = [e for e in events_of(stage, doc, "ACCUSE") if e.evidence[0].sentence == 1]
    assert accuse and [r.code for r in accuse[0].recipient] == ["QAT"]


def test_role_noun_opening_the_trigger_is_the_actor(stage):
    text = "Moroccan troops moved into the buffer zone on Friday."
    doc = make_doc(text, "en", "2024-03-12", [])
    [event] = events_of(stage, doc, "MOBILIZE")
    assert event.actor and event.actor[0].code == "MAR" and event.actor[0].sector == "MIL"


def test_short_form_takes_the_identity_of_the_full_name_before(stage):
    text = ("Le Conseil de sécurité s'est réuni jeudi. L'Éthiopie rejette toute intervention du Conseil "
            "dans le dossier.")
    doc = make_doc(text, "fr", "2024-03-12", [("Conseil de sécurité", "ORG", "IGO", "United_Nations_Security_Council"),
                                               ("Éthiopie", "GPE", "ETH", "Ethiopia"), ("Conseil", "ORG", None, None)])
    [event] = events_of(stage, doc, "REJECT")
    assert [(r.code, r.identifier_text) for r in event.recipient] == [("IGO", "United Nations Security Council")]


def test_fighting_between_two_parties_gives_an_actor_and_a_recipient(stage):
    text = "Fighting between Sudan's army and the Rapid Support Forces raged in Khartoum on Monday."
    doc = make_doc(text, "en", "2024-03-12", [("Sudan", "GPE", "SDN", "Sudan"),
                                               ("Rapid Support Forces", "ORG", "SDN", "Rapid_Support_Forces"),
                                               ("Khartoum", "GPE", "SDN", None)])
    [event] = events_of(stage, doc, "ASSAULT")
    assert [(a.entity_text, a.identifier_text) for a in event.actor] == [("army", "Sudanese Armed Forces")]
    assert [r.identifier_text for r in event.recipient] == ["Rapid Support Forces"]


def test_state_an_ambassador_is_posted_to_is_a_party_not_a_place(stage):
    text = "Le Maroc a rappelé son ambassadeur en Suède lundi pour consultations."
    doc = make_doc(text, "fr", "2024-03-12", [("Maroc", "GPE", "MAR", "Morocco"), ("Suède", "GPE", "SWE", "Sweden")])
    [event] = events_of(stage, doc, "SANCTION")
    assert event.actor[0].code == "MAR"
    assert "SWE" in [r.code for r in event.recipient]


def test_person_named_after_a_title_is_the_subject_not_the_place_in_the_title(stage):
    text = ("The UN personal envoy for Western Sahara, Staffan de Mistura, held talks in Moscow "
            "on Monday with Foreign Minister Sergey Lavrov.")
    doc = make_doc(text, "en", "2024-03-12", [
        ("Western Sahara", "GPE", "ESH", "Western_Sahara"),
        ("Staffan de Mistura", "PER", "IGO", "Staffan_de_Mistura"),
        ("Sergey Lavrov", "PER", "RUS", "Sergey_Lavrov"),
    ])
    [event] = events_of(stage, doc, "CONSULT")
    assert [a.entity_text for a in event.actor] == ["Staffan de Mistura"]
    assert [r.entity_text for r in event.recipient] == ["Sergey Lavrov"]
