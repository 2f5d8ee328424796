"""event_date: own expression, governing expression, previous sentence, publication date."""

from __future__ import annotations

import dataclasses

from wirewatch.records import Article, Document
from wirewatch.timeexpr import event_date
from wirewatch.timeexpr.stage import TimeExpressionStage


def doc_for(text: str, lang: str = "fr", pub_date: str | None = "2024-03-12") -> Document:
    doc = Document(Article(id="t", text=text, lang=lang, pub_date=pub_date))
    return TimeExpressionStage()([doc])[0]


def span(doc: Document, evidence: str) -> tuple[int, int]:
    start = doc.text.index(evidence)
    return start, start + len(evidence)


def test_own_expression_inside_span():
    doc = doc_for("Le diplomate a tenu, lundi 11 mars, des entretiens avec Sergueï Lavrov.")
    assert event_date(doc, *span(doc, "a tenu, lundi 11 mars, des entretiens"), None) == (
        "2024-03-11", "day")


def test_governing_expression_in_same_sentence():
    doc = doc_for("Début février, Staffan de Mistura a fait route vers Pretoria.")
    assert event_date(doc, *span(doc, "a fait route vers Pretoria"), None) == ("2024-02", "month")


def test_previous_sentence_continues_the_narrative():
    doc = doc_for("Le président a été reçu jeudi au Kremlin. Les deux pays ont signé un accord.")
    assert event_date(doc, *span(doc, "ont signé un accord"), None) == ("2024-03-07", "day")


def test_publication_date_is_inferred_when_nothing_says():
    doc = doc_for("Le ministre a condamné l'attaque.")
    assert event_date(doc, *span(doc, "a condamné l'attaque"), None) == ("2024-03-12", "inferred")


def test_historical_event_never_takes_publication_date():
    doc = doc_for("Le Maroc avait rompu ses relations avec l'Iran.")
    assert event_date(doc, *span(doc, "avait rompu ses relations"), "historical") == (None, None)


def test_historical_event_keeps_its_own_past_date():
    doc = doc_for("Lundi, Moscou a salué l'accord. En octobre 2023, des tirs avaient frappé Smara.")
    assert event_date(doc, *span(doc, "des tirs avaient frappé Smara"), "historical") == (
        "2023-10", "month")


def test_deadline_is_not_the_event_date():
    doc = doc_for("Le Conseil a prorogé jeudi, jusqu'au 31 octobre 2025, le mandat de la mission.")
    assert event_date(doc, *span(doc, "a prorogé jeudi, jusqu'au 31 octobre 2025, le mandat"),
                      None) == ("2024-03-07", "day")


def test_planned_event_is_dated_to_the_announcement():
    doc = doc_for("Le ministre a annoncé lundi qu'il se rendra à Alger le 6 avril.")
    assert event_date(doc, *span(doc, "se rendra à Alger le 6 avril"), "future") == (
        "2024-03-11", "day")


def test_range_gives_the_shared_month():
    doc = doc_for("Des manifestants ont défilé samedi et dimanche à Marrakech.")
    assert event_date(doc, *span(doc, "ont défilé"), None) == ("2024-03", "month")


def test_no_publication_date_and_no_expression():
    doc = doc_for("Le ministre a condamné l'attaque.", pub_date=None)
    assert event_date(doc, *span(doc, "a condamné"), None) == (None, None)


def test_spans_outside_the_text_do_not_raise():
    doc = doc_for("Le ministre a parlé lundi.")
    assert event_date(doc, -10, 5, None)[0] is not None
    assert event_date(doc, 500, 900, None)[0] in ("2024-03-11", "2024-03-12")


def test_dating_follows_a_document_whose_expressions_changed():
    doc = doc_for("Le président a été reçu jeudi au Kremlin. Les deux pays ont signé un accord.")
    evidence = span(doc, "ont signé un accord")
    assert event_date(doc, *evidence, None) == ("2024-03-07", "day")
    kept = doc.time_expressions
    doc.time_expressions = []  # found again from the text: the same answer
    assert event_date(doc, *evidence, None) == ("2024-03-07", "day")
    doc.time_expressions = [dataclasses.replace(kept[0], value="2024-03-05")]
    assert event_date(doc, *evidence, None) == ("2024-03-05", "day")
    doc.time_expressions.insert(0, dataclasses.replace(kept[0], value="2024-03-04"))
    assert event_date(doc, *evidence, None) == ("2024-03-04", "day")
    other = doc_for("Début février, Staffan de Mistura a fait route vers Pretoria.")
    assert event_date(other, *span(other, "a fait route vers Pretoria"), None) == ("2024-02", "month")
