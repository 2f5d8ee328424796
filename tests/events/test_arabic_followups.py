"""Arabic: undergoing an attack, promised deployments, refusals of an act, vowel marks."""


import pytest

from wirewatch.events.lexicon import load_lexicon
from wirewatch.events.rules import apply_conventions
from wirewatch.events.textnorm import fold
from wirewatch.events.triggers import find_triggers

from .helpers import make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


def code(stage, text, mentions):
    return stage([make_doc(text, "ar", mentions=mentions)])[0].events


def roles_of(event) -> tuple[list[str | None], list[str | None]]:
    return [a.code for a in event.actor], [r.code for r in event.recipient]


# 1. "تعرض X لـ ...": X is the target


@pytest.mark.parametrize("text,mentions", [
    ("تعرضت السفارة الكندية لهجوم بقذائف الهاون.", [("السفارة الكندية", "ORG", "CAN", "Canada_embassy")]),
    ("تعرض وزير الدفاع الصومالي لمحاولة اغتيال.", [("وزير الدفاع الصومالي", "PER", "SOM", "Somalia_minister")]),
])
def test_party_that_underwent_an_attack_is_the_recipient(stage, text, mentions):
    events = [e for e in code(stage, text, mentions) if e.event_type == "ASSAULT"]
    assert len(events) == 1
    assert roles_of(events[0]) == ([], [mentions[0][2]])


def test_attacker_named_by_a_demonym_after_the_attack_noun(stage):
    events = code(stage, "تعرضت أرمينيا لقصف أذربيجاني.", [("أرمينيا", "GPE", "ARM", "Armenia")])
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert assault and roles_of(assault[0])[1] == ["ARM"]
    assert "ARM" not in roles_of(assault[0])[0]


def test_attacker_after_min_qibal_is_the_actor(stage):
    events = code(stage, "تعرضت القرية لقصف من قبل الجيش السوري.",
                  [("الجيش السوري", "ORG", "SYR", "Syrian_Army")])
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert assault and roles_of(assault[0])[0] == ["SYR"]


def test_target_before_the_verb_is_the_recipient(stage):
    events = code(stage, "قالت الشرطة إن القافلة الأممية تعرضت لكمين.",
                  [("القافلة الأممية", "ORG", "IGO", "UN_convoy")])
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert assault and "IGO" in roles_of(assault[0])[1] and "IGO" not in roles_of(assault[0])[0]


# 2. sending verbs: a promised deployment to another country is AGREE


@pytest.mark.parametrize("trigger", ["سيرسل قوات", "سترسل جنودا", "وسيوفد تعزيزات", "ارسال قوات"])
def test_arabic_sending_verbs_in_the_future_are_agree(trigger):
    assert apply_conventions("MOBILIZE", "troops", "future", trigger)[0] == "AGREE"


@pytest.mark.parametrize("trigger", ["ستحشد قوات", "ستجري مناورات", "ستنشر قوات"])
def test_massing_troops_in_the_future_stays_mobilize(trigger):
    assert apply_conventions("MOBILIZE", "troops", "future", trigger)[0] == "MOBILIZE"


def test_negated_future_sending_is_not_agree():
    assert apply_conventions("MOBILIZE", "troops", "future", "سيرسل قوات", negated=True)[0] == "MOBILIZE"


def test_promised_deployment_sentence_is_agree(stage):
    events = code(stage, "أعلنت كينيا أنها سترسل قوات إلى هايتي.",
                  [("كينيا", "GPE", "KEN", "Kenya"), ("هايتي", "GPE", "HTI", "Haiti")])
    assert [e.event_type for e in events] == ["AGREE"]


# 3. refusing an act is the act negated; refusing a proposal is a rejection


def test_refusing_to_condemn_is_a_negated_accuse(stage):
    events = code(stage, "رفضت الهند إدانة الانقلاب.", [("الهند", "GPE", "IND", "India")])
    assert [(e.event_type, e.negated) for e in events if e.event_type in ("ACCUSE", "REJECT")] == [("ACCUSE", True)]


def test_refusing_to_attend_is_a_negated_consult(stage):
    events = code(stage, "يرفض الوفد المشاركة في مؤتمر السلام.", [("الوفد", "ORG", "PSE", "Delegation")])
    assert [(e.event_type, e.negated) for e in events] == [("CONSULT", True)]


def test_refusing_a_proposal_stays_a_rejection(stage):
    events = code(stage, "رفضت النيجر المقترح الفرنسي.", [("النيجر", "GPE", "NER", "Niger")])
    assert [(e.event_type, e.negated) for e in events] == [("REJECT", False)]


def test_request_inside_a_refusal_is_not_negated(stage):
    events = code(stage, "رفضت المحكمة طلب الإفراج عن المعارض.", [("المحكمة", "ORG", "EGY", "Court")])
    assert ("REJECT", False) in [(e.event_type, e.negated) for e in events]
    assert not any(e.negated for e in events)


def test_verb_coordinated_after_a_refusal_is_not_negated(stage):
    events = code(stage, "رفضت تونس الاتهامات ونددت بالتدخل.", [("تونس", "GPE", "TUN", "Tunisia")])
    kinds = {(e.event_type, e.negated) for e in events}
    assert ("REJECT", False) in kinds and ("ACCUSE", False) in kinds


# 4. vowel marks inside a word


@pytest.mark.parametrize("text,expected", [
    ("حمّلت الحكومة المتمردين مسؤولية الهجوم", "ACCUSE"),
    ("ندّدت الوزارة بالقرار", "ACCUSE"),
    ("التقى الوزيرُ نظيرَه", "CONSULT"),
    ("وقّعت الحكومتان اتفاقيةً للتعاون", "AGREE"),
])
def test_vowel_marks_do_not_hide_triggers(text, expected):
    folded = fold(text)
    assert expected in [m.rule.event_type for m in find_triggers(folded, 0, len(folded), load_lexicon("ar"))]


def test_trigger_offsets_stay_exact_in_vocalised_text():
    text = "وقد ندّدت الوزارة بالقرار"
    folded = fold(text)
    match = next(m for m in find_triggers(folded, 0, len(folded), load_lexicon("ar"))
                 if m.rule.event_type == "ACCUSE")
    assert text[match.start:match.start + 5] == "ندّدت"


def test_vocalised_trigger_span_covers_the_whole_word_with_its_marks():
    text = "وشَنّت القوات غارةً على المدينة"
    folded = fold(text)
    match = next(m for m in find_triggers(folded, 0, len(folded), load_lexicon("ar"))
                 if m.rule.event_type == "ASSAULT")
    assert text[match.start:match.end].startswith("شَنّت") or "غارةً" in text[match.start:match.end]
    assert text[match.end:match.end + 1] not in ("\u064b", "\u064e", "\u0651")


@pytest.mark.parametrize("text", ["", "ًٌٍَُِّْ", "ـــ ّ ّ", "وَ"])
def test_text_of_marks_alone_finds_no_trigger(text):
    folded = fold(text)
    assert find_triggers(folded, 0, len(folded), load_lexicon("ar")) == []
