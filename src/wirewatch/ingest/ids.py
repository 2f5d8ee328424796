"""Stable article ids for inputs that do not carry one."""

from __future__ import annotations

import hashlib


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def url_id(url: str) -> str:
    """Id of a report known by its address (page, feed entry, WARC record)."""
    return f"url-{_digest(url)}"


def guid_id(guid: str) -> str:
    """Id of a feed entry known by a guid that is not an address."""
    return f"guid-{_digest(guid)}"


def file_id(path: str, text_hash: str) -> str:
    """Id of a report read from a file: its path and the hash of its text."""
    return f"file-{_digest(path + chr(0) + text_hash)}"


def text_id(text_hash: str) -> str:
    """Id of a report known only by its text."""
    return f"text-{text_hash[:16]}"
