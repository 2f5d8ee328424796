"""Pages, feeds and documents over HTTP, served on 127.0.0.1 by a local server."""

from __future__ import annotations

import ipaddress
import shutil
import socket
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from wirewatch.ingest import IngestOptions, InputError, read_inputs
from wirewatch.ingest import http as ingest_http
from wirewatch.ingest.http import address_allowed, resolve
from wirewatch.records import Article

from .conftest import LocalServer, Route

LOCAL = IngestOptions(allow_private=True, timeout=5.0)
HTML = {"Content-Type": "text/html; charset=utf-8"}


def _read(url: str, options: IngestOptions = LOCAL) -> list[Article | InputError]:
    return list(read_inputs([url], options))


def test_html_page(local_server: LocalServer, fixtures: Path) -> None:
    local_server.routes["/world/patrols"] = Route((fixtures / "article_en.html").read_bytes(), headers=HTML)
    url = local_server.url("/world/patrols")
    (article,) = _read(url)
    assert isinstance(article, Article)
    assert article.url == url and article.id.startswith("url-")
    assert article.title == "Coastal states agree to joint fisheries patrols"
    assert article.pub_date == "2025-06-03" and article.lang == "en"
    path, headers = local_server.requests[0]
    assert path == "/world/patrols"
    assert headers["User-Agent"] == IngestOptions().user_agent
    assert headers["Host"] == f"127.0.0.1:{local_server.port}"


def test_loopback_refused_unless_allowed(local_server: LocalServer, fixtures: Path) -> None:
    local_server.routes["/p"] = Route((fixtures / "article_en.html").read_bytes(), headers=HTML)
    (error,) = _read(local_server.url("/p"), IngestOptions())
    assert isinstance(error, InputError)
    assert "non-public address 127.0.0.1" in error.reason
    assert local_server.requests == []  # refused before connecting


def test_localhost_name_is_resolved_and_refused() -> None:
    (error,) = _read("http://localhost:9/", IngestOptions())
    assert isinstance(error, InputError) and "non-public address" in error.reason


