"""Roles named outside the trigger's clause or by a construction around it: reactions to the
party that acted before, mutual accusations, coordinated clauses, visits, possessives,
demonyms qualifying an attack, own troops, participles with their agent."""

import pytest

from wirewatch.events.participants import _demonym_variants
from wirewatch.records import Place

from .helpers import codes, events_of, make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


# a reaction without a target in its clause answers the party that acted before

def test_english_reaction_without_target_takes_the_subject_of_the_previous_sentence(stage):
    text = "Japan began releasing treated water into the sea on Thursday. China strongly criticised the plan."
    doc = make_doc(text, "en", "2024-03-12", [("Japan", "GPE", "JPN", "Japan"), ("China", "GPE", "CHN", "China")])
    [event] = events_of(stage, doc, "ACCUSE")
    assert codes(event.actor) == ["CHN"] and codes(event.recipient) == ["JPN"]


def test_english_reaction_takes_the_actor_of_the_previous_event(stage):
    text = "Iran arrested two French tourists on Monday. Paris demanded their release."
    doc = make_doc(text, "en", "2024-03-12", [("Iran", "GPE", "IRN", "Iran"), ("Paris", "GPE", "FRA", "France")])
    [event] = events_of(stage, doc, "REQUEST")
    assert codes(event.actor) == ["FRA"] and codes(event.recipient) == ["IRN"]


def test_french_reaction_without_target_takes_the_subject_of_the_previous_sentence(stage):
    text = "La Chine a adopté mardi une loi sur Hong Kong. Londres a dénoncé mercredi une violation grave."
    doc = make_doc(text, "fr", "2024-03-12", [("La Chine", "GPE", "CHN", "China"), ("Londres", "GPE", "GBR", "London")])
    [event] = events_of(stage, doc, "ACCUSE")
    assert codes(event.actor) == ["GBR"] and codes(event.recipient) == ["CHN"]


def test_arabic_reaction_without_target_takes_the_subject_of_the_previous_sentence(stage):
    text = "صوت مجلس الأمن الاثنين لصالح قرار جديد حول غزة. ورحبت حركة حماس بالقرار."
    doc = make_doc(text, "ar", "2024-06-11", [("مجلس الأمن", "ORG", "IGO", "United_Nations_Security_Council"),
                                               ("غزة", "LOC", "PSE", None),
                                               ("حركة حماس", "ORG", "PSE", "Hamas")])
    [event] = [e for e in events_of(stage, doc, "SUPPORT") if codes(e.actor) == ["PSE"]]
    assert codes(event.recipient) == ["IGO"]


def test_a_reaction_does_not_take_its_own_state_as_target(stage):
    text = "Russia held large naval drills on Monday. Moscow said the drills were routine and condemned the report."
    doc = make_doc(text, "en", "2024-03-12", [("Russia", "GPE", "RUS", "Russia"), ("Moscow", "GPE", "RUS", "Moscow")])
    for event in events_of(stage, doc, "ACCUSE"):
        assert "RUS" not in codes(event.recipient)


# "accused each other": one record each way

@pytest.mark.parametrize("lang,text,mentions", [
    ("en", "Azerbaijan and Armenia accused each other on Monday of breaking the truce.",
     [("Azerbaijan", "GPE", "AZE", "Azerbaijan"), ("Armenia", "GPE", "ARM", "Armenia")]),
    ("fr", "L'Azerbaïdjan et l'Arménie s'accusent mutuellement de violer la trêve.",
     [("Azerbaïdjan", "GPE", "AZE", "Azerbaijan"), ("Arménie", "GPE", "ARM", "Armenia")]),
    ("ar", "وتبادلت أذربيجان وأرمينيا الاتهامات بخرق الهدنة الاثنين.",
     [("أذربيجان", "GPE", "AZE", "Azerbaijan"), ("أرمينيا", "GPE", "ARM", "Armenia")]),
])
def test_mutual_accusation_gives_one_event_each_way(stage, lang, text, mentions):
    doc = make_doc(text, lang, "2024-03-12", mentions)
    pairs = {(codes(e.actor)[0], codes(e.recipient)[0]) for e in events_of(stage, doc, "ACCUSE")
             if e.actor and e.recipient}
    assert pairs == {("AZE", "ARM"), ("ARM", "AZE")}


# the subject of the next coordinated clause is not a recipient

