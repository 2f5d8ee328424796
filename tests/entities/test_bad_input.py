from __future__ import annotations

import pytest

from wirewatch.entities.detect import Detector, detect_mentions
from wirewatch.entities.names import NameSource
from wirewatch.records import Article, Document, Segment, Sentence


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("", "en"),
        ("   \n\t ", "fr"),
        ("the weather was mild and nothing happened at all.", "en"),
        ("Sergei " + "Lavrovich" * 5000 + " met officials.", "en"),
        ("الرئيس " + "محمد" * 3000 + " وصل.", "ar"),
        ("MoscowМосква موسكوMoscow talks", "en"),
        ("Le ministre 🇫🇷🇲🇦 Emmanuel Macron 😀 a parlé à Rabat 🎉.", "fr"),
        ("\u200fقال وزير الخارجية\u200f \u202bسيرغي لافروف\u202c إن\u200e Moscow\u200e.", "ar"),
        ("وزير\u200d الخارجية الروسي سيرغي\u200c لافروف", "ar"),
        ("ZWJ\u200d inside Mor\u200docco and E\u200bmmanuel Macron", "en"),
        ("\x00\x01 control \x7f characters Macron", "en"),
        ("\ud800 lone surrogate Paris", "en"),
        ("Paris", None),
        ("Madrid y Rabat firman un acuerdo", "es"),
    ],
)
def test_no_crash_and_offsets_map_back(detect, text, lang):
    for m in detect(text, lang):
        assert 0 <= m.start < m.end <= len(text)
        assert m.type in {"PER", "ORG", "GPE", "LOC", "TITLE"}


def test_no_entities_gives_no_mentions(detect):
    assert detect("it rained all day and the roads were quiet.", "en") == []


def test_all_caps_headline_finds_places_without_inventing_names(detect):
    ms = detect("RUSSIAN FOREIGN MINISTER MEETS MOROCCAN ENVOY IN MOSCOW", "en")
    assert "MOSCOW" in {m.text for m in ms}
    assert not [m for m in ms if m.rule == "title-name"]


def test_zero_width_joiner_inside_arabic_name(detect):
    text = "وصل الوفد إلى موس\u200dكو أمس."
    ms = detect(text, "ar")
    assert [m for m in ms if m.text.replace("\u200d", "") == "موسكو"]


def test_invalid_segments_fall_back_to_the_whole_text(detector):
    doc = Document(Article(id="x", text="Macron visited Rabat.", lang="en"),
                   segments=[Segment(0, 500, "en"), Segment(5, 2, "fr")])
    assert "Rabat" in {m.text for m in detector.detect([doc])[0]}


def test_broken_name_source_does_not_stop_detection():
    def rows(lang):
        raise RuntimeError("index is corrupt")

    source = NameSource(rows=rows, demonym=lambda w, lang: None)
    det = Detector(source, use_spacy=False)
    doc = Document(Article(id="x", text="وزير الخارجية الروسي سيرغي لافروف", lang="ar"))
    ms = det.detect([doc])[0]
    assert [m.text for m in ms if m.type == "PER"] == ["سيرغي لافروف"]


def test_sentence_index_from_document_sentences(detector):
    text = "Macron spoke. Then Lavrov answered in Moscow."
    doc = Document(Article(id="x", text=text, lang="en"),
                   segments=[Segment(0, len(text), "en")],
                   sentences=[Sentence(0, 0, 13, "en"), Sentence(1, 14, len(text), "en")])
    ms = detector.detect([doc])[0]
    assert {m.text: m.sentence for m in ms}.get("Moscow") == 1


def test_sentence_index_without_sentences():
    text = "Macron spoke in Paris. Then Lavrov answered in Moscow."
    doc = Document(Article(id="x", text=text, lang="en"))
    ms = detect_mentions(doc)
    assert {m.text: m.sentence for m in ms}.get("Moscow") == 1
    assert {m.text: m.sentence for m in ms}.get("Paris") == 0
