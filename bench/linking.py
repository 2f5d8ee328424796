"""Name resolution, cross-script keys, knowledge-base memory and lookup speed.

    python bench/linking.py                       # resolution set + memory + speed
    python bench/linking.py --names DIR           # + key agreement on *.test.tsv pairs
    python bench/linking.py --gold DIR            # + country/name check on gold entities

Prints one JSON object.  Figures are measured in this process; the knowledge base is
built without the on-disk cache so that memory and build time are the real ones.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wirewatch.kb.base import KnowledgeBase  # noqa: E402
from wirewatch.kb.loader import build  # noqa: E402
from wirewatch.linking.keys import name_keys  # noqa: E402
from wirewatch.linking.link import link_mentions  # noqa: E402
from wirewatch.linking.resolution import evaluate_cases, read_cases, summary  # noqa: E402
from wirewatch.records import Article, Document, Mention  # noqa: E402

DEFAULT_CASES = ROOT / "tests" / "linking" / "data" / "name_resolution.jsonl"


def rss_kib() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure_build() -> tuple[KnowledgeBase, dict[str, float]]:
    gc.collect()
    rss_before = rss_kib()
    tracemalloc.start()
    start = time.perf_counter()
    kb = KnowledgeBase(build([]))
    seconds = time.perf_counter() - start
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    gc.collect()
    return kb, {
        "build_seconds": round(seconds, 3),
        "kb_retained_mb": round(current / 2**20, 1),
        "kb_peak_mb": round(peak / 2**20, 1),
        "rss_delta_mb": round((rss_kib() - rss_before) / 1024, 1),
        "actors": len(kb),
        "indexed_names": len(kb.index),
    }


def measure_speed(kb: KnowledgeBase, cases: list[dict]) -> dict[str, float]:
    surfaces = [(c["surface"], c.get("lang")) for c in cases]
    start = time.perf_counter()
    rounds = 0
    while time.perf_counter() - start < 1.0:
        for surface, lang in surfaces:
            kb.candidates(surface, lang)
        rounds += 1
    per_lookup = (time.perf_counter() - start) / (rounds * len(surfaces))
    return {"candidates_per_second": round(1 / per_lookup), "lookup_ms": round(per_lookup * 1000, 3)}


def key_agreement(names_dir: Path) -> dict[str, float]:
    """Share of held-out (Latin, Arabic/Cyrillic) name pairs that share a skeleton key."""
    out: dict[str, float] = {}
    for path in sorted(names_dir.glob("*.test.tsv")):
        total = shared = 0
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 2:
                    continue
                if path.name.startswith("google"):
                    other, latin = parts[0], parts[1]
                else:
                    latin, other = parts[0], parts[1].replace(" ", "")
                a = {k for k in name_keys(latin, None) if k.startswith("s:")}
                b = {k for k in name_keys(other, None) if k.startswith("s:")}
                total += 1
                shared += bool(a & b)
        out[path.name] = round(shared / total, 4) if total else 0.0
    return out


def gold_check(gold_dir: Path, kb: KnowledgeBase) -> dict[str, object]:
    """Country agreement (and canonical name for persons) on gold entity annotations."""
    stats = {"entities": 0, "country_ok": 0, "per": 0, "per_name_ok": 0}
    misses: list[str] = []
    for path in sorted(gold_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                item = json.loads(line)
                for entity in item.get("entities", []):
                    kind = {"GRP": "ORG"}.get(entity.get("type"), entity.get("type"))
                    text = entity.get("text") or ""
                    if not text or not entity.get("country"):
                        continue
                    article = Article(id="g", text=text, lang=item.get("lang"), pub_date=item.get("pub_date"))
                    mention = Mention(0, len(text), text, kind or "PER", lang=item.get("lang"))
                    link_mentions(Document(article=article, mentions=[mention]), kb)
                    gold_country = {"UNO": "IGO"}.get(entity["country"], entity["country"])
                    stats["entities"] += 1
                    ok = mention.country == gold_country
                    stats["country_ok"] += ok
                    if kind == "PER":
                        stats["per"] += 1
                        names = {mention.actor_name}
                        actor = kb.get(mention.actor_id or "")
                        if actor:
                            names |= {n for ns in actor.names.values() for n in ns} | {actor.name}
                        name_ok = entity.get("name") in names
                        stats["per_name_ok"] += name_ok
                        if not name_ok:
                            misses.append(f"{text} -> {mention.actor_name}")
                    elif not ok:
                        misses.append(f"{text} [{kind}] -> {mention.country} (gold {gold_country})")
    return {
        "entities": stats["entities"],
        "country_agreement": round(stats["country_ok"] / max(1, stats["entities"]), 4),
        "persons": stats["per"],
        "person_name_agreement": round(stats["per_name_ok"] / max(1, stats["per"]), 4),
        "misses": misses[:40],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--names", type=Path, help="directory of *.test.tsv transliteration pairs")
    parser.add_argument("--gold", type=Path, help="directory of gold *.jsonl files with entities")
    parser.add_argument("--errors", action="store_true", help="list resolution errors")
    args = parser.parse_args(argv)
    os.environ.setdefault("WIREWATCH_KB_CACHE", "0")
    try:
        cases = read_cases(args.cases)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    kb, memory = measure_build()
    report = evaluate_cases(cases, kb)
    result: dict[str, object] = {"resolution": summary(report), "kb": memory,
                                 "speed": measure_speed(kb, cases)}
    if args.errors:
        result["resolution_errors"] = report.errors
    if args.names:
        result["key_agreement"] = key_agreement(args.names)
    if args.gold:
        result["gold_check"] = gold_check(args.gold, kb)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
