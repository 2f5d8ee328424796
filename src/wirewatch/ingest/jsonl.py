"""JSON Lines (one article object per line, streamed) and JSON documents."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from io import BytesIO
from typing import IO, Any

from wirewatch.ingest.fingerprint import content_hash
from wirewatch.ingest.ids import text_id, url_id
from wirewatch.ingest.metadata import normalize_date, normalize_lang
from wirewatch.ingest.options import IngestOptions, InputError
from wirewatch.records import Article

_STRING_FIELDS = ("title", "url", "source", "pub_date_source")
# Fields the reader computes itself; values found in the input are ignored.
_COMPUTED_FIELDS = ("content_hash", "near_duplicate_of", "near_duplicate_score")


class _LineTooLong(Exception):
    pass


def _lines(stream: IO[str] | IO[bytes], max_bytes: int) -> Iterator[str | bytes | _LineTooLong]:
    """Lines of at most ``max_bytes``; a longer line is skipped and reported."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n" if isinstance(line, bytes) else "\n"):
            while True:  # drop the rest of the over-long line in bounded pieces
                rest = stream.readline(max_bytes)
                if not rest or rest.endswith(b"\n" if isinstance(rest, bytes) else "\n"):
                    break
            yield _LineTooLong()
            continue
        yield line


def _text_of(line: str | bytes, first: bool) -> str:
    if isinstance(line, bytes):
        if first and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        return line.decode("utf-8")
    return line.removeprefix("\ufeff") if first else line


def article_from_record(record: dict[str, Any]) -> Article:
    """An article from one decoded JSON object; raises ValueError with the reason."""
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("no \"text\" string" if text is None else "\"text\" is not a string")
    if not text.strip():
        raise ValueError("\"text\" is empty")
    fields: dict[str, Any] = {}
    for name in _STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"\"{name}\" is not a string")
        fields[name] = value or None
    extra = {
        key: value for key, value in record.items()
        if key not in Article.__dataclass_fields__ and key not in _COMPUTED_FIELDS
    }
    if isinstance(record.get("extra"), dict):
        extra = {**record["extra"], **extra}
    raw_date = record.get("pub_date")
    pub_date = normalize_date(raw_date)
    if raw_date not in (None, "") and pub_date is None:
        extra["pub_date_raw"] = raw_date
    raw_lang = record.get("lang")
    lang = normalize_lang(raw_lang)
    if raw_lang not in (None, "") and lang is None:
        extra["lang_raw"] = raw_lang
    digest = content_hash(text)
    raw_id = record.get("id")
    if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and str(raw_id).strip():
        article_id = str(raw_id).strip()
    elif fields["url"]:
        article_id = url_id(fields["url"])
    else:
        article_id = text_id(digest)
    return Article(
        id=article_id,
        text=text,
        title=fields["title"],
        url=fields["url"],
        pub_date=pub_date,
        pub_date_source=(fields["pub_date_source"] or "metadata") if pub_date else None,
        lang=lang,
        source=fields["source"],
        extra=extra,
        content_hash=digest,
    )


def read_jsonl(
    stream: IO[str] | IO[bytes], name: str, max_bytes: int = IngestOptions.max_bytes
) -> Iterator[Article | InputError]:
    """Articles of a JSON Lines stream (UTF-8), one per line, read line by line.

    Fields: ``id``, ``text`` (required), ``title``, ``url``, ``pub_date``, ``lang``,
    ``source``; any other field is kept in ``Article.extra``.  A line that is not
    valid UTF-8 or JSON, is not an object, has no text or is longer than ``max_bytes``
    yields an :class:`InputError` named ``name:line N`` and reading goes on.  Blank
    lines are skipped.
    """
    for number, line in enumerate(_lines(stream, max_bytes), start=1):
        where = f"{name}:line {number}"
        if isinstance(line, _LineTooLong):
            yield InputError(where, f"line longer than max_bytes ({max_bytes})")
            continue
        try:
            decoded = _text_of(line, number == 1)
        except UnicodeDecodeError as error:
            yield InputError(where, f"not valid UTF-8 (byte {error.start + 1})")
            continue
        if not decoded.strip():
            continue
        try:
            record = json.loads(decoded)
        except json.JSONDecodeError as error:
            yield InputError(where, f"not valid JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, f"not a JSON object but {type(record).__name__}")
            continue
        try:
            yield article_from_record(record)
        except ValueError as error:
            yield InputError(where, str(error))


def read_json_document(data: bytes, name: str, max_bytes: int) -> Iterator[Article | InputError]:
    """Articles of a whole JSON document: one article object or an array of them.

    A document that turns out to hold several values (JSON Lines under a ``.json``
    name) is read as JSON Lines.  Array items that are not articles yield an
    :class:`InputError` named ``name:item N`` (from 1).
    """
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        yield InputError(name, f"not valid UTF-8 (byte {error.start + 1})")
        return
    try:
        document = json.loads(decoded)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":
            yield from read_jsonl(BytesIO(data), name, max_bytes)
        else:
            yield InputError(name, f"not valid JSON ({error.msg} at line {error.lineno})")
        return
    if isinstance(document, dict):
        items: list[Any] = [document]
    elif isinstance(document, list):
        items = document
    else:
        yield InputError(name, f"not a JSON object or array but {type(document).__name__}")
        return
    for number, item in enumerate(items, start=1):
        where = name if isinstance(document, dict) else f"{name}:item {number}"
        if not isinstance(item, dict):
            yield InputError(where, f"not a JSON object but {type(item).__name__}")
            continue
        try:
            yield article_from_record(item)
        except ValueError as error:
            yield InputError(where, str(error))
