"""FastAPI's test client, imported without the notice that starlette will change its HTTP client."""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx`")
    from fastapi.testclient import TestClient

__all__ = ["TestClient"]
