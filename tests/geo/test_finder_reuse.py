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


def test_an_article_is_scanned_once_whatever_the_country_context(monkeypatch):
    finder = PlaceFinder(get_gazetteer())
    text = "Ministers met in Tripoli and Benghazi on Sunday; talks resume next week in Misrata."
    scans = []
    real = PlaceFinder._scan_latin

    def counting(self, *args):  # type: ignore[no-untyped-def]
        scans.append(args)
        return real(self, *args)

    monkeypatch.setattr(PlaceFinder, "_scan_latin", counting)
    plain = finder.find(text)
    libya = finder.find(text, context=("LY",))
    lebanon = finder.find(text, context=("LB",))
    assert len(scans) == 1
    # the context picks among namesakes; the stretches found stay the same
    assert [(f.start, f.end) for f in plain] == [(f.start, f.end) for f in libya] \
        == [(f.start, f.end) for f in lebanon]
    tripoli = {tuple(ctx): next(f.entry.country2 for f in found if f.text == "Tripoli")
               for ctx, found in ((("LY",), libya), (("LB",), lebanon))}
    assert tripoli == {("LY",): "LY", ("LB",): "LB"}
