"""Negation and aux by construction family: vowel-marked Arabic cues, negation after the verb,
denials, the object of a negated verb, refusals, "did not rule out", dated relative clauses."""

from __future__ import annotations

import pytest

from wirewatch.events import dating

from .helpers import detect_modality, make_doc


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    # Arabic cues written with vowel marks
    ("لَمْ يَحضُرْ رئيس الوزراء الأرميني القمة في مينسك.", "يَحضُرْ", "ar"),
    ("لَنْ تستخدم المجر حق النقض ضد الحزمة المقبلة.", "النقض", "ar"),
    # the negation after the verb
    ("Police in Dakar arrested no one during the march.", "arrested", "en"),
    ("L'Algérie ne condamne guère les frappes russes.", "condamne", "fr"),
    ("Le Niger et la France ne se sont pas entendus sur le calendrier.", "se sont pas entendus", "fr"),
    # denials of having acted
    ("The military denied carrying out the strike on a school.", "strike", "en"),
    ("Le ministère a démenti lundi avoir refoulé des migrants.", "refoulé", "fr"),
    # refusing to receive a delegation: the meeting did not take place
    ("رفض المجلس العسكري في النيجر استقبال وفد إيكواس في نيامي.", "استقبال", "ar"),
])
def test_negated(lexicons, text, trigger, lang):
    assert detect_modality(lexicons, text, trigger, lang).negated


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    # the object of a negated verb did happen
    ("Qatar did not condemn the Houthi attack on the tanker.", "attack", "en"),
    ("La Hongrie ne soutient plus l'embargo européen sur le pétrole russe.", "embargo", "fr"),
    ("لم تدن قطر هجوم الحوثيين على ناقلة النفط.", "هجوم", "ar"),
    # a denial does not reach past a contrast
    ("The junta denied having opened fire, although witnesses said soldiers shot at marchers.", "shot at", "en"),
    # a name, not a negation
    ("Reporters sans frontières réclame sa libération immédiate.", "réclame", "fr"),
    # refusing a request is no negated request
    ("رفضت المحكمة طلب الإفراج عن المعارض.", "طلب", "ar"),
])
def test_not_negated(lexicons, text, trigger, lang):
    assert not detect_modality(lexicons, text, trigger, lang).negated


def test_refraining_negates_the_act_it_names(lexicons):
    found = detect_modality(lexicons, "Le Caire s'est abstenu de critiquer la décision éthiopienne.", "critiquer", "fr")
    assert found.negated


@pytest.mark.parametrize(("text", "trigger", "lang", "aux"), [
    ("قَدْ تَفرِضُ واشنطن عقوبات على أنقرة.", "عقوبات", "ar", "hypothetical"),
    ("سَوْفَ يَزُورُ الرئيس الصيني هانوي.", "يَزُورُ", "ar", "future"),
    # not ruling an act out makes it possible, not negated
    ("The German chancellor did not rule out sending tanks to Ukraine.", "sending tanks", "en", "hypothetical"),
    ("Le chancelier n'a pas exclu de livrer des chars à l'Ukraine.", "livrer", "fr", "hypothetical"),
    ("لم يستبعد المستشار الألماني إرسال دبابات إلى أوكرانيا.", "إرسال", "ar", "hypothetical"),
    # a relative clause dating its own event years back
    ("Morocco, which cut diplomatic ties with Iran in 2018, received an envoy on Monday.", "cut", "en", "historical"),
    ("Putin and Xi, who last met in Beijing in October 2023, spoke by phone on Tuesday.", "met", "en", "historical"),
])
def test_aux(lexicons, text, trigger, lang, aux):
    found = detect_modality(lexicons, text, trigger, lang)
    assert found.aux == aux and not found.negated


def test_relative_clause_without_a_date_is_not_background(lexicons):
    found = detect_modality(lexicons, "Morocco, which hosts the talks, received an envoy on Monday.", "hosts", "en")
    assert found.aux is None


def test_vowel_marked_pluperfect_is_found(lexicons):
    from wirewatch.events import modality
    from wirewatch.events.textnorm import fold
    text = fold("وكانا قَدْ التقيا في بكين في أكتوبر 2023.")
    met = text.index("التقيا")
    assert modality.pluperfect(text, 0, met + 6, lexicons["ar"])


def test_date_of_an_inserted_relative_clause_is_not_the_event_date(monkeypatch):
    text = "Morocco, which cut ties with Iran in 2018, received an Iranian envoy on Monday."
    doc = make_doc(text, "en", "2025-05-13")
    seen: list[int] = []

    def resolve(doc, start, end, aux):
        seen.append(start)
        return None, None

    monkeypatch.setattr(dating, "_stage_event_date", resolve)
    dating.event_date(doc, 0, text.index("envoy") + 5, None)
    assert seen == [text.index(" received")]


def test_background_event_takes_the_date_of_its_own_clause(monkeypatch):
    text = "Putin and Xi, who last met in Beijing in October 2023, spoke by phone on Tuesday."
    doc = make_doc(text, "en", "2024-02-06")
    seen: list[int] = []

    def resolve(doc, start, end, aux):
        seen.append(end)
        return None, None

    monkeypatch.setattr(dating, "_stage_event_date", resolve)
    met_end = text.index("met") + 3
    dating.event_date(doc, 0, met_end, "historical", clause=(0, len(text)))
    dating.event_date(doc, 0, met_end, None, clause=(0, len(text)))
    assert seen == [text.index(", spoke"), met_end]
