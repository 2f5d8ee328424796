"""French word families for events told in ordinary news wording (light verbs, nouns with
the attacker's demonym, verbs with the recipient as subject), and the guards that keep
their everyday senses out."""

import pytest

from wirewatch.events.stage import EventStage

from .helpers import code_text

_PARTIES = [("La France", "GPE", "FRA", None), ("le Mali", "GPE", "MLI", None),
            ("Le Mali", "GPE", "MLI", None), ("du Mali", "GPE", "MLI", None)]


pytestmark = pytest.mark.usefixtures("own_dates")


def coded(stage: EventStage, text: str) -> list[tuple[str, bool]]:
    return code_text(stage, text, "fr", _PARTIES)


def types_of(stage: EventStage, text: str) -> list[str]:
    return [event_type for event_type, _ in coded(stage, text)]


@pytest.mark.parametrize(("expected", "text"), [
    # attacks: strike and raid nouns with the attacker's demonym, subjects of hit verbs
    ("ASSAULT", "Une vague de frappes russes a touché un hôpital du Mali."),
    ("ASSAULT", "Des raids israéliens ont visé la banlieue sud dans la nuit, selon le Mali."),
    ("ASSAULT", "Un missile a touché mardi un immeuble d'habitation, a indiqué le Mali."),
    ("ASSAULT", "Deux motos piégées ont explosé vendredi près d'un marché du Mali."),
    # riots: clashes between young people or protesters and the police
    ("PROTEST", "Des affrontements ont opposé toute la nuit des jeunes aux forces de l'ordre au Mali."),
    ("PROTEST", "Des heurts ont éclaté entre policiers et manifestants dans la capitale du Mali."),
    ("PROTEST", "Le ministre du Mali a été hué par des habitants en colère."),
    # protests that block places
    ("PROTEST", "Des agriculteurs du Mali bloquent depuis lundi les points de passage avec La France."),
    # concessions to the street, to unions, to pressure
    ("CONCEDE", "Le Mali a fini par céder aux syndicats sur la réforme."),
    ("CONCEDE", "Le gouvernement du Mali a cédé devant la colère des agriculteurs."),
    ("CONCEDE", "La France a fait amende honorable pour les exactions commises au Mali."),
    ("CONCEDE", "Sous la pression, le Mali a consenti à retirer son projet de loi."),
    # withdrawals of a camp or a siege
    ("RETREAT", "Les militants du Mali ont levé le camp lundi soir."),
    # rejections: a text blocked, an offer declined, a flat no
    ("REJECT", "Le Mali a bloqué jeudi soir l'enveloppe promise par La France."),
    ("REJECT", "Le Mali a décliné l'offre de médiation de La France."),
    ("REJECT", "Le Mali a opposé un non catégorique à la demande d'extradition de La France."),
    ("REJECT", "Le Mali a décommandé la visite du ministre de La France."),
    # censorship of a broadcaster
    ("COERCE", "Le Mali a suspendu pour une durée indéterminée la diffusion d'une chaîne de La France."),
    # seizure of companies
    ("COERCE", "Le Mali a placé sous administration temporaire les filiales d'un groupe de La France."),
    # criticism as a noun
    ("ACCUSE", "La France a formulé de vives critiques envers le Mali."),
    # aid told from the recipient's side
    ("AID", "Le Mali a obtenu vendredi un prêt de 300 millions de dollars de La France."),
    ("AID", "La France a acheminé mercredi vers la frontière une vingtaine de camions de vivres pour le Mali."),
    ("AID", "La France a cédé au Mali l'ensemble de son artillerie."),
    # talks: resumed verb-first, a brief exchange, landing for talks
    ("CONSULT", "La France et le Mali ont repris jeudi leurs discussions indirectes."),
    ("CONSULT", "Le président du Mali et La France ont eu un bref échange en marge du sommet."),
    ("CONSULT", "Le ministre du Mali a atterri mardi à Paris pour deux jours d'entretiens avec La France."),
    ("CONSULT", "Le président du Mali est arrivé mardi à Paris, où il doit rencontrer La France."),
    # cooperation: a wanted person handed over
    ("COOPERATE", "La France a remis lundi au Mali un ancien ministre recherché pour détournement de fonds."),
    # troops or instructors received are aid to the host
    ("AID", "Le Mali a accueilli lundi un nouveau contingent d'instructeurs militaires de La France."),
    # support: standing by a party, in every person
    ("SUPPORT", "« Nous restons aux côtés du Mali », a assuré La France."),
    # requests: pleading with a party, a resolution demanding, asking for a lifting
    ("REQUEST", "Le Mali a plaidé jeudi auprès de La France pour un accord rapide."),
    ("REQUEST", "Le Mali a sollicité auprès de La France la levée des restrictions de visas."),
    ("REQUEST", "La France a fait voter une résolution exigeant le retrait des troupes du Mali."),
    # cooperation: an arrest at a foreign justice's request
    ("COOPERATE", "La police du Mali a arrêté à la demande de la justice française un suspect."),
    # a planned joint exercise is an agreement
    ("AGREE", "La France et le Mali organiseront en septembre des manœuvres communes."),
    # a sanction: ending an agreement
    ("SANCTION", "Le Mali a mis fin à l'accord de défense qui le liait à La France."),
])
def test_french_family_is_coded(stage, expected, text):
    assert expected in types_of(stage, text)


def test_a_flat_no_to_an_extradition_request_is_no_cooperation(stage):
    types = types_of(stage, "Le Mali a opposé un non catégorique à la demande d'extradition de La France.")
    assert "COOPERATE" not in types


def test_the_release_demanded_is_the_content_of_the_request(stage):
    types = types_of(stage, "Le Mali a sollicité auprès de La France la levée des restrictions de visas.")
    assert "RETREAT" not in types


def test_a_refused_plan_is_not_an_expulsion(stage):
    assert ("CONCEDE", True) in coded(
        stage, "La France ne reviendra pas sur son plan d'expulsion de migrants vers le Mali.")
    assert "COERCE" not in types_of(
        stage, "La France ne reviendra pas sur son plan d'expulsion de migrants vers le Mali.")


def test_the_charge_of_spreading_false_news_is_not_a_second_coercion(stage):
    text = "Une opposante du Mali a été écrouée, accusée d'avoir diffusé de fausses informations."
    assert types_of(stage, text).count("COERCE") == 1


def test_a_criticism_refrained_from_is_negated(stage):
    assert ("ACCUSE", True) in coded(stage, "La France s'est gardée de toute critique envers le Mali.")


@pytest.mark.parametrize(("absent", "text"), [
    ("CONSULT", "Le Salon de l'agriculture a reçu la visite de plus de 600 000 personnes."),
    ("ASSAULT", "Le Mali a rappelé 3 000 réservistes en prévision d'une offensive terrestre."),
    ("ASSAULT", "Un homme du Mali soupçonné d'avoir préparé un attentat a été arrêté par La France."),
    ("ASSAULT", "La France a sanctionné trois colons accusés de violences contre des habitants du Mali."),
    ("CONSULT", "Un avion chargé de vivres envoyé par La France a atterri dimanche au Mali."),
    ("CONSULT", "Une cargaison de matériel médical offerte par La France est arrivée lundi au Mali."),
    ("CONCEDE", "La Bourse de Paris a cédé 2 % lundi, plombée par le repli des valeurs technologiques."),
])
def test_french_everyday_sense_is_not_that_event(stage, absent, text):
    assert absent not in types_of(stage, text)
