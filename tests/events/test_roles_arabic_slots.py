"""Arabic parties the participants step found but the role step put in the wrong slot: the
denial told as "، وهو ما نفته X" after a claim, a body named after an officer's title and
its preposition ("الأمين العام لـ", "المتحدث باسم"), the officer named after the body of his
title, the forces a partitive names ("وحدات من الجيش"), and the party told before "، و" and
a conjoined verb, which ends the previous clause and is not the verb's subject, nor is a party a
preposition governs ("إلى طوكيو") the subject of a verbal noun after it; a threat or a charge
told as what someone said ("قال X إن Y ...") is the speaker's, aimed at the party of what he said."""

import pytest

from .helpers import codes, events_of, make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


def one(stage, doc, event_type):
    found = events_of(stage, doc, event_type)
    assert found, f"no {event_type} coded"
    return found[0]


def names(refs) -> list[str | None]:
    return [r.entity_text for r in refs]


@pytest.mark.parametrize("verb", ["نفته", "تنفيه"])
def test_a_denial_after_wa_huwa_ma_has_its_subject_after_the_verb(stage, verb):
    text = f"اتهمت الحكومة الإثيوبية مصر بدعم المتمردين في إقليم أمهرة، وهو ما {verb} القاهرة."
    doc = make_doc(text, "ar", "2023-08-10", [("مصر", "GPE", "EGY", "Egypt"),
                                               ("القاهرة", "GPE", "EGY", "Cairo")])
    event = one(stage, doc, "REJECT")
    assert codes(event.actor) == ["EGY"]
    assert codes(event.recipient) == ["ETH"]  # the accuser of the claim denied


def test_the_body_after_an_officers_title_and_its_preposition_is_the_subject(stage):
    text = "طالب الأمين العام لجامعة الدول العربية إسرائيل بوقف عملياتها العسكرية في جنوب لبنان."
    doc = make_doc(text, "ar", "2024-09-25", [("جامعة الدول العربية", "ORG", "IGO", "Arab_League"),
                                               ("إسرائيل", "GPE", "ISR", "Israel"),
                                               ("لبنان", "GPE", "LBN", "Lebanon")])
    event = one(stage, doc, "REQUEST")
    assert names(event.actor) == ["جامعة الدول العربية"]
    assert codes(event.recipient) == ["ISR"]


def test_the_officer_named_after_the_body_of_his_title_is_the_subject(stage):
    text = ("أوقفت السلطات الروسية سفنا أوكرانية قرب مضيق كيرتش. وطالب رئيس المفوضية الأوروبية "
            "جان كلود يونكر روسيا بالإفراج عن البحارة فورا.")
    doc = make_doc(text, "ar", "2018-11-27", [("المفوضية الأوروبية", "ORG", "EUR", "European_Commission"),
                                               ("جان كلود يونكر", "PER", "EUR", "Jean-Claude_Juncker"),
                                               ("روسيا", "GPE", "RUS", "Russia")])
    event = one(stage, doc, "REQUEST")
    assert names(event.actor) == ["جان كلود يونكر"]
    assert codes(event.recipient) == ["RUS"]


def test_the_forces_a_partitive_names_after_the_verb_act(stage):
    text = "انتشرت وحدات من الجيش المالي في مدينة كيدال بعد انسحاب بعثة الأمم المتحدة."
    doc = make_doc(text, "ar", "2023-11-15", [("الجيش المالي", "ORG", "MLI", "Malian_Armed_Forces"),
                                               ("الأمم المتحدة", "ORG", "IGO", "United_Nations")])
    event = one(stage, doc, "MOBILIZE")
    assert codes(event.actor) == ["MLI"]
    assert "MLI" not in codes(event.recipient)


def test_a_verb_after_comma_wa_keeps_the_subject_of_the_sentence(stage):
    text = "أرسلت روسيا مئات المدربين العسكريين إلى مالي، ودفعت بمدرعات لحماية مطار باماكو."
    doc = make_doc(text, "ar", "2024-01-20", [("روسيا", "GPE", "RUS", "Russia"), ("مالي", "GPE", "MLI", "Mali")])
    event = one(stage, doc, "MOBILIZE")
    assert codes(event.actor) == ["RUS"]


def test_a_verbal_noun_after_comma_and_a_conjoined_verb_has_the_sentence_subject(stage):
    # the party before the comma, and the party of a relative clause, are no subject of "وبدأت مناورات"
    text = ("أرسلت الصين سفنا لخفر السواحل إلى مياه تطالب بها الفلبين، وبدأت مناورات بحرية "
            "قرب الجزر المتنازع عليها.")
    doc = make_doc(text, "ar", "2024-06-18", [("الصين", "GPE", "CHN", "China"),
                                               ("الفلبين", "GPE", "PHL", "Philippines")])
    event = one(stage, doc, "MOBILIZE")
    assert codes(event.actor) == ["CHN"]


def test_a_party_a_preposition_governs_before_a_verbal_noun_is_no_subject(stage):
    text = "وصل وزير الخارجية الهندي سوبرامانيام جايشانكار إلى طوكيو أمس في زيارة رسمية تستمر ثلاثة أيام."
    doc = make_doc(text, "ar", "2024-03-07", [("سوبرامانيام جايشانكار", "PER", "IND", "Subrahmanyam_Jaishankar"),
                                               ("طوكيو", "GPE", "JPN", "Tokyo")])
    event = one(stage, doc, "CONSULT")
    assert codes(event.actor) == ["IND"]
    assert codes(event.recipient) == ["JPN"]


def test_a_threat_told_as_what_a_leader_said_is_his(stage):
    text = "قال قائد الحرس الثوري حسين سلامي إن القواعد الأمريكية في الخليج أصبحت أهدافا مشروعة."
    doc = make_doc(text, "ar", "2024-01-05", [("حسين سلامي", "PER", "IRN", "Hossein_Salami"),
                                               ("الأمريكية", "GPE", "USA", "United_States")])
    event = one(stage, doc, "THREATEN")
    assert codes(event.actor) == ["IRN"]
    assert codes(event.recipient) == ["USA"]


def test_an_act_reported_after_inna_keeps_its_own_subject(stage):
    text = "قال قائد الحرس الثوري حسين سلامي إن إسرائيل هددت بضرب المنشآت النووية بدعم من واشنطن."
    doc = make_doc(text, "ar", "2024-01-05", [("حسين سلامي", "PER", "IRN", "Hossein_Salami"),
                                               ("إسرائيل", "GPE", "ISR", "Israel"),
                                               ("واشنطن", "GPE", "USA", "Washington")])
    event = one(stage, doc, "THREATEN")
    assert codes(event.actor) == ["ISR"]