@pytest.mark.parametrize(
    ("address", "allowed"),
    [
        ("93.184.216.34", True),
        ("2606:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.9", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("224.0.0.251", False),
        ("0.0.0.0", False),
        ("240.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("ff02::1", False),
    ],
)
def test_address_policy(address: str, allowed: bool) -> None:
    ip = ipaddress.ip_address(address)
    assert address_allowed(ip, allow_private=False) is allowed
    assert address_allowed(ip, allow_private=True) is True


def test_resolve_ip_literal_without_dns() -> None:
    assert resolve("127.0.0.1", 80) == [ipaddress.ip_address("127.0.0.1")]


@pytest.mark.parametrize(("status", "reason"), [(404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error")])
def test_http_errors(local_server: LocalServer, status: int, reason: str) -> None:
    local_server.routes["/e"] = Route(b"error page", status)
    (error,) = _read(local_server.url("/e"))
    assert isinstance(error, InputError) and error.reason == reason


def test_timeout(local_server: LocalServer) -> None:
    local_server.routes["/slow"] = Route(b"late", headers=HTML, delay=2.0)
    (error,) = _read(local_server.url("/slow"), IngestOptions(allow_private=True, timeout=0.3))
    assert isinstance(error, InputError) and error.reason == "timed out after 0.3 s"


def test_connection_refused(local_server: LocalServer) -> None:
    (error,) = _read("http://127.0.0.1:9/nothing-listens")
    assert isinstance(error, InputError) and "HTTP request failed" in error.reason


def test_redirects_followed_and_bounded(local_server: LocalServer, fixtures: Path) -> None:
    page = (fixtures / "article_en.html").read_bytes()
    local_server.routes["/final"] = Route(page, headers=HTML)
    local_server.routes["/moved"] = Route(status=301, headers={"Location": "/final"})
    (article,) = _read(local_server.url("/moved"))
    assert isinstance(article, Article) and article.url == local_server.url("/final")
    for hop in range(6):
        local_server.routes[f"/loop{hop}"] = Route(status=302, headers={"Location": f"/loop{hop + 1}"})
    (error,) = _read(local_server.url("/loop0"), IngestOptions(allow_private=True, max_redirects=3))
    assert isinstance(error, InputError) and error.reason == "more than 3 redirects"


def test_each_redirect_hop_is_checked(local_server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    # Only the server's own address counts as allowed; the redirect points elsewhere.
    monkeypatch.setattr(
        ingest_http, "address_allowed", lambda ip, allow_private: str(ip) == "127.0.0.1"
    )
    local_server.routes["/r"] = Route(
        status=302, headers={"Location": f"http://127.0.0.2:{local_server.port}/inner"}
    )
    (error,) = _read(local_server.url("/r"))
    assert isinstance(error, InputError) and "non-public address 127.0.0.2" in error.reason
    local_server.routes["/f"] = Route(status=302, headers={"Location": "file:///etc/passwd"})
    (error,) = _read(local_server.url("/f"))
    assert isinstance(error, InputError) and "unsupported URL scheme 'file'" in error.reason


def test_size_limit_with_and_without_content_length(local_server: LocalServer) -> None:
    body = b"<html><body><p>" + b"word " * 2000 + b"</p></body></html>"
    local_server.routes["/big"] = Route(body, headers=HTML)
    local_server.routes["/big-unannounced"] = Route(body, headers=HTML, send_length=False)
    small = IngestOptions(allow_private=True, max_bytes=4096)
    (error,) = _read(local_server.url("/big"), small)
    assert isinstance(error, InputError) and "larger than max_bytes (4096)" in error.reason
    (error,) = _read(local_server.url("/big-unannounced"), small)
    assert isinstance(error, InputError) and "larger than max_bytes (4096)" in error.reason


def test_content_type_decides(local_server: LocalServer, fixtures: Path) -> None:
    local_server.routes["/feed"] = Route(
        (fixtures / "feed.atom").read_bytes(), headers={"Content-Type": "application/atom+xml"}
    )
    local_server.routes["/plain"] = Route(
        (fixtures / "story.txt").read_bytes(), headers={"Content-Type": "text/plain; charset=utf-8"}
    )
    local_server.routes["/lines"] = Route(
        (fixtures / "articles.jsonl").read_bytes(), headers={"Content-Type": "application/x-ndjson"}
    )
    local_server.routes["/logo"] = Route(
        b"\x89PNG\r\n\x1a\n" + bytes(40), headers={"Content-Type": "image/png"}
    )
    local_server.routes["/doc"] = Route(b"PK\x05\x06" + bytes(18), headers={"Content-Type": "application/vnd.ms-word"})
    options = IngestOptions(allow_private=True, fetch_feed_pages=False)
    (entry,) = _read(local_server.url("/feed"), options)
    assert isinstance(entry, Article) and entry.pub_date_source == "feed"
    (text,) = _read(local_server.url("/plain"), options)
    assert isinstance(text, Article) and text.title == "Parliament approves new water-sharing law"
    assert text.url == local_server.url("/plain")
    assert [a.id for a in _read(local_server.url("/lines"), options)][0] == "fx-1"
    (error,) = _read(local_server.url("/logo"), options)
    assert isinstance(error, InputError) and error.reason == "binary content (image/png)"
    (error,) = _read(local_server.url("/doc"), options)
    assert isinstance(error, InputError) and error.reason == "binary content (application/zip)"


def test_charset_from_content_type_header(local_server: LocalServer) -> None:
    arabic = "وقع الوزيران اتفاقا لتسهيل إجراءات التأشيرات قبل بداية العام الدراسي المقبل."
    page = f"<html lang='ar'><body><article><p>{arabic}</p><p>{arabic}</p></article></body></html>"
    local_server.routes["/ar"] = Route(
        page.encode("cp1256"), headers={"Content-Type": "text/html; charset=windows-1256"}
    )
    (article,) = _read(local_server.url("/ar"))
    assert isinstance(article, Article) and arabic in article.text


def test_feed_entry_pages_are_fetched_for_summaries(local_server: LocalServer, fixtures: Path) -> None:
    page_url = local_server.url("/world/patrols")
    missing_url = local_server.url("/world/gone")
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Ledger feed</title>
<item><title>Joint patrols</title><link>{page_url}</link>
<description>Three states will patrol together.</description>
<pubDate>Tue, 03 Jun 2025 07:00:00 +0000</pubDate></item>
<item><title>Gone</title><link>{missing_url}</link>
<description>A story whose page was removed.</description></item>
<item><title>Complete</title><link>{local_server.url("/world/complete")}</link>
<description>Teaser.</description>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">{"Full text of the report. " * 10}</content:encoded></item>
</channel></rss>"""
    local_server.routes["/feed.xml"] = Route(feed.encode(), headers={"Content-Type": "application/rss+xml"})
    local_server.routes["/world/patrols"] = Route((fixtures / "article_en.html").read_bytes(), headers=HTML)
    results = _read(local_server.url("/feed.xml"))
    fetched, page_error, summary_only, complete = results
    assert isinstance(complete, Article) and complete.text.startswith("Full text of the report.")
    assert "/world/complete" not in [path for path, _ in local_server.requests]
    assert isinstance(fetched, Article)
    assert "joint naval patrols" in fetched.text and fetched.extra["text_from"] == "page"
    assert fetched.title == "Joint patrols" and fetched.source == "Harbour Ledger feed"
    assert fetched.pub_date == "2025-06-03T07:00:00+00:00" and fetched.pub_date_source == "feed"
    assert isinstance(page_error, InputError) and page_error.input == missing_url
    assert "HTTP 404" in page_error.reason
    assert isinstance(summary_only, Article) and summary_only.text == "A story whose page was removed."
    off = _read(local_server.url("/feed.xml"), IngestOptions(allow_private=True, fetch_feed_pages=False))
    assert [a.text for a in off][:2] == [
        "Three states will patrol together.", "A story whose page was removed.",
    ]


def test_ipv6_loopback(fixtures: Path) -> None:
    page = (fixtures / "story.txt").read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    class Server6(ThreadingHTTPServer):
        address_family = socket.AF_INET6

    try:
        server = Server6(("::1", 0), Handler)
    except OSError:
        pytest.skip("no IPv6 loopback here")
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        url = f"http://[::1]:{server.server_address[1]}/story"
        (article,) = _read(url)
        assert isinstance(article, Article) and article.url == url
        (error,) = _read(url, IngestOptions())
        assert isinstance(error, InputError) and "non-public address ::1" in error.reason
    finally:
        server.shutdown()
        server.server_close()


def test_https_keeps_the_host_name_for_tls(tmp_path: Path) -> None:
    # The connection goes to the checked address, but TLS must still name the host:
    # the server sees it as SNI, and the certificate (self-signed here) is verified.
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl not available to make a test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )
    seen: list[str | None] = []
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda _socket, name, _context: seen.append(name)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve_once() -> None:
        connection, _ = listener.accept()
        try:
            context.wrap_socket(connection, server_side=True).close()
        except (ssl.SSLError, OSError):
            pass
        finally:
            connection.close()

    thread = threading.Thread(target=serve_once, daemon=True)
    thread.start()
    try:
        (error,) = _read(f"https://localhost:{port}/")
    finally:
        thread.join(timeout=10)
        listener.close()
    assert seen == ["localhost"]
    assert isinstance(error, InputError) and "CERTIFICATE_VERIFY_FAILED" in error.reason


def test_next_address_is_tried_when_connecting_fails(
    local_server: LocalServer, fixtures: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local_server.routes["/story"] = Route((fixtures / "story.txt").read_bytes())
    # Nothing listens on 127.0.0.2 (the server is bound to 127.0.0.1 only).
    addresses = [ipaddress.ip_address("127.0.0.2"), ipaddress.ip_address("127.0.0.1")]
    monkeypatch.setattr(ingest_http, "resolve", lambda host, port: addresses)
    (article,) = _read(f"http://wire.example:{local_server.port}/story")
    assert isinstance(article, Article)
    assert local_server.requests[0][1]["Host"] == f"wire.example:{local_server.port}"
