"""Negation and aux cues of events/modality.py on small hand-written sentences."""

from __future__ import annotations

from .helpers import detect_modality


def test_a_cancelled_event_is_negated(lexicons):
    assert detect_modality(lexicons, "He said he had called off the strikes on three sites.", "strikes", "en").negated
    assert detect_modality(lexicons, "The minister cancelled his visit to Rabat.", "visit", "en").negated
    assert detect_modality(lexicons, "Le président a annulé sa visite à Alger.", "visite", "fr").negated
    assert detect_modality(lexicons, "ألغى الأردن القمة الرباعية في عمان.", "القمة", "ar").negated
    assert not detect_modality(lexicons, "The minister paid a visit to Rabat.", "visit", "en").negated


def test_a_denied_event_is_negated(lexicons):
    assert detect_modality(lexicons, "Russia denied that its forces had attacked the convoy.", "attacked", "en").negated
    assert detect_modality(lexicons, "Le ministère a démenti que le ministre ait rencontré l'émissaire.",
                  "rencontré", "fr").negated
    assert detect_modality(lexicons, "نفى مصدر رسمي أن يكون الرئيس قد التقى مبعوثا فرنسيا.", "التقى", "ar").negated
    assert not detect_modality(lexicons, "Russia said that its forces had attacked the convoy.", "attacked", "en").negated


def test_arabic_negation_before_a_trigger_inside_a_word(lexicons):
    # the trigger starts after the article: the look-back starts at the word
    found = detect_modality(lexicons, "قال المتحدث إن بكين لن تنضم إلى العقوبات الغربية.", "عقوبات", "ar")
    assert found.negated and found.aux == "future"


def test_arabic_qad_hedges_only_an_imperfect_verb(lexicons):
    assert detect_modality(lexicons, "قد يلتقي الوزيران في الرباط.", "يلتقي", "ar").aux == "hypothetical"
    assert detect_modality(lexicons, "وكان الوزير قد التقى نظيره في الرباط.", "التقى", "ar").aux is None


def test_french_noun_ending_like_a_conditional_is_not_hypothetical(lexicons):
    assert detect_modality(lexicons, "La France a annoncé le retrait de ses forces du Mali.", "retrait", "fr").aux is None
    assert detect_modality(lexicons, "La France retirerait ses forces du Mali.", "retirerait", "fr").aux == "hypothetical"


def test_next_week_dates_only_its_own_clause(lexicons):
    text = "La Turquie a convoqué vendredi l'ambassadeur, puis a annulé la visite prévue la semaine prochaine."
    assert detect_modality(lexicons, text, "convoqué", "fr").aux is None
    assert detect_modality(lexicons, text, "visite", "fr").aux == "future"
