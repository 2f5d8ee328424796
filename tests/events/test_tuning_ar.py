"""Arabic tuning set and the word families added for it (hand-written sentences)."""

import json
from pathlib import Path

import pytest

from wirewatch.evaluate.run import evaluate_file
from wirewatch.events.lexicon import load_lexicon
from wirewatch.events.textnorm import fold
from wirewatch.events.triggers import find_triggers
from wirewatch.pipeline import Pipeline

TUNING = Path(__file__).resolve().parents[2] / "data" / "events" / "tuning" / "ar.jsonl"


def trigger_types(text: str) -> list[str]:
    folded = fold(text)
    return [m.rule.event_type for m in find_triggers(folded, 0, len(folded), load_lexicon("ar"))]


def test_tuning_set_is_well_formed():
    items = [json.loads(line) for line in TUNING.read_text("utf-8").splitlines() if line.strip()]
    assert len(items) >= 150
    assert all(item["id"].startswith("ar-tune-") and item["lang"] == "ar" for item in items)
    assert all(item["source"] == "written for wirewatch" for item in items)
    assert sum(1 for item in items if not item["events"]) >= 0.15 * len(items)
    for item in items:
        for event in item["events"]:
            assert event["evidence"] in item["text"], item["id"]
    types = {event["event_type"] for item in items for event in item["events"]}
    assert len(types) == 16


def test_tuning_set_floor():
    # measured 0.93 with the events stage alone when the set was written; a drop below the
    # floor means a lexicon change lost whole families of wording
    report = evaluate_file(TUNING, Pipeline(["events"]))
    assert not report.errors
    assert report.overall.f1 >= 0.90, report.to_text(details=True)
    assert report.overall.precision >= 0.88, report.to_text(details=True)


@pytest.mark.parametrize("text,expected", [
    # signing and reaching an understanding over a long verb-first subject
    ("وقعت الحكومة والفصائل المسلحة في الشمال، مساء أمس في العاصمة، إعلانا مشتركا", "AGREE"),
    ("أبرم البلدان مذكرة تفاهم في مجال الطاقة", "AGREE"),
    ("توصلت الأطراف بعد مشاورات طويلة إلى تفاهم حول الدستور", "AGREE"),
    ("التزم رئيس المجلس العسكري، في خطاب متلفز، بتسليم السلطة", "AGREE"),
    ("جدد الطرفان التزامهما بالاتفاق", "AGREE"),
    ("يعتزم رئيس الوزراء الإيطالي زيارة تونس", "AGREE"),
    ("اقترحت القاهرة هدنة لمدة أسبوع", "AGREE"),
    # visits told as a noun, attendance, summits hosted
    ("جاءت الزيارة التي قام بها الوزير إلى أنقرة بعد قطيعة", "CONSULT"),
    ("حضر وزير الخارجية اجتماع وزراء الخارجية العرب", "CONSULT"),
    ("احتضنت العاصمة الموريتانية، الأحد، القمة الإفريقية", "CONSULT"),
    # support as a verbal noun, standing by a party, praise with a long subject
    ("أعلن الحزب تأييده لمرشح المعارضة", "SUPPORT"),
    ("أكدت الحكومة وقوفها إلى جانب الشعب الفلسطيني", "SUPPORT"),
    ("أثنى الأمين العام للأمم المتحدة على جهود الوسطاء", "SUPPORT"),
    # admissions, giving up a demand
    ("أقر وزير الدفاع بوجود ثغرات أمنية", "CONCEDE"),
    ("تخلت المعارضة عن شرط رحيل الرئيس", "CONCEDE"),
    # joint patrols, extraditions, shared intelligence
    ("سيرت القوات دورية مشتركة على الحدود", "COOPERATE"),
    ("رحلت السلطات إلى بلجيكا أحد المطلوبين في قضية إرهاب", "COOPERATE"),
    ("تبادلت الأجهزة الأمنية معلومات حول الشبكة", "COOPERATE"),
    ("تعاونت الشرطة المحلية والدولية في العملية", "COOPERATE"),
    # aid dropped, delivered, announced as a package, grants
    ("ألقت الطائرات مساعدات غذائية فوق المدينة", "AID"),
    ("وصلت سفينة تحمل مواد إغاثية إلى الميناء", "AID"),
    ("أعلنت الحكومة عن حزمة مساعدات جديدة للمزارعين المتضررين", "AID"),
    ("زودت الدولة الجيش الحليف بآلاف القذائف", "AID"),
    ("منح الصندوق هبة للحكومة لتمويل المشروع", "AID"),
    # withdrawals, resignations, ceasefires, releases, access
    ("أعلن الوزير اليوم تنحيه عن منصبه", "RETREAT"),
    ("أعلنت الحكومة والمتمردون وقفا لإطلاق النار", "RETREAT"),
    ("أمر القائد بانسحاب القوات من البلدة", "RETREAT"),
    ("سمحت السلطات للصحفيين الأجانب بدخول المنطقة", "RETREAT"),
    ("سلمت الحركة إلى الوسطاء دفعة جديدة من الرهائن", "RETREAT"),
    ("أوقف الجيش عملياته العسكرية في الإقليم", "RETREAT"),
    ("تخلى الرئيس عن السلطة بعد أسابيع من الاحتجاجات", "RETREAT"),
    ("أعلنت الجماعة إلقاء السلاح", "RETREAT"),
    # appeals told with a light verb, masdar or pleading verb
    ("وجهت المنظمة نداء عاجلا إلى المانحين", "REQUEST"),
    ("جددت النقابة مطالبتها الحكومة بزيادة الأجور", "REQUEST"),
    ("التمس الدفاع من المحكمة تأجيل الجلسة", "REQUEST"),
    ("تقدمت الحكومة بطلب رسمي إلى الأمم المتحدة", "REQUEST"),
    # criticism as a noun with a possessive, blame, referral, investigation
    ("جددت الوزارة انتقادها للقرار", "ACCUSE"),
    ("ألقى الرئيس باللوم على الحكومة السابقة", "ACCUSE"),
    ("دانت الحكومة بأشد العبارات الهجوم", "ACCUSE"),
    ("أحالت النيابة الوزير السابق إلى القضاء", "ACCUSE"),
    ("تحقق الشرطة في ملابسات الحادث", "ACCUSE"),
    ("هاجم رئيس الوزراء بشدة قرار المحكمة", "ACCUSE"),
    ("استدعت الخارجية سفراء ثلاث دول", "ACCUSE"),
    # vetoes and declared opposition
    ("أسقطت روسيا المشروع باستخدام حق النقض", "REJECT"),
    ("أبدت الحكومة معارضتها للمشروع", "REJECT"),
    # threats: brandishing, an announced resumption of attacks
    ("طالبت بالانسحاب ملوحة باستخدام القوة", "THREATEN"),
    ("أعلنت الجماعة أنها ستستأنف هجماتها على السفن", "THREATEN"),
    # protests: roadblocks
    ("نصب المحتجون حواجز على الطريق الرئيسي", "PROTEST"),
    # deployments with a number of soldiers, call-ups, build-ups
    ("دفعت الحكومة بنحو خمسة آلاف جندي إلى الحدود", "MOBILIZE"),
    ("استدعى الجيش عشرات الآلاف من جنود الاحتياط", "MOBILIZE"),
    ("رصدت الأقمار الصناعية حشودا عسكرية قرب الحدود", "MOBILIZE"),
    ("أرسلت البحرية سفنا حربية إلى المضيق", "MOBILIZE"),
    # restrictions on institutions, deportations, travel bans, seizures
    ("جمد الرئيس أعمال البرلمان", "COERCE"),
    ("قضت المحكمة بحل الحزب", "COERCE"),
    ("نقلت السلطات مئات المهاجرين إلى الصحراء", "COERCE"),
    ("منعت السلطات المعارض البارز من السفر", "COERCE"),
    ("استولت القوات البحرية على ناقلة نفط", "COERCE"),
    # attacks: downed aircraft, martyrdom wording
    ("أسقطت الدفاعات الجوية طائرة مسيرة فوق المدينة", "ASSAULT"),
    ("استشهد شاب برصاص قوات الاحتلال", "ASSAULT"),
    # sanctions: lists, import bans, convictions by a court, recalls, closures
    ("أدرجت الوزارة عشرات الأشخاص على لائحة العقوبات", "SANCTION"),
    ("حظرت الحكومة استيراد المنتجات الروسية", "SANCTION"),
    ("أدانت محكمة الجنايات المتهمين", "SANCTION"),
    ("سحبت الحكومة سفيرتها من العاصمة", "SANCTION"),
    ("أعلنت الحكومة الملحق العسكري شخصا غير مرغوب فيه", "SANCTION"),
    ("قلصت الدول المانحة مساهمتها في تمويل الوكالة", "SANCTION"),
])
def test_arabic_families(text, expected):
    assert expected in trigger_types(text)


