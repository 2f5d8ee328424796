from __future__ import annotations

import re

import pytest

from wirewatch.kb import KBFileError, load_kb
from wirewatch.kb.dates import parse_bound

SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "OPP", "SPY", "UAF", "CVL", "BUS",
           "JRN", "LAB", "MED", "REL", "EDU", "REF", "AGR", "CRM", "ELI", "SOC", "PRE", "UNK"}


@pytest.fixture(scope="module")
def kb():
    return load_kb(include_user=False)


def test_every_state_and_territory(kb):
    states = [a for a in kb.actors.values() if a.kind == "GPE"]
    assert len(states) >= 249
    codes = {a.country for a in states}
    assert {"ESH", "PSE", "XKX", "RUS", "MAR", "SSD", "TWN"} <= codes
    for actor in states:
        assert re.fullmatch(r"[A-Z]{3}", actor.country)
        assert actor.names.get("en") and actor.names.get("fr") and actor.names.get("ar"), actor.id


def test_every_actor_has_country_and_sector(kb):
    for actor in kb.actors.values():
        assert actor.country, actor.id
        assert actor.sector in SECTORS, (actor.id, actor.sector)
        if actor.wikidata:
            assert re.fullmatch(r"Q\d+", actor.wikidata)


def test_office_holders_breadth_and_dates(kb):
    people = [a for a in kb.actors.values() if a.kind == "PER"]
    assert len(people) >= 400
    for person in people:
        assert person.names.get("ar"), person.id
        for role in person.roles:
            start, end = parse_bound(role.start), parse_bound(role.end, end=True)
            if role.start:
                assert start is not None, (person.id, role)
            if start and end:
                assert start <= end, (person.id, role)


@pytest.mark.parametrize(("role", "of", "day", "expected"), [
    ("foreign_minister", "RUS", "2024-03-11", "Sergey Lavrov"),
    ("foreign_minister", "USA", "2016-06-01", "John Kerry"),
    ("foreign_minister", "USA", "2019-06-01", "Mike Pompeo"),
    ("foreign_minister", "USA", "2023-06-01", "Antony Blinken"),
    ("head_of_state", "FRA", "2016-06-01", "François Hollande"),
    ("head_of_state", "FRA", "2018-06-01", "Emmanuel Macron"),
    ("head_of_government", "GBR", "2022-09-20", "Liz Truss"),
    ("un_secretary_general", "UN", "2016-06-01", "Ban Ki-moon"),
    ("un_secretary_general", "UN", "2020-06-01", "António Guterres"),
    ("un_envoy", "ESH", "2018-06-01", "Horst Köhler"),
    ("un_envoy", "ESH", "2023-06-01", "Staffan de Mistura"),
    ("head_of_mission", "MINURSO", "2023-06-01", "Alexander Ivanko"),
    ("permanent_representative_un", "MAR", "2020-01-01", "Omar Hilale"),
    ("permanent_representative_un", "RUS", "2016-01-01", "Vitaly Churkin"),
    ("president", "IRN", "2022-01-01", "Ebrahim Raisi"),
    ("head_of_state", "DZA", "2021-01-01", "Abdelmadjid Tebboune"),
])
def test_holder_of_by_date(kb, role, of, day, expected):
    holder = kb.holder_of(role, of, day)
    assert holder is not None and holder.name == expected


def test_holder_of_outside_any_term(kb):
    assert kb.holder_of("un_envoy", "ESH", "2020-01-01") is None
    assert kb.holder_of("no_such_role", "RUS", "2020-01-01") is None


@pytest.mark.parametrize(("word", "lang", "code"), [
    ("russe", "fr", "RUS"), ("russes", "fr", "RUS"), ("الروسي", "ar", "RUS"),
    ("الروسية", "ar", "RUS"), ("Moroccan", "en", "MAR"), ("marocaine", "fr", "MAR"),
    ("المغربي", "ar", "MAR"), ("algériens", "fr", "DZA"), ("Sahrawi", "en", "ESH"),
    ("والجزائرية", "ar", "DZA"),
])
def test_demonyms(kb, word, lang, code):
    assert kb.demonym(word, lang) == code


@pytest.mark.parametrize(("word", "lang", "code"), [
    ("Kremlin", "en", "RUS"), ("the Kremlin", "en", "RUS"), ("Moscou", "fr", "RUS"),
    ("موسكو", "ar", "RUS"), ("بموسكو", "ar", "RUS"), ("l'Élysée", "fr", "FRA"),
    ("البيت الأبيض", "ar", "USA"), ("Downing Street", "en", "GBR"), ("Rabat", "fr", "MAR"),
    ("الرباط", "ar", "MAR"), ("Maison-Blanche", "fr", "USA"), ("El Mouradia", "fr", "DZA"),
])
def test_metonyms(kb, word, lang, code):
    assert kb.metonym(word, lang) == code


def test_demonyms_of_a_language(kb):
    english = set(kb.demonyms("en"))
    assert ("Moroccan", "MAR") in english
    assert not any(word == "marocaine" for word, _ in english)
    assert ("marocaine", "MAR") in set(kb.demonyms("fr"))


def test_non_words_are_not_demonyms(kb):
    assert kb.demonym("minister", "en") is None
    assert kb.metonym("", "en") is None
    assert kb.metonym("بموسكو", "ar", exact=True) is None


def test_iter_names_types(kb):
    names = {(s, t) for s, _, t in kb.iter_names("fr")}
    assert ("Moscou", "LOC") in names and ("Kremlin", "GOV") in names
    assert ("Russie", "GPE") in names and ("russe", "NORP") in names
    assert ("Sergueï Lavrov", "PER") in names and ("ONU", "ORG") in names
    assert not any(s == "موسكو" for s, _ in names)


def test_search_and_codes(kb):
    assert kb.search("Lavrov")[0].name == "Sergey Lavrov"
    assert kb.search("RUS")[0].id == kb.country("RUS").id
    assert kb.country("MA").country == "MAR"
    assert kb.by_code("MINURSO").names["ar"]
    assert kb.government("RUS").kind == "GOV"
    assert kb.search("") == []


def test_load_is_cached():
    kb = load_kb(include_user=False)
    assert kb is load_kb(include_user=False)
    assert len(kb) > 1000


def test_missing_user_file_is_a_clear_error(tmp_path):
    with pytest.raises(KBFileError, match="nope.yaml: no such file"):
        load_kb([tmp_path / "nope.yaml"])


def test_invalid_user_yaml_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: [unclosed\n", encoding="utf-8")
    with pytest.raises(KBFileError, match="bad.yaml: invalid YAML"):
        load_kb([bad])


def test_unknown_suffix_is_a_clear_error(tmp_path):
    bad = tmp_path / "actors.xlsx"
    bad.write_bytes(b"PK")
    with pytest.raises(KBFileError, match="unknown file type"):
        load_kb([bad])


def test_arabic_demonyms_that_transliterate_alike_stay_apart(kb) -> None:
    # transliteration drops ع: العماني and الألماني would share a key
    assert kb.demonym("عماني", "ar") == "OMN"
    assert kb.demonym("العماني", "ar") == "OMN"
    assert kb.demonym("الألمانية", "ar") == "DEU"
    assert kb.demonym("ألماني", "ar") == "DEU"
    assert kb.demonym("والروسية", "ar") == "RUS"
