"""spaCy docs of a Document's segments, kept so later stages need not parse again.

The entities stage runs spaCy NER on each en/fr segment and registers the resulting
spaCy ``Doc`` here, keyed by the Document object (a weak reference: the cache entry goes
away with the Document and is never serialised).  ``parsed_segments`` adds the tagger
and dependency parse on first request, reusing the tokens and entities already there.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Any

from wirewatch.records import Document


@dataclass
class SpacySegment:
    """One segment as spaCy saw it: token ``t`` spans ``start + t.idx`` in the article."""

    start: int
    end: int
    lang: str
    doc: Any  # spacy.tokens.Doc
    nlp: Any = field(default=None, repr=False)
    parsed: bool = False

    def char_span(self, start: int, end: int) -> Any:
        """The spaCy span covering article offsets [start, end), or None."""
        return self.doc.char_span(start - self.start, end - self.start, alignment_mode="expand")


_CACHE: dict[int, tuple[weakref.ref, list[SpacySegment]]] = {}


def _forget(key: int) -> None:
    _CACHE.pop(key, None)


def store(document: Document, segments: list[SpacySegment]) -> None:
    key = id(document)
    if key not in _CACHE:
        weakref.finalize(document, _forget, key)
    _CACHE[key] = (weakref.ref(document), segments)


def spacy_segments(document: Document) -> list[SpacySegment]:
    """The spaCy docs (tokens and entities, no parse) the entities stage left, or []."""
    entry = _CACHE.get(id(document))
    if entry is None or entry[0]() is not document:
        return []
    return entry[1]


def parsed_segments(document: Document) -> list[SpacySegment]:
    """Like :func:`spacy_segments`, with POS tags and dependency parses added once."""
    segments = spacy_segments(document)
    for segment in segments:
        if segment.parsed or segment.nlp is None:
            continue
        for name, component in segment.nlp.pipeline:
            if name != "ner":
                segment.doc = component(segment.doc)
        segment.parsed = True
    return segments
