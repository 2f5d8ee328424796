"""Deciding what a document is: HTML, feed, JSONL, WARC, plain text or binary.

Magic numbers of binary formats win over everything (a PNG named ``.txt`` is a PNG);
then the file extension or the HTTP content type; then a look at the first bytes.
"""

from __future__ import annotations

from enum import Enum

from wirewatch.ingest.charset import bom_encoding, content_type_mime, utf16_without_bom


class Kind(Enum):
    HTML = "html"
    FEED = "feed"
    JSONL = "jsonl"
    JSON = "json"
    WARC = "warc"
    TEXT = "text"
    BINARY = "binary"
    UNSUPPORTED = "unsupported"


# (magic prefix, offset, MIME type) of binary formats met among downloaded files.
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"WEBP", 8, "image/webp"),
    (b"%PDF-", 0, "application/pdf"),
    (b"PK\x03\x04", 0, "application/zip"),
    (b"PK\x05\x06", 0, "application/zip"),
    (b"\x1f\x8b", 0, "application/gzip"),
    (b"BZh", 0, "application/x-bzip2"),
    (b"\xfd7zXZ\x00", 0, "application/x-xz"),
    (b"7z\xbc\xaf\x27\x1c", 0, "application/x-7z-compressed"),
    (b"\x7fELF", 0, "application/x-executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "application/x-ole-storage"),
    (b"\x00\x00\x01\x00", 0, "image/x-icon"),
    (b"OggS", 0, "audio/ogg"),
    (b"ID3", 0, "audio/mpeg"),
    (b"ftyp", 4, "video/mp4"),
    (b"\x1a\x45\xdf\xa3", 0, "video/webm"),
    (b"wOFF", 0, "font/woff"),
    (b"wOF2", 0, "font/woff2"),
    (b"SQLite format 3\x00", 0, "application/vnd.sqlite3"),
)

_EXTENSIONS: dict[str, Kind] = {
    ".html": Kind.HTML, ".htm": Kind.HTML, ".xhtml": Kind.HTML, ".shtml": Kind.HTML,
    ".rss": Kind.FEED, ".atom": Kind.FEED, ".rdf": Kind.FEED, ".xml": Kind.FEED,
    ".jsonl": Kind.JSONL, ".ndjson": Kind.JSONL, ".json": Kind.JSON,
    ".jsonl.gz": Kind.JSONL, ".ndjson.gz": Kind.JSONL,
    ".warc": Kind.WARC, ".warc.gz": Kind.WARC,
    ".txt": Kind.TEXT, ".text": Kind.TEXT,
}

# Files of these types are assets, not reports: skipped silently inside a directory.
ASSET_EXTENSIONS = frozenset({
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff",
    ".css", ".js", ".mjs", ".map", ".woff", ".woff2", ".ttf", ".otf", ".eot",
    ".mp3", ".mp4", ".webm", ".ogg", ".wav", ".avi", ".mov",
    ".pyc", ".so", ".o", ".exe", ".dll", ".class", ".jar", ".db", ".sqlite",
})

_MIME_KINDS: dict[str, Kind] = {
    "text/html": Kind.HTML, "application/xhtml+xml": Kind.HTML,
    "application/rss+xml": Kind.FEED, "application/atom+xml": Kind.FEED,
    "application/rdf+xml": Kind.FEED,
    "application/x-ndjson": Kind.JSONL, "application/jsonl": Kind.JSONL,
    "application/jsonlines": Kind.JSONL, "application/json-lines": Kind.JSONL,
    "application/x-jsonlines": Kind.JSONL,
    "application/warc": Kind.WARC,
    "application/json": Kind.JSON,
}
# Types that say little: the content decides.
_GENERIC_MIMES = frozenset({
    "", "text/plain", "application/octet-stream", "application/xml", "text/xml",
    "binary/octet-stream",
})

_SNIFF_BYTES = 2048


_COMPOUND_EXTENSIONS = (".warc.gz", ".jsonl.gz", ".ndjson.gz")


def extension_of(name: str) -> str:
    """Lower-case extension, with ``.warc.gz``, ``.jsonl.gz`` and ``.ndjson.gz`` kept whole."""
    lowered = name.lower().rsplit("/", 1)[-1]
    for compound in _COMPOUND_EXTENSIONS:
        if lowered.endswith(compound):
            return compound
    dot = lowered.rfind(".")
    return lowered[dot:] if dot > 0 else ""


def binary_mime(head: bytes) -> str | None:
    """The MIME type of a binary format recognised by its magic number, or of
    unrecognised binary data (NUL bytes in text without a UTF-16/32 byte-order mark)."""
    if head.startswith(b"WARC/"):
        return None
    for magic, offset, mime in _MAGIC:
        if head[offset:offset + len(magic)] == magic:
            return mime
    if (
        b"\x00" in head[:_SNIFF_BYTES]
        and bom_encoding(head) is None
        and utf16_without_bom(head) is None
    ):
        return "application/octet-stream"
    return None


def _sniff_text(head: bytes) -> Kind:
    bom = bom_encoding(head)
    utf16 = utf16_without_bom(head)
    if bom is not None:
        encoding, length = bom
        sample = head[length:].decode(encoding, errors="ignore")
    elif utf16 is not None:
        sample = head.decode(utf16, errors="ignore")
    else:
        sample = head[:_SNIFF_BYTES].decode("latin-1")
    sample = sample.lstrip().lower()
    if sample.startswith("warc/"):
        return Kind.WARC
    if sample.startswith("{"):
        return Kind.JSONL
    if sample.startswith("["):
        return Kind.JSON
    start = sample[:_SNIFF_BYTES]
    if sample.startswith("<?xml") or sample.startswith("<rss") or sample.startswith("<feed"):
        if "<html" in start and "<rss" not in start and "<feed" not in start:
            return Kind.HTML
        return Kind.FEED
    if sample.startswith("<"):
        if "<rss" in start or "<feed" in start or "<rdf:rdf" in start:
            return Kind.FEED
        return Kind.HTML
    if any(tag in start for tag in ("<html", "<body", "<p>", "<div", "<article")):
        return Kind.HTML
    return Kind.TEXT


def sniff(head: bytes, name: str = "", content_type: str | None = None) -> tuple[Kind, str | None]:
    """The kind of a document from its first bytes, its name and its content type.

    Returns the kind and, for :attr:`Kind.BINARY` and :attr:`Kind.UNSUPPORTED`, the
    MIME type to report.
    """
    mime = binary_mime(head)
    gzipped_stream = mime == "application/gzip" and (
        extension_of(name) in _COMPOUND_EXTENSIONS
        or content_type_mime(content_type) == "application/warc"
    )
    if mime is not None and not gzipped_stream:
        return Kind.BINARY, mime
    by_extension = _EXTENSIONS.get(extension_of(name))
    if by_extension is not None and by_extension is not Kind.TEXT:
        return by_extension, None
    declared = content_type_mime(content_type)
    if declared in _MIME_KINDS:
        return _MIME_KINDS[declared], None
    if declared not in _GENERIC_MIMES and not declared.startswith("text/"):
        return Kind.UNSUPPORTED, declared
    if by_extension is Kind.TEXT:
        # A .txt file holding a saved page is still read as text: the extension is
        # the user's word on what the file is.
        return Kind.TEXT, None
    return _sniff_text(head), None
