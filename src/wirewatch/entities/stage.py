"""The ``entities`` pipeline stage: mention detection, then linking to the actor KB."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from wirewatch.entities.detect import Detector
from wirewatch.entities.names import default_source, load_kb_or_none
from wirewatch.records import Document

log = logging.getLogger(__name__)


def _linker() -> Callable[[Document, Any], None] | None:
    try:
        from wirewatch.linking.link import link_mentions  # type: ignore[import-not-found]
    except ImportError:
        return None
    return link_mentions


class EntityStage:
    """Detects mentions in a batch (spaCy batched per language) and links them."""

    name = "entities"

    def __init__(self, kb: Any = None, link: bool = True, use_spacy: bool = True):
        self.kb = kb if kb is not None else load_kb_or_none()
        self.detector = Detector(default_source(self.kb), use_spacy=use_spacy)
        self.link = _linker() if link and self.kb is not None else None
        if link and self.link is None:
            log.info("linking unavailable; mentions are left unlinked")

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc, mentions in zip(docs, self.detector.detect(docs), strict=True):
            doc.mentions = mentions
            if self.link is None:
                continue
            try:
                self.link(doc, self.kb)
            except Exception as exc:  # noqa: BLE001 - keep the batch going
                doc.errors.append(
                    f"entities: {doc.article.id}: linking failed ({type(exc).__name__}: {exc})")
        return docs
