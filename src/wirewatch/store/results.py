"""Values returned by store methods."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class AddResult:
    """What :meth:`Store.add_articles` did with each article of a batch."""

    inserted: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (id, id of the original)
    near_duplicates: list[tuple[str, str, float]] = field(default_factory=list)  # + score


@dataclass
class SearchHit:
    article_id: str
    title: str | None
    snippet: str
    score: float  # higher is better; comparable within one result list only
    lang: str | None
