"""Pipeline stage ``timeexpr``: time expressions of every language segment."""

from __future__ import annotations

import re

from wirewatch.records import Document, Segment
from wirewatch.timeexpr.anchor import parse_pub_date
from wirewatch.timeexpr.dateline import embedded_post_date, publication_date_from_text
from wirewatch.timeexpr.finder import find_time_expressions

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_FRENCH_WORDS = re.compile(r"(?<![\w])(?:le|la|les|des|du|et|est|une|dans|pour|qui|sur)(?![\w])")
_ENGLISH_WORDS = re.compile(r"(?<![\w])(?:the|and|of|is|was|to|in|for|that|with|on)(?![\w])")


def guess_lang(text: str) -> str:
    """Rough language of a text when nothing upstream said it (script and stop words)."""
    sample = text[:2000]
    if len(_ARABIC.findall(sample)) > len(sample) / 4:
        return "ar"
    low = sample.lower()
    return "fr" if len(_FRENCH_WORDS.findall(low)) > len(_ENGLISH_WORDS.findall(low)) else "en"


class TimeExpressionStage:
    """Fills ``doc.time_expressions``; sets ``article.pub_date`` from the text when missing."""

    name = "timeexpr"

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            try:
                self._process(doc)
            except Exception as exc:  # one bad document must not stop the batch
                doc.errors.append(f"timeexpr: article {doc.article.id}: {type(exc).__name__}: {exc}")
        return docs

    def _process(self, doc: Document) -> None:
        article = doc.article
        text = article.text if isinstance(article.text, str) else ""
        anchor = parse_pub_date(article.pub_date)
        if article.pub_date and anchor is None:
            doc.errors.append(
                f"timeexpr: article {article.id}: unreadable pub_date {article.pub_date!r}")
        if anchor is None:
            value, source = publication_date_from_text(text, article.lang)
            if value:
                article.pub_date, article.pub_date_source = value, source
                anchor = parse_pub_date(value)
        segments = doc.segments or [Segment(0, len(text), article.lang or guess_lang(text))]
        found = []
        for segment in segments:
            found.extend(find_time_expressions(text, segment.lang, self._segment_anchor(
                doc, segment, anchor), segment.start, segment.end))
        doc.time_expressions = sorted(found, key=lambda te: te.start)

    @staticmethod
    def _segment_anchor(doc: Document, segment: Segment, anchor):
        """A quoted post in another language than the article ("— UN News (@UNNews)
        March 11, 2024") speaks relative to its own date."""
        if segment.lang == doc.article.lang or len(doc.segments) < 2:
            return anchor
        posted = embedded_post_date(doc.text, segment.start, segment.end)
        return parse_pub_date(posted) if posted else anchor
