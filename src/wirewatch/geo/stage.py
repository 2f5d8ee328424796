"""Pipeline stage ``geo``: places for LOC/GPE mentions, plus places the entity stage missed."""

from __future__ import annotations

from wirewatch.geo.finder import PlaceFinder
from wirewatch.geo.gazetteer import Gazetteer, get_gazetteer
from wirewatch.records import Document, Mention


class GeoStage:
    """Sets ``mention.place`` on LOC/GPE mentions and adds gazetteer mentions (rule
    "gazetteer") for well-known places no mention covers."""

    name = "geo"

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or get_gazetteer()
        self.finder = PlaceFinder(self.gazetteer)

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            try:
                self._process(doc)
            except Exception as exc:  # one bad document must not stop the batch
                doc.errors.append(f"geo: article {doc.article.id}: {type(exc).__name__}: {exc}")
        return docs

    def _process(self, doc: Document) -> None:
        text = doc.text if isinstance(doc.text, str) else ""
        if not text:
            return
        found = self.finder.find(text)
        context = tuple(dict.fromkeys(
            [m.country for m in doc.mentions if m.country and len(m.country) == 3]
            + [f.entry.country2 for f in found if f.entry.feature == "PCLI"]))
        for mention in doc.mentions:
            if mention.type in ("LOC", "GPE") and mention.place is None:
                mention.place = self.gazetteer.resolve(mention.text, mention.lang, context)
        added = []
        for place in self.finder.find(text, context=context):
            if any(m.start < place.end and place.start < m.end for m in doc.mentions):
                continue
            sentence = doc.sentence_at(place.start)
            resolved = place.entry.to_place()
            added.append(Mention(
                start=place.start, end=place.end, text=place.text, type="LOC",
                lang=doc.lang_at(place.start), sentence=sentence.index if sentence else None,
                country=resolved.country, place=resolved, rule="gazetteer"))
        if added:
            doc.mentions = sorted(doc.mentions + added, key=lambda m: (m.start, m.end))
