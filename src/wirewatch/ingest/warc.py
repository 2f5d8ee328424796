"""WARC files (plain or gzipped per record, as news crawls distribute them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from wirewatch.ingest.charset import content_type_charset, decode_bytes
from wirewatch.ingest.html import article_from_html
from wirewatch.ingest.metadata import normalize_date
from wirewatch.ingest.options import IngestFailure, InputError
from wirewatch.ingest.sniff import Kind, sniff
from wirewatch.records import Article

_HTML_RECORD_TYPES = ("response", "resource")


class _QuietArchiveIterator(ArchiveIterator):
    # warcio writes a warning to stderr for a record not followed by a blank line (a
    # wrong Content-Length); it also counts them in err_count, reported as an InputError.
    INC_RECORD = ""


def read_warc(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Article | InputError]:
    """Articles of the HTML response records of a WARC stream.

    Other records (requests, metadata, redirects, images, robots.txt) are skipped.  A
    record whose payload exceeds ``max_bytes`` becomes an :class:`InputError`.
    """
    records = malformed = 0
    try:
        records_iterator = _QuietArchiveIterator(stream)
        for record in records_iterator:
            if not record.rec_type:
                malformed += 1
                continue
            records += 1
            if record.rec_type not in _HTML_RECORD_TYPES:
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or None
            label = f"{name}#{uri}" if uri else name
            content_type = record.rec_headers.get_header("Content-Type")
            if record.http_headers is not None:
                status = record.http_headers.get_statuscode()
                if not status or not status.startswith("2"):
                    continue
                content_type = record.http_headers.get_header("Content-Type")
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                yield InputError(label, f"record payload larger than max_bytes ({max_bytes})")
                continue
            kind, _ = sniff(payload[:4096], "", content_type)
            if kind is not Kind.HTML:
                continue
            try:
                text, _ = decode_bytes(payload, content_type_charset(content_type), html=True)
                article = article_from_html(text, label, url=uri)
            except IngestFailure as failure:
                yield InputError(label, failure.reason)
                continue
            if article.pub_date is None:
                warc_date = normalize_date(record.rec_headers.get_header("WARC-Date"))
                if warc_date:
                    article.pub_date, article.pub_date_source = warc_date, "warc"
            article.extra["warc_record_id"] = record.rec_headers.get_header("WARC-Record-ID")
            yield article
    except ArchiveLoadFailed as error:
        raise IngestFailure(f"not a readable WARC file: {' '.join(str(error).split())}") from None
    if records == 0:
        raise IngestFailure("no valid WARC records found")
    if malformed:
        yield InputError(name, f"{malformed} malformed WARC record(s) without WARC-Type skipped")
    if records_iterator.err_count:
        yield InputError(
            name, f"{records_iterator.err_count} WARC record(s) not followed by a blank line "
            "(wrong Content-Length?); what could be read was read"
        )
