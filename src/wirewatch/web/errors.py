"""Errors of the HTTP API: every failure is a JSON object ``{"error": "one line"}``."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from wirewatch.store import StoreError


class ApiError(Exception):
    """A request the API refuses: ``status`` and a one-line ``message``."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = " ".join(message.split())


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": " ".join(message.split())}, status_code=status)


def _where(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("query", "path", "body", "header")]
    return ".".join(parts) or "request"


def describe_validation(exc: RequestValidationError) -> str:
    """One line naming each offending parameter, its value and the reason."""
    messages = []
    for item in exc.errors():
        where = _where(item.get("loc", ()))
        reason = str(item.get("msg", "invalid value")).rstrip(".")
        value = item.get("input")
        shown = f" {value!r}" if isinstance(value, str | int | float) and not isinstance(value, bool) else ""
        messages.append(f"{where}{shown}: {reason}")
    return "; ".join(messages) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, describe_validation(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            message = f"{request.url.path}: not found"
        elif exc.status_code == 405:
            message = f"{request.method} {request.url.path}: method not allowed"
        else:
            message = str(exc.detail)
        return error_response(exc.status_code, message)

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> JSONResponse:
        # input is checked before it reaches the store, so this is the store failing
        return error_response(503, str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        return error_response(500, f"{request.url.path}: internal error: {type(exc).__name__}: {exc}")
