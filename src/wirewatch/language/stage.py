"""The ``prepare`` stage: language segments, sentences and the dominant language."""

from __future__ import annotations

from collections import Counter

from wirewatch.language.identify import load_models
from wirewatch.language.segment import language_segments
from wirewatch.language.sentences import split_sentences
from wirewatch.records import Document, Segment

__all__ = ["PrepareStage", "dominant_language"]


def dominant_language(segments: list[Segment]) -> str | None:
    """The language covering most characters, ignoring undetermined segments."""
    sizes: Counter[str] = Counter()
    for segment in segments:
        if segment.lang != "und":
            sizes[segment.lang] += segment.end - segment.start
    return sizes.most_common(1)[0][0] if sizes else None


def _primary_subtag(lang: object) -> str | None:
    """``"fr"`` for ``"fr"``, ``"FR"``, ``"fr-CA"`` or ``"fr_CA"``; None for anything else."""
    if not isinstance(lang, str):
        return None
    primary = lang.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


class PrepareStage:
    """Sets ``doc.segments``, ``doc.sentences`` and, when missing, ``doc.article.lang``.

    ``article.text`` is never modified.  A document whose text cannot be handled gets a
    one-line entry in ``doc.errors`` and empty segments and sentences; the batch goes on.
    """

    name = "prepare"

    def __init__(self) -> None:
        load_models()

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            self.prepare(doc)
        return docs

    def prepare(self, doc: Document) -> Document:
        article = doc.article
        text = article.text
        if not isinstance(text, str):
            doc.errors.append(
                f"prepare: article {article.id!r}: text is {type(text).__name__}, not str"
            )
            doc.segments, doc.sentences = [], []
            return doc
        hint = _primary_subtag(article.lang)
        try:
            doc.segments = language_segments(text, hint)
            doc.sentences = split_sentences(text, doc.segments)
        except Exception as exc:  # one unexpected text must not stop the batch
            doc.errors.append(f"prepare: article {article.id!r}: {type(exc).__name__}: {exc}")
            doc.segments = [Segment(0, len(text), hint or "und", 0.0)] if text else []
            doc.sentences = []
        if not article.lang:
            article.lang = dominant_language(doc.segments)
        return doc
