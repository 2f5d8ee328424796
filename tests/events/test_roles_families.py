"""Families of role errors on matched events: generic security actors and their country and
canonical name, parties of agentless passives and nominal triggers, the wrong party picked
(an apposition, an object after a coordinated Arabic verb), descriptions of persons, and
joint actors."""

import pytest

from wirewatch.events.coder import _drop_restated
from wirewatch.events.participants import national_force
from wirewatch.records import EntityRef, Event

from .helpers import codes, events_of, make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


def names(refs):
    return [r.identifier_text for r in refs]


# generic security actors: country from the demonym, the owner or the scene; name from the KB

def test_national_forces_are_the_states_army_and_police_not_other_armed_groups():
    assert national_force("IRQ", "MIL") == "Iraqi Armed Forces"
    assert national_force("GRC", "COP") == "Hellenic Police"
    assert national_force("HKG", "COP") == "Hong Kong Police Force"
    assert national_force("LBY", "MIL") is None  # the Libyan National Army is not Libya's army


def test_police_with_a_demonym_is_that_states_police_force(stage):
    doc = make_doc("اعتقلت الشرطة الجورجية عشرات المحتجين في تبليسي ليل السبت.", "ar", "2024-10-27")
    [event] = events_of(stage, doc, "COERCE")
    assert codes(event.actor) == ["GEO"] and names(event.actor) == ["Georgian Police"]


def test_police_of_a_named_place_is_its_police_and_the_place_is_no_party(stage):
    text = "La police de Hong Kong a encerclé dimanche un campus occupé par des étudiants."
    doc = make_doc(text, "fr", "2019-11-17", [("Hong Kong", "GPE", "HKG", "Hong_Kong")])
    [event] = events_of(stage, doc, "MOBILIZE")
    assert names(event.actor) == ["Hong Kong Police Force"]


def test_police_without_a_demonym_take_the_country_of_the_scene(stage):
    text = "Des milliers de migrants attendent depuis dimanche à la frontière grecque, où la police a utilisé des gaz lacrymogènes."
    doc = make_doc(text, "fr", "2020-03-02")
    [event] = [e for e in events_of(stage, doc, "ASSAULT") if e.actor]
    assert codes(event.actor) == ["GRC"] and names(event.actor) == ["Hellenic Police"]


def test_protesters_take_the_country_of_the_place_they_act_in(stage):
    text = "L'Azerbaïdjan a repris la ville. Des manifestants en colère ont envahi le parlement à Erevan."
    doc = make_doc(text, "fr", "2020-11-10", [("Azerbaïdjan", "GPE", "AZE", "Azerbaijan"),
                                               ("Erevan", "GPE", "ARM", "Yerevan")])
    [event] = events_of(stage, doc, "PROTEST")
    assert codes(event.actor) == ["ARM"]


def test_a_states_own_troops_are_not_given_the_scenes_country(stage):
    text = "Senegal contributed 300 troops to the peacekeeping force in Mali this month."
    doc = make_doc(text, "en", "2024-03-12", [("Senegal", "GPE", "SEN", "Senegal"), ("Mali", "GPE", "MLI", "Mali")])
    for event in stage([doc])[0].events:
        assert "MLI" not in codes(event.recipient)


def test_a_demonym_before_special_forces_is_their_country(stage):
    text = "The militant leader died during a raid by US special forces in northwest Syria."
    doc = make_doc(text, "en", "2019-10-27", [("US", "GPE", "USA", "United_States"), ("Syria", "GPE", "SYR", "Syria")])
    [event] = events_of(stage, doc, "ASSAULT")
    assert names(event.actor) == ["United States Armed Forces"]


def test_a_state_before_a_verb_is_not_the_demonym_of_its_forces(stage):
    text = "South Korea scrambled fighter jets after foreign bombers entered its air defence zone."
    doc = make_doc(text, "en", "2024-03-12", [("South Korea", "GPE", "KOR", "South_Korea")])
    [event] = events_of(stage, doc, "MOBILIZE")
    assert codes(event.actor) == ["KOR"]


