"""Options of an ingest run and the error record it yields for bad input."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class IngestOptions:
    """How inputs are read.

    ``max_bytes`` bounds every single document read into memory: a text or HTML file, a
    downloaded page or feed, one JSONL line, one WARC record.  Larger ones are refused
    with an :class:`InputError`; JSONL and WARC files themselves are streamed and may be
    of any size.  ``timeout`` is the time allowed for one HTTP request, from connecting
    to the last byte.
    """

    allow_private: bool = False
    timeout: float = 20.0
    max_bytes: int = 20_000_000
    max_redirects: int = 5
    user_agent: str = "wirewatch/0.1 (+https://github.com/wirewatch/wirewatch; news event coder)"
    fetch_feed_pages: bool = True
    recursive: bool = True


@dataclass
class InputError:
    """An input (or part of one, e.g. ``file.jsonl:12``) that could not be read."""

    input: str
    reason: str

    def __str__(self) -> str:
        return " ".join(f"{self.input}: {self.reason}".split())


class IngestFailure(Exception):
    """Raised inside the package for a bad input; turned into an :class:`InputError`."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
