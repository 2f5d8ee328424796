"""Dates and places: accuracy on the time-expression test set and on gold events, and the
time cost of the ``timeexpr`` and ``geo`` stages.

    python bench/timeexpr_geo.py [--gold DIR] [--cases FILE] [--repeat N]
                                 [--with-entities] [--dateparser] [--verbose]

Gold events are scored with their own evidence span (located in the text), so the
figures measure date and location resolution independently of event detection:

* event date: equal to the gold date at the gold's precision (a predicted day matches a
  gold month it lies in), over gold events with a date; a second figure also counts gold
  null dates, right when the prediction is null or only the inferred publication date;
* event location: same country as the gold location, over gold events with a location;
  plus agreement on "no location" over the others.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from wirewatch.geo import event_location
from wirewatch.geo.stage import GeoStage
from wirewatch.pipeline import get_stage
from wirewatch.records import Article, Document
from wirewatch.timeexpr import event_date
from wirewatch.timeexpr.scoring import load_cases, score_cases
from wirewatch.timeexpr.stage import TimeExpressionStage

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / ".." / "shared" / "gold" / "dev"
DEFAULT_CASES = ROOT / "tests" / "timeexpr" / "data" / "time_expressions.jsonl"


def _documents(items: list[dict]) -> list[Document]:
    return [Document(Article(id=it["id"], text=it["text"], lang=it.get("lang"),
                             pub_date=it.get("pub_date"))) for it in items]


def date_matches(gold: str | None, predicted: str | None, precision: str | None) -> bool:
    if gold is None:
        return predicted is None or precision == "inferred"
    if predicted is None:
        return False
    return predicted[:len(gold)] == gold


def score_gold(gold_dir: Path, verbose: bool = False, with_entities: bool = False) -> dict:
    items = [json.loads(line) for path in sorted(gold_dir.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = _documents(items)
    prepare = _optional_stage("prepare")
    if prepare is not None:
        docs = prepare(docs)
    docs = TimeExpressionStage()(docs)
    entities = _optional_stage("entities") if with_entities else None
    if entities is not None:
        docs = entities(docs)
    docs = GeoStage()(docs)
    stats = {lang: {"events": 0, "date_ok": 0, "dated_events": 0, "dated_ok": 0,
                    "loc_events": 0, "loc_ok": 0,
                    "noloc_events": 0, "noloc_ok": 0, "missing_evidence": 0}
             for lang in ("en", "fr", "ar", "all")}
    for item, doc in zip(items, docs, strict=True):
        for event in item.get("events", []):
            start = item["text"].find(event["evidence"])
            for key in (item["lang"], "all"):
                stats[key]["events"] += 1
            if start < 0:
                for key in (item["lang"], "all"):
                    stats[key]["missing_evidence"] += 1
                continue
            end = start + len(event["evidence"])
            value, precision = event_date(doc, start, end, event.get("aux"))
            date_ok = date_matches(event.get("date"), value, precision)
            place, surface = event_location(doc, start, end, event.get("event_type"))
            gold_loc = event.get("location")
            for key in (item["lang"], "all"):
                stats[key]["date_ok"] += date_ok
                if event.get("date"):
                    stats[key]["dated_events"] += 1
                    stats[key]["dated_ok"] += date_ok
                if gold_loc:
                    stats[key]["loc_events"] += 1
                    stats[key]["loc_ok"] += bool(place and place.country == gold_loc.get("country"))
                else:
                    stats[key]["noloc_events"] += 1
                    stats[key]["noloc_ok"] += place is None
            if verbose and (not date_ok or (gold_loc and not (place and place.country == gold_loc.get("country")))
                            or (not gold_loc and place)):
                print(f"{item['id']} {event['event_type']} gold={event.get('date')} "
                      f"got={value}/{precision} | loc gold={gold_loc and gold_loc.get('country')} "
                      f"got={place and place.country} {surface!r} | {event['evidence'][:80]}",
                      file=sys.stderr)
    return stats


def _optional_stage(name: str):
    try:
        return get_stage(name)
    except Exception:  # a stage still being written elsewhere is simply left out
        return None


def time_stages(gold_dir: Path, repeat: int) -> dict:
    """Seconds per stage over the gold texts (repeated), in pipeline order, and the share
    that timeexpr and geo add to the other stages; plus spaCy's own French NER alone."""
    items = [json.loads(line) for path in sorted(gold_dir.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [it["text"] for it in items] * repeat
    stages = {name: _optional_stage(name) for name in ("prepare", "timeexpr", "entities", "geo")}
    import spacy

    nlp = spacy.load("fr_core_news_sm")
    t0 = time.perf_counter()
    list(nlp.pipe(texts))
    spacy_seconds = time.perf_counter() - t0
    docs = _documents(items * repeat)
    from wirewatch.geo import names

    names.name_key.cache_clear()  # cold caches: score_gold ran over the same texts
    names._key_variants.cache_clear()
    seconds: dict[str, float] = {}
    for name, stage in stages.items():
        if stage is None:
            continue
        t0 = time.perf_counter()
        docs = stage(docs)
        seconds[name] = round(time.perf_counter() - t0, 3)
    ours = seconds.get("timeexpr", 0.0) + seconds.get("geo", 0.0)
    others = sum(v for k, v in seconds.items() if k not in ("timeexpr", "geo"))
    return {
        "documents": len(texts),
        "stage_seconds": seconds,
        "spacy_fr_sm_seconds": round(spacy_seconds, 3),
        "added_share_over_other_stages": round(ours / others, 3) if others else None,
        "ratio_to_spacy_ner": round(ours / spacy_seconds, 3),
    }


def dateparser_right(case: dict) -> bool:
    """dateparser's search_dates on one case: a date overlapping the expected expression
    whose value, cut to the expected precision, is the expected one (lenient: dateparser
    has no precision); a negative case is right when nothing overlapping is found."""
    import datetime as dt

    from dateparser.search import search_dates

    anchor = case.get("anchor")
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(anchor)
    try:
        found = search_dates(case["text"], languages=[case["lang"]], settings=settings) or []
    except Exception:  # dateparser raises on some inputs; count as not found
        found = []
    expression = case.get("expression")
    if expression is None:
        return not found
    start = case["text"].find(expression)
    end = start + len(expression)
    hits = []
    for text, value in found:
        pos = case["text"].find(text)
        if pos < end and pos + len(text) > start:
            hits.append(value)
    if case.get("value") is None:
        return not hits
    if not hits:
        return False
    return hits[0].date().isoformat()[:len(case["value"])] == case["value"]


def dateparser_baseline(paths: list[Path]) -> dict:
    report = {}
    for path in paths:
        if not path.exists():
            continue
        cases = load_cases(path)
        by_lang: dict[str, list[int]] = {}
        for case in cases:
            counts = by_lang.setdefault(case["lang"], [0, 0])
            counts[0] += dateparser_right(case)
            counts[1] += 1
        report[path.name] = {
            "cases": len(cases),
            "accuracy": round(sum(c for c, _ in by_lang.values()) / len(cases), 4),
            "by_lang": {lang: round(c / t, 4) for lang, (c, t) in sorted(by_lang.items())}}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--dateparser", action="store_true",
                        help="also score dateparser's search_dates on the test sets")
    parser.add_argument("--with-entities", action="store_true",
                        help="run the entities stage before geo when it is available")
    args = parser.parse_args(argv)
    report: dict = {}
    score = score_cases(load_cases(args.cases))
    report["time_expressions"] = {"cases": score.total, "correct": score.correct,
                                  "accuracy": round(score.accuracy, 4),
                                  "by_lang": score.by_lang_rounded()}
    heldout = args.cases.with_name(args.cases.stem + "_heldout.jsonl")
    if heldout.exists():
        score = score_cases(load_cases(heldout))
        report["time_expressions_heldout"] = {"cases": score.total, "correct": score.correct,
                                              "accuracy": round(score.accuracy, 4),
                                              "by_lang": score.by_lang_rounded()}
    if args.dateparser:
        report["dateparser_baseline"] = dateparser_baseline([args.cases, heldout])
    if args.gold.is_dir():
        t0 = time.perf_counter()
        stats = score_gold(args.gold, args.verbose, args.with_entities)
        report["gold_events"] = {
            lang: {**s,
                   "date_accuracy": round(s["dated_ok"] / s["dated_events"], 4)
                   if s["dated_events"] else None,
                   "date_accuracy_incl_null_gold":
                       round(s["date_ok"] / s["events"], 4) if s["events"] else None,
                   "location_country_accuracy":
                       round(s["loc_ok"] / s["loc_events"], 4) if s["loc_events"] else None,
                   "no_location_agreement":
                       round(s["noloc_ok"] / s["noloc_events"], 4) if s["noloc_events"] else None}
            for lang, s in stats.items()}
        report["gold_seconds"] = round(time.perf_counter() - t0, 3)
        report["timing"] = time_stages(args.gold, args.repeat)
    else:
        print(f"gold directory not found: {args.gold}", file=sys.stderr)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
