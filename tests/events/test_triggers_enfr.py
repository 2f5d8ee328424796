"""English and French trigger coverage: verb families, nominal and passive triggers, conventions."""

import pytest

from wirewatch.events.rules import apply_conventions

from .helpers import make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


def coded(stage, text, lang, mentions):
    events = stage([make_doc(text, lang, "2024-05-10", mentions)])[0].events
    return [(e.event_type, e.negated) for e in events], events


def test_verbal_reaction_followed_by_a_threat_keeps_the_threat(stage):
    types, _ = coded(stage, "Moscow called the plan theft and threatened a painful response.", "en",
                     [("Moscow", "LOC", "RUS", None)])
    assert types == [("ACCUSE", False), ("THREATEN", False)]


def test_host_with_possessive_name_is_a_visit_with_the_guest_as_actor(stage):
    _, events = coded(stage, "President Tinubu received Ghana's John Mahama in Abuja on Friday.", "en",
                      [("Tinubu", "PER", "NGA", "Bola_Tinubu"), ("John Mahama", "PER", "GHA", "John_Mahama"),
                       ("Abuja", "LOC", None, None)])
    assert [(e.event_type, e.mode) for e in events] == [("CONSULT", "visit")]
    assert [a.code for a in events[0].actor] == ["GHA"]
    assert [r.entity_text for r in events[0].recipient] == ["Tinubu"]


def test_suspension_from_a_body_makes_the_body_the_actor(stage):
    _, events = coded(stage, "Niger was suspended from the African Union on Tuesday.", "en",
                      [("Niger", "GPE", "NER", None), ("African Union", "ORG", "IGO", "African_Union")])
    assert [e.event_type for e in events] == ["SANCTION"]
    assert [a.code for a in events[0].actor] == ["IGO"]
    assert [r.code for r in events[0].recipient] == ["NER"]


def test_negated_future_meeting_stays_a_consult(stage):
    types, events = coded(stage, "President Ruto will not attend the summit in Addis Ababa.", "en",
                          [("Ruto", "PER", "KEN", "William_Ruto"), ("Addis Ababa", "LOC", None, None)])
    assert types == [("CONSULT", True)]
    assert events[0].aux == "future"


def test_offer_to_host_talks_is_an_agreement(stage):
    types, _ = coded(stage, "Oman said it was ready to host talks between Tehran and Washington.", "en",
                     [("Oman", "GPE", "OMN", None), ("Tehran", "LOC", "IRN", None), ("Washington", "LOC", "USA", None)])
    assert ("AGREE", False) in types and all(t != "CONSULT" for t, _ in types)


def test_possible_sanctions_are_a_threat(stage):
    types, _ = coded(stage, "L'Union européenne pourrait imposer de nouvelles sanctions à la Biélorussie.", "fr",
                     [("Union européenne", "ORG", "EUR", "European_Union"), ("Biélorussie", "GPE", "BLR", None)])
    assert types == [("THREATEN", False)]


def test_called_off_strikes_are_negated(stage):
    types, _ = coded(stage, "Washington called off air strikes on three radar sites.", "en",
                     [("Washington", "LOC", "USA", None)])
    assert types == [("ASSAULT", True)]


def test_french_negation_reaches_only_the_verb_it_governs(stage):
    types, _ = coded(stage, "Le ministre a assuré que la police n'avait pas fait usage de balles réelles lors des manifestations de mardi.",
                     "fr", [])
    assert ("ASSAULT", True) in types
    assert ("PROTEST", False) in types


def test_french_passive_release_is_negated_with_the_person_as_recipient(stage):
    types, events = coded(stage, "L'opposant Ousmane Diallo n'a pas été libéré, a indiqué son avocat.", "fr",
                          [("Ousmane Diallo", "PER", "SEN", None)])
    assert types == [("RETREAT", True)]
    assert [r.entity_text for r in events[0].recipient] == ["Ousmane Diallo"]


