"""GeoStage: places for LOC/GPE mentions and gazetteer mentions for missed places."""

from __future__ import annotations

from wirewatch.geo.stage import GeoStage
from wirewatch.records import Article, Document, Mention


def test_resolves_mentions_with_article_context():
    text = "Clashes in Tripoli, Lebanon, left two dead."
    doc = Document(Article(id="a", text=text, lang="en"))
    doc.mentions = [Mention(start=11, end=18, text="Tripoli", type="GPE", lang="en")]
    GeoStage()([doc])
    assert doc.mentions[0].place.country == "LBN"


def test_adds_missed_places_without_duplicates():
    text = "Le ministre s'est rendu à Alger puis au Caire. Vladimir Poutine a parlé."
    doc = Document(Article(id="b", text=text, lang="fr"))
    doc.mentions = [Mention(start=text.index("Alger"), end=text.index("Alger") + 5, text="Alger",
                            type="GPE")]
    GeoStage()([doc])
    found = [(m.text, m.rule, m.place.name if m.place else None) for m in doc.mentions]
    assert found == [("Alger", None, "Algiers"), ("Caire", "gazetteer", "Cairo")]


def test_arabic_places_and_common_words():
    text = "وانتقدت الوزارة في بيان القرار، ووصل الوفد إلى الرباط."
    doc = Document(Article(id="c", text=text, lang="ar"))
    GeoStage()([doc])
    assert [(m.text, m.place.country) for m in doc.mentions] == [("الرباط", "MAR")]


def test_bad_documents_do_not_stop_the_batch():
    good = Document(Article(id="d", text="Talks in Geneva.", lang="en"))
    empty = Document(Article(id="e", text="", lang="en"))
    odd = Document(Article(id="f", text=None, lang="en"))  # type: ignore[arg-type]
    GeoStage()([odd, empty, good])
    assert [m.text for m in good.mentions] == ["Geneva"]
