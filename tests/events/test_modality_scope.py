"""Negation scope and background cues of events/modality.py on small hand-written sentences."""

from __future__ import annotations

import pytest

from .helpers import detect_modality


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    ("The president didn't meet the envoy.", "meet", "en"),
    ("Israel refused to withdraw its troops.", "withdraw", "en"),
    ("The government rejected calls to release the prisoners.", "release", "en"),
    ("No talks were held between the two sides.", "talks", "en"),
    ("The talks were never held.", "talks", "en"),
    ("Le gouvernement refuse de libérer les prisonniers.", "libérer", "fr"),
    ("Les deux dirigeants ne se sont plus rencontrés depuis des mois.", "rencontrés", "fr"),
    ("Aucune rencontre n'a eu lieu.", "rencontre", "fr"),
    ("Le ministre s'est abstenu de condamner l'attaque.", "condamner", "fr"),
    ("La réunion n'a finalement pas eu lieu.", "réunion", "fr"),
    ("لم يتم التوصل إلى اتفاق.", "اتفاق", "ar"),
    ("الاجتماع المقرر لم يعقد.", "الاجتماع", "ar"),
])
def test_negated(lexicons, text, trigger, lang):
    assert detect_modality(lexicons, text, trigger, lang).negated


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    ("The army didn't hesitate to strike the camps.", "strike", "en"),
    ("He did not rule out sanctions against the regime.", "sanctions", "en"),
    ("The meeting, which one delegation did not attend, took place.", "meeting", "en"),
    ("L'armée n'a pas hésité à frapper les camps.", "frapper", "fr"),
    ("Le ministre n'exclut pas de nouvelles sanctions.", "sanctions", "fr"),
    ("لم يتردد الجيش في قصف المخيمات.", "قصف", "ar"),
    ("Nobody was arrested on Monday.", "arrested", "en"),
])
def test_not_negated(lexicons, text, trigger, lang):
    assert not detect_modality(lexicons, text, trigger, lang).negated


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    ("The army struck the camps two weeks after an attack on a convoy.", "attack", "en"),
    ("Relations have been frozen since the 2017 boycott.", "boycott", "en"),
    ("Le Mali a été suspendu quelques jours après l'arrestation du président.", "arrestation", "fr"),
    ("شنت الطائرات غارات بعد أسبوع من تفجير في المدينة.", "تفجير", "ar"),
])
def test_background_event_is_historical(lexicons, text, trigger, lang):
    assert detect_modality(lexicons, text, trigger, lang).aux == "historical"


def test_an_event_right_after_another_is_not_background(lexicons):
    text = "The prime minister resigned after a day of protests across the country."
    assert detect_modality(lexicons, text, "protests", "en").aux is None
    assert detect_modality(lexicons, text, "resigned", "en").aux is None
