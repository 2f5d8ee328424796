"""Where a store lives: a SQLite file path or a PostgreSQL URL."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from wirewatch.store.errors import StoreError

DEFAULT_PATH = "wirewatch.db"
ENV_VAR = "WIREWATCH_DB"
POSTGRES_SCHEMES = ("postgresql", "postgres")
_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_SEARCH_PATH = re.compile(r"(?:^|\s)-c\s*search_path\s*=\s*([^\s,]+)")


@dataclass(frozen=True)
class SqliteTarget:
    path: str  # a file path or ":memory:"

    @property
    def display(self) -> str:
        return self.path


@dataclass(frozen=True)
class PostgresTarget:
    conninfo: str  # the URL without the ``schema`` parameter
    schema: str | None
    display: str  # the URL with any password hidden


def resolve_target(target: str | os.PathLike[str] | None) -> SqliteTarget | PostgresTarget:
    """Parse ``target`` (None means ``$WIREWATCH_DB`` or ``wirewatch.db``)."""
    if target is None:
        target = os.environ.get(ENV_VAR) or DEFAULT_PATH
    if isinstance(target, os.PathLike):
        target = os.fspath(target)
    if not isinstance(target, str):
        raise StoreError(f"cannot open store {target!r}: expected a path or a URL")
    if not target.strip():
        raise StoreError("cannot open store '': empty path")
    match = _URL.match(target)
    if not match:
        return SqliteTarget(target)
    scheme = match.group(1).lower()
    if scheme in POSTGRES_SCHEMES:
        return _postgres_target(target)
    if scheme == "sqlite":
        # as in SQLAlchemy: sqlite:///relative.db, sqlite:////absolute.db
        path = unquote(target[len("sqlite://"):])
        path = path[1:] if path.startswith("/") else path
        if not path:
            raise StoreError(f"cannot open store {target!r}: no file path after sqlite://")
        return SqliteTarget(path)
    raise StoreError(
        f"cannot open store {target!r}: unsupported URL scheme {scheme!r} "
        "(use a file path or a postgresql:// URL)"
    )


def redact(url: str) -> str:
    """``url`` with its password replaced by ``***``."""
    parts = urlsplit(url)
    userinfo, at, host = parts.netloc.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    user = userinfo.split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def _postgres_target(url: str) -> PostgresTarget:
    display = redact(url)
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a malformed port
    except ValueError as exc:
        raise StoreError(f"cannot open store {display!r}: malformed URL ({exc})") from None
    params = parse_qsl(parts.query, keep_blank_values=True)
    schema = None
    kept = []
    for key, value in params:
        if key == "schema":
            schema = value
        else:
            kept.append((key, value))
            if key == "options":
                found = _SEARCH_PATH.search(value)
                if found and schema is None:
                    schema = found.group(1)
    if schema is not None:
        schema = schema.strip('"').lower()
        if not _SCHEMA_NAME.match(schema):
            raise StoreError(
                f"cannot open store {display!r}: invalid schema name {schema!r} "
                "(letters, digits and _; not starting with a digit)"
            )
    conninfo = urlunsplit(parts._replace(query=urlencode(kept)))
    return PostgresTarget(conninfo=conninfo, schema=schema, display=display)


def check_sqlite_path(target: SqliteTarget) -> None:
    if target.path == ":memory:":
        return
    path = Path(target.path)
    if path.is_dir():
        raise StoreError(f"cannot open store {target.path!r}: it is a directory")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise StoreError(f"cannot open store {target.path!r}: directory {str(parent)!r} does not exist")
