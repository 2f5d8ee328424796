"""Training of the learned role check (`wirewatch.events.role_model`).

Codes the written training sets with the role rules alone, labels every candidate of each
coded event matched to a gold event by the scorer's criteria, fits the two logistic
regressions and chooses the decision thresholds by two folds of the corpus's even half::

    python -m wirewatch.events.role_training --train [--cv] [--records FILE]
    python -m wirewatch.events.role_training --check
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from wirewatch.events.coder import EventCoder
from wirewatch.events.role_model import (
    DEFAULT_DECISION,
    L2,
    MIN_COUNT,
    MODEL_FILE,
    ROLES,
    TRAIN_COMMAND,
    EventView,
    RoleModel,
    choose,
    excluded_candidates,
    load_role_model,
    read_model,
    record_hash,
    recorded_hash,
    recording,
    write_model,
)

# --------------------------------------------------------------------------- training data

def training_sets() -> list[tuple[str, int, dict[str, Any]]]:
    """(set, fold, item) of every training item, in the sentence classifier's order: the
    set is "corpus" for the corpus's even half (fold 0 or 1, alternate items) and "other"
    for the rest (fold -1)."""
    from wirewatch.evaluate.run import read_gold
    from wirewatch.events.classifier import training_files

    out: list[tuple[str, int, dict[str, Any]]] = []
    for path, even in training_files():
        got = read_gold(path)[0]
        if even:
            out += [("corpus", k % 2, item) for k, item in enumerate(got[0::2])]
        else:
            out += [("other", -1, item) for item in got]
    return out


def collect(items: list[dict[str, Any]], pipeline: Any = None) -> list[dict[str, Any]]:
    """Code ``items`` with the rules alone and label the candidates of every coded event
    matched to a gold event: a candidate is an actor (recipient) when it matches one of
    the gold event's actors (recipients) by the scorer's criteria.  Each record also
    tells whether the rules' final event had the slot right, for the comparison."""
    from wirewatch.evaluate.parties import any_party_matches, party_matches
    from wirewatch.evaluate.run import predict
    from wirewatch.evaluate.score import score_item

    original = EventCoder._code_one

    def code_one(self: Any, *args: Any, **kwargs: Any) -> Any:
        before = len(records)
        event = original(self, *args, **kwargs)
        if event is not None and len(records) > before:
            event.__dict__["_role_record"] = records[-1]
        return event

    saved = os.environ.get("WIREWATCH_ROLE_MODEL")
    os.environ["WIREWATCH_ROLE_MODEL"] = "off"
    load_role_model.cache_clear()
    EventCoder._code_one = code_one  # type: ignore[method-assign]
    try:
        with recording() as records:
            predictions = predict(items, pipeline)
    finally:
        EventCoder._code_one = original  # type: ignore[method-assign]
        if saved is None:
            os.environ.pop("WIREWATCH_ROLE_MODEL", None)
        else:
            os.environ["WIREWATCH_ROLE_MODEL"] = saved
        load_role_model.cache_clear()
    out: list[dict[str, Any]] = []
    for number, item in enumerate(items):
        entities = item.get("entities") or []
        lang = item.get("lang")
        result = score_item(item, predictions.get(str(item["id"]), []))
        for pair in result.pairs:
            record = pair.pred.__dict__.get("_role_record")
            if record is None or pair.pred.rule.endswith(":mutual"):
                continue
            labelled = {"item": number, "lang": lang, "rows": record["rows"], "groups": record["groups"],
                        "rule": {"actor": record["actors"], "recipient": record["recipients"]}}
            for role, final in (("actor", pair.pred.actor), ("recipient", pair.pred.recipient)):
                gold = pair.gold.get(role) or []
                labelled[role] = [any(party_matches(g, ref, entities, lang) for g in gold) for ref in record["refs"]]
                labelled[f"{role}_counted"] = bool(gold)
                labelled[f"{role}_rules_right"] = bool(gold) and any_party_matches(gold, final, entities, lang)
            out.append(labelled)
    return out


# --------------------------------------------------------------------------- training

