"""English parties and roles: "be" with a predicate adjective is no passive, regional adjectives
name the body their leaders meet in, "X said that Y was committing ..." makes X the accuser,
"its"/"their" give a role noun the state told before, plural nationality nouns are people, a
contrast opens a clause with its own subject, and goods or people sent "to" a party go to it."""

import pytest

from .helpers import codes, events_of, make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


def one(stage, doc, event_type):
    found = events_of(stage, doc, event_type)
    assert found, f"no {event_type} coded"
    return found[0]


def test_be_with_a_predicate_adjective_is_no_passive(stage):
    text = "Kyiv said on Tuesday it was ready to accept a 30-day ceasefire proposed by Washington."
    doc = make_doc(text, "en", "2025-03-12", [("Kyiv", "GPE", "UKR", "Ukraine"), ("Washington", "GPE", "USA", "United_States")])
    event = one(stage, doc, "AGREE")
    assert codes(event.actor) == ["UKR"]
    assert codes(event.recipient) == ["USA"]


@pytest.mark.parametrize("text, event_type, name", [
    ("West African defence chiefs said on Thursday they were prepared to use force to reinstate the president.",
     "THREATEN", "Economic Community of West African States"),
    ("Arab foreign ministers held talks in Amman on Saturday.", "CONSULT", "Arab League"),
    ("Gulf leaders held talks in Riyadh on Tuesday.", "CONSULT", "Gulf Cooperation Council"),
])
def test_a_regional_adjective_names_the_body_of_the_leaders(stage, text, event_type, name):
    doc = make_doc(text, "en", "2024-03-12")
    event = one(stage, doc, event_type)
    assert codes(event.actor) == ["IGO"]
    assert event.actor[0].identifier_text == name


def test_a_state_demonym_is_no_regional_body(stage):
    text = "South African leaders held talks in Pretoria on Tuesday."
    doc = make_doc(text, "en", "2024-03-12")
    event = one(stage, doc, "CONSULT")
    assert codes(event.actor) == ["ZAF"]


def test_the_international_community_is_a_party(stage):
    text = "Palestinian leaders implored the international community on Sunday to reject the decision."
    doc = make_doc(text, "en", "2024-03-12")
    event = one(stage, doc, "REQUEST")
    assert codes(event.recipient) == ["IGO"]


def test_an_accusation_told_as_the_predicate_of_the_accused(stage):
    text = "Amnesty International said on Thursday that Israel was committing genocide against Palestinians in Gaza."
    doc = make_doc(text, "en", "2024-12-05", [("Amnesty International", "ORG", "NGO", "Amnesty_International"),
                                               ("Israel", "GPE", "ISR", "Israel")])
    event = one(stage, doc, "ACCUSE")
    assert codes(event.actor) == ["NGO"]
    assert codes(event.recipient) == ["ISR"]


def test_its_gives_a_body_the_subject_of_its_sentence(stage):
    text = ("China summoned the US ambassador and accused Washington of interference on Monday, "
            "while its commerce ministry suspended food imports from Taiwan.")
    doc = make_doc(text, "en", "2022-08-03", [("China", "GPE", "CHN", "China"), ("US", "GPE", "USA", "United_States"),
                                               ("Washington", "GPE", "USA", "United_States"),
                                               ("commerce ministry", "ORG", None, None), ("Taiwan", "GPE", "TWN", "Taiwan")])
    event = one(stage, doc, "SANCTION")
    assert codes(event.actor) == ["CHN"]


def test_its_forces_are_those_of_the_state_of_the_sentence(stage):
    text = ("Ukraine accused Moscow of shelling Kharkiv and Kyiv on Monday. "
            "Hours later the Russian defence ministry said its forces had struck the port of Odesa with missiles.")
    doc = make_doc(text, "en", "2023-07-18", [("Ukraine", "GPE", "UKR", "Ukraine"), ("Moscow", "GPE", "RUS", "Russia"),
                                               ("Kharkiv", "LOC", "UKR", None), ("Kyiv", "GPE", "UKR", "Ukraine"),
                                               ("Odesa", "LOC", "UKR", None)])
    found = [e for e in events_of(stage, doc, "ASSAULT") if "forces" in [a.entity_text for a in e.actor]]
    assert found and codes(found[0].actor) == ["RUS"]


def test_a_plural_nationality_noun_is_the_crowd_not_a_qualifier(stage):
    text = "Tens of thousands of Georgians massed outside parliament in Tbilisi on Sunday night."
    doc = make_doc(text, "en", "2024-12-02", [("Tbilisi", "LOC", "GEO", None)])
    event = one(stage, doc, "PROTEST")
    assert codes(event.actor) == ["GEO"]


def test_a_coordinated_verb_after_a_contrast_keeps_the_subject_of_its_clause(stage):
    text = ("Yemen's Houthis claimed the attack, but US Secretary of State Mike Pompeo said there was no "
            "evidence it came from Yemen and blamed Iran.")
    doc = make_doc(text, "en", "2019-09-16", [("Yemen", "GPE", "YEM", "Yemen"), ("Houthis", "ORG", "YEM", "Houthis"),
                                               ("US", "GPE", "USA", "United_States"), ("Mike Pompeo", "PER", "USA", "Mike_Pompeo"),
                                               ("Yemen", "GPE", "YEM", "Yemen"), ("Iran", "GPE", "IRN", "Iran")])
    event = one(stage, doc, "ACCUSE")
    assert [a.identifier_text for a in event.actor] == ["Mike Pompeo"]
    assert codes(event.recipient) == ["IRN"]


