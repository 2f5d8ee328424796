"""Text in legacy encodings and UTF-16, announced or not."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from wirewatch.ingest import IngestOptions, InputError, read_inputs
from wirewatch.ingest.charset import decode_bytes, html_meta_charset
from wirewatch.records import Article

ARABIC = (
    "أعلن وزير الخارجية اليوم أن بلاده ستستضيف جولة جديدة من المحادثات بين الطرفين "
    "الأسبوع المقبل، مؤكدا أن الهدف هو التوصل إلى اتفاق دائم لوقف إطلاق النار."
)
FRENCH = (
    "Le ministre a déclaré que la réunion aurait lieu à Genève après l'été ; "
    "les délégués étrangers y étudieront un projet d'accord élaboré en commun."
)
FRENCH_15 = "Œuvre commune : le cœur du problème reste l'accès à l'eau, a estimé l'élu."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (ARABIC, "cp1256"),
        (ARABIC, "iso-8859-6"),
        (FRENCH, "latin-1"),
        (FRENCH, "cp1252"),
        (FRENCH_15, "iso-8859-15"),
        (ARABIC, "utf-8"),
        (FRENCH, "utf-16"),  # Python writes a byte-order mark
        (ARABIC, "utf-16"),
        (ARABIC, "utf-8-sig"),
    ],
)
def test_undeclared_encodings_are_detected(text: str, encoding: str) -> None:
    decoded, _ = decode_bytes(text.encode(encoding))
    assert decoded == text


def test_utf16_big_endian_with_bom() -> None:
    data = codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be")
    assert decode_bytes(data) == (FRENCH, "utf-16-be")


def test_declared_charset_wins_when_it_decodes() -> None:
    data = FRENCH_15.encode("iso-8859-15")
    assert decode_bytes(data, declared="ISO-8859-15")[0] == FRENCH_15
    # A wrong declaration that cannot decode the bytes is ignored.
    assert decode_bytes(ARABIC.encode("utf-8"), declared="ascii")[0] == ARABIC


def test_html_meta_charset() -> None:
    assert html_meta_charset(b'<html><head><meta charset="windows-1256">') == "windows-1256"
    assert html_meta_charset(
        b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">'
    ) == "ISO-8859-15"
    assert html_meta_charset(b"<html><body>no declaration</body></html>") is None


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8"])
def test_text_files_in_arabic_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"report-{encoding}.txt"
    path.write_bytes(f"محادثات جديدة الأسبوع المقبل\n\n{ARABIC}\n".encode(encoding))
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article)
    assert article.title == "محادثات جديدة الأسبوع المقبل"
    assert ARABIC in article.text


def _page(charset_tag: str, body: str, lang: str) -> str:
    paragraphs = "".join(f"<p>{body}</p>" for _ in range(3))
    return (
        f'<html lang="{lang}"><head>{charset_tag}<title>Titre</title></head>'
        f"<body><article><h1>Titre</h1>{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("tag", "body", "lang", "encoding"),
    [
        ('<meta charset="windows-1256">', ARABIC, "ar", "cp1256"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">',
         FRENCH_15, "fr", "iso-8859-15"),
        ('<meta charset="iso-8859-1">', FRENCH, "fr", "latin-1"),
        ("", ARABIC, "ar", "utf-16"),
    ],
)
def test_html_files_in_declared_encodings(
    tmp_path: Path, tag: str, body: str, lang: str, encoding: str
) -> None:
    path = tmp_path / f"page-{encoding}.html"
    path.write_bytes(_page(tag, body, lang).encode(encoding))
    (article,) = read_inputs([str(path)], IngestOptions(fetch_feed_pages=False))
    assert not isinstance(article, InputError), article
    assert body in article.text and article.lang == lang


def test_rss_in_windows_1256(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0" encoding="windows-1256"?>'
        "<rss version=\"2.0\"><channel><title>أخبار</title><language>ar</language>"
        f"<item><title>محادثات</title><description>{ARABIC}</description></item>"
        "</channel></rss>"
    )
    path = tmp_path / "feed.rss"
    path.write_bytes(feed.encode("cp1256"))
    (article,) = read_inputs([str(path)], IngestOptions(fetch_feed_pages=False))
    assert isinstance(article, Article)
    assert article.text == ARABIC and article.lang == "ar" and article.source == "أخبار"
