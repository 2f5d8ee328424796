"""French verb families, nominalisations and passives of the weaker event types."""

import pytest

from wirewatch.events.stage import EventStage

from .helpers import code_text

_PARTIES = [("La France", "GPE", "FRA", None), ("le Mali", "GPE", "MLI", None)]


pytestmark = pytest.mark.usefixtures("own_dates")


def types_of(stage: EventStage, text: str) -> list[str]:
    return [event_type for event_type, _ in code_text(stage, text, "fr", _PARTIES)]


@pytest.mark.parametrize(("expected", "text"), [
    ("SANCTION", "La France a adopté un nouveau train de sanctions contre le Mali."),
    ("SANCTION", "Des sanctions ont été imposées au Mali par La France."),
    ("SANCTION", "La France suspend son aide au Mali."),
    ("SANCTION", "La France a décidé la suspension de sa coopération militaire avec le Mali."),
    ("SANCTION", "La France a mis fin à sa coopération avec le Mali."),
    ("SANCTION", "Le Mali a expulsé le représentant de La France."),
    ("SANCTION", "Le tribunal du Mali a condamné un ressortissant de La France à cinq ans de prison."),
    ("SANCTION", "La France a interdit l'entrée sur son territoire à des dirigeants du Mali."),
    ("AID", "Une aide de 5 millions d'euros a été accordée au Mali par La France."),
    ("AID", "La France fournit une aide militaire au Mali."),
    ("AGREE", "La France et le Mali sont tombés d'accord sur un calendrier."),
    ("AGREE", "La signature d'un accord de défense entre La France et le Mali a eu lieu lundi."),
    ("RETREAT", "Les troupes de La France ont quitté le Mali."),
    ("RETREAT", "La France libère trois prisonniers du Mali."),
    ("RETREAT", "La France a levé les restrictions imposées au Mali."),
    ("CONCEDE", "La France a renoncé à son projet de réforme après les critiques du Mali."),
    ("CONCEDE", "La France est revenue sur sa décision face au Mali."),
    ("CONCEDE", "La France a reconnu sa responsabilité dans la crise du Mali."),
    ("THREATEN", "La France brandit la menace de sanctions contre le Mali."),
    ("COERCE", "Les autorités du Mali ont procédé à l'arrestation de deux journalistes."),
    ("CONSULT", "La France a reçu le Premier ministre du Mali."),
    ("ACCUSE", "La France a qualifié la décision du Mali d'inacceptable."),
    ("COERCE", "Le Mali détient trois ressortissants de La France."),
    ("ASSAULT", "Des frappes contre le Mali ont été menées par La France."),
])
def test_french_construction_is_coded(stage, expected, text):
    assert expected in types_of(stage, text)


def test_accepting_to_resign_is_the_resignation_not_an_agreement(stage):
    types = types_of(stage, "Le président du Mali a accepté de démissionner dimanche.")
    assert "AGREE" not in types
    assert "RETREAT" in types


def test_accepting_to_resume_talks_is_an_agreement(stage):
    assert "AGREE" in types_of(stage, "La France a accepté de reprendre les discussions avec le Mali.")
