"""Score the event coder on the development gold set, per language.

Usage: python bench/events_eval.py [GOLD.jsonl ...] [--details] [--json] [--events-only] [--half=even|odd]

Without files it reads the shared development set (../shared/gold/dev/*.jsonl next to the
repository).  ``--events-only`` runs the events stage alone (no earlier stages), which is
how the coder behaves before the other stages are installed.  ``--half=even`` or
``--half=odd`` keeps the items at even or odd positions of each file: the project's own
corpus (data/events/corpus/) is tuned on its even half and measured on its odd half.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

from wirewatch.evaluate.run import article_of, predict, read_gold
from wirewatch.evaluate.score import score_items
from wirewatch.pipeline import DEFAULT_STAGES, Pipeline, get_stage
from wirewatch.records import Document

_STAGE_MODULES = {
    "prepare": "wirewatch.language.stage", "timeexpr": "wirewatch.timeexpr.stage",
    "entities": "wirewatch.entities.stage", "geo": "wirewatch.geo.stage",
    "events": "wirewatch.events.stage",
}


def available_stages() -> list[str]:
    return [s for s in DEFAULT_STAGES if importlib.util.find_spec(_STAGE_MODULES[s]) is not None]


def _events_stage_seconds(items: list[dict], before: list[str]) -> float:
    """Time of the events stage alone over documents the earlier stages prepared."""
    docs = list(Pipeline(before).pipe(article_of(i) for i in items)) if before else \
        [Document(article_of(i)) for i in items]
    stage = get_stage("events")
    started = time.perf_counter()
    stage(docs)
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    flags = {a for a in argv if a.startswith("--")}
    half = next((a.split("=", 1)[1] for a in flags if a.startswith("--half=")), None)
    if half not in (None, "even", "odd"):
        print("--half takes even or odd", file=sys.stderr)
        return 2
    paths = [Path(a) for a in argv if not a.startswith("--")]
    if not paths:
        shared = Path(__file__).resolve().parents[1] / ".." / "shared" / "gold" / "dev"
        paths = sorted(shared.glob("*_dev.jsonl"))
    if not paths:
        print("no gold files given and no development set found", file=sys.stderr)
        return 2
    stages = ["events"] if "--events-only" in flags else available_stages()
    pipeline = Pipeline(stages)
    items = []
    for path in paths:
        got, errors = read_gold(path)
        if half is not None:
            got = got[0::2] if half == "even" else got[1::2]
        items.extend(got)
        for error in errors:
            print(error, file=sys.stderr)
    started = time.perf_counter()
    predictions = predict(items, pipeline)
    elapsed = time.perf_counter() - started
    report = score_items(items, predictions)
    events_seconds = _events_stage_seconds(items, [s for s in stages if s != "events"])
    if "--json" in flags:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(f"stages: {', '.join(stages)}; items: {len(items)}; {elapsed:.2f} s "
              f"(events stage alone: {events_seconds:.3f} s, {len(items) / max(events_seconds, 1e-9):.0f} items/s)")
        print(report.to_text(details="--details" in flags))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
