"""Word families of the types with the lowest recall on unseen text (SUPPORT, CONCEDE,
ACCUSE, AID, MOBILIZE, RETREAT, AGREE, REJECT) in English, French and Arabic: support-verb
constructions, headline verbs, participles and verbal nouns, each with the everyday senses
that share its words."""

import pytest

from wirewatch.events.lexicon import load_lexicon
from wirewatch.events.textnorm import fold
from wirewatch.events.triggers import find_triggers

from .helpers import code_text


def trigger_types(text: str, lang: str) -> list[str]:
    folded = fold(text)
    return [m.rule.event_type for m in find_triggers(folded, 0, len(folded), load_lexicon(lang))]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # English
    ("en", "Several African states lined up behind Nigeria's candidacy for the Security Council seat.", "SUPPORT"),
    ("en", "The senator said he approved of the president's handling of the crisis.", "SUPPORT"),
    ("en", "The airline's owner, a state firm, said it was deeply sorry for the crash.", "CONCEDE"),
    ("en", "The minister chastised the neighbouring government for its silence.", "ACCUSE"),
    ("en", "The ministry said it would take the contractor to court over the delays.", "ACCUSE"),
    ("en", "The embassy registered its strong displeasure with the host government.", "ACCUSE"),
    ("en", "The navy handed over four patrol vessels to the Ghanaian coast guard.", "AID"),
    ("en", "Beijing loaned the government 2 billion dollars to pay its bondholders.", "AID"),
    ("en", "The donors contributed $40 million to the reconstruction of the port.", "AID"),
    ("en", "Paris agreed last year to write off the country's bilateral debt.", "AID"),
    ("en", "The allies transferred two squadrons of F-16 jets to the air force.", "AID"),
    ("en", "The government amassed tens of thousands of troops along the frontier.", "MOBILIZE"),
    ("en", "The army rolled tanks into the capital before dawn.", "MOBILIZE"),
    ("en", "Police beefed up security around the election commission.", "MOBILIZE"),
    ("en", "The navy positioned missile launchers near the strait.", "MOBILIZE"),
    ("en", "The militia handed over the city of Sirte to government forces.", "RETREAT"),
    ("en", "The junta relinquished power after two years of military rule.", "RETREAT"),
    ("en", "Hundreds of fighters surrendered their rifles at a stadium in the north.", "RETREAT"),
    ("en", "The rebels gave up their weapons under the peace deal.", "RETREAT"),
    ("en", "The government allowed UN monitors into the camp.", "RETREAT"),
    ("en", "The occupying forces drew down their presence in the province.", "RETREAT"),
    ("en", "The coastguard returned the seized fishing boats to their owners.", "RETREAT"),
    ("en", "The two parties struck an accord on power sharing.", "AGREE"),
    ("en", "Oman and India concluded a treaty on extradition.", "AGREE"),
    ("en", "The two neighbours forged a strategic partnership.", "AGREE"),
    ("en", "Both sides accepted the UN roadmap for elections.", "AGREE"),
    ("en", "The coalition partners found common ground on the budget.", "AGREE"),
    ("en", "The government scorned the offer of talks.", "REJECT"),
    ("en", "The president repudiated the agreement signed by his predecessor.", "REJECT"),
    ("en", "Ankara remains firmly opposed to the accession of Sweden.", "REJECT"),
    ("en", "Budapest stalled the sanctions package for three weeks.", "REJECT"),
    # French
    ("fr", "Le Sénégal s'est rangé aux côtés de la Gambie dans ce différend.", "SUPPORT"),
    ("fr", "Le Parlement s'est prononcé à une large majorité en faveur de la levée des sanctions.", "SUPPORT"),
    ("fr", "Le ministre a admis des manquements dans l'organisation du scrutin.", "CONCEDE"),
    ("fr", "Le gouvernement s'est inquiété des tirs à la frontière.", "ACCUSE"),
    ("fr", "L'ambassade a élevé une vive protestation auprès des autorités.", "ACCUSE"),
    ("fr", "Le ministère a qualifié ces déclarations d'inacceptables.", "ACCUSE"),
    ("fr", "Dakar a haussé le ton face à Bamako.", "ACCUSE"),
    ("fr", "La Chine a financé la construction d'un pont à Kinshasa.", "AID"),
    ("fr", "L'armée a positionné des lance-roquettes près du fleuve.", "MOBILIZE"),
    ("fr", "L'état-major a redéployé plusieurs bataillons dans l'est.", "MOBILIZE"),
    ("fr", "Les forces étrangères se sont retirées de la province.", "RETREAT"),
    ("fr", "Les miliciens ont remis la ville aux forces régulières.", "RETREAT"),
    ("fr", "La marine a restitué le pétrolier à son armateur.", "RETREAT"),
    ("fr", "L'armée a suspendu son offensive pendant trois jours.", "RETREAT"),
    ("fr", "Les deux pays ont décroché un accord sur la pêche.", "AGREE"),
    ("fr", "Rabat et Nouakchott ont noué un partenariat stratégique.", "AGREE"),
    ("fr", "Les belligérants ont enterré la hache de guerre.", "AGREE"),
    ("fr", "Le parti a exprimé sa ferme opposition au projet.", "REJECT"),
    # Arabic
    ("ar", "دافعت الخارجية الروسية عن حق إيران في تخصيب اليورانيوم", "SUPPORT"),
    ("ar", "نوه الرئيس التونسي في كلمته بدور الجزائر", "SUPPORT"),
    ("ar", "تقدمت بغداد رسميا بشكوى إلى مجلس الأمن", "ACCUSE"),
    ("ar", "أقرضت الصين باكستان مليار دولار", "AID"),
    ("ar", "كثفت قوات الأمن انتشارها في وسط العاصمة", "MOBILIZE"),
    ("ar", "شددت السلطات الإجراءات الأمنية في محيط المحكمة", "MOBILIZE"),
    ("ar", "أخلت السلطات المصرية سبيل عدد من الناشطين", "RETREAT"),
    ("ar", "جمد الجيش هجومه على المدينة", "RETREAT"),
    ("ar", "طوت الرياض وطهران صفحة القطيعة", "AGREE"),
    ("ar", "صوتت فرنسا ضد مشروع القرار", "REJECT"),
])
def test_family_wording_gets_its_type(lang, text, expected):
    assert expected in trigger_types(text, lang)
    # each family pattern opens on a literal word, so it is tried only around that word
    folded = fold(text)
    rules = [m.rule for m in find_triggers(folded, 0, len(folded), load_lexicon(lang)) if m.rule.event_type == expected]
    assert all(rule.anchors for rule in rules)


