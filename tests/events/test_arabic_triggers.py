"""Arabic verb families, verbal nouns, clitics and modality cues (hand-written sentences)."""

import pytest

from wirewatch.events.arabic import passive_reading
from wirewatch.events.lexicon import load_lexicon
from wirewatch.events.textnorm import fold
from wirewatch.events.triggers import find_triggers

from .helpers import make_doc


def trigger_types(text: str) -> list[str]:
    folded = fold(text)
    return [m.rule.event_type for m in find_triggers(folded, 0, len(folded), load_lexicon("ar"))]


@pytest.mark.parametrize("text,expected", [
    # past, present, feminine, dual/plural, conjunction and future prefixes, pronoun suffixes
    ("أجرت الوزيرة مباحثات مع نظيرها", "CONSULT"),
    ("ويجري الوفد محادثات مع المسؤولين", "CONSULT"),
    ("لم يلتق الوزير نظيره", "CONSULT"),
    ("وتباحث الجانبان في الملف", "CONSULT"),
    ("استقبله الرئيس في القصر", "CONSULT"),
    ("نجحت وساطة أفريقية بين الطرفين", "CONSULT"),
    ("قام الوزير بجولة في المنطقة", "CONSULT"),
    ("نددت الحكومة بالقرار", "ACCUSE"),
    ("فيما تندد المعارضة بالاعتقالات", "ACCUSE"),
    ("ما أثار إدانات واسعة", "ACCUSE"),
    ("وصفت الوزارة التصريحات بأنها تدخل سافر", "ACCUSE"),
    ("حملت الحكومة المتمردين مسؤولية الهجوم", "ACCUSE"),
    ("احتجت الحكومة لدى السفارة على القرار", "ACCUSE"),
    ("حضت الدول الأطراف على الحوار", "REQUEST"),
    ("داعية المجتمع الدولي إلى التحرك", "REQUEST"),
    ("أنذرت السلطات البعثة بالمغادرة", "THREATEN"),
    ("ألغى الرئيس زيارته المقررة", "REJECT"),
    ("وهو ما نفته الوزارة", "REJECT"),
    ("قالت إنها لن تتراجع عن القرار", "REJECT"),
    ("وافقت الحكومة على المقترح", "AGREE"),
    ("قبولها بالمبادرة الأممية", "AGREE"),
    ("توصل الطرفان بعد أيام من المفاوضات الصعبة في العاصمة إلى اتفاق", "AGREE"),
    ("ستعترف الحكومة بسيادة البلد على الإقليم", "SUPPORT"),
    ("هنأه الرئيس بفوزه", "SUPPORT"),
    ("أعلن الوزير تراجعه عن القرار", "CONCEDE"),
    ("أقرت الحكومة بمسؤوليتها عن الحادث", "CONCEDE"),
    ("أطلقت السلطات سراح المعتقلين", "RETREAT"),
    ("رفعت الحكومة العقوبات المفروضة على البلد", "RETREAT"),
    ("تبادل الطرفان الأسرى", "RETREAT"),
    ("سحبت الحكومة سفيرها من العاصمة", "SANCTION"),
    ("علقت الحكومة مساعداتها للبلد", "SANCTION"),
    ("قضت المحكمة بسجن الصحفي", "SANCTION"),
    ("احتجزت البحرية ناقلة نفط", "COERCE"),
    ("داهمت الشرطة منزل الناشط", "COERCE"),
    ("شنت الطائرات غارات على المواقع", "ASSAULT"),
    ("تعرضت الدورية لكمين", "ASSAULT"),
    ("سيطرتها الكاملة على الولاية", "ASSAULT"),
    ("فرقت الشرطة المتظاهرين بالقوة", "ASSAULT"),
    ("توغلت القوات في المنطقة الحدودية", "MOBILIZE"),
    ("عززت الحكومة وجودها العسكري على الحدود", "MOBILIZE"),
    ("اعتصم العمال أمام الوزارة", "PROTEST"),
])
def test_arabic_verb_families(text, expected):
    assert expected in trigger_types(text)