def test_english_next_clause_subject_is_not_a_recipient(stage):
    text = "South Korea strongly criticised the decision, and Seoul summoned the Japanese ambassador."
    doc = make_doc(text, "en", "2024-03-12", [("South Korea", "GPE", "KOR", "South_Korea"),
                                               ("Seoul", "GPE", "KOR", "Seoul")])
    accuse = [e for e in events_of(stage, doc, "ACCUSE") if "criticised" in e.evidence[0].text]
    assert accuse and not [r for r in accuse[0].recipient if r.entity_text == "Seoul"]


def test_french_next_clause_subject_is_not_a_recipient(stage):
    text = "Le Maroc a vivement critiqué la décision, et Alger a rappelé son ambassadeur."
    doc = make_doc(text, "fr", "2024-03-12", [("Maroc", "GPE", "MAR", "Morocco"), ("Alger", "GPE", "DZA", "Algiers")])
    accuse = [e for e in events_of(stage, doc, "ACCUSE") if e.actor and e.actor[0].code == "MAR"]
    assert accuse and "DZA" not in codes(accuse[0].recipient)


# the host of a visit is the state of the place visited

def _with_place(doc, surface, name, country):
    for m in doc.mentions:
        if m.text == surface:
            m.place = Place(name, None, None, None, country, None, "PPLC")
    return doc


def test_english_visit_host_is_the_state_of_the_destination(stage):
    text = "Nancy Pelosi arrived in Taipei late on Tuesday, the most senior US official to go there in decades."
    doc = make_doc(text, "en", "2022-08-03", [("Nancy Pelosi", "PER", "USA", "Nancy_Pelosi"),
                                               ("Taipei", "LOC", None, None), ("US", "GPE", "USA", "United_States")])
    [event] = events_of(stage, _with_place(doc, "Taipei", "Taipei", "TWN"), "CONSULT")
    assert codes(event.actor) == ["USA"] and codes(event.recipient) == ["TWN"]


def test_french_visit_host_is_the_state_of_the_destination(stage):
    text = "Emmanuel Macron s'est rendu jeudi à Beyrouth, deux jours après l'explosion du port."
    doc = make_doc(text, "fr", "2020-08-07", [("Emmanuel Macron", "PER", "FRA", "Emmanuel_Macron"),
                                               ("Beyrouth", "LOC", None, None)])
    [event] = events_of(stage, _with_place(doc, "Beyrouth", "Beirut", "LBN"), "CONSULT")
    assert codes(event.recipient) == ["LBN"]


# Arabic word order

def test_arabic_date_between_commas_does_not_join_the_object_to_the_subject(stage):
    text = "رفضت مصر والأردن، الأحد، مقترح الرئيس الأمريكي دونالد ترامب."
    doc = make_doc(text, "ar", "2025-02-02", [("مصر", "GPE", "EGY", "Egypt"), ("الأردن", "GPE", "JOR", "Jordan"),
                                               ("دونالد ترامب", "PER", "USA", "Donald_Trump")])
    [event] = events_of(stage, doc, "REJECT")
    assert sorted(codes(event.actor)) == ["EGY", "JOR"]
    assert "USA" in codes(event.recipient)


def test_arabic_subject_of_the_next_coordinated_verb_is_not_taken(stage):
    text = "دمر انفجار مستشفى في غزة مساء الثلاثاء، وتبادلت حركة حماس وإسرائيل الاتهامات."
    doc = make_doc(text, "ar", "2023-10-18", [("غزة", "LOC", "PSE", None), ("حركة حماس", "ORG", "PSE", "Hamas"),
                                               ("إسرائيل", "GPE", "ISR", "Israel")])
    for event in events_of(stage, doc, "ASSAULT"):
        assert "ISR" not in codes(event.actor)


def test_arabic_party_after_the_preposition_lam_is_found(stage):
    text = "أعرب الرئيس السوداني عن شكره للإمارات على مساعداتها."
    doc = make_doc(text, "ar", "2024-09-12", [])
    [event] = events_of(stage, doc, "SUPPORT")
    assert "ARE" in codes(event.recipient)


# a demonym after an attack noun names the attacker (French and Arabic put it after the noun)

