from __future__ import annotations

import pytest

from wirewatch.kb import load_kb
from wirewatch.linking.link import link_mentions
from wirewatch.linking.unknown import UnknownNameRegistry, unknown_id
from wirewatch.records import Article, Document, Mention


@pytest.fixture(scope="module")
def kb():
    return load_kb(include_user=False)


def make_doc(text: str, lang: str, date: str | None, spans: list[tuple]) -> Document:
    doc = Document(Article(id="t", text=text, lang=lang, pub_date=date))
    cursor = 0
    for surface, kind, *role in spans:
        start = text.index(surface, cursor)
        cursor = start + 1
        doc.mentions.append(Mention(start, start + len(surface), surface, kind,
                                    role=role[0] if role else None))
    return doc


def by_text(doc: Document) -> dict[str, Mention]:
    return {m.text: m for m in doc.mentions}


def test_english_report(kb):
    doc = make_doc(
        "Alexander Ivanko, head of MINURSO, held talks in Moscow with Deputy Foreign Minister "
        "Sergei Vershinin. Ivanko said Moscow backs the mission.", "en", "2024-03-12",
        [("Alexander Ivanko", "PER"), ("MINURSO", "ORG"), ("Moscow", "LOC"),
         ("Sergei Vershinin", "PER", "Deputy Foreign Minister"), ("Ivanko", "PER"), ("Moscow", "LOC")])
    link_mentions(doc, kb)
    m = doc.mentions
    assert m[0].actor_name == "Alexander Ivanko" and m[0].country == "IGO" and m[0].sector == "GOV"
    assert m[1].actor_id == kb.by_code("MINURSO").id
    assert m[2].actor_id is None and m[2].country == "RUS" and not m[2].is_metonym  # in Moscow
    assert m[3].actor_name == "Sergey Vershinin" and m[3].country == "RUS"
    assert m[4].actor_id == m[0].actor_id and "short-form" in m[4].rule
    assert m[5].is_metonym and m[5].actor_id == "gov:RUS" and m[5].sector == "GOV"
    assert not doc.errors


def test_french_report_title_and_metonym(kb):
    doc = make_doc(
        "Staffan de Mistura a rencontré à Moscou le chef de la diplomatie russe. "
        "Moscou n'a pas condamné. De Mistura a remercié le Kremlin.", "fr", "2024-03-12",
        [("Staffan de Mistura", "PER"), ("Moscou", "LOC"), ("le chef de la diplomatie russe", "TITLE"),
         ("Moscou", "LOC"), ("De Mistura", "PER"), ("le Kremlin", "ORG")])
    link_mentions(doc, kb)
    m = doc.mentions
    assert m[0].actor_name == "Staffan de Mistura"
    assert not m[1].is_metonym and m[1].country == "RUS"
    assert m[2].actor_name == "Sergey Lavrov" and m[2].country == "RUS"
    assert m[3].is_metonym and m[3].actor_id == "gov:RUS"
    assert m[4].actor_id == m[0].actor_id
    assert m[5].is_metonym and m[5].actor_id == "gov:RUS"


def test_arabic_post(kb):
    doc = make_doc("التقى نائب وزير الخارجية سيرغي فيرشينين بموسكو المبعوث الشخصي دي ميستورا، وقالت موسكو",
                   "ar", "2024-03-12",
                   [("سيرغي فيرشينين", "PER", "نائب وزير الخارجية"), ("بموسكو", "LOC"),
                    ("دي ميستورا", "PER"), ("موسكو", "LOC")])
    link_mentions(doc, kb)
    m = doc.mentions
    assert m[0].actor_name == "Sergey Vershinin"
    assert not m[1].is_metonym and m[1].country == "RUS"
    assert m[2].actor_name == "Staffan de Mistura"
    assert m[3].is_metonym and m[3].actor_id == "gov:RUS"


@pytest.mark.parametrize(("title", "lang", "date", "expected"), [
    ("the Russian foreign minister", "en", "2024-06-01", "Sergey Lavrov"),
    ("the US secretary of state", "en", "2016-06-01", "John Kerry"),
    ("the US secretary of state", "en", "2023-06-01", "Antony Blinken"),
    ("le chef de la diplomatie américaine", "fr", "2019-06-01", "Mike Pompeo"),
    ("le président français", "fr", "2016-06-01", "François Hollande"),
    ("وزير الخارجية الروسي", "ar", "2024-06-01", "Sergey Lavrov"),
    ("وزير الخارجية المغربي", "ar", "2020-06-01", "Nasser Bourita"),
    ("the UN Secretary-General", "en", "2015-06-01", "Ban Ki-moon"),
    ("le Premier ministre britannique", "fr", "2023-06-01", "Rishi Sunak"),
])
def test_title_without_name_is_the_office_holder(kb, title, lang, date, expected):
    doc = make_doc(title, lang, date, [(title, "TITLE")])
    link_mentions(doc, kb)
    assert doc.mentions[0].actor_name == expected


def test_ambiguous_deputy_title_keeps_only_country(kb):
    doc = make_doc("the Russian deputy foreign minister", "en", "2024-03-12",
                   [("the Russian deputy foreign minister", "TITLE")])
    link_mentions(doc, kb)
    assert doc.mentions[0].actor_id is None and doc.mentions[0].country == "RUS"


