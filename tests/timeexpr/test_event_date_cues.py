"""event_date: a year naming a thing is no event date; the night before a morning report."""

from __future__ import annotations

from wirewatch.events import dating
from wirewatch.records import Article, Document
from wirewatch.timeexpr import event_date
from wirewatch.timeexpr.stage import TimeExpressionStage


def doc_for(text: str, lang: str, pub_date: str = "2024-03-12") -> Document:
    return TimeExpressionStage()([Document(Article(id="t", text=text, lang=lang, pub_date=pub_date))])[0]


def date_of(text: str, lang: str, evidence: str, aux: str | None = None) -> tuple[str | None, str | None]:
    doc = doc_for(text, lang)
    start = text.index(evidence)
    return event_date(doc, start, start + len(evidence), aux)


def test_a_year_that_names_an_agreement_is_not_the_event_date():
    text = "Le gouvernement a dénoncé lundi l'accord de 2018 sur la présence des forces étrangères."
    assert date_of(text, "fr", "a dénoncé lundi l'accord de 2018") == ("2024-03-11", "day")
    assert date_of("The government scrapped the 2018 agreement.", "en",
                   "scrapped the 2018 agreement") == ("2024-03-12", "inferred")
    assert date_of("Le Maroc a signé un accord en 2020.", "fr", "a signé un accord en 2020") == ("2020", "year")
    assert date_of("وقع البلدان اتفاقا في 2020.", "ar", "وقع البلدان اتفاقا في 2020") == ("2020", "year")


def test_overnight_is_the_day_before_publication():
    assert date_of("Security forces fired on protesters overnight.", "en",
                   "fired on protesters") == ("2024-03-11", "day")
    assert date_of("اعتقلت الشرطة عشرات المحتجين خلال الليل.", "ar", "اعتقلت الشرطة عشرات المحتجين") == (
        "2024-03-11", "day")
    assert date_of("Security forces fired on protesters.", "en", "fired on protesters") == ("2024-03-12", "inferred")


def test_months_and_years_count_from_their_middle():
    doc = Document(Article(id="t", text="x", lang="en", pub_date="2024-01-10"))
    assert dating.days_before_pub(doc, "2023") > 90  # "last year" is background
    assert dating.days_before_pub(doc, "2023-12") < 30  # "last month" is recent
    assert dating.days_before_pub(doc, "2024-01-08") == 2
    assert dating.days_before_pub(doc, "not a date") is None


def test_events_dating_delegates_to_the_time_expressions():
    doc = doc_for("Le ministre a reçu jeudi son homologue.", "fr")
    start = doc.text.index("a reçu")
    assert dating.event_date(doc, start, start + 20, None) == event_date(doc, start, start + 20, None)
