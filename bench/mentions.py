"""Mention detection: per-language precision/recall/F1 and speed against spaCy NER.

    python bench/mentions.py [--write-doc] [--repeat N]

* Labelled set (tests/entities/data/mentions_{en,fr,ar}.jsonl): exact span+type and
  lenient (overlapping span, same type) P/R/F1.  GPE and LOC count as one type (places).
* Gold dev set (../shared/gold/dev, when present): the gold ``entities`` lists give
  surface strings only, so recall and precision are by surface-string match, as a check.
  The lists name event participants, not every name, so precision there is a lower bound.
* Speed: the entities stage (detection plus linking when the KB and linker are
  installed) against spaCy's NER alone (same pipelines, only the ``ner`` component)
  over the same en/fr texts, in the same batches of 32 documents, in the same process.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wirewatch.entities.stage import EntityStage  # noqa: E402
from wirewatch.records import Article, Document  # noqa: E402

LABELLED = ROOT / "tests" / "entities" / "data"
GOLD_DEV = ROOT / ".." / "shared" / "gold" / "dev"
DOC = ROOT / "docs" / "mentions.md"
LANGS = ("en", "fr", "ar")
PLACE = {"GPE": "LOC", "LOC": "LOC"}
BATCH = 32  # documents per stage call, as wirewatch.pipeline.Pipeline batches them


def _type(t: str) -> str:
    return PLACE.get(t, t)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_spans(gold: list[tuple[int, int, str]], pred: list[tuple[int, int, str]],
                lenient: bool) -> tuple[int, int]:
    """(matched predictions, matched gold), one-to-one."""
    used: set[int] = set()
    hits = 0
    for gs, ge, gt in gold:
        for k, (ps, pe, pt) in enumerate(pred):
            if k in used or pt != gt:
                continue
            if (ps, pe) == (gs, ge) or (lenient and ps < ge and gs < pe):
                used.add(k)
                hits += 1
                break
    return hits, hits


def run(stage: EntityStage, items: list[dict]) -> list[Document]:
    docs = [Document(Article(id=str(it.get("id", i)), text=it["text"], lang=it["lang"]))
            for i, it in enumerate(items)]
    return stage(docs)


def labelled_scores(stage: EntityStage) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for lang in LANGS:
        path = LABELLED / f"mentions_{lang}.jsonl"
        if not path.exists():
            continue
        items = read_jsonl(path)
        docs = run(stage, items)
        res: dict[str, list[int]] = {"exact": [0, 0, 0, 0], "lenient": [0, 0, 0, 0]}
        per_type: dict[str, list[int]] = {}
        errors: list[str] = []
        for item, doc in zip(items, docs, strict=True):
            gold = [(m["start"], m["end"], _type(m["type"])) for m in item["mentions"]]
            pred = [(m.start, m.end, _type(m.type)) for m in doc.mentions]
            for mode in ("exact", "lenient"):
                tp, tg = score_spans(gold, pred, mode == "lenient")
                r = res[mode]
                r[0] += tp
                r[1] += len(pred)
                r[2] += tg
                r[3] += len(gold)
            for t in {g[2] for g in gold} | {p[2] for p in pred}:
                g_t = [g for g in gold if g[2] == t]
                p_t = [p for p in pred if p[2] == t]
                tp, _ = score_spans(g_t, p_t, False)
                row = per_type.setdefault(t, [0, 0, 0, 0])
                row[0] += tp
                row[1] += len(p_t)
                row[2] += tp
                row[3] += len(g_t)
            missed = set(gold) - set(pred)
            extra = set(pred) - set(gold)
            for s, e, t in sorted(missed):
                errors.append(f"{item['id']} miss {t} {item['text'][s:e]!r}")
            for s, e, t in sorted(extra):
                errors.append(f"{item['id']} extra {t} {item['text'][s:e]!r}")
        out[lang] = {"items": len(items), "res": res, "per_type": per_type, "errors": errors}
    return out


def gold_dev_scores(stage: EntityStage) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for lang in LANGS:
        path = GOLD_DEV / f"{lang}_dev.jsonl"
        if not path.exists():
            continue
        items = read_jsonl(path)
        docs = run(stage, items)
        n_gold = hit_g = hit_g_len = n_pred = hit_p = 0
        for item, doc in zip(items, docs, strict=True):
            gold = {e["text"] for e in item.get("entities", []) if e.get("text")}
            pred = {m.text for m in doc.mentions if m.type != "TITLE"}
            n_gold += len(gold)
            n_pred += len(pred)
            hit_g += len(gold & pred)
            hit_g_len += sum(1 for g in gold if any(g in p or p in g for p in pred))
            hit_p += len(pred & gold)
        out[lang] = {"items": len(items), "gold": n_gold, "pred": n_pred,
                     "recall": hit_g / n_gold if n_gold else 0.0,
                     "recall_overlap": hit_g_len / n_gold if n_gold else 0.0,
                     "precision": hit_p / n_pred if n_pred else 0.0}
    return out


def speed(stage: EntityStage, repeat: int) -> dict[str, float]:
    items: list[dict] = []
    for lang in LANGS:
        for path in (LABELLED / f"mentions_{lang}.jsonl", GOLD_DEV / f"{lang}_dev.jsonl"):
            if path.exists():
                items += [{"id": it.get("id"), "lang": lang, "text": it["text"]}
                          for it in read_jsonl(path)]
    items = items * repeat
    latin = [it for it in items if it["lang"] in stage.detector.pipelines]
    arabic = [it for it in items if it["lang"] == "ar"]
    run(stage, latin[:20])  # warm up caches
    linker = stage.link

    def baseline_batch(batch: list[dict]) -> float:
        """spaCy NER alone over one batch of the texts the stage receives."""
        t0 = time.process_time()
        for lang, nlp in stage.detector.pipelines.items():
            texts = [it["text"] for it in batch if it["lang"] == lang]
            with nlp.select_pipes(enable=["ner"]):
                for _ in nlp.pipe(texts, batch_size=64):
                    pass
        return time.process_time() - t0

    def stage_batch(batch: list[dict], link: bool) -> float:
        stage.link = linker if link else None
        t0 = time.process_time()
        run(stage, batch)
        return time.process_time() - t0

    # Each batch is timed three ways back to back, three rounds; per batch and way the
    # fastest round counts, so a busy machine slows all three alike.
    def timed(items: list[dict], with_baseline: bool) -> tuple[float, float, float]:
        totals = [0.0, 0.0, 0.0]
        for k in range(0, len(items), BATCH):
            batch = items[k : k + BATCH]
            best = [float("inf")] * 3
            for _ in range(3):
                if with_baseline:
                    best[0] = min(best[0], baseline_batch(batch))
                best[1] = min(best[1], stage_batch(batch, True))
                best[2] = min(best[2], stage_batch(batch, False))
            for w in range(3):
                totals[w] += best[w] if best[w] != float("inf") else 0.0
        return totals[0], totals[1], totals[2]

    try:
        baseline, ours, detect_only = timed(latin, True)
        _, ar_time, ar_detect_only = timed(arabic, False)
    finally:
        stage.link = linker
    chars_ar = sum(len(it["text"]) for it in arabic)
    return {"texts": len(latin), "chars": sum(len(it["text"]) for it in latin),
            "baseline_s": baseline, "stage_s": ours, "ratio": ours / baseline,
            "detect_s": detect_only, "detect_ratio": detect_only / baseline,
            "ar_detect_ms_per_1k_chars": 1000 * ar_detect_only / max(1, chars_ar) * 1000,
            "ar_texts": len(arabic), "ar_ms_per_1k_chars": 1000 * ar_time / max(1, chars_ar) * 1000,
            "linking": linker is not None}


def report(lab: dict, dev: dict, spd: dict, kb: bool) -> str:
    lines = ["| lang | passages | mode | P | R | F1 | pred | gold |", "|---|---|---|---|---|---|---|---|"]
    for lang, d in lab.items():
        for mode in ("exact", "lenient"):
            tp, n_pred, tg, n_gold = d["res"][mode]
            p, r, f = prf(tp, n_pred, tg, n_gold)
            lines.append(f"| {lang} | {d['items']} | {mode} | {p:.3f} | {r:.3f} | {f:.3f} "
                         f"| {n_pred} | {n_gold} |")
    lines += ["", "Exact F1 per type (GPE and LOC merged):", "",
              "| lang | " + " | ".join(("PER", "ORG", "LOC", "TITLE")) + " |",
              "|---|---|---|---|---|"]
    for lang, d in lab.items():
        cells = []
        for t in ("PER", "ORG", "LOC", "TITLE"):
            row = d["per_type"].get(t)
            cells.append(f"{prf(*row)[2]:.3f} ({row[3]})" if row else "-")
        lines.append(f"| {lang} | " + " | ".join(cells) + " |")
    if dev:
        lines += ["", "Gold dev set, surface-string check (entities lists of "
                  "../shared/gold/dev):", "",
                  "| lang | items | gold names | recall (exact) | recall (overlap) | "
                  "precision (lower bound) |", "|---|---|---|---|---|---|"]
        for lang, d in dev.items():
            lines.append(f"| {lang} | {d['items']} | {d['gold']} | {d['recall']:.3f} | "
                         f"{d['recall_overlap']:.3f} | {d['precision']:.3f} |")
    lines += ["", f"Speed (en+fr, {spd['texts']} texts, {spd['chars']} characters, batches of {BATCH}, "
              f"process CPU time, each batch timed back to back three ways, best of 3 rounds, one process): spaCy NER alone {spd['baseline_s']:.2f} s, entities stage "
              f"{spd['stage_s']:.2f} s, ratio **{spd['ratio']:.2f}** (linking "
              f"{'included' if spd['linking'] else 'not available, not included'}); "
              f"detection alone {spd['detect_s']:.2f} s, ratio **{spd['detect_ratio']:.2f}**. "
              f"Arabic (no spaCy model): {spd['ar_texts']} texts, "
              f"{spd['ar_ms_per_1k_chars']:.2f} ms per 1,000 characters with linking, "
              f"{spd['ar_detect_ms_per_1k_chars']:.2f} ms detection alone.",
              "", f"Names from: {'the actor KB' if kb else 'the built-in fallback list'}."]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write-doc", action="store_true", help="update docs/mentions.md")
    ap.add_argument("--repeat", type=int, default=5, help="copies of the texts for timing")
    ap.add_argument("--errors", action="store_true", help="list misses and extras")
    args = ap.parse_args()
    stage = EntityStage()
    lab = labelled_scores(stage)
    dev = gold_dev_scores(stage)
    spd = speed(stage, args.repeat)
    text = report(lab, dev, spd, stage.kb is not None)
    print(text)
    if args.errors:
        for lang, d in lab.items():
            print(f"\n## {lang}")
            print("\n".join(d["errors"]))
    if args.write_doc:
        doc = DOC.read_text(encoding="utf-8")
        block = re.compile(r"(<!-- figures:start -->\n).*?(<!-- figures:end -->)", re.S)
        if not block.search(doc):
            sys.exit(f"{DOC}: no figures block to update")
        DOC.write_text(block.sub(lambda m: m.group(1) + text + "\n" + m.group(2), doc),
                       encoding="utf-8")


if __name__ == "__main__":
    main()
