"""A city standing for the organisation seated there ("Bruxelles a sanctionné": the EU), and
collective names of a body's members ("les Vingt-Sept")."""
import pytest

from tests.linking.test_link import make_doc
from wirewatch.kb import load_kb
from wirewatch.linking.link import link_mentions


@pytest.fixture(scope="module")
def kb():
    return load_kb(include_user=False)


@pytest.mark.parametrize("text, lang, name", [
    ("Bruxelles a sanctionné trois entreprises.", "fr", "Bruxelles"),
    ("Brussels imposed new tariffs on Monday.", "en", "Brussels"),
    ("فرضت بروكسل عقوبات جديدة.", "ar", "بروكسل"),
])
def test_acting_seat_is_the_organisation(kb, text, lang, name):
    doc = make_doc(text, lang, "2024-03-12", [(name, "ORG" if lang == "fr" else "GPE")])
    link_mentions(doc, kb)
    mention = doc.mentions[0]
    assert mention.actor_name == "European Union" and mention.is_metonym
    assert mention.country == "EUR"


@pytest.mark.parametrize("text, lang, name", [
    ("Les ministres se sont réunis à Bruxelles.", "fr", "Bruxelles"),
    ("NATO ministers met in Brussels.", "en", "Brussels"),
    ("اجتمع الوزراء في بروكسل.", "ar", "بروكسل"),
])
def test_seat_after_a_locative_stays_a_place_of_its_state(kb, text, lang, name):
    doc = make_doc(text, lang, "2024-03-12", [(name, "ORG")])
    link_mentions(doc, kb)
    mention = doc.mentions[0]
    assert mention.actor_id is None and not mention.is_metonym
    assert mention.country == "BEL" and mention.type == "LOC"


@pytest.mark.parametrize("text, lang, name", [
    ("Les Vingt-Sept ont adopté un nouveau paquet de sanctions.", "fr", "Vingt-Sept"),
    ("The EU27 agreed on a new package.", "en", "EU27"),
])
def test_members_by_number_are_the_union(kb, text, lang, name):
    doc = make_doc(text, lang, "2024-03-12", [(name, "ORG")])
    link_mentions(doc, kb)
    assert doc.mentions[0].actor_name == "European Union"


def test_seat_lookup(kb):
    assert kb.seated_organisation("Bruxelles", "fr").name == "European Union"
    assert kb.seated_organisation("Paris", "fr") is None
    assert kb.metonym("Bruxelles", "fr") == "BEL"  # the city is still Belgium's capital
