"""Sentence and paragraph bounds of a document, with a fallback when the ``prepare``
stage has not split it."""

from __future__ import annotations

import re

from wirewatch.records import Document, Sentence

_END = re.compile(r"(?<=[.!?؟])[\"»”']?\s+|\n+")


def split_sentences(text: str, lang: str | None = None) -> list[Sentence]:
    """A plain split on sentence punctuation and line breaks (fallback only)."""
    sentences: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        if m.start() > start:
            sentences.append(Sentence(len(sentences), start, m.start(), lang or ""))
        start = m.end()
    if start < len(text):
        sentences.append(Sentence(len(sentences), start, len(text), lang or ""))
    return sentences


def document_sentences(doc: Document) -> list[Sentence]:
    if doc.sentences:
        return doc.sentences
    return split_sentences(doc.text, doc.article.lang)


def sentence_index_at(sentences: list[Sentence], offset: int) -> int | None:
    for i, sentence in enumerate(sentences):
        if sentence.start <= offset < sentence.end:
            return i
    for i, sentence in enumerate(sentences):
        if offset < sentence.start:
            return max(0, i - 1)
    return len(sentences) - 1 if sentences else None


def same_paragraph(text: str, left: int, right: int) -> bool:
    """No blank line between offsets ``left`` and ``right``."""
    return "\n\n" not in text[left:right]
