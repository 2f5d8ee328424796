"""What the adding and analysis helpers need of a store: running SQL and indexing text.

Both backends (``SqliteStore``, ``PostgresStore``) provide it through ``Store``; the
helpers depend on this protocol rather than on ``Store`` so that ``base`` can import them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol


class StatementRunner(Protocol):
    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    def _index_search_many(self, rows: Sequence[tuple[int, str, str]]) -> None: ...