def test_recalled_ambassadors_take_the_host_country_as_recipient(stage):
    _, events = coded(stage, "La Bolivie a rappelé ses ambassadeurs en Israël lundi.", "fr",
                      [("Bolivie", "GPE", "BOL", None), ("Israël", "GPE", "ISR", None)])
    assert [(e.event_type, e.mode) for e in events] == [("SANCTION", "withdraw")]
    assert [r.code for r in events[0].recipient] == ["ISR"]


@pytest.mark.parametrize(("text", "lang", "mentions", "expected"), [
    ("The Kremlin dismissed the summit as a publicity stunt.", "en", [("Kremlin", "ORG", "RUS", None)], "ACCUSE"),
    ("Rabat dismissed the accusations as baseless.", "en", [("Rabat", "LOC", "MAR", None)], "REJECT"),
    ("Pakistan expelled dozens of Afghan migrants on Monday.", "en", [("Pakistan", "GPE", "PAK", None)], "COERCE"),
    ("Riot police dispersed the protesters in Nairobi.", "en", [("Nairobi", "LOC", "KEN", None)], "COERCE"),
    ("The IMF approved a 3 billion dollar loan for Egypt.", "en", [("IMF", "ORG", "IGO", None), ("Egypt", "GPE", "EGY", None)], "AID"),
    ("Rebel fighters began handing over their weapons to the army.", "en", [], "RETREAT"),
    ("Le Mali a rompu ses liens avec l'Ukraine.", "fr", [("Mali", "GPE", "MLI", None), ("Ukraine", "GPE", "UKR", None)], "SANCTION"),
    ("La police a encerclé le campus dimanche.", "fr", [], "MOBILIZE"),
    ("Le gouvernement a baissé les prix du carburant mardi.", "fr", [], "CONCEDE"),
    ("Le Maroc a fait don de 40 tonnes de vivres au Liban.", "fr", [("Maroc", "GPE", "MAR", None), ("Liban", "GPE", "LBN", None)], "AID"),
])
def test_new_verb_families(stage, text, lang, mentions, expected):
    types, _ = coded(stage, text, lang, mentions)
    assert expected in [t for t, _ in types]


@pytest.mark.parametrize(("text", "lang"), [
    ("A study finds that social media have become the main arena of political debate.", "en"),
    ("The minister demonstrated his commitment to reform in a long speech.", "en"),
    ("Riot police officers patrolled the centre of the capital.", "en"),
    ("Le ministre a manifesté son intérêt pour le projet.", "fr"),
    ("The army is replacing its attack helicopter fleet.", "en"),
    ("Protests are common in the capital during the summer.", "en"),
    ("L'accusé a comparu lundi devant le tribunal.", "fr"),
])
def test_no_event_in_lookalikes(stage, text, lang):
    types, _ = coded(stage, text, lang, [])
    assert types == []


def test_conditional_coercion_is_a_threat_and_future_aid_an_agreement():
    assert apply_conventions("COERCE", "withhold", "hypothetical", "couper")[0] == "THREATEN"
    assert apply_conventions("AID", None, "future", "send") == ("AGREE", None, None)
    assert apply_conventions("CONSULT", None, "future", "attend", negated=True) == ("CONSULT", None, "future")
    assert apply_conventions("MOBILIZE", "troops", "future", "send troops to")[0] == "AGREE"
    assert apply_conventions("MOBILIZE", "troops", "future", "military drills") == ("MOBILIZE", "troops", "future")


def test_raids_of_an_arrest_and_a_later_toll_are_not_new_attacks(stage):
    types, _ = coded(stage, "Police detained 25 people in early-morning raids across the country on Wednesday.", "en",
                     [])
    assert types == [("COERCE", False)]
    text = ("Fighting between the army and rebel forces raged in Goma on Monday. "
            "Officials said at least 40 people had been killed since Saturday.")
    types, _ = coded(stage, text, "en", [("Goma", "LOC", "COD", None)])
    assert [t for t, _ in types] == ["ASSAULT"]


def test_protesters_storming_a_building_is_the_protest(stage):
    types, _ = coded(stage, "Protesters stormed the parliament building in Colombo on Saturday.", "en",
                     [("Colombo", "LOC", "LKA", None)])
    assert [t for t, _ in types] == ["PROTEST"]
