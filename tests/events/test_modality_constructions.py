"""Negation, future, hypothetical and background constructions of events/modality.py, per language."""

from __future__ import annotations

import pytest

from wirewatch.events import modality
from wirewatch.events.textnorm import fold

from .helpers import detect_modality


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    # a support verb carries the negation to its event noun
    ("Jordan said it would not take part in the Negev meeting with Israel.", "meeting", "en"),
    ("Police did not make any arrests during the march.", "arrests", "en"),
    # the event noun with its parties before "did not take place"
    ("The planned talks between Serbia and Kosovo in Brussels did not take place.", "talks", "en"),
    ("La réunion prévue mercredi à Bruxelles entre la Serbie et le Kosovo n'a pas eu lieu.", "réunion", "fr"),
    ("The council stopped short of condemning the crackdown.", "condemning", "en"),
    # French: the second particle inside the trigger, "ni ... ne", "se garder de"
    ("Le Japon n'imposera pas de sanctions à la Russie.", "imposera pas de sanctions", "fr"),
    ("Moscou n'a expulsé aucun diplomate moldave.", "expulsé aucun diplomate", "fr"),
    ("Le président ne s'est jamais rendu à Alger.", "s'est jamais rendu", "fr"),
    ("Ni la Russie ni la Chine n'ont voté pour la résolution.", "voté pour", "fr"),
    ("L'Inde s'est gardée de condamner l'invasion.", "condamner", "fr"),
    # Arabic: ما before a perfect verb opening the sentence, a cancellation across the subject, فشل في
    ("ما التقى العاهل الأردني رئيس الوزراء الإسرائيلي منذ أشهر.", "التقى", "ar"),
    ("ألغى المجلس العسكري في النيجر الخميس اجتماعا مع المبعوث.", "اجتماعا", "ar"),
    ("فشل القادة الأوروبيون في الاتفاق على ميثاق جديد.", "الاتفاق", "ar"),
])
def test_negated(lexicons, text, trigger, lang):
    assert detect_modality(lexicons, text, trigger, lang).negated


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    # a negated verb of stopping asserts the event
    ("Paris has never stopped backing the autonomy plan.", "backing", "en"),
    ("Paris n'a jamais cessé de soutenir le plan d'autonomie.", "soutenir", "fr"),
    ("The army has not stopped its shelling of the city.", "shelling", "en"),
    # a negation in another clause does not reach the trigger
    ("China did not comment, but France condemned the attack.", "condemned", "en"),
    # relative ما after a comma ("which drew") and ما before an imperfect
    ("قتل ثلاثة جنود في الهجوم، ما أثار إدانات واسعة.", "إدانات", "ar"),
    ("وقعت اشتباكات في المدينة، ما أدى إلى مقتل ثلاثة.", "مقتل", "ar"),
    ("ما إن أعلن وقف إطلاق النار حتى قصفت القوات المواقع.", "قصفت", "ar"),
])
def test_not_negated(lexicons, text, trigger, lang):
    assert not detect_modality(lexicons, text, trigger, lang).negated


def test_planned_event_that_did_not_take_place_is_not_future(lexicons):
    found = detect_modality(lexicons, "The planned talks between Serbia and Kosovo did not take place.", "talks", "en")
    assert found.negated and found.aux is None


