"""RSS and Atom feeds, parsed only after a hardened XML parser has refused entities."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from io import BytesIO
from typing import Any
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree
import feedparser
from defusedxml import (
    DefusedXmlException,
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)

from wirewatch.ingest.fingerprint import content_hash
from wirewatch.ingest.fragments import fragment_text
from wirewatch.ingest.ids import guid_id, text_id, url_id
from wirewatch.ingest.metadata import normalize_lang, struct_time_to_iso
from wirewatch.ingest.options import IngestFailure, InputError
from wirewatch.records import Article

# An entry without a full-content element whose summary has fewer words than this
# carries a teaser, not the report: its page is fetched (when allowed) and the page's
# main text used if longer.  Content elements are taken as the report unless shorter
# than CONTENT_MIN_WORDS.
SUMMARY_MAX_WORDS = 150
CONTENT_MIN_WORDS = 25

PageReader = Callable[[str], Article]


def check_xml_safety(data: bytes) -> None:
    """Refuse XML that declares entities or references external resources.

    A plain ``<!DOCTYPE rss ...>`` line (old RSS 0.91 feeds have one) is allowed; any
    entity declaration (billion laughs) or external entity is refused before
    feedparser sees the document.  Badly formed XML is left to feedparser's lenient
    parser, unless it contains an entity declaration.
    """
    try:
        defusedxml.ElementTree.fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except EntitiesForbidden as error:
        raise IngestFailure(f"XML entity declaration refused ({error.name})") from None
    except ExternalReferenceForbidden as error:
        raise IngestFailure(f"XML external reference refused ({error.sysid})") from None
    except (DTDForbidden, DefusedXmlException) as error:
        raise IngestFailure(f"unsafe XML refused ({type(error).__name__})") from None
    except (ParseError, ValueError, LookupError):
        if b"<!entity" in data.lower():
            raise IngestFailure("XML entity declaration refused (in badly formed XML)") from None


def _detail_text(value: str | None, detail: Any) -> str:
    if not value:
        return ""
    content_type = (detail or {}).get("type", "") if isinstance(detail, dict) else ""
    if content_type == "text/plain":
        return value.strip()
    return fragment_text(value)


def _entry_text(entry: Any) -> tuple[str, str | None]:
    """The longest text an entry carries (content or summary) and its language."""
    candidates: list[tuple[str, str | None]] = []
    for content in entry.get("content") or []:
        candidates.append((_detail_text(content.get("value"), content), content.get("language")))
    summary_detail = entry.get("summary_detail") or {}
    candidates.append(
        (_detail_text(entry.get("summary"), summary_detail), summary_detail.get("language"))
    )
    return max(candidates, key=lambda pair: len(pair[0]))


def read_feed(
    data: bytes, name: str, read_page: PageReader | None = None
) -> Iterator[Article | InputError]:
    """Articles of the entries of a feed document.

    ``read_page`` (given when pages may be fetched) turns an entry's link into an
    article; it is used for entries that only carry a short summary.  Raises
    :class:`IngestFailure` for unsafe XML or a document that is not a feed.
    """
    check_xml_safety(data)
    try:
        parsed = feedparser.parse(BytesIO(data), sanitize_html=True, resolve_relative_uris=True)
    except (UnicodeError, LookupError, ValueError) as error:
        # feedparser trips on some damaged XML declarations instead of flagging them.
        raise IngestFailure(f"not an RSS or Atom feed: {type(error).__name__}") from None
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f": {' '.join(str(problem).split())}" if problem else ""
        raise IngestFailure(f"not an RSS or Atom feed{detail}")
    feed = parsed.get("feed") or {}
    feed_title = (feed.get("title") or "").strip() or None
    feed_lang = normalize_lang(feed.get("language"))
    for number, entry in enumerate(parsed.entries, start=1):
        yield from _entry_articles(entry, number, name, feed_title, feed_lang, read_page)


def _entry_articles(
    entry: Any,
    number: int,
    name: str,
    feed_title: str | None,
    feed_lang: str | None,
    read_page: PageReader | None,
) -> Iterator[Article | InputError]:
    text, text_lang = _entry_text(entry)
    link = (entry.get("link") or "").strip() or None
    guid = (entry.get("id") or "").strip() or None
    title = _detail_text(entry.get("title"), entry.get("title_detail")) or None
    page: Article | None = None
    words = len(text.split())
    teaser = words < CONTENT_MIN_WORDS or (not entry.get("content") and words < SUMMARY_MAX_WORDS)
    if link and read_page is not None and teaser:
        try:
            page = read_page(link)
        except IngestFailure as failure:
            yield InputError(link, f"page of feed entry {number} of {name}: {failure.reason}")
        except Exception as error:  # one odd page must not end the rest of the feed
            yield InputError(
                link, f"page of feed entry {number} of {name}: unexpected {type(error).__name__}"
            )
    if page is not None and len(page.text) > len(text):
        text = page.text
    elif page is not None:
        page = None
    if not text.strip():
        yield InputError(f"{name}#entry{number}", "feed entry has neither text nor a readable page")
        return
    digest = content_hash(text)
    if guid and guid.startswith(("http://", "https://")):
        article_id = url_id(guid)
    elif guid:
        article_id = guid_id(guid)
    elif link:
        article_id = url_id(link)
    else:
        article_id = text_id(digest)
    # dict.get: feedparser's own get() warns when "updated_parsed" is missing.
    pub_date = struct_time_to_iso(
        dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    )
    title_lang = (entry.get("title_detail") or {}).get("language")
    entry_lang = normalize_lang(text_lang) or normalize_lang(title_lang) or feed_lang
    # The text's own language: the page's declaration when the text comes from the page.
    lang = (page.lang if page else None) or entry_lang
    extra: dict[str, Any] = {"feed": name}
    if guid:
        extra["guid"] = guid
    if page is not None:
        extra["text_from"] = "page"
    yield Article(
        id=article_id,
        text=text,
        title=title or (page.title if page else None),
        url=link,
        pub_date=pub_date or (page.pub_date if page else None),
        pub_date_source="feed" if pub_date else (page.pub_date_source if page else None),
        lang=lang,
        source=feed_title or (page.source if page else None),
        extra=extra,
        content_hash=digest,
    )
