"""Arabic passives, complements of a request, shared objects of coordinated verbs and
an attack told twice in one sentence."""

import copy

import pytest

from wirewatch.events.coder import _merge_repeated_attacks
from wirewatch.events.textnorm import fold

from .helpers import events_of, make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


def test_arabic_passive_victims_are_recipients_and_the_agent_acts(stage):
    doc = make_doc("قتل خمسة جنود برصاص مسلحين في درعا.", "ar")
    [event] = events_of(stage, doc, "ASSAULT")
    assert [a.entity_text for a in event.actor] == ["مسلحين"]
    assert [r.entity_text for r in event.recipient] == ["جنود"]
    assert event.rule.endswith(":ar-passive")


def test_arabic_passive_without_agent_has_no_actor(stage):
    doc = make_doc("قتل خمسة جنود قرب درعا.", "ar")
    events = events_of(stage, doc, "ASSAULT")
    assert events and all(not e.actor for e in events)
    assert any(r.entity_text == "جنود" for e in events for r in e.recipient)


def test_arabic_verbal_noun_after_a_request_is_its_content(stage):
    doc = make_doc("ناشدت مصر الأمم المتحدة تقديم المساعدات.", "ar",
                   mentions=[("مصر", "GPE", "EGY", None), ("الأمم المتحدة", "ORG", None, "United_Nations")])
    events = events_of(stage, doc)
    assert [e.event_type for e in events] == ["REQUEST"]


def test_arabic_count_of_people_after_an_arrest_is_its_object(stage):
    doc = make_doc("اعتقلت الشرطة عشرات المحتجين في الخرطوم.", "ar")
    [event] = events_of(stage, doc, "COERCE")
    assert [r.entity_text for r in event.recipient] == ["محتجين"]
    assert not events_of(stage, doc, "PROTEST")


def test_coordinated_verb_reuses_the_object_of_the_first(stage):
    doc = make_doc("Iran blamed Israel for the strike and vowed revenge.", "en",
                   mentions=[("Iran", "GPE", "IRN", None), ("Israel", "GPE", "ISR", None)])
    [threat] = events_of(stage, doc, "THREATEN")
    assert [a.code for a in threat.actor] == ["IRN"]
    assert [r.code for r in threat.recipient] == ["ISR"]


def test_attack_told_twice_in_one_clause_is_one_event(stage):
    text = "Gunmen attacked the village in a raid on farmers."
    doc = make_doc(text, "en")
    [first] = events_of(stage, doc, "ASSAULT")
    restated = copy.deepcopy(first)
    restated.actor = []
    restated.evidence[0].start = text.index("raid")
    merged = _merge_repeated_attacks([first, restated], text, fold(text), "en")
    assert merged == [first]
    other = copy.deepcopy(restated)
    other.actor = [copy.deepcopy(first.actor[0])]
    other.actor[0].entity_text = other.actor[0].identifier_text = "Police"
    assert len(_merge_repeated_attacks([first, other], text, fold(text), "en")) == 2


def test_attacks_of_two_clauses_stay_apart(stage):
    doc = make_doc("تعرض الرئيس لمحاولة اغتيال في تجمع، فيما قتل الحراس المهاجم.", "ar")
    assert len(events_of(stage, doc, "ASSAULT")) == 2
