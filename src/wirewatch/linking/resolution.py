"""Scoring name resolution on a labelled set (surface, language, date -> KB id or cluster).

Each case is linked as a one-mention article dated ``date``; all cases share one
:class:`UnknownNameRegistry`, as articles of a corpus do.  KB cases score top-1 accuracy;
cases with a ``cluster`` label (names absent from the KB) score pairwise merge
precision, recall and F1 over the ids they receive.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from wirewatch.kb.base import KnowledgeBase
from wirewatch.linking.link import link_mentions
from wirewatch.linking.unknown import UnknownNameRegistry
from wirewatch.records import Article, Document, Mention


@dataclass
class ResolutionReport:
    kb_cases: int = 0
    kb_correct: int = 0
    by_lang: dict[str, list[int]] = field(default_factory=dict)  # lang -> [correct, total]
    errors: list[dict[str, Any]] = field(default_factory=list)
    unknown_cases: int = 0
    unknown_linked_to_kb: int = 0
    merge_precision: float = 0.0
    merge_recall: float = 0.0
    merge_f1: float = 0.0

    @property
    def accuracy(self) -> float:
        return self.kb_correct / self.kb_cases if self.kb_cases else 0.0


def read_cases(path: str | Path) -> list[dict[str, Any]]:
    cases = []
    with Path(path).open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: invalid JSON ({exc.msg})") from None
            if not case.get("surface") or not (case.get("expected") or case.get("cluster")):
                raise ValueError(f"{path}:{number}: needs 'surface' and 'expected' or 'cluster'")
            cases.append(case)
    return cases


def resolve_case(case: dict[str, Any], kb: KnowledgeBase, registry: UnknownNameRegistry) -> Mention:
    text = case["surface"]
    article = Article(id="case", text=text, lang=case.get("lang"), pub_date=case.get("date"))
    mention = Mention(0, len(text), text, case.get("type") or "PER", lang=case.get("lang"))
    doc = Document(article=article, mentions=[mention])
    link_mentions(doc, kb, registry=registry)
    return mention


def evaluate_cases(cases: list[dict[str, Any]], kb: KnowledgeBase) -> ResolutionReport:
    report = ResolutionReport()
    registry = UnknownNameRegistry()
    clusters: dict[str, str] = {}  # case index -> predicted id
    gold: dict[str, str] = {}
    for index, case in enumerate(cases):
        mention = resolve_case(case, kb, registry)
        lang = case.get("lang") or "?"
        if case.get("expected"):
            report.kb_cases += 1
            ok = mention.actor_id == case["expected"]
            report.kb_correct += ok
            tally = report.by_lang.setdefault(lang, [0, 0])
            tally[0] += ok
            tally[1] += 1
            if not ok:
                report.errors.append({**case, "got": mention.actor_id, "got_name": mention.actor_name})
        else:
            report.unknown_cases += 1
            if mention.actor_id and not mention.actor_id.startswith("new:"):
                report.unknown_linked_to_kb += 1
            clusters[str(index)] = mention.actor_id or f"none:{index}"
            gold[str(index)] = case["cluster"]
    true_pairs = {frozenset(p) for p in _pairs(gold)}
    pred_pairs = {frozenset(p) for p in _pairs(clusters)}
    hits = len(true_pairs & pred_pairs)
    report.merge_precision = hits / len(pred_pairs) if pred_pairs else 1.0
    report.merge_recall = hits / len(true_pairs) if true_pairs else 1.0
    p, r = report.merge_precision, report.merge_recall
    report.merge_f1 = 2 * p * r / (p + r) if p + r else 0.0
    return report


def _pairs(assignment: dict[str, str]) -> list[tuple[str, str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for item, label in assignment.items():
        groups[label].append(item)
    return [pair for members in groups.values() for pair in combinations(sorted(members), 2)]


def summary(report: ResolutionReport) -> dict[str, Any]:
    return {
        "kb_cases": report.kb_cases,
        "top1_accuracy": round(report.accuracy, 4),
        "accuracy_by_lang": {k: round(c / t, 4) for k, (c, t) in sorted(report.by_lang.items())},
        "unknown_cases": report.unknown_cases,
        "unknown_linked_to_kb": report.unknown_linked_to_kb,
        "merge_precision": round(report.merge_precision, 4),
        "merge_recall": round(report.merge_recall, 4),
        "merge_f1": round(report.merge_f1, 4),
        "error_types": dict(Counter(e.get("type", "PER") for e in report.errors)),
    }