def test_arabic_owner_state_after_a_role_noun_is_not_a_second_party(stage):
    text = "أفرجت السلطات السعودية، في أيار/مايو الماضي، عن ناشطات في مجال حقوق المرأة."
    doc = make_doc(text, "ar", "2019-06-28", [("السعودية", "GPE", "SAU", "Saudi_Arabia")])
    [event] = events_of(stage, doc, "RETREAT")
    assert codes(event.actor) == ["SAU"] and codes(event.recipient) == ["SAU"]


# Arabic: a coordinated verb with its own subject, a participle after a comma, verbal nouns

def test_arabic_coordinated_verb_with_its_own_subject(stage):
    text = "تظاهر آلاف المحتجين أمام البرلمان في تبليسي، واعتقلت الشرطة عشرات منهم."
    doc = make_doc(text, "ar", "2024-10-27", [("تبليسي", "GPE", "GEO", "Tbilisi")])
    [event] = events_of(stage, doc, "COERCE")
    assert [r.sector for r in event.actor] == ["COP"]


def test_arabic_coordinated_verb_followed_by_a_state_keeps_its_subject(stage):
    text = "استنكرت روسيا الضربة الصاروخية على المطار، واتهمت إسرائيل بتنفيذها."
    doc = make_doc(text, "ar", "2024-03-12", [("روسيا", "GPE", "RUS", "Russia"), ("إسرائيل", "GPE", "ISR", "Israel")])
    [event] = [e for e in events_of(stage, doc, "ACCUSE") if "ISR" in codes(e.recipient)]
    assert codes(event.actor) == ["RUS"]


def test_arabic_participle_after_a_comma_has_the_sentence_subject(stage):
    text = "رحبت الجزائر بقرار الجمعية العامة، داعية مجلس الأمن إلى تحمل مسؤولياته."
    doc = make_doc(text, "ar", "2023-12-13", [("الجزائر", "GPE", "DZA", "Algeria"),
                                               ("مجلس الأمن", "ORG", "IGO", "United_Nations_Security_Council")])
    [event] = events_of(stage, doc, "REQUEST")
    assert codes(event.actor) == ["DZA"] and codes(event.recipient) == ["IGO"]


def test_arabic_verbal_noun_led_by_a_person(stage):
    text = "انسحب المقاتلون من الطريق إلى موسكو، بعد وساطة قادها الرئيس البيلاروسي ألكسندر لوكاشينكو."
    doc = make_doc(text, "ar", "2023-06-24", [("موسكو", "GPE", "RUS", "Moscow"),
                                               ("ألكسندر لوكاشينكو", "PER", "BLR", "Alexander_Lukashenko")])
    [event] = events_of(stage, doc, "CONSULT")
    assert codes(event.actor) == ["BLR"]


def test_arabic_request_noun_belongs_to_the_party_after_it(stage):
    text = "قال مسؤول إن واشنطن لن تعيد فتح سفارتها قبل تحسن الوضع الأمني، رغم دعوات الحكومة الليبية."
    doc = make_doc(text, "ar", "2024-03-12", [("واشنطن", "GPE", "USA", "Washington")])
    [event] = events_of(stage, doc, "REQUEST")
    assert codes(event.actor) == ["LBY"]


def test_arabic_attack_carried_out_by_a_demonym_keeps_its_victims(stage):
    text = "قتل خمسة أشخاص على الأقل في غارة شنتها طائرات حربية إسرائيلية على منزل في خان يونس."
    doc = make_doc(text, "ar", "2024-03-12", [("خان يونس", "LOC", "PSE", None)])
    [event] = [e for e in events_of(stage, doc, "ASSAULT") if e.actor]
    assert codes(event.actor) == ["ISR"] and event.recipient


def test_the_target_of_a_survived_attack_is_no_actor(stage):
    text = "نجا رئيس الوزراء العراقي مصطفى الكاظمي من محاولة اغتيال بطائرة مسيرة استهدفت منزله."
    doc = make_doc(text, "ar", "2021-11-07", [("مصطفى الكاظمي", "PER", "IRQ", "Mustafa_Al-Kadhimi")])
    [event] = events_of(stage, doc, "ASSAULT")
    assert not event.actor and codes(event.recipient) == ["IRQ"]


# passives without an agent, and agents after a nominal trigger

