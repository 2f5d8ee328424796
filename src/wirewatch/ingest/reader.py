"""The entry point: read files, directories, URLs and stdin into articles."""

from __future__ import annotations

import gzip
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from io import BytesIO
from typing import IO, TYPE_CHECKING

from wirewatch.ingest.charset import content_type_charset, decode_bytes
from wirewatch.ingest.jsonl import read_json_document, read_jsonl
from wirewatch.ingest.options import IngestFailure, IngestOptions, InputError
from wirewatch.ingest.sniff import ASSET_EXTENSIONS, Kind, extension_of, sniff
from wirewatch.ingest.text import article_from_text
from wirewatch.records import Article

if TYPE_CHECKING:
    from wirewatch.ingest.http import Fetcher

# The readers of URLs, feeds, HTML pages and WARC files import their libraries (httpx,
# feedparser, trafilatura, warcio) on first use: JSON lines and plain text need none of them.

STDIN = "-"
GZIP_MAGIC = b"\x1f\x8b"
_HEAD_BYTES = 8192

Result = Article | InputError


def _guarded(name: str, produce: Callable[[], Iterator[Result]]) -> Iterator[Result]:
    """Run one input's reader; whatever goes wrong becomes one InputError."""
    try:
        yield from produce()
    except IngestFailure as failure:
        yield InputError(name, failure.reason)
    except OSError as error:
        yield InputError(name, f"cannot read ({error.strerror or type(error).__name__})")
    except Exception as error:  # a reader bug or a library failing on odd input
        yield InputError(name, f"unexpected {type(error).__name__}: {str(error)[:300]}")


