from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from wirewatch.kb import load_kb
from wirewatch.linking.resolution import evaluate_cases, read_cases

CASES = Path(__file__).parent / "data" / "name_resolution.jsonl"


@pytest.fixture(scope="module")
def cases():
    return read_cases(CASES)


def test_set_shape(cases):
    kb_cases = [c for c in cases if c.get("expected")]
    unknown = [c for c in cases if c.get("cluster")]
    assert len(cases) >= 300
    assert len(unknown) >= 40
    assert set(Counter(c["lang"] for c in cases)) >= {"en", "fr", "ar"}
    clusters = Counter(c["cluster"] for c in unknown)
    assert all(n >= 2 for n in clusters.values())
    kb = load_kb(include_user=False)
    for case in kb_cases:
        assert kb.get(case["expected"]) is not None, case


def test_goals_are_met(cases):
    report = evaluate_cases(cases, load_kb(include_user=False))
    assert report.accuracy >= 0.95, report.errors[:10]
    assert report.merge_f1 >= 0.9
    assert report.unknown_linked_to_kb == 0
