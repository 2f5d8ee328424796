from __future__ import annotations

from tests.entities.conftest import find
from wirewatch.entities import clitics


def test_stems_list_clitic_readings():
    readings = dict((stem, n) for n, stem in clitics.stems("وبالرباط"))
    assert readings["الرباط"] == 2
    assert readings["بالرباط"] == 1
    assert clitics.stems("للامم")[1:][0] == (1, "الامم")


def test_base_strips_clitics_and_article():
    assert clitics.base("وبالرباط") == "رباط"


def test_preposition_clitic_is_outside_the_span(detect):
    ms = detect("أجرى المبعوث أمس محادثات بموسكو.", "ar")
    moscow = find(ms, "موسكو")
    assert moscow.type in {"GPE", "LOC"}


def test_conjunction_plus_preposition_plus_article(detect):
    text = "وصل الوفد وبالرباط التقى المسؤولين."
    ms = detect(text, "ar")
    rabat = find(ms, "الرباط")
    assert text[rabat.start - 2 : rabat.start] == "وب"


def test_lam_lam_keeps_the_article_lam(detect):
    text = "قدم المغرب رسالة للأمم المتحدة."
    ms = detect(text, "ar")
    un = find(ms, "لأمم المتحدة")
    assert un.type == "ORG"
    assert text[un.start - 1] == "ل"


def test_clitic_with_harakat_and_tatweel(detect):
    text = "سافر الوفد بِـموسكو أمس."
    ms = detect(text, "ar")
    moscow = [m for m in ms if "موسكو" in m.text]
    assert moscow and moscow[0].text == "موسكو"


def test_word_that_only_looks_like_a_clitic_name_is_not_split(detect):
    ms = detect("قال بنيامين نتنياهو إن الحرب مستمرة.", "ar")
    assert not [m for m in ms if m.text.startswith("نيامين")]


def test_name_stops_before_a_word_of_the_injury(detect):
    ms = detect("أصيب رئيس الوزراء السلوفاكي روبرت فيتسو بجروح خطيرة في إطلاق نار.", "ar")
    assert any(m.type == "PER" and m.text == "روبرت فيتسو" for m in ms), [m.text for m in ms]
