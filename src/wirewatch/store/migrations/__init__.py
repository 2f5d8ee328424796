"""Versioned schema migrations, one numbered SQL file per step and backend.

``NNNN_name.sql`` in ``sqlite/`` and ``postgres/`` hold the same step for each backend.
A line ``-- backfill: NAME`` asks the store to fill derived data after the step (for
example the search index, whose normalised text is computed in Python).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from importlib import resources

BACKENDS = ("sqlite", "postgres")
_FILE_NAME = re.compile(r"^(\d{4})_(\w+)\.sql$")
_BACKFILL = re.compile(r"^--\s*backfill:\s*(\w+)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str
    backfills: tuple[str, ...] = field(default=())

    def statements(self) -> list[str]:
        """The SQL split into single statements (comments dropped)."""
        statements: list[str] = []
        pending = ""
        for line in self.sql.splitlines():
            if not pending and (not line.strip() or line.lstrip().startswith("--")):
                continue
            pending += line + "\n"
            if sqlite3.complete_statement(pending):
                statements.append(pending.strip())
                pending = ""
        if pending.strip():
            statements.append(pending.strip())
        return statements


def load_migrations(backend: str) -> list[Migration]:
    """All migrations of ``backend`` in version order."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; known: {', '.join(BACKENDS)}")
    migrations = []
    for entry in resources.files(__package__).joinpath(backend).iterdir():
        match = _FILE_NAME.match(entry.name)
        if not match:
            continue
        sql = entry.read_text(encoding="utf-8")
        migrations.append(
            Migration(
                version=int(match.group(1)),
                name=match.group(2),
                sql=sql,
                backfills=tuple(_BACKFILL.findall(sql)),
            )
        )
    migrations.sort(key=lambda m: m.version)
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"{backend} migrations are not numbered 1..n: {versions}")
    return migrations


def latest_version() -> int:
    return load_migrations("sqlite")[-1].version
