"""Place names the supplement adds: Arabic names of cities, namesakes decided by the name
news uses, islands and regions, and Arabic clitics on common words."""

from __future__ import annotations

import pytest

from wirewatch.geo.finder import PlaceFinder
from wirewatch.geo.gazetteer import get_gazetteer


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(get_gazetteer())


def _found(finder: PlaceFinder, text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.entry.name, f.entry.country2) for f in finder.find(text)]


@pytest.mark.parametrize("text, expected", [
    ("وصلت القوات إلى كابول ليلا", ("كابول", "Kabul", "AF")),
    ("وقع الهجوم في نيس صباحا", ("نيس", "Nice", "FR")),
    ("رست السفن في ميناء بنزرت", ("بنزرت", "Bizerte", "TN")),
    ("أغلق المحتجون الطريق قرب قابس", ("قابس", "Gabès", "TN")),
    ("اجتمع الوزراء في لاهاي", ("لاهاي", "The Hague", "NL")),
])
def test_arabic_names_of_cities(finder, text, expected):
    assert expected in _found(finder, text)


@pytest.mark.parametrize("text, expected", [
    ("The two leaders met in Valencia on Friday.", ("Valencia", "Valencia", "ES")),
    ("The two leaders met in Bali on Monday.", ("Bali", "Bali", "ID")),
    ("Coastguards stopped a boat off Crete.", ("Crete", "Crete", "GR")),
    ("Troops pulled back in eastern Ladakh.", ("Ladakh", "Ladakh", "IN")),
    ("Voters in Nouméa went to the polls.", ("Nouméa", "Nouméa", "NC")),
    ("The talks were held at Camp David.", ("Camp David", "Camp David", "US")),
])
def test_places_news_names(finder, text, expected):
    assert expected in _found(finder, text)


def test_supplement_name_outranks_a_larger_namesake_only_for_its_own_names():
    gazetteer = get_gazetteer()
    assert gazetteer.resolve("Valencia").country == "ESP"
    assert gazetteer.resolve("فالنسيا").country == "ESP"
    # Amman has "Philadelphia" among GeoNames' alternates only: no bonus for it
    assert gazetteer.resolve("Philadelphia").country == "USA"


@pytest.mark.parametrize("text", [
    "وقع الانفجار بمدينة ساحلية صغيرة",
    "أطلق النار في مسجد بمدينة نائية",
    "وبالمدينة القديمة أسواق",
])
def test_city_with_a_clitic_is_not_medina(finder, text):
    assert [found for found in _found(finder, text) if found[1] == "Madinah"] == []


def test_place_after_the_word_city_with_a_clitic(finder):
    found = _found(finder, "قتل مسلح عشرات المصلين بمدينة كرايستشرش")
    assert ("كرايستشرش", "Christchurch", "NZ") in found
    assert all(name != "Madinah" for _, name, _ in found)