def test_french_demonym_after_a_weapon_noun_is_the_attacker(stage):
    text = "Des missiles russes ont frappé le port d'Odessa dans la nuit de samedi."
    doc = make_doc(text, "fr", "2023-07-23", [("Odessa", "LOC", "UKR", None)])
    events = events_of(stage, doc, "ASSAULT")
    assert events and codes(events[0].actor) == ["RUS"]


def test_arabic_demonym_after_a_strike_noun_is_the_attacker(stage):
    text = "قتل القائد قاسم سليماني في غارة أمريكية قرب مطار بغداد."
    doc = make_doc(text, "ar", "2020-01-03", [("قاسم سليماني", "PER", "IRN", "Qasem_Soleimani"),
                                               ("بغداد", "LOC", "IRQ", None)])
    attacks = [e for e in events_of(stage, doc, "ASSAULT") if e.actor]
    assert attacks and codes(attacks[0].actor) == ["USA"]


def test_french_demonym_after_a_verb_is_not_the_attacker(stage):
    text = "Des soldats israéliens ont tué deux Palestiniens lundi près de Naplouse."
    doc = make_doc(text, "fr", "2024-03-12", [("Naplouse", "LOC", "PSE", None)])
    [event] = events_of(stage, doc, "ASSAULT")
    assert codes(event.actor) == ["ISR"]


# a possessive after the trigger stands for the person acted on

def test_english_possessive_object_is_the_person_named_before(stage):
    text = "Antonio Guterres said the attacks did not happen in a vacuum. Gilad Erdan demanded his resignation."
    doc = make_doc(text, "en", "2023-10-25", [("Antonio Guterres", "PER", "IGO", "António_Guterres"),
                                               ("Gilad Erdan", "PER", "ISR", "Gilad_Erdan")])
    [event] = events_of(stage, doc, "REQUEST")
    assert [r.identifier_text for r in event.recipient] == ["António Guterres"]


def test_french_possessive_object_is_the_person_named_before(stage):
    text = "Kais Saied a dissous le Parlement. L'opposition a exigé sa démission."
    doc = make_doc(text, "fr", "2023-03-30", [("Kais Saied", "PER", "TUN", "Kais_Saied")])
    [event] = events_of(stage, doc, "REQUEST")
    assert [r.identifier_text for r in event.recipient] == ["Kais Saied"]


def test_called_for_his_release_is_not_aimed_at_the_prisoner(stage):
    text = "Belarus arrested the journalist Roman Protasevich on Sunday. EU leaders called for his immediate release."
    doc = make_doc(text, "en", "2021-05-24", [("Belarus", "GPE", "BLR", "Belarus"),
                                               ("Roman Protasevich", "PER", "BLR", "Roman_Protasevich"),
                                               ("EU", "ORG", "EUR", "European_Union")])
    [event] = events_of(stage, doc, "REQUEST")
    assert "Roman Protasevich" not in [r.identifier_text for r in event.recipient]
    assert codes(event.actor) == ["EUR"] and codes(event.recipient) == ["BLR"]


# coordinated verbs and participles share the object of the verb before them

def test_french_coordinated_concession_shares_the_previous_object(stage):
    text = "Amadou Ba a félicité Bassirou Diomaye Faye lundi et a reconnu sa défaite."
    doc = make_doc(text, "fr", "2024-03-26", [("Amadou Ba", "PER", "SEN", "Amadou_Ba"),
                                               ("Bassirou Diomaye Faye", "PER", "SEN", "Bassirou_Diomaye_Faye")])
    [event] = events_of(stage, doc, "CONCEDE")
    assert [r.identifier_text for r in event.recipient] == ["Bassirou Diomaye Faye"]


def test_english_participle_shares_the_previous_object(stage):
    text = "Seoul condemned Pyongyang on Friday, calling the launch a grave provocation."
    doc = make_doc(text, "en", "2024-03-12", [("Seoul", "GPE", "KOR", "Seoul"), ("Pyongyang", "GPE", "PRK", "Pyongyang")])
    for event in events_of(stage, doc, "ACCUSE"):
        assert codes(event.recipient) == ["PRK"]


# one's own troops or envoy are not the recipient of a withdrawal

