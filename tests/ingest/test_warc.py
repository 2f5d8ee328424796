"""WARC files written here with warcio, gzipped and plain."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirewatch.ingest import IngestOptions, InputError, read_inputs
from wirewatch.records import Article

UNDATED_PAGE = (
    "<html lang='fr'><head><title>Sommet régional</title></head><body><article>"
    "<h1>Sommet régional à la fin du mois</h1>"
    "<p>Les chefs d'État de la région se réuniront à la fin du mois pour discuter de la "
    "sécurité alimentaire et du commerce transfrontalier, a annoncé la présidence.</p>"
    "<p>Le sommet devrait adopter une déclaration commune sur les stocks de céréales.</p>"
    "</article></body></html>"
)


def _response(writer: WARCWriter, uri: str, body: bytes, content_type: str,
              status: str = "200 OK", date: str = "2025-06-04T11:22:33Z") -> None:
    http_headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri, "response", payload=BytesIO(body), http_headers=http_headers,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(record)


def _write_warc(path: Path, fixtures: Path, gzip: bool) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        request = writer.create_warc_record(
            "https://ledger.example/world/patrols", "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)
        _response(writer, "https://ledger.example/world/patrols",
                  (fixtures / "article_en.html").read_bytes(), "text/html; charset=utf-8")
        _response(writer, "https://ledger.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(30), "image/png")
        _response(writer, "https://ledger.example/missing", b"<html>gone</html>", "text/html", "404 Not Found")
        _response(writer, "https://sommet.example/annonce", UNDATED_PAGE.encode("iso-8859-1"),
                  "text/html; charset=iso-8859-1")
        _response(writer, "https://ledger.example/empty", b"<html><body></body></html>", "text/html")


@pytest.mark.parametrize(("name", "gzip"), [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_response_records(tmp_path: Path, fixtures: Path, name: str, gzip: bool) -> None:
    path = tmp_path / name
    _write_warc(path, fixtures, gzip)
    results = list(read_inputs([str(path)], IngestOptions(fetch_feed_pages=False)))
    articles = [r for r in results if isinstance(r, Article)]
    errors = [r for r in results if isinstance(r, InputError)]
    assert [a.url for a in articles] == [
        "https://ledger.example/world/patrols", "https://sommet.example/annonce",
    ]
    patrols, summit = articles
    assert patrols.title == "Coastal states agree to joint fisheries patrols"
    assert patrols.pub_date == "2025-06-03" and patrols.pub_date_source == "html"
    assert summit.pub_date == "2025-06-04T11:22:33+00:00" and summit.pub_date_source == "warc"
    assert "sécurité alimentaire" in summit.text and summit.lang == "fr"
    assert patrols.extra["warc_record_id"].startswith("<urn:uuid:")
    (error,) = errors
    assert error.input == f"{path}#https://ledger.example/empty"
    assert "no main text" in error.reason


def test_record_over_max_bytes(tmp_path: Path, fixtures: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path, fixtures, gzip=True)
    results = list(read_inputs([str(path)], IngestOptions(max_bytes=1000)))
    too_big = [r.input for r in results if isinstance(r, InputError) and "max_bytes" in r.reason]
    assert too_big == [f"{path}#https://ledger.example/world/patrols"]
    assert [r.url for r in results if isinstance(r, Article)] == ["https://sommet.example/annonce"]


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("WARC/1.0\r\nthis is not a record\r\n\r\n")
    (error,) = read_inputs([str(path)])
    assert isinstance(error, InputError) and error.input == str(path)
    gz = tmp_path / "fake.warc.gz"
    gz.write_bytes(b"\x1f\x8b\x08\x00garbage")
    (error,) = read_inputs([str(gz)])
    assert isinstance(error, InputError) and error.input == str(gz)
