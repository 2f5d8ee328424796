"""Sentences to code: the prepare stage's, or a plain split when it has not run."""

from __future__ import annotations

import re

from wirewatch.events.textnorm import script_lang
from wirewatch.records import Document, Sentence

_SPLIT = re.compile(r"(?<=[.!?؟])[\"»”’)]*\s+(?=[\"«“(]?\w)|\n+|(?<=\s)—\s")


def document_sentences(doc: Document) -> list[Sentence]:
    if doc.sentences:
        return doc.sentences
    text = doc.text or ""
    out: list[Sentence] = []
    pos = 0
    for m in list(_SPLIT.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            s = pos + (len(chunk) - len(chunk.lstrip()))
            e = pos + len(chunk.rstrip())
            lang = script_lang(text[s:e], None) or _latin_lang(doc)
            out.append(Sentence(len(out), s, e, lang))
        pos = m.end() if m else len(text)
    return out


def _latin_lang(doc: Document) -> str:
    lang = doc.article.lang
    return lang if lang in ("en", "fr") else "en"


def sentence_lang(doc: Document, sentence: Sentence) -> str:
    """The sentence's language, checked against its script (an Arabic post inside French)."""
    seg_lang = doc.lang_at(sentence.start) if doc.segments else None
    lang = sentence.lang or seg_lang or doc.article.lang or "en"
    if lang != "ar" and script_lang(doc.text[sentence.start:sentence.end], None) == "ar":
        return "ar"
    return lang if lang in ("en", "fr", "ar") else "en"
