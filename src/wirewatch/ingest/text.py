"""Plain-text reports."""

from __future__ import annotations

from wirewatch.ingest.fingerprint import content_hash
from wirewatch.ingest.ids import file_id, url_id
from wirewatch.ingest.options import IngestFailure
from wirewatch.records import Article

_MAX_TITLE_CHARS = 200
_MAX_TITLE_WORDS = 30
_SENTENCE_ENDINGS = (".", "!", ";", ",", ":", "…", "؛", "،")


def headline(text: str) -> str | None:
    """The first line of ``text`` if it reads as a headline, else ``None``.

    A headline is a short first line, not ending like a running sentence, followed by
    more text.  Question marks are allowed: headlines ask questions.
    """
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if not first or not rest.strip():
        return None
    if len(first) > _MAX_TITLE_CHARS or len(first.split()) > _MAX_TITLE_WORDS:
        return None
    if first.endswith(_SENTENCE_ENDINGS):
        return None
    return first


def article_from_text(text: str, name: str, url: str | None = None) -> Article:
    """An article from decoded plain text; ``name`` is the path or address read.

    The text is kept verbatim (with its headline) so that offsets refer to it.
    """
    if not text.strip():
        raise IngestFailure("no text (only whitespace)")
    digest = content_hash(text)
    return Article(
        id=url_id(url) if url else file_id(name, digest),
        text=text,
        title=headline(text),
        url=url,
        content_hash=digest,
    )
