"""Refusing or refraining to act: the act refused is coded, negated; its object is not."""

from __future__ import annotations

import pytest

from .helpers import make_doc


@pytest.mark.parametrize(("text", "lang", "mentions"), [
    ("Moscow refused to condemn the attack on Smara on Tuesday.", "en",
     [("Moscow", "GPE", "RUS", None), ("Smara", "GPE", "MAR", None)]),
    ("La Russie a refusé de condamner l'attaque contre Smara mardi.", "fr",
     [("Russie", "GPE", "RUS", None), ("Smara", "GPE", "MAR", None)]),
])
def test_refusing_to_condemn_is_a_negated_accusation_and_the_attack_stays_affirmative(stage, text, lang, mentions):
    doc = make_doc(text, lang, mentions=mentions)
    stage([doc])
    accuse = [e for e in doc.events if e.event_type == "ACCUSE"]
    assert accuse and all(e.negated for e in accuse)
    assert all(not e.negated for e in doc.events if e.event_type == "ASSAULT")


def test_refraining_from_criticising_is_no_abstention(stage):
    doc = make_doc("Le gouvernement algérien s'est abstenu de critiquer Moscou mardi.", "fr",
                   mentions=[("Moscou", "GPE", "RUS", None)])
    stage([doc])
    assert [(e.event_type, e.negated) for e in doc.events] == [("ACCUSE", True)]


def test_a_peace_treaty_is_no_blame(stage):
    doc = make_doc("وقعت مصر وإسرائيل معاهدة سلام عام 1979 في واشنطن.", "ar",
                   mentions=[("مصر", "GPE", "EGY", None), ("إسرائيل", "GPE", "ISR", None)])
    stage([doc])
    assert "ACCUSE" not in {e.event_type for e in doc.events}
    assert "AGREE" in {e.event_type for e in doc.events}


def test_declining_to_join_sanctions_negates_them_beside_the_refusal(stage):
    doc = make_doc("India declined on Thursday to join the sanctions against Russia.", "en",
                   mentions=[("India", "GPE", "IND", None), ("Russia", "GPE", "RUS", None)])
    stage([doc])
    assert ("SANCTION", True) in {(e.event_type, e.negated) for e in doc.events}
    assert all(e.negated for e in doc.events if e.event_type == "SANCTION")


def test_not_blocking_measures_is_a_negated_rejection(stage):
    doc = make_doc("Hungary did not block the measures against Russia on Monday.", "en",
                   mentions=[("Hungary", "GPE", "HUN", None), ("Russia", "GPE", "RUS", None)])
    stage([doc])
    assert ("REJECT", True) in {(e.event_type, e.negated) for e in doc.events}


def test_making_no_breakthrough_is_a_negated_agreement(stage):
    doc = make_doc("China and the United States made no breakthrough on restoring military contacts.", "en",
                   mentions=[("China", "GPE", "CHN", None), ("United States", "GPE", "USA", None)])
    stage([doc])
    assert ("AGREE", True) in {(e.event_type, e.negated) for e in doc.events}


def test_saying_one_refuses_to_free_prisoners_is_a_rejection(stage):
    doc = make_doc("Le Togo a dit refuser de libérer les opposants.", "fr",
                   mentions=[("Togo", "GPE", "TGO", None)])
    stage([doc])
    assert "REJECT" in {e.event_type for e in doc.events}


@pytest.mark.parametrize(("text", "mentions"), [
    ("Le président a refusé de mettre en cause Moscou.", [("Moscou", "GPE", "RUS", None)]),
    ("La Belgique s'est abstenue de critiquer la Chine.",
     [("Belgique", "GPE", "BEL", None), ("Chine", "GPE", "CHN", None)]),
])
def test_refusing_or_refraining_from_blame_is_a_negated_accusation(stage, text, mentions):
    doc = make_doc(text, "fr", mentions=mentions)
    stage([doc])
    assert ("ACCUSE", True) in {(e.event_type, e.negated) for e in doc.events}
    assert "REJECT" not in {e.event_type for e in doc.events if "abstenue" in text}


def test_renouncing_an_expulsion_negates_it(stage):
    doc = make_doc("L'Algérie a renoncé à expulser les militants marocains.", "fr",
                   mentions=[("Algérie", "GPE", "DZA", None)])
    stage([doc])
    assert [e.negated for e in doc.events if e.event_type == "COERCE"] == [True]


def test_not_accepting_a_deal_is_a_rejection_not_a_negated_agreement(stage):
    doc = make_doc("Kiev a fait savoir qu'il n'accepterait aucun accord conclu sans sa participation.", "fr",
                   mentions=[("Kiev", "GPE", "UKR", None)])
    stage([doc])
    assert [(e.event_type, e.negated, e.aux) for e in doc.events if e.event_type == "REJECT"] == \
        [("REJECT", False, None)]
    assert not any(e.negated for e in doc.events if e.event_type == "AGREE")


def test_meeting_no_resistance_is_no_meeting(stage):
    doc = make_doc("Les rebelles syriens sont entrés dans Damas sans rencontrer de résistance.", "fr",
                   mentions=[("Damas", "GPE", "SYR", None)])
    stage([doc])
    assert "CONSULT" not in {e.event_type for e in doc.events}


def test_a_denied_part_in_an_attack_is_the_attack_negated(stage):
    doc = make_doc("فيما نفت باكستان أي صلة لها بالهجوم على المنتجع.", "ar",
                   mentions=[("باكستان", "GPE", "PAK", None)])
    stage([doc])
    assert [e.negated for e in doc.events if e.event_type == "ASSAULT"] == [True]


def test_a_pledge_not_to_support_is_a_negated_future_support(stage):
    doc = make_doc("وتعهدت السويد بعدم تقديم الدعم لحزب العمال الكردستاني.", "ar",
                   mentions=[("السويد", "GPE", "SWE", None), ("حزب العمال الكردستاني", "ORG", "TUR", None)])
    stage([doc])
    assert ("SUPPORT", True, "future") in {(e.event_type, e.negated, e.aux) for e in doc.events}


def test_not_commenting_on_an_attack_is_no_suspension(stage):
    doc = make_doc("لم تعلق الصين على الهجوم.", "ar", mentions=[("الصين", "GPE", "CHN", None)])
    stage([doc])
    assert "RETREAT" not in {e.event_type for e in doc.events}


def test_a_refusal_verb_opening_a_coordinated_predicate_takes_its_own_complement(stage):
    doc = make_doc("India abstained on a UN resolution calling for Russia to leave Ukraine "
                   "and stopped short of criticising Moscow.", "en",
                   mentions=[("India", "GPE", "IND", None), ("Russia", "GPE", "RUS", None),
                             ("Ukraine", "GPE", "UKR", None), ("Moscow", "GPE", "RUS", None)])
    stage([doc])
    assert [e.negated for e in doc.events if e.event_type == "ACCUSE"] == [True]


def test_stopping_short_of_offering_is_a_negated_agreement(stage):
    doc = make_doc("The European Union stopped short of offering Ukraine a date for membership talks.", "en",
                   mentions=[("European Union", "ORG", None, "EU"), ("Ukraine", "GPE", "UKR", None)])
    stage([doc])
    assert ("AGREE", True) in {(e.event_type, e.negated) for e in doc.events}
