"""The country of persons the knowledge base does not know is read from the text before the
article's main country: the pope is of the Holy See, a demonym in the title or apposition
("son allié slovaque X", "X, a Burundian opposition leader"), a body the title names ("Hamas
commander X", «القيادي في حركة حماس X»), and an article without a linked state takes its
country from a demonym the fallback list lacks."""

import pytest

from .helpers import events_of, make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


def party_code(stage, doc, name: str) -> str | None:
    for event in events_of(stage, doc):
        for ref in [*event.actor, *event.recipient]:
            if ref.entity_text == name:
                return ref.code
    raise AssertionError(f"{name} is no party of any event")


@pytest.mark.parametrize("text, lang, mentions, name", [
    ("Le pape François a lancé dimanche un appel à la libération des otages retenus en Israël.", "fr",
     [("François", "PER", None, None), ("Israël", "GPE", "ISR", "Israel")], "François"),
    ("Pope Leo urged Israel on Sunday to let food and medicine into Gaza.", "en",
     [("Leo", "PER", None, None), ("Israel", "GPE", "ISR", "Israel")], "Leo"),
])
def test_the_pope_is_of_the_holy_see(stage, text, lang, mentions, name):
    doc = make_doc(text, lang, "2025-06-01", mentions)
    assert party_code(stage, doc, name) == "VAT"


def test_a_demonym_the_fallback_list_lacks_in_the_title(stage):
    text = "Viktor Orbán a pris la défense de son allié slovaque Robert Fico face aux critiques de la Hongrie."
    doc = make_doc(text, "fr", "2024-03-12", [("Viktor Orbán", "PER", "HUN", "Viktor_Orbán"),
                                              ("Robert Fico", "PER", None, None), ("Hongrie", "GPE", "HUN", "Hungary")])
    assert party_code(stage, doc, "Robert Fico") == "SVK"


def test_an_apposition_demonym_before_a_nearby_one(stage):
    text = "Kenyan police arrested Agathon Rwasa, a Burundian opposition leader, in Nairobi on Monday."
    doc = make_doc(text, "en", "2024-03-12", [("Agathon Rwasa", "PER", None, None), ("Nairobi", "GPE", "KEN", "Nairobi")])
    assert party_code(stage, doc, "Agathon Rwasa") == "BDI"


def test_the_body_a_title_names(stage):
    text = "أدانت الحكومة اللبنانية اغتيال القيادي في حركة حماس صالح العاروري في الضاحية الجنوبية لبيروت."
    doc = make_doc(text, "ar", "2024-01-03", [("حركة حماس", "ORG", "PSE", "Hamas"), ("صالح العاروري", "PER", None, None),
                                              ("بيروت", "GPE", "LBN", "Beirut")])
    assert party_code(stage, doc, "صالح العاروري") == "PSE"


def test_an_article_without_a_linked_state_takes_a_demonym_of_the_knowledge_base(stage):
    text = "L'armée birmane a arrêté lundi à l'aube Aung San Suu Kyi et le président Win Myint."
    doc = make_doc(text, "fr", "2021-02-01", [("Aung San Suu Kyi", "PER", None, None), ("Win Myint", "PER", None, None)])
    assert party_code(stage, doc, "Win Myint") == "MMR"


def party_of(stage, doc, role: str) -> list[tuple[str | None, str | None]]:
    return [(ref.entity_text, ref.code) for event in events_of(stage, doc) for ref in getattr(event, role)]


@pytest.mark.parametrize("text, lang, mentions, role, wanted", [
    # a state in the fallback list inside the title
    ("Le Tchad a donné mardi 48 heures à l'ambassadeur d'Allemagne pour quitter son territoire.", "fr",
     [("Tchad", "GPE", "TCD", "Chad"), ("ambassadeur d'Allemagne", "TITLE", None, None)],
     "recipient", ("ambassadeur d'Allemagne", "DEU")),
    # a body named in the title
    ("Hungary summoned the EU envoy on Monday over the remarks.", "en",
     [("Hungary", "GPE", "HUN", "Hungary"), ("EU envoy", "TITLE", None, None)], "recipient", ("EU envoy", "EUR")),
    # the demonym after an Arabic title
    ("هدد مستشار الأمن القومي الإسرائيلي حزب الله بالرد يوم الاثنين.", "ar",
     [("مستشار الأمن القومي", "TITLE", None, None), ("حزب الله", "ORG", "LBN", "Hezbollah")],
     "actor", ("مستشار الأمن القومي", "ISR")),
])
def test_a_title_without_a_country_reads_it_from_its_words(stage, text, lang, mentions, role, wanted):
    doc = make_doc(text, lang, "2024-03-12", mentions)
    assert wanted in party_of(stage, doc, role)
