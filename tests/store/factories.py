"""Records made up for the store tests (generated text, no real reports)."""

from __future__ import annotations

from wirewatch.records import (
    Article,
    Document,
    EntityRef,
    Event,
    Evidence,
    Mention,
    Place,
    Segment,
    Sentence,
    TimeExpression,
)

_WORDS = (
    "council harbour ministry river winter treaty delegation bridge market station "
    "northern coastal budget convoy summit border railway festival archive province"
).split()


def article_text(n: int, words: int = 60) -> str:
    """A distinct text for each ``n`` (no two share a run of three words)."""
    picked = [_WORDS[(n * 7 + i * (n % 5 + 1) + i * i) % len(_WORDS)] for i in range(words)]
    return f"Report {n}: " + " ".join(f"{w}{(n * 31 + i) % 997}" for i, w in enumerate(picked))


def make_article(n: int, **fields: object) -> Article:
    values: dict[str, object] = {
        "id": f"art-{n:05d}",
        "text": article_text(n),
        "title": f"Title {n}",
        "lang": "en",
        "source": "example-wire",
        "pub_date": "2024-03-05",
    }
    values.update(fields)
    return Article(**values)  # type: ignore[arg-type]


def entity(text: str, code: str | None = None, actor_id: str | None = None,
           identifier_id: str | None = None, name: str | None = None) -> EntityRef:
    return EntityRef(
        entity_text=text, code=code, actor_id=actor_id, identifier_id=identifier_id,
        identifier_text=name, sector="GOV",
    )


def make_document(article: Article, events: list[Event] | None = None) -> Document:
    text = article.text
    return Document(
        article=article,
        segments=[Segment(0, len(text), article.lang or "en", 0.97)],
        sentences=[Sentence(0, 0, len(text), article.lang or "en")],
        time_expressions=[
            TimeExpression(0, 6, text[:6], "2024-03-05", "day", article.lang, "test-rule")
        ],
        mentions=[
            Mention(0, 6, text[:6], "GPE", lang=article.lang, actor_id="kb:rus",
                    place=Place("Moscow", 524901, 55.75, 37.62, "RUS", None, "PPLC"))
        ],
        events=events or [],
    )


def make_event(article: Article, n: int, **fields: object) -> Event:
    values: dict[str, object] = {
        "id": f"{article.id}-e{n}",
        "article_id": article.id,
        "event_type": "CONSULT",
        "mode": "visit",
        "context": ["diplomacy"],
        "actor": [entity("the UN envoy", "IGO", "kb:envoy", "Q1065", "Staffan de Mistura")],
        "recipient": [entity("Lavrov", "RUS", "kb:lavrov", "Q155", "Sergueï Lavrov")],
        "date": "2024-03-05",
        "date_precision": "day",
        "location": Place("Moscow", 524901, 55.75, 37.62, "RUS", None, "PPLC"),
        "location_text": "Moscow",
        "attribution": {"source": "officials"},
        "evidence": [Evidence(article.id, 0, 0, 10, article.text[:10], article.lang, "wire")],
        "rule": "test",
        "confidence": 0.8,
    }
    values.update(fields)
    return Event(**values)  # type: ignore[arg-type]
