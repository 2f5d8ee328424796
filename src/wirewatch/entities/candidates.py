"""Candidate spans from every detector, and overlap resolution between them."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from wirewatch.entities.textnorm import Token

# Equal spans: the type of the most specific source wins.
_SOURCE_RANK = {"title": 4, "kb": 3, "pattern": 2, "ner": 1}


@dataclass
class Candidate:
    start: int
    end: int
    type: str  # PER, ORG, LOC, GPE, TITLE
    source: str  # ner, kb, title, pattern
    role: str | None = None
    rule: str | None = None
    kb: bool = False  # backed by a KB name

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


def merge_equal(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per span: best-ranked type, role and KB backing pooled."""
    by_span: dict[tuple[int, int], Candidate] = {}
    for cand in cands:
        key = (cand.start, cand.end)
        kept = by_span.get(key)
        if kept is None:
            by_span[key] = Candidate(**vars(cand))
            continue
        if _SOURCE_RANK.get(cand.source, 0) > _SOURCE_RANK.get(kept.source, 0):
            kept.type, kept.source, kept.rule = cand.type, cand.source, cand.rule
        kept.role = kept.role or cand.role
        kept.kb = kept.kb or cand.kb
    return list(by_span.values())


def resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping spans: longest first, then KB-backed, then by source rank."""
    ordered = sorted(
        merge_equal(cands),
        key=lambda c: (-c.length, not c.kb, -_SOURCE_RANK.get(c.source, 0), c.start),
    )
    kept: list[Candidate] = []  # non-overlapping, sorted by start
    starts: list[int] = []
    for cand in ordered:
        at = bisect_right(starts, cand.start)
        if at and kept[at - 1].end > cand.start:
            continue
        if at < len(kept) and kept[at].start < cand.end:
            continue
        kept.insert(at, cand)
        starts.insert(at, cand.start)
    return kept


class TokenIndex:
    """Maps character spans to token index ranges by bisection."""

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self._starts = [t.start for t in tokens]
        self._ends = [t.end for t in tokens]

    def range(self, start: int, end: int) -> tuple[int, int] | None:
        """Indices [first, last) of the tokens a character span touches."""
        first = bisect_right(self._ends, start)
        last = bisect_left(self._starts, end)
        return (first, last) if first < last else None