@pytest.mark.parametrize("text,not_expected", [
    ("أعلنت وزارة الخارجية البيان", "CONSULT"),  # وزارة is a ministry, not "and visited"
    ("وصل عدد القتلى إلى عشرين", "CONSULT"),
    ("قالت الحكومة يوم الاثنين", "SUPPORT"),  # الاثنين is Monday
    ("قتل على أيدي مسلحين", "SUPPORT"),
    ("ارتفعت صادرات البلد", "COERCE"),
    ("احتجزت الشرطة الناشط", "PROTEST"),
    ("في إطار التحضير للقمة", "REQUEST"),
    ("تواصل الجهود الحثيثة", "REQUEST"),
    ("للأسف لم يحضر", "ACCUSE"),
    ("هاجمت قوات الدعم السريع البلدة", "SUPPORT"),
    ("قتل بطائرة مسيرة", "PROTEST"),
    ("يبلغ عدد العارضين 700 عارض", "REJECT"),
    ("أكدت الوزارة التعاون مع الشركاء", "COOPERATE"),
    ("تسيطر الشركات على السوق", "ASSAULT"),
])
def test_arabic_look_alikes_are_not_triggers(text, not_expected):
    assert not_expected not in trigger_types(text)


pytestmark = pytest.mark.usefixtures("own_dates")


def code(stage, text, mentions):
    return stage([make_doc(text, "ar", mentions=mentions)])[0].events


def test_refraining_from_condemning_is_a_negated_accuse(stage):
    events = code(stage, "امتنعت الصين عن إدانة الهجوم.", [("الصين", "GPE", "CHN", "China")])
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert len(accuse) == 1 and accuse[0].negated


def test_denied_act_is_negated(stage):
    events = code(stage, "نفت روسيا استهداف المدنيين.", [("روسيا", "GPE", "RUS", "Russia")])
    assert [(e.event_type, e.negated) for e in events] == [("ASSAULT", True)]


@pytest.mark.parametrize("text,mentions,event_type", [
    # a relative ما and "still" (لا تزال) are no negation
    ("اقتحمت الشرطة المقر، ما أثار إدانات من الأردن.", [("الأردن", "GPE", "JOR", "Jordan")], "ACCUSE"),
    ("لا تزال الجزائر ترفض المقترح.", [("الجزائر", "GPE", "DZA", "Algeria")], "REJECT"),
])
def test_relative_ma_and_still_are_not_negations(stage, text, mentions, event_type):
    events = [e for e in code(stage, text, mentions) if e.event_type == event_type]
    assert events and not any(e.negated for e in events)


def test_recalling_own_ambassador_is_sanction_summoning_a_foreign_one_is_accuse(stage):
    mentions = [("الجزائر", "GPE", "DZA", "Algeria"), ("إسبانيا", "GPE", "ESP", "Spain")]
    recalled = code(stage, "استدعت الجزائر سفيرها لدى إسبانيا.", mentions)
    assert [e.event_type for e in recalled] == ["SANCTION"]
    summoned = code(stage, "استدعت الجزائر السفير الإسباني.", [("الجزائر", "GPE", "DZA", "Algeria")])
    assert [e.event_type for e in summoned] == ["ACCUSE"]


def test_announced_visit_with_future_cue_is_agree(stage):
    events = code(stage, "من المقرر أن يزور وزير الخارجية الإيراني دمشق غدا.",
                  [("دمشق", "GPE", "SYR", "Damascus")])
    assert [e.event_type for e in events] == ["AGREE"]


def test_qad_after_kana_is_not_hypothetical(stage):
    events = code(stage, "كان الرئيس قد التقى نظيره التونسي.", [("التونسي", "GPE", "TUN", None)])
    assert events and all(e.aux != "hypothetical" for e in events)


@pytest.mark.parametrize("text,passive", [
    ("قتل خمسة جنود في هجوم على ثكنة.", True),
    ("اعتقل عشرات المحتجين في العاصمة.", True),
    ("اعتُقل الناشط في المطار.", True),
    ("قتل مسلحون خمسة جنود في كمين.", False),
    ("يقتل الجيش المدنيين.", False),
    ("مقتل خمسة جنود في هجوم.", False),
])
def test_passive_reading_of_an_unvocalised_past_verb(text, passive):
    folded = fold(text)
    verb_end = folded.index(" ")
    assert passive_reading(folded, 0, verb_end) is passive


def test_passive_reading_rejects_bad_offsets():
    assert passive_reading("قتل خمسة", 5, 2) is False
    assert passive_reading("", 0, 0) is False


def test_negation_with_attached_conjunction(stage):
    events = code(stage, "ولم ترسل الجزائر أي ممثل إلى الاجتماع، ولم تدن موسكو الهجوم.",
                  [("الجزائر", "GPE", "DZA", "Algeria"), ("موسكو", "GPE", "RUS", "Russia")])
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert accuse and all(e.negated for e in accuse)
