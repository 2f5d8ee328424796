"""Clustering and deduplication scores: pairwise and BCubed P/R/F1, events counted once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, precision: float, recall: float) -> PRF:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1)


def _common(gold: Mapping[str, str], predicted: Mapping[str, str]) -> list[str]:
    missing = sorted(set(gold) ^ set(predicted))
    if missing:
        raise ValueError(f"gold and predicted clusterings differ on items: {', '.join(missing[:5])}")
    return sorted(gold)


def pairwise(gold: Mapping[str, str], predicted: Mapping[str, str]) -> PRF:
    """Precision/recall over item pairs put together (item -> cluster label maps)."""
    items = _common(gold, predicted)
    both = gold_pairs = pred_pairs = 0
    for a, b in combinations(items, 2):
        same_gold = gold[a] == gold[b]
        same_pred = predicted[a] == predicted[b]
        gold_pairs += same_gold
        pred_pairs += same_pred
        both += same_gold and same_pred
    precision = both / pred_pairs if pred_pairs else 1.0
    recall = both / gold_pairs if gold_pairs else 1.0
    return PRF.of(precision, recall)


def bcubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> PRF:
    """BCubed precision/recall (Bagga and Baldwin 1998), averaged over items."""
    items = _common(gold, predicted)
    if not items:
        return PRF.of(1.0, 1.0)
    joint = Counter((gold[i], predicted[i]) for i in items)
    gold_size = Counter(gold[i] for i in items)
    pred_size = Counter(predicted[i] for i in items)
    precision = sum(joint[(gold[i], predicted[i])] / pred_size[predicted[i]] for i in items)
    recall = sum(joint[(gold[i], predicted[i])] / gold_size[gold[i]] for i in items)
    return PRF.of(precision / len(items), recall / len(items))


@dataclass(frozen=True)
class DedupeScore:
    events: int  # real-world events (gold labels)
    counted_once: float  # share of real-world events that map to exactly one canonical event
    wrongly_merged: float  # share of canonical events that mix two or more real-world events
    canonical: int


def dedupe_score(gold: Mapping[str, str], predicted: Mapping[str, str]) -> DedupeScore:
    """``gold``: event mention id -> real-world event label; ``predicted``: -> canonical id."""
    items = _common(gold, predicted)
    canon_of_label: dict[str, set[str]] = {}
    labels_of_canon: dict[str, set[str]] = {}
    for item in items:
        canon_of_label.setdefault(gold[item], set()).add(predicted[item])
        labels_of_canon.setdefault(predicted[item], set()).add(gold[item])
    once = sum(1 for canons in canon_of_label.values() if len(canons) == 1)
    mixed = sum(1 for labels in labels_of_canon.values() if len(labels) > 1)
    return DedupeScore(
        events=len(canon_of_label),
        counted_once=once / len(canon_of_label) if canon_of_label else 1.0,
        wrongly_merged=mixed / len(labels_of_canon) if labels_of_canon else 0.0,
        canonical=len(labels_of_canon),
    )
