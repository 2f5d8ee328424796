"""HTML pages: main text, title, publication date and language via trafilatura."""

from __future__ import annotations

import copy
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml import etree

from wirewatch.ingest.fingerprint import content_hash
from wirewatch.ingest.ids import file_id, url_id
from wirewatch.ingest.metadata import normalize_lang
from wirewatch.ingest.options import IngestFailure
from wirewatch.records import Article

# Dates from the page's metadata and markup only: htmldate's extensive search also
# takes dates mentioned in the running text, which for news are often event dates.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

# Fewer words than this is a menu, a cookie notice or an error page, not a report.
MIN_MAIN_TEXT_WORDS = 5


def _has_main_text(document: object) -> bool:
    text = getattr(document, "text", None) or ""
    return len(text.split()) >= MIN_MAIN_TEXT_WORDS


def _declared_language(tree: etree._Element) -> str | None:
    """Language declared by the page: ``<html lang>``, Content-Language, og:locale."""
    for attribute in ("lang", "{http://www.w3.org/XML/1998/namespace}lang"):
        lang = normalize_lang(tree.get(attribute))
        if lang:
            return lang
    for meta in tree.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "language", "dc.language"):
            lang = normalize_lang(meta.get("content"))
            if lang:
                return lang
    return None


def _extract(tree: etree._Element, url: str | None, favor_recall: bool) -> Any:
    return trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        favor_recall=favor_recall,
        date_extraction_params=_DATE_PARAMS,
    )


def article_from_html(html: str, name: str, url: str | None = None) -> Article:
    """An article from a decoded HTML page; ``name`` is the path or address read.

    Raises :class:`IngestFailure` when the page has no main text.
    """
    tree = trafilatura.load_html(html)
    if tree is None:
        raise IngestFailure("not parseable as HTML")
    lang = _declared_language(tree)
    # bare_extraction prunes the tree it is given; keep a copy for the second attempt.
    document = _extract(copy.deepcopy(tree), url, favor_recall=False)
    if not _has_main_text(document):
        document = _extract(tree, url, favor_recall=True)
    if document is None or not _has_main_text(document):
        raise IngestFailure(f"no main text found in the HTML (under {MIN_MAIN_TEXT_WORDS} words)")
    text = document.text
    digest = content_hash(text)
    source = document.sitename or document.hostname or (urlsplit(url).hostname if url else None)
    extra = {key: value for key, value in (
        ("author", document.author), ("description", document.description),
    ) if value}
    return Article(
        id=url_id(url) if url else file_id(name, digest),
        text=text,
        title=document.title or None,
        url=url or document.url or None,
        pub_date=document.date or None,
        pub_date_source="html" if document.date else None,
        lang=lang or normalize_lang(document.language),
        source=source or None,
        extra=extra,
        content_hash=digest,
    )
