"""What the clusterer knows about one article: a small, language-independent summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from wirewatch.records import Document
from wirewatch.stories.embedding import SentenceEmbedder, lead_text
from wirewatch.stories.lightfeatures import distinctive_numbers, light_dates, light_places


@dataclass
class ArticleFeatures:
    article_id: str
    day: date  # publication day (the clock of clustering)
    lang: str | None = None
    source: str | None = None
    title: str | None = None
    vector: np.ndarray | None = None  # L2-normalised, or None without embeddings
    actors: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()  # day-precision event dates named in the text
    numbers: frozenset[str] = frozenset()
    near_duplicate_of: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.day.isoformat(), self.article_id)


def parse_day(value: str | None) -> date | None:
    """The date part of an ISO date or datetime, or None when absent or malformed."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _place_key(name: str | None, geonames_id: int | None) -> str | None:
    if geonames_id:
        return f"gn:{geonames_id}"
    return f"name:{name.casefold()}" if name else None


def features_from_document(doc: Document, vector: np.ndarray | None = None,
                           fallback_day: date | None = None) -> ArticleFeatures:
    """Summarise a coded document; text clues fill in what upstream stages did not find.

    Raises ValueError (naming the article) when no publication date can be had.
    """
    article = doc.article
    day = parse_day(article.pub_date) or fallback_day
    if day is None:
        raise ValueError(f"article {article.id}: no usable pub_date ({article.pub_date!r})")
    actors: set[str] = {m.actor_id for m in doc.mentions if m.actor_id}
    places: set[str] = set()
    for mention in doc.mentions:
        if mention.place is not None:
            key = _place_key(mention.place.name, mention.place.geonames_id)
            if key:
                places.add(key)
    for event in doc.events:
        actors.update(ref.actor_id for ref in (*event.actor, *event.recipient) if ref.actor_id)
        if event.location is not None:
            key = _place_key(event.location.name, event.location.geonames_id)
            if key:
                places.add(key)
    dates = {t.value for t in doc.time_expressions
             if t.value and t.precision == "day" and len(t.value) == 10}
    text = f"{article.title or ''}\n{article.text}"
    if not dates:
        dates = light_dates(text, day)
    if not places:
        places = light_places(text)
    return ArticleFeatures(
        article_id=article.id,
        day=day,
        lang=article.lang,
        source=article.source,
        title=article.title,
        vector=vector,
        actors=frozenset(actors),
        places=frozenset(places),
        dates=frozenset(dates),
        numbers=frozenset(distinctive_numbers(text)),
        near_duplicate_of=article.near_duplicate_of,
    )


def build_features(docs: Sequence[Document], embedder: SentenceEmbedder | None = None
                   ) -> tuple[list[ArticleFeatures], list[str]]:
    """Features for a batch (embedded in one pass); errors are one line per bad document."""
    vectors: np.ndarray | None = None
    if embedder is not None:
        vectors = embedder.encode([lead_text(d.article.title, d.article.text) for d in docs])
    out: list[ArticleFeatures] = []
    errors: list[str] = []
    for i, doc in enumerate(docs):
        try:
            vec = vectors[i] if vectors is not None and vectors[i].any() else None
            out.append(features_from_document(doc, vec))
        except ValueError as exc:
            errors.append(str(exc))
    return out, errors