def _matrix(records: list[dict[str, Any]], vocab: dict[str, int]) -> tuple[Any, np.ndarray]:
    from scipy.sparse import csr_matrix

    indptr, cols, labels = [0], [], []
    for record in records:
        for k, row in enumerate(record["rows"]):
            got = sorted({j for j in map(vocab.get, row) if j is not None})
            cols.extend(got)
            indptr.append(len(cols))
            labels.append([record["actor"][k], record["recipient"][k]])
    x = csr_matrix((np.ones(len(cols)), np.array(cols, dtype=np.int64), np.array(indptr)),
                   shape=(len(indptr) - 1, len(vocab)))
    return x, np.array(labels, dtype=np.float64).reshape(-1, len(ROLES))


def _fit_logistic(x: Any, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression (free intercept) by Newton-CG."""
    from scipy.optimize import minimize

    def split(theta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        w = theta[:-1]
        return w, x @ w + theta[-1]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, z = split(theta)
        # log(1 + e^z) - y z, computed stably
        value = float(np.sum(np.logaddexp(0.0, z) - y * z)) + 0.5 * l2 * float(w @ w)
        residual = 1.0 / (1.0 + np.exp(-z)) - y
        grad = np.empty_like(theta)
        grad[:-1] = x.T @ residual + l2 * w
        grad[-1] = residual.sum()
        return value, grad

    def hessian_times(theta: np.ndarray, vector: np.ndarray) -> np.ndarray:
        _, z = split(theta)
        p = 1.0 / (1.0 + np.exp(-z))
        weighted = p * (1.0 - p) * (x @ vector[:-1] + vector[-1])
        out = np.empty_like(vector)
        out[:-1] = x.T @ weighted + l2 * vector[:-1]
        out[-1] = weighted.sum()
        return out

    found = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, hessp=hessian_times, method="Newton-CG")
    return found.x[:-1], float(found.x[-1])


def fit(records: list[dict[str, Any]], l2: float = L2, decision: dict[str, tuple[float, float]] | None = None,
        meta: dict[str, Any] | None = None) -> RoleModel:
    counts: dict[str, int] = {}
    for record in records:
        for row in record["rows"]:
            for f in set(row):
                counts[f] = counts.get(f, 0) + 1
    features = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    vocab = {f: i for i, f in enumerate(features)}
    x, y = _matrix(records, vocab)
    coef = np.zeros((len(ROLES), len(vocab)))
    intercept = np.zeros(len(ROLES))
    for k in range(len(ROLES)):
        coef[k], intercept[k] = _fit_logistic(x, y[:, k], l2)
    return RoleModel(vocab, coef, intercept, dict(decision or DEFAULT_DECISION), dict(meta or {}))


# --------------------------------------------------------------------------- choosing the decision

def simulate(model: RoleModel, records: list[dict[str, Any]],
             decision: dict[str, tuple[float, float]] | None = None) -> dict[str, tuple[int, int, int]]:
    """Per role, (events counted, right with the rules, right with the model) on labelled
    records: a slot the model leaves alone keeps the rules' final result."""
    return simulate_scored([(record, model.probabilities(record["rows"])) for record in records],
                           decision or model.decision)


def simulate_scored(scored: list[tuple[dict[str, Any], np.ndarray]],
                    decision: dict[str, tuple[float, float]]) -> dict[str, tuple[int, int, int]]:
    """:func:`simulate` on records whose candidates the model has already scored."""
    out: dict[str, list[int]] = {role: [0, 0, 0] for role in ROLES}
    for record, probs in scored:
        n = len(record["rows"])
        rule = next(f.split("|", 2)[2] for f in record["rows"][0] if f.startswith("slot|rule="))
        view = EventView("", 0, 0, 0, 0, "", "", False, rule, set(record["rule"]["actor"]),
                         set(record["rule"]["recipient"]))
        picks = choose(probs, view, decision, excluded_candidates(record["rows"]), [[i] for i in range(n)])
        new_actors = set(record["groups"][picks[0]]) if picks[0] is not None else set()
        for k, role in enumerate(ROLES):
            if not record[f"{role}_counted"]:
                continue
            rules_right = record[f"{role}_rules_right"]
            pick = picks[k]
            right = rules_right if pick is None else any(
                record[role][i] for i in record["groups"][pick] if role == "actor" or i not in new_actors)
            out[role][0] += 1
            out[role][1] += rules_right
            out[role][2] += right
    return {role: (a, b, c) for role, (a, b, c) in out.items()}


GRID_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
GRID_MARGINS = (0.0,)


def cross_validate(sets: list[tuple[str, int, dict[str, Any]]], records: list[dict[str, Any]],
                   l2: float = L2) -> tuple[dict[str, tuple[float, float]], list[str]]:
    """Two folds of the corpus's even half: train on the other sets and one fold, score the
    other fold; the (threshold, margin) per role with the most right slots over both folds."""
    lines: list[str] = []
    folds = []
    for held in (0, 1):
        train = [r for r in records if sets[r["item"]][1] != held]
        test = [r for r in records if sets[r["item"]][1] == held]
        model = fit(train, l2)
        folds.append([(record, model.probabilities(record["rows"])) for record in test])
    best: dict[str, tuple[float, float]] = {}
    for role in ROLES:
        scores = []
        for t in GRID_THRESHOLDS:
            for m in GRID_MARGINS:
                decision = {r: (t, m) for r in ROLES}
                total = [0, 0, 0]
                for scored in folds:
                    got = simulate_scored(scored, decision)[role]
                    total = [a + b for a, b in zip(total, got, strict=True)]
                scores.append((total[2], t, -m, t, m, total))  # ties: the higher threshold
        scores.sort(reverse=True)
        _, _, _, t, m, total = scores[0]
        best[role] = (t, m)
        lines.append(f"{role}: {total[0]} matched events of the held-out folds; rules {total[1] / max(total[0], 1):.3f}, "
                     f"with the model (threshold {t}) {total[2] / max(total[0], 1):.3f}")
    return best, lines


# --------------------------------------------------------------------------- command

def _records(path: Path | None, sets: list[tuple[str, int, dict[str, Any]]]) -> list[dict[str, Any]]:
    if path is not None and path.exists():
        return json.loads(path.read_text("utf-8"))
    records = collect([item for _, _, item in sets])
    if path is not None:
        path.write_text(json.dumps(records), "utf-8")
    return records


def train(out: Path | None = None, records_path: Path | None = None,
          decision: dict[str, tuple[float, float]] | None = None) -> RoleModel:
    from wirewatch.events.classifier import data_hash

    sets = training_sets()
    items = [item for _, _, item in sets]
    records = _records(records_path, sets)
    current = load_role_model()
    decision = decision or (current.decision if current is not None else DEFAULT_DECISION)
    meta = {"data_sha256": data_hash(items), "items": len(items), "events": len(records),
            "candidates": sum(len(r["rows"]) for r in records), "command": TRAIN_COMMAND, "l2": L2}
    model = fit(records, decision=decision, meta=meta)
    package = Path(__file__).resolve().parent / "data"
    out = out or package / MODEL_FILE
    write_model(model, out)
    if out.resolve() == (package / MODEL_FILE).resolve():
        record_hash(package / "SOURCES.md", meta["data_sha256"])
    load_role_model.cache_clear()
    return read_model(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wirewatch.events.role_training", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", action="store_true", help="train on the committed sets and write the model")
    parser.add_argument("--cv", action="store_true",
                        help="choose the decision thresholds by two folds of the corpus's even half (with --train: store them)")
    parser.add_argument("--check", action="store_true", help="tell whether the model matches the committed sets")
    parser.add_argument("--records", type=Path, default=None,
                        help="a file keeping the labelled candidates between runs (read when present)")
    parser.add_argument("--out", type=Path, default=None, help="where to write the model (default: the package data)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    decision = None
    if args.cv:
        sets = training_sets()
        records = _records(args.records, sets)
        decision, lines = cross_validate(sets, records)
        print("\n".join(lines))
    if args.train:
        model = train(args.out, args.records, decision)
        print(f"trained on {model.meta['items']} items, {model.meta['events']} matched events, "
              f"{model.meta['candidates']} candidates; {len(model.vocab)} features; decision {model.decision}; "
              f"data sha256 {model.meta['data_sha256']}; {time.perf_counter() - started:.1f} s")
        return 0
    if args.check:
        from wirewatch.events.classifier import data_hash, training_items

        model = load_role_model()
        wanted = data_hash(training_items())
        if model is None or model.meta.get("data_sha256") != wanted or recorded_hash() != wanted:
            print(f"the role model is stale: retrain with {TRAIN_COMMAND}")
            return 1
        print("the role model matches the committed training sets")
        return 0
    if not args.cv:
        parser.print_help()
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
