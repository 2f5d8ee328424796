import pytest

from wirewatch.records import Article, Document

from .helpers import make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


def code(stage, doc):
    return stage([doc])[0].events


def test_consult_with_visitor_as_actor_and_host_as_recipient(stage):
    text = "Russian Foreign Minister Sergei Lavrov held talks in Rabat on Wednesday with his Moroccan counterpart Nasser Bourita."
    doc = make_doc(text, "en", "2023-12-21", [
        ("Sergei Lavrov", "PER", "RUS", "Sergey_Lavrov"), ("Rabat", "LOC", None, None),
        ("Nasser Bourita", "PER", "MAR", "Nasser_Bourita")])
    events = code(stage, doc)
    assert [e.event_type for e in events] == ["CONSULT"]
    event = events[0]
    assert [a.entity_text for a in event.actor] == ["Sergei Lavrov"]
    assert [r.code for r in event.recipient] == ["MAR"]
    assert event.date == "2023-12-20" and event.date_precision == "day"
    assert not event.negated and event.aux is None
    ev = event.evidence[0]
    assert text[ev.start:ev.end] == ev.text and ev.lang == "en" and ev.sentence == 0


@pytest.mark.parametrize("lang,text,mentions", [
    ("en", "Moscow did not condemn the shelling of the town.", [("Moscow", "GPE", "RUS", "Russia")]),
    ("fr", "Moscou n'a pas condamné les tirs de projectiles.", [("Moscou", "GPE", "RUS", "Russia")]),
    ("ar", "لم تدن موسكو الهجوم على المدينة.", [("موسكو", "GPE", "RUS", "Russia")]),
])
def test_negated_condemnation_is_a_negated_accuse(stage, lang, text, mentions):
    events = code(stage, make_doc(text, lang, mentions=mentions))
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert len(accuse) == 1 and accuse[0].negated
    assert accuse[0].actor[0].code == "RUS"
    for attack in (e for e in events if e.event_type == "ASSAULT"):
        # the condemned attack did happen, and Moscow is not its author
        assert not attack.negated and all(a.code != "RUS" for a in attack.actor)


def test_condemned_attack_told_before_is_not_a_second_event(stage):
    text = "Rebels shelled the town of Kadugli on Sunday. Khartoum did not condemn the shelling."
    doc = make_doc(text, "en", "2024-05-06", [("Kadugli", "LOC", "SDN", None), ("Khartoum", "GPE", "SDN", "Sudan")])
    events = code(stage, doc)
    assert [(e.event_type, e.negated) for e in events] == [("ASSAULT", False), ("ACCUSE", True)]


@pytest.mark.parametrize("lang,text,mentions", [
    ("en", "Staffan de Mistura will visit Algiers next week.", [("Staffan de Mistura", "PER", "IGO", "Staffan_de_Mistura"), ("Algiers", "GPE", "DZA", "Algeria")]),
    ("fr", "Staffan de Mistura se rendra bientôt à Alger.", [("Staffan de Mistura", "PER", "IGO", "Staffan_de_Mistura"), ("Alger", "GPE", "DZA", "Algeria")]),
    ("ar", "سيزور ستيفان دي ميستورا الجزائر الأسبوع المقبل.", [("ستيفان دي ميستورا", "PER", "IGO", "Staffan_de_Mistura"), ("الجزائر", "GPE", "DZA", "Algeria")]),
])
def test_announced_visit_is_agree(stage, lang, text, mentions):
    events = code(stage, make_doc(text, lang, mentions=mentions))
    assert [e.event_type for e in events] == ["AGREE"]
    assert events[0].actor[0].code == "IGO"
    assert events[0].aux is None and not events[0].negated


def test_summoning_is_accuse_and_recalling_is_sanction(stage):
    text = "Spain summoned the Moroccan ambassador on Tuesday. Rabat recalled its ambassador for consultations."
    doc = make_doc(text, "en", "2021-05-19", [("Spain", "GPE", "ESP", "Spain"), ("Rabat", "GPE", "MAR", "Morocco")])
    types = [(e.event_type, e.mode, e.actor[0].code) for e in code(stage, doc)]
    assert ("ACCUSE", "disapprove", "ESP") in types
    assert ("SANCTION", "withdraw", "MAR") in types


def test_unidentified_gunmen_are_an_unidentified_armed_force(stage):
    text = "Unidentified gunmen attacked a checkpoint in northern Mali on Sunday, killing three soldiers."
    doc = make_doc(text, "en", "2024-02-05", [("Mali", "GPE", "MLI", "Mali")])
    events = code(stage, doc)
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert assault and assault[0].actor[0].sector == "UAF"
    assert assault[0].actor[0].code == "MLI"


def test_passive_voice_puts_the_agent_in_the_actor_slot(stage):
    text = "Two journalists were arrested by the police in Tunis on Friday."
    doc = make_doc(text, "en", "2024-05-11", [("Tunis", "GPE", "TUN", "Tunisia")])
    events = [e for e in code(stage, doc) if e.event_type == "COERCE"]
    assert len(events) == 1
    assert events[0].actor[0].sector == "COP"
    assert events[0].recipient[0].sector == "JRN"


