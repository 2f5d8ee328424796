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
