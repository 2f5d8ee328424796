from __future__ import annotations

import copy

from wirewatch.language.stage import PrepareStage, dominant_language
from wirewatch.pipeline import Pipeline, get_stage
from wirewatch.records import Article, Document, Segment

from .conftest import shared_jsonl

FR = ("Le Conseil de sécurité a prorogé jeudi le mandat de la mission pour une année. "
      "L'envoyé a indiqué que les discussions reprendraient au printemps.")
AR = "مدد مجلس الأمن الخميس ولاية البعثة لعام آخر. وقال المبعوث إن المحادثات ستستأنف في الربيع."


def test_registered_as_prepare() -> None:
    stage = get_stage("prepare")
    assert isinstance(stage, PrepareStage)
    assert stage.name == "prepare"


def test_sets_segments_sentences_and_missing_language() -> None:
    text = f"{FR}\n\n{AR}\n\n{FR}"
    doc = Document(Article(id="a1", text=text))
    [out] = PrepareStage()([doc])
    assert out is doc
    assert doc.article.text == text
    assert doc.article.lang == "fr"
    assert [s.lang for s in doc.segments] == ["fr", "ar", "fr"]
    assert [s.lang for s in doc.sentences] == ["fr", "fr", "ar", "ar", "fr", "fr"]
    assert [s.index for s in doc.sentences] == list(range(6))
    assert doc.lang_at(text.index("مدد")) == "ar"
    assert doc.sentence_at(text.index("L'envoyé")).index == 1


def test_keeps_a_declared_language() -> None:
    doc = Document(Article(id="a2", text=AR, lang="ar"))
    PrepareStage()([doc])
    assert doc.article.lang == "ar"
    assert [s.lang for s in doc.segments] == ["ar"]


def test_never_modifies_the_article_text() -> None:
    text = "\u200f  «Texte»\u00a0avec   espaces\u200b et ٢٠٢٤.  "
    article = Article(id="a3", text=text)
    before = copy.deepcopy(article.text)
    PrepareStage()([Document(article)])
    assert article.text == before


def test_empty_and_letterless_documents() -> None:
    docs = [Document(Article(id="e", text="")), Document(Article(id="w", text="  \n ")),
            Document(Article(id="j", text="😀 🎉"))]
    PrepareStage()(docs)
    assert docs[0].segments == [] and docs[0].sentences == [] and docs[0].article.lang is None
    assert docs[1].segments == [Segment(0, 4, "und", 0.0)] and docs[1].sentences == []
    assert docs[1].article.lang is None
    assert len(docs[2].sentences) == 1 and not docs[2].errors


def test_bad_text_is_reported_not_raised() -> None:
    bad = Document(Article(id="bad", text=None))  # type: ignore[arg-type]
    good = Document(Article(id="good", text=FR))
    PrepareStage()([bad, good])
    assert bad.errors == ["prepare: article 'bad': text is NoneType, not str"]
    assert bad.segments == [] and bad.sentences == []
    assert good.sentences and not good.errors


def test_dominant_language_by_characters() -> None:
    segments = [Segment(0, 10, "fr"), Segment(10, 45, "ar"), Segment(45, 60, "fr"), Segment(60, 99, "und")]
    assert dominant_language(segments) == "ar"
    assert dominant_language([Segment(0, 5, "und")]) is None


def test_pipeline_runs_prepare_on_seed_articles() -> None:
    rows = shared_jsonl("seeds/seeds.jsonl")
    articles = [Article.from_dict({**row, "lang": None}) for row in rows]
    docs = list(Pipeline(["prepare"]).pipe(articles))
    assert [d.article.lang for d in docs] == [row["lang"] for row in rows]
    for doc in docs:
        assert doc.sentences
        for sentence in doc.sentences:
            chunk = doc.text[sentence.start:sentence.end]
            assert chunk and chunk == chunk.strip()


def test_declared_language_with_region_is_used_as_hint() -> None:
    doc = Document(Article(id="r", text="12:00 — 😀", lang="fr-CA"))
    PrepareStage()([doc])
    assert [s.lang for s in doc.segments] == ["fr"]
    assert doc.article.lang == "fr-CA"
    odd = Document(Article(id="o", text="...", lang="??"))
    PrepareStage()([odd])
    assert [s.lang for s in odd.segments] == ["und"]


def test_unexpected_failure_is_reported_and_the_batch_goes_on(monkeypatch) -> None:
    import wirewatch.language.stage as stage_module

    def broken(text: str, segments: list) -> list:
        raise ValueError("boom")

    monkeypatch.setattr(stage_module, "split_sentences", broken)
    docs = [Document(Article(id="x", text=FR, lang="fr")), Document(Article(id="y", text=AR))]
    PrepareStage()(docs)
    assert docs[0].errors == ["prepare: article 'x': ValueError: boom"]
    assert docs[0].segments == [Segment(0, len(FR), "fr", 0.0)] and docs[0].sentences == []
    assert docs[1].errors == ["prepare: article 'y': ValueError: boom"]
