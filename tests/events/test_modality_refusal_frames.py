"""Negation frames that take an event complement: refusals, failures, denials and pledges not to
act, with a day or an adverb inside the frame ("declined on Thursday to join"), denied
involvement in an attack, "لم يتمكن من", "تعهد بعدم"; and the frames that do not negate their
object (a negated "confirm", a contrast or a clause of time after a denial)."""

from __future__ import annotations

import pytest

from .helpers import detect_modality

pytestmark = pytest.mark.usefixtures("own_dates")


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    ("India declined on Thursday to join the sanctions against Russia.", "sanctions", "en"),
    ("Serbia refused again to impose sanctions on Moscow.", "sanctions", "en"),
    ("Iran denied on Monday that it had launched the attack on the tanker.", "attack", "en"),
    ("Moscow denied any involvement in the attack on the pipeline.", "attack", "en"),
    ("Trump a annulé à la dernière minute des frappes contre l'Iran.", "frappes", "fr"),
    ("Le Rwanda a démenti toute implication dans l'attaque contre Goma.", "attaque", "fr"),
    ("ونفت الحكومة أي تورط في الهجوم على السفارة.", "هجوم", "ar"),
    ("فيما نفت إسلام آباد أي صلة لها بالهجوم.", "هجوم", "ar"),
    ("لم يتمكن الوسطاء من عقد اجتماع بين الطرفين.", "عقد اجتماع", "ar"),
    ("The Kremlin said there were no plans for Putin to speak with Biden.", "speak with", "en"),
])
def test_the_complement_of_a_negation_frame_is_negated(lexicons, text, trigger, lang):
    assert detect_modality(lexicons, text, trigger, lang).negated


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    ("The United States pledged not to impose new sanctions on Turkey.", "sanctions", "en"),
    ("Le Maroc s'est engagé à ne pas imposer de sanctions à l'Espagne.", "imposer de sanctions", "fr"),
    ("وتعهدت واشنطن بعدم فرض عقوبات جديدة على أنقرة.", "فرض عقوبات", "ar"),
])
def test_a_pledge_not_to_act_is_a_negated_future(lexicons, text, trigger, lang):
    mod = detect_modality(lexicons, text, trigger, lang)
    assert (mod.negated, mod.aux) == (True, "future")


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    ("The army did not confirm the killing of the commander.", "killing", "en"),
    ("ولم تؤكد الحركة مقتل قائدها.", "مقتل", "ar"),
    ("Tunisia's president denied that he was racist, days after the African Union condemned his remarks.",
     "condemned", "en"),
    ("ألغت كانبيرا صفقة غواصات فرنسية لصالح اتفاق أمني مع واشنطن.", "اتفاق", "ar"),
    ("ألغت السلطات ترخيص قناة العربية وأوقفت نشاط مكتبها.", "أوقفت نشاط", "ar"),
    ("The Kremlin denied that its forces had shelled the plant and blamed Kyiv for the attacks.", "blamed", "en"),
])
def test_the_object_of_a_negated_confirmation_or_a_later_clause_is_not_negated(lexicons, text, trigger, lang):
    assert not detect_modality(lexicons, text, trigger, lang).negated


def test_a_plan_denied_for_a_named_party_is_a_negated_future(lexicons):
    mod = detect_modality(lexicons, "The Kremlin said there were no plans for Putin to speak with Biden.",
                          "speak with", "en")
    assert (mod.negated, mod.aux) == (True, "future")


def test_wont_is_a_negated_future(lexicons):
    mod = detect_modality(lexicons, "Germany won't send tanks to Ukraine.", "send tanks", "en")
    assert (mod.negated, mod.aux) == (True, "future")
