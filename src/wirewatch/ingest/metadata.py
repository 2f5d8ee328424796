"""Normalising metadata values found in inputs: language codes and dates."""

from __future__ import annotations

import email.utils
import time
from datetime import UTC, date, datetime

_THREE_LETTER = {"eng": "en", "fra": "fr", "fre": "fr", "ara": "ar"}


def normalize_lang(value: object) -> str | None:
    """ISO 639-1 code from a language tag (``fr-FR`` -> ``fr``, ``ara`` -> ``ar``)."""
    if not isinstance(value, str):
        return None
    primary = value.strip().replace("_", "-").split("-", 1)[0].lower()
    primary = _THREE_LETTER.get(primary, primary)
    if primary.isascii() and primary.isalpha() and len(primary) in (2, 3):
        return primary
    return None


def normalize_date(value: object) -> str | None:
    """An ISO 8601 date or datetime from ISO or RFC 2822 text; ``None`` if neither."""
    if not isinstance(value, str) or not value.strip():
        return None
    raw = value.strip()
    try:
        if len(raw) == 10:
            return date.fromisoformat(raw).isoformat()
        return datetime.fromisoformat(raw).isoformat()
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.isoformat()


def struct_time_to_iso(value: time.struct_time | None) -> str | None:
    """ISO datetime (UTC) from a ``time.struct_time`` as feedparser gives it."""
    if value is None:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None
