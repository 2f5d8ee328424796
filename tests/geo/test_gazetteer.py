"""Gazetteer lookup and resolution across scripts, with country context."""

from __future__ import annotations

import pytest

from wirewatch.geo.gazetteer import get_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return get_gazetteer()


@pytest.mark.parametrize(("name", "lang", "geonames_id", "country"), [
    ("Moscow", "en", 524901, "RUS"),
    ("Moscou", "fr", 524901, "RUS"),
    ("موسكو", "ar", 524901, "RUS"),
    ("بموسكو", "ar", 524901, "RUS"),
    ("وبموسكو", "ar", 524901, "RUS"),
    ("Alger", "fr", 2507480, "DZA"),
    ("العاصمة الجزائرية", "ar", 2507480, "DZA"),
    ("سبتة", "ar", 6362987, "ESP"),
    ("Genève", "fr", 2660646, "CHE"),
    ("new york", "en", 5128581, "USA"),
    ("Laâyoune", "fr", 2462881, "ESH"),
    ("العيون", "ar", 2462881, "ESH"),
])
def test_resolve_names_in_three_scripts(gazetteer, name, lang, geonames_id, country):
    place = gazetteer.resolve(name, lang)
    assert place is not None
    assert (place.geonames_id, place.country) == (geonames_id, country)
    assert place.lat is not None and place.lon is not None


def test_countries_in_french_and_arabic(gazetteer):
    assert gazetteer.resolve("la Russie", "fr").country == "RUS"
    assert gazetteer.resolve("روسيا", "ar").country == "RUS"
    assert gazetteer.resolve("Sahara occidental", "fr").country == "ESH"
    assert gazetteer.resolve("الجزائر", "ar").feature == "PCLI"


def test_country_context_disambiguates(gazetteer):
    assert gazetteer.resolve("Tripoli", "en").country == "LBY"  # population prior
    assert gazetteer.resolve("Tripoli", "en", ["LBN"]).country == "LBN"
    assert gazetteer.resolve("Paris", "en").country == "FRA"
    assert gazetteer.resolve("Paris", "en", ["USA"]).country == "USA"
    assert gazetteer.resolve("Paris", "en", ["US"]).feature == "PPL"


def test_lookup_lists_candidates(gazetteer):
    candidates = gazetteer.lookup("Tripoli")
    assert {p.country for p in candidates} >= {"LBY", "LBN"}
    assert candidates[0].country == "LBY"


@pytest.mark.parametrize("name", ["", "   ", "Xqzvbnw", "بيبيبيبي"])
def test_unknown_names(gazetteer, name):
    assert gazetteer.lookup(name) == []
    assert gazetteer.resolve(name) is None


def test_non_string_input_is_not_an_error(gazetteer):
    assert gazetteer.lookup(None) == []  # type: ignore[arg-type]


def test_supplement_aliases_point_to_packaged_cities(gazetteer):
    from wirewatch.geo.gazetteer import _load_yaml

    aliases = _load_yaml("places_supplement.yaml")["aliases"]
    known = {e.geonames_id for e in gazetteer.entries}
    assert set(aliases) <= known