@pytest.mark.parametrize("lang,text,mentions,place", [
    ("en", "France withdrew its troops from Mali on Monday.",
     [("France", "GPE", "FRA", "France"), ("Mali", "GPE", "MLI", "Mali")], "MLI"),
    ("ar", "سحبت الولايات المتحدة قواتها من الصومال يوم الاثنين.",
     [("الولايات المتحدة", "GPE", "USA", "United_States"), ("الصومال", "GPE", "SOM", "Somalia")], "SOM"),
])
def test_withdrawal_of_own_troops_is_aimed_at_the_state_left(stage, lang, text, mentions, place):
    doc = make_doc(text, lang, "2024-03-12", mentions)
    [event] = [e for e in stage([doc])[0].events if e.event_type in ("RETREAT", "CONCEDE")]
    assert codes(event.recipient) == [place]


# French demonyms in all genders and numbers

def test_french_demonym_variants_cover_feminine_plural():
    assert {"nigérienne", "nigériennes", "nigériens"} <= set(_demonym_variants("nigérien", "fr"))
    assert "tunisiennes" in _demonym_variants("tunisien", "fr")
    assert "sénégalaises" in _demonym_variants("sénégalais", "fr")


def test_french_role_noun_takes_a_feminine_plural_demonym(stage):
    text = "Le président béninois a exhorté jeudi les autorités nigériennes à rouvrir la frontière."
    doc = make_doc(text, "fr", "2024-05-16", [])
    [event] = events_of(stage, doc, "REQUEST")
    assert "NER" in codes(event.recipient)


# a participle followed by its agent

def test_english_participle_with_by_takes_the_agent_as_actor(stage):
    text = "Saudi Arabia and Iran restored relations on Friday in a deal mediated by Beijing."
    doc = make_doc(text, "en", "2023-03-10", [("Saudi Arabia", "GPE", "SAU", "Saudi_Arabia"), ("Iran", "GPE", "IRN", "Iran"),
                                               ("Beijing", "GPE", "CHN", "Beijing")])
    mediation = [e for e in events_of(stage, doc, "CONSULT") if "mediated" in e.evidence[0].text]
    assert mediation and codes(mediation[0].actor) == ["CHN"]


# genitives and agents

def test_french_genitive_de_names_a_party_not_a_place(stage):
    text = "Le Maroc a convoqué lundi l'ambassadeur de Suède."
    doc = make_doc(text, "fr", "2023-07-03", [("Maroc", "GPE", "MAR", "Morocco"), ("Suède", "GPE", "SWE", "Sweden")])
    [event] = events_of(stage, doc, "ACCUSE")
    assert codes(event.actor) == ["MAR"] and codes(event.recipient) == ["SWE"]


def test_french_de_after_a_movement_is_still_a_place():
    from wirewatch.events.lexicon import LANGS, load_lexicon
    from wirewatch.events.participants import ParticipantFinder

    text = "Des migrants venus de Libye sont arrivés lundi."
    doc = make_doc(text, "fr", "2024-03-12", [("Libye", "GPE", "LBY", "Libya")])
    finder = ParticipantFinder(doc, {lang: load_lexicon(lang) for lang in LANGS})
    libya = [p for p in finder.find(0, len(text), "fr") if p.text == "Libye"]
    assert libya and libya[0].is_place


def test_english_passive_agent_with_a_demonym(stage):
    text = "The opposition leader Rached Ghannouchi was arrested by Tunisian police on Monday."
    doc = make_doc(text, "en", "2023-04-18", [("Rached Ghannouchi", "PER", "TUN", "Rached_Ghannouchi")])
    [event] = events_of(stage, doc, "COERCE")
    assert event.actor and event.actor[0].code == "TUN" and event.actor[0].sector == "COP"
    assert "Rached Ghannouchi" in [r.identifier_text for r in event.recipient]


def test_lexicon_flag_passive_reads_the_agent_after_the_trigger():
    from wirewatch.events.participants import Participant
    from wirewatch.events.roles import fill_roles

    text = "Le ministre Ali Ben, mis en cause par Paris lundi, a démissionné."
    start, end = text.index("mis en cause"), text.index("mis en cause") + len("mis en cause par")
    person = Participant(text.index("Ali Ben"), text.index("Ali Ben") + 7, "Ali Ben", "PER", code="TUN")
    paris = Participant(text.index("Paris"), text.index("Paris") + 5, "Paris", "GOV", code="FRA")
    roles = fill_roles([person, paris], text, text.lower(), 0, start, end, len(text), "fr", "ACCUSE",
                       frozenset({"passive"}), False, None)
    assert [a.code for a in roles.actors] == ["FRA"] and [r.code for r in roles.recipients] == ["TUN"]
    plain = fill_roles([person, paris], text, text.lower(), 0, start, end, len(text), "fr", "ACCUSE",
                       frozenset(), False, None)
    assert [a.code for a in plain.actors] == ["TUN"]  # without the flag the clause reads subject first