@pytest.mark.parametrize(("text", "trigger", "lang", "aux"), [
    # the event noun as subject of a modal
    ("Talks between Iran and the United States might resume in Vienna next week.", "Talks", "en", "hypothetical"),
    ("Des pourparlers entre l'Iran et les États-Unis pourraient reprendre la semaine prochaine.", "pourparlers", "fr",
     "hypothetical"),
    ("المحادثات قد تستأنف الأسبوع المقبل.", "المحادثات", "ar", "hypothetical"),
    ("The talks between the two sides will resume in Doha.", "talks", "en", "future"),
    ("La réunion entre les deux ministres aura lieu à Rabat.", "réunion", "fr", "future"),
    # a conditional clause before a conditional future
    ("Should the negotiations fail, the unions would call a general strike.", "general strike", "en", "hypothetical"),
    ("لو فشلت المفاوضات لدعا الاتحاد العام للشغل إلى إضراب عام.", "إضراب", "ar", "hypothetical"),
    ("إذا أفرج المجلس العسكري عن الرئيس، فقد ترفع إيكواس العقوبات.", "ترفع", "ar", "hypothetical"),
    # without a conditional clause "would" reports a future
    ("Beijing said it would hold military drills around the island.", "military drills", "en", "future"),
    # the nearer modal decides
    ("The minister could visit Rabat next week.", "visit", "en", "hypothetical"),
    # French support verbs in the future or the conditional before the event noun
    ("Le Sénégal ne participera pas aux manœuvres conjointes avec la France.", "manœuvres", "fr", "future"),
    ("En cas d'échec, la centrale syndicale déclencherait une grève générale.", "grève", "fr", "hypothetical"),
])
def test_aux(lexicons, text, trigger, lang, aux):
    assert detect_modality(lexicons, text, trigger, lang).aux == aux


def test_french_future_ending_of_a_name_is_not_a_future(lexicons):
    text = "Le président Herrera a rencontré lundi le ministre à Quito."
    assert detect_modality(lexicons, text, "rencontré", "fr").aux is None


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    ("Macron and Scholz, who had met in Berlin in May, spoke by phone.", "met", "en"),
    ("Macron et Scholz, qui s'étaient rencontrés à Berlin en mai, se sont entretenus mardi.", "rencontrés", "fr"),
    ("The two leaders had previously met in Geneva.", "met", "en"),
    ("أجرى ماكرون وشولتس، اللذان سبق أن التقيا في برلين، اتصالا هاتفيا.", "التقيا", "ar"),
])
def test_background_event_is_historical(lexicons, text, trigger, lang):
    assert detect_modality(lexicons, text, trigger, lang).aux == "historical"


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    # "since" opens a noun phrase; the event has its own date of the day
    ("The junta that has ruled Mali since the 2020 coup expelled the French ambassador on Monday.", "expelled", "en"),
    ("La junte au pouvoir depuis le coup d'État a expulsé lundi l'ambassadeur de France.", "expulsé", "fr"),
    # a pluperfect without a date of its own is reported news of the day
    ("Qatar said that Israel and Hamas had agreed to a pause in the fighting.", "agreed", "en"),
    ("Ukraine and Russia held direct talks on Friday for the first time since March 2022.", "held direct talks", "en"),
])
def test_not_historical(lexicons, text, trigger, lang):
    assert detect_modality(lexicons, text, trigger, lang).aux is None


def test_historical_cue_of_an_inserted_clause_does_not_reach_the_main_verb(lexicons):
    text = "أجرى ماكرون وشولتس، اللذان سبق أن التقيا في برلين، اتصالا هاتفيا الثلاثاء."
    folded = fold(text)
    call = folded.index("اتصالا")
    met = folded.index("التقيا")
    lex = lexicons["ar"]
    assert not modality.historical_cue(folded, 0, len(folded), lex, call, call + 6)
    assert modality.historical_cue(folded, 0, len(folded), lex, met, met + 6)
    assert modality.historical_cue(folded, 0, len(folded), lex)  # without the trigger: the whole sentence
    opening = fold("In 2018, Algeria cut ties with Morocco.")
    assert modality.historical_cue(opening, 0, len(opening), lexicons["en"], opening.index("cut"),
                                   opening.index("cut") + 3)


def test_pluperfect_is_read_in_the_trigger_clause(lexicons):
    text = fold("Macron and Scholz, who had met in Berlin, spoke by phone on Tuesday.")
    spoke = text.index("spoke")
    assert not modality.pluperfect(text, spoke - 30, spoke + 5, lexicons["en"])
    met = text.index("met")
    assert modality.pluperfect(text, met - 10, met + 3, lexicons["en"])
