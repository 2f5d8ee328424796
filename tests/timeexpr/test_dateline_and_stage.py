"""publication_date_from_text and the timeexpr stage."""

from __future__ import annotations

from wirewatch.records import Article, Document, Segment
from wirewatch.timeexpr import publication_date_from_text
from wirewatch.timeexpr.stage import TimeExpressionStage


def test_dateline():
    text = "RABAT, March 11, 2024 (Agency) - The minister met the envoy on Monday."
    assert publication_date_from_text(text, "en") == ("2024-03-11", "dateline")


def test_french_dateline():
    text = "Alger, le 24 août 2021 (Agence) - L'Algérie a annoncé la rupture."
    assert publication_date_from_text(text, None) == ("2021-08-24", "dateline")


def test_published_label():
    text = "Publié le 12/03/2024 à 10h\nLe ministre a reçu l'émissaire."
    assert publication_date_from_text(text, "fr") == ("2024-03-12", "published-label")


def test_embedded_post():
    text = "Le texte. Message officiel. — Nouvelles (@UNNewsArabic) March 11, 2024 Suite."
    assert publication_date_from_text(text, "fr") == ("2024-03-11", "embedded-post")


def test_no_date_in_text():
    assert publication_date_from_text("Le ministre a reçu l'émissaire lundi.", "fr") == (None, None)
    assert publication_date_from_text("", "fr") == (None, None)


def test_stage_fills_expressions_per_segment():
    text = "Le ministre est arrivé lundi. وأجرى أمس الاثنين محادثات."
    doc = Document(Article(id="a", text=text, lang="fr", pub_date="2024-03-12T08:00:00+01:00"))
    split = text.index("وأجرى")
    doc.segments = [Segment(0, split, "fr"), Segment(split, len(text), "ar")]
    TimeExpressionStage()([doc])
    assert [(te.text, te.value, te.lang) for te in doc.time_expressions] == [
        ("lundi", "2024-03-11", "fr"), ("أمس الاثنين", "2024-03-11", "ar")]


def test_stage_sets_pub_date_from_dateline():
    doc = Document(Article(id="b", text="PARIS, 5 mars 2024 (Agence) - Hier, le ministre a parlé.",
                           lang="fr"))
    TimeExpressionStage()([doc])
    assert (doc.article.pub_date, doc.article.pub_date_source) == ("2024-03-05", "dateline")
    assert [te.value for te in doc.time_expressions if te.text == "Hier"] == ["2024-03-04"]


def test_stage_bad_pub_date_is_reported_not_raised():
    doc = Document(Article(id="c", text="Le ministre a parlé lundi.", lang="fr", pub_date="soon"))
    TimeExpressionStage()([doc])
    assert doc.errors == ["timeexpr: article c: unreadable pub_date 'soon'"]
    assert [te.value for te in doc.time_expressions] == [None]


def test_stage_without_language_guesses_script():
    doc = Document(Article(id="d", text="التقى الوزيران أمس.", pub_date="2024-03-12"))
    TimeExpressionStage()([doc])
    assert [te.value for te in doc.time_expressions] == ["2024-03-11"]


def test_embedded_post_in_other_language_has_its_own_anchor():
    fr = "Le compte de l'ONU a publié un message. "
    ar = "وأجرى اليوم محادثات مع الوزير. — أخبار (@UNNewsArabic) March 11, 2024 "
    rest = "Le diplomate a ensuite quitté la ville."
    text = fr + ar + rest
    doc = Document(Article(id="g", text=text, lang="fr", pub_date="2024-03-12"))
    doc.segments = [Segment(0, len(fr), "fr"), Segment(len(fr), len(fr) + len(ar), "ar"),
                    Segment(len(fr) + len(ar), len(text), "fr")]
    TimeExpressionStage()([doc])
    today = [te for te in doc.time_expressions if te.text == "اليوم"]
    assert [te.value for te in today] == ["2024-03-11"]
