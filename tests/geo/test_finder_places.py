"""Place finding at the start of a text, short Arabic names and supplement places."""

from __future__ import annotations

import pytest

from wirewatch.geo.finder import PlaceFinder
from wirewatch.geo.gazetteer import get_gazetteer


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(get_gazetteer())


def _found(finder: PlaceFinder, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.entry.country2) for f in finder.find(text)]


@pytest.mark.parametrize("text, expected", [
    ("In Rabat, the minister said.", [("Rabat", "MA")]),
    ("À Gaza, des frappes ont eu lieu.", [("Gaza", "PS")]),
    ("Talks ended. In Rabat, the king spoke.", [("Rabat", "MA")]),
])
def test_place_opening_the_text(finder, text, expected):
    assert _found(finder, text) == expected


def test_name_part_is_still_not_a_place(finder):
    assert _found(finder, "He met Vladimir Putin on Monday.") == []
    assert _found(finder, "Paris Saint-Germain won.") == []


def test_short_arabic_name_of_the_supplement(finder):
    assert _found(finder, "قصف في غزة أمس") == [("غزة", "PS")]


@pytest.mark.parametrize("text, name", [
    ("Iran seized a tanker in the Strait of Hormuz.", "Strait of Hormuz"),
    ("اشتباكات في ناغورني قره باغ", "Nagorno-Karabakh"),
    ("Une attaque à Ménaka a fait des morts.", "Ménaka"),
    ("وصل الرئيس إلى كاليفورنيا", "California"),
    ("توغل في منطقة كورسك", "Kursk Oblast"),
    ("Des frappes à Khan Younis.", "Khān Yūnis"),
    ("ناقلتان في خليج عمان", "Gulf of Oman"),
])
def test_supplement_places(finder, text, name):
    assert name in [f.entry.name for f in finder.find(text)]
