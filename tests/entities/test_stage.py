from __future__ import annotations

import pytest

from wirewatch.entities import parses
from wirewatch.entities.stage import EntityStage
from wirewatch.records import Article, Document, Segment


@pytest.fixture(scope="module")
def stage() -> EntityStage:
    return EntityStage()


def test_stage_sets_mentions_on_each_document(stage):
    docs = [Document(Article(id="a", text="Macron met Lavrov in Moscow.", lang="en")),
            Document(Article(id="b", text="Le Maroc et l'Algérie.", lang="fr")),
            Document(Article(id="c", text="وصل الوفد إلى الرباط.", lang="ar")),
            Document(Article(id="d", text="", lang="en"))]
    out = stage(docs)
    assert out is docs
    assert "Moscow" in {m.text for m in docs[0].mentions}
    assert {"Maroc", "Algérie"} <= {m.text for m in docs[1].mentions}
    assert "الرباط" in {m.text for m in docs[2].mentions}
    assert docs[3].mentions == []
    assert not any(d.errors for d in docs)
    assert stage.name == "entities"


def test_mixed_language_document_uses_each_segment_language(stage):
    en = "The Kremlin said talks went well. "
    ar = "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مثمرة."
    text = en + ar
    doc = Document(Article(id="m", text=text, lang="en"),
                   segments=[Segment(0, len(en), "en"), Segment(len(en), len(text), "ar")])
    stage([doc])
    langs = {m.text: m.lang for m in doc.mentions}
    assert langs.get("Kremlin") == "en"
    assert langs.get("سيرغي لافروف") == "ar"


def test_spacy_docs_are_kept_and_parsed_on_request(stage):
    if "en" not in stage.detector.pipelines:
        pytest.skip("no English spaCy pipeline installed")
    text = "Prefix. The Russian minister met the Moroccan envoy in Rabat."
    doc = Document(Article(id="p", text=text, lang="en"),
                   segments=[Segment(8, len(text), "en")])
    stage([doc])
    (seg,) = parses.spacy_segments(doc)
    assert seg.start == 8 and not seg.parsed
    span = seg.char_span(text.index("Rabat"), text.index("Rabat") + 5)
    assert span is not None and span.text == "Rabat"
    (seg,) = parses.parsed_segments(doc)
    assert seg.parsed
    root = [t for t in seg.doc if t.dep_ == "ROOT"]
    assert root and root[0].text == "met"
    assert parses.spacy_segments(Document(Article(id="q", text="x"))) == []


def test_linking_failure_is_reported_not_raised(stage):
    def broken(doc, kb):
        raise KeyError("actor")

    saved = stage.link
    stage.link = broken
    try:
        doc = Document(Article(id="z", text="Macron visited Rabat.", lang="en"))
        stage([doc])
    finally:
        stage.link = saved
    assert doc.mentions
    assert doc.errors == ["entities: z: linking failed (KeyError: 'actor')"]