def test_background_event_is_historical(stage):
    text = "Morocco cut diplomatic ties with Iran in 2018."
    doc = make_doc(text, "en", "2024-06-01", [("Morocco", "GPE", "MAR", "Morocco"), ("Iran", "GPE", "IRN", "Iran")])
    events = code(stage, doc)
    assert [(e.event_type, e.aux, e.date) for e in events] == [("SANCTION", "historical", "2018")]


def test_item_without_codable_event_yields_nothing(stage):
    text = "Tunisia received a record number of visitors last summer, the tourism office said. Hotels in Sousse were full."
    doc = make_doc(text, "en", "2024-01-10", [("Tunisia", "GPE", "TUN", "Tunisia"), ("Sousse", "LOC", "TUN", None)])
    assert code(stage, doc) == []


def test_anonymous_source_and_social_media_attribution(stage):
    doc = make_doc("A diplomatic source said Algeria rejected the proposal.", "en",
                   mentions=[("Algeria", "GPE", "DZA", "Algeria")])
    event = code(stage, doc)[0]
    assert event.event_type == "REJECT"
    assert event.attribution["type"] == "anonymous_source"
    doc = make_doc("Le ministère a annoncé sur X que l'Algérie a rejeté la proposition.", "fr",
                   mentions=[("l'Algérie", "GPE", "DZA", "Algeria")])
    assert code(stage, doc)[0].attribution["type"] == "social_media"
    doc = make_doc("Algeria rejected the proposal.", "en", mentions=[("Algeria", "GPE", "DZA", "Algeria")])
    attribution = code(stage, doc)[0].attribution
    assert attribution == {"type": "outlet", "text": "Test Wire", "actor": None}


def test_same_event_in_french_and_arabic_is_one_event_with_two_spans(stage):
    fr = "Staffan de Mistura a rencontré lundi Sergueï Lavrov. "
    ar = "التقى ستيفان دي ميستورا الاثنين سيرغي لافروف."
    doc = make_doc(fr + ar, "fr", "2024-03-12", [
        ("Staffan de Mistura", "PER", "IGO", "Staffan_de_Mistura"), ("Sergueï Lavrov", "PER", "RUS", "Sergey_Lavrov"),
        ("ستيفان دي ميستورا", "PER", "IGO", "Staffan_de_Mistura"), ("سيرغي لافروف", "PER", "RUS", "Sergey_Lavrov")])
    events = code(stage, doc)
    assert len(events) == 1
    assert [ev.lang for ev in events[0].evidence] == ["fr", "ar"]
    assert events[0].event_type == "CONSULT" and events[0].date == "2024-03-11"


def test_joint_actors_and_several_recipients(stage):
    text = "The Security Council called on Morocco, Algeria and Mauritania to resume talks."
    doc = make_doc(text, "en", mentions=[
        ("Security Council", "ORG", "IGO", "United_Nations_Security_Council"), ("Morocco", "GPE", "MAR", "Morocco"),
        ("Algeria", "GPE", "DZA", "Algeria"), ("Mauritania", "GPE", "MRT", "Mauritania")])
    events = code(stage, doc)
    assert [e.event_type for e in events] == ["REQUEST"]  # "resume talks" completes the request
    assert [r.code for r in events[0].recipient] == ["MAR", "DZA", "MRT"]
    doc = make_doc("Moscou et Alger ont signé un accord de coopération.", "fr", mentions=[
        ("Moscou", "GPE", "RUS", "Russia"), ("Alger", "GPE", "DZA", "Algeria")])
    events = code(stage, doc)
    assert [(e.event_type, [a.code for a in e.actor]) for e in events] == [("AGREE", ["RUS", "DZA"])]


def test_ids_are_stable_and_distinct(stage):
    text = "Algeria recalled its ambassador to France. Algeria accused Paris of interference."
    mentions = [("Algeria", "GPE", "DZA", "Algeria"), ("France", "GPE", "FRA", "France"),
                ("Algeria", "GPE", "DZA", "Algeria"), ("Paris", "GPE", "FRA", "France")]
    first = [e.id for e in code(stage, make_doc(text, "en", mentions=mentions))]
    second = [e.id for e in code(stage, make_doc(text, "en", mentions=mentions))]
    assert first == second and len(set(first)) == 2


def test_bad_documents_do_not_crash(stage):
    empty = Document(Article(id="empty", text=""))
    odd = Document(Article(id="odd", text="!!! ??? ... \n\n\t", lang="xx"))
    no_meta = Document(Article(id="nometa", text="Police arrested ten protesters.", lang=None, pub_date="not a date"))
    docs = stage([empty, odd, no_meta])
    assert docs[0].events == [] and docs[1].events == []
    assert [e.event_type for e in docs[2].events] == ["COERCE"]
    assert docs[2].events[0].date is None
    assert all(not d.errors for d in docs)