class _Reader:
    def __init__(self, options: IngestOptions):
        self.options = options
        self._fetcher: Fetcher | None = None

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            from wirewatch.ingest.http import Fetcher

            self._fetcher = Fetcher(self.options)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    def read(self, item: str) -> Iterator[Result]:
        if item == STDIN:
            stream: IO[bytes] | IO[str] = getattr(sys.stdin, "buffer", sys.stdin)
            yield from _guarded("<stdin>", lambda: read_jsonl(stream, "<stdin>", self.options.max_bytes))
        elif "://" in item:
            yield from _guarded(item, lambda: self._url(item))
        elif os.path.isdir(item):
            yield from _guarded(item, lambda: self._directory(item))
        elif os.path.exists(item):
            yield from _guarded(item, lambda: self._file(item))
        else:
            yield InputError(item, "no such file or directory")

    def _directory(self, root: str) -> Iterator[Result]:
        """Files under ``root``, streamed directory by directory (filesystem order).

        Hidden entries are skipped, symbolic links to directories are not followed,
        and asset files (images, scripts, style sheets, fonts) are skipped silently.
        """
        pending = [root]
        while pending:
            directory = pending.pop()
            try:
                entries = os.scandir(directory)
            except OSError as error:
                yield InputError(directory, f"cannot list directory ({error.strerror})")
                continue
            with entries:
                yield from self._entries(directory, entries, pending)

    def _entries(
        self, directory: str, entries: Iterator[os.DirEntry[str]], pending: list[str]
    ) -> Iterator[Result]:
        try:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                try:
                    is_dir = entry.is_dir(follow_symlinks=False)
                    is_file = entry.is_file()
                except OSError:
                    continue
                if is_dir:
                    if self.options.recursive:
                        pending.append(entry.path)
                elif is_file and extension_of(entry.name) not in ASSET_EXTENSIONS:
                    path = entry.path
                    yield from _guarded(path, lambda path=path: self._file(path))
        except OSError as error:  # the directory went away or became unreadable mid-listing
            yield InputError(directory, f"cannot list directory ({error.strerror})")

    def _file(self, path: str) -> Iterator[Result]:
        if not stat.S_ISREG(os.stat(path).st_mode):
            # Opening a named pipe would block until something writes to it.
            raise IngestFailure("not a regular file")
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise IngestFailure("not a regular file")
            head = handle.read(_HEAD_BYTES)
            if not head:
                raise IngestFailure("empty file")
            kind, mime = sniff(head, path)
            if kind is Kind.WARC:  # warcio reads gzipped records itself
                from wirewatch.ingest.warc import read_warc

                handle.seek(0)
                yield from read_warc(handle, path, self.options.max_bytes)
                return
            if kind is Kind.JSONL:
                handle.seek(0)
                if head.startswith(GZIP_MAGIC):
                    try:
                        with gzip.open(handle, "rb") as lines:
                            yield from read_jsonl(lines, path, self.options.max_bytes)
                    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
                        raise IngestFailure(f"damaged gzip stream ({error})") from None
                else:
                    yield from read_jsonl(handle, path, self.options.max_bytes)
                return
            if kind is Kind.BINARY:
                raise IngestFailure(f"binary content ({mime})")
            if info.st_size > self.options.max_bytes:
                raise IngestFailure(
                    f"file of {info.st_size} bytes is larger than max_bytes "
                    f"({self.options.max_bytes})"
                )
            data = head + handle.read(self.options.max_bytes + 1 - len(head))
            if len(data) > self.options.max_bytes:  # grew while being read
                raise IngestFailure(f"file is larger than max_bytes ({self.options.max_bytes})")
        yield from self._document(data, path, kind, mime, url=None, content_type=None)

    def _url(self, url: str) -> Iterator[Result]:
        fetched = self.fetcher.fetch(url)
        if not fetched.data:
            raise IngestFailure("empty response")
        kind, mime = sniff(fetched.data[:_HEAD_BYTES], "", fetched.content_type)
        if kind is Kind.JSONL:
            yield from read_jsonl(BytesIO(fetched.data), url, self.options.max_bytes)
        elif kind is Kind.WARC:
            from wirewatch.ingest.warc import read_warc

            yield from read_warc(BytesIO(fetched.data), url, self.options.max_bytes)
        else:
            yield from self._document(
                fetched.data, url, kind, mime, url=fetched.url, content_type=fetched.content_type
            )

    def _document(
        self, data: bytes, name: str, kind: Kind, mime: str | None,
        url: str | None, content_type: str | None,
    ) -> Iterator[Result]:
        if kind is Kind.BINARY:
            raise IngestFailure(f"binary content ({mime})")
        if kind is Kind.UNSUPPORTED:
            raise IngestFailure(f"unsupported content type ({mime})")
        if kind is Kind.JSON:
            yield from read_json_document(data, name, self.options.max_bytes)
            return
        if kind is Kind.FEED:
            from wirewatch.ingest.feeds import read_feed

            read_page = self._page if self.options.fetch_feed_pages else None
            yield from read_feed(data, name, read_page)
            return
        text, _ = decode_bytes(data, content_type_charset(content_type), html=kind is Kind.HTML)
        if not text.strip():
            raise IngestFailure("no text (only whitespace)")
        if kind is Kind.HTML:
            from wirewatch.ingest.html import article_from_html

            yield article_from_html(text, name, url=url)
        else:
            yield article_from_text(text, name, url=url)

    def _page(self, link: str) -> Article:
        """The article of a feed entry's page."""
        fetched = self.fetcher.fetch(link)
        kind, mime = sniff(fetched.data[:_HEAD_BYTES], "", fetched.content_type)
        if kind not in (Kind.HTML, Kind.TEXT):
            raise IngestFailure(f"linked page is not HTML ({mime or kind.value})")
        text, _ = decode_bytes(
            fetched.data, content_type_charset(fetched.content_type), html=kind is Kind.HTML
        )
        if kind is Kind.HTML:
            from wirewatch.ingest.html import article_from_html

            return article_from_html(text, link, url=fetched.url)
        return article_from_text(text, link, url=fetched.url)


def read_inputs(
    inputs: Iterable[str], options: IngestOptions | None = None
) -> Iterator[Article | InputError]:
    """Articles from files, directories, http(s) URLs and ``"-"`` (JSONL on stdin).

    Streams: articles are yielded as they are read.  Bad input never raises; each
    yields an :class:`InputError` naming it and the reason, and reading goes on.
    """
    if isinstance(inputs, str | bytes | os.PathLike):
        inputs = [os.fsdecode(inputs)]  # one input, not a sequence of characters
    reader = _Reader(options or IngestOptions())
    try:
        for item in inputs:
            yield from reader.read(str(item))
    finally:
        reader.close()
