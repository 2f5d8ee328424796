"""`wirewatch serve` for real: a subprocess on a free loopback port answers /api/stats."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from wirewatch.store import open_store


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_serve(*args: str) -> subprocess.Popen[bytes]:
    code = "from wirewatch.cli import main; main()"
    return subprocess.Popen([sys.executable, "-c", code, "serve", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for(process: subprocess.Popen[bytes], port: int, seconds: float = 30) -> str:
    """The server's base URL once /api/stats answers (bounded wait)."""
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"serve exited with {process.returncode}: {process.stderr.read().decode()}")
        try:
            httpx.get(f"{base}/api/stats", timeout=2)
            return base
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError(f"serve did not answer within {seconds} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def test_serve_answers_on_loopback_then_stops(tmp_path: Path) -> None:
    db = str(tmp_path / "served.db")
    with open_store(db):
        pass
    port = free_port()
    process = run_serve("--db", db, "--port", str(port))
    try:
        base = wait_for(process, port)
        answer = httpx.get(f"{base}/api/stats", timeout=5)
        assert answer.status_code == 200
        assert answer.json()["articles"] == 0
        assert httpx.get(f"{base}/", timeout=5).status_code == 200
    finally:
        stop(process)
    assert process.returncode is not None


def test_serve_with_a_bad_store_fails_with_one_line(tmp_path: Path) -> None:
    process = run_serve("--db", str(tmp_path / "missing-dir" / "x.db"), "--port", str(free_port()))
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 1
    message = stderr.decode()
    assert "missing-dir" in message and "Traceback" not in message


def test_serve_listens_on_loopback_by_default() -> None:
    from typer.testing import CliRunner

    from wirewatch.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output and "8765" in result.output
