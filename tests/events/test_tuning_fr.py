"""French tuning set: a floor on its score, and the word families added from it."""

from pathlib import Path

import pytest

from wirewatch.evaluate.run import evaluate_file
from wirewatch.events.stage import EventStage
from wirewatch.pipeline import Pipeline

from .helpers import code_text

TUNING_FR = Path(__file__).resolve().parents[2] / "data" / "events" / "tuning" / "fr.jsonl"

_PARTIES = [("La France", "GPE", "FRA", None), ("le Mali", "GPE", "MLI", None),
            ("Le Mali", "GPE", "MLI", None), ("la Tunisie", "GPE", "TUN", None)]


pytestmark = pytest.mark.usefixtures("own_dates")


def coded(stage: EventStage, text: str) -> list[tuple[str, bool]]:
    return code_text(stage, text, "fr", _PARTIES)


def types_of(stage: EventStage, text: str) -> list[str]:
    return [event_type for event_type, _ in coded(stage, text)]


def test_tuning_set_keeps_its_measured_floor():
    # the events stage alone scored P 0.99, R 0.95, F1 0.97 when the French families were added;
    # P 0.946, R 0.944 once the unseen round fr-tune-3001..3100 joined the set
    report = evaluate_file(TUNING_FR, Pipeline(["events"]))
    assert report.overall.f1 >= 0.92
    assert report.overall.precision >= 0.92


@pytest.mark.parametrize(("expected", "text"), [
    # verbs with a day word between the verb and its object
    ("AGREE", "La France et le Mali ont paraphé jeudi un protocole d'accord."),
    ("AGREE", "La France et le Mali sont convenus d'un calendrier de retrait."),
    ("AGREE", "La France s'est engagée samedi à financer la reconstruction du Mali."),
    ("AGREE", "La France et le Mali ont normalisé leurs relations."),
    ("SUPPORT", "La France a réitéré jeudi son plein appui au Mali."),
    ("SUPPORT", "La France s'est dite favorable jeudi à l'adhésion du Mali."),
    ("SUPPORT", "La France a rendu hommage dimanche aux efforts du Mali."),
    ("CONCEDE", "La France a renoncé mercredi au projet de loi contesté par le Mali."),
    ("CONCEDE", "La France a exprimé ses profonds regrets au Mali."),
    ("SANCTION", "Le Mali a rappelé mardi son ambassadeur en France après les propos de La France."),
    ("SANCTION", "Le Mali a dénoncé samedi l'accord de défense qui le liait à La France."),
    ("RETREAT", "La France a levé mercredi une partie des sanctions visant le Mali."),
    ("RETREAT", "La France a rouvert dimanche le point de passage vers le Mali."),
    # nominal, participial and headline constructions
    ("CONSULT", "Reçu jeudi à Paris, le président du Mali a évoqué avec La France la sécurité."),
    ("CONSULT", "La France et le Mali ont échangé vendredi par visioconférence."),
    ("REQUEST", "Appel de La France à un cessez-le-feu immédiat au Mali"),
    ("COOPERATE", "Une opération conjointe de La France et du Mali a visé des passeurs."),
    ("COOPERATE", "Des soldats de La France ont patrouillé aux côtés de l'armée du Mali."),
    # whole verb families
    ("ACCUSE", "La France tient le Mali pour responsable de l'échec des discussions."),
    ("ACCUSE", "La France impute au Mali la rupture du dialogue."),
    ("ACCUSE", "La France met en cause le Mali dans la crise."),
    ("REJECT", "Le Mali a repoussé lundi la proposition de La France."),
    ("REJECT", "Le Mali a décliné mardi l'invitation de La France."),
    ("THREATEN", "La France met en garde le Mali contre toute escalade."),
    ("THREATEN", "Le Mali promet de venger ses soldats tués par La France."),
    ("PROTEST", "Des milliers de Tunisiens ont défilé dimanche contre La France."),
    ("MOBILIZE", "Le Mali a massé des milliers de soldats près de la frontière avec La France."),
    ("MOBILIZE", "La France a placé jeudi son armée en état d'alerte face au Mali."),
    ("MOBILIZE", "La France déploie des soldats au Mali."),
    ("COERCE", "Le Mali a placé un ressortissant de La France en résidence surveillée."),
    ("COERCE", "Le Mali a commencé à expulser des ressortissants de La France."),
    ("ASSAULT", "Les rebelles se sont emparés lundi de la ville de Kidal, au Mali."),
    ("AID", "La France a livré au Mali un système de défense antiaérienne."),
])
def test_french_family_is_coded(stage, expected, text):
    assert expected in types_of(stage, text)


@pytest.mark.parametrize("text", [
    "L'hélicoptère d'attaque Tigre sera retiré du service en 2030.",
    "Les manifestations culturelles du festival ont attiré un public record.",
    "Les protestations sont fréquentes dans le bassin minier, selon le rapport.",
    "La grève est un droit reconnu par la Constitution.",
    "La ministre de la Culture a visité l'exposition consacrée au Mali.",
    "La conférence de presse du ministre de l'Intérieur a été retransmise en direct.",
    "Le président du club a démenti les rumeurs de vente.",
    "Météo-France a placé douze départements en alerte rouge.",
])
def test_french_hard_negative_stays_empty(stage, text):
    assert types_of(stage, text) == []


def test_participle_after_a_noun_is_not_an_accusation(stage):
    text = "Le Mali a expulsé trois diplomates de La France, accusés d'espionnage."
    assert "ACCUSE" not in types_of(stage, text)
    assert "SANCTION" in types_of(stage, text)


def test_a_promise_to_deliver_weapons_is_an_agreement(stage):
    assert "AGREE" in types_of(stage, "La France a promis lundi de livrer de nouveaux systèmes au Mali.")


def test_a_visit_that_did_not_happen_is_negated(stage):
    assert ("CONSULT", True) in coded(stage, "Le président du Mali ne s'est pas rendu lundi en France, a dit La France.")
