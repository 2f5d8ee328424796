"""The changes prompted by the modality set's fourth round: denials whose act is coded, "ما لم"
("unless"), planned agreements, threats that are not background, two acts of one type joined
by "but" or "ثم", people counted after a second verb, and the toll of an attack in a participle."""

from __future__ import annotations

import pytest

from wirewatch.events.coder import _drop_object_nouns, _drop_restated
from wirewatch.events.lexicon import load_lexicon
from wirewatch.events.participants import _kb_country_name
from wirewatch.events.rules import apply_conventions
from wirewatch.events.textnorm import fold
from wirewatch.events.triggers import find_triggers
from wirewatch.records import EntityRef, Event, Evidence

from .helpers import detect_modality, events_of, make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


# --- denials: the denied act, negated, is the event; no REJECT beside it ----------------------

@pytest.mark.parametrize(("text", "lang", "mentions"), [
    ("Tehran denied any involvement in the rocket attack on the US base.", "en",
     [("Tehran", "GPE", "IRN", None)]),
    ("L'Iran a démenti toute implication dans l'attaque de drone contre la base américaine.", "fr",
     [("Iran", "GPE", "IRN", None)]),
    ("Le Soudan a démenti mardi que son aviation ait bombardé des villages tchadiens.", "fr",
     [("Soudan", "GPE", "SDN", None)]),
    ("نفت إيران أي صلة لها بالهجوم على القاعدة الأمريكية.", "ar", [("إيران", "GPE", "IRN", None)]),
])
def test_a_denial_whose_act_is_coded_is_no_rejection(stage, text, lang, mentions):
    events = events_of(stage, make_doc(text, lang, mentions=mentions))
    assert any(e.event_type == "ASSAULT" and e.negated for e in events)
    assert not any(e.event_type == "REJECT" for e in events)


@pytest.mark.parametrize(("text", "lang", "mentions"), [
    ("نفت طهران أي صلة لها بالحادث.", "ar", [("طهران", "GPE", "IRN", None)]),
    ("Moscow denied the reports on Monday.", "en", [("Moscow", "GPE", "RUS", None)]),
])
def test_a_denial_with_no_act_coded_stays_a_rejection(stage, text, lang, mentions):
    events = events_of(stage, make_doc(text, lang, mentions=mentions))
    assert [e.event_type for e in events] == ["REJECT"]


# --- "ما لم": a condition, not a negation ------------------------------------------------------

def test_arabic_unless_is_a_condition_not_a_negation(lexicons):
    text = "قال الوزير إن بلاده ستعلق المساعدات ما لم تسحب الحكومة قواتها من الحدود."
    found = detect_modality(lexicons, text, "تسحب", "ar")
    assert not found.negated
    assert found.aux == "hypothetical"


def test_arabic_negation_after_ma_in_a_relative_clause_still_negates(lexicons):
    # "عندما لم": the word before لم is not the particle ما
    text = "احتج النواب عندما لم تسحب الحكومة قواتها من الحدود."
    assert detect_modality(lexicons, text, "تسحب", "ar").negated


# --- planned agreements and concessions carry no future aux -------------------------------------

def test_a_planned_agreement_or_concession_has_no_future_aux():
    assert apply_conventions("AGREE", None, "future", "تعتزم") == ("AGREE", None, None)
    assert apply_conventions("CONCEDE", None, "future", "would drop") == ("CONCEDE", None, None)
    # "will not renew the pact" stays a negated future agreement
    assert apply_conventions("AGREE", None, "future", "renew", negated=True) == ("AGREE", None, "future")
    assert apply_conventions("AGREE", None, "hypothetical", "might sign") == ("AGREE", None, "hypothetical")


def test_a_threat_read_from_a_modal_is_not_background(stage):
    # the month after the publication date is resolved in the past by the dating step; the
    # hypothetical sanction is a threat, not a background event
    doc = make_doc("يرى محللون أن الاتحاد الأوروبي ربما يفرض رسوما جمركية على السيارات الصينية في يوليو.", "ar",
                   pub_date="2024-06-10",
                   mentions=[("الاتحاد الأوروبي", "ORG", "EUR", "European_Union")])
    events = [e for e in events_of(stage, doc) if e.event_type in ("THREATEN", "SANCTION")]
    assert events
    assert all(e.aux != "historical" for e in events)


