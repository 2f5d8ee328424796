"""Negation and aux of events/modality.py on the constructions of the modality set's third round:
"has no plans to", "no" after the verb, denials of reports, declined invitations, cancellations,
"not a day passes without", conditionals after the trigger and background "un an après"."""

from __future__ import annotations

import pytest

from .helpers import detect_modality

pytestmark = pytest.mark.usefixtures("own_dates")


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    ("Britain sent no new weapons to Kyiv last week.", "sent no new weapons", "en"),
    ("Moscow denied carrying out the drone strike on the power plant.", "strike", "en"),
    ("Tehran dismissed reports that it had supplied missiles to the Houthis.", "supplied", "en"),
    ("The Chinese minister declined an invitation to visit Kyiv.", "visit", "en"),
    ("Le ministre chinois a décliné une invitation à se rendre à Kiev.", "se rendre", "fr"),
    ("La Pologne a annulé le voyage de son président à Budapest.", "président", "fr"),
    ("Téhéran a rejeté les informations selon lesquelles il aurait fourni des missiles aux Houthis.",
     "fourni", "fr"),
    ("لم يصادق البرلمان المجري بعد على انضمام السويد إلى الحلف.", "انضمام", "ar"),
    ("نفت طهران التقارير التي تفيد بأنها زودت الحوثيين بصواريخ.", "زودت", "ar"),
])
def test_negated(lexicons, text, trigger, lang):
    assert detect_modality(lexicons, text, trigger, lang).negated


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    ("Neither Riyadh nor Abu Dhabi sent a delegation to the conference.", "delegation", "en"),
    ("Kenya will not host the next round of talks.", "will", "en"),
    ("Londres n'a envoyé aucune nouvelle arme à Kiev la semaine dernière.", "dernière", "fr"),
])
def test_a_classifier_word_takes_the_negation_of_its_clause(lexicons, text, trigger, lang):
    # the sentence classifier's strongest word may be the subject or object of the negated verb
    assert detect_modality(lexicons, text, trigger, lang, learned=True).negated
    assert not detect_modality(lexicons, text, trigger, lang).negated


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    ("The Turkish president has no plans to visit Damascus this year.", "visit", "en"),
    ("Le président turc n'a aucune intention de se rendre à Damas.", "se rendre", "fr"),
    ("Le Tchad ne renouvellera pas son accord de défense avec la France.", "accord", "fr"),
    ("قال المتحدث إن الرئيس ليس لديه أي خطط لزيارة دمشق.", "زيارة", "ar"),
])
def test_negated_plan_is_a_negated_future(lexicons, text, trigger, lang):
    found = detect_modality(lexicons, text, trigger, lang)
    assert found.negated
    assert found.aux == "future"


@pytest.mark.parametrize(("text", "trigger", "lang"), [
    ("Police arrested no protesters during Saturday's rally.", "protesters", "en"),
    ("Not a day passes without Russian drones striking Kharkiv.", "striking", "en"),
    ("قال رئيس البلدية إنه لا يمر يوم دون أن تقصف مسيرات روسية المدينة.", "تقصف", "ar"),
    ("Pékin a démenti avoir livré des armes, qualifiant les accusations américaines de mensongères.",
     "accusations", "fr"),
    ("La police n'a procédé à aucune arrestation lors de la marche de dimanche.", "marche", "fr"),
    ("قد تلجأ واشنطن إلى فرض عقوبات على كاراكاس إذا لم تسمح بمشاركة المعارضة.", "إذا", "ar"),
    ("قال المرشد إن الهجوم على القنصلية لن يمر دون عقاب.", "القنصلية", "ar"),
])
def test_not_negated(lexicons, text, trigger, lang):
    assert not detect_modality(lexicons, text, trigger, lang).negated


def test_would_with_a_condition_after_it_is_hypothetical(lexicons):
    text = "South Africa would expel the Israeli ambassador if the war in Gaza went on."
    assert detect_modality(lexicons, text, "expel", "en").aux == "hypothetical"
    reported = "The minister said South Africa would expel the Israeli ambassador on Friday."
    assert detect_modality(lexicons, reported, "expel", "en").aux == "future"


def test_se_rendre_is_future_only_in_the_future_tense(lexicons):
    assert detect_modality(lexicons, "Le président se rendra à Alger mardi.", "se rendra", "fr").aux == "future"
    assert detect_modality(lexicons, "Le président a été invité à se rendre à Alger.", "se rendre", "fr").aux is None


def test_a_year_after_is_background(lexicons):
    text = "L'Inde a expulsé six diplomates, un an après qu'Ottawa a accusé New Delhi d'un assassinat."
    assert detect_modality(lexicons, text, "accusé", "fr").aux == "historical"
    assert detect_modality(lexicons, text, "expulsé", "fr").aux is None
