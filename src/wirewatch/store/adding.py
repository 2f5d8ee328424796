"""Adding a batch of articles: exact and near-duplicate detection in a few round trips.

Everything the batch needs from the store (ids, content hashes, LSH band members and
their signatures) is read with a handful of queries, decisions are made in Python in
input order (earlier articles of the batch count as stored), then rows are written with
``executemany``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import Any

from wirewatch.records import Article
from wirewatch.store import search_text
from wirewatch.store.codec import dumps, now_iso
from wirewatch.store.fingerprints import Fingerprint, Fingerprinter
from wirewatch.store.results import AddResult
from wirewatch.store.statements import StatementRunner

ARTICLE_COLUMNS = (
    "id", "title", "text", "url", "pub_date", "pub_date_source", "lang", "source",
    "extra", "content_hash", "near_duplicate_of", "near_duplicate_score",
)
CHUNK = 500  # values per IN (...) list, below SQLite's parameter limit


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


class _Known:
    """What the batch knows of the store, updated as its own articles are accepted."""

    def __init__(self, store: StatementRunner, batch: list[Article], prints: list[Fingerprint]):
        ids = list(dict.fromkeys(a.id for a in batch))
        hashes = list(dict.fromkeys(p.content_hash for p in prints))
        self.ids: set[str] = set()
        self.hashes: dict[str, str] = {}
        for chunk in chunks(ids):
            rows = store._run(f"SELECT id FROM articles WHERE id IN ({marks(chunk)})", chunk)
            self.ids.update(row[0] for row in rows)
        for chunk in chunks(hashes):
            rows = store._run(
                f"SELECT content_hash, id FROM articles WHERE content_hash IN ({marks(chunk)})",
                chunk,
            )
            self.hashes.update((h, i) for h, i in rows)
        # Only an article that is no exact duplicate of a stored one is compared with
        # stored signatures, so only its bands are read.
        keys = list(dict.fromkeys(
            k for a, p in zip(batch, prints, strict=True)
            if a.id not in self.ids and p.content_hash not in self.hashes
            for k in p.band_keys
        ))
        self.bands: dict[str, list[str]] = {}
        for chunk in chunks(keys):
            rows = store._run(
                "SELECT band_key, article_id FROM fingerprint_bands "
                f"WHERE band_key IN ({marks(chunk)})",
                chunk,
            )
            for key, article_id in rows:
                self.bands.setdefault(key, []).append(article_id)
        candidates = list(dict.fromkeys(i for members in self.bands.values() for i in members))
        # (signature, rank): stored articles rank by seq, the batch's after them
        self.signatures: dict[str, tuple[bytes, tuple[int, int]]] = {}
        for chunk in chunks(candidates):
            rows = store._run(
                "SELECT f.article_id, f.signature, a.seq FROM fingerprints f "
                f"JOIN articles a ON a.id = f.article_id WHERE f.article_id IN ({marks(chunk)})",
                chunk,
            )
            for article_id, signature, seq in rows:
                self.signatures[article_id] = (bytes(signature), (0, seq))

    def nearest(self, fp: Fingerprint, fingerprinter: Fingerprinter) -> tuple[str, float] | None:
        if fp.signature is None:
            return None
        candidates = list({m for key in fp.band_keys for m in self.bands.get(key, ())})
        stored = [self.signatures[candidate] for candidate in candidates]
        scores = _similarities(fp.signature, [signature for signature, _ in stored], fingerprinter)
        best: tuple[float, tuple[int, int], str] | None = None
        for candidate, (_, rank), score in zip(candidates, stored, scores, strict=True):
            if score < fingerprinter.threshold:
                continue
            if best is None or score > best[0] or (score == best[0] and rank < best[1]):
                best = (score, rank, candidate)
        return None if best is None else (best[2], round(best[0], 6))

    def accept(self, article: Article, fp: Fingerprint, position: int) -> None:
        self.ids.add(article.id)
        self.hashes[fp.content_hash] = article.id
        if fp.signature is not None:
            for key in fp.band_keys:
                self.bands.setdefault(key, []).append(article.id)
            self.signatures[article.id] = (fp.signature, (1, position))


def _similarities(signature: bytes, others: list[bytes], fingerprinter: Fingerprinter) -> list[float]:
    """Similarity of ``signature`` to each of ``others``: in one pass when the module that
    provides the pairwise similarity also provides ``signature_similarities``."""
    pairwise = fingerprinter.signature_similarity
    module = sys.modules.get(getattr(pairwise, "__module__", None) or "")
    batch = getattr(module, "signature_similarities", None)
    if batch is not None and getattr(module, "signature_similarity", None) is pairwise:
        return [float(score) for score in batch(signature, others)]
    return [fingerprinter.similarity(signature, other) for other in others]


def add_batch(
    store: StatementRunner, batch: list[Article], prints: list[Fingerprint], fingerprinter: Fingerprinter
) -> AddResult:
    """Add ``batch`` inside the caller's transaction."""
    result = AddResult()
    known = _Known(store, batch, prints)
    accepted: list[tuple[Article, Fingerprint, tuple[str, float] | None]] = []
    for position, (article, fp) in enumerate(zip(batch, prints, strict=True)):
        if article.id in known.ids:
            result.duplicates.append((article.id, article.id))
            continue
        if fp.content_hash in known.hashes:
            result.duplicates.append((article.id, known.hashes[fp.content_hash]))
            continue
        accepted.append((article, fp, known.nearest(fp, fingerprinter)))
        known.accept(article, fp, position)

    lost: set[str] = set()  # accepted but inserted meanwhile by another writer
    written: list[tuple[int, Article, Fingerprint, tuple[str, float] | None]] = []
    for article, fp, nearest in accepted:
        if nearest is not None and nearest[0] in lost:
            nearest = None
        article.content_hash = fp.content_hash
        article.near_duplicate_of, article.near_duplicate_score = nearest or (None, None)
        values = [getattr(article, column) for column in ARTICLE_COLUMNS]
        values[ARTICLE_COLUMNS.index("extra")] = dumps(article.extra or {})
        rows = store._run(
            f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, added_at) "
            f"VALUES ({marks(values)}, ?) ON CONFLICT DO NOTHING RETURNING seq",
            [*values, now_iso()],
        )
        if not rows:
            lost.add(article.id)
            original = store._run(
                "SELECT id FROM articles WHERE id = ? OR content_hash = ? "
                "ORDER BY CASE WHEN id = ? THEN 0 ELSE 1 END, seq LIMIT 1",
                (article.id, fp.content_hash, article.id),
            )
            result.duplicates.append((article.id, original[0][0] if original else article.id))
            continue
        written.append((rows[0][0], article, fp, nearest))
        result.inserted.append(article.id)
        if nearest is not None:
            result.near_duplicates.append((article.id, nearest[0], nearest[1]))

    with_signature = [(a, fp) for _, a, fp, _ in written if fp.signature is not None]
    store._run_many(
        "INSERT INTO fingerprints (article_id, signature) VALUES (?, ?)",
        [(a.id, fp.signature) for a, fp in with_signature],
    )
    store._run_many(
        "INSERT INTO fingerprint_bands (band_key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        # in key order: B-tree inserts then touch each page once
        sorted({(key, a.id) for a, fp in with_signature for key in fp.band_keys}),
    )
    store._run_many(
        "INSERT INTO near_duplicates (article_id, original_id, score) VALUES (?, ?, ?)",
        [(a.id, near[0], near[1]) for _, a, _, near in written if near is not None],
    )
    store._index_search_many([search_row(seq, a.title, a.text) for seq, a, _, _ in written])
    return result


def search_row(seq: int, title: str | None, text: str | None) -> tuple[int, str, str]:
    return seq, search_text.index_text(title), search_text.index_text(text)