# --- two acts of one type in a sentence ----------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Donors pledged billions of dollars for Ukraine on Friday but failed to agree on a tank coalition.",
     "en", ["AGREE", "AGREE"]),
    ("قصفت مدفعية الجيش مواقع للمسلحين ثم استهدفت مخزنا للذخيرة قرب المدينة.", "ar",
     ["ASSAULT", "ASSAULT"]),
])
def test_a_second_act_after_but_or_then_is_kept(text, lang, expected):
    lex = load_lexicon(lang)
    folded = fold(text)
    kept = _drop_object_nouns(find_triggers(folded, 0, len(folded), lex), folded, set(), set())
    assert [m.rule.event_type for m in kept] == expected


def test_the_failed_agreement_after_but_is_a_negated_event(stage):
    doc = make_doc("Donors pledged billions of dollars for Ukraine on Friday but failed to agree on a tank coalition.",
                   "en", mentions=[("Ukraine", "GPE", "UKR", None)])
    agreements = events_of(stage, doc, "AGREE")
    assert any(e.negated for e in agreements) and any(not e.negated for e in agreements)


def _event(event_type: str, recipient: EntityRef, start: int) -> Event:
    return Event(id=f"e{start}", article_id="a", event_type=event_type,
                 actor=[EntityRef("الشرطة", "EGY", "COP", identifier_text="Egyptian Police")],
                 recipient=[recipient],
                 evidence=[Evidence(article_id="a", sentence=0, start=start, end=start + 5, text="x")])


def test_people_counted_after_a_second_verb_are_a_second_act():
    state = _kb_country_name("EGY")
    first = _event("COERCE", EntityRef("الجامعة", "EGY", "EDU", identifier_text="Cairo University"), 0)
    people = _event("COERCE", EntityRef("شخص", "EGY", "UNK", identifier_text=state), 40)
    assert len(_drop_restated([first, people])) == 2
    # the state itself named again restates the first event
    restated = _event("COERCE", EntityRef("مصر", "EGY", "GOV", identifier_text=state), 40)
    first_person = _event("COERCE", EntityRef("الوزير", "EGY", "GOV", identifier_text="Minister"), 0)
    assert len(_drop_restated([first_person, restated])) == 1


# --- the toll of an attack in a participle -------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "mentions"), [
    ("An air strike destroyed the Iranian consulate in Damascus on Monday, killing two generals.", "en",
     [("Iranian", "NORP", "IRN", None), ("Damascus", "GPE", "SYR", None)]),
    ("Two car bombs exploded near the ministry in Mogadishu on Saturday, killing at least 100 people.", "en",
     [("Mogadishu", "GPE", "SOM", None)]),
])
def test_a_toll_in_a_participle_is_the_attack_of_its_clause(stage, text, lang, mentions):
    assert len(events_of(stage, make_doc(text, lang, mentions=mentions), "ASSAULT")) == 1


def test_an_attack_with_its_own_attacker_after_a_comma_is_another_attack(stage):
    text = "Russian troops shelled Kharkiv on Monday, Ukrainian shelling hit Belgorod."
    doc = make_doc(text, "en", mentions=[("Kharkiv", "GPE", "UKR", "Kharkiv"), ("Belgorod", "GPE", "RUS", "Belgorod")])
    assert len(events_of(stage, doc, "ASSAULT")) == 2


# --- a refused meeting: the refusal is the event -------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "mentions"), [
    ("Le gouvernement malien a refusé de participer aux pourparlers d'Alger.", "fr",
     [("malien", "NORP", "MLI", None)]),
    ("رفض المجلس العسكري في مالي استقبال وفد من الاتحاد الإفريقي.", "ar",
     [("الاتحاد الإفريقي", "ORG", "IGO", "African_Union")]),
])
def test_a_refused_meeting_is_a_rejection_without_a_negated_meeting(stage, text, lang, mentions):
    events = events_of(stage, make_doc(text, lang, mentions=mentions))
    assert any(e.event_type == "REJECT" and not e.negated for e in events)
    assert not any(e.event_type == "CONSULT" for e in events)


# --- French negation between a verb and its complement --------------------------------------------

def test_french_negation_between_the_verb_and_its_complement_keeps_the_trigger(stage):
    doc = make_doc("Les soldats maliens ne se retireront pas de la ville de Kidal, a affirmé le ministre.", "fr",
                   mentions=[("maliens", "NORP", "MLI", None)])
    [event] = events_of(stage, doc, "RETREAT")
    assert event.negated
    assert event.aux == "future"


@pytest.mark.parametrize(("text", "trigger", "aux"), [
    ("Les troupes tchadiennes se retireront de la zone frontalière, a dit le ministre.", "se retireront de", "future"),
    ("Washington se retirerait de la médiation si les pourparlers échouaient.", "se retirerait de", "hypothetical"),
])
def test_a_french_reflexive_verb_carries_its_tense(lexicons, text, trigger, aux):
    assert detect_modality(lexicons, text, trigger, "fr").aux == aux
