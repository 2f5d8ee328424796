"""The FastAPI application: JSON endpoints under /api/ and the web interface at /."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from wirewatch.web import code_routes, store_routes
from wirewatch.web.errors import install_error_handlers

STATIC_DIR = Path(__file__).resolve().parent / "static"


def create_app(db: str | None = None) -> FastAPI:
    """The web app over the store at ``db`` (SQLite path or postgresql:// URL; None means
    ``$WIREWATCH_DB`` or ``wirewatch.db``).

    The store is opened here, so a bad target fails at once with
    :class:`wirewatch.store.StoreError`; it is closed when the app shuts down.
    """
    from wirewatch import __version__
    from wirewatch.store import open_store

    store = open_store(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            store.close()

    app = FastAPI(
        title="wirewatch",
        version=__version__,
        description="PLOVER-coded political events from news in English, French and Arabic: "
                    "events, timelines, actor networks, stories and full-text search (read-only), "
                    "and coding of posted articles.",
        lifespan=lifespan,
        # FastAPI's interactive pages load their scripts from a CDN; wirewatch works offline
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    install_error_handlers(app)
    app.include_router(store_routes.router)
    app.include_router(code_routes.router)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
