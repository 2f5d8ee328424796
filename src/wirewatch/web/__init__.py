"""The HTTP API and the web interface: a thin FastAPI app over the store and the coder."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db: str | None = None) -> FastAPI:
    """The wirewatch web app over the store at ``db`` (see :func:`wirewatch.web.app.create_app`)."""
    from wirewatch.web.app import create_app as _create

    return _create(db)


__all__ = ["create_app"]
