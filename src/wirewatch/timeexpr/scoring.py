"""Scoring of time-expression test cases (JSONL: text, lang, anchor, expression, value,
precision, optional end_value)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wirewatch.records import TimeExpression
from wirewatch.timeexpr.finder import find_time_expressions


@dataclass
class Score:
    total: int = 0
    correct: int = 0
    by_lang: dict[str, list[int]] = field(default_factory=dict)  # lang -> [correct, total]
    failures: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def by_lang_rounded(self) -> dict[str, dict[str, float | int]]:
        return {lang: {"cases": t, "accuracy": round(c / t, 4) if t else 0.0}
                for lang, (c, t) in sorted(self.by_lang.items())}


def load_cases(path: Path) -> list[dict[str, Any]]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            cases.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not JSON: {exc.msg}") from None
    return cases


def _overlapping(found: list[TimeExpression], start: int, end: int) -> TimeExpression | None:
    best, best_overlap = None, 0
    for te in found:
        overlap = min(end, te.end) - max(start, te.start)
        if overlap > best_overlap:
            best, best_overlap = te, overlap
    return best


def case_result(case: dict[str, Any]) -> tuple[bool, str]:
    """(correct, explanation) for one test case."""
    anchor = dt.date.fromisoformat(case["anchor"]) if case.get("anchor") else None
    found = find_time_expressions(case["text"], case["lang"], anchor)
    expression = case.get("expression")
    if expression is None:
        bad = [te for te in found if te.value is not None]
        return not bad, f"unexpected {[(te.text, te.value) for te in bad]}"
    start = case["text"].find(expression)
    if start < 0:
        return False, f"expression {expression!r} not in text"
    te = _overlapping(found, start, start + len(expression))
    if case.get("value") is None:
        ok = te is None or te.value is None
        return ok, f"expected no date, got {te and te.value}"
    if te is None:
        return False, "not found"
    ok = te.value == case["value"] and te.precision == case.get("precision")
    if "end_value" in case:
        ok = ok and te.end_value == case["end_value"]
    return ok, f"got {te.text!r} {te.value}/{te.precision}/{te.end_value} ({te.rule})"


def score_cases(cases: list[dict[str, Any]]) -> Score:
    score = Score()
    for case in cases:
        ok, why = case_result(case)
        score.total += 1
        score.correct += ok
        counts = score.by_lang.setdefault(case["lang"], [0, 0])
        counts[0] += ok
        counts[1] += 1
        if not ok:
            score.failures.append(
                f"[{case['lang']} {case.get('anchor')}] {case.get('expression')!r} -> "
                f"expected {case.get('value')}/{case.get('precision')}: {why}")
    return score
