"""Role structures of the coder: opening request phrases, passive host verbs and agents held
inside the trigger, receiving verbs, attackers blamed in another clause, objects of Arabic
verbal nouns, explicit Arabic agents and counted victims before an attack noun."""

import pytest

from wirewatch.events.participants import ParticipantFinder
from wirewatch.events.stage import EventStage

from .helpers import codes, events_of, make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


def one(stage, doc, event_type):
    found = events_of(stage, doc, event_type)
    assert found, f"no {event_type} coded"
    return found[0]


def test_an_opening_request_phrase_names_who_asks_and_the_subject_is_asked(stage):
    text = "At the request of Ukraine, the UN Security Council met on Tuesday."
    doc = make_doc(text, "en", "2024-07-10", [("Ukraine", "GPE", "UKR", "Ukraine"),
                                               ("UN Security Council", "ORG", "IGO", "United_Nations_Security_Council")])
    request = one(stage, doc, "REQUEST")
    assert codes(request.actor) == ["UKR"] and codes(request.recipient) == ["IGO"]
    consult = one(stage, doc, "CONSULT")
    assert codes(consult.actor) == ["IGO"]


def test_a_passive_host_verb_makes_the_guest_the_actor(stage):
    text = "Ukrainian Foreign Minister Dmytro Kuleba was received by Chinese Foreign Minister Wang Yi in Guangzhou on Wednesday."
    doc = make_doc(text, "en", "2024-07-25", [("Dmytro Kuleba", "PER", "UKR", "Dmytro_Kuleba"),
                                               ("Wang Yi", "PER", "CHN", "Wang_Yi")])
    event = one(stage, doc, "CONSULT")
    assert codes(event.actor) == ["UKR"] and codes(event.recipient) == ["CHN"]


def test_a_host_verb_without_its_flag_swaps_too_and_skips_the_hosts_own_seat(stage):
    text = "Le président Emmanuel Macron a reçu lundi à l'Élysée le chancelier allemand Olaf Scholz."
    doc = make_doc(text, "fr", "2024-05-08", [("Emmanuel Macron", "PER", "FRA", "Emmanuel_Macron"),
                                               ("Élysée", "ORG", "FRA", "Élysée_Palace"),
                                               ("Olaf Scholz", "PER", "DEU", "Olaf_Scholz")])
    event = one(stage, doc, "CONSULT")
    assert codes(event.actor) == ["DEU"] and codes(event.recipient) == ["FRA"]


def test_an_irregular_participle_inside_the_trigger_is_a_passive(stage):
    text = "Two Israeli soldiers were shot dead by an Egyptian policeman near the border on Saturday."
    doc = make_doc(text, "en", "2023-06-05")
    event = one(stage, doc, "ASSAULT")
    assert codes(event.actor) == ["EGY"] and codes(event.recipient) == ["ISR"]


def test_the_party_after_from_gives_what_the_subject_received(stage):
    text = "حصلت أوكرانيا على دفعة جديدة من المساعدات العسكرية من ألمانيا، الاثنين."
    doc = make_doc(text, "ar", "2023-12-19", [("أوكرانيا", "GPE", "UKR", "Ukraine"), ("ألمانيا", "GPE", "DEU", "Germany")])
    event = one(stage, doc, "AID")
    assert codes(event.actor) == ["DEU"] and codes(event.recipient) == ["UKR"]


def test_an_attack_without_its_attacker_takes_the_party_blamed_in_a_relative_clause(stage):
    text = "The assassination of a Hamas official in Beirut, which Lebanon blamed on Israel, raised fears of war."
    doc = make_doc(text, "en", "2024-01-04", [("Hamas", "ORG", "PSE", "Hamas"), ("Lebanon", "GPE", "LBN", "Lebanon"),
                                               ("Israel", "GPE", "ISR", "Israel")])
    event = one(stage, doc, "ASSAULT")
    assert codes(event.actor) == ["ISR"]