# a party after a relative pronoun is the subject of the relative clause, not an apposition

@pytest.mark.parametrize(("text", "lang", "mentions", "expected_actor"), [
    ("The minister travelled to Havana, a trip that Washington condemned.", "en",
     [("Havana", "GPE", "CUB", "Havana"), ("Washington", "GPE", "USA", "Washington")], ["USA"]),
    ("Le ministre s'est rendu à Caracas, une visite que le Brésil a critiquée.", "fr",
     [("Caracas", "GPE", "VEN", "Caracas"), ("Brésil", "GPE", "BRA", "Brazil")], ["BRA"]),
])
def test_subject_of_a_relative_clause_is_the_actor(stage, text, lang, mentions, expected_actor):
    doc = make_doc(text, lang, "2024-03-12", mentions)
    [event] = events_of(stage, doc, "ACCUSE")
    assert codes(event.actor) == expected_actor


# "the veteran diplomat", "le diplomate italo-suédois": the person named just before

def test_english_person_description_refers_to_the_person_named_before(stage):
    text = "Kenyan envoy Amina Odhiambo arrived in Addis Ababa on Monday. The veteran diplomat met Abiy Ahmed on Tuesday."
    doc = make_doc(text, "en", "2024-03-12", [("Amina Odhiambo", "PER", "KEN", None),
                                              ("Abiy Ahmed", "PER", "ETH", "Abiy_Ahmed")])
    [event] = [e for e in events_of(stage, doc, "CONSULT") if "met" in e.evidence[0].text]
    assert codes(event.actor) == ["KEN"] and codes(event.recipient) == ["ETH"]


def test_french_description_with_a_double_nationality_is_the_person_not_a_state(stage):
    text = ("Marta Rossi, l'émissaire des Nations unies, est arrivée à Tripoli. "
            "La diplomate italo-argentine a rencontré mardi Abdelhamid Dbeibah.")
    doc = make_doc(text, "fr", "2024-03-12", [("Marta Rossi", "PER", "IGO", None), ("Tripoli", "GPE", "LBY", "Tripoli"),
                                              ("Abdelhamid Dbeibah", "PER", "LBY", "Abdul_Hamid_Dbeibah")])
    [event] = [e for e in events_of(stage, doc, "CONSULT") if "rencontré" in e.evidence[0].text]
    assert codes(event.actor) == ["IGO"] and codes(event.recipient) == ["LBY"]


def test_english_description_with_a_nationality_only_takes_a_person_of_that_country(stage):
    text = "Antony Blinken met Sergei Lavrov in Geneva. The Russian diplomat later accused Washington of lying."
    doc = make_doc(text, "en", "2024-03-12", [("Antony Blinken", "PER", "USA", "Antony_Blinken"),
                                              ("Sergei Lavrov", "PER", "RUS", "Sergey_Lavrov"),
                                              ("Washington", "GPE", "USA", "Washington")])
    [event] = events_of(stage, doc, "ACCUSE")
    assert codes(event.actor) == ["RUS"] and codes(event.recipient) == ["USA"]


# Arabic: "وأجرى ... محادثات مع وزير الخارجية X ونائبه Y" opens on a verb whose subject is the
# previous sentence's; the persons after "مع" and their titles are the recipients

def test_arabic_sentence_opening_on_and_verb_keeps_the_previous_subject(stage):
    text = "وصل رمطان لعمامرة إلى الخرطوم الاثنين. وأجرى اليوم محادثات مع وزير الخارجية علي الصادق ونائب الوزير حسين عوض."
    doc = make_doc(text, "ar", "2024-03-12", [("رمطان لعمامرة", "PER", "IGO", None), ("الخرطوم", "GPE", "SDN", "Khartoum"),
                                              ("علي الصادق", "PER", "SDN", None), ("حسين عوض", "PER", "SDN", None)])
    [event] = [e for e in events_of(stage, doc, "CONSULT") if "محادثات" in e.evidence[-1].text]
    assert codes(event.actor) == ["IGO"]
    assert codes(event.recipient) == ["SDN", "SDN"]
