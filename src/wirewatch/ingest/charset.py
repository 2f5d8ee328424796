"""Turning bytes of unknown encoding into text.

Order of evidence: a byte-order mark; the charset declared by the transport (HTTP
``Content-Type``) or the document (HTML ``<meta charset>``, ``http-equiv``) when it
decodes cleanly; clean UTF-8; UTF-8 with a few damaged bytes; charset-normalizer's
detection (first among the legacy encodings of English, French and Arabic, then among
all); and last UTF-8 with replacement characters.
"""

from __future__ import annotations

import codecs
import email.message
from html.parser import HTMLParser

import charset_normalizer

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# As browsers do (WHATWG Encoding): these labels mean windows-1252 in practice.
_LABEL_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}

_META_SCAN_BYTES = 4096

# Legacy encodings of the languages wirewatch reads (English, French, Arabic).  Asking
# charset-normalizer to choose among these first avoids its guessing a Central European
# code page for a short Latin-1 French text; other encodings are tried after them.
_PREFERRED_ENCODINGS = ["utf_8", "cp1252", "latin_1", "iso8859_15", "cp1256", "iso8859_6"]


def utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, recognised in Latin-script text by every
    other byte being NUL; the codec name, or ``None``."""
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return None
    evens, odds = sample[0::2], sample[1::2]
    if odds.count(0) > 0.9 * len(odds) and evens.count(0) < 0.1 * len(evens):
        return "utf-16-le"
    if evens.count(0) > 0.9 * len(evens) and odds.count(0) < 0.1 * len(odds):
        return "utf-16-be"
    return None


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding announced by a byte-order mark and the mark's length."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def content_type_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a MIME content type, if any."""
    if not content_type:
        return None
    message = email.message.Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return charset.strip() if isinstance(charset, str) and charset.strip() else None


def content_type_mime(content_type: str | None) -> str:
    """The bare MIME type (``text/html``) of a content type header, lower case."""
    if not content_type:
        return ""
    return content_type.split(";", 1)[0].strip().lower()


class _MetaCharsetParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.charset: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.charset is not None or tag != "meta":
            return
        values = {name.lower(): (value or "") for name, value in attrs}
        if values.get("charset"):
            self.charset = values["charset"].strip()
        elif values.get("http-equiv", "").lower() == "content-type":
            self.charset = content_type_charset(values.get("content"))


def html_meta_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in its first few kilobytes."""
    parser = _MetaCharsetParser()
    try:
        parser.feed(data[:_META_SCAN_BYTES].decode("latin-1"))
    except Exception:  # a broken head must not stop decoding; other evidence remains
        return None
    return parser.charset


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few damaged bytes, decoded with replacement characters.

    Text in a legacy single-byte encoding almost never contains a valid multi-byte
    UTF-8 sequence, so valid ones outnumbering broken ones means damaged UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - broken
    return text if valid > 0 and valid >= 4 * broken else None


def decode_bytes(data: bytes, declared: str | None = None, html: bool = False) -> tuple[str, str]:
    """Decode ``data``; returns the text and the name of the encoding used.

    ``declared`` is a transport-level charset (HTTP header); ``html`` makes the
    document's own ``<meta>`` declaration count as well.
    """
    bom = bom_encoding(data)
    if bom is not None:
        encoding, length = bom
        return data[length:].decode(encoding, errors="replace"), encoding
    candidates = [_codec(declared), utf16_without_bom(data)]
    if html:
        candidates.append(_codec(html_meta_charset(data)))
    for encoding in candidates:
        if encoding is None:
            continue
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = _mostly_utf8(data)
    if damaged is not None:
        return damaged, "utf-8"
    for isolation in (_PREFERRED_ENCODINGS, None):
        best = charset_normalizer.from_bytes(data, cp_isolation=isolation).best()
        if best is not None and best.encoding:
            return str(best), best.encoding
    return data.decode("utf-8", errors="replace"), "utf-8"