def test_passive_subject_with_an_apposition_is_the_person(stage):
    text = "Saleh al-Arouri, numéro deux du bureau politique du Hamas, a été tué mardi dans une frappe de drone."
    doc = make_doc(text, "fr", "2024-01-03", [("Saleh al-Arouri", "PER", "PSE", "Saleh_al-Arouri"),
                                               ("Hamas", "ORG", "PSE", "Hamas")])
    [event] = events_of(stage, doc, "ASSAULT")
    assert names(event.recipient) == ["Saleh al-Arouri"] and not event.actor


def test_coordinated_participles_after_one_auxiliary_are_passive(stage):
    text = "Military leaders said on Thursday that Omar al-Bashir had been removed and detained."
    doc = make_doc(text, "en", "2019-04-11", [("Omar al-Bashir", "PER", "SDN", "Omar_al-Bashir")])
    [event] = events_of(stage, doc, "COERCE")
    assert names(event.recipient) == ["Omar al-Bashir"]


def test_french_etre_verb_is_no_passive(stage):
    text = "Israël et le Hamas sont parvenus mercredi à un accord de cessez-le-feu à Gaza."
    doc = make_doc(text, "fr", "2025-01-15", [("Israël", "GPE", "ISR", "Israel"), ("Hamas", "ORG", "PSE", "Hamas"),
                                               ("Gaza", "LOC", "PSE", None)])
    [event] = events_of(stage, doc, "AGREE")
    assert set(codes(event.actor)) == {"ISR", "PSE"}


def test_agent_of_the_passive_verb_after_a_nominal_trigger(stage):
    text = "Un accord de cessez-le-feu total, parrainé par Moscou, a été signé dans la nuit par l'Arménie et l'Azerbaïdjan."
    doc = make_doc(text, "fr", "2020-11-10", [("Moscou", "GPE", "RUS", "Moscow"), ("Arménie", "GPE", "ARM", "Armenia"),
                                               ("Azerbaïdjan", "GPE", "AZE", "Azerbaijan")])
    [event] = events_of(stage, doc, "AGREE")
    assert set(codes(event.actor)) == {"ARM", "AZE"}


def test_request_from_a_state_after_a_determiner(stage):
    text = "Niger's junta did not respond on Friday to a request from Washington to keep its troops."
    doc = make_doc(text, "en", "2024-03-12", [("Niger", "GPE", "NER", "Niger"), ("Washington", "GPE", "USA", "Washington")])
    [event] = events_of(stage, doc, "REQUEST")
    assert codes(event.actor) == ["USA"] and codes(event.recipient) == ["NER"]


# descriptions of persons, joint actors, restated events

def test_the_president_is_the_office_holder_named_before(stage):
    text = ("Des militaires ont annoncé la dissolution des institutions après la réélection d'Ali Bongo. "
            "Le président a été placé en résidence surveillée.")
    doc = make_doc(text, "fr", "2023-08-30", [("Ali Bongo", "PER", "GAB", "Ali_Bongo_Ondimba")])
    [event] = [e for e in events_of(stage, doc, "COERCE") if e.recipient]
    assert names(event.recipient) == ["Ali Bongo Ondimba"]


def test_a_president_with_a_nationality_stays_a_role_noun(stage):
    text = "Emmanuel Macron a reçu lundi Ali Bongo. Le président ivoirien a été placé en résidence surveillée."
    doc = make_doc(text, "fr", "2023-08-30", [("Emmanuel Macron", "PER", "FRA", "Emmanuel_Macron"),
                                               ("Ali Bongo", "PER", "GAB", "Ali_Bongo_Ondimba")])
    for event in events_of(stage, doc, "COERCE"):
        assert "Ali Bongo Ondimba" not in names(event.recipient)


def test_the_two_presidents_are_both_actors(stage):
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي نظيره التركي رجب طيب أردوغان في القاهرة. "
            "ووقع الرئيسان إعلانا مشتركا.")
    doc = make_doc(text, "ar", "2024-02-15", [("عبد الفتاح السيسي", "PER", "EGY", "Abdel_Fattah_el-Sisi"),
                                               ("رجب طيب أردوغان", "PER", "TUR", "Recep_Tayyip_Erdoğan"),
                                               ("القاهرة", "GPE", "EGY", "Cairo")])
    [event] = events_of(stage, doc, "AGREE")
    assert set(codes(event.actor)) == {"EGY", "TUR"}


