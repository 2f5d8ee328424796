"""Fingerprinting throughput on ~700-word reports (content hash + MinHash + LSH keys).

Usage: python bench/fingerprints.py [-n COUNT]

Reports CPU seconds of this process, which other processes' turns on a shared machine do
not inflate.  The ingest goal is 1,000 reports/s overall, so fingerprinting must run well
above that.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from wirewatch.ingest import content_hash, lsh_band_keys, minhash_signature

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "fixtures" / "pairs"


def reports(count: int, words: int = 700) -> list[str]:
    vocabulary = [word for path in sorted(PAIRS.glob("*.txt")) for word in path.read_text("utf-8").split()]
    rng = random.Random(7)
    return [" ".join(rng.choices(vocabulary, k=words)) for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="number of reports")
    texts = reports(parser.parse_args().n)
    minhash_signature(texts[0])  # permutation tables are built once, outside the timing
    start = time.process_time()
    for text in texts:
        content_hash(text)
        lsh_band_keys(minhash_signature(text))
    rate = len(texts) / (time.process_time() - start)
    print(f"fingerprints (content hash + MinHash + LSH keys), 700 words: {rate:.0f} reports/s of CPU")


if __name__ == "__main__":
    main()
