from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    send_length: bool = True  # False: no Content-Length, the body ends at close


@dataclass
class LocalServer:
    """An HTTP server on 127.0.0.1 answering from a table of routes."""

    port: int
    routes: dict[str, Route]
    requests: list[tuple[str, dict[str, str]]]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    routes: dict[str, Route] = {}
    requests: list[tuple[str, dict[str, str]]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append((self.path, dict(self.headers.items())))
            route = routes.get(self.path, Route(b"missing", 404))
            if route.delay:
                time.sleep(route.delay)
            try:
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.send_length and "Content-Length" not in route.headers:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield LocalServer(server.server_address[1], routes, requests)
    finally:
        server.shutdown()
        server.server_close()