@pytest.mark.parametrize(("lang", "text", "unwanted"), [
    ("en", "Fans lined up behind the barriers to greet the team.", "SUPPORT"),
    ("en", "Residents were opposed to the new car park.", "REJECT"),
    ("en", "The rebels gave up their weapons under the peace deal.", "AID"),
    ("fr", "Le jury s'est prononcé en faveur du film italien.", "SUPPORT"),
    ("fr", "La vedette a snobé les photographes.", "REJECT"),
    ("ar", "كثفت البلدية وجود عمال النظافة في الشوارع", "MOBILIZE"),
    ("ar", "أحبط الحارس مساعي المهاجمين", "REJECT"),
    ("ar", "صوتت فرنسا ضد مشروع القرار", "SUPPORT"),
])
def test_everyday_senses_are_kept_out(lang, text, unwanted):
    assert unwanted not in trigger_types(text, lang)


_PARTIES = [("Japan", "GPE", "JPN", None), ("Ghana", "GPE", "GHA", None), ("Chad", "GPE", "TCD", None),
            ("Sudan", "GPE", "SDN", None)]


@pytest.mark.usefixtures("own_dates")
@pytest.mark.parametrize(("text", "expected"), [
    ("Japan handed over two patrol boats to Ghana on Monday.", "AID"),
    ("Chad amassed troops on its border with Sudan on Tuesday.", "MOBILIZE"),
    ("Chad handed over the border town to Sudan on Friday.", "RETREAT"),
])
def test_family_events_are_coded_with_their_parties(stage, text, expected):
    assert expected in [t for t, _ in code_text(stage, text, "en", _PARTIES)]


@pytest.mark.usefixtures("own_dates")
@pytest.mark.parametrize("text", [
    "The company handed over the keys of the stadium to the club on Monday.",
    "The team built up a two-goal lead before half-time.",
    "Volunteers handed over bottles of water to the runners.",
])
def test_everyday_senses_code_no_event(stage, text):
    assert code_text(stage, text, "en", _PARTIES) == []


def test_weapons_handed_over_by_their_holders_are_a_disarmament_not_aid():
    assert "AID" not in trigger_types("The fighters began handing over their heavy weapons to the army.", "en")