def test_a_visit_restating_a_reception_is_not_a_second_event():
    erdogan = EntityRef("رجب طيب أردوغان", "TUR", "GOV", "Q39723", "Recep Tayyip Erdoğan", "erdogan")
    sisi = EntityRef("عبد الفتاح السيسي", "EGY", "GOV", "Q57322", "Abdel Fattah el-Sisi", "sisi")
    received = Event("e1", "a", "CONSULT", actor=[erdogan], recipient=[sisi])
    visit = Event("e2", "a", "CONSULT", actor=[erdogan], recipient=[EntityRef("مصر", "EGY", "GOV", None, "Egypt")])
    other = Event("e3", "a", "CONSULT", actor=[erdogan],
                  recipient=[EntityRef("مصطفى مدبولي", "EGY", "GOV", None, "Mostafa Madbouly")])
    assert _drop_restated([received, visit, other]) == [received, other]


# agents of strikes and participles, bare participles, persons known by their apposition

def test_the_state_of_the_strike_is_the_agent_of_a_killing(stage):
    text = "Iran's top general was killed in a US drone strike near Baghdad airport on Friday."
    doc = make_doc(text, "en", "2020-01-03", [("Iran", "GPE", "IRN", "Iran"), ("US", "GPE", "USA", "United_States")])
    [event] = events_of(stage, doc, "ASSAULT")
    assert codes(event.actor) == ["USA"]


def test_french_demonym_of_the_strike_is_the_agent(stage):
    text = "Le numéro deux du Hamas a été tué mardi dans une frappe israélienne à Beyrouth."
    doc = make_doc(text, "fr", "2024-01-03", [("Hamas", "ORG", "PSE", "Hamas")])
    [event] = events_of(stage, doc, "ASSAULT")
    assert codes(event.actor) == ["ISR"]


def test_a_verb_between_a_role_noun_and_a_name_is_no_title(stage):
    text = "Myanmar's army detained Aung San Suu Kyi in a dawn raid on Monday."
    doc = make_doc(text, "en", "2021-02-01", [("Myanmar", "GPE", "MMR", "Myanmar"),
                                               ("Aung San Suu Kyi", "PER", "MMR", "Aung_San_Suu_Kyi")])
    [event] = events_of(stage, doc, "COERCE")
    assert [r.sector for r in event.actor] == ["MIL"] and names(event.recipient) == ["Aung San Suu Kyi"]


def test_arabic_role_noun_then_a_place_and_a_titled_person_is_no_title(stage):
    text = "احتجز عناصر من الحرس الرئاسي في النيجر الرئيس محمد بازوم داخل مقر إقامته في نيامي."
    doc = make_doc(text, "ar", "2023-07-26", [("النيجر", "GPE", "NER", "Niger"), ("محمد بازوم", "PER", "NER", "Mohamed_Bazoum")])
    [event] = events_of(stage, doc, "COERCE")
    assert [r.sector for r in event.actor] == ["MIL"] and names(event.recipient) == ["Mohamed Bazoum"]


def test_agent_of_a_participle_after_a_nominal_trigger(stage):
    text = "Une cargaison de 40 tonnes de matériel médical offerte par l'Algérie est arrivée lundi à Beyrouth."
    doc = make_doc(text, "fr", "2024-10-14", [("Algérie", "GPE", "DZA", "Algeria"), ("Beyrouth", "GPE", "LBN", "Beirut")])
    [event] = events_of(stage, doc, "AID")
    assert codes(event.actor) == ["DZA"]


def test_a_bare_participle_after_a_name_and_a_comma_is_passive(stage):
    text = "Le Hezbollah promet de venger la mort de Saleh al-Arouri, tué mardi dans une frappe de drone à Beyrouth."
    doc = make_doc(text, "fr", "2024-01-03", [("Hezbollah", "ORG", "LBN", "Hezbollah"),
                                               ("Saleh al-Arouri", "PER", "PSE", "Saleh_al-Arouri")])
    [event] = events_of(stage, doc, "ASSAULT")
    assert names(event.recipient) == ["Saleh al-Arouri"] and "LBN" not in codes(event.actor)