@pytest.mark.parametrize("text, mentions, event_type, code", [
    ("Spain extradited a Colombian drug trafficker to the United States on Wednesday.",
     [("Spain", "GPE", "ESP", "Spain"), ("United States", "GPE", "USA", "United_States")], "COOPERATE", "USA"),
    ("Spain handed over two suspected jihadists to Moroccan authorities on Thursday.",
     [("Spain", "GPE", "ESP", "Spain")], "COOPERATE", "MAR"),
])
def test_what_is_sent_to_a_party_goes_to_it(stage, text, mentions, event_type, code):
    doc = make_doc(text, "en", "2024-03-12", mentions)
    event = one(stage, doc, event_type)
    assert codes(event.recipient) == [code]


@pytest.mark.parametrize("text, event_type, code", [
    ("Armed gangs attacked the two largest prisons of Haiti over the weekend.", "ASSAULT", "HTI"),
    ("Dockworkers picketed the port of Piraeus in Greece on Wednesday.", "PROTEST", "GRC"),
])
def test_gangs_and_dockworkers_are_role_nouns(stage, text, event_type, code):
    doc = make_doc(text, "en", "2024-03-04", [("Haiti", "GPE", "HTI", "Haiti")] if "Haiti" in text
                   else [("Greece", "GPE", "GRC", "Greece")])
    event = one(stage, doc, event_type)
    assert codes(event.actor) == [code]


def test_a_name_after_a_qualified_common_noun_is_the_recipient(stage):
    text = "Iran's Revolutionary Guards seized the British-flagged tanker Stena Impero in the Strait of Hormuz on Friday."
    doc = make_doc(text, "en", "2019-07-20", [("Iran", "GPE", "IRN", "Iran"),
                                               ("Revolutionary Guards", "ORG", "IRN", "Islamic_Revolutionary_Guard_Corps"),
                                               ("Stena Impero", "ORG", None, None)])
    event = one(stage, doc, "COERCE")
    named = [r for r in event.recipient if r.entity_text == "Stena Impero"]
    assert named and named[0].code == "GBR"


@pytest.mark.parametrize("text, event_type, code", [
    ("Cairo turned down an offer from Addis Ababa on Monday.", "REJECT", "ETH"),
    ("Warsaw also demanded an explanation from Moscow on Friday.", "REQUEST", "RUS"),
])
def test_the_party_an_offer_or_answer_comes_from_is_the_recipient(stage, text, event_type, code):
    doc = make_doc(text, "en", "2024-03-12", [("Cairo", "GPE", "EGY", "Egypt"), ("Addis Ababa", "LOC", "ETH", None)]
                   if "Cairo" in text else [("Warsaw", "GPE", "POL", "Poland"), ("Moscow", "GPE", "RUS", "Russia")])
    event = one(stage, doc, event_type)
    assert codes(event.recipient) == [code]


def test_the_state_an_envoy_is_recalled_from_is_the_recipient(stage):
    text = "Algeria recalled its ambassador from Paris on Tuesday."
    doc = make_doc(text, "en", "2024-07-31", [("Algeria", "GPE", "DZA", "Algeria"), ("Paris", "GPE", "FRA", "France")])
    event = one(stage, doc, "SANCTION")
    assert codes(event.recipient) == ["FRA"]


def test_a_role_noun_before_an_irregular_verb_is_no_title_of_the_person_after_it(stage):
    text = "The Arab foreign ministers met Antony Blinken in Amman on Saturday."
    doc = make_doc(text, "en", "2023-11-05", [("Antony Blinken", "PER", "USA", "Antony_Blinken"),
                                               ("Amman", "LOC", "JOR", None)])
    event = one(stage, doc, "CONSULT")
    assert codes(event.actor) == ["IGO"]
    assert codes(event.recipient) == ["USA"]


def test_the_party_told_is_no_subject_of_what_it_is_told(stage):
    text = ("Turkish President Recep Tayyip Erdogan told parliament on Tuesday that the killing had been "
            "planned in advance, and called on Riyadh to hand over the suspects.")
    doc = make_doc(text, "en", "2018-10-24", [("Recep Tayyip Erdogan", "PER", "TUR", "Recep_Tayyip_Erdoğan"),
                                               ("Riyadh", "GPE", "SAU", "Saudi_Arabia")])
    event = one(stage, doc, "REQUEST")
    assert [a.entity_text for a in event.actor] == ["Recep Tayyip Erdogan"]
    assert codes(event.recipient) == ["SAU"]


def test_its_troops_are_those_of_a_body_told_with_the_article(stage):
    text = "Ukraine reported shelling overnight. The Kremlin said its troops attacked Ukrainian positions near Bakhmut."
    doc = make_doc(text, "en", "2023-05-20", [("Ukraine", "GPE", "UKR", "Ukraine"), ("Kremlin", "ORG", "RUS", "Moscow_Kremlin"),
                                               ("Bakhmut", "GPE", "UKR", None)])
    found = [e for e in events_of(stage, doc, "ASSAULT") if "troops" in [a.entity_text for a in e.actor]]
    assert found and codes(found[0].actor) == ["RUS"]


@pytest.mark.parametrize("text", ["Arab troops entered Kuwait on Monday.", "Western troops left Kabul in August."])
def test_troops_of_a_region_are_no_regional_body(stage, text):
    events = events_of(stage, make_doc(text, "en", "2021-08-31", []))
    assert events and not any(a.code == "IGO" or a.identifier_text in ("Arab League", "NATO")
                              for e in events for a in e.actor)
