"""A real kill in the middle of `wirewatch ingest`, then a rerun that resumes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from wirewatch.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic import write_jsonl  # noqa: E402

WIREWATCH = str(Path(sys.executable).with_name("wirewatch"))


def test_killed_ingest_keeps_committed_batches_and_rerun_completes(tmp_path: Path) -> None:
    total = 1500
    source = write_jsonl(tmp_path / "articles.jsonl", total, words=200, seed=11)
    db = tmp_path / "resume.db"
    command = [WIREWATCH, "ingest", str(source), "--no-code", "--batch-size", "25", "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if db.exists():
                with open_store(str(db)) as store:  # reading while the ingest writes
                    seen = store.count_articles()
                if seen >= 100:
                    break
            time.sleep(0.05)
        assert process.poll() is None, "ingest finished before it could be killed; raise the total"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    with open_store(str(db)) as store:
        after_kill = store.count_articles()
    assert seen <= after_kill < total
    assert after_kill % 25 == 0, "only whole batches are committed"

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(str(db)) as store:
        ids = [a.id for a in store.iter_articles()]
    assert len(ids) == total == len(set(ids))
