"""Adds generated batches of articles to a store, one line per committed batch.

Run as ``python -m tests.store.writer_process TARGET FIRST_BATCH BATCHES SIZE [PAUSE]``
(BATCHES 0 means forever).  Batch ``b`` holds the articles numbered ``b*SIZE`` to
``b*SIZE+SIZE-1``, so a rerun produces the same input.  Each line is ``batch inserted
duplicates``.  With PAUSE, batch PAUSE stops inside its transaction after writing all
its rows, prints ``inside PAUSE`` and waits, so that a test can kill it right there.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Sequence

from tests.store.factories import make_article
from wirewatch.store import Store, open_store


def _pause_inside(store: Store, batch: int) -> None:
    write_last = store._index_search_many  # the last write of add_articles

    def write_then_wait(rows: Sequence[tuple[int, str, str]]) -> None:
        write_last(rows)
        print("inside", batch, flush=True)
        time.sleep(60)

    store._index_search_many = write_then_wait  # type: ignore[method-assign]


def main(argv: list[str]) -> int:
    target, first, batches, size = argv[0], int(argv[1]), int(argv[2]), int(argv[3])
    pause = int(argv[4]) if len(argv) > 4 else None
    numbers = itertools.count(first) if batches == 0 else range(first, first + batches)
    with open_store(target) as store:
        for batch in numbers:
            if batch == pause:
                _pause_inside(store, batch)
            articles = [make_article(batch * size + i) for i in range(size)]
            result = store.add_articles(articles)
            print(batch, len(result.inserted), len(result.duplicates), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
