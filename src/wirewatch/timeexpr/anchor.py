"""The publication date of a document as a date (the anchor of relative expressions)."""

from __future__ import annotations

import datetime as dt

from wirewatch.records import Document


def parse_pub_date(value: object) -> dt.date | None:
    """ISO date or datetime (with or without zone) to a date; None when unparseable."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def document_anchor(doc: Document) -> dt.date | None:
    return parse_pub_date(doc.article.pub_date)
