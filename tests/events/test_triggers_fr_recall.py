"""French word families added from freshly written tuning rounds (idioms, nominal and
participial forms, headline style), and the guards added against their false alarms."""

import pytest

from wirewatch.events.stage import EventStage

from .helpers import code_text

_PARTIES = [("La France", "GPE", "FRA", None), ("le Mali", "GPE", "MLI", None),
            ("Le Mali", "GPE", "MLI", None)]


pytestmark = pytest.mark.usefixtures("own_dates")


def coded(stage: EventStage, text: str) -> list[tuple[str, bool]]:
    return code_text(stage, text, "fr", _PARTIES)


def types_of(stage: EventStage, text: str) -> list[str]:
    return [event_type for event_type, _ in coded(stage, text)]


@pytest.mark.parametrize(("expected", "text"), [
    ("ACCUSE", "La France s'est élevée mardi contre les propos du ministre du Mali."),
    ("ACCUSE", "La France a tiré à boulets rouges sur le Mali."),
    ("ACCUSE", "La France désapprouve la décision du Mali."),
    ("ACCUSE", "La France rend le Mali responsable de l'échec des négociations."),
    ("ACCUSE", "La France fait grief au Mali d'avoir fermé la frontière."),
    ("ACCUSE", "Le Mali a taxé d'« irresponsable » la politique de La France."),
    ("ACCUSE", "Le Mali a protesté avec véhémence contre la visite du ministre de La France."),
    ("ACCUSE", "Pour La France, le scrutin organisé par le Mali n'est qu'une mascarade."),
    ("ACCUSE", "La France juge « absurde » la décision du Mali."),
    ("AGREE", "La France et le Mali ont acté lundi le principe d'une commission mixte."),
    ("AGREE", "La France a avalisé la nomination proposée par le Mali."),
    ("AGREE", "La France et le Mali ont trouvé jeudi à Paris un terrain d'accord."),
    ("AGREE", "La France et le Mali ont conclu mercredi, après des mois de discussions, un accord de défense."),
    ("AID", "La France a mis sur la table 20 millions d'euros pour le Mali."),
    ("AID", "La France a fait parvenir des médicaments et des tentes au Mali."),
    ("AID", "La France a dépêché des secouristes au Mali après les inondations."),
    ("CONCEDE", "La France a demandé pardon au Mali pour les exactions de l'époque coloniale."),
    ("CONCEDE", "Face au Mali, La France a revu sa copie."),
    ("CONCEDE", "La France a enterré son projet de réforme après les critiques du Mali."),
    ("CONCEDE", "La France a levé son veto à l'adhésion du Mali."),
    ("RETREAT", "Le président du Mali a jeté l'éponge dimanche."),
    ("RETREAT", "La France a ordonné le repli de ses troupes du Mali."),
    ("RETREAT", "Les derniers soldats de La France ont plié bagage au Mali."),
    ("RETREAT", "Le Mali a ordonné la mise en liberté de deux ressortissants de La France."),
    ("SANCTION", "Le Mali a été frappé de sanctions par La France."),
    ("SANCTION", "Le Mali a donné 72 heures à l'ambassadeur de La France pour quitter le pays."),
    ("SANCTION", "La France a placé jeudi sous sanctions trois ministres du Mali."),
    ("SANCTION", "Le Mali a gelé le traité de coopération qui le liait à La France."),
    ("SUPPORT", "La France a pris fait et cause pour le Mali."),
    ("SUPPORT", "La France a fait l'éloge des efforts du Mali."),
    ("SUPPORT", "La France s'est dite solidaire du Mali."),
    ("SUPPORT", "La France apporte sa caution au plan de paix du Mali."),
    ("COOPERATE", "En collaboration avec la police du Mali, La France a démantelé un réseau de passeurs."),
    ("COOPERATE", "La France et le Mali ont mutualisé leurs moyens contre les trafiquants."),
    ("REJECT", "Le Mali a fait la sourde oreille aux demandes de La France."),
    ("REJECT", "Le Mali a écarté d'un revers de main la proposition de La France."),
    ("THREATEN", "La France se réserve le droit de riposter contre le Mali."),
    ("PROTEST", "Des milliers de Maliens se sont massés devant l'ambassade de La France."),
    ("MOBILIZE", "Le Mali a mis son armée sur le pied de guerre face à La France."),
    ("CONSULT", "La France et le Mali ont eu lundi un échange téléphonique."),
    ("RETREAT", "Le ministre des Finances du Mali a claqué la porte du gouvernement lundi."),
    ("AGREE", "La France a ouvert la voie à la livraison de blindés au Mali."),
    ("CONCEDE", "La France s'est pliée à l'injonction du Mali."),
    ("ASSAULT", "Une pluie de roquettes s'est abattue sur le Mali."),
])
def test_french_family_is_coded(stage, expected, text):
    assert expected in types_of(stage, text)


def test_a_reduction_promised_is_a_concession(stage):
    types = types_of(stage, "La France a promis de réduire son activité militaire au Mali.")
    assert "CONCEDE" in types


@pytest.mark.parametrize("text", [
    "Le nouvel entraîneur attaque la saison avec un effectif réduit.",
    "Le match a été marqué par une attaque parisienne très offensive.",
    "La libération de Paris sera commémorée le 25 août.",
    "Les manifestations de soutien aux équipes nationales se multiplient.",
    "Le retrait du permis de conduire a concerné 200 000 automobilistes.",
])
def test_french_hard_negative_stays_empty(stage, text):
    assert types_of(stage, text) == []


def test_an_arrest_warrant_executed_is_not_a_new_accusation(stage):
    text = "La France a remis au Mali un suspect, en exécution d'un mandat d'arrêt international."
    assert "ACCUSE" not in types_of(stage, text)


def test_a_charge_named_in_quotes_is_not_a_request(stage):
    text = "Un tribunal du Mali a prononcé la relaxe des militants poursuivis pour « appel à la grève »."
    types = types_of(stage, text)
    assert "REQUEST" not in types
    assert "RETREAT" in types


def test_a_conviction_for_a_crime_is_a_sanction_not_an_accusation(stage):
    types = types_of(stage, "Un ancien ministre du Mali a été condamné pour corruption par La France.")
    assert "SANCTION" in types
    assert "ACCUSE" not in types


def test_a_sanction_not_taken_is_negated(stage):
    assert ("SANCTION", True) in coded(stage, "La France ne suspendra pas ses livraisons d'armes au Mali.")