@pytest.mark.parametrize("text,absent", [
    # words that look like triggers but report no event
    ("قال المدرب إن خط الهجوم سيتغير", "ASSAULT"),
    ("تعد المروحيات الهجومية عماد الأسطول", "ASSAULT"),
    ("سيطر اللون الأبيض على العروض", "ASSAULT"),
    ("أطلق المغرب حملة للتشجير تستهدف غرس مليون شجرة", "ASSAULT"),
    ("حذرت الأرصاد الجوية من عواصف رعدية", "THREATEN"),
    ("اختطف مسلحون ثلاثة عشر طالبا من مدرسة", "REQUEST"),
    ("النقابات التي دعت إليها", "REQUEST"),
    ("الاحتجاجات أمر مألوف في شوارع المدينة", "PROTEST"),
    ("ذكرى المسيرة الخضراء", "PROTEST"),
    ("رفض الوزير بشكل قاطع أي تسوية", "PROTEST"),
    ("أشار تقرير صادر عن البنك الدولي إلى تراجع النمو", "COERCE"),
    ("قال خبراء إن العقوبات المفروضة على البلد لم تؤثر", "SANCTION"),
    ("اندلعت أعمال شغب بعد إعلان الحكومة فرض رسوم على المكالمات", "SANCTION"),
    ("جرت الانتخابات بوساطة أفريقية", "CONSULT"),
    ("تستضيف قاعة الاجتماعات معرضا", "CONSULT"),
    ("علقت الحكومة دعمها للميزانية", "SUPPORT"),
    ("استدعت الحكومة سفيرها وجميع دبلوماسييها", "ACCUSE"),
    ("أدانت محكمة في العاصمة صحفيا", "ACCUSE"),
    # a definite attack noun after the attack has been told names the same attack
    ("وقالت الوزارة إن القصف أدى إلى مقتل أربعة أشخاص", "ASSAULT"),
    ("وأسفر الهجوم أيضا عن إصابة ثلاثة آخرين", "ASSAULT"),
])
def test_arabic_lookalikes(text, absent):
    assert absent not in trigger_types(text)


@pytest.mark.parametrize("text,expected", [
    # a masdar of a request's content is not the event; an order to act is
    ("طالبت الجمعية العامة روسيا بسحب قواتها", "RETREAT"),
    ("أمر الوزير بانسحاب القوات", "REQUEST"),
])
def test_request_content_and_orders(text, expected):
    assert expected not in trigger_types(text)
