"""Rough throughput of a store on generated articles (not a test; prints figures).

    python bench/store.py [TARGET] [ARTICLES] [BATCH]

TARGET defaults to a temporary SQLite file; for PostgreSQL give a URL with a schema of
its own (``postgresql://postgres@127.0.0.1:5432/test?schema=ww_measure``) and drop it after.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from wirewatch.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.store.factories import entity, make_article, make_document, make_event  # noqa: E402


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        target = argv[0] if argv else str(Path(tmp) / "measure.db")
        total = int(argv[1]) if len(argv) > 1 else 2000
        size = int(argv[2]) if len(argv) > 2 else 100
        with open_store(target) as store:
            articles = [make_article(n) for n in range(total)]
            started = time.perf_counter()
            for i in range(0, total, size):
                store.add_articles(articles[i:i + size])
            added = time.perf_counter() - started

            started = time.perf_counter()
            again = sum(len(store.add_articles(articles[i:i + size]).duplicates)
                        for i in range(0, total, size))
            rerun = time.perf_counter() - started

            docs = [
                make_document(a, [
                    make_event(a, 1),
                    make_event(a, 2, event_type="ACCUSE",
                               actor=[entity("Rabat", "MAR", "kb:mar", "Q1028", "Morocco")]),
                ])
                for a in articles
            ]
            started = time.perf_counter()
            for i in range(0, total, size):
                store.save_documents(docs[i:i + size])
            saved = time.perf_counter() - started

            started = time.perf_counter()
            for _ in range(20):
                store.query_events(actor="MAR", limit=100)
            query = (time.perf_counter() - started) / 20

            started = time.perf_counter()
            for _ in range(20):
                store.search("report title")
            search = (time.perf_counter() - started) / 20

        print(f"backend target: {target}")
        print(f"add_articles: {total / added:.0f} articles/s ({total} in batches of {size})")
        print(f"rerun of the same input: {total / rerun:.0f} articles/s, {again} duplicates")
        print(f"save_documents (2 events each): {total / saved:.0f} documents/s")
        print(f"query_events(actor=..., limit=100): {query * 1000:.1f} ms")
        print(f"search (two words matching every article, 20 hits): {search * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
