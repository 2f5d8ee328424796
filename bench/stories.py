"""Story clustering and event deduplication bench.

    python bench/stories.py quality [--set data/stories/dev.jsonl] [--no-embeddings] [--pipeline]
    python bench/stories.py speed [--articles 100000] [--probe 2000]

``quality`` prints pairwise and BCubed P/R/F1 on a story set, in two settings: the
natural timeline, and a stress setting where every story is moved to start on the
same day and dates named in the text are ignored (only content tells stories apart);
each with and without actor ids taken from the set's event annotations (standing in
for the linker).  It then scores event deduplication on the set plus the seed reports.
``speed`` fills a clusterer with generated articles and times the assignment of the
next ones; it reports milliseconds per article and memory per stored article.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wirewatch.records import Document  # noqa: E402
from wirewatch.stories.cluster import StoryClusterer, StoryWeights  # noqa: E402
from wirewatch.stories.dedupe import deduplicate_events  # noqa: E402
from wirewatch.stories.embedding import DIM, SentenceEmbedder, embeddings_available  # noqa: E402
from wirewatch.stories.features import ArticleFeatures, build_features  # noqa: E402
from wirewatch.stories.scoring import bcubed, dedupe_score, pairwise  # noqa: E402
from wirewatch.stories.storyset import StoryItem, gold_item, load_story_set  # noqa: E402

SHARED = ROOT / ".." / "shared"


def _fmt(prf: object) -> str:
    p = prf  # PRF
    return f"P={p.precision:.3f} R={p.recall:.3f} F1={p.f1:.3f}"  # type: ignore[attr-defined]


def story_features(items: list[StoryItem], embed: bool, pipeline: bool = False) -> list[ArticleFeatures]:
    if pipeline:  # the real stages: linked actors, gazetteer places, resolved dates
        from wirewatch.pipeline import Pipeline

        docs = list(Pipeline().pipe([i.article for i in items]))
    else:
        docs = [Document(i.article) for i in items]
    feats, errors = build_features(docs, SentenceEmbedder() if embed else None)
    for error in errors:
        print("skipped:", error, file=sys.stderr)
    return feats


def with_oracle_actors(items: list[StoryItem], feats: list[ArticleFeatures]) -> list[ArticleFeatures]:
    actors = {i.article.id: frozenset(r.actor_id for e in i.events for r in (*e.actor, *e.recipient)
                                      if r.actor_id) for i in items}
    return [dataclasses.replace(f, actors=actors[f.article_id]) for f in feats]


def concurrent(feats: list[ArticleFeatures], gold: dict[str, str]) -> list[ArticleFeatures]:
    first: dict[str, date] = {}
    for f in feats:
        label = gold[f.article_id]
        first[label] = min(first.get(label, f.day), f.day)
    base = date(2024, 1, 1)
    return [dataclasses.replace(f, day=base + (f.day - first[gold[f.article_id]]), dates=frozenset())
            for f in feats]


def quality(set_path: Path, embed: bool, pipeline: bool = False) -> dict[str, object]:
    items = load_story_set(set_path)
    gold = {i.article.id: i.story for i in items}
    t0 = time.perf_counter()
    feats = story_features(items, embed, pipeline)
    feat_ms = 1000 * (time.perf_counter() - t0) / max(1, len(items))
    stories = len(set(gold.values()))
    print(f"{set_path.name}: {len(items)} reports, {stories} stories "
          f"(embeddings {'on' if embed else 'off'}, {'pipeline' if pipeline else 'light'} features; {feat_ms:.0f} ms/report in batch)")
    results: dict[str, object] = {}
    for setting, fs in (("natural", feats), ("concurrent", concurrent(feats, gold))):
        for actors in ("as extracted", "annotated ids"):
            run = with_oracle_actors(items, fs) if actors == "annotated ids" else fs
            pred = StoryClusterer(StoryWeights()).add_all(run)
            pw, b3 = pairwise(gold, pred), bcubed(gold, pred)
            results[f"{setting}/{actors}"] = (pw, b3)
            print(f"  {setting:10s} {actors:15s} pairwise {_fmt(pw)}  BCubed {_fmt(b3)}")
    dedupe(items)
    return results


def dedupe(items: list[StoryItem]) -> None:
    pool = list(items)
    labels_path = ROOT / "data" / "stories" / "seed_event_labels.json"
    seeds = SHARED / "seeds" / "seeds_gold.jsonl"
    if seeds.exists():
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        for n, line in enumerate(seeds.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                data = json.loads(line)
                if data.get("id") in labels:
                    pool.append(gold_item(data, labels[data["id"]], f"{seeds}:{n}"))
    else:
        print("  (seed reports not found; event dedup on the story set only)")
    events = [e for i in pool for e in i.events]
    gold = {k: v for i in pool for k, v in i.event_labels.items()}
    near = {i.article.id: i.article.near_duplicate_of for i in pool if i.article.near_duplicate_of}
    canon = deduplicate_events(events, near, {i.article.id: i.article for i in pool})
    score = dedupe_score(gold, {e.id: e.canonical_id or "" for e in events})
    print(f"  event dedup: {len(events)} coded events, {score.events} real-world events, "
          f"{len(canon)} canonical; counted once {score.counted_once:.3f}, "
          f"wrongly merged {score.wrongly_merged:.3f}")


def generated(n: int, seed: int = 7, per_day: int = 1000) -> list[ArticleFeatures]:
    """Synthetic stream: stories of 1-8 reports, Zipf-ish actors, noisy story vectors."""
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    out: list[ArticleFeatures] = []
    start = date(2020, 1, 1)
    story = 0
    while len(out) < n:
        story += 1
        centre = nprng.standard_normal(DIM).astype(np.float32)
        actors = frozenset(f"Q{int(rng.paretovariate(1.1)) % 20000}" for _ in range(rng.randint(1, 4)))
        places = frozenset({f"gn:{rng.randint(1, 30000)}"})
        numbers = frozenset({str(rng.randint(100, 99999))}) if rng.random() < 0.3 else frozenset()
        day0 = start + timedelta(days=len(out) // per_day)
        for _ in range(rng.randint(1, 8)):
            vec = centre + 0.6 * nprng.standard_normal(DIM).astype(np.float32)
            vec /= np.linalg.norm(vec)
            out.append(ArticleFeatures(
                article_id=f"g{len(out):07d}", day=day0 + timedelta(days=rng.randint(0, 2)),
                lang=rng.choice(("en", "fr", "ar")), vector=vec, actors=actors, places=places,
                dates=frozenset({(day0 - timedelta(days=1)).isoformat()}), numbers=numbers))
    return out[:n]


def speed(n_articles: int, probe: int) -> None:
    feats = generated(n_articles + probe)
    feats.sort(key=lambda f: f.sort_key)
    clusterer = StoryClusterer()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"  generated {len(feats)} articles: peak RSS {base / 2**20:.1f} MiB before clustering",
          flush=True)
    checkpoints = {n_articles // 4, n_articles // 2, n_articles}
    t0 = time.perf_counter()
    for i, feat in enumerate(feats[:n_articles], start=1):
        clusterer.add(feat)
        if i in checkpoints:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
            print(f"  {i:7d} stored: {len(clusterer.stories):6d} stories, "
                  f"active {len(clusterer._active):5d}, peak RSS {rss / 2**20:7.1f} MiB, "
                  f"{(rss - base) / i:,.0f} B/article over the input", flush=True)
    fill = time.perf_counter() - t0
    times = []
    for feat in feats[n_articles:]:
        t = time.perf_counter()
        clusterer.add(feat)
        times.append(time.perf_counter() - t)
    ms = np.array(times) * 1000
    print(f"  fill: {n_articles} articles in {fill:.1f} s ")
    print(f"  assign at {n_articles} stored: mean {ms.mean():.2f} ms, p50 {np.percentile(ms, 50):.2f} ms, "
          f"p99 {np.percentile(ms, 99):.2f} ms, max {ms.max():.2f} ms over {probe} articles")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    q = sub.add_parser("quality")
    q.add_argument("--set", type=Path, default=ROOT / "data" / "stories" / "dev.jsonl")
    q.add_argument("--no-embeddings", action="store_true")
    q.add_argument("--pipeline", action="store_true",
                   help="code the reports with the full pipeline first (actor ids from linking)")
    s = sub.add_parser("speed")
    s.add_argument("--articles", type=int, default=100_000)
    s.add_argument("--probe", type=int, default=2000)
    args = parser.parse_args()
    if args.command == "quality":
        embed = embeddings_available() and not args.no_embeddings
        try:
            quality(args.set, embed, args.pipeline)
        except ValueError as exc:
            sys.exit(f"error: {exc}")
    else:
        speed(args.articles, args.probe)


if __name__ == "__main__":
    main()
