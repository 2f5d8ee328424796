"""The place finder remembers its last scans: the same text gives the same places, a
changed text or another gazetteer is scanned anew."""

from wirewatch.geo.finder import PlaceFinder
from wirewatch.geo.gazetteer import get_gazetteer


def test_a_repeated_scan_gives_equal_places_and_a_new_list():
    finder = PlaceFinder(get_gazetteer())
    text = "Talks were held in Cairo before the delegation flew to Amman."
    first = finder.find(text)
    second = finder.find(text)
    assert [(f.start, f.text) for f in first] == [(f.start, f.text) for f in second]
    assert first is not second
    second.clear()
    assert finder.find(text) == first


def test_a_changed_text_is_scanned_anew():
    finder = PlaceFinder(get_gazetteer())
    assert [f.text for f in finder.find("Protests in Cairo.")] == ["Cairo"]
    assert [f.text for f in finder.find("Protests in Amman.")] == ["Amman"]
