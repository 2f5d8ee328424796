from __future__ import annotations

from wirewatch.entities.gazetteer import Gazetteer
from wirewatch.entities.textnorm import tokenize

ROWS = [("United States", "USA", "GPE"), ("US", "USA", "GPE"), ("the Kremlin", "gov:RUS", "GOV"),
        ("Crown Prince Mohammed bin Salman", "mbs", "PER"), ("Russian", "RUS", "NORP"),
        ("Niger", "NER", "GPE")]


def spans(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.type) for m in gaz.match(tokenize(text))]


def test_acronyms_match_case_exactly():
    gaz = Gazetteer("en", ROWS)
    assert spans(gaz, "Let us meet the US envoy") == [("US", "GPE")]


def test_names_need_a_capital_unless_text_is_all_caps():
    gaz = Gazetteer("en", ROWS)
    assert spans(gaz, "the niger delta") == []
    assert spans(gaz, "Niger and the United States") == [("Niger", "GPE"),
                                                          ("United States", "GPE")]


def test_articles_titles_and_demonyms_are_not_part_of_names():
    gaz = Gazetteer("en", ROWS, frozenset({"crown", "prince"}))
    assert spans(gaz, "the Kremlin said") == [("Kremlin", "ORG")]
    assert spans(gaz, "Crown Prince Mohammed bin Salman") == [("Mohammed bin Salman", "PER")]
    assert spans(gaz, "Russian troops") == []


def test_arabic_clitic_forms():
    gaz = Gazetteer("ar", [("الرباط", "gov:MAR", "LOC"), ("موسكو", "gov:RUS", "LOC")])
    text = "وبالرباط ولموسكو"
    assert spans(gaz, text) == [("الرباط", "LOC"), ("موسكو", "LOC")]
