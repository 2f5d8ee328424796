"""Measure the ``prepare`` stage alone, in articles per second.

    python bench/prepare_stage.py ARTICLES.jsonl [...] [--words 700] [--workers 2]

Reads texts (JSON lines with ``text`` and optionally ``lang``), joins texts of one
language as paragraphs into articles of about ``--words`` words, then times
:class:`PrepareStage` over them in one process and in ``--workers`` processes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from wirewatch.language.stage import PrepareStage
from wirewatch.records import Article, Document

_STAGE: PrepareStage | None = None


def read_texts(paths: Sequence[Path]) -> dict[str, list[str]]:
    """Texts by language from JSON lines files; lines that are not usable are skipped."""
    by_lang: dict[str, list[str]] = {}
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue
                text = row.get("text") if isinstance(row, dict) else None
                if isinstance(text, str) and text.strip():
                    by_lang.setdefault(str(row.get("lang") or "und"), []).append(text)
    return by_lang


def build_articles(by_lang: dict[str, list[str]], per_lang: int, words: int,
                   seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    articles: list[str] = []
    for lang in sorted(by_lang):
        texts = by_lang[lang]
        for _ in range(per_lang):
            parts: list[str] = []
            count = 0
            while count < words:
                parts.append(rng.choice(texts))
                count += len(parts[-1].split())
            articles.append("\n\n".join(parts))
    return articles


def _prepare_texts(texts: list[str]) -> int:
    global _STAGE
    if _STAGE is None:
        _STAGE = PrepareStage()
    docs = [Document(Article(id=str(i), text=text)) for i, text in enumerate(texts)]
    return sum(len(doc.sentences) for doc in _STAGE(docs))


def measure(articles: list[str], workers: int) -> tuple[float, float | None]:
    """Articles per second of wall-clock time and, in one process, of CPU time.

    Model loading is excluded.  CPU time is the steadier figure on a shared machine.
    """
    if workers <= 1:
        _prepare_texts(articles[:10])
        wall, cpu = time.perf_counter(), time.process_time()
        _prepare_texts(articles)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        return len(articles) / wall, len(articles) / cpu
    chunks = [articles[i:i + 50] for i in range(0, len(articles), 50)]
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_prepare_texts, [articles[:10]] * workers))
        start = time.perf_counter()
        list(pool.map(_prepare_texts, chunks))
        return len(articles) / (time.perf_counter() - start), None


def _report(label: str, rates: tuple[float, float | None], workers: int) -> str:
    wall, cpu = rates
    cpu_part = f", {cpu:.0f} per CPU-second" if cpu is not None else ""
    unit = "process" if workers == 1 else "processes"
    return f"{label}: {wall:.0f} articles/s wall clock{cpu_part} ({workers} {unit})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="prepare_stage.py")
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--words", type=int, default=700)
    parser.add_argument("--per-lang", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    missing = [str(p) for p in args.inputs if not p.is_file()]
    if missing:
        print(f"error: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    by_lang = read_texts(args.inputs)
    if not by_lang:
        print("error: no texts in the inputs", file=sys.stderr)
        return 2
    articles = build_articles(by_lang, args.per_lang, args.words)
    mean_words = sum(len(a.split()) for a in articles) / len(articles)
    print(f"{len(articles)} articles, {mean_words:.0f} words and "
          f"{sum(map(len, articles)) / len(articles):.0f} characters on average "
          f"({', '.join(sorted(by_lang))})")
    for lang in sorted(by_lang):
        subset = build_articles({lang: by_lang[lang]}, args.per_lang, args.words)
        print(_report(f"  {lang}", measure(subset, 1), 1))
    print(_report("all", measure(articles, 1), 1))
    if args.workers > 1:
        print(_report("all", measure(articles, args.workers), args.workers))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
