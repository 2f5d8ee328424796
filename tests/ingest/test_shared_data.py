"""Checks against the project's shared seed reports and dev set, when present."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from wirewatch.ingest import (
    NEAR_DUPLICATE_THRESHOLD,
    InputError,
    minhash_signature,
    read_inputs,
    signature_similarity,
)
from wirewatch.records import Article

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = SHARED / "seeds"
DEV = SHARED / "gold" / "dev"


@pytest.mark.skipif(not (SEEDS / "seeds.jsonl").is_file(), reason="shared seeds not present")
def test_seed_text_files_match_their_jsonl_records() -> None:
    records = [a for a in read_inputs([str(SEEDS / "seeds.jsonl")]) if isinstance(a, Article)]
    texts = [
        a for a in read_inputs([str(p) for p in sorted(SEEDS.glob("*.txt"))])
        if isinstance(a, Article)
    ]
    assert records and len(texts) == len(records)
    assert {a.content_hash for a in records} == {a.content_hash for a in texts}
    assert all(a.lang in ("en", "fr", "ar") for a in records)


@pytest.mark.skipif(not DEV.is_dir(), reason="shared dev set not present")
def test_dev_reports_read_cleanly_and_none_is_a_near_duplicate_of_another() -> None:
    results = list(read_inputs([str(p) for p in sorted(DEV.glob("*.jsonl"))]))
    assert results and not [r for r in results if isinstance(r, InputError)]
    articles = [r for r in results if isinstance(r, Article)]
    assert len({a.id for a in articles}) == len(articles)
    assert len({a.content_hash for a in articles}) == len(articles)
    signatures = [minhash_signature(a.text) for a in articles]
    highest = max(signature_similarity(a, b) for a, b in itertools.combinations(signatures, 2))
    assert highest < NEAR_DUPLICATE_THRESHOLD