def test_an_attack_told_as_the_object_of_a_blame_takes_the_party_blamed(stage):
    text = "حملت إيران الولايات المتحدة مسؤولية اغتيال إسماعيل هنية في طهران."
    doc = make_doc(text, "ar", "2024-08-01", [("إيران", "GPE", "IRN", "Iran"), ("الولايات المتحدة", "GPE", "USA", "United_States"),
                                               ("إسماعيل هنية", "PER", "PSE", "Ismail_Haniyeh")])
    event = one(stage, doc, "ASSAULT")
    assert codes(event.actor) == ["USA"]


def test_the_party_after_an_arabic_verbal_noun_of_killing_undergoes_it(stage):
    text = "أدانت الحكومة اللبنانية اغتيال القيادي صالح العاروري."
    doc = make_doc(text, "ar", "2024-01-03", [("صالح العاروري", "PER", "PSE", "Saleh_al-Arouri")])
    event = one(stage, doc, "ASSAULT")
    assert codes(event.recipient) == ["PSE"] and "PSE" not in codes(event.actor)


def test_the_arabic_request_phrase_bi_talab_min_names_who_asks(stage):
    text = "عقد مجلس الأمن الدولي جلسة طارئة بطلب من الإمارات والصين لبحث الوضع في غزة."
    doc = make_doc(text, "ar", "2023-10-25", [("مجلس الأمن الدولي", "ORG", "IGO", "United_Nations_Security_Council"),
                                               ("الإمارات", "GPE", "ARE", "United_Arab_Emirates"), ("الصين", "GPE", "CHN", "China")])
    event = one(stage, doc, "REQUEST")
    assert set(codes(event.actor)) == {"ARE", "CHN"} and codes(event.recipient) == ["IGO"]


def test_an_explicit_arabic_agent_makes_the_verb_a_passive(stage):
    text = "اعتقل صحفي مغربي من قبل الشرطة الإسبانية في مدريد."
    doc = make_doc(text, "ar", "2024-06-18")
    event = one(stage, doc, "COERCE")
    assert codes(event.actor) == ["ESP"] and codes(event.recipient) == ["MAR"]


def test_people_killed_before_an_attack_noun_are_its_target(stage):
    text = "قتل ثلاثة جنود أردنيين في هجوم بطائرة مسيرة على قاعدة قرب الحدود."
    doc = make_doc(text, "ar", "2024-01-29")
    event = one(stage, doc, "ASSAULT")
    assert codes(event.recipient) == ["JOR"] and "JOR" not in codes(event.actor)


def test_the_body_in_the_subjects_title_is_not_the_object(stage):
    text = "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش حركة حماس إلى الإفراج عن الرهائن."
    doc = make_doc(text, "ar", "2023-10-10", [("لأمم المتحدة", "ORG", "IGO", "United_Nations"),
                                               ("أنطونيو غوتيريش", "PER", "IGO", "António_Guterres"),
                                               ("حركة حماس", "ORG", "PSE", "Hamas")])
    event = one(stage, doc, "REQUEST")
    assert codes(event.recipient) == ["PSE"]


def test_an_adverbial_noun_taken_for_a_name_is_no_party():
    text = "طردت الحكومة العراقية السفيرة السويدية احتجاجا على حرق المصحف."
    doc = make_doc(text, "ar", "2023-07-21", [("احتجاجا", "PER", "SWE", None)])
    finder = ParticipantFinder(doc, EventStage().coder.lexicons)
    found = finder.find(0, len(text), "ar")
    assert [p.code for p in found if p.generic] == ["IRQ", "SWE"]
    assert not any(p.text == "احتجاجا" for p in found)


def test_a_dual_demonym_gives_its_country():
    text = "قُتل جنديان إسرائيليان بنيران مسلحين قرب الخليل."
    doc = make_doc(text, "ar", "2024-09-03")
    finder = ParticipantFinder(doc, EventStage().coder.lexicons)
    soldiers = next(p for p in finder.find(0, len(text), "ar") if p.text.startswith("جندي"))
    assert soldiers.code == "ISR"


def test_troops_deployed_in_the_passive_are_the_senders_own(stage):
    text = "North Korean troops were deployed to Russia, Seoul said on Friday."
    doc = make_doc(text, "en", "2024-10-25", [("Russia", "GPE", "RUS", "Russia"), ("Seoul", "GPE", "KOR", "Seoul")])
    event = one(stage, doc, "MOBILIZE")
    assert codes(event.actor) == ["PRK"]