def test_an_unknown_person_takes_the_country_of_the_body_in_their_apposition(stage):
    text = "Saleh al-Arouri, numéro deux du bureau politique du Hamas, a été tué mardi dans la banlieue de Beyrouth."
    doc = make_doc(text, "fr", "2024-01-03", [("Saleh al-Arouri", "PER", None, None), ("Hamas", "ORG", "PSE", "Hamas"),
                                               ("Beyrouth", "GPE", "LBN", "Beirut")])
    [event] = events_of(stage, doc, "ASSAULT")
    assert codes(event.recipient) == ["PSE"]


def test_people_named_by_a_nationality_outside_the_short_list(stage):
    text = "Des dizaines de milliers de Géorgiens ont défilé dimanche à Tbilissi contre le projet de loi."
    doc = make_doc(text, "fr", "2024-05-12")
    [event] = events_of(stage, doc, "PROTEST")
    assert codes(event.actor) == ["GEO"]


# Arabic counts and pronoun subjects, joint parties of talks, a demonym object after a verb

def test_arabic_people_counted_after_min_are_the_subject(stage):
    text = "خرج عشرات الآلاف من الجزائريين إلى الشوارع، أمس الجمعة، رفضا لترشح الرئيس لولاية خامسة."
    doc = make_doc(text, "ar", "2019-03-02")
    [event] = events_of(stage, doc, "PROTEST")
    assert codes(event.actor) == ["DZA"]


def test_arabic_protest_verb_before_a_count_is_not_passive(stage):
    text = "احتشد آلاف السودانيين في الخرطوم، السبت، رفضا للانقلاب العسكري."
    doc = make_doc(text, "ar", "2021-10-30", [("الخرطوم", "GPE", "SDN", "Khartoum")])
    [event] = events_of(stage, doc, "PROTEST")
    assert codes(event.actor) == ["SDN"]


def test_arabic_verb_after_a_pronoun_subject_is_active(stage):
    text = "قالت الشرطة الفرنسية إنها أوقفت أربعة أشخاص يشتبه في تخطيطهم لهجوم."
    doc = make_doc(text, "ar", "2024-12-30")
    [event] = events_of(stage, doc, "COERCE")
    assert names(event.actor) == ["French National Police"]


def test_arabic_coordinated_arrest_of_suspects_keeps_the_subject(stage):
    text = "صادرت الشرطة الجزائرية أطنانا من الكوكايين في ميناء وهران وأوقفت سبعة مشتبه بهم."
    doc = make_doc(text, "ar", "2024-03-12", [("وهران", "LOC", "DZA", None)])
    [event] = [e for e in events_of(stage, doc, "COERCE") if e.recipient]
    assert [r.sector for r in event.actor] == ["COP"] and codes(event.actor) == ["DZA"]


@pytest.mark.parametrize("lang,text,mentions", [
    ("en", "Ukraine and Russia held direct talks in Istanbul on Friday.",
     [("Ukraine", "GPE", "UKR", "Ukraine"), ("Russia", "GPE", "RUS", "Russia"), ("Istanbul", "GPE", "TUR", "Istanbul")]),
    ("ar", "أجرت أوكرانيا وروسيا الجمعة في إسطنبول محادثات مباشرة.",
     [("أوكرانيا", "GPE", "UKR", "Ukraine"), ("روسيا", "GPE", "RUS", "Russia"), ("إسطنبول", "GPE", "TUR", "Istanbul")]),
])
def test_talks_of_two_parties_have_one_as_recipient(stage, lang, text, mentions):
    doc = make_doc(text, lang, "2025-05-16", mentions)
    [event] = events_of(stage, doc, "CONSULT")
    assert codes(event.actor) == ["UKR"] and codes(event.recipient) == ["RUS"]


def test_a_demonym_object_after_the_verb_of_a_role_noun_is_a_party(stage):
    text = "Azerbaijani forces shelled Armenian positions again on Tuesday."
    doc = make_doc(text, "en", "2024-03-12")
    [event] = events_of(stage, doc, "ASSAULT")
    assert codes(event.actor) == ["AZE"] and codes(event.recipient) == ["ARM"]
