"""Ingest throughput and peak memory: JSONL into SQLite, language identification and
sentence splitting included, no deeper NLP (``wirewatch ingest --no-code``).

    python bench/ingest.py -n 3000            # throughput on ~700-word articles
    python bench/ingest.py --big-mb 50        # one 50 MB JSONL input: peak memory stays bounded

Runs the real command line in a child process and reads the child's own resource usage.
The child also reports its own CPU time apart from that of its worker processes, so the
main process (reading, fingerprints, SQLite) and the prepare workers (language
identification, sentences) are measured separately, in CPU milliseconds per article.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_jsonl  # noqa: E402

WIREWATCH = str(Path(sys.executable).with_name("wirewatch"))
_SPLIT_MARK = "bench-ingest-cpu:"
# Runs the command line and then prints its own CPU seconds and its workers' on stderr.
_SPLIT_RUNNER = f"""
import json, resource, sys
from wirewatch.cli import main
sys.argv = ["wirewatch", *sys.argv[1:]]
try:
    main()
finally:
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    print("{_SPLIT_MARK}" + json.dumps([own.ru_utime + own.ru_stime,
          workers.ru_utime + workers.ru_stime]), file=sys.stderr)
"""


def run(args: list[str]) -> tuple[float, int, int, float]:
    """Wall seconds, peak RSS in MiB, exit code and CPU seconds of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss // 1024, code, usage.ru_utime + usage.ru_stime


def split_cpu(args: list[str]) -> tuple[float, float]:
    """CPU seconds of the main process and of its worker processes for ``wirewatch args``."""
    done = subprocess.run([sys.executable, "-c", _SPLIT_RUNNER, *args], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False)
    for line in reversed(done.stderr.splitlines()):
        if line.startswith(_SPLIT_MARK):
            own, workers = json.loads(line[len(_SPLIT_MARK):])
            return float(own), float(workers)
    raise SystemExit(f"bench: the split run reported no CPU figures: {done.stderr.strip()[-300:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=3000, help="articles")
    parser.add_argument("--words", type=int, default=700)
    parser.add_argument("--workers", type=int, default=2, help="processes for language analysis")
    parser.add_argument("--big-mb", type=int, default=0, help="also ingest one JSONL file of this size")
    args = parser.parse_args()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        source = write_jsonl(tmpdir / "articles.jsonl", args.n, args.words)
        db = tmpdir / "bench.db"
        warm, _, _, warm_cpu = run([WIREWATCH, "ingest", str(write_jsonl(tmpdir / "warm.jsonl", 3, 50, seed=9)),
                          "--no-code", "--db", str(tmpdir / "warm.db")])
        elapsed, rss, code, cpu = run([WIREWATCH, "ingest", str(source), "--no-code", "--workers", str(args.workers), "--db", str(db)])
        results["articles"] = args.n
        results["words_per_article"] = args.words
        results["workers"] = args.workers
        results["seconds"] = round(elapsed, 2)
        results["startup_seconds"] = round(warm, 2)
        results["articles_per_second"] = round(args.n / elapsed, 1)
        results["articles_per_second_excluding_startup"] = round(args.n / max(elapsed - warm, 1e-9), 1)
        results["cpu_seconds"] = round(cpu, 2)
        results["articles_per_cpu_second_excluding_startup"] = round(args.n / max(cpu - warm_cpu, 1e-9), 1)
        results["load_average_1min"] = round(os.getloadavg()[0], 2)
        results["peak_rss_mib"] = rss
        results["exit_code"] = code
        # Once more, split: the main process and the workers, less the startup of each.
        warm_args = ["ingest", str(tmpdir / "warm.jsonl"), "--no-code", "--workers", str(args.workers),
                     "--db", str(tmpdir / "warm-split.db")]
        warm_own, warm_workers = split_cpu(warm_args)
        own, workers = split_cpu(["ingest", str(source), "--no-code", "--workers", str(args.workers),
                                  "--db", str(tmpdir / "split.db")])
        results["main_cpu_ms_per_article"] = round(1000 * (own - warm_own) / args.n, 3)
        results["workers_cpu_ms_per_article"] = round(1000 * (workers - warm_workers) / args.n, 3)
        again, _, _, _ = run([WIREWATCH, "ingest", str(source), "--no-code", "--workers", str(args.workers), "--db", str(db)])
        results["rerun_seconds"] = round(again, 2)
        if args.big_mb:
            big = tmpdir / "big.jsonl"
            n_big = 0
            with big.open("w", encoding="utf-8") as stream:
                from synthetic import articles

                for record in articles(10**9, args.words, seed=7):
                    stream.write(json.dumps(record, ensure_ascii=False) + "\n")
                    n_big += 1
                    if stream.tell() >= args.big_mb * 1024 * 1024:
                        break
            elapsed, rss, code, _ = run([WIREWATCH, "ingest", str(big), "--no-code", "--db", str(tmpdir / "big.db")])
            results["big_input"] = {"megabytes": round(big.stat().st_size / 2**20, 1), "articles": n_big,
                                    "seconds": round(elapsed, 2), "peak_rss_mib": rss, "exit_code": code}
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
