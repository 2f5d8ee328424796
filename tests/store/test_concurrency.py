"""Real processes: a writer killed with SIGKILL, readers and writers side by side."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from wirewatch.store import open_store

REPO = Path(__file__).resolve().parents[2]
SIZE = 20


def _writer(target: str, first: int, batches: int, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "src")])}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.writer_process", target, str(first), str(batches),
         str(SIZE), *extra],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _parse(lines: str) -> list[tuple[int, int, int]]:
    return [
        tuple(map(int, line.split()))  # type: ignore[misc]
        for line in lines.splitlines()
        if line.strip() and not line.startswith("inside")
    ]


def _batches_in_store(target: str) -> Counter[int]:
    with open_store(target) as store:
        return Counter(int(a.id.split("-")[1]) // SIZE for a in store.iter_articles())


def _kill(proc: subprocess.Popen[str]) -> str:
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    return out


def _check_rerun(target: str, present: Counter[int]) -> None:
    rerun_batches = max(present, default=0) + 3
    rerun = _writer(target, 0, rerun_batches)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    lines = _parse(out)
    assert [b for b, _, _ in lines] == list(range(rerun_batches))
    for batch, inserted, duplicates in lines:
        expected = (0, SIZE) if batch in present else (SIZE, 0)
        assert (inserted, duplicates) == expected, batch
    final = _batches_in_store(target)
    assert final == Counter(dict.fromkeys(range(rerun_batches), SIZE))


def test_sigkill_loses_at_most_the_batch_in_flight(target: str) -> None:
    proc = _writer(target, 0, 0)
    reported: list[tuple[int, int, int]] = []
    try:
        while len(reported) < 4:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            if not line:
                pytest.fail(f"writer stopped: {proc.stderr.read()}")  # type: ignore[union-attr]
            reported.extend(_parse(line))
    finally:
        reported.extend(_parse(_kill(proc)))
    assert proc.returncode == -signal.SIGKILL
    committed = {batch for batch, _, _ in reported}

    present = _batches_in_store(target)
    assert committed <= set(present)  # every batch reported committed is there
    assert set(present.values()) == {SIZE}  # and no batch is there in part
    assert max(present) <= max(committed) + 1  # at most the one in flight beyond
    _check_rerun(target, present)


def test_sigkill_inside_a_transaction_leaves_nothing_of_it(target: str) -> None:
    proc = _writer(target, 0, 0, "3")  # batch 3 waits inside its transaction
    try:
        line = ""
        while not line.startswith("inside"):
            line = proc.stdout.readline()  # type: ignore[union-attr]
            if not line:
                pytest.fail(f"writer stopped: {proc.stderr.read()}")  # type: ignore[union-attr]
    finally:
        _kill(proc)
    # all rows of batch 3 were written when it was killed, none was committed
    present = _batches_in_store(target)
    assert present == Counter(dict.fromkeys(range(3), SIZE))
    _check_rerun(target, present)


def test_reading_while_another_process_writes(target: str) -> None:
    with open_store(target):
        pass  # migrate before the race starts
    proc = _writer(target, 0, 0)
    seen: list[int] = []
    try:
        with open_store(target) as reader:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and (not seen or seen[-1] < 8 * SIZE):
                count = reader.count_articles()
                assert count % SIZE == 0, "a reader saw part of a batch"
                seen.append(count)
                if len(seen) % 10 == 0:
                    stats = reader.stats()
                    assert stats["articles"] >= count
                    reader.search("report")
            assert proc.poll() is None, proc.stderr.read()  # type: ignore[union-attr]
    finally:
        _kill(proc)
    assert seen == sorted(seen)
    assert seen[-1] >= 8 * SIZE
    assert len(set(seen)) >= 3  # the reader really ran while batches were committed


def test_two_writers_at_once(target: str) -> None:
    with open_store(target):
        pass
    writers = [_writer(target, 0, 6), _writer(target, 3, 6)]  # batches 3-5 overlap
    results = [w.communicate(timeout=120) for w in writers]
    for writer, (_, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
    inserted = sum(i for out, _ in results for _, i, _ in _parse(out))
    assert inserted == 9 * SIZE
    assert _batches_in_store(target) == Counter(dict.fromkeys(range(9), SIZE))