def test_unknown_person_gets_country_from_title_and_merges_across_scripts(kb):
    registry = UnknownNameRegistry()
    en = make_doc("the Algerian ambassador to the UN, Karim Zeroual, said. Zeroual added.", "en",
                  "2024-03-12", [("Karim Zeroual", "PER"), ("Zeroual", "PER")])
    ar = make_doc("قال كريم زروال", "ar", "2024-03-13", [("كريم زروال", "PER")])
    fr = make_doc("Karim Zerouel a déclaré", "fr", "2024-03-14", [("Karim Zerouel", "PER")])
    for doc in (en, ar, fr):
        link_mentions(doc, kb, registry=registry)
    first = en.mentions[0]
    assert first.actor_id.startswith("new:") and first.country == "DZA" and first.sector == "GOV"
    assert en.mentions[1].actor_id == first.actor_id
    assert ar.mentions[0].actor_id == first.actor_id and ar.mentions[0].country == "DZA"
    assert fr.mentions[0].actor_id == first.actor_id
    restored = UnknownNameRegistry.from_dict(registry.to_dict())
    assert restored.find("كريم زروال", "ar") == first.actor_id
    assert restored.get(first.actor_id).country == "DZA"


def test_unknown_ids_are_stable_without_registry(kb):
    doc = make_doc("Youssef El Amrani", "fr", None, [("Youssef El Amrani", "PER")])
    link_mentions(doc, kb)
    assert doc.mentions[0].actor_id == unknown_id("يوسف العمراني", "ar")


@pytest.mark.parametrize(("text", "lang", "kind", "actor", "country", "sector"), [
    ("Algerian authorities", "en", "GPE", "gov:DZA", "DZA", "GOV"),
    ("les autorités russes", "fr", "ORG", "gov:RUS", "RUS", "GOV"),
    ("الحكومة المغربية", "ar", "ORG", "gov:MAR", "MAR", "GOV"),
    ("the Algerian army", "en", "ORG", "new:", "DZA", "MIL"),
    ("Algerian waters", "en", "LOC", None, "DZA", None),
])
def test_groups_named_by_demonym(kb, text, lang, kind, actor, country, sector):
    doc = make_doc(text, lang, "2024-03-12", [(text, kind)])
    link_mentions(doc, kb)
    mention = doc.mentions[0]
    if actor is None:
        assert mention.actor_id is None
    else:
        assert (mention.actor_id or "").startswith(actor)
    assert mention.country == country and mention.sector == sector


def test_capital_of_a_state_with_the_same_name(kb):
    doc = make_doc("الجزائر ترفض", "ar", "2024-03-12", [("الجزائر", "GPE")])
    link_mentions(doc, kb)
    assert doc.mentions[0].actor_id == kb.country("DZA").id


def test_common_given_name_alone_is_not_linked(kb):
    doc = make_doc("Ali said", "en", "2024-03-12", [("Ali", "PER")])
    link_mentions(doc, kb)
    assert doc.mentions[0].actor_id.startswith("new:")


@pytest.mark.parametrize(("surface", "lang", "expected"), [
    ("S. Lavrov", "en", "Sergey Lavrov"),
    ("Vladimir Vladimirovitch Poutine", "fr", "Vladimir Putin"),
    ("Mohammed 6", "fr", "Mohammed VI"),
    ("President Mohamed Bazoum", "en", "Mohamed Bazoum"),
])
def test_initials_middle_names_honorifics(kb, surface, lang, expected):
    doc = make_doc(surface, lang, "2022-06-01", [(surface, "PER")])
    link_mentions(doc, kb)
    assert doc.mentions[0].actor_name == expected


def test_similar_unknown_names_are_not_forced_onto_kb_people(kb):
    for surface in ("J. Smith", "Alexander Ivanov", "Mohamed Salem Ould Boukhari"):
        doc = make_doc(surface, "en", "2024-03-12", [(surface, "PER")])
        link_mentions(doc, kb)
        assert doc.mentions[0].actor_id.startswith("new:"), (surface, doc.mentions[0].actor_name)


def test_bad_mentions_do_not_crash(kb):
    doc = Document(Article(id="b", text="abc", lang="en", pub_date="not a date"))
    doc.mentions = [Mention(0, 3, "", "PER"), Mention(5, 90, "Nobody Known Here", "PER"),
                    Mention(0, 3, "???", "LOC"), Mention(0, 3, "x", "TITLE", role="")]
    link_mentions(doc, kb)
    assert doc.mentions[1].actor_id.startswith("new:")
    assert doc.mentions[2].actor_id is None


@pytest.mark.parametrize(("text", "lang", "name", "country"), [
    ("In Algeria, the Moroccan ambassador to the UN, Karim Zeroual, spoke.", "en", "Karim Zeroual", "MAR"),
    ("Le ministre russe des Affaires étrangères Sergueï Lavrov a reçu Karim Zeroual.", "fr",
     "Karim Zeroual", None),
    ("استقبل وزير الخارجية الروسي سيرغي لافروف كريم زروال", "ar", "كريم زروال", None),
    ("قال السفير الجزائري لدى الأمم المتحدة كريم زروال", "ar", "كريم زروال", "DZA"),
])
def test_title_in_context_belongs_to_the_next_name_only(kb, text, lang, name, country):
    doc = make_doc(text, lang, "2024-03-12", [(name, "PER")])
    link_mentions(doc, kb)
    assert doc.mentions[0].actor_id.startswith("new:")
    assert doc.mentions[0].country == country
