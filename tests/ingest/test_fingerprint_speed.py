"""Fingerprinting throughput on ~700-word reports; prints the measured rate (-s)."""

from __future__ import annotations

import random
import time
from pathlib import Path

from wirewatch.ingest import content_hash, lsh_band_keys, minhash_signature

PAIRS = Path(__file__).resolve().parent / "fixtures" / "pairs"


def _reports(count: int, words: int = 700) -> list[str]:
    vocabulary = [
        word for path in sorted(PAIRS.glob("*.txt")) for word in path.read_text("utf-8").split()
    ]
    rng = random.Random(7)
    return [" ".join(rng.choices(vocabulary, k=words)) for _ in range(count)]


def test_fingerprinting_keeps_well_ahead_of_ingest_rate() -> None:
    reports = _reports(300)
    minhash_signature(reports[0])  # build the permutation tables outside the timing
    # CPU time of this process: wall time would also count other processes' turns on a
    # shared machine.
    start = time.process_time()
    for report in reports:
        content_hash(report)
        lsh_band_keys(minhash_signature(report))
    rate = len(reports) / (time.process_time() - start)
    print(f"\nfingerprints (content hash + MinHash + LSH keys), 700 words: {rate:.0f} reports/s")
    # The ingest goal is 1,000 reports/s overall; fingerprinting must be a small share.
    assert rate > 1000
