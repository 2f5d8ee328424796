"""Arabic role structures: the subject right after the verb agrees with it, a clause opener
or a verb joined by "و" starts a clause of its own, a person after his title is the subject,
prepositions spelled as the folded text spells them govern their object, a nominal trigger
belongs to the subject of its clause, and the pronoun on a verbal noun is its doer."""

import pytest

from wirewatch.events.roles import _ar_verb_gender
from wirewatch.events.textnorm import fold

from .helpers import codes, events_of, make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


def one(stage, doc, event_type):
    found = events_of(stage, doc, event_type)
    assert found, f"no {event_type} coded"
    return found[0]


@pytest.mark.parametrize(("verb", "gender"), [
    ("استدعت", "f"), ("تستدعي", "f"), ("التزمت", "f"), ("استدعى", "m"), ("يتهم", "m"), ("اتهم", "m"),
    ("صوت", None), ("اتهما", None), ("اتفقوا", None), ("تعهد", None), ("اعتقال", None), ("المحادثات", None),
])
def test_the_gender_of_an_arabic_verb_is_read_from_its_form(verb, gender):
    folded = fold(verb + " الحكومة")
    assert _ar_verb_gender(folded, 0, len(fold(verb)), []) == gender


def test_a_masculine_noun_after_a_feminine_verb_is_its_object_and_the_subject_is_kept(stage):
    text = "أعلنت الصين مناورات عسكرية قرب الجزيرة، واستدعت السفير الياباني لديها."
    doc = make_doc(text, "ar", "2024-04-02", [("الصين", "GPE", "CHN", "China")])
    event = one(stage, doc, "ACCUSE")
    assert codes(event.actor) == ["CHN"] and codes(event.recipient) == ["JPN"]


def test_a_party_before_a_clause_opener_is_not_the_subject_of_the_next_verb(stage):
    text = "انتقد رئيس الوزراء البريطاني الخطة، بينما هددت باريس بفرض عقوبات على موسكو."
    doc = make_doc(text, "ar", "2024-04-02", [("باريس", "GPE", "FRA", "Paris"), ("موسكو", "GPE", "RUS", "Moscow")])
    event = one(stage, doc, "THREATEN")
    assert codes(event.actor) == ["FRA"]


def test_a_verb_joined_by_and_without_a_comma_does_not_take_the_previous_object_as_subject(stage):
    text = "اقتحمت الشرطة الإكوادورية السفارة المكسيكية في كيتو واعتقلت نائب الرئيس السابق."
    doc = make_doc(text, "ar", "2024-04-06")
    event = one(stage, doc, "COERCE")
    assert codes(event.actor) == ["ECU"]


def test_a_person_after_his_title_is_the_subject_of_a_coordinated_verb(stage):
    text = "أطلق شرطي النار على رجل أعزل في المدينة، وهدد الرئيس جو بايدن بنشر الجيش."
    doc = make_doc(text, "ar", "2024-06-02", [("جو بايدن", "PER", "USA", "Joe_Biden")])
    event = one(stage, doc, "THREATEN")
    assert [a.entity_text for a in event.actor] == ["جو بايدن"]


def test_a_state_after_a_masculine_verb_is_its_object_and_folded_ila_governs_the_next(stage):
    text = "وأبدى الكرملين استياءه من القرار. واتهم قطر بالانحياز إلى إيران."
    doc = make_doc(text, "ar", "2024-02-07", [("الكرملين", "ORG", "RUS", "Moscow_Kremlin"),
                                               ("قطر", "GPE", "QAT", "Qatar"), ("إيران", "GPE", "IRN", "Iran")])
    accusations = events_of(stage, doc, "ACCUSE")
    assert accusations and codes(accusations[-1].actor) == ["RUS"] and codes(accusations[-1].recipient) == ["QAT"]


def test_a_nominal_trigger_far_after_the_verb_has_the_subject_of_its_clause(stage):
    text = "أعلنت أوكرانيا انسحابها من البلدة، وردت موسكو مساء الخميس بإطلاق عشرات الصواريخ الباليستية على مدينة خاركيف."
    doc = make_doc(text, "ar", "2024-02-07", [("أوكرانيا", "GPE", "UKR", "Ukraine"), ("موسكو", "GPE", "RUS", "Moscow"),
                                               ("خاركيف", "GPE", "UKR", "Kharkiv")])
    event = one(stage, doc, "ASSAULT")
    assert codes(event.actor) == ["RUS"] and codes(event.recipient) == ["UKR"]


def test_the_pronoun_on_a_host_verbal_noun_is_the_host_and_the_object_the_visitor(stage):
    text = "قال رئيس الوزراء العراقي محمد الحسني، خلال استقباله وزير الخارجية الإيراني في بغداد أمس، إن العلاقات متينة."
    doc = make_doc(text, "ar", "2024-05-14", [("محمد الحسني", "PER", "IRQ", None)])
    event = one(stage, doc, "CONSULT")
    assert codes(event.actor) == ["IRN"] and codes(event.recipient) == ["IRQ"]


def test_a_title_opening_with_waw_is_no_coordination_so_the_host_receives_the_minister(stage):
    text = "استقبل الرئيس الصيني شي جينبينغ وزير الخارجية الأمريكي أنتوني بلينكن في بكين اليوم."
    doc = make_doc(text, "ar", "2024-06-19", [("شي جينبينغ", "PER", "CHN", "Xi_Jinping"),
                                               ("أنتوني بلينكن", "PER", "USA", "Antony_Blinken")])
    event = one(stage, doc, "CONSULT")
    assert codes(event.actor) == ["USA"] and codes(event.recipient) == ["CHN"]


def test_a_feminine_subject_right_after_a_feminine_verb_stays_the_actor(stage):
    text = "استدعت وزارة الخارجية المغربية سفير الجزائر في الرباط، الثلاثاء."
    doc = make_doc(text, "ar", "2024-03-13", [("الجزائر", "GPE", "DZA", "Algeria")])
    event = one(stage, doc, "ACCUSE")
    assert codes(event.actor) == ["MAR"] and codes(event.recipient) == ["DZA"]


def test_a_plural_verb_joined_by_and_keeps_the_subject_of_the_first_verb(stage):
    text = "حاصر مقاتلو طالبان مدينة قندهار طوال الليل وسيطروا على مقر الحاكم."
    doc = make_doc(text, "ar", "2024-08-16", [("طالبان", "ORG", "AFG", "Taliban"), ("قندهار", "GPE", "AFG", "Kandahar")])
    event = one(stage, doc, "ASSAULT")
    assert [a.entity_text for a in event.actor] == ["طالبان"]


def test_the_dropped_subject_of_a_verb_followed_by_its_object_is_the_sentence_subject(stage):
    text = "نشرت السلطات الليبية بيانا مطولا على موقعها مساء السبت، واعتقلت الصحفي المعارض أحمد سالم."
    doc = make_doc(text, "ar", "2024-05-23", [("أحمد سالم", "PER", "LBY", None)])
    event = one(stage, doc, "COERCE")
    assert [a.entity_text for a in event.actor] != ["أحمد سالم"]
    assert codes(event.actor) == ["LBY"] and [r.entity_text for r in event.recipient] == ["أحمد سالم"]
